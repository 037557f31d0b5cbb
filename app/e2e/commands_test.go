package e2e

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/browser"

	"proxycert/decoder"
	"proxycert/messages"
)

// The commands' copy buttons and wrapping (TestE2EFirstScreen runs these).

// testCopyEveryCommand clicks every command's copy button on the answer
// for 0x18, KB 923575's resolution opened too: the clipboard then holds
// exactly that command.
func testCopyEveryCommand(t *testing.T, e *e2eEnv) {
	for _, lang := range messages.Languages() {
		text := kbMessage2()
		addr, _ := decoder.ShareLink(e.origin+"/", decoder.Parse(text), text, lang)
		// Reduced motion: the page jumps to the answer rather than scroll
		// smoothly under the clicks.
		tb := e.open(t, strings.TrimPrefix(addr, e.origin), withViewport(360, 780), withMedia("light", "reduce"))
		tb.waitJS(inViewJS)
		tb.grantClipboard(browser.PermissionSettingGranted)
		eval[bool](tb, `(document.getElementById("resolution-details").open = true, true)`)
		ids := eval[[]string](tb, `[...document.querySelectorAll("#answer .command")]
			.filter(c => c.getClientRects().length > 0).map(c => c.id)`)
		want := 0
		adv := decoder.Explain(decoder.Parse(text), messages.For(lang))
		for _, steps := range [][]messages.Step{adv.FirstChecks, adv.Flags[0].Fixes, adv.Flags[1].Fixes, adv.Steps.Steps} {
			for _, s := range steps {
				if s.Command != "" {
					want++
				}
			}
		}
		if len(ids) != want {
			t.Errorf("%s: %d commands shown, want %d", lang, len(ids), want)
		}
		for _, id := range ids {
			command := eval[string](tb, fmt.Sprintf(`document.querySelector("#%s code").textContent`, id))
			eval[bool](tb, `navigator.clipboard.writeText("(not copied)").then(() => true)`)
			tb.click("#" + id + "-copy")
			tb.waitJS(fmt.Sprintf(`document.getElementById("%s-status").innerText.trim() !== ""`, id))
			if got := eval[string](tb, `navigator.clipboard.readText()`); got != command {
				t.Errorf("%s: %s copied %q, want %q", lang, id, got, command)
			}
			if got := tb.text("#" + id + "-status"); got != messages.For(lang).T(messages.UIPageCommandCopied) {
				t.Errorf("%s: %s says %q", lang, id, got)
			}
		}
	}
}

// testCommandRefused denies the clipboard: the command is offered in a
// selected text field, as "Copy link" offers the link.
func testCommandRefused(t *testing.T, e *e2eEnv) {
	tb := e.open(t, "/#code=0x18&server=mail.contoso.com&lang=en")
	tb.grantClipboard(browser.PermissionSettingDenied)
	id := eval[string](tb, `document.querySelector("#steps .step-group:not([hidden]) .command").id`)
	tb.click("#" + id + "-copy")
	tb.waitJS(fmt.Sprintf(`document.getElementById(%q) !== null`, id+"-fallback"))
	if got := tb.text("#" + id + "-status"); got != messages.For("en").T(messages.UIPageCopyRefused) {
		t.Errorf("status %q", got)
	}
	state := eval[map[string]any](tb, fmt.Sprintf(`(() => { const f = document.getElementById(%q);
		return {value: f.value, command: document.querySelector("#%s code").textContent, focused: document.activeElement === f,
			all: f.selectionStart === 0 && f.selectionEnd === f.value.length}; })()`, id+"-fallback", id))
	if state["value"] != state["command"] || state["focused"] != true || state["all"] != true {
		t.Errorf("fallback field: %v", state)
	}
	axe := readAxe(t)
	for _, v := range tb.axeViolations(axe) {
		t.Errorf("with the fallback shown: %s", v)
	}
}

// testCommandsWrap: no command breaks inside a word. At 1280 px a command
// wraps at its spaces only, and a word wider than the line scrolls
// sideways inside its box; at 360 px a command stays on one line and
// scrolls. The page itself never gets wider.
func testCommandsWrap(t *testing.T, e *e2eEnv) {
	for _, tc := range []struct {
		lang  string
		width int64
	}{{"en", 1280}, {"ja", 1280}, {"en", 360}, {"ja", 360}} {
		lang := tc.lang
		tb := e.open(t, "/#code=0x1F&server=very-long-host-name.mail.contoso.example.com&lang="+lang, withViewport(tc.width, 780))
		eval[bool](tb, `(document.getElementById("resolution-details").open = true, true)`)
		if w := eval[int](tb, `document.documentElement.scrollWidth`); int64(w) > tc.width {
			t.Errorf("%s: the page is %d px wide at %d px", lang, w, tc.width)
		}
		if tc.width == 360 {
			if n := eval[int](tb, `[...document.querySelectorAll(".command-text")].filter(p => p.getClientRects().length > 0 &&
				p.scrollHeight > 2 * parseFloat(getComputedStyle(p).lineHeight) + 30).length`); n > 0 {
				t.Errorf("%s: %d commands take more than a line at 360 px", lang, n)
			}
		}
		// Each word of a command sits on one line: a word broken across
		// lines has more than one box.
		broken := eval[[]string](tb, `[...document.querySelectorAll(".command-text .command-word")]
			.filter(w => w.getClientRects().length > 1).map(w => w.textContent)`)
		if len(broken) > 0 {
			t.Errorf("%s: words broken across lines: %q", lang, broken)
		}
		styles := eval[map[string]string](tb, `(() => { const s = getComputedStyle(document.querySelector(".command-text"));
			return {wordBreak: s.wordBreak, overflowWrap: s.overflowWrap, overflowX: s.overflowX}; })()`)
		if styles["wordBreak"] != "normal" || styles["overflowWrap"] != "normal" || styles["overflowX"] != "auto" {
			t.Errorf("%s: command style %v", lang, styles)
		}
		tb.screenshot(fmt.Sprintf("commands-%d-%s.png", tc.width, lang))
	}
}
