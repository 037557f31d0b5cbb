package cert

import (
	"bytes"
	"testing"

	"proxycert/messages"
)

// BenchmarkReadCheck is the page's work for one paste: a three-certificate
// PEM chain read, checked and put into words.
func BenchmarkReadCheck(b *testing.B) {
	p := newPKI(b)
	paste := pemOf(p.leaf(b, mailSAN).cert, p.inter.cert, p.root.cert)
	c := messages.For("en")
	b.SetBytes(int64(len(paste)))
	for b.Loop() {
		certs, err := Read(paste)
		if err != nil {
			b.Fatal(err)
		}
		Check(certs, Options{Server: "srv.company.local", Msstd: "msstd:mail.contoso.com", At: testNow}).Describe(c)
	}
}

// BenchmarkReadWorstCase reads a paste of MaxInput bytes made of empty
// blocks of another kind, the most markers a paste can hold: the cost
// must grow with the size, not with its square.
func BenchmarkReadWorstCase(b *testing.B) {
	block := []byte("-----BEGIN X509 CRL-----\n-----END X509 CRL-----\n")
	paste := bytes.Repeat(block, MaxInput/len(block))
	b.SetBytes(int64(len(paste)))
	for b.Loop() {
		if _, err := Read(paste); err == nil {
			b.Fatal("read certificates from CRL markers")
		}
	}
}
