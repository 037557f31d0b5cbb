package decoder_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"proxycert/decoder"
	"proxycert/messages"
)

func TestLinkEncodeRoundTrip(t *testing.T) {
	for _, l := range []decoder.Link{
		{Code: "0x00000018", Server: "mail.contoso.com"},
		{Code: "0x00000008", Server: "owa.fabrikam.co.jp", Variant: 3, Lang: "ja"},
		{Text: "There is a problem … (0x00000010) & more #1 100%", Lang: "en"},
	} {
		got, err := decoder.ParseLink("#" + l.Encode())
		if err != nil || got != l {
			t.Errorf("ParseLink(%q) = %+v, %v; want %+v", l.Encode(), got, err, l)
		}
	}
}

// Links as templates and ticket systems write them: names in any case, a
// language as a full tag, a parameter repeated.
func TestParseLinkLenient(t *testing.T) {
	for _, c := range []struct {
		params   string
		want     decoder.Link
		repeated string // the parameter reported as given twice
	}{
		{"CODE=0x18&Server=mail.contoso.com&LANG=JA", decoder.Link{Code: "0x18", Server: "mail.contoso.com", Lang: "ja"}, ""},
		{"code=0x18&lang=ja-JP", decoder.Link{Code: "0x18", Lang: "ja"}, ""},
		{"code=0x18&lang=en_US", decoder.Link{Code: "0x18", Lang: "en"}, ""},
		{"Code=0x20&code=0x18", decoder.Link{Code: "0x20"}, "code"},
		{"code=0x18&code=+0x18+&code=", decoder.Link{Code: "0x18"}, ""},
		{"server=a.example&server=b.example&code=8", decoder.Link{Code: "8", Server: "a.example"}, "server"},
		{"code=0x18;server=mail.contoso.com;lang=ja", decoder.Link{Code: "0x18", Server: "mail.contoso.com", Lang: "ja"}, ""},
	} {
		got, err := decoder.ParseLink(c.params)
		if got != c.want {
			t.Errorf("ParseLink(%q) = %+v, want %+v", c.params, got, c.want)
		}
		var names []string
		for _, pe := range decoder.ParamErrors(err) {
			if pe.Repeated {
				names = append(names, pe.Name)
			}
		}
		if strings.Join(names, ",") != c.repeated {
			t.Errorf("ParseLink(%q): repeated %v (error %v), want %q", c.params, names, err, c.repeated)
		}
	}
}

func TestParseLinkBadMsg(t *testing.T) {
	for _, m := range []string{"0", "5", "two", "-1"} {
		l, err := decoder.ParseLink("code=0x18&server=x.example&msg=" + m)
		var pe *decoder.ParamError
		if !errors.As(err, &pe) || pe.Name != "msg" || pe.Value != m {
			t.Errorf("msg=%s: error %v, want a ParamError for msg", m, err)
		}
		if l.Code != "0x18" || l.Server != "x.example" || l.Variant != 0 {
			t.Errorf("msg=%s: the rest of the link was lost: %+v", m, l)
		}
	}
}

// A dialog read from text and the link made from it give the same reading.
func TestShareLinkKeepsTheDialog(t *testing.T) {
	en := messages.Dialogs["en"][0].Messages
	for _, c := range []struct {
		text     string
		variant  int
		warnings []string
	}{
		{fill(en[1], "mail.contoso.com", "0x00000018"), 2, nil},
		{fill(en[2], "mail.contoso.com", "0x00000018"), 3, []string{messages.WarnVariant3Code}},
		{fill(en[1], "mail.contoso.com", "0x00000008"), 2, []string{messages.WarnNameNoCN}},
		{"0x18", 0, nil},
	} {
		r := decoder.Parse(c.text)
		parsed, err := decoder.ParseLink(shared(r, c.text, ""))
		if parsed.Variant != c.variant || parsed.Text != "" {
			t.Errorf("ShareLink(%q) = %+v, want code form with msg=%d", c.text, parsed, c.variant)
		}
		if err != nil {
			t.Fatal(err)
		}
		back := parsed.Result()
		if back.Variant != c.variant || back.Code != r.Code || back.Server != r.Server || !slices.Equal(ids(back.Warnings), c.warnings) {
			t.Errorf("link %q reads as variant %d code %s server %q warnings %v; want %d %s %q %v",
				parsed.Encode(), back.Variant, decoder.Hex(back.Code), back.Server, ids(back.Warnings),
				c.variant, decoder.Hex(r.Code), r.Server, c.warnings)
		}
	}
}

func TestWithVariantLeavesOthersAlone(t *testing.T) {
	dialog := decoder.Parse(fill(messages.Dialogs["en"][0].Messages[2], "a.example", "0x00000008"))
	if got := dialog.WithVariant(2); got.Variant != 3 {
		t.Errorf("a dialog's own message number was replaced: %d", got.Variant)
	}
	family := decoder.Parse("0x800B0109")
	if got := family.WithVariant(2); got.Variant != 0 {
		t.Errorf("another family's code got message %d", got.Variant)
	}
	code := decoder.Parse("0x10")
	if got := code.WithVariant(9); got.Variant != 0 {
		t.Errorf("WithVariant(9) set message %d", got.Variant)
	}
}

func fill(template, server, code string) string {
	return strings.Replace(strings.Replace(template, "%s", server, 1), "%s", code, 1)
}

func ids(ws []decoder.Warning) []string {
	var out []string
	for _, w := range ws {
		out = append(out, w.ID)
	}
	return out
}
