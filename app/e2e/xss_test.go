package e2e

import (
	"fmt"
	"iter"
	"net/url"
	"proxycert/app/page"
	"proxycert/decoder"
	"proxycert/messages"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// xssTab is a tab that watches for the canary and for JavaScript dialogs,
// and keeps the page's state as the Go model predicts it.
type xssTab struct {
	*tab
	allowed map[string]int // tag counts seen for harmless input; nil while learning
	model   page.Entry     // what the page holds, as page.go updates it
	dmu     sync.Mutex
	dialogs []string
	spent   map[string]time.Duration // per kind of step, for the log
	steps   map[string]int
}

func newXSSTab(t *testing.T, e *e2eEnv) *xssTab {
	x := &xssTab{spent: map[string]time.Duration{}, steps: map[string]int{}}
	x.tab = e.open(t, "/", func(t *testing.T, tb *tab) {
		send(tb, cdppage.AddScriptToEvaluateOnNewDocument, cdppage.AddScriptToEvaluateOnNewDocumentParams{Source: xssWatchJS})
		go x.watchDialogs(tb, chromedp.Events(tb.ctx, cdppage.JavascriptDialogOpening))
	})
	return x
}

// watchDialogs records every alert, confirm or prompt, and dismisses it so
// the page does not stall.
func (x *xssTab) watchDialogs(tb *tab, dialogs iter.Seq2[cdppage.EventJavascriptDialogOpening, error]) {
	for ev, err := range dialogs {
		if err != nil {
			return
		}
		x.dmu.Lock()
		x.dialogs = append(x.dialogs, fmt.Sprintf("%s %q", ev.Type, ev.Message))
		x.dmu.Unlock()
		go chromedp.Call(tb.ctx, cdppage.HandleJavaScriptDialog, cdppage.HandleJavaScriptDialogParams{Accept: false})
	}
}

// learn records the tags the page renders for harmless input of every kind:
// the limit the audit holds payload renders to.
func (x *xssTab) learn() {
	seen := map[string]int{}
	for _, text := range []string{
		messages.Dialogs["en"][0].Fill(2, "mail.contoso.com", "0x00000018"),
		"10", "0x800B0109", "0x80000218",
		"The name on the security certificate is invalid or does not match the name of the site",
	} {
		x.paste(text)
		x.learnNow(seen)
	}
	for _, link := range []string{
		"/#code=0xZZ&server=bad%20name!&msg=9&lang=de",
		"/#code=0x18&server=mail.contoso.com&lang=ja",
		"/#text=hello&lang=en",
	} {
		x.navigate(link)
		x.learnNow(seen)
	}
	x.click("#copy-link")
	x.learnNow(seen)
	x.allowed = seen
}

func (x *xssTab) learnNow(seen map[string]int) {
	time.Sleep(100 * time.Millisecond) // harmless steps have no marker; let them render
	s := x.state(true)
	if len(s.Bad) > 0 {
		x.t.Fatalf("harmless input fails the audit, so the audit is wrong: %q", s.Bad)
	}
	for tag, n := range s.Counts {
		seen[tag] = max(seen[tag], n)
	}
}

// probe shows the watchers at work, so that their silence means something:
// markup put into the page fails the audit, its inline handler is refused
// by the CSP (a violation the tab files as the probe's, being inside
// [data-probe]), and script that runs bumps the canary and opens a dialog
// the watcher sees. The image's src is no image, so its error event, and
// the refusal, come in every engine, whatever it does with an image
// without src (Chromium 156 fires error, 148 did not); a src the CSP
// refuses would be reported against the document, not the probe.
func (x *xssTab) probe() {
	eval[bool](x.tab, `(document.getElementById("summary").insertAdjacentHTML("beforeend",
		'<img data-probe src="manifest.webmanifest" onerror="__xss++"><a data-probe href=" javascript:__xss++">x</a><iframe data-probe></iframe>'), true)`)
	x.waitViolation("script-src-attr", true)
	bad := x.state(true).Bad
	for _, want := range []string{"img onerror", "a href= javascript:__xss++", "new element <iframe>"} {
		if !slices.Contains(bad, want) && !slices.ContainsFunc(bad, func(b string) bool { return strings.HasPrefix(b, want) }) {
			x.t.Errorf("the audit missed %q in markup put there on purpose: %q", want, bad)
		}
	}
	eval[bool](x.tab, `(document.querySelectorAll("[data-probe]").forEach((el) => el.remove()), true)`)
	eval[bool](x.tab, `(setTimeout(() => { __xss++; alert("probe"); }), true)`)
	x.waitJS(`window.__xss === 1`)
	for range 100 {
		x.dmu.Lock()
		n := len(x.dialogs)
		x.dmu.Unlock()
		if n > 0 {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	x.dmu.Lock()
	if len(x.dialogs) != 1 {
		x.t.Errorf("the dialog watcher saw %q, want the probe's alert", x.dialogs)
	}
	x.dialogs = nil
	x.dmu.Unlock()
	eval[bool](x.tab, `(window.__xss = 0, true)`)
}

// check waits until the page shows the model's state, then fails on an
// audit finding, the canary or a dialog.
func (x *xssTab) check(what string, p xssPayload, problems []decoder.LinkProblem) {
	x.t.Helper()
	w := x.predict(problems)
	var s xssState
	deadline := time.Now().Add(10 * time.Second)
	for {
		s = x.state(false)
		if w.diff(s) == "" || time.Now().After(deadline) {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	s = x.state(true)
	if d := w.diff(s); d != "" {
		x.t.Errorf("%s, %s: not shown as text: %s", p, what, d)
	}
	if len(s.Bad) > 0 {
		x.t.Errorf("%s, %s: the DOM gained %q", p, what, s.Bad)
	}
	x.canary(what, p, s.XSS)
}

func (x *xssTab) canary(what string, p fmt.Stringer, xss int) {
	x.t.Helper()
	x.dmu.Lock()
	dialogs := x.dialogs
	x.dialogs = nil
	x.dmu.Unlock()
	if xss != 0 || len(dialogs) > 0 {
		x.t.Errorf("%s, %s: script ran: canary %d, dialogs %q", p, what, xss, dialogs)
	}
}

// pasteAs pastes text and checks the page.
func (x *xssTab) pasteAs(what string, p xssPayload, text string) {
	defer x.timed("paste", time.Now())
	x.model, _ = x.model.Typed(text)
	eval[bool](x.tab, `(() => { const el = document.getElementById("paste"); el.focus(); el.select(); return true; })()`)
	send(x.tab, input.InsertText, input.InsertTextParams{Text: text})
	x.check(what, p, nil)
}

// How openAs opens a link.
const (
	inFragment = "#"        // a navigation to the fragment form: same document
	inQuery    = "?"        // the query form put in place, then popstate: same document
	loadQuery  = "?, fresh" // the query form in a new page load
)

// openAs opens a link in one of the forms above and checks the page. A
// fresh load starts a new document: the last one's canary is read first.
func (x *xssTab) openAs(what string, p xssPayload, form string, params url.Values) {
	x.t.Helper()
	defer x.timed(form, time.Now())
	enc := params.Encode()
	o := page.OpenLink(enc)
	x.model = o.In
	what = what + " in " + form
	switch form {
	case inFragment:
		if err := chromedp.Do(x.ctx, chromedp.Navigate(x.e.origin+"/#"+enc)); err != nil {
			x.t.Fatalf("%s, %s: %v", p, what, err)
		}
	case inQuery:
		eval[bool](x.tab, fmt.Sprintf(`(history.replaceState(null, "", "/?" + %q), dispatchEvent(new PopStateEvent("popstate")), true)`, enc))
	case loadQuery:
		x.settle(what, p)
		x.navigate("/?" + enc)
	}
	x.check(what, p, o.Problems)
}

func (x *xssTab) timed(kind string, start time.Time) {
	x.spent[kind] += time.Since(start)
	x.steps[kind]++
}

// logTimes says where the time went: page loads are the slow steps.
func (x *xssTab) logTimes() {
	var parts []string
	for _, kind := range []string{"paste", inFragment, inQuery, loadQuery} {
		if n := x.steps[kind]; n > 0 {
			parts = append(parts, fmt.Sprintf("%s %d × %.0f ms", kind, n, float64(x.spent[kind].Milliseconds())/float64(n)))
		}
	}
	x.t.Logf("steps: %s", strings.Join(parts, ", "))
}

// settle gives handlers that would fire late (an image's onerror) time to
// run, then reads the canary.
func (x *xssTab) settle(what string, p fmt.Stringer) {
	time.Sleep(150 * time.Millisecond)
	x.canary(what+" (after settling)", p, x.state(false).XSS)
}

type batch string

func (b batch) String() string { return string(b) }

// testXSS pastes every payload of testdata/xss/payloads.txt, alone and as
// the server name and the code of a KB dialog, and passes it through every
// link parameter in the fragment and the query form: nothing runs (no
// canary, no dialog), the DOM gains no element or attribute beyond those
// harmless input renders, and wherever the payload shows it reads exactly
// as the Go model of the page says, as text. Two tabs share the corpus.
func testXSS(t *testing.T, e *e2eEnv) {
	payloads := loadXSSPayloads(t)
	const shards = 2
	for i := range shards {
		t.Run(fmt.Sprintf("shard%d", i), func(t *testing.T) {
			t.Parallel()
			var mine []xssPayload
			for j := i; j < len(payloads); j += shards {
				mine = append(mine, payloads[j])
			}
			xssShard(t, e, mine)
		})
	}
}

func xssShard(t *testing.T, e *e2eEnv, payloads []xssPayload) {
	x := newXSSTab(t, e)
	x.learn()
	x.probe()
	x.model = page.Entry{}
	x.navigate("/") // a fresh document; learn left the text box full
	all := func(v string) url.Values {
		return url.Values{"code": {v}, "server": {v}, "msg": {v}, "lang": {v}}
	}
	for _, p := range payloads {
		x.pasteAs("pasted", p, p.Text)
		x.pasteAs("as the server in a dialog", p, messages.Dialogs["en"][0].Fill(2, p.Text, "0x00000018"))
		x.pasteAs("as the code in a dialog", p, messages.Dialogs["ja"][1].Fill(2, "mail.contoso.co.jp", p.Text))
		for _, form := range []string{inFragment, inQuery} {
			x.openAs("as code, server, msg and lang", p, form, all(p.Text))
			x.openAs("as text", p, form, url.Values{"text": {p.Text}})
		}
	}
	// Page loads are slow, so each carries four payloads, one a parameter,
	// and text= several, one a line: every payload goes through a fresh
	// page's first render once.
	n := len(payloads)
	for i := 0; i < n; i += 4 {
		x.openAs("as code, with the next three as server, msg and lang", payloads[i], loadQuery, url.Values{
			"code": {payloads[i].Text}, "server": {payloads[(i+1)%n].Text},
			"msg": {payloads[(i+2)%n].Text}, "lang": {payloads[(i+3)%n].Text},
		})
	}
	for i := 0; i < n; i += 10 {
		group := payloads[i:min(i+10, n)]
		var texts []string
		for _, p := range group {
			texts = append(texts, p.Text)
		}
		x.openAs("as text, with the next nine", group[0], loadQuery, url.Values{"text": {strings.Join(texts, "\n")}})
	}
	x.settle("the last page", batch("all payloads"))
	x.logTimes()
}
