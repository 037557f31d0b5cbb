package e2e

import "fmt"

// The rows of a network's table: how each figure is read from a run's
// visits, what it is compared with on the floor, and its target (issue
// 13's targets hold on the shaped link; those that do not depend on the
// network hold on both).

// visitFigure is one row. The floor has no code pages and reads no link,
// so where the page shows an answer the floor's figure is its interactive
// time, read by floorOf (of when nil).
type visitFigure struct {
	name, floor, unit string
	of, floorOf       func(v visit) []float64
	noRatio           bool // see row.NoRatio
	target            func(l benchLink, brotli float64) target
}

func one(f func(v visit) float64) func(v visit) []float64 {
	return func(v visit) []float64 { return []float64{f(v)} }
}

// both reads a figure from the two first visits of a run.
func both(f func(m pageMarks) float64) func(v visit) []float64 {
	return func(v visit) []float64 { return []float64{f(v.Code), f(v.Text)} }
}

// traffic reads a count of the host's from the two first visits of a run.
func traffic(f func(tr pathTraffic) float64) func(v visit) []float64 {
	return func(v visit) []float64 { return []float64{f(v.CodeTraffic[wasmPath]), f(v.TextTraffic[wasmPath])} }
}

// startup is the time from app.wasm's last byte to the wasm's render on
// screen: compiling, running and the first render.
func startup(m pageMarks) float64 {
	if m.WasmFetched < 0 || m.Ready < 0 {
		return -1
	}
	return m.Ready - m.WasmFetched
}

// running is the time from the module's instantiation (compiled) to the
// wasm's render on screen: Go's start-up, the page's and the first render.
func running(m pageMarks) float64 {
	if m.Compiled < 0 || m.Ready < 0 {
		return -1
	}
	return m.Ready - m.Compiled
}

// allBytes is every byte the host sent on a first visit.
func allBytes(tr map[string]pathTraffic) float64 {
	var n int64
	for _, p := range tr {
		n += p.Bytes
	}
	return float64(n)
}

func always(tg target) func(benchLink, float64) target {
	return func(benchLink, float64) target { return tg }
}

func shapedOnly(tg target) func(benchLink, float64) target {
	return func(l benchLink, _ float64) target {
		if !l.shaped() {
			return target{}
		}
		return tg
	}
}

// firstVisitBudget bounds the bytes of a first visit: what the host sent
// before the page could read screenshots (issue 18; the bench of
// 2026-12-06 18:10 UTC, commit befefeb), which was to add nothing to it.
const firstVisitBudget = 1.931e6

var (
	floorReady = both(func(m pageMarks) float64 { return m.Ready })
	floorFCP   = both(func(m pageMarks) float64 { return m.FCP })
)

var visitFigures = []visitFigure{
	{name: "first contentful paint, code link", floor: "first contentful paint", unit: "ms",
		of: one(func(v visit) float64 { return v.Code.FCP }), floorOf: floorFCP, target: shapedOnly(target{Max: 500})},
	{name: "answer on screen, code link", floor: "interactive", unit: "ms",
		of: one(func(v visit) float64 { return v.Code.Answer }), floorOf: floorReady,
		target: shapedOnly(target{Max: 500, MaxRatio: 1.0 / 3})},
	{name: "first contentful paint, text link", floor: "first contentful paint", unit: "ms",
		of: one(func(v visit) float64 { return v.Text.FCP }), floorOf: floorFCP, target: shapedOnly(target{Max: 500})},
	{name: "answer on screen, text link", floor: "interactive", unit: "ms",
		of: one(func(v visit) float64 { return v.Text.Answer }), floorOf: floorReady,
		target: shapedOnly(target{MaxRatio: 1.15})},
	{name: "interactive (wasm rendered), code link", floor: "interactive", unit: "ms",
		of: one(func(v visit) float64 { return v.Code.Ready }), floorOf: floorReady, target: always(target{})},
	{name: "interactive (wasm rendered), text link", floor: "interactive", unit: "ms",
		of: one(func(v visit) float64 { return v.Text.Ready }), floorOf: floorReady, target: always(target{})},
	{name: "layout shift until interactive (CLS score)", floor: "layout shift", unit: "",
		of: both(func(m pageMarks) float64 { return m.Shift }), target: always(target{}), noRatio: true},
	{name: "app.wasm requested (the page's own fetch)", floor: "app.wasm requested", unit: "ms",
		of: both(func(m pageMarks) float64 { return m.WasmStart }), target: always(target{})},
	{name: "app.wasm in (the page's own fetch)", floor: "app.wasm in", unit: "ms",
		of: both(func(m pageMarks) float64 { return m.WasmFetched }), target: always(target{})},
	{name: "start-up: app.wasm in to interactive", floor: "start-up", unit: "ms",
		of: both(startup), target: always(target{})},
	{name: "of which running: instantiated to interactive", floor: "running", unit: "ms",
		of: both(running), target: always(target{})},
	{name: "app.wasm requests, first visit (page and worker)", floor: "app.wasm requests", unit: "",
		of: traffic(func(tr pathTraffic) float64 { return float64(tr.Requests) }), target: always(target{Max: 1})},
	{name: "app.wasm bytes, first visit (page and worker)", floor: "app.wasm bytes", unit: "B",
		of: traffic(func(tr pathTraffic) float64 { return float64(tr.Bytes) }),
		target: func(_ benchLink, brotli float64) target {
			return target{Max: brotli, Label: fmt.Sprintf("one .br, %s", formatValue(brotli, "B"))}
		}},
	{name: "all bytes sent, first visit", floor: "all bytes sent", unit: "B",
		of:     func(v visit) []float64 { return []float64{allBytes(v.CodeTraffic), allBytes(v.TextTraffic)} },
		target: always(target{Max: firstVisitBudget})},
	{name: "warm deep link answer (text link, second tab, worker)", floor: "interactive, warm", unit: "ms",
		of: one(func(v visit) float64 { return v.Warm.Answer }), floorOf: one(func(v visit) float64 { return v.Warm.Ready }),
		target: shapedOnly(target{MaxRatio: 1.3})},
	{name: "bytes sent, warm (what the worker did not serve)", floor: "bytes sent, warm", unit: "B",
		of: one(func(v visit) float64 { return allBytes(v.WarmTraffic) }), target: always(target{})},
	{name: "start-up, warm: app.wasm in to interactive", floor: "start-up, warm", unit: "ms",
		of: one(func(v visit) float64 { return startup(v.Warm) }), target: always(target{})},
	{name: "first contentful paint, warm", floor: "first contentful paint, warm", unit: "ms",
		of: one(func(v visit) float64 { return v.Warm.FCP }), target: always(target{})},
	{name: "keystroke to answer in DOM", floor: "keystroke to echo in DOM", unit: "ms",
		of: func(v visit) []float64 { return v.KeyDOM }, target: always(target{MaxOver: 3})},
	{name: "keystroke to next frame", floor: "keystroke to next frame", unit: "ms",
		of: func(v visit) []float64 { return v.KeyFrame }, target: always(target{})},
	{name: "64 KiB paste to answer in DOM", floor: "64 KiB paste to echo in DOM", unit: "ms",
		of: one(func(v visit) float64 { return v.Paste }), target: always(target{})},
	{name: "64 KiB paste to next frame", floor: "64 KiB paste to next frame", unit: "ms",
		of: one(func(v visit) float64 { return v.PasteFrame }), target: always(target{})},
	{name: "wasm memory after 64 KiB paste", floor: "wasm memory after 64 KiB paste", unit: "B",
		of: one(func(v visit) float64 { return v.Memory }), target: always(target{MaxRatio: 1.2})},
}

// visitTable turns the runs of both sites on one network into rows;
// brotli is the size of the page's app.wasm.br.
func visitTable(l benchLink, brotli float64, page, floor []visit) table {
	samples := func(vs []visit, of func(visit) []float64) []float64 {
		out := []float64{}
		for _, v := range vs {
			out = append(out, of(v)...)
		}
		return out
	}
	tb := table{Title: l.name + " (ms since navigation start; first visits in a fresh browser each)"}
	for _, f := range visitFigures {
		floorOf := f.floorOf
		if floorOf == nil {
			floorOf = f.of
		}
		tb.Rows = append(tb.Rows, row{Figure: f.name, Unit: f.unit, Target: f.target(l, brotli),
			Samples: samples(page, f.of), FloorName: f.floor, FloorSamps: samples(floor, floorOf), NoRatio: f.noRatio})
	}
	return tb
}
