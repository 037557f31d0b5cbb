//go:build !wasm

package main

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha1"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/hex"
	"encoding/pem"
	"html"
	"math/big"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"proxycert/decoder/cert"
	"proxycert/messages"
)

// The certificates of these tests are made here with crypto/x509, around
// certNow: a root (ECDSA), an issuing CA under it (RSA, so that the page
// verifies an RSA signature), and server certificates from that CA.

var certNow = time.Now().UTC().Truncate(time.Minute)

// testCert is a generated certificate with its key.
type testCert struct {
	cert *x509.Certificate
	key  crypto.Signer
}

// testPKI is a root and an issuing CA under it.
type testPKI struct{ root, inter testCert }

var certSerial int64 = 100

// issue signs tpl with parent, or makes it self-signed when parent is nil.
func issueCert(t testing.TB, tpl *x509.Certificate, key crypto.Signer, parent *testCert) testCert {
	t.Helper()
	certSerial++
	tpl.SerialNumber = big.NewInt(certSerial)
	if tpl.NotBefore.IsZero() {
		tpl.NotBefore = certNow.AddDate(0, -1, 0)
	}
	if tpl.NotAfter.IsZero() {
		tpl.NotAfter = certNow.AddDate(1, 0, 0)
	}
	signer, parentCert := key, tpl
	if parent != nil {
		signer, parentCert = parent.key, parent.cert
	}
	der, err := x509.CreateCertificate(rand.Reader, tpl, parentCert, key.Public(), signer)
	if err != nil {
		t.Fatal(err)
	}
	c, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	return testCert{c, key}
}

func certECKey(t testing.TB) crypto.Signer {
	t.Helper()
	k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func newTestPKI(t testing.TB) testPKI {
	t.Helper()
	ca := func(cn string) *x509.Certificate {
		return &x509.Certificate{
			Subject: pkix.Name{CommonName: cn, Organization: []string{"Contoso Test"}},
			IsCA:    true, BasicConstraintsValid: true,
			KeyUsage: x509.KeyUsageCertSign | x509.KeyUsageCRLSign,
			NotAfter: certNow.AddDate(10, 0, 0),
		}
	}
	root := issueCert(t, ca("Contoso Test Root CA"), certECKey(t), nil)
	rsaKey, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	return testPKI{root: root, inter: issueCert(t, ca("Contoso Test Issuing CA"), rsaKey, &root)}
}

// server issues a server certificate for names (the first is also the
// common name), valid until notAfter (zero: a year from now).
func (p testPKI) server(t testing.TB, notAfter time.Time, names ...string) testCert {
	t.Helper()
	return issueCert(t, &x509.Certificate{
		Subject:     pkix.Name{CommonName: names[0], Organization: []string{"Contoso"}},
		DNSNames:    names,
		NotAfter:    notAfter,
		KeyUsage:    x509.KeyUsageDigitalSignature,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}, certECKey(t), &p.inter)
}

// pemText encodes certificates as one PEM text, in the order given.
func pemText(certs ...*x509.Certificate) string {
	var b strings.Builder
	for _, c := range certs {
		b.Write(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: c.Raw}))
	}
	return b.String()
}

// thumbprintOf is a certificate's SHA-1 as Windows shows it.
func thumbprintOf(c *x509.Certificate) string {
	sum := sha1.Sum(c.Raw)
	return strings.ToUpper(hex.EncodeToString(sum[:]))
}

// go-app writes attributes in any order: a tag is read attribute by
// attribute.
var (
	certLiTag     = regexp.MustCompile(`<li [^>]*>`)
	certFindingID = regexp.MustCompile(`id="cert-finding-([^"]+)"`)
	certVerdictOf = regexp.MustCompile(`class="cert-finding verdict-([a-z-]+)"`)
)

// findings returns the verdicts the section shows, by finding id.
func certFindings(page string) map[string]string {
	out := map[string]string{}
	for _, tag := range certLiTag.FindAllString(page, -1) {
		id, v := certFindingID.FindStringSubmatch(tag), certVerdictOf.FindStringSubmatch(tag)
		if id != nil && v != nil {
			out[id[1]] = v[1]
		}
	}
	return out
}

func TestCertCheckNameExplained(t *testing.T) {
	p := newTestPKI(t)
	leaf := p.server(t, time.Time{}, "mail.contoso.com", "autodiscover.contoso.com")
	s := &certCheck{Lang: "en", Server: "srv.company.local", Code: 0x10, HasCode: true}
	s.setPaste(pemText(p.root.cert, leaf.cert, p.inter.cert))
	page := app.HTMLString(s)
	en := messages.For("en")

	if got := certFindings(page); len(got) != 1 || got["0x00000010"] != string(cert.Explained) {
		t.Errorf("findings %v, want only 0x00000010 explained", got)
	}
	for _, want := range []string{
		messages.Fill(en.Cert[messages.CertFlagsFor], "code", "0x00000010"),
		en.Cert[messages.CertVerdictExplained],
		"mail.contoso.com, autodiscover.contoso.com", // the SAN list, in the evidence
		"srv.company.local",
		en.Cert[messages.CertReordered],
		thumbprintOf(leaf.cert),
		`value="srv.company.local"`, // the server field, from the dialog
		`aria-live="polite"`,
	} {
		if !strings.Contains(page, want) && !strings.Contains(page, html.EscapeString(want)) {
			t.Errorf("section lacks %q", want)
		}
	}
	// One table per certificate, the server's first.
	roles := regexp.MustCompile(`class="cert-card cert-([a-z]+)"`).FindAllStringSubmatch(page, -1)
	if len(roles) != 3 || roles[0][1] != "leaf" || roles[1][1] != "intermediate" || roles[2][1] != "root" {
		t.Errorf("tables %v, want leaf, intermediate, root", roles)
	}
	status := messages.Fill(en.T("page.cert-status"), "count", "3", "verdicts",
		messages.Fill(en.T("page.cert-verdict"), "flag", en.Flags[0x10].Title, "verdict", en.Cert[messages.CertVerdictExplained]))
	if !strings.Contains(page, ">"+html.EscapeString(status)+"<") {
		t.Errorf("live status is not %q", status)
	}
}

func TestCertCheckInputs(t *testing.T) {
	p := newTestPKI(t)
	leaf := p.server(t, time.Time{}, "mail.contoso.com")
	chain := pemText(leaf.cert, p.inter.cert)
	ja := messages.For("ja")
	tests := []struct {
		name  string
		check *certCheck
		paste string
		files []certSource
		want  map[string]string // finding id to verdict
		has   []string
		lacks []string
	}{
		{"no code: every flag", &certCheck{Lang: "en", Server: "mail.contoso.com"}, chain, nil,
			map[string]string{"0x00000001": "cannot-tell", "0x00000002": "not-explained", "0x00000004": "cannot-tell",
				"0x00000008": "cannot-tell", "0x00000010": "not-explained", "0x00000020": "not-explained",
				"0x00000040": "not-explained", "0x80000000": "cannot-tell"},
			[]string{messages.For("en").Cert[messages.CertFlagsAll]}, nil},
		{"edited server wins over the dialog's", &certCheck{Lang: "en", Server: "mail.contoso.com", Code: 0x10, HasCode: true,
			server: "owa.fabrikam.com", serverSet: true}, chain, nil,
			map[string]string{"0x00000010": "explained"}, []string{`value="owa.fabrikam.com"`}, nil},
		{"code 0 with a principal name", &certCheck{Lang: "en", Server: "mail.contoso.com", HasCode: true,
			msstd: "msstd:*.contoso.com"}, chain, nil,
			map[string]string{"msstd": "explained"}, []string{messages.For("en").T("page.cert-no-flags")}, nil},
		{"clock after the end of validity", &certCheck{Lang: "en", Code: 0x20, HasCode: true,
			at: leaf.cert.NotAfter.Local().AddDate(0, 0, 3).Format(clockLayout)}, chain, nil,
			map[string]string{"0x00000020": "explained"}, nil, nil},
		{"a private key, in Japanese", &certCheck{Lang: "ja"}, "-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n", nil,
			map[string]string{}, []string{`id="cert-problems"`, ja.Cert[messages.CertErrPrivateKey]}, []string{`id="cert-verdicts"`}},
		{"a bad file beside a good paste", &certCheck{Lang: "en", Code: 0x10, HasCode: true, Server: "mail.contoso.com"}, chain, []certSource{readSource("notes.txt", []byte("hello")), {Name: "gone.cer", Err: errUnreadable}},
			map[string]string{"0x00000010": "not-explained"},
			[]string{"notes.txt: ", "gone.cer: " + messages.For("en").T("page.cert-file-unreadable"), `id="cert-files"`}, nil},
		{"a DER file alone", &certCheck{Lang: "en", Code: 0x10, HasCode: true, Server: "srv.company.local"}, "",
			[]certSource{readSource("mail.cer", leaf.cert.Raw)},
			map[string]string{"0x00000010": "explained"}, []string{"Files read: mail.cer"}, []string{`id="cert-problems"`}},
		{"empty", &certCheck{Lang: "en"}, "  \n", nil,
			map[string]string{}, []string{messages.For("en").T("page.cert-empty"), `class="cert-check cert-none"`}, []string{`id="cert-problems"`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.check.setPaste(tc.paste)
			tc.check.setFiles(tc.files)
			page := app.HTMLString(tc.check)
			got := certFindings(page)
			if len(got) != len(tc.want) {
				t.Errorf("findings %v, want %v", got, tc.want)
			}
			for id, v := range tc.want {
				if got[id] != v {
					t.Errorf("finding %s: %q, want %q", id, got[id], v)
				}
			}
			for _, s := range tc.has {
				if !strings.Contains(page, s) && !strings.Contains(page, html.EscapeString(s)) {
					t.Errorf("lacks %q", s)
				}
			}
			for _, s := range tc.lacks {
				if strings.Contains(page, s) {
					t.Errorf("holds %q", s)
				}
			}
			if strings.Contains(page, " style=") {
				t.Error("inline style")
			}
		})
	}
}

func TestParseClock(t *testing.T) {
	for in, want := range map[string]time.Time{
		"2026-05-01T09:30":        time.Date(2026, 5, 1, 9, 30, 0, 0, time.Local),
		"2026-05-01T09:30:15":     time.Date(2026, 5, 1, 9, 30, 15, 0, time.Local),
		"2026-05-01T09:30:15.250": time.Date(2026, 5, 1, 9, 30, 15, 250e6, time.Local),
		"":                        {},
		"2026-05-01":              {},
		"yesterday":               {},
	} {
		if got := parseClock(in); !got.Equal(want) {
			t.Errorf("parseClock(%q) = %v, want %v", in, got, want)
		}
	}
}
