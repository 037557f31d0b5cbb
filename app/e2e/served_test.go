package e2e

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
)

// What a host sends, checked from outside: by an HTTP client for every
// file (checkServed) and by the browser for what the page loaded
// (checkReceived), the way Lighthouse's "enable text compression" audit
// looks at a page.

// chromiumAcceptEncoding is what Chromium 156 asks for, on loopback too.
const chromiumAcceptEncoding = "gzip, deflate, br, zstd"

// compressAbove is the size over which a text answer must be compressed.
const compressAbove = 1024

// wantTypes are the media types (without parameters) a host must send,
// by extension; more than one where browsers take either.
var wantTypes = map[string][]string{
	".html":        {"text/html"},
	".css":         {"text/css"},
	".js":          {"text/javascript", "application/javascript"},
	".webmanifest": {"application/manifest+json"},
	".wasm":        {"application/wasm"},
	".svg":         {"image/svg+xml"},
	".png":         {"image/png"},
	".json":        {"application/json"},
	".txt":         {"text/plain"},
}

// isText reports whether a file is text, which hosts compress as they send.
func isText(name string) bool {
	switch path.Ext(name) {
	case ".html", ".css", ".js", ".webmanifest", ".json", ".svg":
		return true
	}
	return false
}

// checkServed asks the host at origin+base for every file of the site in
// dir as Chromium would, and checks each answer: its type, its encoding
// (app.wasm as brotli, or gzip when brotli is false; every text file over
// 1 KB compressed; Vary whenever compressed), that it decodes to the file,
// and that it is revalidated (no-cache); each folder's index.html by the
// folder's URL, the site's own as a deep link. Then the base path without
// its slash redirects to it.
func checkServed(t *testing.T, origin, base, dir string, brotli bool) {
	t.Helper()
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	get := func(u string) (*http.Response, []byte) {
		t.Helper()
		req, err := http.NewRequest("GET", u, nil)
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Accept-Encoding", chromiumAcceptEncoding)
		res, err := client.Do(req)
		if err != nil {
			t.Fatalf("GET %s: %v", u, err)
		}
		defer res.Body.Close()
		body, err := io.ReadAll(res.Body)
		if err != nil {
			t.Fatalf("GET %s: %v", u, err)
		}
		return res, body
	}
	var names []string
	err := fs.WalkDir(os.DirFS(dir), ".", func(p string, d fs.DirEntry, err error) error {
		switch ext := path.Ext(p); {
		case err != nil:
			return err
		case d.IsDir(), p == ".htaccess", p == "web.config":
		case (ext == ".br" || ext == ".gz") && exists(filepath.Join(dir, filepath.FromSlash(strings.TrimSuffix(p, ext)))):
			// a precompressed copy, sent in place of its file
		default:
			names = append(names, p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(names, "web/app.wasm") || !slices.Contains(names, "manifest.webmanifest") {
		t.Fatalf("%s holds no site: %q", dir, names)
	}
	for _, name := range names {
		file, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		// A folder's page is asked for as links name it, by the folder;
		// the site's own with a query, as a deep link.
		u := origin + base + strings.TrimSuffix(name, "index.html")
		if name == "index.html" {
			u += "?code=0x40"
		}
		res, body := get(u)
		if res.StatusCode != http.StatusOK {
			t.Errorf("%s: status %d", u, res.StatusCode)
			continue
		}
		if path.Ext(name) == ".gz" {
			// A gzip file of its own (the reader's language data): sent as
			// it is, with any type, or marked Content-Encoding: gzip, which
			// the browser undoes. Either way its bytes are the file's.
			if !bytes.Equal(body, file) {
				t.Errorf("%s: the answer (%q) is not the file's bytes", u, res.Header.Get("Content-Encoding"))
			}
			checkRevalidated(t, u, res)
			continue
		}
		mediaType, _, _ := mime.ParseMediaType(res.Header.Get("Content-Type"))
		if want := wantTypes[path.Ext(name)]; !slices.Contains(want, mediaType) {
			t.Errorf("%s: Content-Type %q, want %q", u, res.Header.Get("Content-Type"), want)
		}
		encoding := res.Header.Get("Content-Encoding")
		switch {
		case name == "web/app.wasm" && brotli && encoding != "br",
			name == "web/app.wasm" && !brotli && encoding != "gzip":
			t.Errorf("%s: Content-Encoding %q, want brotli %v (else gzip)", u, encoding, brotli)
		case isText(name) && len(file) > compressAbove && encoding == "":
			t.Errorf("%s: %d bytes of text sent uncompressed", u, len(file))
		}
		if encoding != "" && !slices.Contains(headerTokens(res.Header, "Vary"), "accept-encoding") {
			t.Errorf("%s: compressed (%s) without Vary: Accept-Encoding (Vary %q)", u, encoding, res.Header.Values("Vary"))
		}
		if got, err := decode(encoding, body); err != nil || !bytes.Equal(got, file) {
			t.Errorf("%s: the %q answer does not decode to the file (%v)", u, encoding, err)
		}
		checkRevalidated(t, u, res)
	}
	noSlash := origin + strings.TrimSuffix(base, "/")
	if res, _ := get(noSlash + "?code=0x40"); res.StatusCode != http.StatusMovedPermanently ||
		!strings.HasSuffix(res.Header.Get("Location"), base+"?code=0x40") {
		t.Errorf("%s: %d to %q, want a 301 to %s", noSlash, res.StatusCode, res.Header.Get("Location"), base)
	}
}

// headerTokens returns the comma-separated values of a header, lower case.
func headerTokens(h http.Header, name string) []string {
	var tokens []string
	for _, v := range h.Values(name) {
		for tok := range strings.SplitSeq(v, ",") {
			tokens = append(tokens, strings.ToLower(strings.TrimSpace(tok)))
		}
	}
	return tokens
}

// decode undoes a Content-Encoding.
func decode(encoding string, body []byte) ([]byte, error) {
	switch encoding {
	case "":
		return body, nil
	case "gzip":
		r, err := gzip.NewReader(bytes.NewReader(body))
		if err != nil {
			return nil, err
		}
		return io.ReadAll(r)
	case "br":
		return io.ReadAll(brotli.NewReader(bytes.NewReader(body)))
	}
	return nil, fmt.Errorf("unknown Content-Encoding %q", encoding)
}

// received is one of the page's loads as its Resource Timing entry shows
// it: the bytes that came over the wire and the bytes they decoded to.
type received struct {
	Name    string `json:"name"`
	Encoded int    `json:"encoded"`
	Decoded int    `json:"decoded"`
}

// checkReceived checks, from the page's own view of its first load, that
// every text file over 1 KB came compressed and app.wasm came as the
// site's brotli copy (else its gzip copy) from dir.
func (tb *tab) checkReceived(dir string, brotli bool) {
	tb.t.Helper()
	loads := eval[[]received](tb, `[...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")]
		.map((e) => ({name: e.name, encoded: e.encodedBodySize, decoded: e.decodedBodySize}))`)
	copyName := filepath.Join(dir, "web", "app.wasm.gz")
	if brotli {
		copyName = filepath.Join(dir, "web", "app.wasm.br")
	}
	wasmCopy, err := os.Stat(copyName)
	if err != nil {
		tb.t.Fatal(err)
	}
	sawWasm, sawText := false, 0
	for _, l := range loads {
		p := strings.TrimSuffix(strings.SplitN(l.Name, "?", 2)[0], "/")
		switch {
		case strings.HasSuffix(p, "/web/app.wasm"):
			sawWasm = true
			if int64(l.Encoded) != wasmCopy.Size() {
				tb.t.Errorf("app.wasm came as %d bytes (decoded %d); %s has %d", l.Encoded, l.Decoded, filepath.Base(copyName), wasmCopy.Size())
			}
		case (isText(p) || p+"/" == tb.e.origin+hostBase) && l.Decoded > compressAbove:
			sawText++
			if l.Encoded >= l.Decoded {
				tb.t.Errorf("%s came uncompressed: %d bytes for %d", l.Name, l.Encoded, l.Decoded)
			}
		}
	}
	if !sawWasm || sawText < 4 {
		tb.t.Errorf("the page's loads hold app.wasm %v and %d text files over 1 KB: %+v", sawWasm, sawText, loads)
	}
}

// checkRevalidated fails unless the answer for u is revalidated before
// each use (no-cache), which updates rely on.
func checkRevalidated(t *testing.T, u string, res *http.Response) {
	t.Helper()
	if !slices.Contains(headerTokens(res.Header, "Cache-Control"), "no-cache") {
		t.Errorf("%s: Cache-Control %q, want no-cache", u, res.Header.Get("Cache-Control"))
	}
}

// exists reports whether the file name exists.
func exists(name string) bool {
	_, err := os.Stat(name)
	return err == nil
}
