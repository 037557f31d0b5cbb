package page

import (
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"proxycert/app/note"
	"proxycert/decoder"
	"proxycert/messages"
)

// TestStepsFollowNotes: the page shows the steps in the work notes' order
// (note.StepGroups), each by who acts and its title, with a copy button
// for every command; who acts first is the first step's party.
func TestStepsFollowNotes(t *testing.T) {
	for _, text := range []string{
		messages.Dialogs["en"][0].Fill(2, "mail.contoso.com", "0x00000018"),
		messages.Dialogs["ja"][0].Fill(4, "mail.contoso.com", "0"),
		"0x80000061", "0x800B0109", "NET::ERR_CERT_DATE_INVALID",
		"The name on the security certificate is invalid or does not match the name of the site",
	} {
		for _, lang := range messages.Languages() {
			c := messages.For(lang)
			r := decode(text)
			adv := decoder.Explain(r, c)
			html := app.HTMLString(&stepsView{Lang: lang, Advice: adv, Cards: keepCards(nil, adv.Flags)})
			var want []string
			var commands int
			for _, g := range note.StepGroups(adv, c) {
				want = append(want, htmlEscape(g.Title))
				for _, s := range g.Steps {
					want = append(want, htmlEscape(c.Who[s.Who]), htmlEscape(s.Title))
					if s.Command != "" {
						want = append(want, htmlEscape(strings.Fields(s.Command)[0]), htmlEscape(c.T(messages.UIPageCopyCommand)))
						commands++
					}
				}
			}
			rest := html
			for _, w := range want {
				i := strings.Index(rest, w)
				if i < 0 {
					t.Fatalf("%.30q in %s: %q missing or out of order", text, lang, w)
				}
				rest = rest[i+len(w):]
			}
			if n := strings.Count(html, `class="button copy-command"`); n != commands {
				t.Errorf("%.30q in %s: %d copy buttons for %d commands", text, lang, n, commands)
			}
			// Who acts first: the first step's party.
			groups := note.StepGroups(adv, c)
			_, whoFirst, _ := strings.Cut(html, `id="who-first"`)
			_, whoFirst, _ = strings.Cut(whoFirst, `class="who who-`)
			if want := string(groups[0].Steps[0].Who) + `"`; !strings.HasPrefix(whoFirst, want) {
				t.Errorf("%.30q in %s: who acts first is %.20q, want %s", text, lang, whoFirst, want)
			}
		}
	}
}

// TestKeptFixesHidden: a flag the code no longer has keeps its fixes
// mounted, hidden, after the current ones in severity order.
func TestKeptFixesHidden(t *testing.T) {
	en := messages.For("en")
	cards := keepCards(nil, decoder.Explain(decode("0x18"), en).Flags)
	adv := decoder.Explain(decode("0x10"), en)
	html := app.HTMLString(&stepsView{Lang: "en", Advice: adv, Cards: keepCards(cards, adv.Flags)})
	for id, want := range map[string][]string{
		"fix-0x00000008": {`class="step-group fix-group-kept"`, " hidden"},
		"fix-0x00000010": {`class="step-group fix-group"`},
	} {
		tag := startTag(html, id)
		for _, w := range want {
			if !strings.Contains(tag, w) {
				t.Errorf("%s lacks %s: %s", id, w, tag)
			}
		}
		if id == "fix-0x00000010" && strings.Contains(tag, "hidden") {
			t.Errorf("the current flag's fixes are hidden: %s", tag)
		}
	}
}

// startTag returns the start tag of the element with the given id in html.
func startTag(html, id string) string {
	at := strings.Index(html, ` id="`+id+`"`)
	if at < 0 {
		return ""
	}
	start := strings.LastIndex(html[:at], "<")
	end := strings.Index(html[at:], ">")
	return html[start : at+end+1]
}

// TestNoFalseBooleans: no pre-rendered element says hidden="false" or
// open="false", which HTML reads as hidden and open.
func TestNoFalseBooleans(t *testing.T) {
	for _, path := range []string{"/", "/?code=0x18&server=mail.contoso.com&lang=ja", "/?text=hello"} {
		html := prerender(t, path)
		for _, bad := range []string{`hidden="false"`, `open="false"`, `checked="false"`} {
			if strings.Contains(html, bad) {
				t.Errorf("%s: pre-rendered page holds %s", path, bad)
			}
		}
	}
}

// TestOpenedLang: the links keep the lang= of the opened link when it is
// the language shown, and none otherwise (see openedLang).
func TestOpenedLang(t *testing.T) {
	for _, tc := range []struct{ addr, shown, want string }{
		{"https://h/#code=0x18&lang=ja", "ja", "ja"},
		{"https://h/?code=0x18&lang=ja", "ja", "ja"},
		{"https://h/code/0x00000018/ja/", "ja", "ja"},
		{"https://h/#code=0x18&lang=ja", "en", ""}, // switched since
		{"https://h/#code=0x18", "ja", ""},         // the browser's or remembered language
		{"https://h/", "en", ""},
	} {
		u := mustURL(t, tc.addr)
		if got := openedLang(u, tc.shown); got != tc.want {
			t.Errorf("openedLang(%s, %s) = %q, want %q", tc.addr, tc.shown, got, tc.want)
		}
	}
	if got := openedLang(nil, "en"); got != "" {
		t.Errorf("openedLang(nil) = %q", got)
	}
}

// TestStepTitles: every step of every catalog has a title short enough for
// a line of its own, and the titles within one group differ.
func TestStepTitles(t *testing.T) {
	for _, lang := range messages.Languages() {
		c := messages.For(lang)
		groups := [][]messages.Step{c.FirstChecks, c.ZeroCode.Steps}
		for _, f := range c.Flags {
			groups = append(groups, f.Fixes)
		}
		for _, r := range c.Resolutions {
			groups = append(groups, r.Steps)
		}
		for _, e := range c.Families {
			groups = append(groups, e.Steps)
		}
		for _, e := range c.NearMisses {
			groups = append(groups, e.Steps)
		}
		for _, g := range groups {
			var seen []string
			for _, s := range g {
				if n := len([]rune(s.Title)); n == 0 || n > 64 || strings.HasSuffix(s.Title, ".") || strings.HasSuffix(s.Title, "。") {
					t.Errorf("%s: step title %q: want 1 to 64 characters and no final stop", lang, s.Title)
				}
				if slices.Contains(seen, s.Title) {
					t.Errorf("%s: step title %q twice in one group", lang, s.Title)
				}
				seen = append(seen, s.Title)
			}
		}
	}
}

func mustURL(t *testing.T, s string) *url.URL {
	t.Helper()
	u, err := url.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

func TestWords(t *testing.T) {
	for _, s := range []string{"", "a", "certutil -addstore CA intermediate.cer", " two  spaces ", `Set-OutlookAnywhere -Identity "EXCH01\Rpc (Default Web Site)"`} {
		w := words(s)
		if strings.Join(w, "") != s {
			t.Errorf("words(%q) = %q does not join back", s, w)
		}
		for i := 1; i < len(w); i++ {
			if (strings.TrimSpace(w[i]) == "") == (strings.TrimSpace(w[i-1]) == "") {
				t.Errorf("words(%q) = %q: two runs of one kind in a row", s, w)
			}
		}
	}
}
