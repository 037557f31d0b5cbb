package cert

import (
	"crypto/x509"
	"encoding/asn1"
	"encoding/base64"
	"strings"
	"unicode"

	"proxycert/messages"
)

// encoding/pem wants markers at the start of a line and exact bodies, which
// mail and tickets do not keep: they indent, quote with "> ", flatten lines
// and add chatter. So the PEM here is found by its markers anywhere in the
// text, and the body between them is cleaned before it is decoded.

// A marker is a -----BEGIN TYPE----- or -----END TYPE----- line.
type marker struct {
	begin      bool
	typ        string // as written, trimmed
	start, end int    // byte offsets in the text
}

// findMarkers returns the markers in text in order. It accepts three or more
// dashes on each side and any letter case, as retyped markers have them.
func findMarkers(text string) []marker {
	var ms []marker
	for i := 0; i < len(text); {
		j := strings.Index(text[i:], "---")
		if j < 0 {
			break
		}
		j += i
		k := j
		for k < len(text) && text[k] == '-' {
			k++
		}
		if m, ok := markerAt(text, j, k); ok {
			ms = append(ms, m)
			i = m.end
		} else {
			i = k
		}
	}
	return ms
}

// markerAt reads a marker whose leading dashes run from start to after.
func markerAt(text string, start, after int) (marker, bool) {
	rest := text[after:]
	m := marker{start: start}
	switch {
	case hasPrefixFold(rest, "BEGIN "):
		m.begin, rest = true, rest[len("BEGIN "):]
	case hasPrefixFold(rest, "END "):
		rest = rest[len("END "):]
	default:
		return m, false
	}
	n := strings.IndexByte(rest, '-')
	if n <= 0 || n > 64 || strings.ContainsAny(rest[:n], "\r\n") {
		return m, false
	}
	m.typ = strings.TrimSpace(rest[:n])
	if m.typ == "" || !isLetter(m.typ[0]) {
		return m, false
	}
	end := len(text) - len(rest) + n
	dashes := 0
	for end < len(text) && text[end] == '-' {
		end, dashes = end+1, dashes+1
	}
	m.end = end
	return m, dashes >= 3
}

func isLetter(b byte) bool { return 'A' <= b && b <= 'Z' || 'a' <= b && b <= 'z' }

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// kind sorts PEM block types by what Read does with them.
func kind(typ string) string {
	t := strings.ToUpper(typ)
	switch {
	case strings.Contains(t, "PRIVATE KEY"):
		return "key"
	case strings.Contains(t, "REQUEST"):
		return "csr"
	case strings.Contains(t, "CERTIFICATE"), strings.Contains(t, "PKCS7"),
		strings.Contains(t, "PKCS #7"), t == "CMS":
		return "cert"
	}
	return "other"
}

// fromPEM reads the blocks the markers delimit. A private key anywhere is
// refused before anything else is read; blocks of other kinds are skipped
// when the text holds certificates and named when it holds none.
func fromPEM(text string, ms []marker) ([]*x509.Certificate, error) {
	for _, m := range ms {
		if m.begin && kind(m.typ) == "key" {
			return nil, &Error{ID: messages.CertErrPrivateKey, Type: m.typ, Line: lineOf(text, m.start)}
		}
	}
	var certs []*x509.Certificate
	var skipped *Error
	lines := lineCounter{text: text}
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		line := lines.at(m.start)
		if !m.begin {
			return nil, &Error{ID: messages.CertErrNoBegin, Type: m.typ, Line: line}
		}
		if i+1 == len(ms) || ms[i+1].begin || !strings.EqualFold(ms[i+1].typ, m.typ) {
			return nil, &Error{ID: messages.CertErrTruncated, Type: m.typ, Line: line}
		}
		end := ms[i+1]
		i++
		switch kind(m.typ) {
		case "csr":
			skipped = firstOf(skipped, &Error{ID: messages.CertErrCSR, Type: m.typ, Line: line})
			continue
		case "other":
			skipped = firstOf(skipped, &Error{ID: messages.CertErrOtherType, Type: m.typ, Line: line})
			continue
		}
		der, err := decodeBody(text, m.end, end.start)
		if err != nil {
			return nil, err
		}
		if strings.EqualFold(m.typ, "TRUSTED CERTIFICATE") {
			der = withoutTrust(der)
		}
		got, err := fromDER(der, line)
		if err != nil {
			if e, ok := err.(*Error); ok {
				e.Type = m.typ
			}
			return nil, err
		}
		certs = append(certs, got...)
	}
	if len(certs) == 0 && skipped != nil {
		return nil, skipped
	}
	return certs, nil
}

// withoutTrust drops the trust settings OpenSSL appends to the certificate
// in a TRUSTED CERTIFICATE block.
func withoutTrust(der []byte) []byte {
	var raw asn1.RawValue
	if _, err := asn1.Unmarshal(der, &raw); err != nil {
		return der
	}
	return raw.FullBytes
}

func firstOf(a, b *Error) *Error {
	if a != nil {
		return a
	}
	return b
}

// decodeBody decodes the base64 between two markers, text[from:to]. It
// drops spaces of every width, mail quote marks and zero-width characters,
// takes the URL-safe alphabet as well, and stops at the first character
// that cannot belong, naming its line.
func decodeBody(text string, from, to int) ([]byte, error) {
	var b strings.Builder
	padding := false
	for i, r := range text[from:to] {
		switch {
		case isBlank(r) || r == '>':
		case r == '=':
			padding = true
		case isBase64(r) && !padding:
			b.WriteRune(urlToStd(r))
		default:
			return nil, badChar(text, from+i)
		}
	}
	// A length one past a multiple of four cannot be base64: a character was
	// lost, most likely at the cut end. Decoding the rest lets the data
	// itself tell a cut from damage.
	s := b.String()
	if len(s)%4 == 1 {
		s = s[:len(s)-1]
	}
	der, err := base64.RawStdEncoding.DecodeString(s)
	if err != nil {
		return nil, &Error{ID: messages.CertErrDamaged, Line: lineOf(text, from), Detail: err.Error()}
	}
	return der, nil
}

// badChar reports the character at text[at] as out of place, quoting the
// line it sits on.
func badChar(text string, at int) *Error {
	start := strings.LastIndexByte(text[:at], '\n') + 1
	end := strings.IndexByte(text[at:], '\n')
	if end < 0 {
		end = len(text)
	} else {
		end += at
	}
	return &Error{ID: messages.CertErrBadBase64, Line: lineOf(text, at),
		Piece: messages.Clip(strings.TrimFunc(text[start:end], isBlank), maxPiece)}
}

func isBase64(r rune) bool {
	return 'A' <= r && r <= 'Z' || 'a' <= r && r <= 'z' || '0' <= r && r <= '9' ||
		r == '+' || r == '/' || r == '-' || r == '_'
}

func urlToStd(r rune) rune {
	switch r {
	case '-':
		return '+'
	case '_':
		return '/'
	}
	return r
}

// isBlank reports spaces of any width and the invisible characters that
// word processors and chat tools slip into pasted text.
func isBlank(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200B' || r == '\u200C' || r == '\u200D' || r == '\uFEFF'
}

// lineOf returns the 1-based line of byte offset at in text.
func lineOf(text string, at int) int {
	return strings.Count(text[:at], "\n") + 1
}

// lineCounter finds the lines of increasing offsets in one pass, so that a
// text of many blocks costs no more than one of a few.
type lineCounter struct {
	text       string
	off, lines int // lines counted before off
}

func (c *lineCounter) at(off int) int {
	if off < c.off {
		c.off, c.lines = 0, 0
	}
	c.lines += strings.Count(c.text[c.off:off], "\n")
	c.off = off
	return c.lines + 1
}
