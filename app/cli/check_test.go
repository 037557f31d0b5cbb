package cli

import (
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"net/http"
	"slices"
	"strings"
	"testing"

	"golang.org/x/crypto/ocsp"

	"proxycert/decoder/cert/certtest"
)

// checkEnv is the environment every check test runs in: no proxy, so
// that the machine's own settings cannot send a test's connections
// elsewhere. Cases add to it.
func checkEnv(extra ...string) map[string]string {
	env := map[string]string{"HTTPS_PROXY": "", "https_proxy": "", "HTTP_PROXY": "", "http_proxy": "",
		"NO_PROXY": "", "no_proxy": "", "PROXYCERT_URL": "", "PROXYCERT_LANG": "en"}
	for i := 0; i+1 < len(extra); i += 2 {
		env[extra[i]] = extra[i+1]
	}
	return env
}

// checkJSON is the part of check --json the tests read.
type checkJSON struct {
	Hex        string `json:"hex"`
	Server     string `json:"server"`
	Link       string `json:"link"`
	Open       []struct{ Value uint32 }
	Connection struct {
		Host, Name, Address, Proxy, TLS, Roots string
		Port, Sent                             int
	} `json:"connection"`
	Evidence  []findingJSON `json:"evidence"`
	Principal *struct {
		Verdict string `json:"verdict"`
	} `json:"principal"`
	Chain []struct {
		Role       string `json:"role"`
		CommonName string `json:"commonName"`
	} `json:"chain"`
}

// ids returns the evidence ids behind one flag's verdict.
func (j checkJSON) ids(flag uint32) (verdict string, ids []string) {
	for _, e := range j.Evidence {
		if e.Flag.Value == flag {
			for _, l := range e.Evidence {
				ids = append(ids, l.ID)
			}
			return e.Verdict, ids
		}
	}
	return "", nil
}

// TestCheckCodes runs check against servers on loopback that present the
// chains Outlook meets, and compares the code it predicts. Every case
// asks for the name Outlook uses with --name, as the server is reached by
// its loopback address.
func TestCheckCodes(t *testing.T) {
	p, roots := testPKI(t)
	now := p.Now
	ca := revocableCA(t, p)
	issue := func(t *testing.T, tpl *x509.Certificate) certtest.Cert {
		return p.Issue(t, tpl, certtest.ECKey(t), &ca)
	}
	// server serves a leaf issued by ca, with ca.
	server := func(t *testing.T, tpl *x509.Certificate) string {
		leaf := issue(t, tpl)
		return serveTLS(t, "127.0.0.1", leaf.Key, []*x509.Certificate{leaf.Cert, ca.Cert}, nil)
	}
	type ev map[uint32]string // a flag's verdict, and an evidence id it must hold after a space
	for _, tc := range []struct {
		name  string
		args  func(t *testing.T) []string // after check --json --roots ROOTS --timeout 5s
		exit  int
		hex   string
		check ev
	}{
		{"a chain trusted through --roots, its CRL answering", func(t *testing.T) []string {
			crl := serveCRL(t, ca)
			tpl := leafTemplate("mail.contoso.com")
			tpl.CRLDistributionPoints = []string{crl.URL}
			return []string{"--name", "mail.contoso.com", server(t, tpl)}
		}, statusOK, "0x00000000", ev{0x8: "not-explained cert.net.trusted", 0x1: "not-explained cert.net.rev.good",
			0x4: "not-explained cert.net.rev.answered", 0x80000000: "not-explained cert.net.handshake"}},
		{"self-signed", func(t *testing.T) []string {
			self := p.Issue(t, leafTemplate("mail.contoso.com"), certtest.ECKey(t), nil)
			return []string{"--name", "mail.contoso.com", serveTLS(t, "127.0.0.1", self.Key, []*x509.Certificate{self.Cert}, nil)}
		}, statusFlagsSet, "0x00000008", ev{0x8: "explained cert.net.untrusted-root", 0x1: "not-explained cert.net.rev.root-only"}},
		{"a missing intermediate", func(t *testing.T) []string {
			tpl := leafTemplate("mail.contoso.com")
			tpl.CRLDistributionPoints = []string{serveCRL(t, ca).URL}
			leaf := issue(t, tpl)
			return []string{"--name", "mail.contoso.com", serveTLS(t, "127.0.0.1", leaf.Key, []*x509.Certificate{leaf.Cert}, nil)}
		}, statusFlagsSet, "0x00000008", ev{0x8: "explained cert.net.issuer-unknown", 0x1: "cannot-tell cert.net.rev.no-issuer"}},
		{"a missing intermediate, fetched from the address the certificate names", func(t *testing.T) []string {
			tpl := leafTemplate("mail.contoso.com")
			tpl.IssuingCertificateURL = []string{serveHTTP(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.Write(ca.Cert.Raw)
			})) + "/ca.crt"}
			leaf := issue(t, tpl)
			return []string{"--name", "mail.contoso.com", serveTLS(t, "127.0.0.1", leaf.Key, []*x509.Certificate{leaf.Cert}, nil)}
		}, statusOK, "0x00000000", ev{0x8: "not-explained cert.net.fetched-issuer", 0x1: "cannot-tell cert.net.rev.no-url"}},
		{"a server that refuses TLS 1.2", func(t *testing.T) []string {
			leaf := issue(t, leafTemplate("mail.contoso.com"))
			return []string{"--name", "mail.contoso.com", serveTLS(t, "127.0.0.1", leaf.Key, []*x509.Certificate{leaf.Cert, ca.Cert},
				&tls.Config{MinVersion: tls.VersionTLS13})}
		}, statusOK, "0x00000000", ev{0x80000000: "cannot-tell cert.net.tls13-only"}},
		{"a server that offers nothing newer than TLS 1.1", func(t *testing.T) []string {
			leaf := issue(t, leafTemplate("mail.contoso.com"))
			return []string{"--name", "mail.contoso.com", serveTLS(t, "127.0.0.1", leaf.Key, []*x509.Certificate{leaf.Cert, ca.Cert},
				&tls.Config{MinVersion: tls.VersionTLS10, MaxVersion: tls.VersionTLS11})}
		}, statusOK, "0x00000000", ev{0x80000000: "cannot-tell cert.net.old-tls"}},
		{"expired", func(t *testing.T) []string {
			tpl := leafTemplate("mail.contoso.com")
			tpl.NotBefore, tpl.NotAfter = now.AddDate(-2, 0, 0), now.AddDate(0, 0, -3)
			return []string{"--name", "mail.contoso.com", server(t, tpl)}
		}, statusFlagsSet, "0x00000020", ev{0x20: "explained cert.date.expired", 0x8: "not-explained cert.net.trusted"}},
		{"not yet valid", func(t *testing.T) []string {
			tpl := leafTemplate("mail.contoso.com")
			tpl.NotBefore, tpl.NotAfter = now.AddDate(0, 0, 3), now.AddDate(1, 0, 0)
			return []string{"--name", "mail.contoso.com", server(t, tpl)}
		}, statusFlagsSet, "0x00000020", ev{0x20: "explained cert.date.not-yet"}},
		{"a wrong name", func(t *testing.T) []string {
			return []string{"--name", "srv.company.local", server(t, leafTemplate("mail.contoso.com"))}
		}, statusFlagsSet, "0x00000010", ev{0x10: "explained cert.name.no-match"}},
		{"the IP address connected to, without --name", func(t *testing.T) []string {
			return []string{server(t, leafTemplate("mail.contoso.com"))}
		}, statusFlagsSet, "0x00000010", ev{0x10: "explained cert.name.ip-no-match"}},
		{"a wildcard that covers the name", func(t *testing.T) []string {
			return []string{"--name", "mail.contoso.com", server(t, leafTemplate("*.contoso.com"))}
		}, statusOK, "0x00000000", ev{0x10: "not-explained cert.name.match-san"}},
		{"a wildcard that does not cover the name", func(t *testing.T) []string {
			return []string{"--name", "mail.eu.contoso.com", server(t, leafTemplate("*.contoso.com"))}
		}, statusFlagsSet, "0x00000010", ev{0x10: "explained cert.name.wildcard-depth"}},
		{"the msstd name fits", func(t *testing.T) []string {
			return []string{"--name", "mail.contoso.com", "--msstd", "msstd:mail.contoso.com", server(t, leafTemplate("mail.contoso.com"))}
		}, statusOK, "0x00000000", nil},
		{"the msstd name does not fit: code 0, and still refused", func(t *testing.T) []string {
			return []string{"--name", "mail.contoso.com", "--msstd", "msstd:owa.contoso.com", server(t, leafTemplate("mail.contoso.com"))}
		}, statusFlagsSet, "0x00000000", nil},
		{"no Server Authentication", func(t *testing.T) []string {
			tpl := leafTemplate("mail.contoso.com")
			tpl.ExtKeyUsage = []x509.ExtKeyUsage{x509.ExtKeyUsageClientAuth}
			return []string{"--name", "mail.contoso.com", server(t, tpl)}
		}, statusFlagsSet, "0x00000040", ev{0x40: "explained cert.usage.missing"}},
		{"revoked, by a CRL on loopback", func(t *testing.T) []string {
			crl := serveCRL(t, ca)
			tpl := leafTemplate("mail.contoso.com")
			tpl.CRLDistributionPoints = []string{crl.URL}
			leaf := issue(t, tpl)
			crl.revoke(leaf.Cert)
			return []string{"--name", "mail.contoso.com", serveTLS(t, "127.0.0.1", leaf.Key, []*x509.Certificate{leaf.Cert, ca.Cert}, nil)}
		}, statusFlagsSet, "0x00000004", ev{0x4: "explained cert.net.rev.revoked", 0x1: "not-explained cert.net.rev.revoked"}},
		{"revoked, by an OCSP responder on loopback", func(t *testing.T) []string {
			tpl := leafTemplate("mail.contoso.com")
			tpl.OCSPServer = []string{serveOCSP(t, ca, ocsp.Revoked)}
			return []string{"--name", "mail.contoso.com", server(t, tpl)}
		}, statusFlagsSet, "0x00000004", ev{0x4: "explained cert.net.rev.revoked"}},
		{"good, by an OCSP responder, though the CRL is unreachable", func(t *testing.T) []string {
			tpl := leafTemplate("mail.contoso.com")
			tpl.OCSPServer = []string{serveOCSP(t, ca, ocsp.Good)}
			tpl.CRLDistributionPoints = []string{"http://" + refusedAddr(t) + "/issuing.crl", "ldap:///CN=Contoso%20Issuing%20CA,CN=CDP"}
			return []string{"--name", "mail.contoso.com", server(t, tpl)}
		}, statusOK, "0x00000000", ev{0x1: "not-explained cert.net.rev.no-answer", 0x4: "not-explained cert.net.rev.skipped"}},
		{"a CRL address that does not answer", func(t *testing.T) []string {
			tpl := leafTemplate("mail.contoso.com")
			tpl.CRLDistributionPoints = []string{"http://" + silent(t) + "/issuing.crl"}
			return []string{"--timeout", "1s", "--name", "mail.contoso.com", server(t, tpl)}
		}, statusFlagsSet, "0x00000001", ev{0x1: "explained cert.net.rev.offline", 0x4: "cannot-tell cert.net.rev.no-answer"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			args := append([]string{"check", "--json", "--roots", roots, "--timeout", "5s"}, tc.args(t)...)
			code, out, errOut := runCLI(args, nil, checkEnv())
			if code != tc.exit {
				t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tc.exit, out, errOut)
			}
			var j checkJSON
			if err := json.Unmarshal([]byte(out), &j); err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
			if j.Hex != tc.hex {
				t.Errorf("code %s, want %s\n%s", j.Hex, tc.hex, out)
			}
			for flag, want := range tc.check {
				verdict, id, _ := strings.Cut(want, " ")
				gotVerdict, ids := j.ids(flag)
				if gotVerdict != verdict || !slices.Contains(ids, id) {
					t.Errorf("flag %#x: %s %v, want %s with %s", flag, gotVerdict, ids, verdict, id)
				}
			}
		})
	}
}
