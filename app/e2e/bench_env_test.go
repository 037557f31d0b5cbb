package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"proxycert/app/site"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/chromedp"
)

// The bench's surroundings: the wasm files measured, the machine it ran
// on, and the files it writes.

// sizeTable compares app.wasm with the floor's: raw, gzip and brotli.
func sizeTable(t *testing.T, page, floor *benchSite) table {
	t.Helper()
	p, f := wasmSizes(t, page.dir), wasmSizes(t, floor.dir)
	size := func(name string, i int, tg target) row {
		return row{Figure: name, Unit: "B", Target: tg, Samples: []float64{p[i]}, FloorName: name, FloorSamps: []float64{f[i]}}
	}
	return table{Title: "app.wasm bytes", Rows: []row{
		size("raw", 0, target{}),
		size("gzip", 1, target{}),
		size("brotli", 2, target{Max: 1.5e6, MaxRatio: 1.05}),
	}}
}

// wasmSizes returns the raw, gzip and brotli sizes of a site's app.wasm:
// those of the files served, the build's precompressed copies included.
func wasmSizes(t *testing.T, dir string) [3]float64 {
	t.Helper()
	var sizes [3]float64
	for i, ext := range []string{"", ".gz", ".br"} {
		info, err := os.Stat(filepath.Join(dir, "web", "app.wasm"+ext))
		if err != nil {
			t.Fatalf("%v: the site is served without it (proxycert generate writes it)", err)
		}
		sizes[i] = float64(info.Size())
	}
	return sizes
}

// precompressFloor gives the floor's app.wasm the gzip and brotli copies
// proxycert generate gives the page's: same code, same quality
// ($PROXYCERT_BROTLI as ./build.sh build passes it, else the default), with
// a cache of its own so that an unchanged floor is not compressed again.
func precompressFloor(t *testing.T, dir string) {
	t.Helper()
	quality := site.DefaultBrotli
	if q := os.Getenv("PROXYCERT_BROTLI"); q != "" {
		var err error
		if quality, err = strconv.Atoi(q); err != nil {
			t.Fatalf("PROXYCERT_BROTLI=%q: want a quality from 0 to 11", q)
		}
	}
	wasm := filepath.Join(dir, "web", "app.wasm")
	if err := site.PrecompressCached(wasm, quality, filepath.Join("..", "..", ".cache", "precompress-floor")); err != nil {
		t.Fatal(err)
	}
}

// machine describes where the figures come from: CPU, Go, Chromium.
func machine(t *testing.T, proxy string) string {
	t.Helper()
	cpu := "unknown CPU"
	if info, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for line := range strings.SplitSeq(string(info), "\n") {
			if name, ok := strings.CutPrefix(line, "model name"); ok {
				cpu = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(name), ":"))
				break
			}
		}
	}
	ctx, stop := newBrowser(t, proxy)
	defer stop()
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting Chromium: %v", err)
	}
	v, err := chromedp.CallBrowser(ctx, browser.GetVersion, cdp.Empty{})
	if err != nil {
		t.Fatalf("starting Chromium: %v", err)
	}
	return fmt.Sprintf("%s, %d CPUs, %s/%s, %s, %s", cpu, runtime.NumCPU(), runtime.GOOS, runtime.GOARCH,
		runtime.Version(), v.Product)
}

// loadAverage is the 1, 5 and 15 minute load of the machine: the figures
// of a busy machine are not those of a quiet one.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	return strings.Join(strings.Fields(string(b))[:3], " ")
}

// writeBenchFiles writes the table and the figures (every sample) into
// ../out/bench, so README figures can be regenerated from them.
func writeBenchFiles(t *testing.T, text []byte, about map[string]any, tables []table) {
	t.Helper()
	dir := filepath.Join("..", "..", "out", "bench")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	type tableJSON struct {
		Title string    `json:"title"`
		Rows  []rowJSON `json:"rows"`
	}
	var ts []tableJSON
	for _, tb := range tables {
		j := tableJSON{Title: tb.Title}
		for _, r := range tb.Rows {
			j.Rows = append(j.Rows, r.json())
		}
		ts = append(ts, j)
	}
	about["tables"] = ts
	data, err := json.MarshalIndent(about, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	for name, b := range map[string][]byte{"bench.json": append(data, '\n'), "bench.txt": text} {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("figures written to %s", filepath.Join(dir, "bench.json"))
}
