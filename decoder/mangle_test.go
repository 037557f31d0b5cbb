package decoder_test

import (
	"encoding/json"
	"fmt"
	"html"
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"

	"proxycert/decoder"
)

// manglings are what mail clients, ticket systems, exports and people do to
// a dialog's text between the screen and the box. Each must leave the
// reading as it was.
var manglings = []struct {
	name string
	fn   func(string) string
}{
	{"CRLF line ends", func(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }},
	{"mail quote", func(s string) string { return "> " + strings.ReplaceAll(s, "\n", "\n> ") }},
	{"nested mail quote", func(s string) string { return ">> " + strings.ReplaceAll(s, "\n", "\n>> ") }},
	{"wrapped at 60 columns", func(s string) string { return wrap(s, 60) }},
	{"HTML escaped in a paragraph", func(s string) string {
		return "<p>" + strings.ReplaceAll(html.EscapeString(s), "\n", "<br>") + "</p>"
	}},
	{"JSON string", func(s string) string { b, _ := json.Marshal(map[string]string{"description": s}); return string(b) }},
	{"URL-encoded", url.QueryEscape},
	{"no-break spaces", func(s string) string { return strings.ReplaceAll(s, " ", "\u00a0") }},
	{"curly apostrophes", func(s string) string { return strings.ReplaceAll(s, "'", "\u2019") }},
	{"UTF-8 read as Windows-1252", mojibake},
	{"chatter around it", func(s string) string {
		return "Hi team, the user at desk 4-112 sees this since 9:30 today:\n\n" + s + "\n\nThanks, Ann (ext. 4711)"
	}},
	{"surrounding white space", func(s string) string { return "\n\t  " + s + "  \n\n" }},
	{"copied with Ctrl+C", func(s string) string {
		const dashes = "---------------------------\r\n"
		return dashes + "Microsoft Outlook\r\n" + dashes + strings.ReplaceAll(s, "\n", "\r\n") + "\r\n" + dashes + "OK   \r\n" + dashes
	}},
	{"HTML escaped twice", func(s string) string { return html.EscapeString(html.EscapeString(s)) }},
	{"quoted-printable", quotedPrintable},
	{"Jira noformat block", func(s string) string { return "{noformat}\n" + s + "\n{noformat}" }},
	{"Markdown code fence", func(s string) string { return "```\n" + s + "\n```" }},
	{"Markdown bold", func(s string) string { return "**" + s + "**" }},
	{"tabs for spaces", func(s string) string { return strings.ReplaceAll(s, " ", "\t") }},
	{"full-width letters and digits", fullWidth},
	{"zero-width spaces after sentences", func(s string) string {
		return strings.NewReplacer(". ", ".\u200b ", "。", "。\u200b").Replace(s)
	}},
}

// TestManglingsKeepReading applies every mangling to every fixture that
// reads with a server and a code (but those of mangled.txt, mangled
// already), and checks the reading holds.
func TestManglingsKeepReading(t *testing.T) {
	n := 0
	for _, f := range loadFixtures(t) {
		w := f.want()
		if f.file == "mangled.txt" || !w.Recognized || w.Server == "" || w.Code == "" {
			continue
		}
		for _, m := range manglings {
			if f.file == "pasted-links.txt" && m.name == "quoted-printable" {
				continue // "code=3D0x18": a link's '=' is read as written, not as an escape
			}
			in := m.fn(f.input)
			r := decoder.Parse(in)
			g := got(r, f)
			if g.Recognized != w.Recognized || g.Lang != w.Lang || g.Variant != w.Variant ||
				g.Server != w.Server || g.Code != w.Code {
				t.Errorf("%s:%d %s, %s:\ninput %q\ngot  %s\nwant %s", f.file, f.line, f.name, m.name, in, show(g), show(w))
			}
			n++
		}
	}
	if n < 100 {
		t.Fatalf("only %d mangled readings checked", n)
	}
	t.Logf("%d mangled readings", n)
}

// wrap breaks lines at spaces before width runes, as plain-text mail does.
func wrap(s string, width int) string {
	var b strings.Builder
	col := 0
	for _, w := range strings.Split(s, " ") {
		if col > 0 && col+1+utf8.RuneCountInString(w) > width {
			b.WriteByte('\n')
			col = 0
		} else if col > 0 {
			b.WriteByte(' ')
			col++
		}
		b.WriteString(w)
		col += utf8.RuneCountInString(w)
		if i := strings.LastIndexByte(w, '\n'); i >= 0 {
			col = utf8.RuneCountInString(w[i+1:])
		}
	}
	return b.String()
}

// mojibake spells s's UTF-8 bytes as Windows-1252 characters, as a mail
// client that guessed the wrong charset shows them (bytes 0x81, 0x8D, 0x8F,
// 0x90 and 0x9D, which Windows-1252 leaves undefined, as U+0081 and so on).
func mojibake(s string) string {
	const high = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ"
	table := []rune(high)
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < 0x80:
			b.WriteByte(c)
		case c < 0xA0:
			b.WriteRune(table[c-0x80])
		default:
			b.WriteRune(rune(c))
		}
	}
	return b.String()
}

// quotedPrintable encodes s as a mail's source shows it: bytes beyond ASCII
// and '=' as =HH, lines cut at 76 with soft breaks.
func quotedPrintable(s string) string {
	var b strings.Builder
	col := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		piece := string(c)
		if c >= 0x80 || c == '=' {
			piece = fmt.Sprintf("=%02X", c)
		}
		if c == '\n' {
			col = -1
		} else if col+len(piece) > 75 {
			b.WriteString("=\r\n")
			col = 0
		}
		b.WriteString(piece)
		col += len(piece)
	}
	return b.String()
}

// fullWidth writes ASCII letters, digits and punctuation in their
// full-width forms, as a Japanese input method does.
func fullWidth(s string) string {
	return strings.Map(func(r rune) rune {
		if r > ' ' && r < 0x7F {
			return r + 0xFEE0
		}
		return r
	}, s)
}

func TestMojibakeHelper(t *testing.T) {
	if got := mojibake("server’s"); got != "serverâ€™s" {
		t.Fatalf("mojibake helper: %q", got)
	}
}
