package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"proxycert/app/note"
	"proxycert/decoder"
	"proxycert/messages"
)

// testNoteKeyboard works the section with the keyboard alone: Tab from
// "Copy link" to the section, Enter opens it, the arrow keys choose, Enter
// copies; every stop shows its focus.
func testNoteKeyboard(t *testing.T, e *e2eEnv) {
	tb := e.open(t, "/#code=0x18&server=mail.contoso.com&lang=en")
	tb.grantClipboard(browser.PermissionSettingGranted)
	if err := chromedp.Do(tb.ctx, chromedp.Focus(chromedp.ID("copy-link"))); err != nil {
		t.Fatal(err)
	}
	tb.tabTo(`document.activeElement.matches("#note-details > summary")`)
	tb.key(kb.Enter)
	tb.waitJS(`document.getElementById("note-preview") !== null`)
	tb.tabTo(`document.activeElement.id === "note-kind-work"`)
	tb.key(kb.ArrowRight)
	text := eval[string](tb, `document.getElementById("paste").value`)
	r := decoder.Parse(text)
	r.Server = "mail.contoso.com" // from the link, as the page applies it
	version := eval[string](tb, `goappEnv.GOAPP_VERSION`)
	want := note.Compose(r, "", messages.For("en"), note.Options{Kind: note.Customer, Base: e.origin + "/", Version: version})
	tb.waitPreview(want)
	tb.tabTo(`document.activeElement.id === "note-copy"`)
	tb.key(kb.Enter)
	tb.waitJS(`document.getElementById("note-copy-status").innerText.trim() !== ""`)
	if got := eval[string](tb, `navigator.clipboard.readText()`); got != want {
		t.Errorf("copied with the keyboard:\n%s\nwant\n%s", got, want)
	}
}

// testNoteLooks: readable at 360 px, no inline style, and left out of print.
func testNoteLooks(t *testing.T, e *e2eEnv) {
	for _, lang := range messages.Languages() {
		tb := e.open(t, "/#code=0x80000018&server=very-long-host-name.mail.contoso.example.com&lang="+lang, withViewport(360, 740), withMedia("light", "reduce"))
		tb.openNote()
		tb.click("#note-format-jira")
		if w := eval[int](tb, `document.documentElement.scrollWidth`); w > 360 {
			t.Errorf("%s: the page is %d px wide at 360 px with the note open", lang, w)
		}
		if w := eval[float64](tb, `document.getElementById("note-preview").getBoundingClientRect().right`); w > 360 {
			t.Errorf("%s: the preview reaches %.0f px at 360 px", lang, w)
		}
		if n := eval[int](tb, `document.querySelectorAll("#ticket-note [style]").length`); n != 0 {
			t.Errorf("%s: %d inline styles in the section", lang, n)
		}
		eval[bool](tb, `(document.getElementById("ticket-note").scrollIntoView(), true)`)
		shot, err := chromedp.Run(tb.ctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(e.out, "ticket-note-360-"+lang+".png"), shot, 0o644); err != nil {
			t.Fatal(err)
		}
		send(tb, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
		if eval[bool](tb, `document.getElementById("ticket-note").getClientRects().length > 0`) {
			t.Errorf("%s: print shows the ticket note controls", lang)
		}
		if !eval[bool](tb, `document.querySelector(".flag-card").getClientRects().length > 0`) {
			t.Errorf("%s: print lost the answer", lang)
		}
	}
}

// testNoteAccessibility runs axe-core with the section open and its copy
// refused, in both languages and color schemes; on the Japanese page the
// section's own words are Japanese.
func testNoteAccessibility(t *testing.T, e *e2eEnv) {
	axe := readAxe(t)
	for _, lang := range messages.Languages() {
		for _, scheme := range []string{"light", "dark"} {
			tb := e.open(t, "/#text="+encodeURIComponent(seedTexts(t)["ja"])+"&lang="+lang)
			send(tb, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
				Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
			})
			tb.grantClipboard(browser.PermissionSettingDenied)
			tb.openNote()
			tb.click("#note-copy")
			tb.waitJS(`document.getElementById("note-copy-status").innerText.trim() !== ""`)
			for _, v := range tb.axeViolations(axe) {
				t.Errorf("%s, %s: %s", lang, scheme, v)
			}
			if lang != "ja" || scheme != "light" {
				continue
			}
			section := strings.Replace(visibleTextJS, "document.body", `document.getElementById("ticket-note")`, 1)
			all := strings.Join(eval[[]string](tb, section), "\n")
			var left []string
			for _, w := range stray(all) {
				if w != "Markdown" && w != "Jira" { // format names, written as they are
					left = append(left, w)
				}
			}
			if len(left) > 0 {
				t.Errorf("English left in the Japanese section: %q", left)
			}
		}
	}
}
