package tlscheck

import (
	"strings"
	"testing"
)

func TestBypass(t *testing.T) {
	for _, tc := range []struct {
		noProxy, hostport string
		want              bool
	}{
		{"", "mail.contoso.com:443", false},
		{"*", "mail.contoso.com:443", true},
		{"contoso.com", "mail.contoso.com:443", true},
		{"contoso.com", "contoso.com:443", true},
		{".contoso.com", "mail.contoso.com:443", true},
		{".contoso.com", "contoso.com:443", true},
		{"*.contoso.com", "mail.contoso.com:443", true},
		{"contoso.com", "notcontoso.com:443", false},
		{" fabrikam.com , CONTOSO.COM ", "mail.contoso.com.:443", true},
		{"contoso.com:8443", "mail.contoso.com:443", false},
		{"contoso.com:443", "mail.contoso.com:443", true},
		{"192.0.2.10", "192.0.2.10:443", true},
		{"192.0.2.0/24", "192.0.2.10:443", true},
		{"192.0.2.0/24", "198.51.100.1:443", false},
		{"192.0.2.0/24", "mail.contoso.com:443", false},
		{"::1", "[::1]:443", true},
		{"localhost", "127.0.0.1:443", false}, // names are not resolved to compare
	} {
		if got := bypass(tc.noProxy, tc.hostport); got != tc.want {
			t.Errorf("bypass(%q, %q) = %v, want %v", tc.noProxy, tc.hostport, got, tc.want)
		}
	}
}

func TestProxyFor(t *testing.T) {
	env := map[string]string{"HTTPS_PROXY": "proxy.contoso.com:8080", "http_proxy": "http://user:secret@cache.contoso.com", "NO_PROXY": ".corp"}
	c := &Checker{Getenv: func(k string) string { return env[k] }}
	for _, tc := range []struct{ scheme, hostport, want string }{
		{"https", "mail.contoso.com:443", "http://proxy.contoso.com:8080"},
		{"http", "crl.contoso.com:80", "http://user:secret@cache.contoso.com"},
		{"https", "exch01.corp:443", ""},
	} {
		u, err := c.proxyFor(tc.scheme, tc.hostport)
		got := ""
		if u != nil {
			got = u.String()
		}
		if err != nil || got != tc.want {
			t.Errorf("proxyFor(%s, %s) = %q, %v; want %q", tc.scheme, tc.hostport, got, err, tc.want)
		}
	}
	env["HTTPS_PROXY"] = "socks5://127.0.0.1:1080"
	if _, err := c.proxyFor("https", "mail.contoso.com:443"); err == nil {
		t.Error("a SOCKS proxy in HTTPS_PROXY was taken")
	}
}

func TestParseProxy(t *testing.T) {
	for _, tc := range []struct{ in, want, err string }{
		{"http://proxy.contoso.com:8080", "http://proxy.contoso.com:8080", ""},
		{"proxy.contoso.com:3128", "http://proxy.contoso.com:3128", ""},
		{"HTTP://proxy.contoso.com/path?x", "http://proxy.contoso.com", ""},
		{"https://proxy.contoso.com", "", "https:// proxies are not supported"},
		{"http://", "", "names no host"},
		{"http://[::1", "", "not a proxy address"},
	} {
		u, err := ParseProxy(tc.in)
		switch {
		case tc.err != "":
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("ParseProxy(%q) = %v, %v; want an error with %q", tc.in, u, err, tc.err)
			}
		case err != nil || u.String() != tc.want:
			t.Errorf("ParseProxy(%q) = %v, %v; want %s", tc.in, u, err, tc.want)
		}
	}
	if u, _ := ParseProxy("http://user:secret@proxy:8080"); proxyAddr(u) != "proxy:8080" || u.Redacted() != "http://user:xxxxx@proxy:8080" {
		t.Errorf("%v", u)
	}
	if u, _ := ParseProxy("proxy"); proxyAddr(u) != "proxy:80" {
		t.Errorf("a proxy without a port: %s", proxyAddr(u))
	}
}
