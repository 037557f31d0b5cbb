package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// benchLink is a network the pages are measured on.
type benchLink struct {
	name     string
	throttle *network.Conditions // nil: loopback as it is
}

// benchLinks: loopback, and a branch office's link (10 Mbit/s each way,
// 40 ms latency) that Chromium emulates for the tab.
var benchLinks = []benchLink{
	{name: "loopback"},
	{name: "throttled 10 Mbit/s, 40 ms", throttle: &network.Conditions{
		Latency: 40, DownloadThroughput: 10e6 / 8, UploadThroughput: 10e6 / 8,
	}},
}

// benchScript runs in every document before the page's own scripts. It
// timestamps, with performance.now(), the moment the wasm render marks the
// page ready and the moment the answer shows; it times armed inputs until
// the answer they should produce reaches the DOM and the next frame; and
// it keeps the WebAssembly instance so its memory can be read.
const benchScript = `(() => {
	const cfg = %s;
	const b = window.__bench = {marks: {}};
	const waiters = new Set();
	let armed = null;
	const answer = () => document.querySelector(cfg.answer)?.textContent;
	const check = () => {
		const now = performance.now(), m = b.marks;
		if (m.ready === undefined && document.querySelector(cfg.ready)) m.ready = now;
		if (cfg.link && m.answer === undefined && answer() === cfg.link) m.answer = now;
		const a = armed;
		if (a && a.t0 !== undefined && a.dom === undefined && answer() === a.want) {
			a.dom = now - a.t0;
			requestAnimationFrame(() => a.resolve({dom: a.dom, frame: performance.now() - a.t0}));
		}
		for (const w of [...waiters]) w();
	};
	new MutationObserver(check).observe(document, {subtree: true, childList: true, attributes: true, characterData: true});
	const started = (e) => { if (armed && armed.t0 === undefined) armed.t0 = e.timeStamp; };
	addEventListener("keydown", started, true);
	addEventListener("beforeinput", started, true);
	b.arm = (want) => { armed = {want}; armed.done = new Promise((r) => armed.resolve = r); return true; };
	b.settled = () => armed.done;
	b.until = (test) => new Promise((resolve) => {
		const w = () => { if (test()) { waiters.delete(w); resolve(true); } };
		waiters.add(w);
		w();
	});
	for (const name of ["instantiateStreaming", "instantiate"]) {
		const orig = WebAssembly[name];
		WebAssembly[name] = async function (...args) {
			const r = await orig.apply(this, args);
			if (r.instance) b.instance = r.instance;
			return r;
		};
	}
	b.memory = () => b.instance?.exports?.mem?.buffer?.byteLength ?? 0;
	// Spellcheck on <html> would make Chromium download a dictionary.
	document.addEventListener("readystatechange", () => document.documentElement.setAttribute("spellcheck", "false"));
})();`

// throttleParams are those of Network.emulateNetworkConditionsByRule.
type throttleParams struct {
	Offline    bool                  `json:"offline"`
	Conditions []*network.Conditions `json:"matchedNetworkConditions"`
}

// pageMarks is what a page load reports, in ms since navigation start.
type pageMarks struct {
	FirstPaint  float64 `json:"firstPaint"`
	FCP         float64 `json:"fcp"`
	WasmFetched float64 `json:"wasmFetched"` // app.wasm's responseEnd
	WasmBytes   float64 `json:"wasmBytes"`   // its bytes on the wire
	Ready       float64 `json:"ready"`
	Answer      float64 `json:"answer"` // Ready's time on a page without a link answer
	Controlled  bool    `json:"controlled"`
}

const readMarks = `(() => {
	const m = __bench.marks;
	const paint = (n) => performance.getEntriesByName(n, "paint")[0]?.startTime ?? -1;
	const wasm = performance.getEntriesByType("resource").find((e) => e.name.endsWith("/web/app.wasm"));
	return {firstPaint: paint("first-paint"), fcp: paint("first-contentful-paint"),
		wasmFetched: wasm?.responseEnd ?? -1, wasmBytes: wasm?.encodedBodySize ?? -1,
		ready: m.ready, answer: m.answer ?? m.ready, controlled: navigator.serviceWorker.controller !== null};
})()`

// benchTab is one tab of a bench browser.
type benchTab struct {
	t   *testing.T
	ctx context.Context
}

// newBrowser starts a new Chromium process with an empty profile: nothing
// cached, no service worker. The returned context is its first tab.
func newBrowser(t *testing.T, proxy string) (context.Context, func()) {
	t.Helper()
	dir, err := os.MkdirTemp("", "proxycert-bench-")
	if err != nil {
		t.Fatal(err)
	}
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), chromiumFlags(dir, proxy)...)
	ctx, cancelCtx := chromedp.NewContext(alloc)
	return ctx, func() {
		cancelCtx()
		cancelAlloc()
		os.RemoveAll(dir)
	}
}

// openTab prepares a tab (ctx: a fresh chromedp context) for site on link
// and opens path, then waits for the answer (or the ready mark).
func openTab(t *testing.T, ctx context.Context, s *benchSite, l benchLink, path string) (*benchTab, pageMarks) {
	t.Helper()
	tb := &benchTab{t: t, ctx: ctx}
	cfg, err := json.Marshal(map[string]string{"ready": s.ready, "answer": s.answer, "link": s.linkAnswer})
	if err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting Chromium: %v", err)
	}
	benchCall(tb, cdppage.AddScriptToEvaluateOnNewDocument, cdppage.AddScriptToEvaluateOnNewDocumentParams{Source: fmt.Sprintf(benchScript, cfg)})
	benchCall(tb, emulation.SetFocusEmulationEnabled, emulation.SetFocusEmulationEnabledParams{Enabled: true})
	for _, name := range []string{"clipboard-read", "clipboard-write"} { // for the paste
		_, err := chromedp.CallBrowser(ctx, browser.SetPermission, browser.SetPermissionParams{
			Permission: &browser.PermissionDescriptor{Name: name}, Setting: browser.PermissionSettingGranted,
			Origin: s.origin, BrowserContextID: chromedp.FromContext(ctx).BrowserContextID,
		})
		if err != nil {
			t.Fatalf("granting %s: %v", name, err)
		}
	}
	if l.throttle != nil {
		// Chromium 148 requires the top-level "offline" that cdproto
		// v0.159's parameters lack, so the command is sent by hand.
		params := throttleParams{Conditions: []*network.Conditions{l.throttle}}
		var res network.EmulateNetworkConditionsByRuleResult
		if err := chromedp.FromContext(ctx).Target.Call(ctx, network.EmulateNetworkConditionsByRule.Method, params, &res); err != nil {
			t.Fatalf("throttling the tab: %v", err)
		}
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(s.origin+path)); err != nil {
		t.Fatalf("%s: opening %s: %v", s.name, path, err)
	}
	tb.await(`__bench.until(() => __bench.marks.ready !== undefined && (!%s || __bench.marks.answer !== undefined))`, jsString(s.linkAnswer))
	return tb, benchEval[pageMarks](tb, readMarks)
}

// press types one key into the focused text box; paste replaces the text
// box's content by a real paste, through the clipboard and Ctrl+V (one
// input event, where Input.insertText sends one per line and line break).
// Both return the ms from the input event until want, the answer, is in
// the DOM, and until the frame after that.
func (tb *benchTab) press(key, want string) (dom, frame float64) {
	tb.t.Helper()
	return tb.timed(want, chromedp.KeyEvent(key))
}

func (tb *benchTab) paste(text, want string) (dom, frame float64) {
	tb.t.Helper()
	benchEval[bool](tb, `navigator.clipboard.writeText(`+jsString(text)+`).then(() => {
		const p = document.getElementById("paste");
		p.focus();
		p.select();
		return true;
	})`)
	return tb.timed(want, chromedp.KeyEvent("v", chromedp.KeyModifiers(chromedp.ModifierCtrl)))
}

func (tb *benchTab) timed(want string, input chromedp.Action[chromedp.Void]) (dom, frame float64) {
	tb.t.Helper()
	benchEval[bool](tb, `__bench.arm(`+jsString(want)+`)`)
	if err := chromedp.Do(tb.ctx, input); err != nil {
		tb.t.Fatal(err)
	}
	r := tb.await(`__bench.settled()`)
	return r["dom"], r["frame"]
}

// jsString writes s as a JavaScript string literal.
func jsString(s string) string {
	b, _ := json.Marshal(s) // a string always marshals
	return string(b)
}

// await evaluates a promise-valued expression (formatted with args) and
// returns its result as numbers.
func (tb *benchTab) await(expr string, args ...any) map[string]float64 {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, time.Minute)
	defer cancel()
	js := fmt.Sprintf(expr, args...)
	raw, err := chromedp.Run(ctx, chromedp.Evaluate[json.RawMessage](js, chromedp.EvalAwaitPromise))
	if err != nil {
		tb.t.Fatalf("waiting for %s: %v", js, err)
	}
	var r map[string]float64
	_ = json.Unmarshal(raw, &r) // true rather than an object is fine
	return r
}

// waitCached waits until the service worker is active and its cache holds
// app.wasm, the page and n entries in all: go-app's stock worker activates
// before cache.addAll is done.
func (tb *benchTab) waitCached(n int) {
	tb.t.Helper()
	tb.await(`(async () => {
		await navigator.serviceWorker.ready;
		for (;;) {
			for (const name of await caches.keys()) {
				const c = await caches.open(name);
				if ((await c.keys()).length >= %d && await c.match("/web/app.wasm") && await c.match("/")) return true;
			}
			await new Promise((r) => setTimeout(r, 50));
		}
	})()`, n)
}

func benchEval[T any](tb *benchTab, expr string) T {
	tb.t.Helper()
	v, err := chromedp.Run(tb.ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		tb.t.Fatalf("evaluating %s: %v", expr, err)
	}
	return v
}

func benchCall[P, R any](tb *benchTab, cmd cdp.Command[P, R], params P) {
	tb.t.Helper()
	if _, err := chromedp.Call(tb.ctx, cmd, params); err != nil {
		tb.t.Fatalf("%s: %v", cmd.Method, err)
	}
}
