package page

import (
	"net/url"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"proxycert/decoder"
	"proxycert/messages"
)

// TestLinkLeavesLongTextOut: text travels in the link while the address
// stays under decoder.MaxLink; longer text is left out and the link keeps
// the language, while a reading of the dialog always travels as its code.
func TestLinkLeavesLongTextOut(t *testing.T) {
	base, _ := url.Parse("https://h.example/")
	const room = decoder.MaxLink - len("https://h.example/#text=&lang=en") - 1 // the longest text that fits
	dialog := messages.Dialogs["ja"][1].Fill(2, "mail.contoso.co.jp", "0x00000018")
	tests := []struct {
		name, text string
		leftOut    bool
		want       string // the link after the base, "" to only check leftOut
	}{
		{"short text", "not this dialog", false, "#text=not+this+dialog&lang=en"},
		{"at the limit", strings.Repeat("x", room), false, ""},
		{"over the limit", strings.Repeat("x", room+1), true, "#lang=en"},
		// 700 characters of 3 bytes: 2,100 bytes raw, 6,300 encoded.
		{"short but long encoded", strings.Repeat("証", 700), true, "#lang=en"},
		{"ASCII that triples", strings.Repeat("<", room/3+1), true, "#lang=en"},
		{"dialog in a long thread", strings.Repeat("Re: ticket\n", 5000) + dialog, false,
			"code/0x00000018/#server=mail.contoso.co.jp&msg=2&lang=en"},
		{"dialog over MaxInput", strings.Repeat("x", decoder.MaxInput) + dialog, true, "#lang=en"},
	}
	for _, tt := range tests {
		in, r := Entry{}.Typed(tt.text)
		addr, leftOut := in.shareLink(base, r, "en")
		if leftOut != tt.leftOut {
			t.Errorf("%s: leftOut = %v, want %v (link %.60q)", tt.name, leftOut, tt.leftOut, addr)
		}
		if tt.want != "" && addr != base.String()+tt.want {
			t.Errorf("%s: link %.80q, want %s%s", tt.name, addr, base, tt.want)
		}
		if len(addr) >= decoder.MaxLink {
			t.Errorf("%s: link of %d characters", tt.name, len(addr))
		}
	}
	if _, leftOut := (Entry{}).shareLink(base, decoder.Result{}, "en"); leftOut {
		t.Error("the empty state reports its text left out")
	}
}

// TestOpenLinkOverLimit: a link parameter longer than the decoder reads is
// treated as a paste of it (the first MaxInput bytes read, WarnTooLong), and
// the notices quote only the start of bad values.
func TestOpenLinkOverLimit(t *testing.T) {
	huge := strings.Repeat("<b>", decoder.MaxInput)
	params := url.Values{"code": {huge}, "server": {huge}, "msg": {huge}, "lang": {huge}}.Encode()
	o := OpenLink(params)
	if o.In.Text != huge {
		t.Errorf("the text box gets %d bytes of the code, want all %d", len(o.In.Text), len(huge))
	}
	if r := o.In.Result(); !slices.ContainsFunc(r.Warnings, func(w decoder.Warning) bool { return w.ID == messages.WarnTooLong }) {
		t.Errorf("no %s warning for a %d-byte code: %+v", messages.WarnTooLong, len(huge), r.Warnings)
	}
	keys := map[messages.Key]bool{}
	for _, p := range o.Problems {
		keys[p.Key] = true
		value := p.Args[1]
		if n := utf8.RuneCountInString(value); n != decoder.MaxQuoted+1 || !strings.HasSuffix(value, "…") || !strings.HasPrefix(huge, strings.TrimSuffix(value, "…")) {
			t.Errorf("%s quotes %d characters %.40q…, want the first %d and an ellipsis", p.Key, n, value, decoder.MaxQuoted)
		}
	}
	for _, k := range []messages.Key{messages.UIPageLinkBadCode, messages.UIPageLinkBadServer, messages.UIPageLinkBadMsg, messages.UIPageLinkBadLang} {
		if !keys[k] {
			t.Errorf("no %s problem: %+v", k, keys)
		}
	}

	text := strings.Repeat("y", decoder.MaxInput+1)
	if o := OpenLink("text=" + text); o.In.Text != text || len(o.Problems) != 0 {
		t.Errorf("text= over the limit: %d bytes in the box, problems %+v", len(o.In.Text), o.Problems)
	}
}

// TestPasteBoxLimits renders the box in both languages: the too-long
// notice names the text's size and the limit, and the box points to it.
func TestPasteBoxLimits(t *testing.T) {
	for _, lang := range messages.Languages() {
		c := messages.For(lang)
		html := app.HTMLString(&pasteBox{Lang: lang, Text: strings.Repeat("x", 80<<10+1), LeftOut: true})
		for _, want := range []string{
			`id="too-long"`,
			`aria-describedby="paste-hint too-long"`,
			htmlEscape(messages.Fill(c.T(messages.UIPageTooLong), "size", "81", "limit", "64")),
			htmlEscape(messages.Fill(c.T(messages.UIPageLinkLeftOut), "limit", "2000")),
		} {
			if !strings.Contains(html, want) {
				t.Errorf("%s: paste box over the limit lacks %q", lang, want)
			}
		}
		html = app.HTMLString(&pasteBox{Lang: lang, Text: strings.Repeat("x", decoder.MaxInput)})
		if strings.Contains(html, `id="too-long"`) || strings.Contains(html, `id="link-left-out"`) {
			t.Errorf("%s: a text of exactly %d bytes is called too long", lang, decoder.MaxInput)
		}
	}
}

// TestPrerenderLinkOverLimit opens a query link whose text is over the
// limit: the pre-rendered page says so near the box.
func TestPrerenderLinkOverLimit(t *testing.T) {
	text := strings.Repeat("z", 70<<10)
	html := prerender(t, "/?lang=ja&text="+text)
	ja := messages.For("ja")
	if want := messages.Fill(ja.T(messages.UIPageTooLong), "size", "70", "limit", "64"); !strings.Contains(html, htmlEscape(want)) {
		t.Errorf("pre-render of a 70 KiB text= link lacks %q", want)
	}
}
