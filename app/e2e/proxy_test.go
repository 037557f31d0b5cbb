package e2e

import (
	"net"
	"net/http"
	"sync"
	"testing"
)

// refusingProxy is the browser's proxy for every non-loopback address. It
// records what it is asked for and refuses it, so the tests can prove that
// nothing, not even Chromium itself, reaches another origin.
type refusingProxy struct {
	url string
	mu  sync.Mutex
	got []string
}

func newRefusingProxy(t *testing.T) *refusingProxy {
	p := &refusingProxy{}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p.mu.Lock()
		p.got = append(p.got, r.Method+" "+r.Host+r.URL.Path)
		p.mu.Unlock()
		http.Error(w, "proxycert tests allow no other origin", http.StatusForbidden)
	})}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	p.url = "http://" + ln.Addr().String()
	return p
}

func (p *refusingProxy) requests() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.got...)
}
