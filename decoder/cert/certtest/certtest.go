// Package certtest makes certificates for tests, as net/http/httptest
// makes servers: a root CA (ECDSA), an issuing CA under it (RSA, so that
// an RSA signature is checked too), and server certificates from the
// issuing CA, all around one clock reading. Nothing here is for use
// outside tests: the keys are made fresh and never kept.
package certtest

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
	"math/big"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// Cert is a generated certificate with its private key.
type Cert struct {
	Cert *x509.Certificate
	Key  crypto.Signer
}

// PKI is a root and an issuing CA under it; Now is the clock reading its
// certificates are valid around.
type PKI struct {
	Root, Inter Cert
	Now         time.Time
}

// serial numbers the certificates of a test binary, so that no two match.
var serial atomic.Int64

// New makes a root CA and an issuing CA valid for ten years around now.
func New(t testing.TB, now time.Time) *PKI {
	t.Helper()
	p := &PKI{Now: now}
	ca := func(cn string) *x509.Certificate {
		return &x509.Certificate{
			Subject: pkix.Name{CommonName: cn, Organization: []string{"Contoso Test"}},
			IsCA:    true, BasicConstraintsValid: true,
			KeyUsage: x509.KeyUsageCertSign | x509.KeyUsageCRLSign,
			NotAfter: now.AddDate(10, 0, 0),
		}
	}
	p.Root = p.Issue(t, ca("Contoso Test Root CA"), ECKey(t), nil)
	rsaKey, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	p.Inter = p.Issue(t, ca("Contoso Test Issuing CA"), rsaKey, &p.Root)
	return p
}

// Issue signs tpl for key with parent's key, or makes it self-signed when
// parent is nil. A zero NotBefore becomes a month before p.Now, a zero
// NotAfter a year after it.
func (p *PKI) Issue(t testing.TB, tpl *x509.Certificate, key crypto.Signer, parent *Cert) Cert {
	t.Helper()
	tpl.SerialNumber = big.NewInt(100 + serial.Add(1))
	if tpl.NotBefore.IsZero() {
		tpl.NotBefore = p.Now.AddDate(0, -1, 0)
	}
	if tpl.NotAfter.IsZero() {
		tpl.NotAfter = p.Now.AddDate(1, 0, 0)
	}
	signer, parentCert := key, tpl
	if parent != nil {
		signer, parentCert = parent.Key, parent.Cert
	}
	der, err := x509.CreateCertificate(rand.Reader, tpl, parentCert, key.Public(), signer)
	if err != nil {
		t.Fatal(err)
	}
	c, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	return Cert{c, key}
}

// Server issues a server certificate from the issuing CA for names (the
// first is also the common name), valid until notAfter (zero: a year from
// p.Now), for server authentication.
func (p *PKI) Server(t testing.TB, notAfter time.Time, names ...string) Cert {
	t.Helper()
	return p.Issue(t, &x509.Certificate{
		Subject:     pkix.Name{CommonName: names[0], Organization: []string{"Contoso"}},
		DNSNames:    names,
		NotAfter:    notAfter,
		KeyUsage:    x509.KeyUsageDigitalSignature,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}, ECKey(t), &p.Inter)
}

// ECKey makes a P-256 key.
func ECKey(t testing.TB) crypto.Signer {
	t.Helper()
	k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// PEM encodes certificates as one PEM text, in the order given.
func PEM(certs ...*x509.Certificate) string {
	var b strings.Builder
	for _, c := range certs {
		b.Write(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: c.Raw}))
	}
	return b.String()
}

// Thumbprint is a certificate's SHA-1 as Windows shows it.
func Thumbprint(c *x509.Certificate) string {
	sum := sha1.Sum(c.Raw)
	return strings.ToUpper(hex.EncodeToString(sum[:]))
}
