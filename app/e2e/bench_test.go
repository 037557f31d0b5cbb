package e2e

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"proxycert/app/site"
	"proxycert/decoder"
	"proxycert/messages"
)

// TestBench measures the page against a minimal go-app page, the floor
// (testdata/floor), in headless Chromium with a fresh browser for every
// visit; see issue 4, "Speed, measured". It asserts no timing: it prints
// the table and writes ../out/bench/bench.json. ./build.sh bench builds
// both sites and runs it with PROXYCERT_BENCH=1; BENCH_RUNS (default 5)
// sets the visits per site and network, BENCH_KEYS (default 20) the
// keystrokes per visit, BENCH_DIST another copy of the page's site.
func TestBench(t *testing.T) {
	if os.Getenv("PROXYCERT_BENCH") != "1" {
		t.Skip("bench skipped: run ./build.sh bench (sets PROXYCERT_BENCH=1 after building both sites)")
	}
	runs, keys := envCount(t, "BENCH_RUNS", 5), envCount(t, "BENCH_KEYS", 20)
	page, floor := pageSite(t), floorSite(t)
	precompressFloor(t, floor)
	proxy := newRefusingProxy(t)
	load := []string{loadAverage()}
	host := machine(t, proxy.url)

	tables := []table{sizeTable(t, page, floor)}
	for _, l := range benchLinks {
		visits := map[*benchSite][]visit{}
		for run := range runs {
			// Alternate who goes first, so a load that drifts during
			// the run weighs on both sites alike.
			order := []*benchSite{page, floor}
			if run%2 == 1 {
				order[0], order[1] = floor, page
			}
			for _, s := range order {
				v := measureVisit(t, s, l, proxy.url, keys)
				t.Logf("%s, %s, run %d: cold answer %.0f ms, warm %.0f ms, memory %.1f MB",
					s.name, l.name, run+1, v.Cold.Answer, v.Warm.Answer, v.Memory/1e6)
				visits[s] = append(visits[s], v)
			}
		}
		tables = append(tables, visitTable(l, visits[page], visits[floor]))
	}
	load = append(load, loadAverage())
	if got := proxy.requests(); len(got) > 0 {
		t.Errorf("the browser contacted other origins: %q", got)
	}

	var text bytes.Buffer
	date := time.Now().UTC().Format(time.RFC3339)
	fmt.Fprintf(&text, "proxycert bench, %s: %d runs per site and network, %d keystrokes per run\n%s\n",
		date, runs, keys, host)
	fmt.Fprintf(&text, "load average before and after: %s\n", strings.Join(load, " / "))
	for _, tb := range tables {
		text.WriteString("\n")
		if err := tb.write(&text); err != nil {
			t.Fatal(err)
		}
	}
	fmt.Print("\n", text.String())
	writeBenchFiles(t, text.Bytes(), map[string]any{
		"command": "./build.sh bench", "date": date, "machine": host, "loadAverage": load,
		"runs": runs, "keystrokesPerRun": keys,
	}, tables)
}

// benchSite is a generated site under test and what its page shows.
type benchSite struct {
	name       string
	dir        string   // the generated site
	origin     string   // where the static host serves it
	link       string   // the path opened, cold and warm
	ready      string   // CSS selector that matches once the wasm has rendered
	answer     string   // CSS selector of the element showing the answer
	linkAnswer string   // the answer the opened link must show; "" when it has none
	paste      change   // a 64 KiB paste, the first input
	start      change   // pasted before the keystrokes
	keys       []change // single keys, typed in turn after start
	cached     int      // entries the service worker caches
}

// change is an edit of the text box (a key, or a text to paste) and the
// answer it must bring.
type change struct{ text, want string }

func pageSite(t *testing.T) *benchSite {
	paste := ticketPaste(decoder.MaxInput, messages.For("en").Dialogs[0].Fill(1, "mail.contoso.com", "0x00000040"))
	return serveSite(t, &benchSite{
		name: "proxycert", dir: cmp.Or(os.Getenv("BENCH_DIST"), filepath.Join("..", "..", "dist")),
		link:  "/#code=0x18&server=mail.contoso.com",
		ready: ".page[data-ready=true]", answer: "#reading-code code", linkAnswer: "0x00000018",
		paste: change{paste, "0x00000040"},
		start: change{"0x1", "0x00000001"},
		keys:  []change{{"8", "0x00000018"}, {"\b", "0x00000001"}},
	})
}

func floorSite(t *testing.T) *benchSite {
	paste := ticketPaste(decoder.MaxInput, messages.For("en").Dialogs[0].Fill(1, "mail.contoso.com", "0x00000040"))
	return serveSite(t, &benchSite{
		name: "floor", dir: filepath.Join("..", "..", "out", "bench", "floor", "dist"),
		link:  "/",
		ready: "#floor[data-ready=true]", answer: "#echo",
		paste: change{paste, paste},
		start: change{"0x1", "0x1"},
		keys:  []change{{"8", "0x18"}, {"\b", "0x1"}},
	})
}

// serveSite serves s.dir with the project's static host, with the cache
// header GitHub Pages sends, and counts what its service worker caches.
func serveSite(t *testing.T, s *benchSite) *benchSite {
	t.Helper()
	worker, err := os.ReadFile(filepath.Join(s.dir, "app-worker.js"))
	if err != nil {
		t.Fatalf("%s: no site in %s (./build.sh bench builds it): %v", s.name, s.dir, err)
	}
	s.cached = cachedCount(worker)
	srv := httptest.NewServer(site.NewHost(s.dir, "max-age=600"))
	t.Cleanup(srv.Close)
	s.origin = srv.URL
	return s
}

// cachedCount reads how many resources go-app's worker pre-caches; 0 when
// the worker names no list (waitCached then checks app.wasm and "/" only).
func cachedCount(worker []byte) int {
	m := regexp.MustCompile(`resourcesToCache\s*=\s*(\[[^\]]*\])`).FindSubmatch(worker)
	var list []string
	if m == nil || json.Unmarshal(m[1], &list) != nil {
		return 0
	}
	return len(list)
}

// ticketPaste is a ticket thread of exactly size bytes ending with dialog:
// the decoder reads through all of it before it finds the dialog.
func ticketPaste(size int, dialog string) string {
	const reply = "> On Tue, 4 Mar 2025 at 09:12, Ann Lee wrote:\n" +
		"> Could you check the PC again? Build 19045.4046, Office 16.0.17328.20142 (32 bit).\n" +
		"お世話になっております。再起動後も同じ状況です。ご確認をお願いします。\n\n"
	var b strings.Builder
	for b.Len()+len(reply)+len(dialog) <= size {
		b.WriteString(reply)
	}
	b.WriteString(strings.Repeat(".", size-b.Len()-len(dialog)))
	return b.String() + dialog
}

// visit is what one fresh browser measured on one site.
type visit struct {
	Cold       pageMarks `json:"cold"`
	Warm       pageMarks `json:"warm"`
	Paste      float64   `json:"pasteMs"`      // 64 KiB paste to its answer in the DOM
	PasteFrame float64   `json:"pasteFrameMs"` // to the frame after it
	Memory     float64   `json:"memoryBytes"`  // wasm linear memory after it
	KeyDOM     []float64 `json:"keyDomMs"`
	KeyFrame   []float64 `json:"keyFrameMs"`
}

// measureVisit opens the site's link in a new browser, pastes 64 KiB,
// types, waits for the service worker to cache the site, then opens the
// link again in a second tab of the same browser.
func measureVisit(t *testing.T, s *benchSite, l benchLink, proxy string, keys int) visit {
	t.Helper()
	ctx, stop := newBrowser(t, proxy)
	defer stop()
	tb, cold := openTab(t, ctx, s, l, s.link)
	v := visit{Cold: cold}
	v.Paste, v.PasteFrame = tb.paste(s.paste.text, s.paste.want)
	v.Memory = benchEval[float64](tb, `__bench.memory()`)
	// Keystrokes are timed once the worker has cached the site, so that
	// its downloads do not compete with them.
	tb.waitCached(s.cached)
	tb.paste(s.start.text, s.start.want)
	for i := range keys {
		k := s.keys[i%len(s.keys)]
		dom, frame := tb.press(k.text, k.want)
		v.KeyDOM, v.KeyFrame = append(v.KeyDOM, dom), append(v.KeyFrame, frame)
	}
	warm, cancel := chromedp.NewContext(ctx)
	defer cancel()
	_, v.Warm = openTab(t, warm, s, l, s.link)
	if !v.Warm.Controlled {
		t.Errorf("%s, %s: the second visit did not go through the service worker", s.name, l.name)
	}
	return v
}

// visitFigure is one row of a link's table: how to read it from a visit
// (the floor's visit gives the figure named floor: its page shows no link
// answer, so its answer times are its ready times) and its target.
type visitFigure struct {
	name, floor, unit string
	of                func(v visit) []float64
	target            func(throttled bool) target
}

func one(f func(v visit) float64) func(v visit) []float64 {
	return func(v visit) []float64 { return []float64{f(v)} }
}

func always(tg target) func(bool) target { return func(bool) target { return tg } }

func loopbackOnly(tg target) func(bool) target {
	return func(throttled bool) target {
		if throttled {
			return target{}
		}
		return tg
	}
}

var visitFigures = []visitFigure{
	{"first paint", "first paint", "ms", one(func(v visit) float64 { return v.Cold.FirstPaint }), always(target{})},
	{"first contentful paint (pre-rendered)", "first contentful paint", "ms",
		one(func(v visit) float64 { return v.Cold.FCP }),
		loopbackOnly(target{Max: 100})},
	{"app.wasm fetched", "app.wasm fetched", "ms", one(func(v visit) float64 { return v.Cold.WasmFetched }), always(target{})},
	{"interactive (wasm rendered)", "interactive", "ms", one(func(v visit) float64 { return v.Cold.Ready }), always(target{})},
	{"deep link answer, cold", "interactive", "ms", one(func(v visit) float64 { return v.Cold.Answer }),
		func(throttled bool) target {
			return target{MaxRatio: 1.15, Max: map[bool]float64{true: 2000}[throttled]}
		}},
	{"deep link answer, warm (service worker)", "interactive, warm", "ms",
		one(func(v visit) float64 { return v.Warm.Answer }), always(target{Max: 500})},
	{"first contentful paint, warm", "first contentful paint, warm", "ms",
		one(func(v visit) float64 { return v.Warm.FCP }), always(target{})},
	{"keystroke to answer in DOM", "keystroke to echo in DOM", "ms",
		func(v visit) []float64 { return v.KeyDOM }, always(target{Max: 16})},
	{"keystroke to next frame", "keystroke to next frame", "ms",
		func(v visit) []float64 { return v.KeyFrame }, always(target{})},
	{"64 KiB paste to answer in DOM", "64 KiB paste to echo in DOM", "ms",
		one(func(v visit) float64 { return v.Paste }), always(target{})},
	{"64 KiB paste to next frame", "64 KiB paste to next frame", "ms",
		one(func(v visit) float64 { return v.PasteFrame }), always(target{})},
	{"wasm memory after 64 KiB paste", "wasm memory after 64 KiB paste", "B",
		one(func(v visit) float64 { return v.Memory }), always(target{MaxRatio: 1.2})},
}

// visitTable turns the visits of both sites on one link into rows.
func visitTable(l benchLink, page, floor []visit) table {
	samples := func(vs []visit, of func(visit) []float64) []float64 {
		var out []float64
		for _, v := range vs {
			out = append(out, of(v)...)
		}
		return out
	}
	tb := table{Title: l.name + " (ms since navigation start; each visit a fresh browser)"}
	for _, f := range visitFigures {
		tb.Rows = append(tb.Rows, row{Figure: f.name, Unit: f.unit, Target: f.target(l.throttle != nil),
			Samples: samples(page, f.of), FloorName: f.floor, FloorSamps: samples(floor, f.of)})
	}
	return tb
}

func envCount(t *testing.T, name string, def int) int {
	t.Helper()
	v := os.Getenv(name)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		t.Fatalf("%s=%q: want a whole number of at least 1", name, v)
	}
	return n
}
