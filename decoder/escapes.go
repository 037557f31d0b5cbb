package decoder

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// backslash reads an escape of a JSON or C string, as ticket exports and
// logs write a dialog's text: \n, \r\n, \t, \', \", \\, \/, \xHH for ASCII,
// and \uHHHH (a UTF-16 surrogate pair as two). "\d" or "\Users" are left
// alone.
func backslash(s string) (int, string) {
	if len(s) < 2 {
		return 0, ""
	}
	switch c := s[1]; c {
	case 'n':
		return 2, "\n"
	case 'r':
		if strings.HasPrefix(s[2:], `\n`) {
			return 4, "\n"
		}
		return 2, "\n"
	case 't':
		return 2, " "
	case '\'', '"', '\\', '/':
		return 2, string(c)
	case 'x':
		if v, ok := hexValue(s[2:], 2); ok && v < utf8.RuneSelf {
			return 4, string(rune(v))
		}
	case 'u':
		v, ok := hexValue(s[2:], 4)
		if !ok {
			return 0, ""
		}
		r := rune(v)
		if utf16.IsSurrogate(r) {
			if lo, ok := hexValue(strings.TrimPrefix(s[6:], `\u`), 4); ok && strings.HasPrefix(s[6:], `\u`) {
				if pair := utf16.DecodeRune(r, rune(lo)); pair != utf8.RuneError {
					return 12, string(pair)
				}
			}
			return 6, "" // half a pair carries nothing
		}
		return 6, string(r)
	}
	return 0, ""
}

// backtick reads PowerShell's line break escapes, `r`n and `n, as its
// output and scripts write them inside a dialog's text. A `n that runs into
// a lower-case word is left alone: "`nslookup`" is a Markdown code span.
func backtick(s string) (int, string) {
	switch {
	case strings.HasPrefix(s, "`r`n"):
		return 4, "\n"
	case strings.HasPrefix(s, "`n") && (len(s) == 2 || s[2] < 'a' || s[2] > 'z'):
		return 2, "\n"
	}
	return 0, ""
}

// urlEncoded reports a text URL-encoded as a whole, as an address or a form
// field holds it: no space in it, and several %HH escapes, or one with
// spaces written as '+' ("…+server+%28Error+Code+0%29").
func urlEncoded(s string) bool {
	s = strings.TrimSpace(s)
	if strings.ContainsAny(s, " \n\r\t") {
		return false
	}
	pluses := strings.Count(s, "+")
	n := 0
	for i := strings.IndexByte(s, '%'); i >= 0 && n < 3; i = strings.IndexByte(s, '%') {
		if _, ok := hexValue(s[i+1:], 2); ok {
			n++
		}
		s = s[i+1:]
	}
	return n >= 3 || n >= 1 && pluses >= 3
}

// percent reads a run of %HH escapes that spells valid UTF-8.
func percent(s string) (int, string) {
	var buf []byte
	n := 0
	for n < len(s) && s[n] == '%' {
		v, ok := hexValue(s[n+1:], 2)
		if !ok {
			break
		}
		buf = append(buf, byte(v))
		n += 3
	}
	if len(buf) == 0 || !utf8.Valid(buf) {
		return 0, ""
	}
	return n, string(buf)
}

// hexValue reads exactly n hex digits at the start of s.
func hexValue(s string, n int) (uint32, bool) {
	if len(s) < n {
		return 0, false
	}
	var v uint32
	for i := 0; i < n; i++ {
		d := hexDigit(s[i])
		if d < 0 {
			return 0, false
		}
		v = v<<4 | uint32(d)
	}
	return v, true
}
