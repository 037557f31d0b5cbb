package decoder_test

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"proxycert/decoder"
	"proxycert/messages"
)

// servers are real-looking proxy server names of every shape the dialog
// shows: DNS names, a single label, a .local name, an address, an IDN.
var servers = []string{"mail.contoso.com", "owa.fabrikam.co.jp", "EXCH01", "rpc.example.local",
	"10.1.2.3", "メール.例え.jp", "outlook.office365.com"}

// combos returns the 256 combinations of the eight flags.
func combos() []uint32 {
	out := make([]uint32, 0, 256)
	for m := range 256 {
		var v uint32
		for i, f := range decoder.Flags {
			if m&(1<<i) != 0 {
				v |= f.Value
			}
		}
		out = append(out, v)
	}
	return out
}

// dialogCase is one published wording filled with a server and a code.
type dialogCase struct {
	lang, source string
	variant      int
	server       string
	code         uint32
}

// codeText writes the code the way that wording shows it: KB messages 1-3
// as 0x and eight digits, message 4 (the real dialogs) as bare hex.
func (c dialogCase) codeText() string {
	if c.variant == 4 {
		return fmt.Sprintf("%X", c.code)
	}
	return decoder.Hex(c.code)
}

// want states what the decoder must read from the case, written from the
// rules in domain.md rather than from the decoder's code.
func (c dialogCase) want() want {
	w := want{Recognized: true, Lang: c.lang, Variant: c.variant, Server: c.server, Code: decoder.Hex(c.code)}
	var warnings []string
	if c.variant == 4 {
		digits := c.codeText()
		if d, err := strconv.ParseUint(digits, 10, 32); err == nil && uint32(d) != c.code && uint32(d)&^decoder.ValidMask == 0 {
			w.Alt = decoder.Hex(uint32(d))
			warnings = append(warnings, messages.WarnAmbiguous)
		}
	}
	if c.variant == 3 && c.code != 0x8 {
		warnings = append(warnings, messages.WarnVariant3Code)
	}
	if (c.variant == 2 || c.variant == 4) && c.code != 0 && c.code&0x10 == 0 {
		warnings = append(warnings, messages.WarnNameNoCN)
	}
	w.Warnings = sortedFields(strings.Join(warnings, " "))
	return w
}

func (c dialogCase) text(template string) string {
	s := strings.Replace(template, "%s", c.server, 1)
	return strings.Replace(s, "%s", c.codeText(), 1)
}

// forms are the ways the same dialog reaches the decoder.
var forms = []struct {
	name  string
	apply func(lang, text string) (string, bool)
}{
	{"plain", func(_, s string) (string, bool) { return s, true }},
	{"ctrl-c", func(_, s string) (string, bool) {
		const dash = "---------------------------\r\n"
		return dash + "Microsoft Outlook\r\n" + dash + s + "\r\n" + dash + "OK\r\n" + dash, true
	}},
	{"chatter", func(lang, s string) (string, bool) {
		if lang == "ja" {
			return "お世話になっております。下記エラーが出ます。\n\n" + s + "\n\n--\n山田 (内線 1234)", true
		}
		return "Hi, I get this (screenshot 2 attached):\n\n" + s + "\n\nRegards,\nBob, +1 (555) 0100", true
	}},
	{"full-width", func(lang, s string) (string, bool) {
		return toFullWidth(s), lang == "ja"
	}},
	{"no-spaces", func(lang, s string) (string, bool) {
		return strings.ReplaceAll(s, " ", ""), lang == "ja"
	}},
}

// toFullWidth writes the ASCII of s in full-width forms, as a Japanese IME
// does.
func toFullWidth(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r > ' ' && r < 0x7F {
			r += 0xFEE0
		}
		b.WriteRune(r)
	}
	return b.String()
}

// TestDialogWordings fills every published wording (English and both
// Japanese copies) with every server and all 256 flag combinations, and
// checks the reading in each form the text reaches the decoder in.
func TestDialogWordings(t *testing.T) {
	count := 0
	for _, lang := range messages.Languages() {
		for _, d := range messages.Dialogs[lang] {
			for i, template := range d.Messages {
				for si, server := range servers {
					for ci, code := range combos() {
						if testing.Short() && ci%16 != si%16 {
							continue
						}
						c := dialogCase{lang, d.Source, i + 1, server, code}
						plain := c.text(template)
						form := forms[(ci+si)%len(forms)]
						for _, f := range []string{"plain", form.name} {
							in := plain
							if f != "plain" {
								var ok bool
								if in, ok = form.apply(lang, plain); !ok {
									continue
								}
							}
							count++
							w := c.want()
							if g := got(decoder.Parse(in), fixture{}); g != w {
								t.Fatalf("%s message %d, %s, form %s\ninput: %q\ngot  %s\nwant %s",
									d.Source, i+1, server, f, in, show(g), show(w))
							}
						}
					}
				}
			}
		}
	}
	t.Logf("%d dialog readings", count)
}

// TestDialogFlags checks that the flags of a dialog's code are the set
// bits, ascending, and that each carries its KB name and WinHTTP constant.
func TestDialogFlags(t *testing.T) {
	tmpl := messages.Dialogs["en"][0].Messages[0]
	for _, v := range combos() {
		r := decoder.Parse(dialogCase{"en", "", 1, "mail.contoso.com", v}.text(tmpl))
		var sum uint32
		for i, f := range r.Flags {
			sum |= f.Value
			if i > 0 && r.Flags[i-1].Value >= f.Value {
				t.Errorf("%s: flags not ascending: %v", decoder.Hex(v), r.Flags)
			}
			if !strings.HasPrefix(f.Name, "FLAG_") || f.WinHTTP != "WINHTTP_CALLBACK_STATUS_"+f.Name {
				t.Errorf("%s: flag %+v has wrong names", decoder.Hex(v), f)
			}
		}
		if sum != v || r.UnknownBits != 0 {
			t.Errorf("%s: flags %v and unknown %#x do not add up", decoder.Hex(v), r.Flags, r.UnknownBits)
		}
	}
}

// TestAnchorsMatchDialogs guards the recognition table: every published
// wording must contain its language's opening, or the decoder cannot read
// it.
func TestAnchorsMatchDialogs(t *testing.T) {
	fold := func(s string) string { return strings.ToLower(strings.ReplaceAll(s, " ", "")) }
	for lang, dialogs := range messages.Dialogs {
		opening := messages.DialogAnchors[lang].Opening
		for _, d := range dialogs {
			for i, m := range d.Messages {
				if !slices.ContainsFunc(opening, func(a string) bool { return strings.Contains(fold(m), fold(a)) }) {
					t.Errorf("%s message %d: no opening anchor in %q", d.Source, i+1, m)
				}
			}
		}
	}
}
