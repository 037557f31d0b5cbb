package page

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
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
		`<label class="paste-label" for="paste">` + en.T("page.input-label") + `</label>`,
		`id="paste"`,
		`href="/web/icon.svg" rel="icon"`,
		`<script defer src="/web/fixurl.js"></script>`,
		en.T("page.example-en"), en.T("page.example-ja"), en.T("page.example-code"),
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
		"<title>" + ja.T("page.title") + "</title>",
		ja.Flags[0x8].Title, ja.Flags[0x10].Title,
		"mail.contoso.com",
		ja.Resolutions[1].Title,
		`<input checked id="check-0x00000008"`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("deep link pre-render lacks %q", want)
		}
	}
	if n := strings.Count(html, `class="flag-card"`); n != 2 {
		t.Errorf("%d flag cards for 0x18, want 2", n)
	}
}

func TestPrerenderBadLink(t *testing.T) {
	html := prerender(t, "/?code=0x1G&server=a%20b&lang=de")
	en := messages.For("en")
	for _, want := range []string{
		messages.Fill(en.T("page.link-bad-lang"), "lang", "de"),
		messages.Fill(en.T("page.link-bad-server"), "server", "a b"),
		messages.Fill(en.T("page.link-bad-code"), "code", "0x1G"),
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
	html := app.HTMLString(&bitDiagram{Lang: "en", Code: 0x80000218})
	en := messages.For("en")
	for _, want := range []string{
		`<div class="bit known set">`,   // bits 3, 4 and 31
		`<div class="bit unknown set">`, // bit 9
		messages.Fill(en.T("page.bit"), "n", "9"),
		en.T("page.bit-unknown"),
	} {
		if !strings.Contains(html, want) {
			t.Errorf("bit diagram lacks %q", want)
		}
	}
	if n := strings.Count(html, `class="bit known set"`); n != 3 {
		t.Errorf("%d known set bits drawn, want 3", n)
	}
	if n := strings.Count(html, `class="bit-item`); n != 9 {
		t.Errorf("legend has %d bits, want the 8 defined and the unknown one", n)
	}
}

func TestFlagCard(t *testing.T) {
	r := decoder.Parse("0x10")
	adv := decoder.Explain(r, messages.For("ja"))
	html := app.HTMLString(&flagCard{Lang: "ja", Flag: adv.Flags[0]})
	ja := messages.For("ja")
	for _, want := range []string{ja.Flags[0x10].Title, "FLAG_CERT_CN_INVALID", "WINHTTP_CALLBACK_STATUS_FLAG_CERT_CN_INVALID", ja.T(messages.UIFixes)} {
		if !strings.Contains(html, htmlEscape(want)) {
			t.Errorf("flag card lacks %q", want)
		}
	}
	for _, s := range ja.Flags[0x10].Fixes {
		if !strings.Contains(html, htmlEscape(ja.Who[s.Who])) {
			t.Errorf("a fix lacks who acts: %q", ja.Who[s.Who])
		}
	}
}

// pageKey finds the page's message keys in its sources.
var pageKey = regexp.MustCompile(`"(page\.[a-z0-9-]+)"`)

// TestPageKeys checks both ways that the page's strings come from the
// catalogs: every key the code names exists in every language, and every
// page.* key of the catalogs is used.
func TestPageKeys(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	used := map[string]bool{}
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
		for _, m := range pageKey.FindAllStringSubmatch(string(src), -1) {
			used[m[1]] = true
		}
	}
	for _, lang := range messages.Languages() {
		c := messages.For(lang)
		for key := range used {
			if _, ok := c.UI[key]; !ok && !strings.HasSuffix(key, "-") {
				t.Errorf("%s catalog lacks %q", lang, key)
			}
		}
		for key := range c.UI {
			if strings.HasPrefix(key, "page.") && !used[key] && !used[key[:strings.LastIndex(key, "-")+1]] {
				t.Errorf("%s catalog has unused key %q", lang, key)
			}
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
