package decoder

import (
	"strings"
	"unicode/utf8"
)

// unmangle undoes what mail clients, ticket systems and their exports do to
// a pasted dialog before anyone copies it again: HTML markup and character
// references (&#39;, &rsquo;, <br>), quoted-printable escapes (=E2=80=99,
// soft line breaks), UTF-8 read as Windows-1252 ("serverâ€™s"), the escapes
// of JSON, C and PowerShell strings (\u0027, \r\n, `r`n), and a whole text
// URL-encoded ("There%20is%20a%20problem…"). Each repair replaces a piece
// with something no longer than it, so the result is never longer than the
// input; text without '&', '<', '=', '\\', '`', '%' or a Latin-1 letter
// comes back as it is.
func unmangle(s string) string {
	if !needsRepair(s) {
		return s
	}
	encoded := urlEncoded(s)
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		if n, out := repairAt(s[i:], encoded); n > 0 {
			b.WriteString(out)
			i += n
			continue
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// needsRepair looks for the bytes every repair starts with; IndexByte is
// much faster than scanning rune by rune on a 64 KiB paste.
func needsRepair(s string) bool {
	for _, c := range []byte{'&', '<', '=', 0xC3, '\\', '`', '%'} {
		if strings.IndexByte(s, c) >= 0 {
			return true
		}
	}
	return false
}

// repairAt returns how many bytes at the start of s it repairs and what
// replaces them; 0 when nothing there needs repair. Percent escapes and '+'
// are read only in a text that is URL-encoded as a whole: "100%" or "a+b"
// in chatter are text.
func repairAt(s string, encoded bool) (int, string) {
	switch s[0] {
	case '&':
		return charRef(s)
	case '<':
		return tag(s)
	case '=':
		return quotedPrintable(s)
	case 0xC3: // Â, Ã, â, ã in UTF-8: the lead bytes of UTF-8 seen as cp1252
		return mojibake(s)
	case '\\':
		return backslash(s)
	case '`':
		return backtick(s)
	case '%':
		if encoded {
			return percent(s)
		}
	case '+':
		if encoded {
			return 1, " "
		}
	}
	return 0, ""
}

// namedRefs are the character references ticket systems write for the
// characters a dialog holds; a full HTML table would cost the page more
// than all the rest of the decoder.
var namedRefs = map[string]string{
	"amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
	"rsquo": "\u2019", "lsquo": "\u2018", "rdquo": "\u201d", "ldquo": "\u201c",
	"ndash": "-", "mdash": "-", "hellip": "...", "shy": "",
}

// charRef reads "&name;", "&#8217;" or "&#x2019;".
func charRef(s string) (int, string) {
	end := strings.IndexByte(s[:min(len(s), 12)], ';')
	if end < 3 {
		return 0, ""
	}
	body := s[1:end]
	if body[0] != '#' {
		out, ok := namedRefs[strings.ToLower(body)]
		if !ok {
			return 0, ""
		}
		if out == "&" { // "&amp;#39;": a ticket system escaped the reference again
			rest := s[end+1 : min(len(s), end+13)] // a reference is at most 12 bytes
			if n, again := charRef("&" + rest); n > 0 && again != "&" {
				return end + n, again // the '&' counted in n is the "&amp;" read
			}
		}
		return end + 1, out
	}
	base, digits := 10, body[1:]
	if digits != "" && (digits[0] == 'x' || digits[0] == 'X') {
		base, digits = 16, digits[1:]
	}
	var r rune
	for _, c := range []byte(digits) {
		d := hexDigit(c)
		if d < 0 || d >= base {
			return 0, ""
		}
		r = r*rune(base) + rune(d)
	}
	if digits == "" || r == 0 || !utf8.ValidRune(r) {
		return 0, ""
	}
	return end + 1, string(r)
}

// blockTags are the HTML elements that end a line; other known tags are
// dropped without a trace so that "mail.<b>contoso</b>.com" stays whole.
var blockTags = map[string]bool{"br": true, "p": true, "div": true, "li": true, "tr": true, "blockquote": true, "pre": true, "hr": true}
var inlineTags = map[string]bool{"span": true, "font": true, "b": true, "i": true, "u": true, "strong": true, "em": true, "a": true, "code": true, "td": true, "o:p": true, "wbr": true}

// tag reads an HTML tag of a known element. Unknown names are left alone:
// "<server>" in a helpdesk template is text, not markup.
func tag(s string) (int, string) {
	end := strings.IndexAny(s[1:min(len(s), 400)], "<>")
	if end < 0 || s[1+end] != '>' {
		return 0, ""
	}
	inner := strings.TrimPrefix(s[1:1+end], "/")
	name := inner
	if i := strings.IndexAny(inner, " \t\r\n/"); i >= 0 {
		name = inner[:i]
	}
	name = strings.ToLower(name)
	switch {
	case blockTags[name]:
		return end + 2, "\n"
	case inlineTags[name]:
		return end + 2, ""
	}
	return 0, ""
}

// quotedPrintable reads a soft line break ("=" at a line's end) or a run of
// "=XX" escapes that spells UTF-8 beyond ASCII, ASCII escapes included once
// such a character started it. Lone escapes such as "=20" are left alone,
// since "code=20" in a link is not an escape.
func quotedPrintable(s string) (int, string) {
	if soft := softBreak(s); soft > 0 {
		return soft, ""
	}
	return escapedRun(s, '=', true)
}

// softBreak returns the length of a quoted-printable soft line break at the
// start of s, or 0.
func softBreak(s string) int {
	switch {
	case strings.HasPrefix(s, "=\r\n"):
		return 3
	case strings.HasPrefix(s, "=\n"):
		return 2
	}
	return 0
}

// cp1252 maps the characters Windows-1252 puts at 0x80-0x9F back to those
// bytes; 0xA0-0xFF are the Latin-1 characters of the same number.
var cp1252 = map[rune]byte{
	'€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88,
	'‰': 0x89, 'Š': 0x8A, '‹': 0x8B, 'Œ': 0x8C, 'Ž': 0x8E, '‘': 0x91, '’': 0x92, '“': 0x93,
	'”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9A, '›': 0x9B,
	'œ': 0x9C, 'ž': 0x9E, 'Ÿ': 0x9F,
}

// mojibake reads a run of characters that, taken back to Windows-1252
// bytes, spell valid UTF-8 beyond ASCII: "â€™" is the ’ of "server’s".
func mojibake(s string) (int, string) {
	var buf []byte
	n := 0
	for n < len(s) && len(buf) < 4 {
		r, size := utf8.DecodeRuneInString(s[n:])
		c, ok := cp1252[r]
		switch {
		case ok:
		case r >= 0x80 && r <= 0xFF:
			c = byte(r)
		default:
			size = 0
		}
		if size == 0 {
			break
		}
		buf = append(buf, c)
		n += size
		if utf8.FullRune(buf) {
			break
		}
	}
	if len(buf) < 2 {
		return 0, ""
	}
	r, size := utf8.DecodeRune(buf)
	if r == utf8.RuneError || size != len(buf) {
		return 0, ""
	}
	return n, string(r)
}
