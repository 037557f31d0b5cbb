package cert_test

import (
	"fmt"
	"os"
	"time"

	"proxycert/decoder/cert"
	"proxycert/messages"
)

// A helpdesk pastes the server's certificate from a ticket; the dialog
// named srv.company.local with code 0x10.
func ExampleCheck() {
	paste, err := os.ReadFile("testdata/chain-openssl.txt")
	if err != nil {
		panic(err)
	}
	certs, err := cert.Read(paste)
	if err != nil {
		panic(err)
	}
	r := cert.Check(certs, cert.Options{
		Server: "srv.company.local",
		At:     time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC),
	})
	en := messages.For("en")
	for _, f := range r.Only(0x10).Describe(en).Findings {
		fmt.Printf("%s %s: %s\n", f.Hex, f.Flag.Name, f.Label)
		fmt.Println(f.Evidence[0].Text)
	}
	// Output:
	// 0x00000010 FLAG_CERT_CN_INVALID: this certificate has this problem
	// The certificate's alternative names are mail.contoso.com, autodiscover.contoso.com; the server is srv.company.local, which none of them covers.
}

// Read says what was pasted instead of a certificate, in the reader's
// language.
func ExampleRead() {
	_, err := cert.Read([]byte("-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA...\n-----END RSA PRIVATE KEY-----\n"))
	if e, ok := err.(*cert.Error); ok {
		fmt.Println(e.ID, e.Type)
	}
	// Output:
	// cert.err.private-key RSA PRIVATE KEY
}

// The fields table shows what Windows shows in the certificate dialog; the
// thumbprint is the form Get-ExchangeCertificate prints.
func ExampleReport_Describe() {
	paste, _ := os.ReadFile("testdata/chain.p7b")
	certs, _ := cert.Read(paste)
	d := cert.Check(certs, cert.Options{At: time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)}).Describe(messages.For("en"))
	for _, c := range d.Chain {
		fmt.Println(c.Title+":", c.CommonName, c.SHA1)
	}
	// Output:
	// Server certificate: mail.contoso.com 20635536463A11CF32FBA0CDC53B27C8F3D9A7BD
	// Root CA: Fixture Root CA B821F869D9B209816F5F7832D84038430F21D546
}
