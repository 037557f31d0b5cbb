package decoder

import "unicode/utf8"

// token is one word of a code typed alone.
type token struct {
	raw  string // as typed
	text string // folded: full-width forms made ASCII
	pos  int    // 1-based character position in the input
	long bool   // longer than maxToken: cut, and the last one read
}

// isSeparator reports the folded runes that join or surround values.
func isSeparator(r rune) bool {
	switch r {
	case ' ', '|', '+', '&', ',', ';', ':', '=', '(', ')', '[', ']', '{', '}', '"', '\'', '「', '」', '、', '。':
		return true
	}
	return isBreak(r)
}

// eachToken calls fn with each word of s, split at separators; a '.' ends a
// word when a separator or the end follows it ("0x18." is 0x18). fn returns
// false to stop.
func eachToken(s string, fn func(token) bool) {
	start, startPos, pos := -1, 0, 0
	var folded []byte
	changed, long := false, false
	emit := func(end int) bool {
		if start < 0 {
			return true
		}
		t := token{raw: s[start:end], pos: startPos, long: long}
		t.text = t.raw
		if changed {
			t.text = string(folded)
		}
		start, folded, changed = -1, folded[:0], false
		return fn(t)
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		pos++
		f := r
		if !isBreak(r) {
			f = fold(r)
		}
		if f < 0 { // a zero-width space inside a word: skip it
			changed = true
			i += size
			continue
		}
		sep := isSeparator(f)
		if f == '.' {
			next, _ := utf8.DecodeRuneInString(s[i+size:])
			sep = i+size == len(s) || isBreak(next) || isSeparator(fold(next))
		}
		if sep {
			if !emit(i) {
				return
			}
		} else {
			if start < 0 {
				start, startPos = i, pos
				folded = folded[:0]
			}
			changed = changed || f != r
			folded = utf8.AppendRune(folded, f)
			if i+size-start > maxToken {
				long = true
				emit(i + size)
				return
			}
		}
		i += size
	}
	emit(len(s))
}

// maxToken bounds a word: no code or name is longer, and a paste with no
// separators must not be copied whole only to be refused.
const maxToken = 256

// isBlank reports whether s holds nothing but spaces of any width.
func isBlank(s string) bool {
	for _, r := range s {
		if f := fold(r); f >= 0 && f != ' ' && !isBreak(r) {
			return false
		}
	}
	return true
}
