package cli

import (
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"net"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"proxycert/decoder/cert/certtest"
	"proxycert/messages"
)

// TestCheckUnreadable covers the servers no certificate can be read from:
// each exits 3 with a message that names the server and what failed, in
// the chosen language. The timeouts are short, and nothing asserts how
// long a run took.
func TestCheckUnreadable(t *testing.T) {
	en, ja := messages.For("en"), messages.For("ja")
	for _, tc := range []struct {
		name string
		args func(t *testing.T) []string
		lang string
		want string   // the catalog text (its first words) that must be on stderr
		also []string // more that must be on stderr
	}{
		{"a port that is not TLS", func(t *testing.T) []string {
			return []string{strings.TrimPrefix(serveHTTP(t, http.NotFoundHandler()), "http://")}
		}, "en", messages.CertNetErrNotTLS, []string{`"HTTP/"`}},
		{"a TLS server that agrees on nothing", func(t *testing.T) []string {
			p, _ := testPKI(t)
			leaf := p.Server(t, time.Time{}, "mail.contoso.com")
			// An ECDSA certificate, but only RSA suites: no suite fits.
			return []string{serveTLS(t, "127.0.0.1", leaf.Key, []*x509.Certificate{leaf.Cert}, &tls.Config{MaxVersion: tls.VersionTLS12,
				CipherSuites: []uint16{tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256}})}
		}, "en", messages.CertNetErrHandshake, []string{"handshake failure"}},
		{"a port that never answers: the timeout holds", func(t *testing.T) []string {
			return []string{"--timeout", "300ms", silent(t)}
		}, "en", messages.CertNetErrTimeout, []string{"300ms"}},
		{"a refused port", func(t *testing.T) []string {
			return []string{refusedAddr(t)}
		}, "en", messages.CertNetErrRefused, nil},
		{"an unknown name, in Japanese", func(t *testing.T) []string {
			return []string{"--lang", "ja", "mail.contoso.invalid"}
		}, "ja", messages.CertNetErrNoHost, []string{"mail.contoso.invalid:443"}},
		{"a proxy that refuses the tunnel", func(t *testing.T) []string {
			proxy := newConnectProxy(t, nil)
			return []string{"--proxy", proxy.URL, "mail.contoso.test"}
		}, "en", messages.CertNetErrProxy, []string{"403 Forbidden", "mail.contoso.test:443"}},
		{"a proxy that is not there", func(t *testing.T) []string {
			return []string{"--proxy", "http://" + refusedAddr(t), "mail.contoso.test"}
		}, "en", messages.CertNetErrProxy, []string{en.Cert[messages.CertNetWhyRefused]}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			args := append([]string{"check", "--timeout", "5s"}, tc.args(t)...)
			code, out, errOut := runCLI(args, nil, checkEnv())
			if code != statusFailed || out != "" {
				t.Fatalf("exit %d, stdout %q; want %d and nothing\nstderr:\n%s", code, out, statusFailed, errOut)
			}
			cat := en
			if tc.lang == "ja" {
				cat = ja
			}
			first, _, _ := strings.Cut(cat.Cert[tc.want], "{")
			for _, s := range append([]string{first}, tc.also...) {
				if !strings.Contains(errOut, strings.TrimSpace(s)) {
					t.Errorf("stderr lacks %q:\n%s", s, errOut)
				}
			}
			if !strings.HasPrefix(errOut, "proxycert check: ") {
				t.Errorf("stderr does not name the command:\n%s", errOut)
			}
		})
	}
}

// TestCheckRoutes reads the same chain over IPv6 loopback and through a
// CONNECT proxy on loopback, named by --proxy or by HTTPS_PROXY, and
// directly when NO_PROXY names the server.
func TestCheckRoutes(t *testing.T) {
	p, roots := testPKI(t)
	ca := revocableCA(t, p)
	leaf := p.Issue(t, leafTemplate("mail.contoso.com"), certtest.ECKey(t), &ca)
	chain := []*x509.Certificate{leaf.Cert, ca.Cert}
	v4 := serveTLS(t, "127.0.0.1", leaf.Key, chain, nil)
	_, port, _ := net.SplitHostPort(v4)
	// The proxy knows mail.contoso.test, a name this machine cannot
	// resolve: the connection works only through the proxy.
	named := net.JoinHostPort("mail.contoso.test", port)
	proxy := newConnectProxy(t, map[string]string{named: v4})
	for _, tc := range []struct {
		name      string
		args      func(t *testing.T) []string
		env       map[string]string
		viaProxy  bool
		wantAsked bool
	}{
		{"IPv6 loopback", func(t *testing.T) []string {
			return []string{"[" + "::1" + "]:" + portOf(serveTLS(t, "::1", leaf.Key, chain, nil))}
		}, checkEnv(), false, false},
		{"a CONNECT proxy named by --proxy", func(t *testing.T) []string {
			return []string{"--proxy", proxy.URL, named}
		}, checkEnv(), true, true},
		{"a CONNECT proxy named by HTTPS_PROXY", func(t *testing.T) []string {
			return []string{named}
		}, checkEnv("HTTPS_PROXY", proxy.URL, "NO_PROXY", "localhost,.contoso.example"), true, true},
		{"NO_PROXY names the server: direct, the proxy unused", func(t *testing.T) []string {
			return []string{v4}
		}, checkEnv("https_proxy", "http://"+refusedAddr(t), "no_proxy", "127.0.0.0/8"), false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := len(proxy.targets())
			args := append([]string{"check", "--json", "--roots", roots, "--timeout", "5s", "--name", "mail.contoso.com"}, tc.args(t)...)
			code, out, errOut := runCLI(args, nil, tc.env)
			if code != statusOK {
				t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errOut)
			}
			var j checkJSON
			if err := json.Unmarshal([]byte(out), &j); err != nil {
				t.Fatal(err)
			}
			if j.Hex != "0x00000000" || j.Connection.Sent != 2 || j.Connection.Name != "mail.contoso.com" {
				t.Errorf("code %s, %d certificates, name %q", j.Hex, j.Connection.Sent, j.Connection.Name)
			}
			if got := j.Connection.Proxy != ""; got != tc.viaProxy {
				t.Errorf("proxy %q, want one: %v", j.Connection.Proxy, tc.viaProxy)
			}
			asked := proxy.targets()[before:]
			if tc.wantAsked && !slices.Contains(asked, named) || !tc.wantAsked && len(asked) > 0 {
				t.Errorf("the proxy was asked for %v", asked)
			}
		})
	}
}

func portOf(addr string) string {
	_, port, _ := net.SplitHostPort(addr)
	return port
}
