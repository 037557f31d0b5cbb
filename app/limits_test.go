//go:build !wasm

package main

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

// TestLinkLeavesLongTextOut: text travels in the link up to maxLinkText
// characters once encoded; longer text is left out and the link keeps the
// language, while a reading of the dialog always travels as its code.
func TestLinkLeavesLongTextOut(t *testing.T) {
	dialog := kbDialog("ja", 1, 2, "mail.contoso.co.jp", "0x00000018")
	tests := []struct {
		name, text string
		leftOut    bool
		want       string // the link, "" to only check leftOut
	}{
		{"short text", "not this dialog", false, "text=not+this+dialog&lang=en"},
		{"at the limit", strings.Repeat("x", maxLinkText), false, ""},
		{"over the limit", strings.Repeat("x", maxLinkText+1), true, "lang=en"},
		// 700 characters of 3 bytes: 2,100 bytes raw, 6,300 encoded.
		{"short but long encoded", strings.Repeat("証", 700), true, "lang=en"},
		{"ASCII that doubles", strings.Repeat("<", maxLinkText/3+1), true, "lang=en"},
		{"dialog in a long thread", strings.Repeat("Re: ticket\n", 5000) + dialog, false,
			"code=0x00000018&server=mail.contoso.co.jp&msg=2&lang=en"},
		{"dialog over MaxInput", strings.Repeat("x", decoder.MaxInput) + dialog, true, "lang=en"},
	}
	for _, tt := range tests {
		in, r := entry{}.typed(tt.text)
		link := in.linkFor(r, "en")
		if got := in.textLeftOut(r); got != tt.leftOut {
			t.Errorf("%s: textLeftOut = %v, want %v (link %.60q)", tt.name, got, tt.leftOut, link)
		}
		if tt.want != "" && link != tt.want {
			t.Errorf("%s: link %.80q, want %q", tt.name, link, tt.want)
		}
		if len(link) > maxLinkText+len("text=&lang=en") {
			t.Errorf("%s: link of %d characters", tt.name, len(link))
		}
	}
	if (entry{}).textLeftOut(decoder.Result{}) {
		t.Error("the empty state reports its text left out")
	}
}

// TestOpenLinkOverLimit: a link parameter longer than the decoder reads is
// treated as a paste of it (the first MaxInput bytes read, WarnTooLong), and
// the notices quote only the start of bad values.
func TestOpenLinkOverLimit(t *testing.T) {
	huge := strings.Repeat("<b>", decoder.MaxInput)
	params := url.Values{"code": {huge}, "server": {huge}, "msg": {huge}, "lang": {huge}}.Encode()
	o := openLink(params)
	if o.In.Text != huge {
		t.Errorf("the text box gets %d bytes of the code, want all %d", len(o.In.Text), len(huge))
	}
	if r := o.In.result(); !slices.ContainsFunc(r.Warnings, func(w decoder.Warning) bool { return w.ID == messages.WarnTooLong }) {
		t.Errorf("no %s warning for a %d-byte code: %+v", messages.WarnTooLong, len(huge), r.Warnings)
	}
	keys := map[string]bool{}
	for _, p := range o.Problems {
		keys[p.Key] = true
		value := p.Args[1]
		if n := utf8.RuneCountInString(value); n != maxQuoted+1 || !strings.HasSuffix(value, "…") || !strings.HasPrefix(huge, strings.TrimSuffix(value, "…")) {
			t.Errorf("%s quotes %d characters %.40q…, want the first %d and an ellipsis", p.Key, n, value, maxQuoted)
		}
	}
	for _, k := range []string{"page.link-bad-code", "page.link-bad-server", "page.link-bad-msg", "page.link-bad-lang"} {
		if !keys[k] {
			t.Errorf("no %s problem: %+v", k, keys)
		}
	}

	text := strings.Repeat("y", decoder.MaxInput+1)
	if o := openLink("text=" + text); o.In.Text != text || len(o.Problems) != 0 {
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
			htmlEscape(messages.Fill(c.T("page.too-long"), "size", "81", "limit", "64")),
			htmlEscape(messages.Fill(c.T("page.link-left-out"), "limit", "2000")),
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
	if want := messages.Fill(ja.T("page.too-long"), "size", "70", "limit", "64"); !strings.Contains(html, htmlEscape(want)) {
		t.Errorf("pre-render of a 70 KiB text= link lacks %q", want)
	}
}
