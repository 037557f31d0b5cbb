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
			if rest := s[6:]; strings.HasPrefix(rest, `\u`) {
				lo, ok := hexValue(rest[2:], 4)
				if pair := utf16.DecodeRune(r, rune(lo)); ok && pair != utf8.RuneError {
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
	return escapedRun(s, '%', false)
}

// escapedRun reads the characters spelt by a run of escapes, mark and two
// hex digits for each byte of their UTF-8 ("=E3=83=97", "%E3%83%97"), up
// to the first that spells none. For quoted-printable (qp) the run must
// start beyond ASCII, and a soft line break may cut a character. It reads
// a character at a time, so a long run that goes wrong costs each position
// of the text only once: "%C3%C3…" 64 KiB long is read in linear time.
func escapedRun(s string, mark byte, qp bool) (int, string) {
	var out []byte
	n := 0
	for {
		k, buf, size := escapedChar(s[n:], mark, qp)
		b := buf[:size]
		if k == 0 || !utf8.Valid(b) || qp && len(out) == 0 && len(b) < 2 {
			break
		}
		out, n = append(out, b...), n+k
	}
	if len(out) == 0 {
		return 0, ""
	}
	return n, string(out)
}

// escapedChar reads the escapes of one UTF-8 sequence: up to four bytes,
// fewer when the lead byte says so; it returns the length read, and the
// bytes in buf[:k]. With soft, a quoted-printable soft line break may stand
// between them.
func escapedChar(s string, mark byte, soft bool) (n int, buf [utf8.UTFMax]byte, k int) {
	for k < len(buf) {
		if soft && k > 0 {
			n += softBreak(s[n:])
		}
		if n+2 >= len(s) || s[n] != mark {
			break
		}
		hi, lo := hexDigit(s[n+1]), hexDigit(s[n+2])
		if hi < 0 || lo < 0 {
			break
		}
		buf[k], k, n = byte(hi<<4|lo), k+1, n+3
		if utf8.FullRune(buf[:k]) {
			break
		}
	}
	if k == 0 {
		n = 0
	}
	return n, buf, k
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
