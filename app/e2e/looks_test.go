package e2e

import (
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"proxycert/messages"
)

// latinOK are the plain Latin-script words allowed on the Japanese page
// outside code: product, feature and field names that Japanese writes as
// they are. Acronyms and identifiers (with digits, dots, dashes,
// underscores, slashes or inner capitals) are allowed anyway; see stray.
var latinOK = strings.Fields(`Outlook Exchange Microsoft Windows PowerShell Office Edge Google
	Chrome Firefox Internet Explorer Intune Active Directory Anywhere Autodiscover autodiscover
	mail Schannel Ctrl
	Shift Enter Tab Alt Subject Issuer Thumbprint Services over msstd certutil netsh
	Enable Disable Get Set New Import Export`)

// stray returns the words of text that look like English left untranslated.
func stray(text string) []string {
	var out []string
	for _, tok := range strings.FieldsFunc(text, func(r rune) bool { return r > 0x7e || r <= ' ' }) {
		word := strings.Trim(tok, "()[]{}<>\"',;:!?*")
		switch {
		case !latinWord.MatchString(word), strings.ContainsAny(word, "0123456789._-/\\:$@=|{}<>%+"):
			continue // no letters, or an identifier, a path, a URL
		case strings.ToUpper(word) == word, strings.ContainsFunc(word[1:], unicode.IsUpper):
			continue // an acronym (CA, URL) or a CamelCase name
		case !slices.Contains(latinOK, word) && !slices.Contains(out, word):
			out = append(out, word)
		}
	}
	return out
}

// visibleTextJS collects what a reader sees or hears: text nodes outside
// code, outside elements marked translate="no" or in another language, and
// the accessible names and the title.
const visibleTextJS = `(() => {
	const out = [document.title];
	const skip = 'code, pre, [translate="no"], [lang]:not([lang="ja"]), [aria-hidden="true"], script, style';
	const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	for (let n; (n = w.nextNode());) {
		const el = n.parentElement;
		// checkVisibility, not offsetParent: the folded part of a closed
		// <details> has an offsetParent in Chromium.
		if (el && !el.closest(skip) && el.checkVisibility()) out.push(n.nodeValue);
	}
	for (const el of document.querySelectorAll("[aria-label], [title], [placeholder], [alt]")) {
		if (el.closest(skip)) continue;
		for (const a of ["aria-label", "title", "placeholder", "alt"]) {
			if (el.getAttribute(a)) out.push(el.getAttribute(a));
		}
	}
	return out;
})()`

var latinWord = regexp.MustCompile(`[A-Za-z]{2}`)

// pdfPage matches a page object of a PDF (and not the /Pages tree node).
var pdfPage = regexp.MustCompile(`/Type\s*/Page[^s]`)

// testLanguageSwitch switches a full answer to Japanese: every visible
// string changes, the choice is remembered, and a Japanese browser gets
// Japanese from the start.
func testLanguageSwitch(t *testing.T, e *e2eEnv) {
	tb := e.open(t, "/")
	tb.click(`.example[data-example="0"]`)
	tb.checkAnswer("example", want{lang: "en", variant: 2, dialog: "en", server: "mail.contoso.com", code: 0x18, res: 1})
	tb.click(`.lang-button[lang="ja"]`)
	tb.waitJS(`document.documentElement.lang === "ja"`)
	tb.checkAnswer("switched", want{lang: "ja", variant: 2, dialog: "en", server: "mail.contoso.com", code: 0x18, res: 1})

	all := strings.Join(eval[[]string](tb, visibleTextJS), "\n")
	if words := stray(all); len(words) > 0 {
		t.Errorf("English left on the Japanese page: %q", words)
	}
	en, ja := messages.For("en"), messages.For("ja")
	for key, s := range en.UI {
		if len(s) > 6 && s != ja.UI[key] && strings.Contains(all, s) {
			t.Errorf("English string %q (%s) on the Japanese page", s, key)
		}
	}
	// Chosen with the switch: the address carries it.
	if l := linkOf(t, tb.location()); l.Lang != "ja" {
		t.Errorf("the address does not carry the language: %s", tb.location())
	}

	// Remembered: the same browser context opens "/" in Japanese.
	tb.navigate("/")
	if got := eval[string](tb, `document.documentElement.lang`); got != "ja" {
		t.Errorf("the language choice was not remembered: %q", got)
	}
	tb = e.open(t, "/", withLanguage("ja-JP,ja;q=0.9"))
	if got := tb.text("h1"); got != ja.T(messages.UIPageTitle) {
		t.Errorf("a Japanese browser sees %q", got)
	}
	tb = e.open(t, "/", withLanguage("de-DE"))
	if got := tb.text("h1"); got != en.T(messages.UIPageTitle) {
		t.Errorf("a German browser sees %q", got)
	}
}

// testKeyboard works the page with the keyboard alone, with the focus
// visible: an example, then from the summary on to "Copy link", the first
// step (Enter opens it) and its command's copy button, and the flags.
func testKeyboard(t *testing.T, e *e2eEnv) {
	tb := e.open(t, "/")
	tb.tabTo(`document.activeElement.id === "paste"`)
	tb.tabTo(`document.activeElement.dataset.example === "2"`)
	tb.key(kb.Enter)
	tb.checkAnswer("keyboard", want{lang: "en", code: 0x80000020, res: 1})
	tb.tabTo(`document.activeElement.id === "copy-link"`)
	tb.tabTo(`document.activeElement.matches("#first .step-details > summary")`)
	tb.key(kb.Enter)
	tb.waitJS(`document.querySelector("#first .step-details").open`)
	tb.tabTo(`document.activeElement.classList.contains("copy-command")`)
	tb.tabTo(`document.activeElement.id === "check-0x00000001"`)
	tb.key(" ")
	tb.checkAnswer("space", want{lang: "en", code: 0x80000021, res: 1})
}

// testLooks checks the narrow screen, both color schemes, print, and that
// no inline style sneaks in (the CSP would block it).
func testLooks(t *testing.T, e *e2eEnv) {
	link := "/#code=0x80000018&server=very-long-host-name.mail.contoso.example.com&lang="
	for _, lang := range messages.Languages() {
		tb := e.open(t, link+lang, withViewport(360, 740))
		if w := eval[int](tb, `document.documentElement.scrollWidth`); w > 360 {
			t.Errorf("%s: the page is %d px wide at 360 px", lang, w)
		}
		if n := eval[int](tb, `document.querySelectorAll("[style]").length`); n != 0 {
			t.Errorf("%s: %d elements have inline styles", lang, n)
		}
	}
	tb := e.open(t, link+"en")
	for scheme, bg := range map[string]string{"dark": "rgb(17, 20, 24)", "light": "rgb(245, 247, 249)"} {
		send(tb, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
		})
		if got := eval[string](tb, `getComputedStyle(document.body).backgroundColor`); got != bg {
			t.Errorf("%s scheme: background %s, want %s", scheme, got, bg)
		}
	}
	// Print: controls hidden, the answer for 0x18 on one A4 sheet.
	for _, lang := range messages.Languages() {
		tb := e.open(t, "/#code=0x18&server=mail.contoso.com&lang="+lang)
		send(tb, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
		shown := eval[map[string]bool](tb, `Object.fromEntries(["#paste", ".share", ".lang-switch", "#summary", ".flag-card", ".resolution"].map(
			s => [s, document.querySelector(s).getClientRects().length > 0]))`)
		for sel, visible := range shown {
			if want := !slices.Contains([]string{"#paste", ".share", ".lang-switch"}, sel); visible != want {
				t.Errorf("print, %s: %s visible %v", lang, sel, visible)
			}
		}
		pdf, err := chromedp.Run(tb.ctx, chromedp.PrintToPDF(chromedp.PDFPaper(chromedp.PaperA4), chromedp.PDFPreferCSSPageSize()))
		if err != nil {
			t.Fatal(err)
		}
		if pages := len(pdfPage.FindAll(pdf, -1)); pages != 1 {
			t.Errorf("print, %s: the answer for 0x18 takes %d pages", lang, pages)
		}
		if err := os.WriteFile(filepath.Join(e.out, "print-0x18-"+lang+".pdf"), pdf, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// key presses one key in the tab.
func (tb *tab) key(k string) {
	tb.t.Helper()
	if err := chromedp.Do(tb.ctx, chromedp.KeyEvent(k)); err != nil {
		tb.t.Fatal(err)
	}
}

// tabTo presses Tab until the expression js holds for the focused element,
// and checks that the focus is visible there.
func (tb *tab) tabTo(js string) {
	tb.t.Helper()
	for range 120 {
		if eval[bool](tb, js) {
			if style := eval[string](tb, `getComputedStyle(document.activeElement).outlineStyle`); style == "none" {
				tb.t.Errorf("no visible focus on %s", eval[string](tb, `document.activeElement.outerHTML.slice(0, 80)`))
			}
			return
		}
		tb.key(kb.Tab)
	}
	tb.t.Fatalf("Tab never reached %s", js)
}

// axePath is where build.sh installs axe-core (npm install --prefix .cache/npm).
var axePath = filepath.Join("..", "..", ".cache", "npm", "node_modules", "axe-core", "axe.min.js")

// readAxe returns axe-core's script.
func readAxe(t *testing.T) []byte {
	t.Helper()
	axe, err := os.ReadFile(axePath)
	if err != nil {
		t.Fatalf("axe-core missing (%v): run ./build.sh build, or npm install --prefix .cache/npm axe-core@4", err)
	}
	return axe
}

// axeViolations runs axe-core (the script readAxe returns) in the tab and
// returns its serious and critical violations, each with where it is.
func (tb *tab) axeViolations(axe []byte) []string {
	tb.t.Helper()
	if _, err := chromedp.Run(tb.ctx, chromedp.Evaluate[chromedp.Void](string(axe))); err != nil {
		tb.t.Fatal(err)
	}
	return eval[[]string](tb, `axe.run(document, {resultTypes: ["violations"]}).then(r => r.violations
		.filter(v => v.impact === "serious" || v.impact === "critical")
		.map(v => v.id + " (" + v.impact + "): " + v.help + " at " + v.nodes.map(n => n.target.join(" ")).join(", ")))`)
}

// testAccessibility runs axe-core in a page state that shows most parts
// (link notice, warnings, the decimal alternative, flag cards, steps, the
// checklist, the copy fallback), in both languages and color schemes.
func testAccessibility(t *testing.T, e *e2eEnv) {
	axe := readAxe(t)
	text := url.QueryEscape(messages.Dialogs["en"][0].Fill(4, "mail.contoso.com", "10"))
	for _, lang := range messages.Languages() {
		for _, scheme := range []string{"light", "dark"} {
			tb := e.open(t, "/#text="+text+"&server=bad%20name&lang="+lang)
			send(tb, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
				Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
			})
			tb.grantClipboard(browser.PermissionSettingDenied)
			tb.click("#copy-link")
			tb.waitJS(`document.getElementById("copy-fallback") !== null`)
			for _, v := range tb.axeViolations(axe) {
				t.Errorf("%s, %s: %s", lang, scheme, v)
			}
		}
	}
}
