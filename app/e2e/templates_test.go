package e2e

import (
	"strings"
	"testing"

	"proxycert/decoder"
	"proxycert/messages"
)

// TestE2ETemplates opens the link each README template builds (see
// template_test.go) for sample tickets, on the test's own site, in
// Chromium: the page shows the ticket's whole description in the text box
// and the answer for it, and the address settles in the form the page
// shares, which leaves a description too long for a link out.
func TestE2ETemplates(t *testing.T) {
	e := newE2E(t)
	seedJA, seedEN := cliFixture(t, "ja_seed_msg2.txt"), cliFixture(t, "en_kb_msg2.txt")
	en := messages.For("en")
	for _, tc := range []struct {
		name, text string
		want       *want // nil when the text is not this dialog
		explained  string
	}{
		{"seed ja", seedJA, &want{lang: "en", variant: 2, dialog: "ja", server: "mail.contoso.com", code: 0x18, res: 1}, ""},
		{"seed en", seedEN, &want{lang: "en", variant: 2, dialog: "en", server: "mail.contoso.com", code: 0x18, res: 1}, ""},
		{"long ticket", longTicket(seedJA), &want{lang: "en", variant: 2, dialog: "ja", server: "mail.contoso.com", code: 0x18, res: 1}, ""},
		{"long ticket, other code", longTicket("Error 0x800B0109 when Outlook connects."), nil,
			en.Families[messages.FamilyHRESULT].Title},
	} {
		for _, l := range templateLinks(t, e.origin+"/", tc.text) {
			t.Run(tc.name+"/"+l.Name, func(t *testing.T) {
				tb := e.open(t, strings.TrimPrefix(l.URL, e.origin))
				if tc.want != nil {
					tb.checkAnswer(l.URL, *tc.want)
				} else {
					tb.waitJS(`document.querySelector(".explanation.family") !== null`)
					if got := tb.text(".explanation.family h3"); got != tc.explained {
						t.Errorf("explained as %q, want %q", got, tc.explained)
					}
				}
				// A textarea's value has its line breaks as "\n".
				if got := eval[string](tb, `document.getElementById("paste").value`); got != strings.ReplaceAll(tc.text, "\r\n", "\n") {
					t.Errorf("the text box holds %.80q, want the description", got)
				}
				tb.checkSettledAddress(tc.text, tc.want)
			})
		}
	}
}

// checkSettledAddress checks the address the page keeps after opening a
// template's link: the code, server and KB message for this dialog, the
// description itself for anything else, and nothing, with a notice under
// the text box, when the description is too long for a link. A template's
// link names no language, so neither does the address.
func (tb *tab) checkSettledAddress(text string, w *want) {
	tb.t.Helper()
	leftOut := false
	switch {
	case w != nil:
		tb.waitJS(`location.href.includes(` + jsLiteral(decoder.Hex(w.code)) + `)`)
		if l := linkOf(tb.t, tb.location()); l != (decoder.Link{Code: decoder.Hex(w.code), Server: w.server, Variant: w.variant}) {
			tb.t.Errorf("the address settled on %s", tb.location())
		}
	default:
		var addr string
		addr, leftOut = decoder.ShareLink(tb.e.origin+"/", decoder.Parse(text), text, "")
		tb.waitJS(`location.href === ` + jsLiteral(addr))
	}
	if got := eval[bool](tb, `document.getElementById("link-left-out") !== null`); got != leftOut {
		tb.t.Errorf("the too-long-for-a-link notice shows: %v, want %v", got, leftOut)
	}
}
