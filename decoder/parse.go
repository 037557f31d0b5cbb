package decoder

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"proxycert/messages"
)

// Parse reads a pasted dialog, a code in any form, or a list of flag names.
// It never fails: what could not be read is in Result.Err and Warnings.
//
// A link to the page pasted on its own reads as the link does (see
// ParseLink and Link.Result). Input that is nothing but a code is read as
// ParseCode reads it, and its errors (ErrTooBig, ErrBadNumber,
// ErrUnknownName with the position) are returned as they are. Any other text is normalised (widths, quotes,
// spaces, line breaks, Ctrl+C frames, caption and button lines) and read
// in this order:
//
//  1. the error's dialog in English, Japanese or a language listed in
//     messages.OtherAnchors (then Language is "" with WarnOtherLanguage):
//     Recognized, with the variant, the server and the dialog's code;
//  2. a look-alike dialog: NearMiss, not Recognized;
//  3. a link to the page among the words (taken as the link reads);
//  4. a code in running text: a 0x number, a labelled number ("Error Code
//     10") or flag names. Bare digits in running text are not codes.
//
// A code of another family (an HRESULT, a WinHTTP error number, CERT_TRUST
// or SECURITY_FLAG_IGNORE names) sets OtherFamily, FamilyName and
// FamilyFlag instead of the code: HasCode stays false and Recognized is
// false unless the dialog itself was found. Text longer than MaxInput is
// cut to its first MaxInput bytes (on a character boundary) with
// WarnTooLong; blank text gives ErrEmpty, text with nothing to read
// ErrNothing.
func Parse(text string) Result { return parse(text, true) }

// parse is Parse; links says whether a link to the page in text is read.
// The text and code of a link are parsed without, so that a link inside a
// link's text is not followed in turn.
func parse(text string, links bool) Result {
	var r Result
	if len(text) > MaxInput {
		cut := MaxInput
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
		r.warn(messages.WarnTooLong, "limit", strconv.Itoa(MaxInput))
	}
	if isBlank(text) {
		r.Err = &Error{ID: messages.ErrEmpty}
		return r
	}
	if l, ok := linkInText(text); ok && links {
		return l.Result()
	}
	a := readAlone(text)
	switch {
	case !a.shaped: // running text: read below
	case a.fam.id != "":
		r.setFamily(a.fam, a.famTok.raw)
		return r
	case a.err != nil:
		r.Err = a.err
		return r
	case a.values > 0:
		r.fromCode(a)
		return r
	}
	if !r.readText(text, links) {
		r.Err = a.err
		if r.Err == nil {
			r.Err = &Error{ID: messages.ErrNothing}
		}
	}
	return r
}

// fromCode fills r from a code typed on its own.
func (r *Result) fromCode(a alone) {
	n, isNum := a.reading()
	whole := n // another family's number is one number, not a list's OR
	if a.values > 1 {
		whole = number{value: a.value, how: readHex}
	}
	if f := familyOfNumber(whole); f.id != "" {
		r.setFamily(f, a.text)
		return
	}
	r.Recognized = true
	r.setCode(a.value, n, isNum, a.text)
}

// readText fills r from running text; it reports whether it found anything.
func (r *Result) readText(text string, links bool) bool {
	n := normalize(unmangle(text))
	hits := anchors().find(n)
	cands := scanCodes(n, hits)
	if d, ok := findDialog(n, hits, cands); ok {
		r.readDialog(d)
		r.countCodes(cands, d.code, hits)
		r.checkCut(n, d.code, true)
		return true
	}
	if id := nearMiss(hits); id != "" {
		r.NearMiss = id
		for _, c := range cands {
			if c.fam.id != "" {
				r.setFamily(c.fam, c.text)
				break
			}
		}
		return true
	}
	if l, ok := linkInChatter(n); ok && links {
		warnings := r.Warnings
		*r = l.Result()
		r.Warnings = append(warnings, r.Warnings...)
		return true
	}
	if c := codeInChatter(cands); c != nil {
		r.Recognized = c.fam.id == ""
		r.readCand(c)
		r.countCodes(cands, c, hits)
		r.checkCut(n, c, false)
		return true
	}
	return false
}

// readDialog fills r from the dialog found and checks its code against the
// reason sentence.
func (r *Result) readDialog(d dialog) {
	r.Recognized, r.Variant, r.Server = true, d.variant, d.server
	if messages.Supported(d.lang) {
		r.Language = d.lang
	} else {
		r.warn(messages.WarnOtherLanguage)
	}
	if d.code == nil {
		r.warn(messages.WarnNoCode)
	}
	if d.server == "" {
		r.warn(messages.WarnNoServer)
	}
	if d.code == nil {
		return
	}
	r.readCand(d.code)
	r.checkVariant()
}

// checkVariant warns when the code contradicts the dialog's reason sentence.
func (r *Result) checkVariant() {
	if !r.HasCode {
		return
	}
	code, variant := Hex(r.Code), strconv.Itoa(r.Variant)
	if r.Variant == 3 && r.Code != 0x8 {
		r.warn(messages.WarnVariant3Code, "code", code, "variant", variant)
	}
	if (r.Variant == 2 || r.Variant == 4) && r.Code != 0 && r.Code&0x10 == 0 {
		r.warn(messages.WarnNameNoCN, "code", code, "variant", variant)
	}
}

// WithVariant returns r as if its code had come with KB 923575's message v
// (1-4), as a link's msg= says, with the warnings that combination
// deserves. A reading that is not this error, or one whose text named its
// own message, is returned as it is, and so is any v outside 1-4.
func (r Result) WithVariant(v int) Result {
	if v < 1 || v > 4 || !r.Recognized || r.Variant != 0 {
		return r
	}
	r.Variant = v
	r.Warnings = slices.Clone(r.Warnings)
	r.checkVariant()
	return r
}

// readCand takes a code found in text.
func (r *Result) readCand(c *cand) {
	switch {
	case c.fam.id != "":
		r.setFamily(c.fam, c.text)
	case c.isNum:
		r.setCode(c.num.value, c.num, true, c.text)
	default:
		r.setCode(c.value, number{}, false, c.text)
	}
}

// setCode fills in a code of this family with its flags and the warnings
// its reading deserves.
func (r *Result) setCode(v uint32, n number, isNum bool, written string) {
	r.HasCode, r.Code, r.CodeText = true, v, written
	r.Flags, r.UnknownBits = Split(v)
	if isNum {
		if alt := n.alternative(); alt != nil {
			r.Alternative = alt
			r.warn(messages.WarnAmbiguous, "digits", n.digits, "code", Hex(v), "decimal", Hex(alt.Code))
		}
		if n.how == readOverHex {
			r.warn(messages.WarnDecimalOverHex, "digits", n.digits, "code", Hex(v))
		}
		if n.lookalike {
			r.warn(messages.WarnLookalike, "written", written, "code", Hex(v))
		}
	}
	if r.UnknownBits != 0 {
		r.warn(messages.WarnUnknownBits, "bits", Hex(r.UnknownBits), "code", Hex(v))
	}
}

// setFamily records another family's code, which is not decoded as flags.
func (r *Result) setFamily(f family, written string) {
	r.OtherFamily, r.FamilyName, r.FamilyFlag, r.CodeText = f.id, f.name, f.flag, written
}

// checkCut warns when the code looks cut short by the copy, which would
// make its reading silently wrong ("(0x0000001" is 0x00000001, not
// 0x00000018): in a dialog, zero-padded hex with fewer than the eight
// digits Outlook writes; anywhere, a bracket that the text ends without
// closing. n is the normalized text c was found in.
func (r *Result) checkCut(n string, c *cand, inDialog bool) {
	if c == nil || !r.HasCode {
		return
	}
	d := c.num.digits
	padded := inDialog && c.isNum && c.num.how == readHex && len(d) > 1 && len(d) < 8 && d[0] == '0' &&
		strings.Contains(strings.ToLower(c.text), "0x")
	s := c.start
	for s > 0 && n[s-1] == ' ' {
		s--
	}
	unclosed := !c.paren && s > 0 && n[s-1] == '(' && skipSpaces(n, c.end) == len(n)
	if padded || unclosed {
		r.warn(messages.WarnCodeCut, "digits", c.text, "code", Hex(r.Code))
	}
}

// countCodes warns when the text holds codes other than the one used.
// Bare digits in brackets count only where a dialog's code would be.
func (r *Result) countCodes(cands []cand, used *cand, hits []hit) {
	if used == nil {
		return
	}
	seen := map[candKey]bool{used.key(): true}
	ends := dialogEnds(cands, hits)
	for i, c := range cands {
		if c.kind == candParen && !ends[i] {
			continue
		}
		seen[c.key()] = true
	}
	if len(seen) > 1 {
		r.warn(messages.WarnSeveralCodes, "count", strconv.Itoa(len(seen)), "code", Hex(used.key().value))
	}
}

// dialogEnds marks the first code in brackets after each opening sentence;
// bare digits in brackets count only after a full stop.
func dialogEnds(cands []cand, hits []hit) map[int]bool {
	ends := map[int]bool{}
	next := len(cands) // walking backwards: the first bracketed code at or after k
	nextParen := make([]int, len(cands)+1)
	nextParen[len(cands)] = next
	for k := len(cands) - 1; k >= 0; k-- {
		if c := cands[k]; c.paren && (c.kind != candParen || c.afterStop) {
			next = k
		}
		nextParen[k] = next
	}
	k := 0
	for _, h := range hits {
		if h.kind != kOpening {
			continue
		}
		for k < len(cands) && cands[k].start < h.start {
			k++
		}
		if j := nextParen[k]; j < len(cands) && cands[j].start < h.start+reach {
			ends[j] = true
		}
	}
	return ends
}

// warn adds a warning once.
func (r *Result) warn(id string, args ...string) {
	for _, w := range r.Warnings {
		if w.ID == id {
			return
		}
	}
	r.Warnings = append(r.Warnings, Warning{ID: id, Args: args})
}
