package page

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"proxycert/app/site"
	"proxycert/decoder"
	"proxycert/messages"
)

// prerender returns the HTML go-app's handler pre-renders for path, the
// same code that writes dist/index.html. The fragment never reaches a
// server, so deep links are tried here in their query form.
func prerender(t *testing.T, path string) string {
	t.Helper()
	return string(site.CanonicalHTML([]byte(fetchPrerender(t, path))))
}

func fetchPrerender(t *testing.T, path string) string {
	t.Helper()
	Routes()
	h, err := site.Config{Base: "/"}.Handler("test", 1)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	res, err := http.Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil || res.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %d %v", path, res.StatusCode, err)
	}
	return string(body)
}

func TestPrerenderEmpty(t *testing.T) {
	html := prerender(t, "/")
	en := messages.For("en")
	for _, want := range []string{
		`<html lang="en">`,
		`content="` + site.CSP + `" http-equiv="Content-Security-Policy"`,
		`<label class="paste-label" for="paste">` + en.T(messages.UIPageInputLabel) + `</label>`,
		`id="paste"`,
		`href="/web/icon.svg" rel="icon"`,
		`<script defer src="/web/fixurl.js"></script>`,
		en.T(messages.UIPageExampleEn), en.T(messages.UIPageExampleJa), en.T(messages.UIPageExampleCode),
		`aria-live="polite"`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("pre-rendered page lacks %s", want)
		}
	}
	// go-app writes og: metas with an empty domain ("https://"); they load
	// nothing. Any other absolute URL would be another origin.
	for _, line := range strings.Split(html, "\n") {
		if strings.Contains(line, `property="og:`) {
			continue
		}
		for _, bad := range []string{" style=", "https://", "http://", " checked"} {
			if strings.Contains(line, bad) {
				t.Errorf("pre-rendered page holds %q: %s", bad, strings.TrimSpace(line))
			}
		}
	}
}

// TestPrerenderDeepLink checks that OnNav reads a link's state while
// pre-rendering: the answer is in the HTML before any WebAssembly runs.
func TestPrerenderDeepLink(t *testing.T) {
	html := prerender(t, "/?code=0x18&server=mail.contoso.com&lang=ja")
	ja := messages.For("ja")
	for _, want := range []string{
		`<html lang="ja">`,
		"<title>" + ja.T(messages.UIPageTitle) + "</title>",
		ja.Flags[0x8].Title, ja.Flags[0x10].Title,
		"mail.contoso.com",
		ja.Resolutions[1].Title,
		`<input checked id="check-0x00000008"`,
		// The steps come first, the first checks leading, each by its title.
		`id="steps"`, ja.FirstChecks[0].Title,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("deep link pre-render lacks %q", want)
		}
	}
	if n := strings.Count(html, `class="flag-card"`); n != 2 {
		t.Errorf("%d flag cards for 0x18, want 2", n)
	}
	steps, reference := strings.Index(html, `id="steps"`), strings.Index(html, `id="reference"`)
	if steps < 0 || reference < steps || strings.Index(html, `id="reading-code"`) < reference {
		t.Errorf("the steps do not come before the reference (steps at %d, reference at %d)", steps, reference)
	}
}

func TestPrerenderBadLink(t *testing.T) {
	html := prerender(t, "/?code=0x1G&server=a%20b&lang=de")
	en := messages.For("en")
	for _, want := range []string{
		messages.Fill(en.T(messages.UIPageLinkBadLang), "lang", "de", "langs", strings.Join(messages.Languages(), ", ")),
		messages.Fill(en.T(messages.UIPageLinkBadServer), "server", "a b"),
		messages.Fill(en.T(messages.UIPageLinkBadCode), "code", "0x1G"),
		decoder.Parse("0x1G").Err.Text(en),
	} {
		if !strings.Contains(html, htmlEscape(want)) {
			t.Errorf("bad link pre-render lacks %q", want)
		}
	}
}

func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;").Replace(s)
}

func TestBitDiagram(t *testing.T) {
	html := app.HTMLString(&bitDiagram{Code: 0x80000218})
	for _, want := range []string{
		`<div class="bit known set">`,   // bits 3, 4 and 31
		`<div class="bit unknown set">`, // bit 9
		`aria-hidden`,                   // the checkboxes say it in words
	} {
		if !strings.Contains(html, want) {
			t.Errorf("bit diagram lacks %q", want)
		}
	}
	if n := strings.Count(html, `class="bit known set"`); n != 3 {
		t.Errorf("%d known set bits drawn, want 3", n)
	}
}

// TestFlagCard: a flag's card is its reference (names, meaning, causes),
// folded; its fixes are steps elsewhere.
func TestFlagCard(t *testing.T) {
	r := decoder.Parse("0x10")
	adv := decoder.Explain(r, messages.For("ja"))
	html := app.HTMLString(&flagCard{Lang: "ja", Flag: adv.Flags[0]})
	ja := messages.For("ja")
	// go-app writes attributes in map order, so the opening tag is
	// checked as a whole rather than by prefix.
	open, _, _ := strings.Cut(html, ">")
	if !strings.HasPrefix(open, "<details ") || !strings.Contains(open, `class="flag-card"`) {
		t.Errorf("flag card is not a <details class=\"flag-card\">: %.60s", html)
	}
	for _, want := range []string{ja.Flags[0x10].Title, "FLAG_CERT_CN_INVALID",
		"WINHTTP_CALLBACK_STATUS_FLAG_CERT_CN_INVALID", ja.Flags[0x10].Causes[0]} {
		if !strings.Contains(html, htmlEscape(want)) {
			t.Errorf("flag card lacks %q", want)
		}
	}
	if s := ja.Flags[0x10].Fixes[0]; strings.Contains(html, htmlEscape(s.Title)) {
		t.Errorf("flag card holds a fix: %q", s.Title)
	}
}

// TestNoInlineStyles checks that no component sets an inline style, which
// the CSP blocks: styles come from classes in web/app.css.
func TestNoInlineStyles(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(src), ".Style(") || strings.Contains(string(src), ".Styles(") {
			t.Errorf("%s sets an inline style, which the CSP blocks: use a class", f)
		}
	}
}

// TestLangSwitch checks that the switch offers every catalog's language,
// each named in itself and marked with its tag, the current one pressed;
// messages/newlang_test.go runs it with a catalog added.
func TestLangSwitch(t *testing.T) {
	html := app.HTMLString(&langSwitch{Lang: "ja"})
	buttons := map[string]string{} // lang attribute -> the whole button
	for _, b := range strings.Split(html, "<button")[1:] {
		b, _, _ = strings.Cut(b, "</button>")
		_, lang, _ := strings.Cut(b, ` lang="`)
		lang, _, _ = strings.Cut(lang, `"`)
		buttons[lang] = b
	}
	langs := messages.Languages()
	if len(buttons) != len(langs) {
		t.Errorf("%d buttons for %d languages %v:\n%s", len(buttons), len(langs), langs, html)
	}
	for _, lang := range langs {
		b, ok := buttons[lang]
		switch {
		case !ok:
			t.Errorf("no button for %s:\n%s", lang, html)
		case !strings.HasSuffix(b, ">"+htmlEscape(messages.For(lang).Name)):
			t.Errorf("the %s button is not named %q: %s", lang, messages.For(lang).Name, b)
		case strings.Contains(b, `aria-pressed="false"`) == (lang == "ja"):
			t.Errorf("the %s button is pressed wrongly: %s", lang, b)
		}
	}
}

// Cards of flags the code no longer has are kept, in severity order, and
// the current advice replaces what was kept.
func TestKeepCards(t *testing.T) {
	en := messages.For("en")
	adv := func(server string, code uint32) []decoder.FlagAdvice {
		return decoder.Explain(decoder.Result{Recognized: true, HasCode: true, Code: code, Server: server}, en).Flags
	}
	values := func(cards []decoder.FlagAdvice) []uint32 {
		var v []uint32
		for _, c := range cards {
			v = append(v, c.Value)
		}
		return v
	}
	kept := keepCards(nil, adv("a.example", 0x1))
	kept = keepCards(kept, adv("b.example", 0x18))
	if got, want := values(kept), []uint32{0x8, 0x10, 0x1}; !slices.Equal(got, want) {
		t.Errorf("kept %#x, want %#x", got, want)
	}
	kept = keepCards(kept, adv("c.example", 0x10))
	if got, want := values(kept), []uint32{0x8, 0x10, 0x1}; !slices.Equal(got, want) {
		t.Errorf("kept %#x, want %#x", got, want)
	}
	// The current reading's card names its server; a kept one, the one
	// it was made for.
	for i, want := range map[int]string{0: "b.example", 1: "c.example"} {
		if c := kept[i]; !strings.Contains(fmt.Sprint(c.Fixes), want) {
			t.Errorf("card %#x: fixes do not name %s", c.Value, want)
		}
	}
}
