package cli

import (
	"fmt"
	"io"
	"net/http"
	"sync"
)

// accessLog writes one line per request served by next to w: method,
// path, status, bytes sent and their encoding, as a static host's access
// log shows them. `serve --log` uses it to show what a browser fetched,
// its service worker included (one app.wasm on a first visit, and
// compressed).
func accessLog(w io.Writer, next http.Handler) http.Handler {
	var mu sync.Mutex
	return http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		lw := &loggedWriter{ResponseWriter: rw, status: http.StatusOK}
		next.ServeHTTP(lw, r)
		enc := lw.Header().Get("Content-Encoding")
		if enc == "" {
			enc = "identity"
		}
		mu.Lock()
		defer mu.Unlock()
		fmt.Fprintf(w, "%s %s %d %d %s\n", r.Method, r.URL.RequestURI(), lw.status, lw.bytes, enc)
	})
}

// loggedWriter counts what a handler writes.
type loggedWriter struct {
	http.ResponseWriter
	status int
	bytes  int64
}

func (w *loggedWriter) WriteHeader(status int) {
	w.status = status
	w.ResponseWriter.WriteHeader(status)
}

func (w *loggedWriter) Write(b []byte) (int, error) {
	n, err := w.ResponseWriter.Write(b)
	w.bytes += int64(n)
	return n, err
}
