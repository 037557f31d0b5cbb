package e2e

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
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
	tb := e.newTab(t, opts...)
	tb.navigate(path)
	return tb
}

// openLoading opens path in a new tab as open does, but returns once the
// document has loaded, without waiting for the WebAssembly: for tests that
// look at the page as it is before the wasm runs.
func (e *e2eEnv) openLoading(t *testing.T, path string, opts ...tabOption) *tab {
	t.Helper()
	tb := e.newTab(t, opts...)
	nav, cancel := context.WithTimeout(tb.ctx, 20*time.Second)
	defer cancel()
	if err := chromedp.Do(nav, chromedp.Navigate(e.origin+path)); err != nil {
		t.Fatalf("opening %s: %v", path, err)
	}
	return tb
}

// newTab makes a tab with its watchers, before its first navigation; the
// test fails at its end on what they saw (checkClean).
func (e *e2eEnv) newTab(t *testing.T, opts ...tabOption) *tab {
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
	// The page scrolls to the answer after a paste or a link, smoothly
	// unless reduced motion is asked for: a click during that scroll can
	// miss. Tabs ask for it unless an option says otherwise (withMedia).
	send(tb, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Features: []*emulation.MediaFeature{
		{Name: "prefers-reduced-motion", Value: "reduce"},
	}})
	for _, o := range opts {
		o(t, tb)
	}
	t.Cleanup(tb.checkClean)
	return tb
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
