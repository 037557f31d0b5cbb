package decoder

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"proxycert/messages"
)

// fold maps one rune to the form the decoder reads: full-width ASCII to
// ASCII, every kind of space to ' ', curly quotes and apostrophes to
// straight ones, dashes and minus signs to '-'. It returns -1 for runes that
// carry nothing (zero-width spaces, soft hyphens, byte order marks,
// direction marks). Line breaks are not folded here; normalize handles
// them.
func fold(r rune) rune {
	switch {
	case r < 0x80:
		if r < 0x20 || r == 0x7F {
			return ' '
		}
		return r
	case r >= 0xFF01 && r <= 0xFF5E:
		return r - 0xFEE0
	case r >= 0x2000 && r <= 0x200A:
		return ' '
	case r >= 0x2010 && r <= 0x2015:
		return '-'
	}
	switch r {
	case 0x3000, 0xA0, 0x1680, 0x202F, 0x205F:
		return ' '
	case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0xAD,
		0x200E, 0x200F, 0x061C, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069:
		return -1 // and the direction marks that Arabic and Hebrew copies carry
	case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC, 0x00B4:
		return '\''
	case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0xAB, 0xBB, 0x301D, 0x301E, 0x301F:
		return '"'
	case 0x2212, 0xFE63, 0x2500, 0x2501:
		return '-'
	case 0xFF61:
		return '。'
	case 0xFF64:
		return '、'
	case utf8.RuneError:
		return '?'
	}
	return r
}

// isPlain reports printable ASCII other than the space.
func isPlain(c byte) bool { return c > ' ' && c < 0x7F }

// isBreak reports whether r ends a line.
func isBreak(r rune) bool {
	return r == '\n' || r == '\r' || r == 0x85 || r == 0x2028 || r == 0x2029
}

// normalize folds text (see fold) and joins its lines with single spaces,
// dropping what a copied message box or a mail quote adds around the
// dialog's own words: frame lines of dashes, the caption line, the button
// row, and leading '>' quote marks. Runs of spaces become one space. Every
// rule either keeps or shrinks a rune, so the result is never longer than
// the input. It runs in one pass: each line is written out, then checked
// and taken back when it is chrome.
func normalize(s string) string {
	b := make([]byte, 0, len(s))
	lineStart, atLineStart, open := 0, true, false
	for i := 0; i <= len(s); {
		r, size := rune(-2), 0
		if i < len(s) {
			if r, size = rune(s[i]), 1; r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(s[i:])
			}
		}
		i += size
		if r == -2 || isBreak(r) {
			if open && isChrome(b[lineStart:]) {
				b = b[:lineStart]
			}
			open = false
			if r == -2 {
				break
			}
			atLineStart = true
			continue
		}
		if !((r == 'ｘ' || r == 'Ｘ') && i > size && (s[i-size-1] == '0' || s[i-size-1] == 'O')) {
			r = fold(r) // but a full-width x after a half-width 0 stays: see xPrefix
		}
		if r < 0 || (r == ' ' && (len(b) == 0 || b[len(b)-1] == ' ')) {
			continue
		}
		if atLineStart {
			if r == ' ' || r == '>' { // mail quoting: "> > text"
				continue
			}
			if len(b) > 0 && b[len(b)-1] != ' ' {
				b = append(b, ' ')
			}
			lineStart, atLineStart, open = len(b), false, true
		}
		if size == 1 && isPlain(s[i-1]) { // copy a run of plain ASCII words at once
			j := i
			for j < len(s) && (isPlain(s[j]) || s[j] == ' ' && j+1 < len(s) && isPlain(s[j+1])) {
				j++
			}
			b = append(b, s[i-1:j]...)
			i = j
			continue
		}
		b = utf8.AppendRune(b, r)
	}
	return strings.TrimRight(string(b), " ")
}

// isChrome reports whether a line is a frame of dashes, a caption or a row
// of buttons. Long lines are never chrome, which also bounds the work.
func isChrome(line []byte) bool {
	if len(line) > 72 {
		return false
	}
	l := bytes.TrimSpace(line)
	if len(l) == 0 {
		return false
	}
	if len(l) >= 3 && isRule(l) {
		return true
	}
	for _, c := range messages.Chrome.Captions {
		if len(c) == len(l) && strings.EqualFold(string(l), c) {
			return true
		}
	}
	for len(l) > 0 {
		w := l
		if i := bytes.IndexByte(l, ' '); i >= 0 {
			w, l = l[:i], bytes.TrimLeft(l[i:], " ")
		} else {
			l = nil
		}
		if !isButton(w) {
			return false
		}
	}
	return true
}

// isRule reports a line drawn with dashes, equals signs, underscores or stars.
func isRule(l []byte) bool {
	for _, c := range l {
		if c != '-' && c != '=' && c != '_' && c != '*' {
			return false
		}
	}
	return true
}

func isButton(w []byte) bool {
	w = bytes.TrimPrefix(bytes.Trim(w, "[]"), []byte("&"))
	if i := bytes.IndexByte(w, '('); i > 0 && w[len(w)-1] == ')' {
		w = w[:i] // "はい(Y)"
	}
	for _, b := range messages.Chrome.Buttons {
		if len(b) == len(w) && strings.EqualFold(string(w), b) {
			return true
		}
	}
	return false
}

// Anchors are compared on a compacted form of the text: lower case, no
// spaces, quotes, hyphens, long-vowel marks or accents, so that
// "プロキシサーバ" matches "プロキシ サーバー" and "securite" matches
// "sécurité". The matcher compacts the text as it reads it (see
// matcher.find); compactKey compacts the anchors the same way.

// compactKey compacts an anchor the same way as the text it is looked for in.
func compactKey(s string) string { return string(appendKey(nil, s)) }

// asciiKey is compactRune for ASCII as a table; 0 drops the byte.
var asciiKey = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		if r := compactRune(rune(c)); r >= 0 {
			t[c] = byte(r)
		}
	}
	return t
}()

func appendKey(b []byte, s string) []byte {
	for _, r := range s {
		if r = fold(r); r >= 0 {
			if r = compactRune(r); r >= 0 {
				b = utf8.AppendRune(b, r)
			}
		}
	}
	return b
}

// latin1 folds the letters U+00C0-U+00FF to their base letter; 0 keeps the rune.
const latin1 = "aaaaaaaceeeeiiiidnooooo\x00ouuuuy\x00saaaaaaaceeeeiiiidnooooo\x00ouuuuy\x00y"

func compactRune(r rune) rune {
	switch {
	case r >= 'A' && r <= 'Z':
		return r + 'a' - 'A'
	case r < 0x80:
		// '?' is what a lossy conversion to another character set
		// leaves of a curly apostrophe: "the proxy server?s security".
		if r == ' ' || r == '\'' || r == '"' || r == '`' || r == '-' || r == '?' {
			return -1
		}
		return r
	case r >= 0xC0 && r <= 0xFF:
		if c := latin1[r-0xC0]; c != 0 {
			return rune(c)
		}
		return r
	case r == 0x30FC || r == 0xFF70 || (r >= 0x300 && r <= 0x36F):
		return -1 // ー, ｰ and combining accents
	case r >= 0x3000 && r <= 0xD7FF:
		return r // kana, CJK and Hangul have no case: skip the table lookup
	}
	return unicode.ToLower(r)
}
