package site

import (
	"compress/gzip"
	"io"
	"net/http/httptest"
	"os"
	"testing"

	"github.com/andybalholm/brotli"
)

// testServeCompressesText serves the site generated into out for base
// (files: its files by path) as `proxycert serve` does, to a browser that
// accepts what Chromium accepts: every text answer over 1 KB is compressed
// (Lighthouse's "enable text compression" audit), app.wasm comes as its
// brotli copy, and each decodes to the file.
func testServeCompressesText(t *testing.T, out, base string, files map[string]string) {
	h := &Host{Root: os.DirFS(out), Base: base}
	compressed := 0
	for name, file := range files {
		if _, isCopy := copyOf(name); isCopy {
			continue
		}
		req := httptest.NewRequest("GET", base+name, nil)
		req.Header.Set("Accept-Encoding", "gzip, deflate, br, zstd")
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		res := w.Result()
		var body io.Reader = res.Body
		switch encoding := res.Header.Get("Content-Encoding"); {
		case name == "web/app.wasm" && encoding != "br":
			t.Errorf("%s: Content-Encoding %q, want br", name, encoding)
		case compressedTypes[contentType(name)] && len(file) > 1024 && encoding == "":
			t.Errorf("%s: %d bytes of %s sent uncompressed", name, len(file), contentType(name))
		case encoding == "gzip":
			zr, err := gzip.NewReader(res.Body)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			body = zr
			compressed++
		case encoding == "br":
			body = brotli.NewReader(res.Body)
		}
		if got, err := io.ReadAll(body); err != nil || string(got) != file {
			t.Errorf("%s does not decode to the file (%v)", name, err)
		}
	}
	if compressed < 5 {
		t.Errorf("only %d answers gzipped: is the site there?", compressed)
	}
}
