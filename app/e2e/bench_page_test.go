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
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// benchScript runs in every document before the page's own scripts. It
// timestamps, with performance.now(), the moment the module is
// instantiated, the moment the wasm render marks the page ready with the
// loader gone, the moment the link's answer is in the DOM (for a code page,
// while the HTML is parsed), and the frame after each of the last two; it
// times armed inputs until the answer they should produce reaches the DOM
// and the next frame; and it keeps the WebAssembly instance so its memory
// can be read.
const benchScript = `(() => {
	const cfg = %s;
	const b = window.__bench = {marks: {}};
	const waiters = new Set();
	let armed = null;
	const notify = () => { for (const w of [...waiters]) w(); };
	// frame records, under name, the time of the first frame after now.
	const frame = (name) => requestAnimationFrame(() => { b.marks[name] = performance.now(); notify(); });
	const answer = () => document.querySelector(cfg.answer)?.textContent;
	const check = () => {
		const now = performance.now(), m = b.marks;
		if (m.ready === undefined && document.querySelector(cfg.ready) && !document.getElementById("app-wasm-loader")) {
			m.ready = now;
			frame("readyFrame");
		}
		if (cfg.want && m.answer === undefined && document.querySelector(cfg.link)?.textContent.includes(cfg.want)) {
			m.answer = now;
			frame("answerFrame");
		}
		const a = armed;
		if (a && a.t0 !== undefined && a.dom === undefined && answer() === a.want) {
			a.dom = now - a.t0;
			requestAnimationFrame(() => a.resolve({dom: a.dom, frame: performance.now() - a.t0}));
		}
		notify();
	};
	new MutationObserver(check).observe(document, {subtree: true, childList: true, attributes: true, characterData: true});
	// Layout shifts not caused by input: the wasm's render replacing the
	// pre-rendered body must not move what is on screen.
	b.marks.shift = 0;
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) if (!e.hadRecentInput) b.marks.shift += e.value;
	}).observe({type: "layout-shift", buffered: true});
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
			if (b.marks.compiled === undefined) b.marks.compiled = performance.now();
			return r;
		};
	}
	b.memory = () => b.instance?.exports?.mem?.buffer?.byteLength ?? 0;
	// Spellcheck on <html> would make Chromium download a dictionary.
	document.addEventListener("readystatechange", () => document.documentElement.setAttribute("spellcheck", "false"));
})();`

// pageMarks is what a page load reports, in ms since navigation start.
// A figure "on screen" is the first frame after the DOM holds it, and never
// before the first contentful paint: the answer a code page carries in its
// HTML is in the DOM as soon as it is parsed, and on screen when the page
// first paints.
type pageMarks struct {
	FirstPaint  float64 `json:"firstPaint"`
	FCP         float64 `json:"fcp"`
	WasmStart   float64 `json:"wasmStart"`   // the page's own fetch of app.wasm: startTime
	WasmFetched float64 `json:"wasmFetched"` // ...and its responseEnd
	Compiled    float64 `json:"compiled"`    // the module instantiated: compiled, about to run
	ReadyDOM    float64 `json:"readyDom"`    // the wasm render marked the page ready, the loader gone
	Ready       float64 `json:"ready"`       // ...on screen
	AnswerDOM   float64 `json:"answerDom"`   // the link's answer in the DOM; ReadyDOM without one
	Answer      float64 `json:"answer"`      // ...on screen; Ready without one
	Shift       float64 `json:"shift"`       // layout shift until ready, summed (CLS's measure)
	Controlled  bool    `json:"controlled"`  // a service worker served the page
}

const readMarks = `(() => {
	const m = __bench.marks;
	const paint = (n) => performance.getEntriesByName(n, "paint")[0]?.startTime ?? -1;
	const fcp = paint("first-contentful-paint");
	const shown = (t) => t === undefined ? -1 : Math.max(t, fcp);
	const wasm = performance.getEntriesByType("resource").find((e) => e.name.endsWith("/web/app.wasm"));
	return {firstPaint: paint("first-paint"), fcp: fcp, wasmStart: wasm?.startTime ?? -1, wasmFetched: wasm?.responseEnd ?? -1,
		compiled: m.compiled ?? -1,
		readyDom: m.ready, ready: shown(m.readyFrame),
		answerDom: m.answer ?? m.ready, answer: shown(m.answerFrame ?? m.readyFrame),
		shift: m.shift, controlled: (navigator.serviceWorker?.controller ?? null) !== null};
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

// openTab prepares a tab (ctx: a fresh chromedp context) for site s and
// opens path, then waits until the page is ready and, when s has a link
// answer, the answer is on screen.
func openTab(t *testing.T, ctx context.Context, s *benchSite, path string) (*benchTab, pageMarks) {
	t.Helper()
	tb := &benchTab{t: t, ctx: ctx}
	cfg, err := json.Marshal(map[string]string{"ready": s.ready, "answer": s.keyAnswer, "link": s.linkAnswer, "want": s.linkWant})
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
	if err := chromedp.Do(ctx, chromedp.Navigate(s.origin+path)); err != nil {
		t.Fatalf("%s: opening %s: %v", s.name, path, err)
	}
	tb.await(`__bench.until(() => __bench.marks.readyFrame !== undefined && (!%s || __bench.marks.answerFrame !== undefined))`, jsString(s.linkWant))
	// Layout shifts are reported after the frame that made them.
	tb.await(`new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(true), 50)))`)
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
