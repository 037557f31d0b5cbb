package site

import (
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"sync"

	"proxycert/decoder"
	"proxycert/messages"
)

// writeCodePages pre-renders the static page of each code (every code of
// the defined flags, decoder.CodePages, when codes is nil), in every
// language of the catalogs, into dir
// at the code's path (decoder.CodePath): a folder with its index.html,
// which every static host serves without rewrite rules. A link to such a
// page shows its whole answer at first paint, before the WebAssembly has
// loaded; the server name and the KB message number stay in the link's
// fragment, and the WebAssembly adds them when it runs. The pages are not
// pre-cached by the service worker (it keeps a page once visited), so a
// first visit fetches app.wasm and nothing else of size.
//
// The pages are rendered on every core at once: each is a whole page
// render of go-app's, and there are 256 codes in each language.
func writeCodePages(dir string, h http.Handler, codes []uint32) error {
	if codes == nil {
		codes = decoder.CodePages()
	}
	var paths []string
	for _, code := range codes {
		for _, lang := range messages.Languages() {
			p, _ := decoder.CodePath(code, lang)
			paths = append(paths, p)
		}
	}
	work := make(chan string)
	errs := make([]error, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for i := range errs {
		wg.Go(func() {
			for p := range work {
				errs[i] = errors.Join(errs[i], writeCodePage(dir, h, p))
			}
		})
	}
	for _, p := range paths {
		work <- p
	}
	close(work)
	wg.Wait()
	return errors.Join(errs...)
}

// writeCodePage writes the page for the code path p into dir.
func writeCodePage(dir string, h http.Handler, p string) error {
	page, err := prerender(h, "/"+p)
	if err != nil {
		return err
	}
	folder := filepath.Join(dir, filepath.FromSlash(p))
	if err := os.MkdirAll(folder, 0o755); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(folder, "index.html"), page, 0o644)
}

// prerender returns the page go-app's handler renders for path, with its
// attributes in canonical order and the slim loader.
func prerender(h http.Handler, path string) ([]byte, error) {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	if rec.Code != http.StatusOK {
		return nil, fmt.Errorf("pre-rendering %s: status %d", path, rec.Code)
	}
	return slimLoader(CanonicalHTML(rec.Body.Bytes())), nil
}
