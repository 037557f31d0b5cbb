package e2e

import (
	"encoding/json"
	"io"
	"math"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"testing"
	"time"

	"proxycert/decoder"
	"proxycert/messages"
)

// Unit tests of the bench's helpers; the bench itself is TestBench.

func TestSummarize(t *testing.T) {
	nan := math.NaN()
	tests := []struct {
		name    string
		samples []float64
		want    stat
	}{
		{"odd", []float64{30, 10, 20}, stat{N: 3, Median: 20, Min: 10, Max: 30}},
		{"even", []float64{4, 1, 3, 2}, stat{N: 4, Median: 2.5, Min: 1, Max: 4}},
		{"one", []float64{7}, stat{N: 1, Median: 7, Min: 7, Max: 7}},
		{"missing left out", []float64{nan, 5, -1, 9}, stat{N: 2, Median: 7, Min: 5, Max: 9}},
	}
	for _, tt := range tests {
		if got := summarize(tt.samples); got != tt.want {
			t.Errorf("%s: summarize(%v) = %+v, want %+v", tt.name, tt.samples, got, tt.want)
		}
	}
	if got := summarize(nil); got.N != 0 || !math.IsNaN(got.Median) || !math.IsNaN(got.Min) || !math.IsNaN(got.Max) {
		t.Errorf("summarize(nil) = %+v, want N 0 and NaN figures", got)
	}
	// The caller's order is kept: the samples go to bench.json as measured.
	in := []float64{3, 1, 2}
	summarize(in)
	if in[0] != 3 || in[1] != 1 {
		t.Errorf("summarize reordered its input: %v", in)
	}
}

func TestRatio(t *testing.T) {
	if got := ratio(3, 2); got != 1.5 {
		t.Errorf("ratio(3, 2) = %v", got)
	}
	for _, c := range [][2]float64{{1, 0}, {math.NaN(), 1}, {1, math.NaN()}} {
		if got := ratio(c[0], c[1]); !math.IsNaN(got) {
			t.Errorf("ratio(%v, %v) = %v, want NaN", c[0], c[1], got)
		}
	}
}

func TestTargetVerdict(t *testing.T) {
	nan := math.NaN()
	tests := []struct {
		tg            target
		median, floor float64
		want          string
	}{
		{target{}, 50, 50, ""},
		{target{Max: 100}, 100, nan, "pass"},
		{target{Max: 100}, 101, nan, "miss"},
		{target{MaxRatio: 1.15}, 1150, 1000, "pass"},
		{target{MaxRatio: 1.15}, 1160, 1000, "miss"},
		{target{MaxRatio: 1.15}, 1000, nan, "n/a"},
		{target{Max: 2000, MaxRatio: 1.15}, 2100, 2100, "miss"},
		{target{Max: 2000, MaxRatio: 1.15}, 1900, 1500, "miss"},
		{target{Max: 2000, MaxRatio: 1.15}, 1900, 1800, "pass"},
		{target{Max: 500, MaxRatio: 1.0 / 3}, 400, 1500, "pass"},
		{target{Max: 500, MaxRatio: 1.0 / 3}, 400, 1000, "miss"},
		{target{MaxOver: 3}, 17, 14, "pass"},
		{target{MaxOver: 3}, 17.5, 14, "miss"},
		{target{MaxOver: 3}, 17, nan, "n/a"},
		{target{Max: 16}, nan, nan, "n/a"},
	}
	for _, tt := range tests {
		if got := tt.tg.verdict(tt.median, tt.floor); got != tt.want {
			t.Errorf("%+v.verdict(%v, %v) = %q, want %q", tt.tg, tt.median, tt.floor, got, tt.want)
		}
	}
}

func TestTargetDescribe(t *testing.T) {
	tests := []struct {
		tg   target
		unit string
		want string
	}{
		{target{Max: 500, MaxRatio: 1.0 / 3}, "ms", "≤ 0.333× floor, ≤ 500 ms"},
		{target{MaxRatio: 1.15}, "ms", "≤ 1.15× floor"},
		{target{MaxOver: 3}, "ms", "≤ floor + 3 ms"},
		{target{Max: 1}, "", "≤ 1"},
		{target{Max: 1.5e6}, "B", "≤ 1.5 MB"},
		{target{Max: 1827435, Label: "one .br, 1.827 MB"}, "B", "one .br, 1.827 MB"},
	}
	for _, tt := range tests {
		if got := tt.tg.describe(tt.unit); got != tt.want {
			t.Errorf("%+v.describe(%q) = %q, want %q", tt.tg, tt.unit, got, tt.want)
		}
	}
}

func TestFormatValue(t *testing.T) {
	tests := []struct {
		x    float64
		unit string
		want string
	}{
		{1619533, "B", "1.620 MB"},
		{4.256, "ms", "4.26 ms"},
		{12.34, "ms", "12.3 ms"},
		{1234.5, "ms", "1234 ms"}, // %.0f rounds half to even
		{2, "", "2"},
		{1.5, "", "1.500"},
		{0.0000788, "", "0.000"},
		{math.NaN(), "ms", "-"},
	}
	for _, tt := range tests {
		if got := formatValue(tt.x, tt.unit); got != tt.want {
			t.Errorf("formatValue(%v, %q) = %q, want %q", tt.x, tt.unit, got, tt.want)
		}
	}
}

func TestTableWrite(t *testing.T) {
	tb := table{Title: "loopback", Rows: []row{
		{Figure: "answer, cold", Unit: "ms", Target: target{MaxRatio: 1.15}, Samples: []float64{500, 400, 450},
			FloorName: "interactive", FloorSamps: []float64{400, 420, 380}},
		{Figure: "first paint", Unit: "ms", Target: target{Max: 100}, Samples: []float64{80, 120}},
		{Figure: "app.wasm fetched", Unit: "ms", Samples: []float64{9.5}, FloorSamps: []float64{}},
	}}
	var b strings.Builder
	if err := tb.write(&b); err != nil {
		t.Fatal(err)
	}
	want := "loopback\n" +
		"figure            target         median   min      max      floor   ratio  verdict\n" +
		"answer, cold      ≤ 1.15× floor  450 ms   400 ms   500 ms   400 ms  1.12×  pass\n" +
		"first paint       ≤ 100 ms       100 ms   80.0 ms  120 ms                  pass\n" +
		"app.wasm fetched                 9.50 ms  9.50 ms  9.50 ms  -       -\n"
	if got := b.String(); got != want {
		t.Errorf("table:\n%s\nwant:\n%s", got, want)
	}
}

func TestTableNoRatio(t *testing.T) {
	tb := table{Title: "scores", Rows: []row{{Figure: "layout shift", Samples: []float64{0.00008},
		FloorName: "layout shift", FloorSamps: []float64{0.00002}, NoRatio: true}}}
	var b strings.Builder
	if err := tb.write(&b); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), "×") {
		t.Errorf("a row without a ratio shows one:\n%s", b.String())
	}
}

func TestRowJSON(t *testing.T) {
	r := row{Figure: "memory", Unit: "B", Target: target{MaxRatio: 1.2},
		Samples: []float64{30e6, 20e6}, FloorName: "memory", FloorSamps: []float64{10e6}}
	b, err := json.Marshal(r.json())
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	for key, want := range map[string]any{
		"figure": "memory", "target": "≤ 1.2× floor", "median": 25e6, "min": 20e6, "max": 30e6,
		"n": 2.0, "floorMedian": 10e6, "ratio": 2.5, "verdict": "miss",
	} {
		if got[key] != want {
			t.Errorf("%s = %v, want %v (in %s)", key, got[key], want, b)
		}
	}
	// A figure the browser never reported stays valid JSON.
	empty := row{Figure: "first paint", Unit: "ms", Samples: []float64{-1}}
	if _, err := json.Marshal(empty.json()); err != nil {
		t.Errorf("a row without samples: %v", err)
	}
}

func TestTicketPaste(t *testing.T) {
	dialog := messages.Dialogs["en"][0].Fill(1, "mail.contoso.com", "0x00000040")
	p := ticketPaste(decoder.MaxInput, dialog)
	if len(p) != decoder.MaxInput || !strings.HasSuffix(p, dialog) {
		t.Fatalf("paste is %d bytes (want %d) and ends with the dialog: %v", len(p), decoder.MaxInput, strings.HasSuffix(p, dialog))
	}
	r := decoder.Parse(p)
	if !r.HasCode || r.Code != 0x40 || r.Server != "mail.contoso.com" {
		t.Errorf("the page would read the paste as code %#x, server %q", r.Code, r.Server)
	}
}

func TestCachedCount(t *testing.T) {
	worker := []byte("const cacheName = \"app-1\";\nconst resourcesToCache = [\"/web/app.wasm\",\"/app.js\",\"/\"];\n")
	if got := cachedCount(worker); got != 3 {
		t.Errorf("cachedCount = %d, want 3", got)
	}
	if got := cachedCount([]byte("self.addEventListener(\"fetch\", f);")); got != 0 {
		t.Errorf("cachedCount of a worker without a list = %d, want 0", got)
	}
}

func TestWireReserve(t *testing.T) {
	w := &wire{rate: 1000, burst: 20 * time.Millisecond} // bytes per second
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	steps := []struct {
		at   time.Duration
		n    int
		want time.Duration
	}{
		{0, 100, 80 * time.Millisecond},                      // the first reservation finds a full burst
		{0, 100, 180 * time.Millisecond},                     // queued behind it
		{50 * time.Millisecond, 50, 230 * time.Millisecond},  // still behind
		{240 * time.Millisecond, 10, 240 * time.Millisecond}, // 10 ms late: sent at once
		{time.Second, 100, 1080 * time.Millisecond},          // a long idle banks one burst only
	}
	for i, s := range steps {
		if got := w.reserve(t0.Add(s.at), s.n).Sub(t0); got != s.want {
			t.Errorf("step %d: %d bytes at %v cross at %v, want %v", i, s.n, s.at, got, s.want)
		}
	}
	if got := newWire(10e6 / 8).burst; got != 13107200*time.Nanosecond {
		t.Errorf("a 10 Mbit/s link banks %v, want one slice's time, 13.1 ms", got)
	}
}

func TestBenchHostCount(t *testing.T) {
	body := strings.Repeat("x", 3*wireSlice+5)
	h := newBenchHost(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == wasmPath {
			w.Header().Set("Content-Encoding", "br")
		}
		io.WriteString(w, body)
	}))
	srv := httptest.NewServer(h)
	defer srv.Close()
	for _, p := range []string{wasmPath, wasmPath, "/"} {
		res, err := http.Get(srv.URL + p)
		if err != nil {
			t.Fatal(err)
		}
		if b, _ := io.ReadAll(res.Body); string(b) != body {
			t.Errorf("%s: the body came through changed (%d bytes)", p, len(b))
		}
		res.Body.Close()
	}
	got := h.take()
	want := map[string]pathTraffic{
		wasmPath: {Requests: 2, Bytes: 2 * int64(len(body)), Encodings: map[string]int{"br": 2}},
		"/":      {Requests: 1, Bytes: int64(len(body)), Encodings: map[string]int{"identity": 1}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("count %+v, want %+v", got, want)
	}
	if got := h.take(); len(got) != 0 {
		t.Errorf("a second take %+v, want an empty count", got)
	}
}
