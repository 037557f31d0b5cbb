package e2e

import (
	"net/url"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/browser"

	"proxycert/decoder"
)

// linkOf reads an address as the page does: the code page's path, the
// query and the fragment (decoder.ReadLink).
func linkOf(t testing.TB, u *url.URL) decoder.Link {
	t.Helper()
	l, problems := decoder.ReadLink(decoder.LinkParams(u.EscapedPath(), u.RawQuery, u.EscapedFragment()))
	if len(problems) > 0 {
		t.Errorf("the address %s does not read whole: %v", u, problems)
	}
	return l
}

// testLinkLanguage: "Copy link" (and the address bar) carry lang= only
// after the switch was pressed on the page or when the opened link named
// the language; not for the browser's language or a choice remembered
// from an earlier visit.
func testLinkLanguage(t *testing.T, e *e2eEnv) {
	tb := e.open(t, "/", withLanguage("ja-JP"))
	tb.paste("0x18")
	tb.waitJS(`location.href.includes("0x00000018")`)
	if u := tb.location().String(); strings.Contains(u, "lang=") || strings.Contains(u, "/ja/") {
		t.Errorf("a Japanese browser's link names the language: %s", u)
	}
	tb.click(`.lang-button[lang="ja"]`) // pressed, though already shown
	tb.click(`.lang-button[lang="en"]`)
	tb.waitJS(`document.documentElement.lang === "en"`)
	if u := tb.location().String(); !strings.Contains(u, "lang=en") {
		t.Errorf("after choosing English the link is %s", u)
	}
	tb.click(`.lang-button[lang="ja"]`)
	tb.waitJS(`location.href.includes("/ja/") || location.href.includes("lang=ja")`)
	copied := tb.copyLink()
	if !strings.Contains(copied, "/ja/") && !strings.Contains(copied, "lang=ja") {
		t.Errorf("Copy link after choosing Japanese: %s", copied)
	}

	// The same browser, a new visit: Japanese is remembered and shown, but
	// not put into links.
	tb.navigate("/")
	if got := eval[string](tb, `document.documentElement.lang`); got != "ja" {
		t.Fatalf("the choice was not remembered: %q", got)
	}
	tb.paste("0x18")
	tb.waitJS(`location.href.includes("0x00000018")`)
	if copied := tb.copyLink(); strings.Contains(copied, "lang=") || strings.Contains(copied, "/ja/") {
		t.Errorf("a remembered choice went into the link: %s", copied)
	}

	// A link that names its language keeps it.
	tb = e.open(t, "/#code=0x18&lang=ja")
	if copied := tb.copyLink(); !strings.Contains(copied, "/ja/") && !strings.Contains(copied, "lang=ja") {
		t.Errorf("the opened link's language was dropped: %s", copied)
	}
}

// copyLink presses "Copy link" with the clipboard allowed and returns the
// copied link, which is the address.
func (tb *tab) copyLink() string {
	tb.t.Helper()
	tb.grantClipboard(browser.PermissionSettingGranted)
	eval[bool](tb, `navigator.clipboard.writeText("(not copied)").then(() => true)`)
	tb.click("#copy-link")
	tb.waitJS(`document.getElementById("copy-status").innerText.trim() !== ""`)
	copied := eval[string](tb, `navigator.clipboard.readText()`)
	if href := eval[string](tb, `location.href`); copied != href {
		tb.t.Errorf("copied %q, the address is %q", copied, href)
	}
	return copied
}
