package cert

import (
	"bytes"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"proxycert/messages"
)

// MaxInput is the largest input Read accepts, in bytes. A chain is a few
// kilobytes, so anything near this is not a certificate paste.
const MaxInput = 1 << 20

// MaxCerts is the most certificates one input may hold. A server sends a
// handful; a bigger paste is a CA bundle, and checking every pair in it
// would only be slow.
const MaxCerts = 32

// Read returns the certificates in data, in the order written, without
// duplicates. It reads what people paste or save: PEM (one block or a chain,
// with CRLF, indentation, mail quoting and chatter around it, or flattened
// onto one line), bare base64 with or without line breaks (standard or
// URL-safe), binary DER, and PKCS #7 (.p7b) in any of those forms; text may
// be UTF-8 or UTF-16 with a byte-order mark.
//
// When data holds no certificate the error is an *Error saying what it holds
// instead and where: a private key, a certificate request, a .pfx, a cut-off
// block, a stray character.
func Read(data []byte) ([]*x509.Certificate, error) {
	if len(data) > MaxInput {
		return nil, &Error{ID: messages.CertErrTooLarge, Limit: strconv.Itoa(MaxInput>>20) + " MiB"}
	}
	var certs []*x509.Certificate
	var err error
	if looksDER(data) {
		certs, err = fromDER(data, 0)
	} else if text, ok := asText(data); !ok {
		err = &Error{ID: messages.CertErrBinary}
	} else if strings.TrimFunc(text, isBlank) == "" {
		err = &Error{ID: messages.CertErrEmpty}
	} else if ms := findMarkers(text); len(ms) > 0 {
		certs, err = fromPEM(text, ms)
	} else {
		certs, err = fromBase64(text)
	}
	if err != nil {
		return nil, err
	}
	certs = dedupe(certs)
	if len(certs) > MaxCerts {
		return nil, &Error{ID: messages.CertErrTooManyCert, Piece: strconv.Itoa(len(certs)), Limit: strconv.Itoa(MaxCerts)}
	}
	return certs, nil
}

// looksDER reports whether data starts like a DER SEQUENCE: with a
// long-form length, as every certificate and PKCS #7 file does (no text
// starts that way: '0' followed by a byte over 0x80 is not UTF-8), or with
// a short-form length that spans exactly the data, as a small EC key does.
func looksDER(data []byte) bool {
	if len(data) < 2 || data[0] != 0x30 {
		return false
	}
	return data[1] >= 0x81 && data[1] <= 0x84 || int(data[1]) == len(data)-2
}

// asText decodes data as text: UTF-8 (with or without a byte-order mark) or
// UTF-16 with a byte-order mark, as PowerShell 5 writes files. Bytes that
// are not UTF-8 are kept as U+FFFD, so a stray Windows-1252 character in the
// chatter does not hide a certificate. It reports false for binary data.
func asText(data []byte) (string, bool) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return fromUTF16(data[2:], false), true
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return fromUTF16(data[2:], true), true
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return "", false
	}
	if utf8.Valid(data) {
		return string(data), true
	}
	return strings.ToValidUTF8(string(data), "\uFFFD"), true
}

func fromUTF16(b []byte, bigEndian bool) string {
	u := make([]uint16, len(b)/2)
	for i := range u {
		if bigEndian {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			u[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
		}
	}
	return string(utf16.Decode(u))
}

// fromDER reads binary data, decoded from a file or from base64 that started
// on line (0 for a file): certificates, or a PKCS #7 bundle of them. For
// anything else it names what the data is, so the message can say what to
// paste instead.
func fromDER(der []byte, line int) ([]*x509.Certificate, error) {
	certs, err := x509.ParseCertificates(der)
	if err == nil && len(certs) > 0 {
		return certs, nil
	}
	if p7, isP7 := pkcs7Certificates(der); isP7 {
		if len(p7) == 0 {
			return nil, &Error{ID: messages.CertErrPKCS7Empty, Line: line}
		}
		return p7, nil
	}
	switch {
	case isPrivateKey(der):
		return nil, &Error{ID: messages.CertErrPrivateKey, Line: line}
	case isCSR(der):
		return nil, &Error{ID: messages.CertErrCSR, Line: line}
	case isPFX(der):
		return nil, &Error{ID: messages.CertErrPKCS12, Line: line}
	case len(der) == 0 || isTruncated(der):
		return nil, &Error{ID: messages.CertErrCutShort, Line: line}
	}
	e := &Error{ID: messages.CertErrDamaged, Line: line}
	if err != nil {
		e.Detail = err.Error()
	}
	return nil, e
}

// Private keys are recognised by their outer shape, not parsed: parsing
// would do the key's arithmetic, which a page that only refuses keys has
// no use for, and which would add to its size.
type (
	pkcs8Key struct { // RFC 5208 PrivateKeyInfo
		Version    int
		Algorithm  pkix.AlgorithmIdentifier
		PrivateKey []byte
	}
	encryptedKey struct { // RFC 5208 EncryptedPrivateKeyInfo
		Algorithm pkix.AlgorithmIdentifier
		Data      []byte
	}
	pkcs1Key struct { // RFC 8017 RSAPrivateKey, up to its primes
		Version                 int
		N, E, D, Prime1, Prime2 asn1.RawValue
	}
	ecKey struct { // RFC 5915 ECPrivateKey
		Version    int
		PrivateKey []byte
		Curve      asn1.ObjectIdentifier `asn1:"optional,explicit,tag:0"`
	}
)

// oidPBE is the arc of the password-based encryption schemes of PKCS #5
// and PKCS #12 that encrypt private keys.
var oidPBE = []asn1.ObjectIdentifier{{1, 2, 840, 113549, 1, 5}, {1, 2, 840, 113549, 1, 12, 1}}

func isPrivateKey(der []byte) bool {
	var p8 pkcs8Key
	if rest, err := asn1.Unmarshal(der, &p8); err == nil && len(rest) == 0 && (p8.Version == 0 || p8.Version == 1) {
		return true
	}
	var enc encryptedKey
	if rest, err := asn1.Unmarshal(der, &enc); err == nil && len(rest) == 0 {
		for _, arc := range oidPBE {
			if len(enc.Algorithm.Algorithm) > len(arc) && enc.Algorithm.Algorithm[:len(arc)].Equal(arc) {
				return true
			}
		}
	}
	var rsa pkcs1Key
	if rest, err := asn1.Unmarshal(der, &rsa); err == nil && len(rest) == 0 && rsa.Version <= 1 && allIntegers(rsa.N, rsa.E, rsa.D, rsa.Prime1, rsa.Prime2) {
		return true
	}
	var ec ecKey
	rest, err := asn1.Unmarshal(der, &ec)
	return err == nil && len(rest) == 0 && ec.Version == 1 && len(ec.PrivateKey) > 0
}

func allIntegers(vs ...asn1.RawValue) bool {
	for _, v := range vs {
		if v.Class != asn1.ClassUniversal || v.Tag != asn1.TagInteger {
			return false
		}
	}
	return true
}

// csrShape is RFC 2986's CertificationRequest, deep enough to tell a
// request from other DER. x509.ParseCertificateRequest would do, but it
// links an ASN.1 encoder into the page (some 37 KB gzip) for a check that
// only names what was pasted.
type csrShape struct {
	Info struct {
		Version    int
		Subject    asn1.RawValue
		PublicKey  asn1.RawValue
		Attributes asn1.RawValue // [0] IMPLICIT SET, possibly empty
	}
	Algorithm pkix.AlgorithmIdentifier
	Signature asn1.BitString
}

func isCSR(der []byte) bool {
	var r csrShape
	rest, err := asn1.Unmarshal(der, &r)
	i := r.Info
	return err == nil && len(rest) == 0 && i.Version == 0 &&
		isSequence(i.Subject) && isSequence(i.PublicKey) &&
		i.Attributes.Class == asn1.ClassContextSpecific && i.Attributes.Tag == 0 && i.Attributes.IsCompound
}

func isSequence(v asn1.RawValue) bool {
	return v.Class == asn1.ClassUniversal && v.Tag == asn1.TagSequence && v.IsCompound
}

// isTruncated reports whether der's outer element claims more bytes than
// there are: the mark of a paste cut short.
func isTruncated(der []byte) bool {
	var raw asn1.RawValue
	_, err := asn1.Unmarshal(der, &raw)
	syntax, ok := err.(asn1.SyntaxError) // not errors.As: reflection would weigh on the page
	return ok && strings.Contains(syntax.Msg, "truncated")
}

// The PKCS #7 and PKCS #12 outer shapes, just deep enough to find the
// certificates of a .p7b and to recognise a .pfx; encoding/asn1 does the
// parsing.
var (
	oidData       = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 7, 1}
	oidSignedData = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 7, 2}
)

type contentInfo struct {
	Type    asn1.ObjectIdentifier
	Content asn1.RawValue `asn1:"explicit,optional,tag:0"`
}

// signedData is RFC 5652's SignedData up to its certificates; the fields
// after them are not needed and encoding/asn1 allows leaving them out.
type signedData struct {
	Version          int
	DigestAlgorithms asn1.RawValue
	EncapContentInfo asn1.RawValue
	Certificates     asn1.RawValue `asn1:"optional"`
}

type pfx struct {
	Version  int
	AuthSafe contentInfo
}

// pkcs7Certificates returns the certificates of a PKCS #7 signed-data
// bundle (.p7b) and whether der is one.
func pkcs7Certificates(der []byte) ([]*x509.Certificate, bool) {
	var ci contentInfo
	if _, err := asn1.Unmarshal(der, &ci); err != nil || !ci.Type.Equal(oidSignedData) {
		return nil, false
	}
	var sd signedData
	if _, err := asn1.Unmarshal(ci.Content.Bytes, &sd); err != nil {
		return nil, true
	}
	// The certificates are an implicit [0] SET; a RawValue field takes any
	// tag, so check it is that one and not the CRLs or signer infos.
	set := sd.Certificates
	if set.Class != asn1.ClassContextSpecific || set.Tag != 0 {
		return nil, true
	}
	certs, err := x509.ParseCertificates(set.Bytes)
	if err != nil {
		return nil, true
	}
	return certs, true
}

func isPFX(der []byte) bool {
	var p pfx
	_, err := asn1.Unmarshal(der, &p)
	return err == nil && p.Version == 3 && p.AuthSafe.Type.Equal(oidData)
}

// dedupe drops repeated certificates, keeping the first of each, in a new
// slice.
func dedupe(certs []*x509.Certificate) []*x509.Certificate {
	seen := make(map[string]bool, len(certs))
	out := make([]*x509.Certificate, 0, len(certs))
	for _, c := range certs {
		if !seen[string(c.Raw)] {
			seen[string(c.Raw)] = true
			out = append(out, c)
		}
	}
	return out
}
