// Package tlscheck reads the certificate chain a server presents, from the
// network the command line runs on, and learns there what Windows would
// learn when Outlook connects: whether the chain reaches a trusted root,
// what the revocation servers answer, and how the handshake goes. Package
// decoder/cert judges what it finds (cert.Observe).
//
// It is the command line's alone (`proxycert check`): the page, compiled to
// WebAssembly, cannot open connections and must not link this package or
// its networking.
package tlscheck

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"net"
	"net/url"
	"time"

	"proxycert/decoder/cert"
)

// DefaultTimeout bounds the connection, and then the fetches of missing
// issuers and revocation answers together, when Checker.Timeout is zero.
const DefaultTimeout = 10 * time.Second

// Checker holds what a check is made against.
type Checker struct {
	// Timeout bounds the connection (proxy, TCP, TLS), and then all the
	// fetches together; zero means DefaultTimeout.
	Timeout time.Duration
	// Roots are the trusted roots; nil means the system's: on Windows
	// and macOS Go asks the operating system's verifier, on Windows its
	// chain engine and certificate stores, the ones Outlook uses.
	Roots []*x509.Certificate
	// Store names Roots in evidence, e.g. "--roots roots.pem".
	Store string
	// Proxy is the HTTP proxy for every connection; nil means the one
	// HTTPS_PROXY (for the server) or HTTP_PROXY (for fetches) names
	// through Getenv, unless NO_PROXY exempts the host.
	Proxy  *url.URL
	Getenv func(string) string
	// At is the time trust is judged at; zero means now.
	At time.Time
}

// Result is what one check found.
type Result struct {
	Target   Target
	Name     string              // the name sent as SNI and checked; "" for an IP address without --name
	Address  string              // the address the connection reached: the server's, or the proxy's
	Proxy    *url.URL            // nil when connected directly
	Certs    []*x509.Certificate // as the server sent them, leaf first
	Observed cert.Observed
}

// Check connects to t, reads the chain the server presents for name (the
// name Outlook connects to; "" for t.Host), and gathers what cert.Observe
// needs. The error is a *ConnError when no certificate could be read.
func (c *Checker) Check(ctx context.Context, t Target, name string) (Result, error) {
	timeout := c.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	c2 := *c
	c2.Timeout = timeout
	if name == "" {
		name = t.Host
	}
	sni := name
	if net.ParseIP(sni) != nil {
		sni = "" // TLS sends no IP address as a server name
	}
	hctx, cancel := context.WithTimeout(ctx, timeout)
	cn, err := c2.handshake(hctx, t, sni, 0)
	cancel()
	if err != nil {
		return Result{}, err
	}
	r := Result{Target: t, Name: name, Address: cn.address, Proxy: cn.proxy, Certs: cn.certs}
	o := cert.Observed{Server: t.Addr(), Version: tls.VersionName(cn.version), Cipher: tls.CipherSuiteName(cn.cipher),
		OldTLS: cn.version < tls.VersionTLS12}

	fctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	client := c2.client()
	defer client.CloseIdleConnections()
	tls13Only := make(chan bool, 1)
	go func() {
		// Windows 10 has no TLS 1.3: would a TLS 1.2 client get in?
		refused := false
		if cn.version == tls.VersionTLS13 {
			_, err := c2.handshake(fctx, t, sni, tls.VersionTLS12)
			refused = refusedByServer(err)
		}
		tls13Only <- refused
	}()
	var path []*x509.Certificate
	var root bool
	o.Trust, path, root = c2.trust(fctx, client, c2.rootPool(), cn.certs)
	o.Revocation = c2.revocation(fctx, client, path, root)
	o.TLS13Only = <-tls13Only
	r.Observed = o
	return r, nil
}

// refusedByServer reports whether a handshake failed on the server's
// alert, rather than on the network.
func refusedByServer(err error) bool {
	var ce *ConnError
	var op *net.OpError
	return errors.As(err, &ce) && errors.As(ce.err, &op) && op.Op == "remote error"
}
