package e2e

import (
	"net/url"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"

	"proxycert/messages"
)

// testCopyLink copies the link with the clipboard allowed, reads the
// clipboard back, and opens the copied link in a new tab: same answer.
func testCopyLink(t *testing.T, e *e2eEnv) {
	tb := e.open(t, "/")
	// A real paste: the dialog goes through the clipboard and Ctrl+V, into
	// the box that has the focus from the start.
	text := messages.Dialogs["en"][0].Fill(2, "mail.contoso.com", "0x00000018")
	tb.pasteWithCtrlV(text)
	tb.checkAnswer(text, want{lang: "en", variant: 2, dialog: "en", server: "mail.contoso.com", code: 0x18, res: 1})
	summary, cards := tb.text("#summary"), tb.texts(".flag-card")

	tb.click("#copy-link")
	tb.waitJS(`document.getElementById("copy-status").innerText.trim() !== ""`)
	if got := tb.text("#copy-status"); got != messages.For("en").T(messages.UIPageCopied) {
		t.Fatalf("copy status %q", got)
	}
	copied := eval[string](tb, `navigator.clipboard.readText()`)
	if href := eval[string](tb, `location.href`); copied != href {
		t.Errorf("copied %q, address is %q", copied, href)
	}
	if u, err := url.Parse(copied); err != nil || u.RawQuery != "" || linkOf(t, u).Server != "mail.contoso.com" {
		t.Fatalf("copied link %q does not keep the server in the fragment", copied)
	}

	other := e.open(t, strings.TrimPrefix(copied, e.origin))
	// The link names the KB message, so the reading is the dialog's, not a bare code's.
	other.checkAnswer(copied, want{lang: "en", variant: 2, server: "mail.contoso.com", code: 0x18, res: 1})
	if got := other.text("#summary"); got != summary {
		t.Errorf("the copied link shows %q, the original %q", got, summary)
	}
	if got := other.texts(".flag-card"); strings.Join(got, "\n") != strings.Join(cards, "\n") {
		t.Errorf("the copied link shows other flag cards")
	}
}

// testCopyRefused denies the clipboard: the link appears in a selected
// text field to copy by hand.
func testCopyRefused(t *testing.T, e *e2eEnv) {
	tb := e.open(t, "/#code=0x18&lang=ja")
	tb.grantClipboard(browser.PermissionSettingDenied)
	tb.click("#copy-link")
	tb.waitJS(`document.getElementById("copy-fallback") !== null`)
	ja := messages.For("ja")
	if got := tb.text("#copy-status"); got != ja.T(messages.UIPageCopyRefused) {
		t.Errorf("status %q, want %q", got, ja.T(messages.UIPageCopyRefused))
	}
	state := eval[map[string]any](tb, `(() => { const f = document.getElementById("copy-fallback");
		return {value: f.value, focused: document.activeElement === f, all: f.selectionStart === 0 && f.selectionEnd === f.value.length}; })()`)
	if state["value"] != eval[string](tb, `location.href`) || state["focused"] != true || state["all"] != true {
		t.Errorf("fallback field: %v", state)
	}
}

// testChecklist ticks flags: the code, the text box, the answer and the
// address follow; a pasted dialog keeps its words with the new code.
func testChecklist(t *testing.T, e *e2eEnv) {
	tb := e.open(t, "/")
	tb.click("#check-0x00000008")
	tb.click("#check-0x00000010")
	tb.waitJS(`document.getElementById("paste").value === "0x00000018"`)
	tb.checkAnswer("ticked", want{lang: "en", code: 0x18, res: 1})
	if got := tb.text("#composed-code"); got != "0x00000018" {
		t.Errorf("composed code %q", got)
	}
	if err := chromedp.Do(tb.ctx, chromedp.SendKeys(chromedp.ID("server"), "mail.contoso.com")); err != nil {
		t.Fatal(err)
	}
	tb.waitJS(`location.href.includes("server=mail.contoso.com")`)
	if l := linkOf(t, tb.location()); l.Code != "0x00000018" || l.Server != "mail.contoso.com" || l.Lang != "" {
		t.Errorf("the address after the server field: %s", tb.location())
	}
	tb.checkAnswer("server", want{lang: "en", server: "mail.contoso.com", code: 0x18, res: 1})
	tb.click("#check-0x00000008")
	tb.checkAnswer("unticked", want{lang: "en", server: "mail.contoso.com", code: 0x10, res: 1})
	// The unticked flag's card is kept for later, out of sight, out of the
	// accessibility tree and out of print.
	kept := eval[map[string]any](tb, `(() => { const c = document.getElementById("flag-0x00000008");
		return {hidden: c?.hidden, shown: c?.getClientRects().length, cls: c?.className}; })()`)
	if kept["hidden"] != true || kept["shown"] != float64(0) || kept["cls"] == "flag-card" {
		t.Errorf("unticked flag's card: %v", kept)
	}

	text := messages.Dialogs["ja"][0].Fill(2, "mail.contoso.co.jp", "0x00000018")
	tb.paste(text)
	tb.checkAnswer(text, want{lang: "en", variant: 2, dialog: "ja", server: "mail.contoso.co.jp", code: 0x18, res: 1})
	checked := eval[[]string](tb, `[...document.querySelectorAll(".flag-check input:checked")].map(i => i.id)`)
	if strings.Join(checked, " ") != "check-0x00000008 check-0x00000010" {
		t.Errorf("boxes ticked for 0x18: %q", checked)
	}
	tb.click("#check-0x00000020")
	tb.checkAnswer("dialog ticked", want{lang: "en", variant: 2, dialog: "ja", server: "mail.contoso.co.jp", code: 0x38, res: 1})
	if got := eval[string](tb, `document.getElementById("paste").value`); got != messages.Dialogs["ja"][0].Fill(2, "mail.contoso.co.jp", "0x00000038") {
		t.Errorf("text box after ticking: %q", got)
	}
}
