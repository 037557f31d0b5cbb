package e2e

import (
	"maps"
	"net/http"
	"sync"
	"testing"
	"time"
)

// The bench shapes the network at the static host, not in the browser:
// Chromium's network emulation (DevTools) throttles a tab's own requests
// but not its service worker's, so a bench that used it let the worker
// download app.wasm for free beside the page (issue 13). Here every
// response, whoever asked for it, crosses one shared link.

// benchLink is a network the pages are measured on.
type benchLink struct {
	name string
	rate float64       // bytes per second of the one link all responses share; 0: loopback as it is
	rtt  time.Duration // what every request waits before its response starts
}

func (l benchLink) shaped() bool { return l.rate > 0 }

// benchLinks: loopback, and a branch office's link, 10 Mbit/s and 40 ms.
var benchLinks = []benchLink{
	{name: "loopback (unshaped)"},
	{name: "shaped at the host: 10 Mbit/s shared by all connections, 40 ms per request", rate: 10e6 / 8, rtt: 40 * time.Millisecond},
}

// wire is one link's byte clock: the time at which everything reserved on
// it so far has gone through. Every response body reserves its bytes on
// the one clock, a slice at a time, so concurrent responses share the rate
// as they would share a real link, and no response can go faster than it.
type wire struct {
	rate  float64       // bytes per second
	burst time.Duration // the most idle time the link banks
	mu    sync.Mutex
	free  time.Time
}

// wireSlice is the most a response sends in one turn: 16 KB take 13 ms at
// 10 Mbit/s, fine enough for the responses in flight to interleave.
const wireSlice = 16 << 10

func newWire(rate float64) *wire {
	return &wire{rate: rate, burst: time.Duration(wireSlice / rate * float64(time.Second))}
}

// send waits until n bytes, queued behind every byte reserved before them,
// have crossed the link.
func (w *wire) send(n int) { time.Sleep(time.Until(w.reserve(time.Now(), n))) }

// reserve queues n bytes at now and returns when they will have crossed.
// A link banks at most one slice's time while idle: a writer that wakes
// late (a timer's slack; on a busy machine, measured, 8% of the rate was
// lost without it) catches up, and a long idle time buys no burst.
func (w *wire) reserve(now time.Time, n int) time.Time {
	w.mu.Lock()
	defer w.mu.Unlock()
	if earliest := now.Add(-w.burst); w.free.Before(earliest) {
		w.free = earliest
	}
	w.free = w.free.Add(time.Duration(float64(n) / w.rate * float64(time.Second)))
	return w.free
}

// pathTraffic is what the host sent for one path: the bytes as they went
// on the wire (compressed, when the answer was), and the Content-Encoding
// of each answer ("identity" for none).
type pathTraffic struct {
	Requests  int            `json:"requests"`
	Bytes     int64          `json:"bytes"`
	Encodings map[string]int `json:"encodings"`
}

// benchHost wraps a site's static host: it shapes every response on the
// current link and counts, by path, what it sends.
type benchHost struct {
	h http.Handler

	mu      sync.Mutex
	link    benchLink
	wire    *wire // nil when unshaped
	traffic map[string]*pathTraffic
}

func newBenchHost(h http.Handler) *benchHost {
	return &benchHost{h: h, traffic: map[string]*pathTraffic{}}
}

// shape puts the host on link, with a link of its own, idle.
func (b *benchHost) shape(l benchLink) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.link, b.wire = l, nil
	if l.shaped() {
		b.wire = newWire(l.rate)
	}
}

// take returns the count since the last take and starts a new one.
func (b *benchHost) take() map[string]pathTraffic {
	b.mu.Lock()
	defer b.mu.Unlock()
	out := map[string]pathTraffic{}
	for p, tr := range b.traffic {
		out[p] = pathTraffic{tr.Requests, tr.Bytes, maps.Clone(tr.Encodings)}
	}
	b.traffic = map[string]*pathTraffic{}
	return out
}

// count adds to the count of path, under b.mu.
func (b *benchHost) count(path string, requests int, bytes int64, encoding string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	tr := b.traffic[path]
	if tr == nil {
		tr = &pathTraffic{Encodings: map[string]int{}}
		b.traffic[path] = tr
	}
	tr.Requests += requests
	tr.Bytes += bytes
	if encoding != "" {
		tr.Encodings[encoding]++
	}
}

func (b *benchHost) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	b.mu.Lock()
	l, link := b.link, b.wire
	b.mu.Unlock()
	b.count(r.URL.Path, 1, 0, "")
	// One round trip before the answer starts: the request's way there
	// and the first byte's way back.
	if l.rtt > 0 {
		select {
		case <-time.After(l.rtt):
		case <-r.Context().Done():
			return
		}
	}
	sw := &shapedWriter{ResponseWriter: w, host: b, path: r.URL.Path, wire: link}
	b.h.ServeHTTP(sw, r)
	encoding := w.Header().Get("Content-Encoding")
	if encoding == "" {
		encoding = "identity"
	}
	b.count(r.URL.Path, 0, 0, encoding)
}

// shapedWriter sends a response body over the wire, a slice at a time,
// each slice flushed to the connection once its time on the link is over.
type shapedWriter struct {
	http.ResponseWriter
	host *benchHost
	path string
	wire *wire
}

func (w *shapedWriter) Write(p []byte) (int, error) {
	written := 0
	for len(p) > 0 {
		n := min(len(p), wireSlice)
		if w.wire != nil {
			w.wire.send(n)
		}
		m, err := w.ResponseWriter.Write(p[:n])
		written += m
		w.host.count(w.path, 0, int64(m), "")
		if err != nil {
			return written, err
		}
		if f, ok := w.ResponseWriter.(http.Flusher); ok {
			f.Flush()
		}
		p = p[n:]
	}
	return written, nil
}

// Unwrap lets http.ResponseController reach the connection's writer.
func (w *shapedWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// wasmPath is where both sites serve app.wasm.
const wasmPath = "/web/app.wasm"

// selfCheck fails the bench when what it measured is not what its figures
// claim: app.wasm not sent as brotli (the bytes would not be those of the
// file the targets name), the page fetching app.wasm more than once on a
// first visit (counted at the host, worker included), or, on the shaped
// link, a floor interactive sooner than its brotli app.wasm can cross the
// link: the shaping would not apply to what the browser fetched.
func selfCheck(t *testing.T, l benchLink, page, floor *benchSite, visits map[*benchSite][]visit) {
	t.Helper()
	for _, s := range []*benchSite{page, floor} {
		for i, v := range visits[s] {
			for link, tr := range map[string]map[string]pathTraffic{"code link": v.CodeTraffic, "text link": v.TextTraffic} {
				w := tr[wasmPath]
				if w.Encodings["br"] != w.Requests {
					t.Errorf("%s, %s, run %d, %s: app.wasm sent as %v: not the brotli file", s.name, l.name, i+1, link, w.Encodings)
				}
				if s == page && w.Requests != 1 {
					t.Errorf("%s, %s, run %d, %s: app.wasm fetched %d times on a first visit, want 1", s.name, l.name, i+1, link, w.Requests)
				}
			}
		}
	}
	if !l.shaped() {
		return
	}
	least := wasmSizes(t, floor.dir)[2] / l.rate * 1000
	for i, v := range visits[floor] {
		for _, ready := range []float64{v.Code.ReadyDOM, v.Text.ReadyDOM} {
			if ready < least {
				t.Errorf("floor, %s, run %d: interactive at %.0f ms, before its brotli app.wasm can cross the link (%.0f ms): the shaping does not apply",
					l.name, i+1, ready, least)
			}
		}
	}
}
