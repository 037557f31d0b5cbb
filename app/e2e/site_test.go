package e2e

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"maps"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"proxycert/app/site"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// The offline, update and sub-path tests each start a browser of their own
// (a fresh profile, so no cache or service worker leaks between scenarios)
// and a site server they can stop, to be offline, and start again on the
// same address with another folder, to deploy a new version.

// siteServer serves a static host on one fixed loopback address.
type siteServer struct {
	t      *testing.T
	addr   string
	origin string

	mu  sync.Mutex
	srv *http.Server
	log []string // "GET /path 200 br" for every answer: status, encoding
}

// newSiteServer reserves a loopback address; start serves on it.
func newSiteServer(t *testing.T) *siteServer {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &siteServer{t: t, addr: ln.Addr().String()}
	s.origin = "http://" + s.addr
	ln.Close()
	t.Cleanup(s.stop)
	return s
}

// start serves h until stop; a running server is stopped first.
func (s *siteServer) start(h http.Handler) {
	s.stop()
	ln, err := net.Listen("tcp", s.addr)
	if err != nil {
		s.t.Fatalf("serving again on %s: %v", s.addr, err)
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		h.ServeHTTP(rec, r)
		line := fmt.Sprintf("%s %s %d %s", r.Method, r.URL.Path, rec.status, w.Header().Get("Content-Encoding"))
		s.mu.Lock()
		s.log = append(s.log, strings.TrimSpace(line))
		s.mu.Unlock()
	})}
	go srv.Serve(ln)
	s.mu.Lock()
	s.srv = srv
	s.mu.Unlock()
}

// stop closes the listener and every connection: the browser is offline.
func (s *siteServer) stop() {
	s.mu.Lock()
	srv := s.srv
	s.srv = nil
	s.mu.Unlock()
	if srv != nil {
		srv.Close()
	}
}

// statusRecorder remembers the status of an answer.
type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (r *statusRecorder) WriteHeader(status int) {
	r.status = status
	r.ResponseWriter.WriteHeader(status)
}

// requests returns the answers logged so far and clears the log.
func (s *siteServer) requests() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := s.log
	s.log = nil
	return out
}

// logCount counts the log lines that contain sub.
func logCount(log []string, sub string) int {
	n := 0
	for _, l := range log {
		if strings.Contains(l, sub) {
			n++
		}
	}
	return n
}

// newOwnBrowser starts a browser with a fresh profile for one scenario;
// its tabs share that profile's caches and service workers.
func newOwnBrowser(t *testing.T, origin string) *e2eEnv {
	t.Helper()
	if os.Getenv("PROXYCERT_E2E") != "1" {
		t.Skip("browser tests skipped: set PROXYCERT_E2E=1 after ./build.sh build (./build.sh test does both)")
	}
	out := filepath.Join("..", "..", "out", "e2e")
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	e := &e2eEnv{origin: origin, proxy: newRefusingProxy(t), out: out, oneContext: true}
	e.startBrowser(t)
	return e
}

// siteFiles maps the address of each file the site's worker pre-caches to
// the SHA-256 of the file in dir, the generated site served at origin+base.
func siteFiles(t *testing.T, dir, origin, base string) map[string]string {
	t.Helper()
	worker, err := os.ReadFile(filepath.Join(dir, "app-worker.js"))
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{}
	resources, err := site.WorkerResources(string(worker))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range resources {
		name := strings.TrimPrefix(p, base)
		if name == "" {
			name = "index.html"
		}
		data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
		if err != nil {
			t.Fatalf("the worker pre-caches %s, which the site lacks: %v", p, err)
		}
		sum := sha256.Sum256(data)
		files[origin+p] = hex.EncodeToString(sum[:])
	}
	return files
}

// cachedURLsJS lists the addresses in each cache of the page's origin.
const cachedURLsJS = `(async () => {
  const out = {};
  for (const name of await caches.keys()) {
    out[name] = (await (await caches.open(name)).keys()).map((r) => r.url);
  }
  return out;
})()`

// cachedHashesJS gives the SHA-256 of each cached response, by cache and
// address.
const cachedHashesJS = `(async () => {
  const out = {};
  for (const name of await caches.keys()) {
    const cache = await caches.open(name);
    out[name] = {};
    for (const req of await cache.keys()) {
      const body = await (await cache.match(req)).arrayBuffer();
      const sum = new Uint8Array(await crypto.subtle.digest("SHA-256", body));
      out[name][req.url] = [...sum].map((b) => b.toString(16).padStart(2, "0")).join("");
    }
  }
  return out;
})()`

// waitCached waits until a cache holds every file of want, and the worker
// that filled it is active (go-app's own install did not wait for its
// cache, so the worker being ready proves nothing), and returns the cache's
// name.
func (tb *tab) waitCached(want map[string]string) string {
	tb.t.Helper()
	wantURLs := slices.Sorted(maps.Keys(want))
	var got map[string][]string
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		got = eval[map[string][]string](tb, cachedURLsJS)
		for name, urls := range got {
			slices.Sort(urls)
			if slices.Equal(urls, wantURLs) && eval[bool](tb, `navigator.serviceWorker.getRegistration().then((r) => r?.active?.state === "activated")`) {
				return name
			}
		}
	}
	tb.t.Fatalf("no cache came to hold the site's %d files; caches: %q", len(want), got)
	return ""
}

// checkOnlyCache asserts that the origin has the named caches and no
// other, and that each response cached in them is byte for byte the file
// deployed (want: SHA-256 by address, for all of them together).
func (tb *tab) checkOnlyCache(want map[string]string, names ...string) {
	tb.t.Helper()
	got := eval[map[string]map[string]string](tb, cachedHashesJS)
	if have := slices.Sorted(maps.Keys(got)); !slices.Equal(have, slices.Sorted(slices.Values(names))) {
		tb.t.Errorf("caches %q, want only %q", have, names)
	}
	for _, name := range names {
		for u, sum := range got[name] {
			if want[u] != sum {
				tb.t.Errorf("cache %s: %s is not the deployed file (sha256 %.12s, want %.12s)", name, u, sum, want[u])
			}
		}
	}
}

// waitAcrossLoads polls a JavaScript expression until it is true, going on
// when the page it runs in goes away (a reload the page started itself).
func (tb *tab) waitAcrossLoads(expr string) {
	tb.t.Helper()
	var err error
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		var ok bool
		if ok, err = chromedp.Run(tb.ctx, chromedp.Evaluate[bool](expr)); err == nil && ok {
			return
		}
	}
	tb.t.Fatalf("waiting for %s: %v", expr, err)
}

// tryOpen navigates without failing the test, for pages that may not load.
func (tb *tab) tryOpen(path string) error {
	ctx, cancel := context.WithTimeout(tb.ctx, 20*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Navigate(tb.e.origin+path)); err != nil {
		return err
	}
	if !eval[bool](tb, `document.querySelector(".page") !== null`) {
		return errors.New("no page: " + tb.text("body"))
	}
	return nil
}
