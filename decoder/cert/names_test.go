package cert

import (
	"crypto/x509"
	"testing"

	"proxycert/messages"
)

func TestMatchHost(t *testing.T) {
	for _, tc := range []struct {
		pattern, host string
		ok            bool
		nearMiss      string
	}{
		{"mail.contoso.com", "mail.contoso.com", true, ""},
		{"MAIL.Contoso.COM.", "mail.contoso.com", true, ""},
		{"mail.contoso.com", "owa.contoso.com", false, ""},
		{"*.contoso.com", "mail.contoso.com", true, ""},
		{"*.contoso.com", "xn--bcher-kva.contoso.com", true, ""},
		{"*.contoso.com", "a.b.contoso.com", false, messages.CertNameWildcardDepth},
		{"*.contoso.com", "contoso.com", false, messages.CertNameWildcardApex},
		{"*.contoso.com", "mail.contoso.com.evil.example", false, ""},
		{"*.contoso.com", "mailcontoso.com", false, ""},
		{"f*.contoso.com", "foo.contoso.com", false, messages.CertNameWildcardPartial},
		{"*oo.contoso.com", "foo.contoso.com", false, messages.CertNameWildcardPartial},
		{"mail.*.com", "mail.contoso.com", false, messages.CertNameWildcardPartial},
		{"f*.contoso.com", "bar.contoso.com", false, ""},
		{"*.com", "contoso.com", false, messages.CertNameWildcardTooWide},
		{"*.local", "srv.local", false, messages.CertNameWildcardTooWide},
		{"*.co.jp", "contoso.co.jp", false, messages.CertNameWildcardTooWide},
		{"*.contoso.co.jp", "mail.contoso.co.jp", true, ""},
		{"*", "localhost", false, ""},
		{"", "mail.contoso.com", false, ""},
	} {
		ok, why := matchHost(tc.pattern, tc.host)
		if ok != tc.ok || why != tc.nearMiss {
			t.Errorf("matchHost(%q, %q) = %v, %q; want %v, %q", tc.pattern, tc.host, ok, why, tc.ok, tc.nearMiss)
		}
	}
}

func TestNormalizeHost(t *testing.T) {
	for in, want := range map[string]string{
		"mail.contoso.com":                             "mail.contoso.com",
		"  Mail.Contoso.com.  ":                        "mail.contoso.com",
		"https://mail.contoso.com/rpc/rpcproxy.dll":    "mail.contoso.com",
		"mail.contoso.com:443":                         "mail.contoso.com",
		"https://user@mail.contoso.com:8443/owa?x=1#y": "mail.contoso.com",
		"[2001:db8::1]:443":                            "2001:db8::1",
		"2001:db8::1":                                  "2001:db8::1",
		"":                                             "",
	} {
		if got := normalizeHost(in); got != want {
			t.Errorf("normalizeHost(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPrincipal covers the msstd check: Outlook compares the name as
// text, old Windows with the common name only.
func TestPrincipal(t *testing.T) {
	p := newPKI(t)
	for _, tc := range []struct {
		name    string
		leaf    spec
		msstd   string
		verdict Verdict
		id      string
		command bool
	}{
		{"equals the CN", mailSAN, "msstd:mail.contoso.com", NotExplained, messages.CertMsstdCN, false},
		{"prefix in capitals, name in another case", mailSAN, "MSSTD:Mail.Contoso.com", NotExplained, messages.CertMsstdCN, false},
		{"bare name", mailSAN, "mail.contoso.com", NotExplained, messages.CertMsstdCN, false},
		{"a SAN only", mailSAN, "msstd:autodiscover.contoso.com", CannotTell, messages.CertMsstdSANOnly, false},
		{"host under a wildcard", spec{cn: "*.contoso.com", dns: []string{"*.contoso.com"}}, "msstd:mail.contoso.com",
			Explained, messages.CertMsstdWildcard, true},
		{"the wildcard itself", spec{cn: "*.contoso.com", dns: []string{"*.contoso.com"}}, "msstd:*.contoso.com",
			NotExplained, messages.CertMsstdCN, false},
		{"no name matches", mailSAN, "msstd:srv.company.local", Explained, messages.CertMsstdNoMatch, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := Check([]*x509.Certificate{p.leaf(t, tc.leaf).cert}, Options{Server: "mail.contoso.com", Msstd: tc.msstd, At: testNow})
			if r.Principal == nil {
				t.Fatal("no principal finding")
			}
			f := *r.Principal
			if f.Verdict != tc.verdict || !hasID(f.Evidence, tc.id) {
				t.Errorf("verdict %s %v, want %s with %s", f.Verdict, ids(f.Evidence), tc.verdict, tc.id)
			}
			if got := f.Evidence[0].Command != ""; got != tc.command {
				t.Errorf("command %q given: %v, want %v", f.Evidence[0].Command, got, tc.command)
			}
			checkTexts(t, r)
		})
	}
	if r := Check([]*x509.Certificate{p.leaf(t, mailSAN).cert}, Options{At: testNow}); r.Principal != nil {
		t.Errorf("principal checked without a name: %+v", r.Principal)
	}
}
