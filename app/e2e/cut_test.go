package e2e

import (
	"strings"
	"testing"

	"proxycert/messages"
)

// testCutCode pastes a dialog that the copy cut inside its code: the page
// reads what is there and says the code looks cut short. Then one whose
// code was typed again with letters for digits, in Japanese: the page reads
// the digits and quotes what was written.
func testCutCode(t *testing.T, e *e2eEnv) {
	en := messages.For("en")
	tb := e.open(t, "/")
	dialog := messages.Dialogs["en"][0].Fill(1, "mail.contoso.com", "0x00000018")
	tb.paste(dialog[:len(dialog)-2]) // "… (0x0000001"
	tb.waitJS(`document.querySelector("#reading-code code")?.textContent === "0x00000001"`)
	want := messages.Fill(en.Warnings[messages.WarnCodeCut], "digits", "0x0000001", "code", "0x00000001")
	if got := tb.text(".warnings"); !strings.Contains(got, want) {
		t.Errorf("warnings %q lack %q", got, want)
	}

	ja := messages.For("ja")
	tb = e.open(t, "/?lang=ja")
	tb.paste(strings.Replace(messages.Dialogs["ja"][0].Fill(1, "mail.contoso.com", "0x00000018"), "0x00000018", "0x0000OO18", 1))
	tb.waitJS(`document.querySelector("#reading-code code")?.textContent === "0x00000018"`)
	want = messages.Fill(ja.Warnings[messages.WarnLookalike], "written", "(0x0000OO18)", "code", "0x00000018")
	if got := tb.text(".warnings"); !strings.Contains(got, want) {
		t.Errorf("warnings %q lack %q", got, want)
	}
}
