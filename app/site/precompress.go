package site

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/andybalholm/brotli"
)

// DefaultBrotli is the brotli quality of the generated app.wasm.br. Measured
// on a 9.4 MB app.wasm on 2 busy cores: quality 6 gives 2.09 MB in 1.2 s,
// 9 gives 2.05 MB in 6 s, 10 gives 1.87 MB in 41 s, 11 gives 1.81 MB in
// 51 s. The wasm is the whole first-visit download, so the build spends the
// time, once per app.wasm thanks to precompressCached.
const DefaultBrotli = 11

// precompress writes name.gz (gzip level 9) and name.br (brotli at the given
// quality, window 2^24, the most browsers accept) beside name, for static
// hosts that serve such files to clients that accept them (nginx's
// gzip_static, Host). Both outputs are the same for the same input.
func precompress(name string, brotliQuality int) error {
	data, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	errs := make(chan error, 1)
	go func() {
		errs <- writeCompressed(name+".br", data, func(w io.Writer) (io.WriteCloser, error) {
			return brotli.NewWriterOptions(w, brotli.WriterOptions{Quality: brotliQuality, LGWin: 24}), nil
		})
	}()
	gzErr := writeCompressed(name+".gz", data, func(w io.Writer) (io.WriteCloser, error) {
		// No name and a zero time in the header: the output depends
		// on the bytes only.
		return gzip.NewWriterLevel(w, gzip.BestCompression)
	})
	if brErr := <-errs; brErr != nil {
		return brErr
	}
	return gzErr
}

func writeCompressed(name string, data []byte, newWriter func(io.Writer) (io.WriteCloser, error)) error {
	var buf bytes.Buffer
	w, err := newWriter(&buf)
	if err != nil {
		return fmt.Errorf("compressing %s: %w", name, err)
	}
	if _, err := w.Write(data); err != nil {
		return fmt.Errorf("compressing %s: %w", name, err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("compressing %s: %w", name, err)
	}
	return os.WriteFile(name, buf.Bytes(), 0o644)
}

// PrecompressCached is precompress with a cache folder that remembers the
// copies of the last app.wasm compressed, per quality, so that building the
// same wasm again (./build.sh test or bench after build) takes no time. A
// cached copy is used only if it decompresses to name's bytes; "" turns
// the cache off.
func PrecompressCached(name string, brotliQuality int, cacheDir string) error {
	if cacheDir == "" {
		return precompress(name, brotliQuality)
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	sum := sha256.Sum256(data)
	key := filepath.Join(cacheDir, fmt.Sprintf("%x-q%d", sum[:8], brotliQuality))
	unbrotli := func(r io.Reader) (io.Reader, error) { return brotli.NewReader(r), nil }
	gunzip := func(r io.Reader) (io.Reader, error) { return gzip.NewReader(r) }
	if cachedCopyOf(key+".br", data, unbrotli) && cachedCopyOf(key+".gz", data, gunzip) {
		if err := copyFile(key+".br", name+".br"); err != nil {
			return err
		}
		return copyFile(key+".gz", name+".gz")
	}
	if err := precompress(name, brotliQuality); err != nil {
		return err
	}
	// Only the latest wasm's copies are kept.
	if err := os.RemoveAll(cacheDir); err != nil {
		return err
	}
	if err := os.MkdirAll(cacheDir, 0o755); err != nil {
		return err
	}
	if err := copyFile(name+".br", key+".br"); err != nil {
		return err
	}
	return copyFile(name+".gz", key+".gz")
}

// cachedCopyOf reports whether file decompresses to data.
func cachedCopyOf(file string, data []byte, decompress func(io.Reader) (io.Reader, error)) bool {
	f, err := os.Open(file)
	if err != nil {
		return false
	}
	defer f.Close()
	r, err := decompress(f)
	if err != nil {
		return false
	}
	got, err := io.ReadAll(io.LimitReader(r, int64(len(data))+1))
	return err == nil && bytes.Equal(got, data)
}

// copyFile copies a file through a temporary name, so that an interrupted
// copy never leaves a truncated file under the final name.
func copyFile(from, to string) error {
	data, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	tmp := to + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, to)
}
