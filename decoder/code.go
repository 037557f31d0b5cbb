package decoder

import (
	"strings"

	"proxycert/messages"
)

// Code is a code read on its own by ParseCode.
type Code struct {
	Value       uint32
	Text        string       // the piece of input it was read from
	Alternative *Alternative // the decimal reading of bare digits, when it differs
	Decimal     bool         // read as decimal: a signed number, or digits too long for hex
}

// ParseCode reads s as a code alone, in any of the forms people write it:
//
//	0x00000018  0x18  0X18  (0x00000018)  ０ｘ１８
//	(Error Code 10)  (エラー コード 10)  Error code: 10
//	18             bare digits are hex, as Outlook prints them
//	2147483656     digits too long for hex are decimal
//	-2147483640    a signed 32-bit decimal
//	FLAG_INVALID_CA | FLAG_CERT_CN_INVALID
//	WINHTTP_CALLBACK_STATUS_FLAG_CERT_DATE_INVALID, 0x8 + 0x10
//
// Names are case-insensitive and may be the KB's (FLAG_INVALID_CA), the
// WinHTTP constant, or the part after FLAG_ (INVALID_CA). Several values,
// joined by |, +, &, commas, spaces or "and", are ORed; bare digits in such
// a list are hex too. Two numbers that are one code's hex and decimal forms
// ("0x18 (24)", "24 = 0x18") are that code. Full-width forms and "Error
// Code" labels in the catalogs' languages are accepted anywhere.
//
// When bare digits read differently as decimal, and that reading is a
// plausible code, it is the Alternative: for one number ("18": 0x12), and
// for a list ("8 16" is 0x8 | 0x16 = 0x1E as hex, 8 | 16 = 0x18 as decimal).
//
// The error is an *Error: ErrEmpty for blank input, ErrTooBig for a value
// over 32 bits, ErrBadNumber for "0x", "0x1G" or a lone "-", ErrUnknownName
// for any word that is not a flag (another family's constants included),
// each with the piece as typed and its 1-based character position.
func ParseCode(s string) (Code, error) {
	a := readAlone(s)
	if a.err == nil {
		a.err = a.stop
	}
	if a.err != nil {
		return Code{}, a.err
	}
	if a.values == 0 {
		if isBlank(s) {
			return Code{}, &Error{ID: messages.ErrEmpty}
		}
		return Code{}, &Error{ID: messages.ErrNothing, Input: strings.TrimSpace(s)}
	}
	return a.code(), nil
}

// Names formats code as its flag names joined by " | ", the form ParseCode
// reads back; unknown bits are appended in hex, and 0 is "0x00000000".
func Names(code uint32) string {
	set, unknown := Split(code)
	if len(set) == 0 {
		return Hex(code)
	}
	parts := make([]string, 0, len(set)+1)
	for _, f := range set {
		parts = append(parts, f.Name)
	}
	if unknown != 0 {
		parts = append(parts, Hex(unknown))
	}
	return strings.Join(parts, " | ")
}

// alone is what readAlone found in an input taken as a code alone.
type alone struct {
	text   string
	value  uint32
	values int    // how many values were ORed
	num    number // the value's reading, when it was one number
	isNum  bool
	// decimal is the value with bare digits read as decimal; bare says
	// that this reading differs for some number ("8 16": 0x1E or 0x18).
	decimal uint32
	bare    bool
	fam     family // another family's constant, when one was named
	famTok  token
	named   bool   // a flag name was read
	look    string // the first number written with look-alike characters, as typed
	err     *Error // the first word or number of a code that could not be read
	stop    *Error // the word of a sentence that made shaped false
	shaped  bool   // every word looked like part of a code, up to the first that did not
}

func (a alone) code() Code {
	n, isNum := a.reading()
	c := Code{Value: a.value, Text: a.text}
	if isNum {
		c.Alternative = n.alternative()
		c.Decimal = n.how == readOverHex || n.how == readSigned
	}
	return c
}

// reading returns the whole input's value as one number: the number itself
// when it was one, bare digits when a list of them reads differently as
// decimal ("8 16", whose decimal reading is then the alternative), else hex.
// isNum is false for a value that no number's digits gave.
func (a alone) reading() (n number, isNum bool) {
	switch {
	case a.values == 1 && a.isNum:
		return a.num, true
	case a.values > 1 && a.bare:
		return number{value: a.value, how: readBare, digits: a.text, decimal: a.decimal}, true
	}
	return number{value: a.value, how: readHex}, false
}

// readAlone reads every word of s as a value. It stops at the first word
// that does not look like part of a code (shaped becomes false), so that a
// long chat message costs no more than its first word.
func readAlone(s string) alone {
	a := alone{text: strings.TrimSpace(s), shaped: true}
	eachToken(s, a.word)
	return a
}

// word reads one word; it returns false to stop reading.
func (a *alone) word(t token) bool {
	w := t.text
	numeric := isDigit(w[0]) || w[0] == '-'
	switch {
	case numeric && t.long:
		a.fail(messages.ErrTooBig, t) // hundreds of digits
		return false
	case numeric:
		if n, errID := readDigits(w); errID != "" {
			a.fail(errID, t)
		} else {
			n.lookalike = n.lookalike || mixedX(t.raw)
			a.addNumber(n, t)
		}
		return true
	case t.long:
		return a.stopAt(t)
	}
	if v, ok := flagByName(w); ok {
		a.named = true
		a.add(v, number{}, false)
		return true
	}
	if _, lookalike := xPrefix(w); lookalike { // "Ox18"
		if n, errID := readDigits(w); errID == "" {
			a.addNumber(n, t)
			return true
		}
	}
	if n, errID := readNumber(w); errID == "" && strings.ContainsAny(w, "0123456789") {
		a.add(n.value, n, true) // bare hex with a letter: 8000000A
		return true
	}
	if isLabelWord(w) {
		return true
	}
	if f := familyOfName(w, true); f.id != "" {
		if a.fam.id == "" {
			a.fam, a.famTok = f, t
		}
		a.fail(messages.ErrUnknownName, t) // for ParseCode; Parse names the family
		return true
	}
	if !strings.Contains(w, "_") {
		return a.stopAt(t) // a word of a sentence, not a misspelt constant
	}
	a.fail(messages.ErrUnknownName, t)
	return true
}

// addNumber adds a number read from t, remembering a look-alike one.
func (a *alone) addNumber(n number, t token) {
	if n.lookalike && a.look == "" {
		a.look = t.raw
	}
	a.add(n.value, n, true)
}

func (a *alone) add(v uint32, n number, isNum bool) {
	if a.values == 1 && isNum && a.isNum && a.merge(n) {
		return
	}
	d := v
	if isNum && n.how == readBare {
		d, a.bare = n.decimal, a.bare || n.decimal != n.value
	}
	a.value |= v
	a.decimal |= d
	a.values++
	a.num, a.isNum = n, isNum
}

// merge takes a second number that is the first one's other form ("0x18
// (24)"); it reports whether it did.
func (a *alone) merge(n number) bool {
	kept, ok := sameCode(a.num, n)
	if !ok {
		return false
	}
	a.value, a.num = kept.value, kept
	a.decimal, a.bare = kept.value, false
	if kept.how == readBare {
		a.decimal, a.bare = kept.decimal, kept.decimal != kept.value
	}
	return true
}

// sameCode reports a code written in two forms, "0x18 (24)", "24 = 0x18" or
// "18 (24)": one number's decimal reading is the other's value. That is one
// code, not two flags to OR (0x18 | 0x24 would be 0x3C). It returns the
// reading as a code, with no decimal alternative left to offer.
func sameCode(x, y number) (number, bool) {
	switch {
	case x.value == y.value: // "18 18": as ambiguous as "18", unless one has 0x
		if x.how == readBare {
			x = y
		}
		return x, true
	case y.how == readBare && y.decimal == x.value:
	case x.how == readBare && x.decimal == y.value:
		x = y
	default:
		return number{}, false
	}
	if x.how == readBare {
		x.how = readHex
	}
	return x, true
}

// mixedX reports a code typed with a full-width ｘ among half-width
// characters ("0ｘ18"), which folding would hide; a code typed all in full
// width ("０ｘ１８") is just a Japanese input method's way of writing it.
func mixedX(raw string) bool {
	size, lookalike := xPrefix(raw)
	return lookalike && size == 4 && raw[1] == 0xEF // ｘ and Ｘ: EF BD 98, EF BC B8
}

// fail keeps the first error.
func (a *alone) fail(id string, t token) {
	if a.err == nil {
		a.err = &Error{ID: id, Input: t.raw, Pos: t.pos}
		if id == messages.ErrTooBig {
			a.err.Limit = "0xFFFFFFFF"
		}
	}
}

// stopAt marks the input as running text; it returns false to stop.
func (a *alone) stopAt(t token) bool {
	a.shaped, a.stop = false, &Error{ID: messages.ErrUnknownName, Input: t.raw, Pos: t.pos}
	return false
}
