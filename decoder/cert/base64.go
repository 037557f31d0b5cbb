package cert

import (
	"crypto/x509"
	"strings"

	"proxycert/messages"
)

// minBase64 is the fewest base64 characters a run of lines needs, amid
// other text, to be taken for a certificate. The smallest real certificate
// is some 400 characters; a line of prose, a thumbprint or a serial number
// stays well under this.
const minBase64 = 128

// minToken is the shortest piece, on a line holding several, that counts as
// base64 of a flattened certificate rather than a word.
const minToken = 16

// lineKind sorts the lines of a text without PEM markers.
type lineKind int

const (
	blankLine lineKind = iota
	proseLine
	base64Line // only base64 characters
	nearLine   // base64 with a few stray characters: a damaged line, reported as such
)

// fromBase64 reads certificates pasted as bare base64: each run of base64
// lines long enough to be one, with any chatter around it ignored.
func fromBase64(text string) ([]*x509.Certificate, error) {
	lines := strings.SplitAfter(text, "\n")
	kinds := make([]lineKind, len(lines))
	first := -1 // the first line that is not blank, quoted in "not found"
	for i, l := range lines {
		kinds[i] = kindOf(l)
		if kinds[i] != blankLine && first < 0 {
			first = i
		}
	}
	var certs []*x509.Certificate
	counter := lineCounter{text: text}
	offset := 0
	for i := 0; i < len(lines); {
		if kinds[i] < base64Line {
			offset += len(lines[i])
			i++
			continue
		}
		from, chars := offset, 0
		for ; i < len(lines) && kinds[i] >= base64Line; i++ {
			chars += len(strings.TrimFunc(lines[i], isBlank))
			offset += len(lines[i])
		}
		if chars < minBase64 {
			continue
		}
		der, err := decodeBody(text, from, offset)
		if err != nil {
			return nil, err
		}
		got, err := fromDER(der, counter.at(from))
		if err != nil {
			return nil, err
		}
		certs = append(certs, got...)
	}
	if len(certs) == 0 {
		return nil, &Error{ID: messages.CertErrNotFound, Line: first + 1,
			Piece: messages.Clip(strings.TrimFunc(lines[max(first, 0)], isBlank), maxPiece)}
	}
	return certs, nil
}

func kindOf(line string) lineKind {
	t := strings.TrimLeft(strings.TrimFunc(line, isBlank), "> ")
	if t == "" {
		return blankLine
	}
	if strings.Trim(t, "-=_") == "" {
		return proseLine // a separator line such as the dashes of a Ctrl+C frame
	}
	fields := strings.FieldsFunc(t, isBlank)
	kind := base64Line
	for _, f := range fields {
		k := tokenKind(f)
		if k == proseLine || len(fields) > 1 && len(f) < minToken {
			return proseLine
		}
		kind = max(kind, k)
	}
	return kind
}

// tokenKind tells base64 from words. A long token with a few characters
// that do not belong is a damaged line, so that the error can point at it.
func tokenKind(f string) lineKind {
	bad := 0
	for _, r := range strings.TrimRight(f, "=") {
		if !isBase64(r) {
			bad++
		}
	}
	switch {
	case bad == 0:
		return base64Line
	case len(f) >= 2*minToken && bad*8 <= len(f):
		return nearLine
	}
	return proseLine
}
