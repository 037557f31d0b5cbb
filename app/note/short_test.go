package note

import (
	"strings"
	"testing"
	"unicode/utf8"

	"proxycert/decoder"
	"proxycert/messages"
)

// TestShortNoteLength: the default work note for KB message 2 with
// 0x00000018, the example, stays under 2,500 characters in every
// catalog and format; the full one is still there, several times longer,
// and both list the same steps in the same order.
func TestShortNoteLength(t *testing.T) {
	const limit = 2500
	text := messages.Dialogs["en"][0].Fill(2, "mail.contoso.com", "0x00000018")
	r := decoder.Parse(text)
	for _, lang := range messages.Languages() {
		c := messages.For(lang)
		for _, f := range Formats() {
			o := Options{Format: f, Base: testBase, Version: "v9.9.9"}
			short := Compose(r, text, c, o)
			o.Full = true
			full := Compose(r, text, c, o)
			if n := utf8.RuneCountInString(short); n > limit {
				t.Errorf("%s %s: the short work note is %d characters, over %d:\n%s", lang, f, n, limit, short)
			}
			if n, m := utf8.RuneCountInString(full), utf8.RuneCountInString(short); n < 3*m {
				t.Errorf("%s %s: the full work note is %d characters, the short one %d", lang, f, n, m)
			}
			rest := short
			for _, g := range StepGroups(decoder.Explain(r, c), c) {
				for _, s := range g.Steps {
					i := strings.Index(rest, firstWords(s.Title))
					if i < 0 {
						t.Fatalf("%s %s: step %q missing or out of order in the short note:\n%s", lang, f, s.Title, short)
					}
					rest = rest[i:]
					if !strings.Contains(full, firstWords(s.Do)) {
						t.Errorf("%s %s: the full note lacks %q", lang, f, s.Do)
					}
				}
			}
			t.Logf("%s %s: short %d, full %d characters", lang, f, utf8.RuneCountInString(short), utf8.RuneCountInString(full))
		}
	}
}

// TestLinkLang: the note's link carries lang= only when asked to.
func TestLinkLang(t *testing.T) {
	r := decoder.Parse("0x18")
	for _, tc := range []struct{ lang, want string }{{"", "code/0x00000018/"}, {"ja", "code/0x00000018/ja/"}, {"en", "#lang=en"}} {
		out := Compose(r, "0x18", messages.For("ja"), Options{Base: testBase, LinkLang: tc.lang})
		if !strings.Contains(out, testBase+tc.want) && !strings.Contains(out, tc.want) {
			t.Errorf("LinkLang %q: no %q in\n%s", tc.lang, tc.want, out)
		}
		if tc.lang == "" && strings.Contains(out, "lang=") {
			t.Errorf("LinkLang \"\": the link names a language:\n%s", out)
		}
	}
}
