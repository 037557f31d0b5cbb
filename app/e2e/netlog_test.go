package e2e

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/chromedp"
)

// netLog is Chromium's own network log (--log-net-log) of one browser: every
// request of every target, pages, service workers and the browser itself.
// The tabs' watchers only see their page, and the refusing proxy never sees
// loopback, so this log is what proves that nothing contacted another origin
// during a whole run. Chromium writes it as it goes, one event per line, so
// a log cut short by a killed browser still reads.
type netLog struct {
	path     string
	mu       sync.Mutex
	own      []string // origins the tests serve, e.g. "http://127.0.0.1:41234"
	expected []string // URLs probes request on purpose
}

// newNetLog returns the log of a browser about to start, and makes the test
// fail, once the browser has quit, if the log names any origin but own's.
// Call it before starting the browser, so that this check runs after the
// browser's cleanup.
func newNetLog(t *testing.T, own ...string) *netLog {
	t.Helper()
	// nowhere is where the flags send Chromium's own background calls: a
	// closed loopback port, so asking it leaks nothing.
	n := &netLog{path: filepath.Join(t.TempDir(), "netlog.json"), own: append(own, strings.TrimSuffix(nowhere, "/"))}
	t.Cleanup(func() {
		foreign, err := n.foreign()
		if err != nil {
			t.Errorf("reading Chromium's network log: %v", err)
		}
		for _, u := range foreign {
			t.Errorf("Chromium's network log: request to another origin: %s", u)
		}
	})
	return n
}

// flag is the Chromium command-line option that writes the log.
func (n *netLog) flag() chromedp.ExecAllocatorOption { return chromedp.Flag("log-net-log", n.path) }

// serve adds an origin the tests serve (a second site server, say).
func (n *netLog) serve(origin string) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.own = append(n.own, origin)
}

// expect tells the final check that a probe requests u on purpose.
func (n *netLog) expect(u string) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.expected = append(n.expected, u)
}

// foreign returns the URLs in the log outside the served origins, apart
// from expected ones, each once.
func (n *netLog) foreign() ([]string, error) {
	urls, err := n.urls()
	n.mu.Lock()
	defer n.mu.Unlock()
	var out []string
	for _, u := range urls {
		if !n.ownURL(u) && !slices.Contains(n.expected, u) && !slices.Contains(out, u) {
			out = append(out, u)
		}
	}
	return out, err
}

// ownURL reports whether u stays inside the browser or on a served origin.
// It does not parse u: Chromium logs addresses Go's url.Parse refuses,
// such as a fragment with a stray "%".
func (n *netLog) ownURL(u string) bool {
	scheme, rest, ok := strings.Cut(u, ":")
	switch {
	case !ok:
		return false
	case slices.Contains([]string{"data", "blob", "about", "chrome", "devtools"}, strings.ToLower(scheme)):
		return true
	case !strings.HasPrefix(rest, "//"):
		return false
	}
	host, _, _ := strings.Cut(rest[2:], "/")
	host, _, _ = strings.Cut(host, "?")
	host, _, _ = strings.Cut(host, "#")
	return slices.Contains(n.own, strings.ToLower(scheme)+"://"+host)
}

// urls returns the URL of every request the log holds so far.
func (n *netLog) urls() ([]string, error) {
	f, err := os.Open(n.path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, errors.New("Chromium wrote no network log at " + n.path)
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20) // the first line holds every constant
	var out []string
	for sc.Scan() {
		line := bytes.TrimSuffix(bytes.TrimSpace(sc.Bytes()), []byte(","))
		if bytes.HasPrefix(line, []byte(`{"constants"`)) || !bytes.Contains(line, []byte(`"url":`)) {
			continue
		}
		var ev struct {
			Params struct {
				URL string `json:"url"`
			} `json:"params"`
		}
		if json.Unmarshal(line, &ev) == nil && ev.Params.URL != "" {
			out = append(out, ev.Params.URL)
		}
	}
	return out, sc.Err()
}

// TestNetLogForeign reads a log shaped like Chromium's, cut short as a
// killed browser leaves it, without a browser.
func TestNetLogForeign(t *testing.T) {
	const site = "http://127.0.0.1:41234"
	n := &netLog{path: filepath.Join(t.TempDir(), "netlog.json"), own: []string{site, strings.TrimSuffix(nowhere, "/")}}
	log := strings.Join([]string{
		`{"constants":{"logEventTypes":{"REQUEST_ALIVE":2}},`,
		`"events": [`,
		`{"params":{"url":"` + site + `/web/app.wasm"},"phase":1,"source":{"id":1},"type":2},`,
		`{"params":{"url":"` + site + `/#code=%zz"},"phase":1,"source":{"id":2},"type":2},`,
		`{"params":{"url":"` + nowhere + `ListAccounts?gpsia=1"},"phase":1,"source":{"id":3},"type":2},`,
		`{"params":{"url":"data:image/png;base64,AAAA"},"phase":1,"source":{"id":4},"type":2},`,
		`{"phase":2,"source":{"id":4},"type":2},`,
		`{"params":{"url":"http://127.0.0.1:41235/leak"},"phase":1,"source":{"id":5},"type":2},`,
		`{"params":{"url":"https://www.google.com/async/x"},"phase":1,"source":{"id":6},"type":2},`,
		`{"params":{"url":"https://www.google.com/async/x"},"phase":1,"source":{"id":7},"type":2},`,
		`{"params":{"url":"http://192.0.2.1/probe"},"phase":1,"source":{"id":8},"type":2},`,
		`{"params":{"url":"` + site + `/cut sh`,
	}, "\n")
	if err := os.WriteFile(n.path, []byte(log), 0o644); err != nil {
		t.Fatal(err)
	}
	n.expect("http://192.0.2.1/probe")
	got, err := n.foreign()
	want := []string{"http://127.0.0.1:41235/leak", "https://www.google.com/async/x"}
	if err != nil || !slices.Equal(got, want) {
		t.Errorf("foreign() = %q, %v; want %q", got, err, want)
	}
	n.serve("http://127.0.0.1:41235")
	if got, _ := n.foreign(); len(got) != 1 {
		t.Errorf("after serve, foreign() = %q; want only the outside address", got)
	}
}
