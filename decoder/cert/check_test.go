package cert

import (
	"crypto/x509"
	"slices"
	"strings"
	"testing"

	"proxycert/messages"
)

// expect is a verdict on one flag and evidence ids it must include.
type expect struct {
	flag    uint32
	verdict Verdict
	ids     []string
}

type checkCase struct {
	name   string
	certs  func(t *testing.T, p pki) []*x509.Certificate
	server string
	want   []expect
}

// leafOnly builds a case's paste: one leaf from the test PKI.
func leafOnly(s spec) func(*testing.T, pki) []*x509.Certificate {
	return func(t *testing.T, p pki) []*x509.Certificate { return []*x509.Certificate{p.leaf(t, s).cert} }
}

// withChain builds a leaf followed by its intermediate and root.
func withChain(s spec) func(*testing.T, pki) []*x509.Certificate {
	return func(t *testing.T, p pki) []*x509.Certificate {
		return []*x509.Certificate{p.leaf(t, s).cert, p.inter.cert, p.root.cert}
	}
}

var mailSAN = spec{cn: "mail.contoso.com", dns: []string{"mail.contoso.com", "autodiscover.contoso.com"}}

func TestCheckNames(t *testing.T) {
	wild := spec{cn: "*.contoso.com", dns: []string{"*.contoso.com"}}
	cases := []checkCase{
		{"SAN matches", leafOnly(mailSAN), "mail.contoso.com",
			[]expect{{0x10, NotExplained, []string{messages.CertNameMatchSAN}}}},
		{"SAN matches a URL with port, case and trailing dot", leafOnly(mailSAN), "https://AutoDiscover.Contoso.com.:443/rpc/rpcproxy.dll",
			[]expect{{0x10, NotExplained, []string{messages.CertNameMatchSAN}}}},
		{"internal name against a public name", leafOnly(mailSAN), "srv.company.local",
			[]expect{{0x10, Explained, []string{messages.CertNameNoMatch, messages.CertNameInternal}}}},
		{"wildcard covers one label", leafOnly(wild), "mail.contoso.com",
			[]expect{{0x10, NotExplained, []string{messages.CertNameMatchSAN}}}},
		{"wildcard does not cover two labels", leafOnly(wild), "a.b.contoso.com",
			[]expect{{0x10, Explained, []string{messages.CertNameNoMatch, messages.CertNameWildcardDepth}}}},
		{"wildcard does not cover the bare domain", leafOnly(wild), "contoso.com",
			[]expect{{0x10, Explained, []string{messages.CertNameNoMatch, messages.CertNameWildcardApex}}}},
		{"wildcard of another domain", leafOnly(wild), "mail.fabrikam.com",
			[]expect{{0x10, Explained, []string{messages.CertNameNoMatch}}}},
		{"partial-label wildcard refused", leafOnly(spec{cn: "f*.contoso.com", dns: []string{"f*.contoso.com"}}), "foo.contoso.com",
			[]expect{{0x10, Explained, []string{messages.CertNameWildcardPartial}}}},
		{"wildcard under a two-label public suffix", leafOnly(spec{cn: "*.co.jp", dns: []string{"*.co.jp"}}), "contoso.co.jp",
			[]expect{{0x10, Explained, []string{messages.CertNameWildcardTooWide}}}},
		{"wildcard under a top-level domain", leafOnly(spec{cn: "*.com", dns: []string{"*.com"}}), "contoso.com",
			[]expect{{0x10, Explained, []string{messages.CertNameWildcardTooWide}}}},
		{"CN only, matching", leafOnly(spec{cn: "mail.contoso.com"}), "mail.contoso.com",
			[]expect{{0x10, NotExplained, []string{messages.CertNameMatchCN}}}},
		{"CN only, not matching", leafOnly(spec{cn: "exch01.contoso.local"}), "mail.contoso.com",
			[]expect{{0x10, Explained, []string{messages.CertNameNoMatchCN}}}},
		{"CN ignored beside SANs", leafOnly(spec{cn: "srv.company.local", dns: []string{"mail.contoso.com"}}), "srv.company.local",
			[]expect{{0x10, Explained, []string{messages.CertNameNoMatch, messages.CertNameCNIgnored}}}},
		{"no names at all", leafOnly(spec{}), "mail.contoso.com",
			[]expect{{0x10, Explained, []string{messages.CertNameNoNames}}}},
		{"IP SAN matches", leafOnly(spec{cn: "mail.contoso.com", ips: []string{"192.0.2.10"}}), "192.0.2.10",
			[]expect{{0x10, NotExplained, []string{messages.CertNameMatchIP}}}},
		{"IPv6 in brackets with port", leafOnly(spec{cn: "mail.contoso.com", ips: []string{"2001:db8::10"}}), "[2001:DB8::10]:443",
			[]expect{{0x10, NotExplained, []string{messages.CertNameMatchIP}}}},
		{"IP not listed", leafOnly(mailSAN), "192.0.2.10",
			[]expect{{0x10, Explained, []string{messages.CertNameIPNoMatch}}}},
		{"no server given", leafOnly(mailSAN), "",
			[]expect{{0x10, CannotTell, []string{messages.CertNoServer}}}},
	}
	runCheckCases(t, cases)
}

func TestCheckDatesUsageIssuer(t *testing.T) {
	day := func(n int) spec {
		s := mailSAN
		s.notBefore, s.notAfter = testNow.AddDate(0, 0, -400), testNow.AddDate(0, 0, n)
		return s
	}
	notYet := mailSAN
	notYet.notBefore = testNow.AddDate(0, 0, 3)
	eku := func(u ...x509.ExtKeyUsage) spec { s := mailSAN; s.eku = u; return s }
	noEKU := mailSAN
	noEKU.noEKU = true
	cases := []checkCase{
		{"valid", leafOnly(mailSAN), "mail.contoso.com",
			[]expect{{0x20, NotExplained, []string{messages.CertDateValid, messages.CertDateClock}}}},
		{"expired", leafOnly(day(-10)), "mail.contoso.com",
			[]expect{{0x20, Explained, []string{messages.CertDateExpired}}}},
		{"not yet valid", leafOnly(notYet), "mail.contoso.com",
			[]expect{{0x20, Explained, []string{messages.CertDateNotYet}}}},
		{"expired intermediate", func(t *testing.T, p pki) []*x509.Certificate {
			old := spec{cn: "Contoso Old Issuing CA", ca: true, notAfter: testNow.AddDate(0, 0, -1)}.make(t, &p.root)
			return []*x509.Certificate{mailSAN.make(t, &old).cert, old.cert}
		}, "mail.contoso.com", []expect{{0x20, Explained, []string{messages.CertDateExpired}}}},
		{"server authentication listed", leafOnly(mailSAN), "",
			[]expect{{0x40, NotExplained, []string{messages.CertUsageServerAuth}}}},
		{"no EKU extension", leafOnly(noEKU), "",
			[]expect{{0x40, NotExplained, []string{messages.CertUsageNoEKU}}}},
		{"any purpose", leafOnly(eku(x509.ExtKeyUsageAny)), "",
			[]expect{{0x40, NotExplained, []string{messages.CertUsageAny}}}},
		{"client authentication only", leafOnly(eku(x509.ExtKeyUsageClientAuth)), "",
			[]expect{{0x40, Explained, []string{messages.CertUsageMissing}}}},
		{"intermediate restricted to e-mail", func(t *testing.T, p pki) []*x509.Certificate {
			ca := spec{cn: "Contoso Mail CA", ca: true, eku: []x509.ExtKeyUsage{x509.ExtKeyUsageEmailProtection}}.make(t, &p.root)
			return []*x509.Certificate{mailSAN.make(t, &ca).cert, ca.cert}
		}, "", []expect{{0x40, Explained, []string{messages.CertUsageMissing}}}},
		{"self-signed", func(t *testing.T, _ pki) []*x509.Certificate {
			return []*x509.Certificate{mailSAN.make(t, nil).cert}
		}, "mail.contoso.com", []expect{{0x8, Explained, []string{messages.CertSelfSigned, messages.CertTrustCommand}}}},
		{"chain to a pasted root", withChain(mailSAN), "",
			[]expect{{0x8, CannotTell, []string{messages.CertRootPasted}}, {0x2, NotExplained, []string{messages.CertInvalidNone}}}},
		{"issuer not pasted", leafOnly(mailSAN), "",
			[]expect{{0x8, CannotTell, []string{messages.CertIssuerMissing, messages.CertTrustCommand}}}},
		{"issuer is no CA", func(t *testing.T, p pki) []*x509.Certificate {
			notCA := spec{cn: "Contoso Web Server", noBasic: true}.make(t, &p.inter)
			return []*x509.Certificate{mailSAN.make(t, &notCA).cert, notCA.cert}
		}, "", []expect{{0x2, Explained, []string{messages.CertNotCA}}}},
		{"pasted issuer with the same name did not sign", func(t *testing.T, p pki) []*x509.Certificate {
			renewed := spec{cn: "Contoso Test Issuing CA", ca: true}.make(t, &p.root)
			return []*x509.Certificate{p.leaf(t, mailSAN).cert, renewed.cert}
		}, "", []expect{{0x2, CannotTell, []string{messages.CertBadLink}}, {0x8, CannotTell, []string{messages.CertBadLink, messages.CertIssuerMissing}}}},
		// Key identifiers alike, keys not: only the RSA signature tells.
		{"RSA issuer with the same name and key identifier did not sign", func(t *testing.T, p pki) []*x509.Certificate {
			ca := spec{cn: "Contoso RSA CA", ca: true, key: rsaKey(t, 2048), skid: []byte{1, 2, 3, 4}}.make(t, &p.root)
			twin := spec{cn: "Contoso RSA CA", ca: true, key: rsaKey(t, 2048), skid: []byte{1, 2, 3, 4}}.make(t, &p.root)
			return []*x509.Certificate{mailSAN.make(t, &ca).cert, twin.cert}
		}, "", []expect{{0x2, CannotTell, []string{messages.CertBadLink}}, {0x8, CannotTell, []string{messages.CertIssuerMissing}}}},
		{"RSA chain verified", func(t *testing.T, p pki) []*x509.Certificate {
			ca := spec{cn: "Contoso RSA CA", ca: true, key: rsaKey(t, 2048)}.make(t, &p.root)
			return []*x509.Certificate{ca.cert, mailSAN.make(t, &ca).cert, p.root.cert}
		}, "", []expect{{0x2, NotExplained, []string{messages.CertInvalidNone}}, {0x8, CannotTell, []string{messages.CertRootPasted}}}},
	}
	runCheckCases(t, cases)
}

func TestCheckWeakAndRevocation(t *testing.T) {
	cases := []checkCase{
		{"RSA 1024 key", func(t *testing.T, p pki) []*x509.Certificate {
			s := mailSAN
			s.key = rsaKey(t, 1024)
			return []*x509.Certificate{p.leaf(t, s).cert}
		}, "", []expect{{0x80000000, CannotTell, []string{messages.CertChannelOffline, messages.CertKeyWeak}}, {0x2, NotExplained, nil}}},
		{"SHA-1 signature", func(t *testing.T, _ pki) []*x509.Certificate {
			ca := spec{cn: "Old SHA1 CA", ca: true, key: rsaKey(t, 2048)}.make(t, nil)
			s := mailSAN
			s.sigAlg = x509.SHA1WithRSA
			return []*x509.Certificate{s.make(t, &ca).cert, ca.cert}
		}, "", []expect{{0x2, NotExplained, []string{messages.CertWeakSigSHA1}}, {0x8, CannotTell, []string{messages.CertRootPasted}}}},
		{"key usage without digital signature", func(t *testing.T, p pki) []*x509.Certificate {
			s := mailSAN
			s.ku = x509.KeyUsageKeyEncipherment
			return []*x509.Certificate{p.leaf(t, s).cert}
		}, "", []expect{{0x80000000, CannotTell, []string{messages.CertKeyUsageBad}}}},
		{"CRL and OCSP listed", func(t *testing.T, p pki) []*x509.Certificate {
			s := mailSAN
			s.crl, s.ocsp = []string{"http://crl.contoso.com/issuing.crl"}, []string{"http://ocsp.contoso.com"}
			return []*x509.Certificate{p.leaf(t, s).cert}
		}, "", []expect{
			{0x1, CannotTell, []string{messages.CertRevOffline, messages.CertRevCRL, messages.CertRevOCSP, messages.CertRevCommand, messages.CertRevOutOffline}},
			{0x4, CannotTell, []string{messages.CertRevCRL, messages.CertRevCommand, messages.CertRevOutRevoked}}}},
		{"no revocation addresses", leafOnly(mailSAN), "",
			[]expect{{0x1, CannotTell, []string{messages.CertRevNone}}}},
	}
	runCheckCases(t, cases)
}

// TestCheckFixtures covers what Go cannot generate: an MD5 signature and an
// RSA key under 1024 bits (see testdata/make-fixtures.sh).
func TestCheckFixtures(t *testing.T) {
	for _, tc := range []struct{ file, id string }{
		{"md5-self-signed.pem", messages.CertWeakSigBroken},
		{"rsa512-self-signed.pem", messages.CertKeyTooSmall},
	} {
		t.Run(tc.file, func(t *testing.T) {
			certs, err := Read(fixture(t, tc.file))
			if err != nil {
				t.Fatal(err)
			}
			r := Check(certs, Options{At: certs[0].NotBefore.AddDate(0, 0, 1)})
			if f := finding(t, r, 0x2); f.Verdict != Explained || !hasID(f.Evidence, tc.id) {
				t.Errorf("0x2: %s %v, want explained with %s", f.Verdict, ids(f.Evidence), tc.id)
			}
		})
	}
}

func runCheckCases(t *testing.T, cases []checkCase) {
	p := newPKI(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := Check(tc.certs(t, p), Options{Server: tc.server, At: testNow})
			for _, w := range tc.want {
				f := finding(t, r, w.flag)
				if f.Verdict != w.verdict {
					t.Errorf("%#x: verdict %s, want %s (evidence %v)", w.flag, f.Verdict, w.verdict, ids(f.Evidence))
				}
				for _, id := range w.ids {
					if !hasID(f.Evidence, id) {
						t.Errorf("%#x: evidence %v lacks %s", w.flag, ids(f.Evidence), id)
					}
				}
			}
			// Revocation and the handshake can never be told offline.
			for _, v := range []uint32{0x1, 0x4, 0x80000000} {
				if f := finding(t, r, v); f.Verdict != CannotTell {
					t.Errorf("%#x: verdict %s, want cannot-tell", v, f.Verdict)
				}
			}
			checkTexts(t, r)
		})
	}
}

// checkTexts renders r in every language and fails on a missing text or
// an unfilled placeholder.
func checkTexts(t *testing.T, r Report) {
	t.Helper()
	for _, lang := range messages.Languages() {
		d := r.Describe(messages.For(lang))
		items := slices.Clone(d.Findings)
		if d.Principal != nil {
			items = append(items, *d.Principal)
		}
		for _, it := range items {
			for _, l := range append(slices.Clone(it.Evidence), d.Notes...) {
				if l.Text == "" || strings.Contains(l.Text, "{") || strings.Contains(l.Text, "@cert.") {
					t.Errorf("%s: %s: bad text %q", lang, l.ID, l.Text)
				}
			}
		}
	}
}
