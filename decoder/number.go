package decoder

import (
	"strings"
	"unicode/utf8"

	"proxycert/messages"
)

// reading says how the digits of a number were read.
type reading int

const (
	readHex     reading = iota // 0x18, or bare digits with a letter (8000000A)
	readBare                   // bare decimal digits, read as hex as Outlook prints them
	readOverHex                // bare digits too long for hex, read as decimal
	readSigned                 // -2147483640: a signed 32-bit decimal
)

// number is one number read from the input.
type number struct {
	value   uint32
	how     reading
	digits  string // the digits as read, for warnings
	decimal uint32 // for readBare: the same digits read as decimal
	// lookalike: letters were read as the digits they look like ("lO")
	lookalike bool
}

// alternative returns the decimal reading of bare digits when it differs
// from the hex one and is itself a plausible code (no bits outside
// ValidMask); a decimal reading full of undefined bits only adds noise.
func (n number) alternative() *Alternative {
	if n.how != readBare || n.decimal == n.value || n.decimal&^ValidMask != 0 {
		return nil
	}
	flags, unknown := Split(n.decimal)
	return &Alternative{Reading: "decimal", Code: n.decimal, Flags: flags, UnknownBits: unknown}
}

// readNumber reads one token, already folded to ASCII, as a number:
//
//	0x18, 0X18     hex
//	18             hex (as Outlook prints codes), decimal kept as an alternative
//	8000000A       hex (bare, with a letter)
//	2147483656     decimal, when the digits are too long for hex
//	-2147483640    signed 32-bit decimal
//
// Leading zeros never count towards a length. On failure it returns a
// messages.Err* id: ErrTooBig for a value over 32 bits, ErrBadNumber for
// anything else.
func readNumber(tok string) (number, string) {
	switch {
	case len(tok) >= 2 && tok[0] == '0' && (tok[1] == 'x' || tok[1] == 'X'):
		digits := tok[2:]
		if digits == "" || !allHex(digits) {
			return number{}, messages.ErrBadNumber
		}
		return hexNumber(digits)
	case tok != "" && tok[0] == '-':
		digits := tok[1:]
		if digits == "" || !allDecimal(digits) {
			return number{}, messages.ErrBadNumber
		}
		v, ok := decimalValue(trimZeros(digits))
		if !ok || v > 1<<31 {
			return number{}, messages.ErrTooBig
		}
		return number{value: uint32(-int64(v)), how: readSigned, digits: tok}, ""
	case tok != "" && allDecimal(tok):
		sig := trimZeros(tok)
		if len(sig) > 8 {
			v, ok := decimalValue(sig)
			if !ok {
				return number{}, messages.ErrTooBig
			}
			return number{value: uint32(v), how: readOverHex, digits: tok}, ""
		}
		n, _ := hexNumber(tok)
		d, _ := decimalValue(sig)
		n.how, n.decimal = readBare, uint32(d)
		return n, ""
	case tok != "" && allHex(tok):
		return hexNumber(tok)
	}
	return number{}, messages.ErrBadNumber
}

// readLookalike reads a token in which letters stand for the digits they
// look like, as in a code typed again or read from a screenshot: O and o
// for 0, l and I for 1 ("(Error Code lO)", "0x0000OO18"). With them read
// as digits, the token must be decimal digits, or hex digits after 0x:
// "of" or "Office" are words, not "0f".
func readLookalike(tok string) (number, bool) {
	var buf [24]byte // no code is longer, even with its zeros
	if len(tok) > len(buf) || strings.IndexFunc(tok, isLookalike) < 0 {
		return number{}, false
	}
	b := append(buf[:0], tok...)
	hex := len(b) > 2 && b[0] == '0' && b[1]|0x20 == 'x'
	for i := range b {
		switch b[i] {
		case 'O', 'o':
			b[i] = '0'
		case 'l', 'I':
			b[i] = '1'
		}
		if !(isDigit(b[i]) || hex && (i == 1 || hexDigit(b[i]) >= 0)) {
			return number{}, false
		}
	}
	n, errID := readNumber(string(b))
	n.lookalike = true
	return n, errID == ""
}

// readDigits reads tok as readNumber does, and failing that with look-alike
// letters read as digits (see readLookalike) and a look-alike 0x (see
// xPrefix).
func readDigits(tok string) (number, string) {
	if size, lookalike := xPrefix(tok); lookalike {
		var n number
		var errID string
		if rest := tok[size:]; rest != "" && allHex(rest) {
			n, errID = hexNumber(rest)
		} else {
			n, errID = readDigits("0x" + rest) // "Ox0000OO18": letters for digits too
		}
		n.lookalike = errID == ""
		return n, errID
	}
	n, errID := readNumber(tok)
	if errID != "" {
		if la, ok := readLookalike(tok); ok {
			return la, ""
		}
	}
	return n, errID
}

func isLookalike(r rune) bool { return r == 'O' || r == 'o' || r == 'l' || r == 'I' }

// xPrefix returns the length of the 0x that starts s, and whether it is
// written with characters that only look like it: a capital O for the zero
// (retyped, or read from a screenshot), or for the x the multiplication
// sign × (typesetters turn "0x" into it, so every blog copy of the KB's
// table has it), the Cyrillic х or Х (a Russian keyboard), or a full-width
// ｘ left among half-width digits (an input method switched on halfway;
// see normalize). It returns 0 when s does not start with one.
func xPrefix(s string) (size int, lookalike bool) {
	if len(s) < 2 || s[0] != '0' && s[0] != 'O' {
		return 0, false
	}
	r, n := utf8.DecodeRuneInString(s[1:])
	switch r {
	case 'x', 'X':
		return 1 + n, s[0] == 'O'
	case '×', 'х', 'Х', 'ｘ', 'Ｘ':
		return 1 + n, true
	}
	return 0, false
}

func hasXPrefix(s string) bool {
	size, _ := xPrefix(s)
	return size > 0
}

// isXLike reports the characters xPrefix reads as the x of 0x.
func isXLike(r rune) bool {
	return r == 'x' || r == 'X' || r == '×' || r == 'х' || r == 'Х' || r == 'ｘ' || r == 'Ｘ'
}

func hexNumber(digits string) (number, string) {
	sig := trimZeros(digits)
	if len(sig) > 8 {
		return number{}, messages.ErrTooBig
	}
	var v uint32
	for i := 0; i < len(sig); i++ {
		v = v<<4 | uint32(hexDigit(sig[i]))
	}
	return number{value: v, how: readHex, digits: digits}, ""
}

// decimalValue parses at most ten significant digits; ok is false when the
// value does not fit in 32 bits.
func decimalValue(sig string) (uint64, bool) {
	if len(sig) > 10 {
		return 0, false
	}
	var v uint64
	for i := 0; i < len(sig); i++ {
		v = v*10 + uint64(sig[i]-'0')
	}
	return v, v <= 0xFFFFFFFF
}

func trimZeros(s string) string {
	for len(s) > 1 && s[0] == '0' {
		s = s[1:]
	}
	return s
}

func allDecimal(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func allHex(s string) bool {
	for i := 0; i < len(s); i++ {
		if hexDigit(s[i]) < 0 {
			return false
		}
	}
	return true
}

func hexDigit(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isWordByte reports ASCII letters, digits and '_', the bytes of a token
// that a number or name must not run into.
func isWordByte(c byte) bool {
	return isDigit(c) || c == '_' || (c|0x20 >= 'a' && c|0x20 <= 'z')
}
