package e2e

import (
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"proxycert/decoder"
	"proxycert/messages"
)

// TestE2E runs the page in Chromium. One browser and one server serve all
// the subtests; each subtest opens its own tabs in fresh browser contexts.
func TestE2E(t *testing.T) {
	e := newE2E(t)
	t.Run("Watchers", func(t *testing.T) { testWatchers(t, e) })
	t.Run("KBWordings", func(t *testing.T) { testKBWordings(t, e) })
	t.Run("OtherInputs", func(t *testing.T) { testOtherInputs(t, e) })
	t.Run("DecimalAlternative", func(t *testing.T) { testDecimalAlternative(t, e) })
	t.Run("DeepLinks", func(t *testing.T) { testDeepLinks(t, e) })
	t.Run("BadLinks", func(t *testing.T) { testBadLinks(t, e) })
	t.Run("CutCode", func(t *testing.T) { testCutCode(t, e) })
	t.Run("AddressFollowsInput", func(t *testing.T) { testAddressFollows(t, e) })
	t.Run("CopyLink", func(t *testing.T) { testCopyLink(t, e) })
	t.Run("CopyRefused", func(t *testing.T) { testCopyRefused(t, e) })
	t.Run("Checklist", func(t *testing.T) { testChecklist(t, e) })
	t.Run("LanguageSwitch", func(t *testing.T) { testLanguageSwitch(t, e) })
	t.Run("Keyboard", func(t *testing.T) { testKeyboard(t, e) })
	t.Run("Looks", func(t *testing.T) { testLooks(t, e) })
	t.Run("Accessibility", func(t *testing.T) { testAccessibility(t, e) })
	t.Run("Screenshots", func(t *testing.T) { testScreenshots(t, e) })
}

// testWatchers proves that the console and network watchers catch what
// they must, so that their silence in the other subtests means something,
// and that the Content-Security-Policy is in force.
func testWatchers(t *testing.T, e *e2eEnv) {
	tb := e.open(t, "/")
	eval[bool](tb, `(console.error("probe"), fetch("/probe-404").catch(() => 0), fetch("http://192.0.2.1/").catch(() => 0), true)`)
	tb.waitJS(`performance.getEntriesByName(location.origin + "/probe-404").length > 0`)
	var errors, urls []string
	var refused bool
	for range 100 {
		tb.mu.Lock()
		errors, urls = append([]string(nil), tb.errors...), append([]string(nil), tb.urls...)
		refused = slices.ContainsFunc(tb.violations, func(v cspViolation) bool { return v.Directive == "connect-src" && !v.Probe })
		tb.mu.Unlock()
		if refused && slices.Contains(errors, "error: probe (:1)") && slices.Contains(urls, e.origin+"/probe-404") {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if !slices.Contains(errors, "error: probe (:1)") {
		t.Errorf("console watcher saw %q; want the probe", errors)
	}
	if !refused {
		t.Errorf("CSP watcher missed the refusal of 192.0.2.1")
	}
	if !slices.Contains(urls, e.origin+"/probe-404") {
		t.Errorf("network watcher missed the probe request: %q", urls)
	}
	if _, foreign := tb.problems(); len(foreign) > 0 {
		t.Errorf("the CSP let a request out: %q", foreign)
	}
	tb.takeProblems() // expected here; the cleanup check is for the real subtests

	// A violation caused by markup in the page fails a test; the same
	// markup marked as a test's own probe does not.
	for _, probe := range []bool{false, true} {
		mark := map[bool]string{true: " data-probe"}[probe]
		eval[bool](tb, `(document.getElementById("summary").insertAdjacentHTML("beforeend",
			'<span data-watch`+mark+`><img src="manifest.webmanifest" onerror="window.__ran = 1"></span>'), true)`)
		tb.waitViolation("script-src-attr", probe)
		eval[bool](tb, `(document.querySelectorAll("[data-watch]").forEach((el) => el.remove()), true)`)
		got := strings.Join(tb.takeProblems(), "\n")
		if caught := strings.Contains(got, "script-src-attr"); caught == probe {
			t.Errorf("markup with data-probe %t: problems %q; want the handler's refusal reported only without data-probe", probe, got)
		}
	}
	if eval[bool](tb, `"__ran" in window`) {
		t.Error("an inline event handler ran despite the policy")
	}
}

// want is what the page must show for one input.
type want struct {
	lang    string // UI language
	variant int    // KB message, 0 for a bare code
	dialog  string // the dialog's language, "" for none
	server  string
	code    uint32
	res     int // KB resolution shown, 0 for none
}

// checkAnswer asserts the reading, the flag cards in severity order, their
// steps, the resolution and the live summary.
func (tb *tab) checkAnswer(input string, w want) {
	tb.t.Helper()
	c := messages.For(w.lang)
	hex := decoder.Hex(w.code)
	tb.waitJS(fmt.Sprintf(`document.getElementById("reading-code")?.innerText.includes(%q) === true`, hex))
	variant := c.T(messages.UINoVariant)
	if w.variant != 0 {
		variant = messages.Fill(c.T(messages.UIVariant), "variant", strconv.Itoa(w.variant))
	}
	dialogLang := c.T(messages.UIPageLangNone)
	switch {
	case w.dialog != "":
		dialogLang = c.LangName(w.dialog)
	case w.variant != 0:
		dialogLang = c.T(messages.UIPageLangUnknown)
	}
	checks := []struct{ what, got, want string }{
		{"variant", tb.text("#reading-variant"), variant},
		{"dialog language", tb.text("#reading-language"), dialogLang},
	}
	for _, ch := range checks {
		if ch.got != ch.want {
			tb.t.Errorf("%.40q: %s = %q, want %q", input, ch.what, ch.got, ch.want)
		}
	}
	if w.server != "" && tb.text("#reading-server code") != w.server {
		tb.t.Errorf("%.40q: server = %q, want %q", input, tb.text("#reading-server code"), w.server)
	}
	var titles []string
	for _, f := range decoder.BySeverity(w.code) {
		titles = append(titles, c.Flags[f.Value].Title)
	}
	if got := tb.texts(".flag-card h4"); !slices.Equal(got, titles) {
		tb.t.Errorf("%.40q: flag cards %q, want %q", input, got, titles)
	}
	summary := tb.text("#summary")
	for _, title := range titles {
		if !strings.Contains(summary, title) {
			tb.t.Errorf("%.40q: live summary %q lacks %q", input, summary, title)
		}
	}
	// Every flag has its fixes among the steps, in severity order after
	// the first checks, each step labelled with who acts.
	var groups []string
	if w.res != 0 || w.variant != 0 || len(titles) > 0 {
		groups = append(groups, "first")
	}
	for _, f := range decoder.BySeverity(w.code) {
		groups = append(groups, "fix-"+decoder.Hex(f.Value))
	}
	if got := eval[[]string](tb, `[...document.querySelectorAll("#steps .step-group:not([hidden])")].map(g => g.id)`); len(titles) > 0 && !slices.Equal(got[:min(len(got), len(groups))], groups) {
		tb.t.Errorf("%.40q: step groups %q, want %q first", input, got, groups)
	}
	for i, n := range eval[[]int](tb, `[...document.querySelectorAll("#steps .step-group:not([hidden])")].map(g => g.querySelectorAll(".step .who").length)`) {
		if n == 0 {
			tb.t.Errorf("%.40q: step group %d has no labelled steps", input, i)
		}
	}
	// The server is in the first checks' "how", folded.
	if first := eval[string](tb, `document.querySelector("#steps .first-checks")?.textContent ?? ""`); w.server != "" && !strings.Contains(first, w.server) {
		tb.t.Errorf("%.40q: the first checks do not name the server %q", input, w.server)
	}
	if w.res != 0 {
		if got := tb.text("#resolution-title"); got != c.Resolutions[w.res].Title {
			tb.t.Errorf("%.40q: resolution %q, want %q", input, got, c.Resolutions[w.res].Title)
		}
	}
}

// testKBWordings pastes every published wording: English, and both
// Japanese copies, messages 1 to 4.
func testKBWordings(t *testing.T, e *e2eEnv) {
	tb := e.open(t, "/")
	const server = "mail.contoso.com"
	codes := [4]string{"0x00000018", "0x00000010", "0x00000008", "10"}
	wantCodes := [4]uint32{0x18, 0x10, 0x8, 0x10}
	wantRes := [4]int{1, 1, 2, 1}
	for _, lang := range messages.Languages() {
		for _, d := range messages.Dialogs[lang] {
			for i := range d.Messages {
				text := d.Fill(i+1, server, codes[i])
				tb.paste(text)
				tb.checkAnswer(text, want{lang: "en", variant: i + 1, dialog: lang, server: server, code: wantCodes[i], res: wantRes[i]})
			}
		}
	}
}

// testOtherInputs covers a bare code, a message copied with Ctrl+C, and
// inputs that are explained instead of decoded.
func testOtherInputs(t *testing.T, e *e2eEnv) {
	tb := e.open(t, "/")
	tb.paste("0x80000020")
	tb.checkAnswer("bare", want{lang: "en", code: 0x80000020, res: 1})

	framed := strings.Join([]string{
		"---------------------------", "Microsoft Outlook", "---------------------------",
		messages.Dialogs["en"][0].Fill(3, "owa.fabrikam.com", "0x00000008"),
		"---------------------------", "OK   ", "---------------------------", "",
	}, "\r\n")
	tb.paste(framed)
	tb.checkAnswer("framed", want{lang: "en", variant: 3, dialog: "en", server: "owa.fabrikam.com", code: 0x8, res: 2})

	en := messages.For("en")
	tb.paste("0x800B0109")
	tb.waitJS(`document.querySelector(".explanation.family") !== null`)
	if got := tb.text(".explanation.family h3"); got != en.Families[messages.FamilyHRESULT].Title {
		t.Errorf("HRESULT explained as %q", got)
	}
	if n := eval[int](tb, `document.querySelectorAll(".flag-card").length`); n != 0 {
		t.Errorf("an HRESULT was decoded into %d flag cards", n)
	}

	// What Edge shows for the proxy's address, as the first checks open it.
	tb.paste("Your connection isn't private\nNET::ERR_CERT_COMMON_NAME_INVALID")
	tb.waitJS(`document.querySelector(".explanation.family h3")?.textContent === ` + strconv.Quote(en.Families[messages.FamilyBrowser].Title))
	if got := tb.text(".family-name"); got != "ERR_CERT_COMMON_NAME_INVALID" {
		t.Errorf("browser error named %q", got)
	}
	if got, want := tb.text(".family-flag p"), messages.Fill(en.T(messages.UIPageFamilyFlag), "code", "0x00000010",
		"name", "FLAG_CERT_CN_INVALID", "title", en.Flags[0x10].Title); got != want {
		t.Errorf("browser error's flag: %q, want %q", got, want)
	}
	tb.click("#use-family-flag")
	tb.checkAnswer("the browser error's flag", want{lang: "en", code: 0x10, res: 1})

	tb.paste("The name on the security certificate is invalid or does not match the name of the site")
	tb.waitJS(`document.querySelector(".explanation.near-miss") !== null`)
	if got := tb.text(".explanation.near-miss h3"); got != en.NearMisses[messages.NearMissSecurityAlert].Title {
		t.Errorf("look-alike dialog explained as %q", got)
	}

	tb.paste("hello world")
	tb.waitJS(`document.getElementById("input-error") !== null`)
	if got, want := tb.text("#input-error"), en.Errors[messages.ErrNothing]; got != want {
		t.Errorf("nonsense gives %q, want %q", got, want)
	}

	tb.paste("")
	tb.waitJS(`document.querySelector(".examples:not([hidden])") !== null && document.getElementById("summary").innerText === ""`)
}

// testDecimalAlternative pastes digits that read differently as hex and as
// decimal, and switches to the decimal reading with one click.
func testDecimalAlternative(t *testing.T, e *e2eEnv) {
	tb := e.open(t, "/")
	text := messages.Dialogs["en"][0].Fill(4, "outlook.contoso.com", "10")
	tb.paste(text)
	tb.checkAnswer(text, want{lang: "en", variant: 4, dialog: "en", server: "outlook.contoso.com", code: 0x10, res: 1})
	tb.click("#use-decimal")
	tb.checkAnswer("decimal", want{lang: "en", variant: 4, dialog: "en", server: "outlook.contoso.com", code: 0xA, res: 1})
	if v := eval[string](tb, `document.getElementById("paste").value`); !strings.Contains(v, "(Error Code 0x0000000A)") {
		t.Errorf("text box after the switch: %q", v)
	}
	if n := eval[int](tb, `document.querySelectorAll("#use-decimal").length`); n != 0 {
		t.Error("the alternative is still offered after switching to it")
	}
}

// testDeepLinks opens links in fragment and query form, in both languages:
// the answer shows without typing, and the address settles in the
// fragment form.
func testDeepLinks(t *testing.T, e *e2eEnv) {
	for _, link := range []string{
		"/#code=0x18&server=mail.contoso.com&lang=ja",
		"/?code=0x18&server=mail.contoso.com&lang=ja",
		"/#code=0x18&server=mail.contoso.com&lang=en",
		"/?code=0x00000018&server=mail.contoso.com&lang=en",
		"/?text=" + url.QueryEscape(messages.Dialogs["ja"][1].Fill(2, "mail.contoso.com", "0x00000018")) + "&lang=ja",
	} {
		lang := link[len(link)-2:]
		tb := e.open(t, link)
		w := want{lang: lang, server: "mail.contoso.com", code: 0x18, res: 1}
		if strings.Contains(link, "text=") {
			w.variant, w.dialog = 2, "ja"
		}
		tb.checkAnswer(link, w)
		if got := eval[string](tb, `document.documentElement.lang`); got != lang {
			t.Errorf("%s: html lang %q", link, got)
		}
		// The link named its language: the address keeps it.
		u := tb.location()
		if l := linkOf(t, u); u.RawQuery != "" || l.Code != "0x00000018" || l.Lang != lang {
			t.Errorf("%s: address became %s", link, u)
		}
	}
}

// testBadLinks opens links with bad values: each is named in the UI
// language, and the page is never blank.
func testBadLinks(t *testing.T, e *e2eEnv) {
	ja := messages.For("ja")
	tb := e.open(t, "/#code=0xZZ&server=bad%20name!&lang=de", withLanguage("ja-JP"))
	notice := tb.text("#link-notice")
	for _, want := range []string{
		messages.Fill(ja.T(messages.UIPageLinkBadLang), "lang", "de", "langs", strings.Join(messages.Languages(), ", ")),
		messages.Fill(ja.T(messages.UIPageLinkBadServer), "server", "bad name"), // the "!" read as punctuation
		messages.Fill(ja.T(messages.UIPageLinkBadCode), "code", "0xZZ"),
	} {
		if !strings.Contains(notice, want) {
			t.Errorf("notice %q lacks %q", notice, want)
		}
	}
	if tb.text("#input-error") == "" {
		t.Error("the unreadable code is not explained")
	}
	// A stray % in the fragment would stop go-app (Go's url.Parse refuses
	// it); web/fixurl.js escapes it first, so the page can explain it. In
	// the query, it makes the parameters unreadable.
	en := messages.For("en")
	tb = e.open(t, "/#code=%zz")
	if got, want := tb.text("#link-notice"), messages.Fill(en.T(messages.UIPageLinkBadCode), "code", "%zz"); !strings.Contains(got, want) {
		t.Errorf("stray %% in the fragment: notice %q, want %q", got, want)
	}
	tb = e.open(t, "/?code=%zz")
	if got := tb.text("#link-notice"); !strings.Contains(got, en.T(messages.UIPageLinkUnreadable)) {
		t.Errorf("unreadable query: notice %q", got)
	}
	// As ticket templates write links: names in capitals, a full language
	// tag, a parameter twice, a message encoded twice.
	tb = e.open(t, "/?CODE=0x18&Code=0x20&SERVER=mail.contoso.com&Lang=ja-JP")
	tb.checkAnswer("capitals and a repeated code", want{lang: "ja", server: "mail.contoso.com", code: 0x18, res: 1})
	if got, want := tb.text("#link-notice"), messages.Fill(ja.T(messages.UIPageLinkRepeated), "name", "code", "values", "0x18, 0x20"); !strings.Contains(got, want) {
		t.Errorf("repeated code: notice %q, want %q", got, want)
	}
	dialog := messages.Dialogs["en"][0].Fill(2, "mail.contoso.com", "0x00000018")
	tb = e.open(t, "/#text="+url.QueryEscape(url.QueryEscape(dialog))+"&lang=en")
	tb.checkAnswer("text encoded twice", want{lang: "en", server: "mail.contoso.com", code: 0x18, res: 1, variant: 2, dialog: "en"})
	// As mail and ticket systems hand links back: an anchor added after a
	// template's query, the parameters encoded once more as one value, the
	// server given as the URL Outlook uses.
	for _, path := range []string{
		"/?code=0x18&server=mail.contoso.com&lang=en#comment-42",
		"/#code%3D0x18%26server%3Dmail.contoso.com%26lang%3Den",
		"/?code=0x18&server=https%3A%2F%2Fmail.contoso.com%3A443%2Frpc%2Frpcproxy.dll&lang=en",
	} {
		tb = e.open(t, path)
		tb.checkAnswer(path, want{lang: "en", server: "mail.contoso.com", code: 0x18, res: 1})
		if got := tb.text("#link-notice"); got != "" {
			t.Errorf("%s: notice %q for a link that reads whole", path, got)
		}
	}
}

// testAddressFollows types a code key by key: the address follows without
// adding history entries, and typing clears a bad link's notice.
func testAddressFollows(t *testing.T, e *e2eEnv) {
	tb := e.open(t, "/")
	before := eval[int](tb, `history.length`)
	if err := chromedp.Do(tb.ctx, chromedp.SendKeys(chromedp.ID("paste"), "0x18")); err != nil {
		t.Fatal(err)
	}
	tb.waitJS(`location.href.includes("0x00000018")`)
	// No language was chosen on the page: the address names none.
	if l := linkOf(t, tb.location()); l.Code != "0x00000018" || l.Lang != "" {
		t.Errorf("typing 0x18 gave the address %s", tb.location())
	}
	if after := eval[int](tb, `history.length`); after != before {
		t.Errorf("typing added history entries: %d -> %d", before, after)
	}
	tb.paste("")
	tb.waitJS(`location.hash === "" && location.search === "" && location.pathname === "/"`)
}
