package tlscheck

import (
	"bufio"
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// ParseProxy reads a proxy address as --proxy and HTTPS_PROXY give it:
// http://host:port, with or without user:password@, or host:port alone.
// Only HTTP proxies are accepted: WinHTTP reaches servers through an HTTP
// proxy with CONNECT, and that is the path to reproduce.
func ParseProxy(s string) (*url.URL, error) {
	s = strings.TrimSpace(s)
	if !strings.Contains(s, "://") {
		s = "http://" + s
	}
	u, err := url.Parse(s)
	if err != nil {
		var uerr *url.Error
		if errors.As(err, &uerr) {
			err = uerr.Err
		}
		return nil, fmt.Errorf("not a proxy address: %v", err)
	}
	if !strings.EqualFold(u.Scheme, "http") {
		return nil, fmt.Errorf("%s:// proxies are not supported; give the HTTP proxy as http://host:port, as netsh winhttp show proxy names it", u.Scheme)
	}
	if u.Hostname() == "" {
		return nil, errors.New("the address names no host, as in http://proxy.contoso.com:8080")
	}
	u.Scheme, u.Path, u.RawQuery, u.Fragment = "http", "", "", ""
	return u, nil
}

// proxyFor returns the proxy for a request to host:port by scheme
// ("https" for the server, the address's own for revocation fetches), or
// nil to connect directly: --proxy for everything, else HTTPS_PROXY or
// HTTP_PROXY by scheme, unless NO_PROXY names the host. Lower-case names
// are read too, as curl and Go read them.
func (c *Checker) proxyFor(scheme, hostport string) (*url.URL, error) {
	if c.Proxy != nil {
		return c.Proxy, nil
	}
	if c.Getenv == nil {
		return nil, nil
	}
	name := "HTTP_PROXY"
	if scheme == "https" {
		name = "HTTPS_PROXY"
	}
	value := c.env(name)
	if value == "" || bypass(c.env("NO_PROXY"), hostport) {
		return nil, nil
	}
	u, err := ParseProxy(value)
	if err != nil {
		return nil, fmt.Errorf("%s %q: %v", name, value, err)
	}
	return u, nil
}

func (c *Checker) env(name string) string {
	if v := c.Getenv(name); v != "" {
		return v
	}
	return c.Getenv(strings.ToLower(name))
}

// bypass reports whether NO_PROXY names hostport: "*" for every host, a
// domain for itself and the names under it (with or without a leading
// dot or "*."), an IP address, a CIDR block, each optionally with a port.
func bypass(noProxy, hostport string) bool {
	host, port, err := net.SplitHostPort(hostport)
	if err != nil {
		host = hostport
	}
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	ip := net.ParseIP(host)
	for _, entry := range strings.Split(noProxy, ",") {
		entry = strings.ToLower(strings.TrimSpace(entry))
		if entry == "*" {
			return true
		}
		if h, p, err := net.SplitHostPort(entry); err == nil {
			if p != port {
				continue
			}
			entry = h
		}
		entry = strings.TrimPrefix(entry, "*")
		switch {
		case entry == "" || entry == ".":
		case strings.Contains(entry, "/"):
			if _, block, err := net.ParseCIDR(entry); err == nil && ip != nil && block.Contains(ip) {
				return true
			}
		case net.ParseIP(entry) != nil:
			if ip != nil && ip.Equal(net.ParseIP(entry)) {
				return true
			}
		default:
			domain := strings.TrimPrefix(strings.TrimSuffix(entry, "."), ".")
			if host == domain || strings.HasSuffix(host, "."+domain) {
				return true
			}
		}
	}
	return false
}

// tunnel asks the proxy on conn to open a connection to target with
// CONNECT, as WinHTTP does for an https address through a proxy. The
// proxy resolves the name, so a name only the proxy's network knows still
// works, as it does for Outlook.
func tunnel(ctx context.Context, conn net.Conn, proxy *url.URL, target string) (net.Conn, error) {
	if deadline, ok := ctx.Deadline(); ok {
		conn.SetDeadline(deadline)
		defer conn.SetDeadline(time.Time{})
	}
	req := &http.Request{Method: http.MethodConnect, URL: &url.URL{Opaque: target}, Host: target, Header: http.Header{}}
	if u := proxy.User; u != nil {
		pass, _ := u.Password()
		req.Header.Set("Proxy-Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte(u.Username()+":"+pass)))
	}
	if err := req.Write(conn); err != nil {
		return nil, err
	}
	br := bufio.NewReader(conn)
	resp, err := http.ReadResponse(br, req)
	if err != nil {
		return nil, err
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, &proxyRefusal{status: resp.Status}
	}
	if br.Buffered() > 0 {
		return &bufferedConn{Conn: conn, r: br}, nil
	}
	return conn, nil
}

// proxyRefusal is a proxy's answer other than 200 to CONNECT.
type proxyRefusal struct{ status string }

func (e *proxyRefusal) Error() string { return "HTTP " + e.status }

// bufferedConn reads what the proxy sent after its answer before the rest
// of the connection.
type bufferedConn struct {
	net.Conn
	r *bufio.Reader
}

func (c *bufferedConn) Read(p []byte) (int, error) { return c.r.Read(p) }
