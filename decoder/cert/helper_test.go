package cert

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"
)

// testNow is the clock the generated certificates are placed around.
var testNow = time.Date(2026, 5, 1, 9, 0, 0, 0, time.UTC)

// spec describes a certificate to generate. Zero fields take the usual
// values of a server certificate valid around testNow.
type spec struct {
	cn        string
	dns       []string
	ips       []string
	notBefore time.Time // default testNow - 30 days
	notAfter  time.Time // default testNow + 335 days
	eku       []x509.ExtKeyUsage
	noEKU     bool // leave the extension out (eku is then ignored)
	ca        bool
	noBasic   bool // leave basic constraints out
	ku        x509.KeyUsage
	key       crypto.Signer // default a fresh P-256 key
	sigAlg    x509.SignatureAlgorithm
	crl, ocsp []string
	skid      []byte // subject key identifier; default Go's (CAs only)
}

// issued is a generated certificate with its key.
type issued struct {
	cert *x509.Certificate
	key  crypto.Signer
}

var serials atomic.Int64

func p256(t testing.TB) crypto.Signer {
	t.Helper()
	k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func rsaKey(t testing.TB, bits int) crypto.Signer {
	t.Helper()
	k, err := rsa.GenerateKey(rand.Reader, bits)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func (s spec) template() *x509.Certificate {
	tpl := &x509.Certificate{
		SerialNumber:          big.NewInt(1000 + serials.Add(1)),
		Subject:               pkix.Name{CommonName: s.cn, Organization: []string{"Contoso Test"}},
		DNSNames:              s.dns,
		NotBefore:             s.notBefore,
		NotAfter:              s.notAfter,
		KeyUsage:              s.ku,
		SignatureAlgorithm:    s.sigAlg,
		CRLDistributionPoints: s.crl,
		OCSPServer:            s.ocsp,
		BasicConstraintsValid: !s.noBasic,
		IsCA:                  s.ca,
		SubjectKeyId:          s.skid,
	}
	for _, ip := range s.ips {
		tpl.IPAddresses = append(tpl.IPAddresses, net.ParseIP(ip))
	}
	if tpl.NotBefore.IsZero() {
		tpl.NotBefore = testNow.AddDate(0, 0, -30)
	}
	if tpl.NotAfter.IsZero() {
		tpl.NotAfter = testNow.AddDate(0, 0, 335)
	}
	switch {
	case s.noEKU:
	case s.eku != nil:
		tpl.ExtKeyUsage = s.eku
	case !s.ca:
		tpl.ExtKeyUsage = []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}
	}
	if s.ca && s.ku == 0 {
		tpl.KeyUsage = x509.KeyUsageCertSign | x509.KeyUsageCRLSign
	}
	return tpl
}

// make issues a certificate for s, signed by parent, or self-signed when
// parent is nil.
func (s spec) make(t testing.TB, parent *issued) issued {
	t.Helper()
	key := s.key
	if key == nil {
		key = p256(t)
	}
	tpl := s.template()
	signer, parentCert := key, tpl
	if parent != nil {
		signer, parentCert = parent.key, parent.cert
	}
	der, err := x509.CreateCertificate(rand.Reader, tpl, parentCert, key.Public(), signer)
	if err != nil {
		t.Fatalf("creating %q: %v", s.cn, err)
	}
	c, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	return issued{c, key}
}

// pki is a root, an intermediate under it, and a way to issue leaves.
type pki struct{ root, inter issued }

func newPKI(t testing.TB) pki {
	root := spec{cn: "Contoso Test Root CA", ca: true, notAfter: testNow.AddDate(10, 0, 0)}.make(t, nil)
	inter := spec{cn: "Contoso Test Issuing CA", ca: true, notAfter: testNow.AddDate(5, 0, 0)}.make(t, &root)
	return pki{root, inter}
}

func (p pki) leaf(t testing.TB, s spec) issued { return s.make(t, &p.inter) }

// pemOf encodes certificates as one PEM text, in the order given.
func pemOf(certs ...*x509.Certificate) []byte {
	var out []byte
	for _, c := range certs {
		out = append(out, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: c.Raw})...)
	}
	return out
}

// fixture reads a file of testdata.
func fixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// finding returns the finding for flag, failing the test when it is absent.
func finding(t testing.TB, r Report, flag uint32) Finding {
	t.Helper()
	f, ok := r.Finding(flag)
	if !ok {
		t.Fatalf("no finding for %#x", flag)
	}
	return f
}

// ids lists the evidence ids of a finding.
func ids(evs []Evidence) []string {
	out := make([]string, len(evs))
	for i, e := range evs {
		out[i] = e.ID
	}
	return out
}

func hasID(evs []Evidence, id string) bool {
	for _, e := range evs {
		if e.ID == id {
			return true
		}
	}
	return false
}
