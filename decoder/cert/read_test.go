package cert

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/base64"
	"encoding/pem"
	"errors"
	"strings"
	"testing"
	"unicode/utf16"

	"proxycert/messages"
)

// readCase is one input for Read: the certificates it must give (by common
// name, in order) or the error it must give.
type readCase struct {
	name  string
	input []byte
	cns   []string // common names read, in order
	err   string   // a messages.CertErr* id
	line  int      // the error's line, when it names one
	typ   string   // the error's PEM type, when it names one
}

func TestRead(t *testing.T) {
	p := newPKI(t)
	leaf := p.leaf(t, spec{cn: "mail.contoso.com", dns: []string{"mail.contoso.com"}})
	chainPEM := pemOf(leaf.cert, p.inter.cert, p.root.cert)
	one := string(pemOf(leaf.cert))
	b64 := base64.StdEncoding.EncodeToString(leaf.cert.Raw)
	wrapped := string(wrap(b64, 64))
	csr := csrDER(t)
	all := []string{"mail.contoso.com", "Contoso Test Issuing CA", "Contoso Test Root CA"}
	mail := []string{"mail.contoso.com"}

	cases := []readCase{
		{name: "PEM chain", input: chainPEM, cns: all},
		{name: "PEM with CRLF", input: bytes.ReplaceAll(chainPEM, []byte("\n"), []byte("\r\n")), cns: all},
		{name: "PEM amid mail chatter, indented",
			input: []byte("Hi,\nhere is the cert from the server:\n\n" + indent(one, "    ") + "\nThanks, Bob\n"), cns: mail},
		{name: "PEM quoted in a reply", input: []byte(indent(one, "> > ")), cns: mail},
		{name: "PEM flattened onto one line", input: []byte(strings.ReplaceAll(one, "\n", " ")), cns: mail},
		{name: "PEM with lower-case markers and short dashes",
			input: []byte("---begin certificate---\n" + wrapped + "\n---end certificate---\n"), cns: mail},
		{name: "PEM with non-breaking and zero-width spaces",
			input: []byte(strings.ReplaceAll(one, "\n", "\u00a0\u200b\n")), cns: mail},
		{name: "X509 CERTIFICATE type", input: []byte(strings.ReplaceAll(one, "CERTIFICATE", "X509 CERTIFICATE")), cns: mail},
		{name: "duplicates dropped", input: append(pemOf(leaf.cert, leaf.cert), pemOf(p.inter.cert)...),
			cns: []string{"mail.contoso.com", "Contoso Test Issuing CA"}},
		{name: "CRL block beside a certificate is skipped",
			input: append(pemOf(leaf.cert), pem.EncodeToMemory(&pem.Block{Type: "X509 CRL", Bytes: []byte{1, 2}})...), cns: mail},
		{name: "bare base64 on one line", input: []byte(b64), cns: mail},
		{name: "bare base64 wrapped, with chatter", input: []byte("Cert:\n\n" + wrapped + "\n\n-- \nBob"), cns: mail},
		{name: "bare base64, URL-safe without padding",
			input: []byte(base64.RawURLEncoding.EncodeToString(leaf.cert.Raw)), cns: mail},
		{name: "two bare base64 blocks",
			input: []byte(wrapped + "\n\n" + string(wrap(base64.StdEncoding.EncodeToString(p.inter.cert.Raw), 76))),
			cns:   []string{"mail.contoso.com", "Contoso Test Issuing CA"}},
		{name: "DER file", input: leaf.cert.Raw, cns: mail},
		{name: "UTF-8 with byte-order mark", input: append([]byte{0xEF, 0xBB, 0xBF}, one...), cns: mail},
		{name: "UTF-16LE with byte-order mark", input: utf16LE(one), cns: mail},
		{name: "PKCS #7 .p7b, DER", input: fixture(t, "chain.p7b"), cns: []string{"mail.contoso.com", "Fixture Root CA"}},
		{name: "PKCS #7 .p7b, PEM", input: fixture(t, "chain-p7b.pem"), cns: []string{"mail.contoso.com", "Fixture Root CA"}},

		{name: "empty", input: nil, err: messages.CertErrEmpty},
		{name: "only spaces", input: []byte(" \n\t\u3000\n"), err: messages.CertErrEmpty},
		{name: "too large", input: bytes.Repeat([]byte("A"), MaxInput+1), err: messages.CertErrTooLarge},
		{name: "truncated PEM", input: []byte("Here:\n" + one[:len(one)/2]), err: messages.CertErrTruncated, line: 2, typ: "CERTIFICATE"},
		{name: "END without BEGIN", input: []byte(one[len(one)/2:]), err: messages.CertErrNoBegin, line: 1 + strings.Count(one[len(one)/2:], "\n") - 1},
		{name: "body cut short", input: []byte("-----BEGIN CERTIFICATE-----\n" + wrapped[:200] + "\n-----END CERTIFICATE-----\n"),
			err: messages.CertErrCutShort, line: 1},
		{name: "empty body", input: []byte("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n"), err: messages.CertErrCutShort},
		{name: "garbage in PEM body", input: []byte(strings.Replace(one, "\n", "\nMII*not!base64\n", 3)), err: messages.CertErrBadBase64, line: 2},
		{name: "garbage base64 without markers", input: []byte(strings.Replace(wrapped, "A", "%", 2)), err: messages.CertErrBadBase64, line: 1},
		{name: "base64 of something else", input: []byte(base64.StdEncoding.EncodeToString(bytes.Repeat([]byte("not a certificate "), 20))),
			err: messages.CertErrDamaged},
		{name: "prose", input: []byte("The certificate is attached, see the screenshot."), err: messages.CertErrNotFound, line: 1},
		{name: "thumbprint only", input: []byte("Thumbprint: 3B7E0F2A9C4D1E8F6A5B2C3D4E5F60718293A4B5"), err: messages.CertErrNotFound},
		{name: "a short word", input: []byte("hello"), err: messages.CertErrNotFound, line: 1},
		{name: "bare base64 cut to a few characters", input: []byte("\n\nMIIBxTCCAWugAwIBAgIU"), err: messages.CertErrNotFound, line: 3},
		{name: "marker of no type", input: []byte("-----END 0-----\n" + wrapped), cns: mail},
		{name: "binary, not DER", input: []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), err: messages.CertErrBinary},
		{name: "PKCS #8 private key", input: fixture(t, "pkcs8-key.pem"), err: messages.CertErrPrivateKey, line: 1, typ: "PRIVATE KEY"},
		{name: "RSA private key", input: fixture(t, "rsa-key.pem"), err: messages.CertErrPrivateKey, typ: "RSA PRIVATE KEY"},
		{name: "certificate followed by its key", input: fixture(t, "cert-and-key.pem"), err: messages.CertErrPrivateKey, typ: "PRIVATE KEY"},
		{name: "DER private key", input: fixture(t, "pkcs8-key.der"), err: messages.CertErrPrivateKey},
		{name: "DER PKCS #1 RSA key", input: pkcs1DER(t), err: messages.CertErrPrivateKey},
		{name: "DER EC key", input: ecDER(t), err: messages.CertErrPrivateKey},
		{name: "encrypted private key, DER", input: fixture(t, "encrypted-key.der"), err: messages.CertErrPrivateKey},
		{name: "encrypted private key, PEM", input: fixture(t, "encrypted-key.pem"), err: messages.CertErrPrivateKey, typ: "ENCRYPTED PRIVATE KEY"},
		{name: "private key as bare base64", input: []byte(base64.StdEncoding.EncodeToString(fixture(t, "pkcs8-key.der"))), err: messages.CertErrPrivateKey},
		{name: "CSR, PEM", input: fixture(t, "request.csr"), err: messages.CertErrCSR, typ: "CERTIFICATE REQUEST"},
		{name: "CSR, DER", input: fixture(t, "request.der"), err: messages.CertErrCSR},
		{name: "CSR made by Go, mislabelled", input: pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: csr}), err: messages.CertErrCSR},
		{name: "PFX", input: fixture(t, "leaf.pfx"), err: messages.CertErrPKCS12},
		{name: "public key", input: fixture(t, "public-key.pem"), err: messages.CertErrOtherType, typ: "PUBLIC KEY"},
		{name: "too many certificates", input: manyCerts(t, p, MaxCerts+1), err: messages.CertErrTooManyCert},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			certs, err := Read(tc.input)
			if tc.err != "" {
				checkReadError(t, err, tc)
				return
			}
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			var got []string
			for _, c := range certs {
				got = append(got, c.Subject.CommonName)
			}
			if strings.Join(got, "|") != strings.Join(tc.cns, "|") {
				t.Errorf("read %q, want %q", got, tc.cns)
			}
		})
	}
}

func checkReadError(t *testing.T, err error, tc readCase) {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("error = %v, want *Error %s", err, tc.err)
	}
	if e.ID != tc.err {
		t.Fatalf("error id = %s (%v), want %s", e.ID, e, tc.err)
	}
	if tc.line != 0 && e.Line != tc.line {
		t.Errorf("error line = %d, want %d", e.Line, tc.line)
	}
	if tc.typ != "" && e.Type != tc.typ {
		t.Errorf("error type = %q, want %q", e.Type, tc.typ)
	}
	for _, lang := range messages.Languages() {
		text := e.Text(messages.For(lang))
		if text == "" || strings.Contains(text, "{") {
			t.Errorf("%s text %q is empty or has an unfilled placeholder", lang, text)
		}
	}
}

// TestReadQuotesLittle checks that an error never echoes a long paste back.
func TestReadQuotesLittle(t *testing.T) {
	line := strings.Repeat("QUJD", 100) + "!" + strings.Repeat("QUJD", 100)
	_, err := Read([]byte(line))
	var e *Error
	if !errors.As(err, &e) || e.ID != messages.CertErrBadBase64 {
		t.Fatalf("error = %v, want bad base64", err)
	}
	if n := len([]rune(e.Piece)); n > maxPiece+1 {
		t.Errorf("piece is %d characters long", n)
	}
}

func wrap(s string, width int) []byte {
	var b bytes.Buffer
	for len(s) > width {
		b.WriteString(s[:width] + "\n")
		s = s[width:]
	}
	b.WriteString(s)
	return b.Bytes()
}

func indent(s, prefix string) string {
	return prefix + strings.ReplaceAll(strings.TrimSuffix(s, "\n"), "\n", "\n"+prefix) + "\n"
}

func utf16LE(s string) []byte {
	out := []byte{0xFF, 0xFE}
	for _, u := range utf16.Encode([]rune(s)) {
		out = append(out, byte(u), byte(u>>8))
	}
	return out
}

func csrDER(t *testing.T) []byte {
	der, err := x509.CreateCertificateRequest(rand.Reader,
		&x509.CertificateRequest{Subject: pkix.Name{CommonName: "mail.contoso.com"}}, p256(t))
	if err != nil {
		t.Fatal(err)
	}
	return der
}

func pkcs1DER(t *testing.T) []byte {
	return x509.MarshalPKCS1PrivateKey(rsaKey(t, 1024).(*rsa.PrivateKey))
}

func ecDER(t *testing.T) []byte {
	der, err := x509.MarshalECPrivateKey(p256(t).(*ecdsa.PrivateKey))
	if err != nil {
		t.Fatal(err)
	}
	return der
}

func manyCerts(t *testing.T, p pki, n int) []byte {
	var out []byte
	key := p256(t)
	for range n {
		out = append(out, pemOf(p.leaf(t, spec{cn: "many.contoso.com", key: key}).cert)...)
	}
	return out
}
