//go:build !wasm

package main

import (
	"io"
	"net/http"
	"net/http/httptest"
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
	h := &staticHost{root: files, cacheControl: "max-age=600"}
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
		{"HEAD", "/", "", 200, "", "text/html; charset=utf-8", "", ""},
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
	}
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
