package site

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
)

// TestPrecompressCache compresses through the cache, then again from it,
// and refuses a cached copy that is not of the current wasm.
func TestPrecompressCache(t *testing.T) {
	dir, cache := t.TempDir(), filepath.Join(t.TempDir(), "cache")
	wasm := filepath.Join(dir, "app.wasm")
	write := func(name, data string) {
		if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	read := func(name string) string {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	write(wasm, "first wasm")
	if err := PrecompressCached(wasm, 5, cache); err != nil {
		t.Fatal(err)
	}
	first := read(wasm + ".br")
	entries, _ := os.ReadDir(cache)
	if len(entries) != 2 {
		t.Fatalf("cache holds %d files, want .br and .gz", len(entries))
	}
	// A cached copy that is not of this wasm is not used.
	for _, e := range entries {
		write(filepath.Join(cache, e.Name()), "garbage")
	}
	os.Remove(wasm + ".br")
	if err := PrecompressCached(wasm, 5, cache); err != nil {
		t.Fatal(err)
	}
	if read(wasm+".br") != first {
		t.Error("a corrupt cache entry was used")
	}
	// The same wasm again: the copies come from the cache. (The cache
	// entry is swapped for another valid brotli stream of the same bytes,
	// to tell it from a new compression.)
	var other bytes.Buffer
	bw := brotli.NewWriterLevel(&other, 0)
	bw.Write([]byte("first wasm"))
	bw.Close()
	if other.String() == first {
		t.Fatal("brotli quality 0 and 5 give the same bytes; pick another stand-in")
	}
	brs, _ := filepath.Glob(filepath.Join(cache, "*.br"))
	write(brs[0], other.String())
	os.Remove(wasm + ".br")
	os.Remove(wasm + ".gz")
	if err := PrecompressCached(wasm, 5, cache); err != nil {
		t.Fatal(err)
	}
	if read(wasm+".br") != other.String() {
		t.Error("the copy was not taken from the cache")
	}
	write(wasm, "second wasm")
	if err := PrecompressCached(wasm, 5, cache); err != nil {
		t.Fatal(err)
	}
	if entries, _ := os.ReadDir(cache); len(entries) != 2 {
		t.Errorf("cache keeps %d files after a new wasm, want 2", len(entries))
	}
	br, _ := io.ReadAll(brotli.NewReader(strings.NewReader(read(wasm + ".br"))))
	if string(br) != "second wasm" {
		t.Errorf("app.wasm.br of the second wasm decompresses to %q", br)
	}
}
