package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"proxycert/app/site"
	"proxycert/messages"
)

// deployment is one generated version of the site.
type deployment struct {
	dir     string
	version string // go-app's GOAPP_VERSION, which app.js carries
	marker  string // what its app.css and app.wasm carry, e.g. "v1"
}

// deploy generates the site for base from a copy of ../web whose app.css
// and app.wasm carry marker, so that two deployments differ in their own
// files, the wasm included, as two releases do.
func deploy(t *testing.T, base, marker string, stockWorker bool) deployment {
	t.Helper()
	web := filepath.Join(t.TempDir(), "web")
	if err := os.CopyFS(web, os.DirFS(filepath.Join("..", "..", "web"))); err != nil {
		t.Fatal(err)
	}
	appendTo(t, filepath.Join(web, "app.css"), fmt.Sprintf("\n:root { --proxycert-deploy: %q; }\n", marker))
	// A custom section (id 0) may follow the others: the module is the
	// same program, with other bytes.
	const name = "proxycert-deploy"
	section := append([]byte{byte(len(name))}, name+marker...)
	appendTo(t, filepath.Join(web, "app.wasm"), string(append([]byte{0, byte(len(section))}, section...)))

	out := filepath.Join(t.TempDir(), "dist")
	// With the screenshot reader from npm, as ./build.sh build makes the site.
	ocr := filepath.Join("..", "site", "ocr")
	s := site.Config{Out: out, Web: web, OCR: ocr, Base: base, Brotli: 1, StockWorker: stockWorker, Codes: fewCodes}
	version, err := s.Generate()
	if err != nil {
		t.Fatal(err)
	}
	return deployment{dir: out, version: version, marker: marker}
}

func appendTo(t *testing.T, name, data string) {
	t.Helper()
	f, err := os.OpenFile(name, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteString(data); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

// checkRunning asserts that the page runs deployment d: go-app's app.js
// names its version, and its stylesheet is in force.
func (tb *tab) checkRunning(d deployment) {
	tb.t.Helper()
	if got := eval[string](tb, `goappEnv.GOAPP_VERSION`); got != d.version {
		tb.t.Errorf("app.js of version %s runs, want %s (%s)", got, d.version, d.marker)
	}
	got := eval[string](tb, `getComputedStyle(document.documentElement).getPropertyValue("--proxycert-deploy").trim()`)
	if want := fmt.Sprintf("%q", d.marker); got != want {
		tb.t.Errorf("the stylesheet in force is %s's, want %s's", got, want)
	}
}

// checkNoUpdateOffered asserts that the banner stays empty. go-app reports
// an update within milliseconds of the worker's activation (measured), so
// a second after waitCached is ample for a wrong one to show.
func (tb *tab) checkNoUpdateOffered(when string) {
	tb.t.Helper()
	time.Sleep(time.Second)
	if got := tb.text("#update-banner"); got != "" {
		tb.t.Errorf("%s, the page offers an update: %q", when, got)
	}
}

// TestE2EUpdate deploys a new version while the page is installed. Opened
// again (or, left open, shown again) the page runs the old version whole,
// notices the new one and offers to reload; after the reload it runs the
// new version with no file of the old one, online and offline. Under
// no-cache and under max-age=600 (GitHub Pages), where go-app's own worker
// kept old files (StockWorker).
func TestE2EUpdate(t *testing.T) {
	if os.Getenv("PROXYCERT_E2E") != "1" {
		t.Skip("browser tests skipped: set PROXYCERT_E2E=1 after ./build.sh build (./build.sh test does both)")
	}
	v1, v2 := deploy(t, "/", "v1", false), deploy(t, "/", "v2", false)
	if v1.version == v2.version {
		t.Fatalf("two deployments share version %s", v1.version)
	}
	for _, tt := range []struct {
		name, cache string
		reopen      bool
	}{
		{"no-cache,tab-shown-again", "no-cache", false},
		{"max-age=600,page-opened-again", "max-age=600", true},
	} {
		t.Run(tt.name, func(t *testing.T) { testUpdate(t, tt.cache, tt.reopen, v1, v2) })
	}
	t.Run("StockWorker", func(t *testing.T) {
		testStockWorker(t, deploy(t, "/", "v1", true), deploy(t, "/", "v2", true))
	})
}

func testUpdate(t *testing.T, cacheControl string, reopen bool, v1, v2 deployment) {
	srv := newSiteServer(t)
	e := newOwnBrowser(t, srv.origin)
	oldFiles, newFiles := siteFiles(t, v1.dir, srv.origin, "/"), siteFiles(t, v2.dir, srv.origin, "/")
	srv.start(&site.Host{Root: os.DirFS(v1.dir), CacheControl: cacheControl, Base: "/"})
	tb := e.open(t, "/")
	oldCache := tb.waitCached(oldFiles)
	tb.checkRunning(v1)
	tb.checkNoUpdateOffered("after the first install")

	srv.start(&site.Host{Root: os.DirFS(v2.dir), CacheControl: cacheControl, Base: "/"})
	if reopen {
		tb.navigate("/")
	} else {
		eval[bool](tb, `document.dispatchEvent(new Event("visibilitychange"))`)
	}
	tb.checkRunning(v1) // from the cache, whole, until the user reloads
	tb.waitJS(`document.getElementById("update-reload") !== null`)
	if got, want := tb.text("#update-banner p"), messages.For("en").T(messages.UIPageUpdateAvailable); got != want {
		t.Errorf("update banner %q, want %q", got, want)
	}
	// The page hears of the update only once the new cache is complete
	// and the old one gone.
	newCache := tb.waitCached(newFiles)
	if newCache == oldCache {
		t.Fatalf("the new version reuses cache %s", oldCache)
	}
	tb.checkOnlyCache(newFiles, newCache)

	before := eval[string](tb, `String(performance.timeOrigin)`)
	tb.click("#update-reload")
	tb.waitAcrossLoads(fmt.Sprintf(`String(performance.timeOrigin) !== %q`, before))
	tb.waitJS(`document.querySelector(".page[data-ready=true]") !== null && !document.getElementById("app-wasm-loader")`)
	tb.checkRunning(v2)
	tb.checkOnlyCache(newFiles, newCache)
	if tb.text("#update-banner") != "" {
		t.Error("the banner still offers an update after it")
	}

	srv.stop()
	tb.navigate("/?code=0x40")
	tb.waitJS(`document.getElementById("reading-code")?.innerText.includes("0x00000040") === true`)
	tb.checkRunning(v2)
}

// testStockWorker runs go-app's own worker through the same steps, to show
// that the checks above catch what the patches in worker.go fix: a query
// link never opened fails offline, and under max-age=600 the new version's
// cache is filled with the old app.js. If this fails, upstream or Chromium
// changed: re-check which patches are still needed.
func testStockWorker(t *testing.T, v1, v2 deployment) {
	srv := newSiteServer(t)
	e := newOwnBrowser(t, srv.origin)
	oldFiles, newFiles := siteFiles(t, v1.dir, srv.origin, "/"), siteFiles(t, v2.dir, srv.origin, "/")
	srv.start(&site.Host{Root: os.DirFS(v1.dir), CacheControl: "max-age=600", Base: "/"})
	tb := e.open(t, "/")
	tb.waitCached(oldFiles)

	srv.stop()
	if err := tb.tryOpen("/?code=0x40"); err == nil {
		t.Error("go-app's own worker opened a never-visited query link offline")
	}
	tb.mu.Lock()
	tb.errors = nil // the failed navigation's own errors, expected here
	tb.mu.Unlock()

	srv.start(&site.Host{Root: os.DirFS(v2.dir), CacheControl: "max-age=600", Base: "/"})
	tb.navigate("/")
	newCache := tb.waitCached(newFiles)
	hashes := eval[map[string]map[string]string](tb, cachedHashesJS)[newCache]
	appJS := srv.origin + "/app.js"
	if hashes[appJS] != oldFiles[appJS] {
		t.Errorf("go-app's own worker cached the new app.js under max-age=600 (want the stale one, as measured with v10.1.11)")
	}
	var stale []string
	for u, sum := range hashes {
		if sum != newFiles[u] {
			stale = append(stale, strings.TrimPrefix(u, srv.origin))
		}
	}
	t.Logf("go-app's own worker, max-age=600: %d of %d files in the new cache are old: %q", len(stale), len(hashes), stale)
}
