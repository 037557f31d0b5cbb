package cert

import (
	"crypto/ed25519"
	"crypto/rand"
	"crypto/x509"
	"slices"
	"testing"

	"proxycert/messages"
)

// TestObserve judges what a connection showed, given by hand: trust,
// revocation answers and the handshake, each against the flag it sets.
func TestObserve(t *testing.T) {
	p := newPKI(t)
	leaf := p.leaf(t, mailSAN).cert
	chain := []*x509.Certificate{leaf, p.inter.cert}
	full := append(chain, p.root.cert)
	self := spec{cn: "mail.contoso.com", dns: []string{"mail.contoso.com"}}.make(t, nil).cert
	_, edKey, _ := ed25519.GenerateKey(rand.Reader)
	edLeaf := p.leaf(t, spec{cn: "mail.contoso.com", dns: []string{"mail.contoso.com"}, key: edKey}).cert
	trusted := Trust{Outcome: Trusted, Store: "--roots roots.pem", Path: full}
	good := func(c, issuer *x509.Certificate) Revocation {
		return Revocation{Cert: c, Issuer: issuer, Answers: []Answer{{URL: "http://crl.contoso.com/a.crl", Status: Good, At: testNow}}}
	}
	answered := []Revocation{good(leaf, p.inter.cert), good(p.inter.cert, p.root.cert)}
	for _, tc := range []struct {
		name  string
		certs []*x509.Certificate
		o     Observed
		want  []expect
		code  uint32 // Predicted
		open  uint32
	}{
		{"trusted, every certificate answered for", chain, Observed{Trust: trusted, Revocation: answered, Version: "TLS 1.3"},
			[]expect{{0x8, NotExplained, []string{messages.CertNetTrusted}},
				{0x1, NotExplained, []string{messages.CertNetRevAnswered, messages.CertNetRevGood}},
				{0x4, NotExplained, []string{messages.CertNetRevAnswered}},
				{0x80000000, NotExplained, []string{messages.CertNetHandshake}}}, 0, 0},
		{"a root the store does not trust", full, Observed{Trust: Trust{Outcome: Untrusted}, Revocation: answered},
			[]expect{{0x8, Explained, []string{messages.CertNetUntrustedRoot}}}, 0x8, 0},
		{"an issuer neither sent nor known", []*x509.Certificate{leaf}, Observed{Trust: Trust{Outcome: Untrusted},
			Revocation: []Revocation{{Cert: leaf, Answers: []Answer{{URL: "http://crl.contoso.com/a.crl"}}}}},
			[]expect{{0x8, Explained, []string{messages.CertNetIssuerUnknown}},
				{0x1, CannotTell, []string{messages.CertNetRevNoIssuer}}}, 0x8, 0x5},
		{"self-signed", []*x509.Certificate{self}, Observed{Trust: Trust{Outcome: Untrusted}},
			[]expect{{0x8, Explained, []string{messages.CertSelfSigned, messages.CertNetUntrustedRoot}},
				{0x1, NotExplained, []string{messages.CertNetRevRootOnly}}}, 0x8, 0},
		{"an issuer fetched as Windows does", []*x509.Certificate{leaf},
			Observed{Trust: Trust{Outcome: Trusted, Path: full, Fetched: []Fetched{{p.inter.cert, "http://aia.contoso.com/ca.crt"}}}, Revocation: answered},
			[]expect{{0x8, NotExplained, []string{messages.CertNetFetchedIssuer, messages.CertNetTrusted}}}, 0, 0},
		{"the verifier could not say", chain, Observed{Trust: Trust{Outcome: TrustUnknown, Detail: "x509: no roots"}, Revocation: answered},
			[]expect{{0x8, CannotTell, []string{messages.CertNetTrustUnknown}}}, 0, 0x8},
		{"revoked", chain, Observed{Trust: trusted, Revocation: []Revocation{
			{Cert: leaf, Issuer: p.inter.cert, Answers: []Answer{{URL: "http://ocsp.contoso.com", Status: Revoked, At: testNow}}},
			good(p.inter.cert, p.root.cert)}},
			[]expect{{0x4, Explained, []string{messages.CertNetRevRevoked}}, {0x1, NotExplained, nil}}, 0x4, 0},
		{"no address answered", chain, Observed{Trust: trusted, Revocation: []Revocation{
			{Cert: leaf, Issuer: p.inter.cert, Answers: []Answer{{URL: "http://crl.contoso.com/a.crl", Status: NoAnswer, Why: "@" + messages.CertNetWhyTimeout}}},
			good(p.inter.cert, p.root.cert)}},
			[]expect{{0x1, Explained, []string{messages.CertNetRevNoAnswer, messages.CertNetRevOffline, messages.CertRevProxy}},
				{0x4, CannotTell, nil}}, 0x1, 0x4},
		{"one address answered, another did not", chain, Observed{Trust: trusted, Revocation: []Revocation{
			{Cert: leaf, Issuer: p.inter.cert, Answers: []Answer{{URL: "http://a", Status: NoAnswer, Why: "HTTP 404 Not Found"}, {URL: "http://b", Status: Good, At: testNow}}},
			good(p.inter.cert, p.root.cert)}},
			[]expect{{0x1, NotExplained, []string{messages.CertNetRevNoAnswer, messages.CertNetRevGood}}}, 0, 0},
		{"only ldap addresses", chain, Observed{Trust: trusted, Revocation: []Revocation{
			{Cert: leaf, Issuer: p.inter.cert, Answers: []Answer{{URL: "ldap:///CN=CDP", Status: NotAsked}}},
			good(p.inter.cert, p.root.cert)}},
			[]expect{{0x1, CannotTell, []string{messages.CertNetRevSkipped}}}, 0, 0x5},
		{"no address at all", chain, Observed{Trust: trusted, Revocation: []Revocation{{Cert: leaf, Issuer: p.inter.cert}, good(p.inter.cert, p.root.cert)}},
			[]expect{{0x1, CannotTell, []string{messages.CertNetRevNoURL}}}, 0, 0x5},
		{"nothing newer than TLS 1.0", chain, Observed{Trust: trusted, Revocation: answered, Version: "TLS 1.0", OldTLS: true},
			[]expect{{0x80000000, CannotTell, []string{messages.CertNetHandshake, messages.CertNetOldTLS}}}, 0, 0x80000000},
		{"TLS 1.3 only", chain, Observed{Trust: trusted, Revocation: answered, Version: "TLS 1.3", TLS13Only: true},
			[]expect{{0x80000000, CannotTell, []string{messages.CertNetTLS13Only}}}, 0, 0x80000000},
		{"an Ed25519 key, which Schannel refuses", []*x509.Certificate{edLeaf, p.inter.cert}, Observed{Trust: trusted, Revocation: answered},
			[]expect{{0x80000000, CannotTell, []string{messages.CertKeyUnsupported}}}, 0, 0x80000000},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := Observe(tc.certs, Options{Server: "mail.contoso.com", At: testNow}, tc.o)
			for _, w := range tc.want {
				f := finding(t, r, w.flag)
				got := ids(f.Evidence)
				if f.Verdict != w.verdict {
					t.Errorf("%#x: %s %v, want %s", w.flag, f.Verdict, got, w.verdict)
				}
				for _, id := range w.ids {
					if !slices.Contains(got, id) {
						t.Errorf("%#x: evidence %v lacks %s", w.flag, got, id)
					}
				}
			}
			if code, open := r.Predicted(); code != tc.code || open != tc.open {
				t.Errorf("Predicted() = %#x, %#x; want %#x, %#x", code, open, tc.code, tc.open)
			}
			for _, f := range r.Findings { // every text is in the catalogs
				for _, e := range f.Evidence {
					for _, lang := range messages.Languages() {
						if messages.For(lang).Cert[e.ID] == "" {
							t.Errorf("%s has no %s text", e.ID, lang)
						}
					}
				}
			}
		})
	}
}

// TestPath sorts what a server sent as Check does.
func TestPath(t *testing.T) {
	p := newPKI(t)
	leaf := p.leaf(t, mailSAN).cert
	path, root := Path([]*x509.Certificate{p.root.cert, leaf, p.inter.cert})
	if !root || len(path) != 3 || path[0] != leaf || path[1] != p.inter.cert || path[2] != p.root.cert {
		t.Errorf("Path = %v, %v", path, root)
	}
	if path, root := Path([]*x509.Certificate{leaf}); root || len(path) != 1 {
		t.Errorf("a leaf alone: %v, %v", path, root)
	}
	if path, root := Path(nil); root || path != nil {
		t.Errorf("nothing: %v, %v", path, root)
	}
}
