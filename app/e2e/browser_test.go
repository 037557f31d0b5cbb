package e2e

import (
	"context"
	"net/http/httptest"
	"os"
	"path/filepath"
	"proxycert/app/site"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// The end-to-end tests drive Debian's Chromium with chromedp against the
// generated site in ../dist, served by the same static host `proxycert
// serve` uses. ./build.sh test builds the site and sets PROXYCERT_E2E=1.

// e2eEnv is one browser and one site server shared by the subtests.
type e2eEnv struct {
	browser context.Context // a chromedp context owning the browser
	site    *httptest.Server
	origin  string
	proxy   *refusingProxy
	netlog  *netLog // Chromium's network log, checked when the browser quits
	out     string  // where screenshots go

	// oneContext opens every tab in the browser's own context, so that
	// they share storage, caches and service workers (the offline and
	// update tests, each with a browser of its own).
	oneContext bool
}

// nowhere is a loopback address nothing listens on.
const nowhere = "http://127.0.0.1:9/"

// chromiumFlags silence Chromium's own calls to Google services: without
// the background-networking flags a fresh Debian Chromium's connections
// are refused by a closed network many at a time, and without the
// features, URLs and spellcheck (off in every document) below it still
// calls Google (0 outside requests in 56 runs with all of them).
// Everything else that is not loopback goes to refusingProxy, which
// records it.
func chromiumFlags(userData, proxy string) []chromedp.ExecAllocatorOption {
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.UserDataDir(userData),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.WindowSize(1280, 900),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-features", strings.Join([]string{
			"Translate", "NetworkTimeServiceQuerying", "AutofillServerCommunication",
			"OptimizationHints", "OptimizationHintsFetching", "OptimizationGuideModelDownloading",
			"OptimizationGuideOnDeviceModel", "OnDeviceModelService", "MediaRouter",
			"CertificateTransparencyComponentUpdater",
			// Without these, a proxy saw www.google.com (search
			// preconnect) and android.clients.google.com (GCM check-in)
			// at start-up.
			"PreconnectToSearch",
		}, ",")),
		chromedp.Flag("component-updater", "url-source="+nowhere),
		chromedp.Flag("gaia-url", nowhere),
		chromedp.Flag("google-base-url", nowhere),
		chromedp.Flag("gcm-checkin-url", nowhere),
		chromedp.Flag("gcm-mcs-endpoint", nowhere),
		chromedp.Flag("gcm-registration-url", nowhere),
		chromedp.Flag("proxy-server", proxy),
	)
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		opts = append(opts, chromedp.ExecPath("/usr/bin/chromium"))
	}
	return opts
}

// newE2E starts the site server and the browser, or skips the test when
// PROXYCERT_E2E is not 1.
func newE2E(t *testing.T) *e2eEnv {
	t.Helper()
	if os.Getenv("PROXYCERT_E2E") != "1" {
		t.Skip("browser tests skipped: set PROXYCERT_E2E=1 after ./build.sh build (./build.sh test does both)")
	}
	dist := filepath.Join("..", "..", "dist")
	if _, err := os.Stat(filepath.Join(dist, "index.html")); err != nil {
		t.Fatalf("no site in %s: run ./build.sh build first", dist)
	}
	out := filepath.Join("..", "..", "out", "e2e")
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	e := &e2eEnv{out: out, proxy: newRefusingProxy(t)}
	e.site = httptest.NewServer(site.NewHost(dist, "no-cache"))
	t.Cleanup(e.site.Close)
	e.origin = e.site.URL
	e.startBrowser(t)
	return e
}

// startBrowser starts Chromium for e, with its network log and the proxy
// that refuses every other origin; both are checked when the test ends.
func (e *e2eEnv) startBrowser(t *testing.T) {
	t.Helper()
	e.netlog = newNetLog(t, e.origin) // before the browser: checked after it quits
	alloc, cancel := chromedp.NewExecAllocator(context.Background(),
		append(chromiumFlags(t.TempDir(), e.proxy.url), e.netlog.flag())...)
	t.Cleanup(cancel)
	ctx, cancelBrowser := chromedp.NewContext(alloc)
	t.Cleanup(cancelBrowser)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting Chromium: %v", err)
	}
	e.browser = ctx
	t.Cleanup(func() {
		if got := e.proxy.requests(); len(got) > 0 {
			t.Errorf("the browser contacted other origins: %q", got)
		}
	})
}
