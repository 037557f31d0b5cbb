package e2e

import (
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"

	"proxycert/app/page"
	"proxycert/decoder"
	"proxycert/messages"
)

// threadLine is the filler of the long pastes: a ticket thread.
const threadLine = "> Re: INC0012345 Outlook asks about the proxy certificate again this morning\n"

// longPaste returns head, a ticket thread up to exactly decoder.MaxInput
// bytes, then a second KB dialog with another server and code, and more
// thread up to size bytes. Only head's dialog is inside what the decoder
// reads.
func longPaste(head string, size int) string {
	var b strings.Builder
	b.WriteString(head + "\n")
	for b.Len()+len(threadLine) <= decoder.MaxInput {
		b.WriteString(threadLine)
	}
	b.WriteString(strings.Repeat("-", decoder.MaxInput-b.Len()))
	b.WriteString(messages.Dialogs["en"][0].Fill(3, "other.fabrikam.com", "0x00000008") + "\n")
	for b.Len()+len(threadLine) <= size {
		b.WriteString(threadLine)
	}
	return b.String()
}

// timing is what measureJS returns, in milliseconds.
type timing struct {
	Handled float64   `json:"handled"` // the input event's dispatch, Go handler included
	Answer  float64   `json:"answer"`  // until the answer is on screen
	Long    []float64 `json:"long"`    // main-thread tasks over 50 ms meanwhile
}

func (m timing) String() string {
	total := 0.0
	for _, d := range m.Long {
		total += d
	}
	handled := ""
	if m.Handled > 0 {
		handled = fmt.Sprintf("input handled in %.0f ms, ", m.Handled)
	}
	return fmt.Sprintf("%sanswer on screen after %.0f ms, %d long tasks (%.0f ms in all, %v)",
		handled, m.Answer, len(m.Long), total, m.Long)
}

// measureJS runs action, then waits until done is true, observing long
// tasks. action and done are JavaScript expressions.
const measureJS = `(async () => {
	const done = () => (%s);
	const long = [];
	const po = new PerformanceObserver((l) => { for (const e of l.getEntries()) long.push(Math.round(e.duration)); });
	po.observe({type: "longtask"});
	const t0 = performance.now();
	%s;
	const handled = performance.now() - t0;
	await new Promise((resolve) => {
		if (done()) return resolve();
		const mo = new MutationObserver(() => { if (done()) { mo.disconnect(); resolve(); } });
		mo.observe(document.body, {subtree: true, childList: true, characterData: true, attributes: true});
	});
	const answer = performance.now() - t0;
	await new Promise((r) => setTimeout(r, 300));
	for (const e of po.takeRecords()) long.push(Math.round(e.duration));
	po.disconnect();
	return {handled, answer, long};
})()`

func (tb *tab) measure(action, done string) timing {
	tb.t.Helper()
	return eval[timing](tb, fmt.Sprintf(measureJS, done, action))
}

// stash sends text to the page as window.__big, untimed.
func (tb *tab) stash(text string) {
	tb.t.Helper()
	js, _ := json.Marshal(text)
	eval[bool](tb, `(window.__big = `+string(js)+`, true)`)
}

// setValueJS is a paste as a script sees it: the whole of window.__big at
// once, then one input event.
const setValueJS = `(() => {
	const el = document.getElementById("paste");
	el.focus();
	el.value = window.__big;
	el.dispatchEvent(new Event("input", {bubbles: true}));
})()`

// keystroke presses key in the text box, over the character at offset when
// offset is not negative, and times it from the keydown until done.
func (tb *tab) keystroke(offset int, key, done string, opts ...chromedp.KeyOption) timing {
	tb.t.Helper()
	eval[bool](tb, fmt.Sprintf(`(async () => {
		const el = document.getElementById("paste");
		el.focus();
		if (%[1]d >= 0) el.setSelectionRange(%[1]d, %[1]d + 1);
		// Let Chromium finish laying out the text first: that is not the
		// keystroke's cost.
		el.scrollHeight;
		await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
		window.__key = {long: []};
		el.addEventListener("keydown", () => { __key.t0 = performance.now(); }, {once: true, capture: true});
		const done = () => (%[2]s);
		const mo = new MutationObserver(() => { if (done()) { __key.t1 = performance.now(); mo.disconnect(); } });
		mo.observe(document.body, {subtree: true, childList: true, characterData: true, attributes: true});
		new PerformanceObserver((l) => { for (const e of l.getEntries()) __key.long.push(Math.round(e.duration)); }).observe({type: "longtask"});
		return true;
	})()`, offset, done))
	if err := chromedp.Do(tb.ctx, chromedp.KeyEvent(key, opts...)); err != nil {
		tb.t.Fatal(err)
	}
	tb.waitJS(`window.__key.t1 !== undefined`)
	return eval[timing](tb, `({handled: 0, answer: __key.t1 - __key.t0, long: __key.long})`)
}

const (
	answer18 = `document.querySelector("#reading-code .code")?.textContent === "0x00000018" && document.getElementById("too-long") !== null`
	answer10 = `document.querySelector("#reading-code .code")?.textContent === "0x00000010"`
)

// testSizeLimit pastes 1 MiB: the page says that only the first 64 KiB
// were read, answers for them, keeps the address short, and still answers
// the next keystroke. The timings are logged, not asserted.
func testSizeLimit(t *testing.T, e *e2eEnv) {
	head := messages.Dialogs["en"][0].Fill(2, "mail.contoso.com", "0x00000018")
	big := longPaste(head, 1<<20)
	if r := decoder.Parse(big); r.Code != 0x18 || r.Server != "mail.contoso.com" {
		t.Fatalf("the decoder reads %#x %q from the long paste; want the first dialog's", r.Code, r.Server)
	}
	tb := e.open(t, "/")
	tb.stash(big)
	t.Logf("figures: 1 MiB set as the value + input event: %v", tb.measure(setValueJS, answer18))
	tb.checkTooLong("en", big)
	in, r := page.Entry{}.Typed(big)
	tb.checkAnswer("1 MiB paste", want{lang: "en", variant: 2, dialog: "en", server: "mail.contoso.com", code: 0x18, res: 1})
	if got, want := "#"+tb.location().EscapedFragment(), sharedFragment(tb.e.origin+"/", in.Text, r); got != want {
		t.Errorf("address fragment %q, want %q", got, want)
	}
	eighteen := func(s string) int { return strings.Index(s, "0x00000018") + len("0x0000001") }
	t.Logf("figures: keystroke in the 1 MiB text: %v", tb.keystroke(eighteen(big), "0", answer10))

	// The same keystroke with just the dialog, for comparison.
	tb.navigate("/")
	tb.paste(head)
	tb.waitJS(`document.querySelector("#reading-code .code")?.textContent === "0x00000018"`)
	t.Logf("figures: keystroke in the dialog alone: %v", tb.keystroke(eighteen(head), "0", answer10))

	// A real paste: the clipboard and Ctrl+V, timed from the key.
	tb.navigate("/")
	tb.grantClipboard(browser.PermissionSettingGranted)
	tb.stash(big)
	eval[bool](tb, `navigator.clipboard.writeText(window.__big).then(() => true)`)
	t.Logf("figures: 1 MiB pasted with Ctrl+V: %v",
		tb.keystroke(-1, "v", answer18, chromedp.KeyModifiers(chromedp.ModifierCtrl)))
	tb.checkTooLong("en", big)

	// Text the decoder does not recognise: the link leaves it out.
	tb.navigate("/")
	noise := strings.Repeat(threadLine, (1<<20)/len(threadLine))
	tb.stash(noise)
	t.Logf("figures: 1 MiB of unrecognised text: %v", tb.measure(setValueJS, `document.getElementById("link-left-out") !== null`))
	tb.checkTooLong("en", noise)
	// No language was chosen on the page: the address carries nothing.
	if got := tb.location().EscapedFragment(); got != "" {
		t.Errorf("the address carries %.80q for 1 MiB of unrecognised text, want nothing", got)
	}
	want := messages.Fill(messages.For("en").T(messages.UIPageLinkLeftOut), "limit", fmt.Sprint(decoder.MaxLink))
	if got := tb.text("#link-left-out"); got != want {
		t.Errorf("link notice %q, want %q", got, want)
	}
}

// checkTooLong asserts the notice under the text box, in the UI language,
// and that the box points to it.
func (tb *tab) checkTooLong(lang, text string) {
	tb.t.Helper()
	tb.waitJS(`document.getElementById("too-long") !== null`)
	want := messages.Fill(messages.For(lang).T(messages.UIPageTooLong), "size", messages.KiB(len(text)), "limit", messages.KiB(decoder.MaxInput))
	if got := tb.text("#too-long"); got != want {
		tb.t.Errorf("too-long notice %q, want %q", got, want)
	}
	if got := eval[string](tb, `document.getElementById("paste").getAttribute("aria-describedby")`); !strings.Contains(got, "too-long") {
		tb.t.Errorf("the text box is described by %q, not the notice", got)
	}
	if got := eval[int](tb, `document.getElementById("paste").value.length`); got != len(text) {
		tb.t.Errorf("the text box holds %d characters, want all %d", got, len(text))
	}
}

// testLinkOverLimit opens links whose parameters are over the limit: the
// same notice, the first 64 KiB read, bad values quoted short, and the
// address rewritten short.
func testLinkOverLimit(t *testing.T, e *e2eEnv) {
	head := messages.Dialogs["en"][0].Fill(2, "mail.contoso.com", "0x00000018")
	text := longPaste(head, 80<<10)
	for _, tc := range []struct{ link, lang, linkLang string }{
		{"/#text=" + url.QueryEscape(text), "en", ""},
		{"/?lang=ja&text=" + url.QueryEscape(text), "ja", "ja"},
	} {
		tb := e.open(t, tc.link)
		tb.checkTooLong(tc.lang, text)
		tb.checkAnswer(tc.link[:8], want{lang: tc.lang, variant: 2, dialog: "en", server: "mail.contoso.com", code: 0x18, res: 1})
		// The language stays in the address only when the link named it.
		l := linkOf(t, tb.location())
		if l != (decoder.Link{Code: "0x00000018", Server: "mail.contoso.com", Variant: 2, Lang: tc.linkLang}) || tb.location().RawQuery != "" {
			t.Errorf("%.8s: address became %.100q", tc.link, tb.location())
		}
	}

	code := strings.Repeat("<b>", 30<<10)
	tb := e.open(t, "/#code="+url.QueryEscape(code))
	tb.checkTooLong("en", code)
	quoted := messages.Fill(messages.For("en").T(messages.UIPageLinkBadCode), "code", messages.Clip(code, decoder.MaxQuoted))
	if got := tb.text("#link-notice"); !strings.Contains(got, quoted) {
		t.Errorf("link notice %.200q lacks %q", got, quoted)
	}
	if got := tb.location().EscapedFragment(); got != "" {
		t.Errorf("address became %.100q, want no parameter", got)
	}
	if tb.text("#link-left-out") == "" {
		t.Error("no word that the link leaves the text out")
	}
}
