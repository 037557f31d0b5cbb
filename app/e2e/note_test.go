package e2e

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"

	"proxycert/app/note"
	"proxycert/decoder"
	"proxycert/messages"
)

// TestE2ENote drives the "Ticket note" section in Chromium: the notes it
// copies for the seed's message 2 in both UI languages, kinds and formats,
// the refused clipboard, what it remembers, the link back, other inputs,
// the keyboard, looks and accessibility.
func TestE2ENote(t *testing.T) {
	e := newE2E(t)
	t.Run("Lazy", func(t *testing.T) { testNoteLazy(t, e) })
	t.Run("SeedMessage2", func(t *testing.T) { testNoteSeed(t, e) })
	t.Run("Formats", func(t *testing.T) { testNoteFormats(t, e) })
	t.Run("Refused", func(t *testing.T) { testNoteRefused(t, e) })
	t.Run("Remembered", func(t *testing.T) { testNoteRemembered(t, e) })
	t.Run("LinkBack", func(t *testing.T) { testNoteLinkBack(t, e) })
	t.Run("OtherInputs", func(t *testing.T) { testNoteOtherInputs(t, e) })
	t.Run("Keyboard", func(t *testing.T) { testNoteKeyboard(t, e) })
	t.Run("Looks", func(t *testing.T) { testNoteLooks(t, e) })
	t.Run("Accessibility", func(t *testing.T) { testNoteAccessibility(t, e) })
}

// jsLiteral writes s as a JavaScript string literal.
func jsLiteral(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// openNote opens the section by clicking its summary and waits for the
// preview.
func (tb *tab) openNote() {
	tb.t.Helper()
	tb.click("#note-details > summary")
	tb.waitJS(`document.getElementById("note-preview")?.value.length > 0`)
}

// chooseNote clicks the kind and the format, and waits for the preview to
// show want.
func (tb *tab) chooseNote(kind note.Kind, format note.Format, want string) {
	tb.t.Helper()
	tb.click("#note-kind-" + string(kind))
	tb.click("#note-format-" + string(format))
	tb.waitPreview(want)
}

// waitPreview waits until the preview shows want; when it does not, it
// fails naming the first line that differs.
func (tb *tab) waitPreview(want string) {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, 20*time.Second)
	defer cancel()
	expr := `document.getElementById("note-preview")?.value === ` + jsLiteral(want)
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](expr, chromedp.WithPollingInterval(20*time.Millisecond))); err == nil {
		return
	}
	got := strings.Split(eval[string](tb, `document.getElementById("note-preview")?.value ?? "(no preview)"`), "\n")
	lines := strings.Split(want, "\n")
	for i := range max(len(got), len(lines)) {
		var g, w string
		if i < len(got) {
			g = got[i]
		}
		if i < len(lines) {
			w = lines[i]
		}
		if g != w {
			tb.t.Fatalf("the preview differs at line %d:\n got %q\nwant %q", i+1, g, w)
		}
	}
	tb.t.Fatal("the preview never showed the note, though it holds it now")
}

// copyNote clicks "Copy ticket note" with the clipboard granted and
// returns what the clipboard holds.
func (tb *tab) copyNote(lang string) string {
	tb.t.Helper()
	tb.click("#note-copy")
	tb.waitJS(`document.getElementById("note-copy-status").innerText.trim() !== ""`)
	if got, want := tb.text("#note-copy-status"), messages.For(lang).T(messages.UIPageNoteCopied); got != want {
		tb.t.Fatalf("copy status %q, want %q", got, want)
	}
	return eval[string](tb, `navigator.clipboard.readText()`)
}

// pageNote is the note the page must write for text as pasted, composed
// on the host with the page's own address and version; its link names the
// language the address names (see page.linkLang).
func (tb *tab) pageNote(text, lang string, kind note.Kind, format note.Format) string {
	return tb.pageNoteOf(text, lang, note.Options{Kind: kind, Format: format})
}

// pageNoteOf is pageNote with the options' kind, format and length.
func (tb *tab) pageNoteOf(text, lang string, o note.Options) string {
	version := eval[string](tb, `goappEnv.GOAPP_VERSION`)
	if version == "" {
		tb.t.Fatal("the page has no GOAPP_VERSION")
	}
	o.Base, o.Version, o.LinkLang = tb.e.origin+"/", version, linkOf(tb.t, tb.location()).Lang
	return note.Compose(decoder.Parse(text), text, messages.For(lang), o)
}

// chooseLength clicks the work note's length, short or full.
func (tb *tab) chooseLength(full bool) {
	tb.t.Helper()
	if full {
		tb.click("#note-length-full")
		return
	}
	tb.click("#note-length-short")
}

// seedTexts are the seed's message 2 as people paste it: Japanese (KB
// 923575's wording) and English, each with mail.contoso.com and
// (0x00000018).
func seedTexts(t *testing.T) map[string]string {
	return map[string]string{
		"ja": cliFixture(t, "ja_seed_msg2.txt"),
		"en": cliFixture(t, "en_kb_msg2.txt"),
	}
}

// seedWant is the answer for the seed's message 2 in a UI language.
func seedWant(lang, dialog string) want {
	return want{lang: lang, variant: 2, dialog: dialog, server: "mail.contoso.com", code: 0x18, res: 1}
}

// testNoteLazy: the closed section writes nothing; opening it does.
func testNoteLazy(t *testing.T, e *e2eEnv) {
	tb := e.open(t, "/")
	if eval[bool](tb, `document.getElementById("ticket-note") !== null`) {
		t.Error("the empty page shows the ticket note section")
	}
	text := seedTexts(t)["en"]
	tb.paste(text)
	tb.checkAnswer(text, seedWant("en", "en"))
	state := eval[map[string]any](tb, `(() => { const d = document.getElementById("note-details");
		return {open: d.open, preview: document.getElementById("note-preview") !== null,
			title: document.querySelector("#note-details > summary").innerText.trim()}; })()`)
	if state["open"] != false || state["preview"] != false || state["title"] != messages.For("en").T(messages.UIPageNoteTitle) {
		t.Errorf("closed section: %v", state)
	}
	tb.openNote()
	tb.waitPreview(tb.pageNote(text, "en", note.Work, note.Text))
	tb.click("#note-details > summary")
	tb.waitJS(`document.getElementById("note-preview") === null`)
}

// testNoteSeed copies the work note and the customer comment for the
// seed's message 2 in both UI languages and checks what they say.
func testNoteSeed(t *testing.T, e *e2eEnv) {
	for dialog, text := range seedTexts(t) {
		for _, lang := range messages.Languages() {
			t.Run(dialog+"-dialog/"+lang, func(t *testing.T) {
				tb := e.open(t, "/#lang="+lang)
				tb.grantClipboard(browser.PermissionSettingGranted)
				tb.paste(text)
				tb.checkAnswer(text, seedWant(lang, dialog))
				tb.openNote()

				// The short work note first, the default.
				want := tb.pageNote(text, lang, note.Work, note.Text)
				tb.chooseNote(note.Work, note.Text, want)
				short := tb.copyNote(lang)
				if short != want {
					t.Fatalf("copied work note differs from the note for the paste:\n%s\nwant\n%s", short, want)
				}
				if preview := eval[string](tb, `document.getElementById("note-preview").value`); preview != short {
					t.Errorf("the preview is not what was copied:\n%s", preview)
				}
				for _, s := range []string{"mail.contoso.com", "0x00000018", "FLAG_INVALID_CA", "FLAG_CERT_CN_INVALID"} {
					if !strings.Contains(short, s) {
						t.Errorf("the short work note lacks %q", s)
					}
				}
				if n := len([]rune(short)); n > 2500 {
					t.Errorf("the short work note is %d characters", n)
				}
				tb.checkStepsInOrder(short, false)

				// The full reference, on request.
				tb.chooseLength(true)
				want = tb.pageNoteOf(text, lang, note.Options{Kind: note.Work, Full: true})
				tb.waitPreview(want)
				work := tb.copyNote(lang)
				if work != want {
					t.Fatalf("copied full work note differs from the note for the paste:\n%s\nwant\n%s", work, want)
				}
				for _, s := range []string{"WINHTTP_CALLBACK_STATUS_FLAG_INVALID_CA", "WINHTTP_CALLBACK_STATUS_FLAG_CERT_CN_INVALID", text} {
					if !strings.Contains(work, s) {
						t.Errorf("the full work note lacks %q", s)
					}
				}
				tb.checkStepsInOrder(work, true)
				tb.chooseLength(false)

				want = tb.pageNote(text, lang, note.Customer, note.Text)
				tb.chooseNote(note.Customer, note.Text, want)
				customer := tb.copyNote(lang)
				if customer != want {
					t.Fatalf("copied customer comment:\n%s\nwant\n%s", customer, want)
				}
				for _, s := range []string{"FLAG_", "WINHTTP_", "0x", e.origin} {
					if strings.Contains(customer, s) {
						t.Errorf("the customer comment holds %q:\n%s", s, customer)
					}
				}
				c := messages.For(lang)
				for _, s := range []string{"mail.contoso.com", c.T(messages.UINoteCustomerFlagIssuer), c.T(messages.UINoteCustomerFlagName), c.T(messages.UINoteCustomerDoing1)} {
					if !strings.Contains(customer, s) {
						t.Errorf("the customer comment lacks %q", s)
					}
				}
			})
		}
	}
}

// checkStepsInOrder reads the steps the page shows (the first checks, then
// each flag's fixes, most decisive flag first) and checks that the
// plain-text work note lists every one, with who acts, in that order: by
// title in the short note, with what to do in the full one.
func (tb *tab) checkStepsInOrder(work string, full bool) {
	tb.t.Helper()
	part := ".step-title"
	if full {
		part = ".do"
	}
	steps := eval[[]string](tb, `[...document.querySelectorAll("#steps .step-group:not([hidden]) .step")]
		.map(s => "[" + s.querySelector(".who").textContent.trim() + "] " + s.querySelector("`+part+`").textContent.trim())`)
	if len(steps) < 10 {
		tb.t.Fatalf("only %d steps on the page: %q", len(steps), steps)
	}
	rest := work
	for i, s := range steps {
		at := strings.Index(rest, s)
		if at < 0 {
			where := "missing from"
			if strings.Contains(work, s) {
				where = "out of order in"
			}
			tb.t.Fatalf("step %d %q is %s the work note", i+1, s, where)
		}
		rest = rest[at+len(s):]
	}
}

// testNoteFormats copies each kind in each format: the clipboard holds
// what the preview shows, and the formats differ in their markup.
func testNoteFormats(t *testing.T, e *e2eEnv) {
	for _, lang := range messages.Languages() {
		text := seedTexts(t)[lang]
		tb := e.open(t, "/#lang="+lang)
		tb.grantClipboard(browser.PermissionSettingGranted)
		tb.paste(text)
		tb.checkAnswer(text, seedWant(lang, lang))
		tb.openNote()
		// The short work note's markup; the full one's quotes the paste.
		marks := map[note.Format][]string{
			note.Text:     {"1. [", "\n== "},
			note.Markdown: {"\n## ", "\n1. **", "\n- 0x"},
			note.Jira:     {"h2. ", "\n# *", "\n* 0x"},
		}
		fullMarks := map[note.Format]string{note.Text: "\n> ", note.Markdown: "```", note.Jira: "{noformat}"}
		for _, k := range note.Kinds() {
			seen := map[string]note.Format{}
			for _, f := range note.Formats() {
				want := tb.pageNote(text, lang, k, f)
				tb.chooseNote(k, f, want)
				got := tb.copyNote(lang)
				if got != want {
					t.Errorf("%s, %s %s: copied\n%s\nwant\n%s", lang, k, f, got, want)
				}
				if prev, ok := seen[got]; ok {
					t.Errorf("%s, %s: %s and %s copy the same note", lang, k, prev, f)
				}
				seen[got] = f
				if k != note.Work {
					continue
				}
				for _, m := range marks[f] {
					if !strings.Contains(got, m) {
						t.Errorf("%s, work %s: no %q in\n%.300s", lang, f, m, got)
					}
				}
				tb.chooseLength(true)
				full := tb.pageNoteOf(text, lang, note.Options{Kind: k, Format: f, Full: true})
				tb.waitPreview(full)
				if got := tb.copyNote(lang); got != full || !strings.Contains(got, fullMarks[f]) {
					t.Errorf("%s, full work %s: copied\n%.300s\nwant it with %q", lang, f, got, fullMarks[f])
				}
				tb.chooseLength(false)
			}
		}
	}
}

// testNoteRefused denies the clipboard: the note is selected in the
// preview, ready for Ctrl+C, and the status says so.
func testNoteRefused(t *testing.T, e *e2eEnv) {
	for _, lang := range messages.Languages() {
		tb := e.open(t, "/#code=0x18&server=mail.contoso.com&lang="+lang)
		tb.grantClipboard(browser.PermissionSettingDenied)
		tb.openNote()
		tb.click("#note-copy")
		tb.waitJS(`document.getElementById("note-copy-status").innerText.trim() !== ""`)
		if got, want := tb.text("#note-copy-status"), messages.For(lang).T(messages.UIPageNoteCopyRefused); got != want {
			t.Errorf("%s: status %q, want %q", lang, got, want)
		}
		tb.waitJS(`document.activeElement === document.getElementById("note-preview")`)
		state := eval[map[string]any](tb, `(() => { const p = document.getElementById("note-preview");
			return {all: p.selectionStart === 0 && p.selectionEnd === p.value.length, length: p.value.length,
				selected: p.value.substring(p.selectionStart, p.selectionEnd).includes("0x00000018")}; })()`)
		if state["all"] != true || state["selected"] != true {
			t.Errorf("%s: the fallback does not select the whole note: %v", lang, state)
		}
	}
}

// testNoteRemembered: the kind and format chosen stay chosen after a
// reload, and a new UI language rewrites the open note.
func testNoteRemembered(t *testing.T, e *e2eEnv) {
	text := seedTexts(t)["ja"]
	tb := e.open(t, "/")
	tb.paste(text)
	tb.checkAnswer(text, seedWant("en", "ja"))
	tb.openNote()
	tb.chooseNote(note.Customer, note.Jira, tb.pageNote(text, "en", note.Customer, note.Jira))

	tb.click(`.lang-button[lang="ja"]`)
	tb.waitJS(`document.documentElement.lang === "ja"`)
	tb.waitPreview(tb.pageNote(text, "ja", note.Customer, note.Jira))
	if got := tb.text("#note-details > summary"); got != messages.For("ja").T(messages.UIPageNoteTitle) {
		t.Errorf("title after the switch: %q", got)
	}

	// A full load, not a change of fragment: the query form of a link.
	tb.navigate("/?text=" + encodeURIComponent(text))
	tb.checkAnswer(text, seedWant("ja", "ja"))
	tb.openNote()
	checked := eval[[]string](tb, `[...document.querySelectorAll("#ticket-note input:checked")].map(i => i.id)`)
	if strings.Join(checked, " ") != "note-kind-customer note-format-jira" {
		t.Errorf("after a reload the choices are %q", checked)
	}
	tb.waitPreview(tb.pageNote(text, "ja", note.Customer, note.Jira))
}
