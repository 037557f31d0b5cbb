package tlscheck

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/hex"
	"errors"
	"net"
	"net/url"
	"strings"
	"syscall"
	"time"
)

// conn is what the handshake showed.
type conn struct {
	address string // the address the TCP connection reached: the server's, or the proxy's
	proxy   *url.URL
	certs   []*x509.Certificate // as the server sent them, leaf first
	version uint16
	cipher  uint16
}

// handshake connects to t, through a proxy when one applies, and reads
// the certificates the server sends for name (the SNI; "" sends none, as
// for an IP address). No trust decision is made during the handshake:
// the chain is read even when it is invalid, and judged afterwards as
// Windows judges it. maxVersion caps the TLS version (0: Go's newest).
func (c *Checker) handshake(ctx context.Context, t Target, name string, maxVersion uint16) (conn, error) {
	proxy, err := c.proxyFor("https", t.Addr())
	if err != nil {
		return conn{}, &ConnError{ID: errOther, Server: t.Addr(), Detail: err.Error()}
	}
	out := conn{proxy: proxy}
	addr := t.Addr()
	if proxy != nil {
		addr = proxyAddr(proxy)
	}
	raw, err := c.dial(ctx, "tcp", addr)
	if err != nil {
		return out, connError(t, proxy, c.Timeout, err)
	}
	defer raw.Close()
	out.address = raw.RemoteAddr().String()
	nc := raw
	if proxy != nil {
		if nc, err = tunnel(ctx, raw, proxy, t.Addr()); err != nil {
			return out, &ConnError{ID: errProxy, Server: t.Addr(), Proxy: proxy.Redacted(), Detail: why(err), err: err}
		}
	}
	tc := tls.Client(nc, &tls.Config{
		ServerName: name,
		// The chain is judged after the handshake, against the roots the
		// user chose, with every flag Windows reports; refusing it here
		// would leave nothing to judge.
		InsecureSkipVerify: true,
		// Old servers still send their certificate to an old client: the
		// certificate is what is read here, and the protocol is judged
		// apart (Observed.OldTLS).
		MinVersion:   tls.VersionTLS10,
		MaxVersion:   maxVersion,
		CipherSuites: allSuites(),
	})
	if err := tc.HandshakeContext(ctx); err != nil {
		return out, handshakeError(t, proxy, c.Timeout, err)
	}
	st := tc.ConnectionState()
	tc.Close()
	if len(st.PeerCertificates) == 0 {
		return out, &ConnError{ID: errNoCert, Server: t.Addr()}
	}
	out.certs, out.version, out.cipher = st.PeerCertificates, st.Version, st.CipherSuite
	return out, nil
}

// allSuites lists every cipher suite Go implements, the ones it no longer
// offers by default included: a server that only speaks RSA key exchange
// or CBC still has a certificate to read.
func allSuites() []uint16 {
	var ids []uint16
	for _, s := range append(tls.CipherSuites(), tls.InsecureCipherSuites()...) {
		ids = append(ids, s.ID)
	}
	return ids
}

// dial connects to addr. A name under .invalid fails at once, without
// asking DNS: RFC 6761 reserves it to be a name that never resolves.
func (c *Checker) dial(ctx context.Context, network, addr string) (net.Conn, error) {
	host, _, _ := net.SplitHostPort(addr)
	if h := strings.TrimSuffix(strings.ToLower(host), "."); h == "invalid" || strings.HasSuffix(h, ".invalid") {
		return nil, &net.OpError{Op: "dial", Net: network, Err: &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}}
	}
	var d net.Dialer
	return d.DialContext(ctx, network, addr)
}

// proxyAddr is the proxy's host:port; an HTTP proxy without a port
// listens on 80.
func proxyAddr(u *url.URL) string {
	if u.Port() != "" {
		return u.Host
	}
	return net.JoinHostPort(u.Hostname(), "80")
}

// connError says why the TCP connection failed: to the server, or to
// the proxy that was to reach it.
func connError(t Target, proxy *url.URL, timeout time.Duration, err error) *ConnError {
	e := &ConnError{Server: t.Addr(), Limit: timeout.String(), Detail: why(err), err: err}
	switch {
	case proxy != nil:
		e.ID, e.Proxy = errProxy, proxy.Redacted()
	case isTimeout(err):
		e.ID = errTimeout
	case isNotFound(err):
		e.ID = errNoHost
	case errors.Is(err, syscall.ECONNREFUSED):
		e.ID = errRefused
	default:
		e.ID = errOther
	}
	return e
}

// handshakeError says why the TLS handshake failed: no answer, an answer
// that is not TLS, or a TLS server that would not agree.
func handshakeError(t Target, proxy *url.URL, timeout time.Duration, err error) *ConnError {
	e := &ConnError{Server: t.Addr(), Limit: timeout.String(), Detail: why(err), err: err}
	if proxy != nil {
		e.Proxy = proxy.Redacted()
	}
	var rh tls.RecordHeaderError
	switch {
	case isTimeout(err):
		e.ID = errTimeout
	case errors.As(err, &rh):
		e.ID, e.Detail = errNotTLS, quoteBytes(rh.RecordHeader[:])
	default:
		e.ID = errHandshake
	}
	return e
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.Is(err, context.DeadlineExceeded) || errors.As(err, &ne) && ne.Timeout()
}

func isNotFound(err error) bool {
	var de *net.DNSError
	return errors.As(err, &de) && de.IsNotFound
}

// quoteBytes shows the first bytes of an answer that is not TLS, as
// text when they are ("HTTP/", "SSH-2"), else in hex.
func quoteBytes(b []byte) string {
	for _, c := range b {
		if c < 0x20 || c > 0x7e {
			return strings.ToUpper(hex.EncodeToString(b))
		}
	}
	return `"` + string(b) + `"`
}
