package e2e

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"proxycert/messages"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/runtime"
	cdptarget "github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
)

// TestE2ESecurity is the locked-down part of the page: its
// Content-Security-Policy, requests that stay on the page's origin even
// from the service worker, hostile input, and input over the size limit.
func TestE2ESecurity(t *testing.T) {
	e := newE2E(t)
	t.Run("CSP", func(t *testing.T) { testCSP(t, e) })
	t.Run("CSPProbe", func(t *testing.T) { testCSPProbe(t, e) })
	t.Run("WorkerProbe", func(t *testing.T) { testWorkerProbe(t, e) })
	t.Run("XSS", func(t *testing.T) { testXSS(t, e) })
	t.Run("SizeLimit", func(t *testing.T) { testSizeLimit(t, e) })
	t.Run("LinkOverLimit", func(t *testing.T) { testLinkOverLimit(t, e) })
}

// noViolation fails the test if the page reported a CSP violation, or the
// console an error, since the last call.
func (tb *tab) noViolation(step string) {
	tb.t.Helper()
	for _, p := range tb.takeProblems() {
		tb.t.Errorf("%s: %s", step, p)
	}
}

// waitViolation waits until the tab has seen a violation of directive.
func (tb *tab) waitViolation(directive string, probe bool) {
	tb.t.Helper()
	for range 250 {
		tb.mu.Lock()
		seen := slices.ContainsFunc(tb.violations, func(v cspViolation) bool { return v.Directive == directive && v.Probe == probe })
		tb.mu.Unlock()
		if seen {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	tb.mu.Lock()
	defer tb.mu.Unlock()
	tb.t.Fatalf("no %s violation (probe %t) within 5 s; seen %v", directive, probe, tb.violations)
}

// testCSP checks the policy the page declares, then walks through what a
// user does (load, type, paste, examples, every link form, bad links, the
// language switch, the checklist, copying, print, dark mode, a narrow
// screen) and fails on any violation the page reports.
func testCSP(t *testing.T, e *e2eEnv) {
	tb := e.open(t, "/")
	policy := eval[string](tb, `document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content ?? ""`)
	for _, want := range []string{"default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'"} {
		if !strings.Contains(policy, want) {
			t.Errorf("CSP %q lacks %q", policy, want)
		}
	}
	for _, loose := range []string{"'unsafe-inline'", "'unsafe-eval'", "*", "http:", "https:", "data:"} {
		if strings.Contains(policy, loose) {
			t.Errorf("CSP %q allows %s", policy, loose)
		}
	}
	tb.noViolation("load")

	if err := chromedp.Do(tb.ctx, chromedp.SendKeys(chromedp.ID("paste"), "0x18")); err != nil {
		t.Fatal(err)
	}
	tb.waitJS(`location.href.includes("0x00000018")`)
	tb.noViolation("typing")
	for i := range eval[int](tb, `document.querySelectorAll(".example").length`) {
		tb.paste("")
		tb.waitJS(`document.querySelector(".example") !== null`)
		tb.click(fmt.Sprintf(`.example[data-example="%d"]`, i))
		tb.waitJS(`document.getElementById("reading-code") !== null`)
		tb.noViolation(fmt.Sprintf("example %d", i))
	}
	tb.paste("10")
	tb.click("#use-decimal")
	tb.click(`#check-0x00000008`)
	tb.grantClipboard(browser.PermissionSettingGranted)
	tb.click("#copy-link")
	tb.waitJS(`document.getElementById("copy-status")?.innerText.trim() !== ""`)
	tb.noViolation("decimal, checklist and copy")

	dialog := messages.Dialogs["ja"][1].Fill(2, "mail.contoso.co.jp", "0x00000018")
	for _, link := range []string{
		"/#code=0x18&server=mail.contoso.com&lang=ja",
		"/?code=0x10&server=mail.contoso.com&msg=2&lang=en",
		"/?text=" + url.QueryEscape(dialog),
		"/#text=" + url.QueryEscape(dialog) + "&lang=en",
		"/#code=0xZZ&server=bad%20name!&msg=9&lang=de",
		"/#code=%zz",
		"/?code=%zz",
		"/?text=" + url.QueryEscape(strings.Repeat("long text ", 7000)),
	} {
		tb.navigate(link)
		tb.noViolation(fmt.Sprintf("link %.60s", link))
	}

	tb.navigate("/#code=0x18&server=mail.contoso.com&lang=en")
	for _, lang := range []string{"ja", "en"} {
		tb.click(fmt.Sprintf(`.lang-button[lang=%q]`, lang))
		tb.waitJS(fmt.Sprintf(`document.querySelector(".page").dataset.lang === %q`, lang))
		tb.noViolation("switch to " + lang)
	}
	for _, m := range []struct {
		name  string
		media emulation.SetEmulatedMediaParams
	}{
		{"print", emulation.SetEmulatedMediaParams{Media: "print"}},
		{"dark", emulation.SetEmulatedMediaParams{Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "dark"}}}},
	} {
		send(tb, emulation.SetEmulatedMedia, m.media)
		eval[string](tb, `getComputedStyle(document.querySelector(".answer")).color`)
		tb.noViolation(m.name + " media")
	}
	withViewport(360, 740)(t, tb)
	eval[string](tb, `getComputedStyle(document.querySelector(".layout")).display`)
	tb.noViolation("360 px wide")
}

// testCSPProbe breaks the policy on purpose, one directive at a time, and
// sees each break reported both to the page and to the console: the
// watchers of testCSP and of every other tab can see a violation.
func testCSPProbe(t *testing.T, e *e2eEnv) {
	tb := e.open(t, "/")
	probes := []struct{ js, directive string }{
		{`document.head.append(Object.assign(document.createElement("style"), {textContent: "body{color:red}"}))`, "style-src-elem"},
		{`document.body.append(Object.assign(document.createElement("script"), {textContent: "window.__ran = 1"}))`, "script-src-elem"},
		{`document.body.setAttribute("style", "color: red")`, "style-src-attr"},
		// Later, off the DevTools call: Runtime.evaluate lifts the eval ban.
		{`setTimeout(() => { try { eval("window.__ran = 2") } catch {} })`, "script-src"},
		{`fetch("` + nowhere + `csp-probe").catch(() => 0)`, "connect-src"},
		{`document.body.append(Object.assign(document.createElement("img"), {src: "http://192.0.2.1/csp-probe.png"}))`, "img-src"},
	}
	for _, p := range probes {
		eval[any](tb, p.js+`, true`)
		tb.waitViolation(p.directive, false)
	}
	if ran := eval[bool](tb, `"__ran" in window`); ran {
		t.Error("an inline script or eval ran despite the policy")
	}
	var lines []string
	for range 100 {
		tb.mu.Lock()
		lines = tb.cspConsole
		tb.mu.Unlock()
		if len(lines) >= len(probes) {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if len(lines) < len(probes) {
		t.Errorf("the console watcher saw %d of %d violations: %q", len(lines), len(probes), lines)
	}
	if got := tb.takeProblems(); len(got) < len(probes) {
		t.Errorf("the tab's problems hold %d of %d violations: %q", len(got), len(probes), got)
	}
	// Expected here. The tab's network watcher sees the refused image's
	// request (Chromium reports it before refusing it): drop that too.
	tb.mu.Lock()
	tb.urls = slices.DeleteFunc(tb.urls, func(u string) bool { return strings.Contains(u, "csp-probe") })
	tb.mu.Unlock()
}

// testWorkerProbe makes the page's service worker fetch two other origins,
// a loopback server and an outside address. The page's policy does not
// bind the worker and the tab's watcher does not see it: Chromium's
// network log must name both, and the refusing proxy the outside one, so
// that their silence over the whole run covers the worker too.
func testWorkerProbe(t *testing.T, e *e2eEnv) {
	var mu sync.Mutex
	var hits []string
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		hits = append(hits, r.URL.Path)
		mu.Unlock()
	}))
	defer other.Close()
	tb := e.open(t, "/")
	eval[bool](tb, `navigator.serviceWorker.ready.then(() => true)`)
	worker := tb.serviceWorker()

	const outside = "http://192.0.2.1/proxycert-worker-probe"
	loopback := other.URL + "/proxycert-worker-probe"
	e.netlog.expect(outside)
	e.netlog.expect(loopback)
	js := fmt.Sprintf(`Promise.all([%q, %q].map(u => fetch(u).then(r => r.status, e => String(e))))`, loopback, outside)
	res, err := chromedp.Call(worker, runtime.Evaluate, runtime.EvaluateParams{Expression: js, AwaitPromise: new(true), ReturnByValue: new(true)})
	if err != nil || res.ExceptionDetails != nil {
		t.Fatalf("fetching from the service worker: %v %v", err, res.ExceptionDetails)
	}
	mu.Lock()
	if !slices.Contains(hits, "/proxycert-worker-probe") {
		t.Errorf("the worker's fetch did not reach the other server (%s): the probe proves nothing", res.Result.Value)
	}
	mu.Unlock()
	var logged []string
	for range 200 {
		logged, _ = e.netlog.urls()
		if slices.Contains(logged, outside) && slices.Contains(logged, loopback) {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	for _, u := range []string{outside, loopback} {
		if !slices.Contains(logged, u) {
			t.Errorf("Chromium's network log lacks the worker's request to %s", u)
		}
	}
	if !e.proxy.take("GET 192.0.2.1/proxycert-worker-probe") {
		t.Errorf("the refusing proxy missed the worker's request to %s: %q", outside, e.proxy.requests())
	}
	tb.mu.Lock()
	defer tb.mu.Unlock()
	for _, u := range tb.urls {
		if strings.Contains(u, "proxycert-worker-probe") {
			t.Logf("the tab's own watcher saw %s too", u)
		}
	}
}

// serviceWorker attaches to the service worker of the tab's origin and
// browser context.
func (tb *tab) serviceWorker() context.Context {
	tb.t.Helper()
	id := chromedp.FromContext(tb.ctx).BrowserContextID
	var found cdptarget.ID
	for range 100 {
		infos, err := chromedp.Targets(tb.ctx)
		if err != nil {
			tb.t.Fatal(err)
		}
		for _, in := range infos {
			if in.Type == "service_worker" && in.BrowserContextID == id && strings.HasPrefix(in.URL, tb.e.origin+"/") {
				found = in.TargetID
			}
		}
		if found != "" {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if found == "" {
		tb.t.Fatal("the page has no running service worker")
	}
	ctx, cancel := chromedp.NewContext(tb.e.browser, chromedp.WithTargetID(found), chromedp.WithDetachOnCancel())
	tb.t.Cleanup(cancel)
	if err := chromedp.Do(ctx); err != nil {
		tb.t.Fatalf("attaching to the service worker: %v", err)
	}
	return ctx
}

// take removes a request the proxy recorded, for a probe that makes it on
// purpose, and reports whether it was there.
func (p *refusingProxy) take(req string) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	i := slices.Index(p.got, req)
	if i < 0 {
		return false
	}
	p.got = slices.Delete(p.got, i, i+1)
	return true
}
