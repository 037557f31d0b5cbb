package cert

import (
	"crypto/ecdsa"
	"crypto/rsa"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/hex"
	"fmt"
	"strings"
	"time"

	"proxycert/messages"
)

// Fields are the parts of one certificate a helpdesk compares with what
// Windows shows in the certificate dialog and Exchange in
// Get-ExchangeCertificate. The JSON names are part of the command line's
// --json output.
type Fields struct {
	Role        string    `json:"role"` // "leaf", "intermediate", "root" or "unrelated"
	Subject     string    `json:"subject"`
	CommonName  string    `json:"commonName"`
	DNSNames    []string  `json:"dnsNames"`
	IPAddresses []string  `json:"ipAddresses"`
	Issuer      string    `json:"issuer"`
	NotBefore   time.Time `json:"notBefore"`
	NotAfter    time.Time `json:"notAfter"`
	// EKU lists the extended key usages: names from messages.CertEKUNames,
	// or dotted OIDs for others. HasEKU is false when the certificate has no
	// such extension, which allows every purpose.
	EKU    []string `json:"eku"`
	HasEKU bool     `json:"hasEku"`
	// KeyUsage lists names from messages.CertKeyUsageNames; empty when the
	// certificate has no such extension.
	KeyUsage           []string `json:"keyUsage"`
	KeyAlgorithm       string   `json:"keyAlgorithm"` // "RSA", "ECDSA", "Ed25519", "DSA"
	KeyBits            int      `json:"keyBits"`
	SignatureAlgorithm string   `json:"signatureAlgorithm"` // Go's name, e.g. "SHA256-RSA"
	Serial             string   `json:"serial"`             // upper-case hex, as PowerShell shows it
	SHA1               string   `json:"sha1"`               // upper-case hex without separators: Windows' thumbprint
	SHA256             string   `json:"sha256"`             // the same form
	CRL                []string `json:"crl"`
	OCSP               []string `json:"ocsp"`
	SelfSigned         bool     `json:"selfSigned"`
	CA                 bool     `json:"ca"`
}

func fieldsOf(c *x509.Certificate, role string) Fields {
	alg, bits := keyOf(c)
	f := Fields{
		Role:               role,
		Subject:            distinguishedName(c.Subject),
		CommonName:         c.Subject.CommonName,
		DNSNames:           nonNil(c.DNSNames),
		IPAddresses:        []string{},
		Issuer:             distinguishedName(c.Issuer),
		NotBefore:          c.NotBefore.UTC(),
		NotAfter:           c.NotAfter.UTC(),
		EKU:                ekuNames(c),
		HasEKU:             len(c.ExtKeyUsage)+len(c.UnknownExtKeyUsage) > 0,
		KeyUsage:           keyUsageNames(c.KeyUsage),
		KeyAlgorithm:       alg,
		KeyBits:            bits,
		SignatureAlgorithm: c.SignatureAlgorithm.String(),
		Serial:             serial(c),
		SHA1:               thumbprint(c.Raw),
		CRL:                nonNil(c.CRLDistributionPoints),
		OCSP:               nonNil(c.OCSPServer),
		SelfSigned:         selfSigned(c),
		CA:                 c.BasicConstraintsValid && c.IsCA,
	}
	sum := sha256.Sum256(c.Raw)
	f.SHA256 = strings.ToUpper(hex.EncodeToString(sum[:]))
	for _, ip := range c.IPAddresses {
		f.IPAddresses = append(f.IPAddresses, ip.String())
	}
	return f
}

// attributeNames are the short names Windows gives the attributes of a
// distinguished name, keyed by their dotted OID.
var attributeNames = map[string]string{
	"2.5.4.3": "CN", "2.5.4.4": "SN", "2.5.4.5": "SERIALNUMBER", "2.5.4.6": "C", "2.5.4.7": "L",
	"2.5.4.8": "S", "2.5.4.9": "STREET", "2.5.4.10": "O", "2.5.4.11": "OU", "2.5.4.12": "T",
	"2.5.4.42": "G", "2.5.4.17": "PostalCode", "0.9.2342.19200300.100.1.25": "DC",
	"1.2.840.113549.1.9.1": "E",
}

// distinguishedName writes a subject or issuer as Windows shows it,
// most specific part first: "CN = mail.contoso.com, O = Contoso, C = US".
// (pkix.Name.String would do, at the price of an ASN.1 encoder in the page.)
func distinguishedName(n pkix.Name) string {
	parts := make([]string, 0, len(n.Names))
	for i := len(n.Names) - 1; i >= 0; i-- {
		a := n.Names[i]
		key, ok := attributeNames[a.Type.String()]
		if !ok {
			key = a.Type.String()
		}
		value, ok := a.Value.(string)
		if !ok {
			value = fmt.Sprint(a.Value)
		}
		parts = append(parts, key+" = "+value)
	}
	return strings.Join(parts, ", ")
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// thumbprint is the SHA-1 of the certificate as Windows and Exchange show
// it: upper-case hex without separators.
func thumbprint(der []byte) string {
	sum := sha1.Sum(der)
	return strings.ToUpper(hex.EncodeToString(sum[:]))
}

func serial(c *x509.Certificate) string {
	if c.SerialNumber == nil {
		return ""
	}
	s := strings.ToUpper(c.SerialNumber.Text(16))
	if len(s)%2 == 1 {
		s = "0" + s
	}
	return s
}

// keyOf names the public key's algorithm and size in bits.
func keyOf(c *x509.Certificate) (string, int) {
	switch k := c.PublicKey.(type) {
	case *rsa.PublicKey:
		return "RSA", k.N.BitLen()
	case *ecdsa.PublicKey:
		return "ECDSA", k.Curve.Params().BitSize
	}
	switch c.PublicKeyAlgorithm {
	case x509.Ed25519:
		return "Ed25519", 256
	case x509.DSA:
		return "DSA", 0
	}
	return c.PublicKeyAlgorithm.String(), 0
}

func rsaBits(c *x509.Certificate) (int, bool) {
	k, ok := c.PublicKey.(*rsa.PublicKey)
	if !ok {
		return 0, false
	}
	return k.N.BitLen(), true
}

// brokenSignature reports signature algorithms Windows refuses in a chain.
func brokenSignature(c *x509.Certificate) (string, bool) {
	switch c.SignatureAlgorithm {
	case x509.MD2WithRSA, x509.MD5WithRSA:
		return c.SignatureAlgorithm.String(), true
	}
	return "", false
}

// sha1Signature reports SHA-1 signatures: still accepted by Windows from
// private CAs, refused by browsers and by newer policies.
func sha1Signature(c *x509.Certificate) (string, bool) {
	switch c.SignatureAlgorithm {
	case x509.SHA1WithRSA, x509.ECDSAWithSHA1, x509.DSAWithSHA1:
		return c.SignatureAlgorithm.String(), true
	}
	return "", false
}

// ekuKeys maps Go's extended key usages to the names in
// messages.CertEKUNames.
var ekuKeys = map[x509.ExtKeyUsage]string{
	x509.ExtKeyUsageServerAuth:      "server-auth",
	x509.ExtKeyUsageClientAuth:      "client-auth",
	x509.ExtKeyUsageCodeSigning:     "code-signing",
	x509.ExtKeyUsageEmailProtection: "email-protection",
	x509.ExtKeyUsageIPSECEndSystem:  "ipsec-end-system",
	x509.ExtKeyUsageIPSECTunnel:     "ipsec-tunnel",
	x509.ExtKeyUsageIPSECUser:       "ipsec-user",
	x509.ExtKeyUsageTimeStamping:    "time-stamping",
	x509.ExtKeyUsageOCSPSigning:     "ocsp-signing",
	x509.ExtKeyUsageAny:             "any",

	x509.ExtKeyUsageMicrosoftServerGatedCrypto:     "ms-sgc",
	x509.ExtKeyUsageNetscapeServerGatedCrypto:      "netscape-sgc",
	x509.ExtKeyUsageMicrosoftCommercialCodeSigning: "ms-commercial-code-signing",
	x509.ExtKeyUsageMicrosoftKernelCodeSigning:     "ms-kernel-code-signing",
}

// ekuNames lists c's extended key usages as names, or dotted OIDs for
// the ones without a name.
func ekuNames(c *x509.Certificate) []string {
	out := []string{}
	for _, u := range c.ExtKeyUsage {
		if name, ok := ekuKeys[u]; ok {
			out = append(out, name)
		}
	}
	for _, oid := range c.UnknownExtKeyUsage {
		out = append(out, oid.String())
	}
	return out
}

// refs turns names into catalog references ("@cert.eku.server-auth") that
// Evidence.Text resolves in the reader's language; dotted OIDs stay as
// they are.
func refs(prefix string, names []string) string {
	out := make([]string, len(names))
	for i, n := range names {
		if n != "" && (n[0] < '0' || n[0] > '9') {
			n = "@" + prefix + n
		}
		out[i] = n
	}
	return strings.Join(out, ", ")
}

// keyUsageNames lists the key usage bits, in the order of RFC 5280, as the
// names in messages.CertKeyUsageNames.
func keyUsageNames(ku x509.KeyUsage) []string {
	out := []string{}
	for i, n := range messages.CertKeyUsageNames {
		if ku&(1<<i) != 0 {
			out = append(out, n)
		}
	}
	return out
}
