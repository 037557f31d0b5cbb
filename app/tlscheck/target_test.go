package tlscheck

import (
	"strings"
	"testing"
)

func TestParseTarget(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Target
		err  string // a piece of the error; "" for none
	}{
		{"mail.contoso.com", Target{"mail.contoso.com", 443}, ""},
		{"  Mail.Contoso.COM.  ", Target{"mail.contoso.com", 443}, ""},
		{"mail.contoso.com:8443", Target{"mail.contoso.com", 8443}, ""},
		{"https://mail.contoso.com/rpc/rpcproxy.dll", Target{"mail.contoso.com", 443}, ""},
		{"HTTPS://mail.contoso.com:444?x#y", Target{"mail.contoso.com", 444}, ""},
		{"exch01", Target{"exch01", 443}, ""},
		{"exch_01.corp", Target{"exch_01.corp", 443}, ""},
		{"192.0.2.10", Target{"192.0.2.10", 443}, ""},
		{"192.0.2.10:4443", Target{"192.0.2.10", 4443}, ""},
		{"[2001:db8::1]:443", Target{"2001:db8::1", 443}, ""},
		{"[2001:DB8::1]", Target{"2001:db8::1", 443}, ""},
		{"2001:db8::1", Target{"2001:db8::1", 443}, ""},
		{"", Target{}, "no server given"},
		{"http://mail.contoso.com", Target{}, "only https://"},
		{"user@mail.contoso.com", Target{}, "user name"},
		{"mail.contoso.com:", Target{}, "port after the colon is missing"},
		{"mail.contoso.com:0", Target{}, "from 1 to 65535"},
		{"mail.contoso.com:65536", Target{}, "from 1 to 65535"},
		{"mail.contoso.com:+443", Target{}, "from 1 to 65535"},
		{"mail.contoso.com:https", Target{}, "from 1 to 65535"},
		{"[2001:db8::1", Target{}, "not closed"},
		{"[mail.contoso.com]:443", Target{}, "not an IPv6 address"},
		{"[2001:db8::1]443", Target{}, "not :PORT"},
		{"2001:db8::1:443:x", Target{}, "too many colons"},
		{"mail..contoso.com", Target{}, "empty label"},
		{".contoso.com", Target{}, "empty label"},
		{"mail.contoso.com/rpc", Target{}, `'/' is not allowed`},
		{"mail contoso", Target{}, `' ' is not allowed`},
		{"mäil.contoso.com", Target{}, `'ä' is not allowed`},
		{strings.Repeat("a", 64) + ".com", Target{}, "longer than 63"},
		{strings.Repeat("a.", 127) + "com", Target{}, "longer than 253"},
	} {
		got, err := ParseTarget(tc.in)
		switch {
		case tc.err == "" && err != nil:
			t.Errorf("ParseTarget(%q): %v", tc.in, err)
		case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
			t.Errorf("ParseTarget(%q) = %+v, %v; want an error with %q", tc.in, got, err, tc.err)
		case tc.err == "" && got != tc.want:
			t.Errorf("ParseTarget(%q) = %+v, want %+v", tc.in, got, tc.want)
		case tc.err != "" && !strings.Contains(err.Error(), strings.TrimSpace(tc.in)):
			t.Errorf("ParseTarget(%q): the error %q does not quote the input", tc.in, err)
		}
	}
}

// FuzzParseTarget checks that whatever is typed, a target that parses
// has a host and a port in range, and its address reads back as itself.
func FuzzParseTarget(f *testing.F) {
	for _, s := range []string{"mail.contoso.com", "mail.contoso.com:8443", "[::1]:443", "::1", "192.0.2.1:1",
		"https://mail.contoso.com/rpc/rpcproxy.dll", "[fe80::1%eth0]:443", "a:b:c", "[]:", "x:99999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := ParseTarget(s)
		if err != nil {
			if err.Error() == "" {
				t.Fatalf("ParseTarget(%q): an empty error", s)
			}
			return
		}
		if got.Host == "" || got.Port < 1 || got.Port > 65535 || strings.ContainsAny(got.Host, " /@[]") {
			t.Fatalf("ParseTarget(%q) = %+v", s, got)
		}
		again, err := ParseTarget(got.Addr())
		if err != nil || again != got {
			t.Fatalf("ParseTarget(%q) = %+v, whose address %q reads as %+v, %v", s, got, got.Addr(), again, err)
		}
	})
}
