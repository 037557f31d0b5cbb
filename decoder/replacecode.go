package decoder

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ReplaceCode returns text with the number of its code, the piece r was
// read from (r.CodeText), replaced by code in hex: the checklist and the
// decimal alternative use it so that a pasted dialog keeps its words, and
// with them its KB message and language. ok is false when r has no code
// text, or it is not found in text as a number standing alone (a flag name
// such as FLAG_INVALID_CA ends in hex letters, but is no number).
func ReplaceCode(text string, r Result, code uint32) (string, bool) {
	folded, offsets := searchForm(text)
	want, _ := searchForm(r.CodeText)
	at := strings.Index(folded, want)
	if at < 0 || want == "" {
		return "", false
	}
	piece := folded[at : at+len(want)]
	end := len(piece)
	for end > 0 && hexDigit(piece[end-1]) < 0 {
		end--
	}
	start := end
	for start > 0 && hexDigit(piece[start-1]) >= 0 {
		start--
	}
	before, _ := utf8.DecodeLastRuneInString(piece[:start])
	after, _ := utf8.DecodeRuneInString(piece[end:])
	if start == end || start > 0 && isWordRune(before) && !isXLike(before) || end < len(piece) && isWordRune(after) {
		return "", false
	}
	if x, size := utf8.DecodeLastRuneInString(piece[:start]); isXLike(x) && start > size &&
		(piece[start-size-1] == '0' || piece[start-size-1] == 'o') {
		start -= size + 1 // "0x", and the look-alikes "0×", "Ox", "0х"
	}
	return text[:offsets[at+start]] + Hex(code) + text[offsets[at+end]:], true
}

// searchForm folds s as the decoder reads it (fold), in lower case and
// with runs of spaces as one, for finding a piece the decoder reported in
// the text it came from. offsets[i] is the byte offset in s of byte i of
// the result, with one more entry for the end.
func searchForm(s string) (string, []int) {
	var b strings.Builder
	offsets := make([]int, 0, len(s)+1)
	space := false
	for i, r := range s {
		if isBreak(r) {
			r = ' '
		}
		r = unicode.ToLower(fold(r))
		if r < 0 || r == ' ' && space {
			continue
		}
		space = r == ' '
		for range utf8.RuneLen(r) {
			offsets = append(offsets, i)
		}
		b.WriteRune(r)
	}
	return b.String(), append(offsets, len(s))
}

func isWordRune(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) }
