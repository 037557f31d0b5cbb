package tlscheck

import (
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"

	"proxycert/messages"
)

// maxFetch is the most a revocation list, an OCSP answer or an issuer
// certificate may be: a large public CA's CRL runs to a few megabytes.
const maxFetch = 32 << 20

// client returns the HTTP client of one check's fetches, through the
// proxy that --proxy or HTTP_PROXY names (Windows fetches these through
// the WinHTTP proxy; see docs/check.md).
func (c *Checker) client() *http.Client {
	return &http.Client{Transport: &http.Transport{
		Proxy: func(r *http.Request) (*url.URL, error) {
			return c.proxyFor(r.URL.Scheme, hostPort(r.URL))
		},
		DialContext: c.dial,
	}}
}

// hostPort is the URL's host with the scheme's port when it names none.
func hostPort(u *url.URL) string {
	if u.Port() != "" {
		return u.Host
	}
	port := "80"
	if u.Scheme == "https" {
		port = "443"
	}
	return net.JoinHostPort(u.Hostname(), port)
}

// fetch asks addr (a POST of body when body is not nil) and returns the
// answer's body, or why there is none (see why).
func (c *Checker) fetch(ctx context.Context, client *http.Client, addr string, body []byte, contentType string) ([]byte, string) {
	method, rd := http.MethodGet, io.Reader(nil)
	if body != nil {
		method, rd = http.MethodPost, bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, addr, rd)
	if err != nil {
		return nil, messages.Clip(err.Error(), maxWhy)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, why(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, "HTTP " + resp.Status
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxFetch+1))
	switch {
	case err != nil:
		return nil, why(err)
	case len(data) > maxFetch:
		return nil, "@" + messages.CertNetWhyTooLarge
	}
	return data, ""
}

// isHTTP reports whether a certificate's address is one proxycert
// fetches: http, or https. Windows also reads ldap addresses from the
// directory; those are reported as not asked.
func isHTTP(addr string) bool {
	scheme, _, ok := strings.Cut(addr, "://")
	return ok && (strings.EqualFold(scheme, "http") || strings.EqualFold(scheme, "https"))
}
