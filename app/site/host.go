package site

import (
	"bytes"
	"compress/gzip"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"os"
	"path"
	"strconv"
	"strings"
)

// Host serves a generated site the way static hosts such as GitHub
// Pages do, so that what works under `proxycert serve` and in the tests
// works there too: a folder without its slash gets a 301 to it, a folder
// serves its index.html, an extension-less path serves the .html file of
// that name, and every answer carries the configured Cache-Control.
// Precompressed files (name.br, name.gz beside name) are sent to clients
// that accept them; text files without such copies are gzipped as they are
// sent, as nginx, Apache and IIS do when configured as docs/hosting.md says,
// so that what the browser downloads here is what it downloads there. A
// site built for a sub-path (generate --base) is served under that path, as
// on a project page of GitHub Pages.
type Host struct {
	Root         fs.FS
	CacheControl string // "" sends none
	Base         string // "/" (also for "") or a path with both slashes, e.g. "/proxycert/"
}

// NewHost serves dir at the root with the given Cache-Control header
// value.
func NewHost(dir, cacheControl string) *Host {
	return &Host{Root: os.DirFS(dir), CacheControl: cacheControl, Base: "/"}
}

// contentTypes pins the types browsers are strict about, whatever the
// machine's mime database says.
var contentTypes = map[string]string{
	".html":        "text/html; charset=utf-8",
	".css":         "text/css; charset=utf-8",
	".js":          "text/javascript; charset=utf-8",
	".json":        "application/json",
	".webmanifest": "application/manifest+json",
	".wasm":        "application/wasm",
	".svg":         "image/svg+xml",
	".png":         "image/png",
	".txt":         "text/plain; charset=utf-8",
}

// compressedTypes are the types gzipped on the fly: text, which shrinks to
// a quarter. app.wasm is not among them; its copies are made at generation,
// where brotli's slowest quality is affordable once.
var compressedTypes = map[string]bool{
	"text/html; charset=utf-8":       true,
	"text/css; charset=utf-8":        true,
	"text/javascript; charset=utf-8": true,
	"text/plain; charset=utf-8":      true,
	"application/json":               true,
	"application/manifest+json":      true,
	"image/svg+xml":                  true,
}

func contentType(name string) string {
	ext := path.Ext(name)
	if t, ok := contentTypes[ext]; ok {
		return t
	}
	if t := mime.TypeByExtension(ext); t != "" {
		return t
	}
	return "application/octet-stream"
}

func (h *Host) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if h.CacheControl != "" {
		w.Header().Set("Cache-Control", h.CacheControl)
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	var name string
	var redirect, ok bool
	if rest, inside := h.strip(r.URL.Path); inside {
		name, redirect, ok = h.resolve(rest)
	} else {
		// The base path without its slash is a folder too.
		redirect = r.URL.Path+"/" == h.Base
	}
	switch {
	case redirect:
		u := *r.URL
		u.Path += "/"
		http.Redirect(w, r, u.String(), http.StatusMovedPermanently)
		return
	case !ok:
		http.NotFound(w, r)
		return
	}
	h.serveFile(w, r, name)
}

// strip returns the part of a URL path below the base path, with its
// leading slash; inside is false for paths outside the base.
func (h *Host) strip(urlPath string) (rest string, inside bool) {
	base := h.Base
	if base == "" {
		base = "/"
	}
	rest, inside = strings.CutPrefix(urlPath, base)
	return "/" + rest, inside
}

// resolve maps a URL path to a file name in root. redirect asks for the
// folder's slash; ok is false when nothing matches.
func (h *Host) resolve(urlPath string) (name string, redirect, ok bool) {
	clean := path.Clean("/" + urlPath)
	name = strings.TrimPrefix(clean, "/")
	if name == "" {
		name = "."
	}
	if info, err := fs.Stat(h.Root, name); err == nil {
		if !info.IsDir() {
			return name, false, true
		}
		if !strings.HasSuffix(urlPath, "/") {
			return "", true, false
		}
		index := path.Join(name, "index.html")
		if isFile(h.Root, index) {
			return index, false, true
		}
		return "", false, false
	}
	if path.Ext(name) == "" && isFile(h.Root, name+".html") {
		return name + ".html", false, true
	}
	return "", false, false
}

func isFile(root fs.FS, name string) bool {
	info, err := fs.Stat(root, name)
	return err == nil && info.Mode().IsRegular()
}

// encodings are the precompressed variants looked for, preferred first.
var encodings = []struct{ token, ext string }{{"br", ".br"}, {"gzip", ".gz"}}

func (h *Host) serveFile(w http.ResponseWriter, r *http.Request, name string) {
	typ := contentType(name)
	w.Header().Set("Content-Type", typ)
	w.Header().Add("Vary", "Accept-Encoding")
	acceptEncoding := r.Header.Get("Accept-Encoding")
	served := name
	for _, e := range encodings {
		if accepts(acceptEncoding, e.token) && isFile(h.Root, name+e.ext) {
			served = name + e.ext
			w.Header().Set("Content-Encoding", e.token)
			break
		}
	}
	f, err := h.Root.Open(served)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	content, ok := f.(io.ReadSeeker)
	if !ok {
		http.Error(w, name+" cannot be served: not seekable", http.StatusInternalServerError)
		return
	}
	size := info.Size()
	if served == name && compressedTypes[typ] && accepts(acceptEncoding, "gzip") {
		var zipped bool
		if content, size, zipped, err = gzipIfSmaller(content, size); err != nil {
			http.Error(w, name+": "+err.Error(), http.StatusInternalServerError)
			return
		}
		if zipped {
			w.Header().Set("Content-Encoding", "gzip")
		}
	}
	if w.Header().Get("Content-Encoding") != "" {
		// ServeContent leaves the length out of encoded answers (it
		// cannot tell what a range of them means), so whole files are
		// sent, with the length of the bytes on the wire.
		r.Header.Del("Range")
		w.Header().Set("Content-Length", strconv.FormatInt(size, 10))
	}
	// ServeContent handles ranges, HEAD and If-Modified-Since; the type is
	// set above so it does not sniff the compressed bytes.
	http.ServeContent(w, r, name, info.ModTime(), content)
}

// gzipIfSmaller returns content gzipped at the default level, the one hosts
// use on the fly, and its size; a tiny file can come out larger, and is
// then returned as it was (zipped false).
func gzipIfSmaller(content io.ReadSeeker, size int64) (_ io.ReadSeeker, _ int64, zipped bool, _ error) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := io.Copy(zw, content); err != nil {
		return nil, 0, false, err
	}
	if err := zw.Close(); err != nil {
		return nil, 0, false, err
	}
	if int64(buf.Len()) >= size {
		_, err := content.Seek(0, io.SeekStart)
		return content, size, false, err
	}
	return bytes.NewReader(buf.Bytes()), int64(buf.Len()), true, nil
}

// accepts reports whether an Accept-Encoding header allows token, honouring
// q=0 as a refusal.
func accepts(header, token string) bool {
	for part := range strings.SplitSeq(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(name), token) {
			continue
		}
		q := strings.ReplaceAll(params, " ", "")
		return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
	}
	return false
}
