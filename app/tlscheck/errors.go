package tlscheck

import (
	"context"
	"errors"
	"net"
	"strings"
	"syscall"

	"proxycert/messages"
)

// The reasons no certificate could be read, as ConnError.ID.
const (
	errNoHost    = messages.CertNetErrNoHost
	errRefused   = messages.CertNetErrRefused
	errTimeout   = messages.CertNetErrTimeout
	errNotTLS    = messages.CertNetErrNotTLS
	errHandshake = messages.CertNetErrHandshake
	errNoCert    = messages.CertNetErrNoCert
	errProxy     = messages.CertNetErrProxy
	errOther     = messages.CertNetErrOther
)

// ConnError says why no certificate could be read from the server, and
// which server (and proxy) it was.
type ConnError struct {
	ID     string // a messages.CertNetErr* id
	Server string // host:port
	Proxy  string // the proxy's address, password left out; "" when direct
	Limit  string // the timeout, for CertNetErrTimeout
	Detail string // why: a messages.CertNetWhy* id after "@", or Go's own words
	err    error  // the error behind it, when there is one
}

// Unwrap returns the error behind e.
func (e *ConnError) Unwrap() error { return e.err }

// Error returns the message in English, for logs and Go callers.
func (e *ConnError) Error() string { return e.Text(messages.For("en")) }

// Text returns the message in the catalog's language.
func (e *ConnError) Text(c *messages.Catalog) string {
	return messages.Fill(c.Cert[e.ID], "server", e.Server, "urls", e.Proxy, "limit", e.Limit, "piece", whyText(c, e.Detail))
}

// whyText puts a reason in the catalog's language when it is a catalog
// reference.
func whyText(c *messages.Catalog, why string) string {
	if id, ok := strings.CutPrefix(why, "@"); ok {
		if t, ok := c.Cert[id]; ok {
			return t
		}
	}
	return why
}

// maxWhy is how much of Go's own words a reason quotes.
const maxWhy = 120

// why names the reason a connection or a fetch failed: a catalog
// reference for the common ones, so that they read in the user's
// language, else Go's own words, shortened.
func why(err error) string {
	var refusal *proxyRefusal
	var op *net.OpError
	switch {
	case errors.As(err, &op) && op.Op == "proxyconnect":
		return "@" + messages.CertNetWhyProxy
	case isTimeout(err):
		return "@" + messages.CertNetWhyTimeout
	case isNotFound(err):
		return "@" + messages.CertNetWhyNoHost
	case errors.Is(err, syscall.ECONNREFUSED):
		return "@" + messages.CertNetWhyRefused
	case errors.As(err, &refusal):
		return refusal.Error()
	case errors.Is(err, context.Canceled):
		return "@" + messages.CertNetWhyTimeout
	}
	if errors.As(err, &op) && op.Err != nil {
		err = op.Err
	}
	return messages.Clip(err.Error(), maxWhy)
}
