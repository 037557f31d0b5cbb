package e2e

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"iter"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"proxycert/app/site"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/network"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
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

// chromiumFlags silence Chromium's own calls to Google services; see
// ../shared notes (go-app.md). Everything else that is not loopback goes to
// refusingProxy, which records it.
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
			// Measured here beyond go-app.md's list: without these, a
			// proxy saw www.google.com (search preconnect) and
			// android.clients.google.com (GCM check-in) at start-up.
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

// tab is one page in a fresh browser context (its own storage and
// permissions), with its console and network watched.
type tab struct {
	t      *testing.T
	e      *e2eEnv
	ctx    context.Context
	mu     sync.Mutex
	errors []string // console errors and exceptions, but for CSP reports
	urls   []string // every request the page made

	// A Content-Security-Policy violation shows twice: as the document's
	// securitypolicyviolation event, which names the element at fault, and
	// as a console line, which names nothing and whose wording changes
	// with the browser. The events decide; the console lines only catch a
	// violation whose event the tab did not see.
	violations []cspViolation
	cspConsole []string
}

// cspViolation is one securitypolicyviolation event. Probe is set when the
// element at fault sits inside a [data-probe] element: markup a test put
// there on purpose to show that its watchers work.
type cspViolation struct {
	Directive string `json:"directive"`
	Blocked   string `json:"blocked"`
	Element   string `json:"element"`
	Probe     bool   `json:"probe"`
}

func (v cspViolation) String() string {
	return fmt.Sprintf("CSP violation: %s blocked %s at %s", v.Directive, cmp.Or(v.Blocked, "?"), cmp.Or(v.Element, "the document"))
}

// cspBinding is the function the page calls, through the DevTools
// protocol, for each violation; cspWatchJS installs the listener in every
// document before the page's own scripts run.
const cspBinding = "__proxycertCSP"

const cspWatchJS = `addEventListener("securitypolicyviolation", (e) => {
	const el = e.target instanceof Element ? e.target : null;
	` + cspBinding + `(JSON.stringify({directive: e.effectiveDirective, blocked: e.blockedURI,
		element: el ? el.localName : "", probe: el !== null && el.closest("[data-probe]") !== null}));
}, true);`

// tabOption adjusts a tab before its first navigation.
type tabOption func(t *testing.T, tb *tab)

// withLanguage makes navigator.language report lang.
func withLanguage(lang string) tabOption {
	return func(t *testing.T, tb *tab) {
		ua, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](`navigator.userAgent`))
		if err != nil {
			t.Fatal(err)
		}
		send(tb, emulation.SetUserAgentOverride, emulation.SetUserAgentOverrideParams{UserAgent: ua, AcceptLanguage: lang})
	}
}

// withViewport sets the window's inner size in CSS pixels.
func withViewport(w, h int64) tabOption {
	return func(t *testing.T, tb *tab) {
		send(tb, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{Width: w, Height: h, DeviceScaleFactor: 1})
	}
}

// open opens path (with its query or fragment) on the site in a new tab and
// waits until the WebAssembly side has rendered.
func (e *e2eEnv) open(t *testing.T, path string, opts ...tabOption) *tab {
	t.Helper()
	var fresh []chromedp.ContextOption
	if !e.oneContext {
		fresh = append(fresh, chromedp.WithNewBrowserContext())
	}
	ctx, cancel := chromedp.NewContext(e.browser, fresh...)
	t.Cleanup(cancel)
	tb := &tab{t: t, e: e, ctx: ctx}
	if err := chromedp.Do(ctx); err != nil {
		t.Fatal(err)
	}
	// Subscribe before the first navigation; read on other goroutines.
	go tb.watchConsole(chromedp.Console(ctx))
	go tb.watchNetwork(chromedp.Events(ctx, network.RequestWillBeSent))
	go tb.watchCSP(chromedp.Events(ctx, runtime.BindingCalled))
	send(tb, runtime.AddBinding, runtime.AddBindingParams{Name: cspBinding})
	send(tb, cdppage.AddScriptToEvaluateOnNewDocument, cdppage.AddScriptToEvaluateOnNewDocumentParams{Source: cspWatchJS})
	// Spellcheck on <html> would make Chromium download a dictionary.
	send(tb, cdppage.AddScriptToEvaluateOnNewDocument, cdppage.AddScriptToEvaluateOnNewDocumentParams{
		Source: `document.addEventListener("readystatechange", () => document.documentElement.setAttribute("spellcheck", "false"));`,
	})
	// Headless windows are not focused; the clipboard needs focus.
	send(tb, emulation.SetFocusEmulationEnabled, emulation.SetFocusEmulationEnabledParams{Enabled: true})
	for _, o := range opts {
		o(t, tb)
	}
	tb.navigate(path)
	t.Cleanup(tb.checkClean)
	return tb
}

func (tb *tab) watchConsole(msgs iter.Seq2[chromedp.ConsoleMessage, error]) {
	for m, err := range msgs {
		if err != nil {
			return
		}
		line := fmt.Sprintf("%s: %s (%s:%d)", m.Type, m.Text, m.URL, m.Line+1)
		tb.mu.Lock()
		switch {
		case strings.Contains(m.Text, "Content Security Policy"):
			tb.cspConsole = append(tb.cspConsole, line)
		case m.Type == chromedp.ConsoleError || m.IsException():
			tb.errors = append(tb.errors, line)
		}
		tb.mu.Unlock()
	}
}

func (tb *tab) watchCSP(calls iter.Seq2[runtime.EventBindingCalled, error]) {
	for ev, err := range calls {
		if err != nil {
			return
		}
		if ev.Name != cspBinding {
			continue
		}
		var v cspViolation
		if err := json.Unmarshal([]byte(ev.Payload), &v); err != nil {
			v = cspViolation{Directive: "unreadable report " + ev.Payload}
		}
		tb.mu.Lock()
		tb.violations = append(tb.violations, v)
		tb.mu.Unlock()
	}
}

// cspProblems returns the violations no probe caused, and the console's
// CSP lines that no event accounts for. Called with tb.mu held.
func (tb *tab) cspProblems() []string {
	var bad []string
	for _, v := range tb.violations {
		if !v.Probe {
			bad = append(bad, v.String())
		}
	}
	// Each event has its console line; a line with no event is a
	// violation the listener could not see (a worker's, say). Which line
	// that is the console does not say: the last ones stand for it.
	if extra := len(tb.cspConsole) - len(tb.violations); extra > 0 {
		bad = append(bad, tb.cspConsole[len(tb.cspConsole)-extra:]...)
	}
	return bad
}

// takeProblems returns the console errors and CSP violations seen so far
// and forgets them: for a step that causes them on purpose.
func (tb *tab) takeProblems() []string {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	all := append(tb.errors, tb.cspProblems()...)
	tb.errors, tb.violations, tb.cspConsole = nil, nil, nil
	return all
}

func (tb *tab) watchNetwork(requests iter.Seq2[network.EventRequestWillBeSent, error]) {
	for ev, err := range requests {
		if err != nil {
			return
		}
		tb.mu.Lock()
		tb.urls = append(tb.urls, ev.Request.URL)
		tb.mu.Unlock()
	}
}

// checkClean fails the test on console errors and on requests to any
// origin but the site's.
func (tb *tab) checkClean() {
	errors, foreign := tb.problems()
	for _, e := range errors {
		tb.t.Errorf("console: %s", e)
	}
	for _, u := range foreign {
		tb.t.Errorf("request to another origin: %s", u)
	}
}

// problems returns the console errors and the requests to other origins
// seen so far.
func (tb *tab) problems() (errors, foreign []string) {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	for _, u := range tb.urls {
		if !strings.HasPrefix(u, tb.e.origin+"/") && !strings.HasPrefix(u, "data:") {
			foreign = append(foreign, u)
		}
	}
	return append(append([]string(nil), tb.errors...), tb.cspProblems()...), foreign
}

// navigate loads path in the tab and waits for the wasm render.
func (tb *tab) navigate(path string) {
	tb.t.Helper()
	if err := chromedp.Do(tb.ctx, chromedp.Navigate(tb.e.origin+path)); err != nil {
		tb.t.Fatalf("opening %s: %v", path, err)
	}
	tb.waitJS(`document.querySelector(".page[data-ready=true]") !== null && !document.getElementById("app-wasm-loader")`)
}

// waitJS polls a JavaScript expression until it is true.
func (tb *tab) waitJS(expr string) {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, 20*time.Second)
	defer cancel()
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](expr, chromedp.WithPollingInterval(20*time.Millisecond))); err != nil {
		tb.t.Fatalf("waiting for %s: %v\n%s", expr, err, tb.text("body"))
	}
}

// send sends a protocol command to the tab and returns its result.
func send[P, R any](tb *tab, cmd cdp.Command[P, R], params P) R {
	tb.t.Helper()
	res, err := chromedp.Call(tb.ctx, cmd, params)
	if err != nil {
		tb.t.Fatalf("%s: %v", cmd.Method, err)
	}
	return res
}

// eval runs a JavaScript expression and returns its value.
func eval[T any](tb *tab, expr string) T {
	tb.t.Helper()
	v, err := chromedp.Run(tb.ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		tb.t.Fatalf("evaluating %s: %v", expr, err)
	}
	return v
}

// text returns the visible text of the first element matching a CSS
// selector, "" when there is none.
func (tb *tab) text(sel string) string {
	return eval[string](tb, fmt.Sprintf(`(document.querySelector(%q)?.innerText ?? "").trim()`, sel))
}

// texts returns the visible text of every element matching a selector.
func (tb *tab) texts(sel string) []string {
	return eval[[]string](tb, fmt.Sprintf(`[...document.querySelectorAll(%q)].map(e => e.innerText.trim())`, sel))
}

// paste replaces the text box's content as a paste does: one input event
// with the whole text.
func (tb *tab) paste(text string) {
	tb.t.Helper()
	if err := chromedp.Do(tb.ctx, chromedp.Focus(chromedp.ID("paste"))); err != nil {
		tb.t.Fatal(err)
	}
	eval[bool](tb, `(document.getElementById("paste").select(), true)`)
	if text == "" {
		text = "\b"
		if err := chromedp.Do(tb.ctx, chromedp.KeyEvent(text)); err != nil {
			tb.t.Fatal(err)
		}
		return
	}
	send(tb, input.InsertText, input.InsertTextParams{Text: text})
}

// click clicks the first element matching a CSS selector.
func (tb *tab) click(sel string) {
	tb.t.Helper()
	if err := chromedp.Do(tb.ctx, chromedp.Click(chromedp.CSS(sel), chromedp.NodeVisible)); err != nil {
		tb.t.Fatalf("clicking %s: %v", sel, err)
	}
}

// grantClipboard sets the clipboard permissions of the tab's origin.
func (tb *tab) grantClipboard(setting browser.PermissionSetting) {
	tb.t.Helper()
	id := chromedp.FromContext(tb.ctx).BrowserContextID
	for _, name := range []string{"clipboard-read", "clipboard-write"} {
		_, err := chromedp.CallBrowser(tb.ctx, browser.SetPermission, browser.SetPermissionParams{
			Permission:       &browser.PermissionDescriptor{Name: name},
			Setting:          setting,
			Origin:           tb.e.origin,
			BrowserContextID: id,
		})
		if err != nil {
			tb.t.Fatalf("setting permission %s: %v", name, err)
		}
	}
}

// location returns the page's address.
func (tb *tab) location() *url.URL {
	u, err := url.Parse(eval[string](tb, `location.href`))
	if err != nil {
		tb.t.Fatal(err)
	}
	return u
}

// cliFixture returns a dialog as users paste it, from the command line's
// fixtures, which the page must read alike.
func cliFixture(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "cli", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// datetimeLocal is the value format of an <input type="datetime-local">
// (HTML's "valid normalized local date and time string", to the minute).
const datetimeLocal = "2006-01-02T15:04"
