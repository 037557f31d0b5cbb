package decoder

import (
	"slices"
	"strconv"
	"unicode/utf8"

	"proxycert/messages"
)

// Parse reads a pasted dialog, a code in any form, or a list of flag names.
// It never fails: what could not be read is in Result.Err and Warnings.
//
// A link to the page pasted on its own reads as the link does (see
// ParseLink and Link.Result). Input that is nothing but a code is read as
// ParseCode reads it, and its errors (ErrTooBig, ErrBadNumber,
// ErrUnknownName with the position) are returned as they are, but for
// flag names beside a value that could not be read: those are read, with
// WarnPartUnread. Any other text is normalised (widths, quotes, spaces,
// line breaks, Ctrl+C frames, caption and button lines) and read in this
// order:
//
//  1. the error's dialog in a language of messages.DialogAnchors (in one
//     without a catalog, Language is "" with WarnOtherLanguage):
//     Recognized, with the variant, the server and the dialog's code. In
//     any other language and script the same, with Language "", when the
//     text has the dialog's shape (messages.Shape): a sentence on the
//     certificate, a server name, and Outlook's sentence ending in the
//     code in brackets; the variant is then the message the code fits;
//  2. a look-alike dialog: NearMiss, not Recognized;
//  3. a link to the page among the words (taken as the link reads);
//  4. a code in running text: a 0x number, a labelled number ("Error Code
//     10") or flag names. Bare digits in running text are not codes.
//
// A code of another family (an HRESULT, a WinHTTP error number, CERT_TRUST
// or SECURITY_FLAG_IGNORE names, or such a number after a log's words,
// messages.LogLabels: "failed with error 12045", "hr=0x800B0109") sets
// OtherFamily, FamilyName and FamilyFlag instead of the code: HasCode stays
// false and Recognized is false unless the dialog itself was found. Text
// longer than MaxInput is cut to its first MaxInput bytes (on a character
// boundary) with WarnTooLong; blank text gives ErrEmpty, text with nothing
// to read ErrNothing.
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
	case a.err != nil && a.named && a.err.ID != messages.ErrUnknownName:
		// A flag name is read even beside a value that could not be:
		// "FLAG_INVALID_CERT 0x0000000Z" is at least FLAG_INVALID_CERT. A
		// misspelt name stays an error that points at it.
		r.fromCode(a)
		if r.HasCode {
			r.warn(messages.WarnPartUnread, "written", a.err.Input, "code", Hex(r.Code))
		}
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
	if a.look != "" { // one number of a list: "FLAG_CERT_CN_INVALID 0×00000010"
		r.warn(messages.WarnLookalike, "written", a.look, "code", Hex(r.Code))
	}
}

// readText fills r from running text; it reports whether it found anything.
func (r *Result) readText(text string, links bool) bool {
	n := normalize(unmangle(text))
	hits, cues := splitCues(n, anchors().find(n))
	cands := scanCodes(n, hits, cues)
	d, ok := findDialog(n, hits, cands)
	if !ok && !hasKind(hits, kLookAlike) {
		d, ok = findShape(n, cues, cands)
	}
	if ok {
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
	if host, ok := unlookHost(d.server); ok {
		r.Server = host
		r.warn(messages.WarnLookalikeHost, "written", d.server, "server", host)
	}
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

// warn adds a warning once.
func (r *Result) warn(id string, args ...string) {
	for _, w := range r.Warnings {
		if w.ID == id {
			return
		}
	}
	r.Warnings = append(r.Warnings, Warning{ID: id, Args: args})
}
