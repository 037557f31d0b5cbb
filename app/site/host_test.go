package site

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
)

func TestStaticHost(t *testing.T) {
	files := fstest.MapFS{
		"index.html":           {Data: []byte("home")},
		"about.html":           {Data: []byte("about")},
		"web/app.wasm":         {Data: []byte("\x00asm plain")},
		"web/app.wasm.br":      {Data: []byte("brotli bytes")},
		"web/app.wasm.gz":      {Data: []byte("gzip bytes")},
		"web/app.css":          {Data: []byte("body{}")},
		"web/icon.svg":         {Data: []byte("<svg/>")},
		"manifest.webmanifest": {Data: []byte("{}")},
		"docs/index.html":      {Data: []byte("docs")},
		"empty/.keep":          {Data: nil},
	}
	h := &Host{Root: files, CacheControl: "max-age=600"}
	tests := []struct {
		method, path, acceptEncoding string
		status                       int
		body, contentType, encoding  string
		location                     string
	}{
		{"GET", "/", "", 200, "home", "text/html; charset=utf-8", "", ""},
		{"GET", "/index.html", "", 200, "home", "text/html; charset=utf-8", "", ""},
		{"GET", "/about", "", 200, "about", "text/html; charset=utf-8", "", ""},
		{"GET", "/docs", "", 301, "", "", "", "/docs/"},
		{"GET", "/docs?code=8", "", 301, "", "", "", "/docs/?code=8"},
		{"GET", "/docs/", "", 200, "docs", "text/html; charset=utf-8", "", ""},
		{"GET", "/empty/", "", 404, "", "", "", ""},
		{"GET", "/missing", "", 404, "", "", "", ""},
		{"GET", "/../index.html", "", 200, "home", "text/html; charset=utf-8", "", ""},
		{"GET", "/web/app.wasm", "", 200, "\x00asm plain", "application/wasm", "", ""},
		{"GET", "/web/app.wasm", "gzip, deflate, br", 200, "brotli bytes", "application/wasm", "br", ""},
		{"GET", "/web/app.wasm", "gzip", 200, "gzip bytes", "application/wasm", "gzip", ""},
		{"GET", "/web/app.wasm", "br;q=0, gzip", 200, "gzip bytes", "application/wasm", "gzip", ""},
		{"GET", "/web/app.wasm", "identity", 200, "\x00asm plain", "application/wasm", "", ""},
		{"GET", "/web/app.css", "br", 200, "body{}", "text/css; charset=utf-8", "", ""},
		{"GET", "/web/icon.svg", "", 200, "<svg/>", "image/svg+xml", "", ""},
		{"GET", "/manifest.webmanifest", "", 200, "{}", "application/manifest+json", "", ""},
		{"HEAD", "/", "", 200, "home", "text/html; charset=utf-8", "", ""},
		{"POST", "/", "", 405, "", "", "", ""},
	}
	for _, tt := range tests {
		req := httptest.NewRequest(tt.method, tt.path, nil)
		if tt.acceptEncoding != "" {
			req.Header.Set("Accept-Encoding", tt.acceptEncoding)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		res := rec.Result()
		body, _ := io.ReadAll(res.Body)
		name := tt.method + " " + tt.path + " [" + tt.acceptEncoding + "]"
		if res.StatusCode != tt.status {
			t.Errorf("%s: status %d, want %d", name, res.StatusCode, tt.status)
			continue
		}
		if got := res.Header.Get("Cache-Control"); got != "max-age=600" {
			t.Errorf("%s: Cache-Control %q", name, got)
		}
		if tt.location != "" && res.Header.Get("Location") != tt.location {
			t.Errorf("%s: Location %q, want %q", name, res.Header.Get("Location"), tt.location)
		}
		if tt.status != http.StatusOK {
			continue
		}
		if tt.method == "GET" && string(body) != tt.body {
			t.Errorf("%s: body %q, want %q", name, body, tt.body)
		}
		if got := res.Header.Get("Content-Type"); got != tt.contentType {
			t.Errorf("%s: Content-Type %q, want %q", name, got, tt.contentType)
		}
		if got := res.Header.Get("Content-Encoding"); got != tt.encoding {
			t.Errorf("%s: Content-Encoding %q, want %q", name, got, tt.encoding)
		}
		// Caches must keep the encodings apart, and the length is that of
		// the bytes sent, compressed or not.
		if got := res.Header.Get("Vary"); got != "Accept-Encoding" {
			t.Errorf("%s: Vary %q", name, got)
		}
		if got, want := res.Header.Get("Content-Length"), strconv.Itoa(len(tt.body)); got != want {
			t.Errorf("%s: Content-Length %s, want %s", name, got, want)
		}
	}
}

// TestStaticHostBase serves a site under a sub-path, as GitHub Pages serves
// a project: the base without its slash redirects, nothing outside it is
// served, and inside it the rules are those of the root.
func TestStaticHostBase(t *testing.T) {
	files := fstest.MapFS{
		"index.html":      {Data: []byte("home")},
		"about.html":      {Data: []byte("about")},
		"docs/index.html": {Data: []byte("docs")},
	}
	h := &Host{Root: files, Base: "/proxycert/"}
	tests := []struct {
		path     string
		status   int
		body     string
		location string
	}{
		{"/proxycert/", 200, "home", ""},
		{"/proxycert/?code=0x40", 200, "home", ""},
		{"/proxycert", 301, "", "/proxycert/"},
		{"/proxycert?code=0x40", 301, "", "/proxycert/?code=0x40"},
		{"/proxycert/about", 200, "about", ""},
		{"/proxycert/docs", 301, "", "/proxycert/docs/"},
		{"/proxycert/docs/", 200, "docs", ""},
		{"/", 404, "", ""},
		{"/index.html", 404, "", ""},
		{"/proxycertx/", 404, "", ""},
		{"/proxycert/../index.html", 200, "home", ""},
	}
	for _, tt := range tests {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", tt.path, nil))
		res := rec.Result()
		body, _ := io.ReadAll(res.Body)
		if res.StatusCode != tt.status {
			t.Errorf("%s: status %d, want %d", tt.path, res.StatusCode, tt.status)
			continue
		}
		if tt.status == 200 && string(body) != tt.body {
			t.Errorf("%s: body %q, want %q", tt.path, body, tt.body)
		}
		if got := res.Header.Get("Location"); got != tt.location {
			t.Errorf("%s: Location %q, want %q", tt.path, got, tt.location)
		}
	}
	if res := rec(h, "/proxycert/"); res.Header.Get("Cache-Control") != "" {
		t.Errorf("no Cache-Control configured, yet sent %q", res.Header.Get("Cache-Control"))
	}
}

func rec(h http.Handler, path string) *http.Response {
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest("GET", path, nil))
	return w.Result()
}

func TestAccepts(t *testing.T) {
	for header, want := range map[string]bool{
		"br":          true,
		"gzip, br":    true,
		"BR;q=0.5":    true,
		"br;q=0":      false,
		"br; q=0.000": false,
		"gzip":        false,
		"":            false,
		"brotli":      false,
		"*":           false, // only named encodings get precompressed files
	} {
		if got := accepts(header, "br"); got != want {
			t.Errorf("accepts(%q, br) = %v", header, got)
		}
	}
}

// TestStaticHostEncodedRange asks for part of a file: the plain file is
// cut, a precompressed copy is sent whole with its own length.
func TestStaticHostEncodedRange(t *testing.T) {
	files := fstest.MapFS{"a.wasm": {Data: []byte("0123456789")}, "a.wasm.br": {Data: []byte("brotli")}}
	h := &Host{Root: files}
	for _, tt := range []struct {
		encoding, body, length string
		status                 int
	}{
		{"", "234", "3", 206},
		{"br", "brotli", "6", 200},
	} {
		req := httptest.NewRequest("GET", "/a.wasm", nil)
		req.Header.Set("Range", "bytes=2-4")
		req.Header.Set("Accept-Encoding", tt.encoding)
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		res := w.Result()
		body, _ := io.ReadAll(res.Body)
		if res.StatusCode != tt.status || string(body) != tt.body || res.Header.Get("Content-Length") != tt.length {
			t.Errorf("range with Accept-Encoding %q: %d %q length %s; want %d %q length %s",
				tt.encoding, res.StatusCode, body, res.Header.Get("Content-Length"), tt.status, tt.body, tt.length)
		}
	}
}

// TestStaticHostGzip sends text gzipped to browsers that accept gzip, as
// configured hosts do, when that is smaller: whole, with its compressed
// length, and never images or the wasm, which have their own copies.
func TestStaticHostGzip(t *testing.T) {
	css := strings.Repeat("body { margin: 0; }\n", 100)
	png := strings.Repeat("\x89PNG", 500)
	h := &Host{Root: fstest.MapFS{
		"a.css":  {Data: []byte(css)},
		"b.js":   {Data: []byte("go()")},
		"c.png":  {Data: []byte(png)},
		"d.wasm": {Data: []byte(css)},
	}}
	for _, tt := range []struct {
		method, path, acceptEncoding, rangeHeader string
		status                                    int
		encoding, body                            string
	}{
		{"GET", "/a.css", "gzip, deflate, br, zstd", "", 200, "gzip", css},
		{"GET", "/a.css", "gzip", "bytes=0-9", 200, "gzip", css},
		{"HEAD", "/a.css", "gzip", "", 200, "gzip", ""},
		{"GET", "/a.css", "br", "", 200, "", css},
		{"GET", "/a.css", "gzip;q=0", "", 200, "", css},
		{"GET", "/a.css", "", "bytes=0-9", 206, "", css[:10]},
		{"GET", "/b.js", "gzip", "", 200, "", "go()"},
		{"GET", "/c.png", "gzip", "", 200, "", png},
		{"GET", "/d.wasm", "gzip", "", 200, "", css},
	} {
		name := tt.method + " " + tt.path + " [" + tt.acceptEncoding + "] " + tt.rangeHeader
		req := httptest.NewRequest(tt.method, tt.path, nil)
		req.Header.Set("Accept-Encoding", tt.acceptEncoding)
		if tt.rangeHeader != "" {
			req.Header.Set("Range", tt.rangeHeader)
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		res := w.Result()
		raw, _ := io.ReadAll(res.Body)
		body := raw
		if res.Header.Get("Content-Encoding") == "gzip" && len(raw) > 0 {
			zr, err := gzip.NewReader(bytes.NewReader(raw))
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			body, _ = io.ReadAll(zr)
			if len(raw) >= len(body) {
				t.Errorf("%s: gzipped to %d bytes from %d", name, len(raw), len(body))
			}
		}
		if res.StatusCode != tt.status || res.Header.Get("Content-Encoding") != tt.encoding || string(body) != tt.body {
			t.Errorf("%s: %d, encoding %q, %d bytes; want %d, %q, %d bytes", name, res.StatusCode,
				res.Header.Get("Content-Encoding"), len(body), tt.status, tt.encoding, len(tt.body))
		}
		if tt.encoding != "" && tt.method == "GET" && res.Header.Get("Content-Length") != strconv.Itoa(len(raw)) {
			t.Errorf("%s: Content-Length %s for %d bytes sent", name, res.Header.Get("Content-Length"), len(raw))
		}
	}
}
