package e2e

import (
	"cmp"
	"encoding/json"
	"fmt"
	"iter"
	"strings"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// The watchers every tab has: console errors, requests to other origins,
// and Content-Security-Policy violations, checked when its test ends.

// cspViolation is one securitypolicyviolation event. Probe is set when the
// element at fault sits inside a [data-probe] element: markup a test put
// there on purpose to show that its watchers work.
type cspViolation struct {
	Directive string `json:"directive"`
	Blocked   string `json:"blocked"`
	Element   string `json:"element"`
	Probe     bool   `json:"probe"`
}

func (v cspViolation) String() string {
	return fmt.Sprintf("CSP violation: %s blocked %s at %s", v.Directive, cmp.Or(v.Blocked, "?"), cmp.Or(v.Element, "the document"))
}

// cspBinding is the function the page calls, through the DevTools
// protocol, for each violation; cspWatchJS installs the listener in every
// document before the page's own scripts run.
const cspBinding = "__proxycertCSP"

const cspWatchJS = `addEventListener("securitypolicyviolation", (e) => {
	const el = e.target instanceof Element ? e.target : null;
	` + cspBinding + `(JSON.stringify({directive: e.effectiveDirective, blocked: e.blockedURI,
		element: el ? el.localName : "", probe: el !== null && el.closest("[data-probe]") !== null}));
}, true);`

func (tb *tab) watchConsole(msgs iter.Seq2[chromedp.ConsoleMessage, error]) {
	for m, err := range msgs {
		if err != nil {
			return
		}
		line := fmt.Sprintf("%s: %s (%s:%d)", m.Type, m.Text, m.URL, m.Line+1)
		tb.mu.Lock()
		switch {
		case strings.Contains(m.Text, "Content Security Policy"):
			tb.cspConsole = append(tb.cspConsole, line)
		case m.Type == chromedp.ConsoleError || m.IsException():
			tb.errors = append(tb.errors, line)
		}
		tb.mu.Unlock()
	}
}

func (tb *tab) watchCSP(calls iter.Seq2[runtime.EventBindingCalled, error]) {
	for ev, err := range calls {
		if err != nil {
			return
		}
		if ev.Name != cspBinding {
			continue
		}
		var v cspViolation
		if err := json.Unmarshal([]byte(ev.Payload), &v); err != nil {
			v = cspViolation{Directive: "unreadable report " + ev.Payload}
		}
		tb.mu.Lock()
		tb.violations = append(tb.violations, v)
		tb.mu.Unlock()
	}
}

// cspProblems returns the violations no probe caused, and the console's
// CSP lines that no event accounts for. Called with tb.mu held.
func (tb *tab) cspProblems() []string {
	var bad []string
	for _, v := range tb.violations {
		if !v.Probe {
			bad = append(bad, v.String())
		}
	}
	// Each event has its console line; a line with no event is a
	// violation the listener could not see (a worker's, say). Which line
	// that is the console does not say: the last ones stand for it.
	if extra := len(tb.cspConsole) - len(tb.violations); extra > 0 {
		bad = append(bad, tb.cspConsole[len(tb.cspConsole)-extra:]...)
	}
	return bad
}

// takeProblems returns the console errors and CSP violations seen so far
// and forgets them: for a step that causes them on purpose.
func (tb *tab) takeProblems() []string {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	all := append(tb.errors, tb.cspProblems()...)
	tb.errors, tb.violations, tb.cspConsole = nil, nil, nil
	return all
}

func (tb *tab) watchNetwork(requests iter.Seq2[network.EventRequestWillBeSent, error]) {
	for ev, err := range requests {
		if err != nil {
			return
		}
		tb.mu.Lock()
		tb.urls = append(tb.urls, ev.Request.URL)
		tb.mu.Unlock()
	}
}

// checkClean fails the test on console errors and on requests to any
// origin but the site's.
func (tb *tab) checkClean() {
	errors, foreign := tb.problems()
	for _, e := range errors {
		tb.t.Errorf("console: %s", e)
	}
	for _, u := range foreign {
		tb.t.Errorf("request to another origin: %s", u)
	}
}

// problems returns the console errors and the requests to other origins
// seen so far.
func (tb *tab) problems() (errors, foreign []string) {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	for _, u := range tb.urls {
		if !strings.HasPrefix(u, tb.e.origin+"/") && !strings.HasPrefix(u, "data:") {
			foreign = append(foreign, u)
		}
	}
	return append(append([]string(nil), tb.errors...), tb.cspProblems()...), foreign
}
