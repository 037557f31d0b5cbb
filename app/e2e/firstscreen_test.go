package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"

	"proxycert/decoder"
	"proxycert/messages"
)

// TestE2EFirstScreen drives the answer's order (issue 14): after a paste
// or a link, the summary, who acts first and the first steps with their
// copy buttons on the first screen, at 1280 × 800 and 360 × 780, in both
// languages and color schemes; the focus on opening; every command's copy
// button; the links' language.
func TestE2EFirstScreen(t *testing.T) {
	e := newE2E(t)
	t.Run("AfterPaste", func(t *testing.T) { testFirstScreen(t, e, false) })
	t.Run("DeepLink", func(t *testing.T) { testFirstScreen(t, e, true) })
	t.Run("FocusAndCtrlV", func(t *testing.T) { testFocusAndCtrlV(t, e) })
	t.Run("CopyEveryCommand", func(t *testing.T) { testCopyEveryCommand(t, e) })
	t.Run("CommandRefused", func(t *testing.T) { testCommandRefused(t, e) })
	t.Run("CommandsWrap", func(t *testing.T) { testCommandsWrap(t, e) })
	t.Run("LinkLanguage", func(t *testing.T) { testLinkLanguage(t, e) })
	t.Run("StepsOpen", func(t *testing.T) { testStepsOpen(t, e) })
}

// kbMessage2 is KB 923575's message 2 for 0x18, the example.
func kbMessage2() string {
	return messages.Dialogs["en"][0].Fill(2, "mail.contoso.com", "0x00000018")
}

// withMedia emulates the color scheme and the motion preference before the
// page loads.
func withMedia(scheme, motion string) tabOption {
	return func(t *testing.T, tb *tab) {
		send(tb, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Features: []*emulation.MediaFeature{
			{Name: "prefers-color-scheme", Value: scheme},
			{Name: "prefers-reduced-motion", Value: motion},
		}})
	}
}

// ctrlV presses Ctrl+V in the focused element as a person does: the key
// events carry the paste command, which a headless Chromium needs to
// paste from the clipboard.
func (tb *tab) ctrlV() {
	tb.t.Helper()
	down := input.DispatchKeyEventParams{
		Type: input.DispatchKeyEventTypeRawKeyDown, Modifiers: 2 /* Ctrl */, Key: "v", Code: "KeyV",
		WindowsVirtualKeyCode: 86, NativeVirtualKeyCode: 86, Commands: []string{"paste"},
	}
	send(tb, input.DispatchKeyEvent, down)
	up := down
	up.Type, up.Commands = input.DispatchKeyEventTypeKeyUp, nil
	send(tb, input.DispatchKeyEvent, up)
}

// pasteWithCtrlV puts text on the clipboard and pastes it into the focused
// text box with Ctrl+V.
func (tb *tab) pasteWithCtrlV(text string) {
	tb.t.Helper()
	tb.grantClipboard(browser.PermissionSettingGranted)
	eval[bool](tb, fmt.Sprintf(`navigator.clipboard.writeText(%s).then(() => true)`, jsLiteral(text)))
	tb.waitJS(`document.activeElement?.id === "paste"`)
	tb.ctrlV()
}

// inViewJS is true when the summary, the first shown step and the first
// copy button of the steps lie wholly inside the window.
const inViewJS = `(() => {
	const inView = (el) => { if (!el) return false; const r = el.getBoundingClientRect();
		return r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth; };
	const group = document.querySelector("#steps .step-group:not([hidden])");
	return inView(document.getElementById("summary")) && inView(group?.querySelector(".step")) &&
		inView(group?.querySelector(".copy-command"));
})()`

// firstScreen is what the first screen shows, for the failure message.
const firstScreenJS = `(() => {
	const y = (sel) => { const el = document.querySelector(sel); return el ? Math.round(el.getBoundingClientRect().top) : null; };
	return {scrollY: Math.round(scrollY), summary: y("#summary"), firstStep: y("#steps .step-group:not([hidden]) .step"),
		firstCopy: y("#steps .step-group:not([hidden]) .copy-command"), height: innerHeight};
})()`

// testFirstScreen pastes KB message 2 for 0x18 (or opens its link) at both
// sizes, in both languages and color schemes: without the user scrolling,
// the summary, the first step and the first command's copy button are in
// the window, who acts first is named, and "First checks" leads the
// steps. Each first screen is saved in out/e2e.
func testFirstScreen(t *testing.T, e *e2eEnv, link bool) {
	text := kbMessage2()
	for _, size := range [][2]int64{{1280, 800}, {360, 780}} {
		for _, lang := range messages.Languages() {
			for _, scheme := range []string{"light", "dark"} {
				// Dark runs also prefer reduced motion: the page then
				// jumps instead of scrolling smoothly; both must end with
				// the answer in view.
				motion := map[string]string{"light": "no-preference", "dark": "reduce"}[scheme]
				name := fmt.Sprintf("%dx%d-%s-%s", size[0], size[1], lang, scheme)
				t.Run(name, func(t *testing.T) {
					opts := []tabOption{withViewport(size[0], size[1]), withLanguage(lang), withMedia(scheme, motion)}
					var tb *tab
					if link {
						addr, _ := decoder.ShareLink(e.origin+"/", decoder.Parse(text), text, lang)
						tb = e.open(t, strings.TrimPrefix(addr, e.origin), opts...)
					} else {
						tb = e.open(t, "/", opts...)
						tb.pasteWithCtrlV(text)
					}
					c := messages.For(lang)
					tb.waitJS(`document.getElementById("summary")?.innerText.includes("0x00000018") === true`)
					if !tb.poll(inViewJS) {
						tb.screenshot("first-screen-failed-" + name + ".png")
						t.Fatalf("the first screen lacks the summary, the first step or its copy button: %v",
							eval[map[string]float64](tb, firstScreenJS))
					}
					if got := tb.text("#steps .step-group h4"); got != c.T(messages.UIFirstChecks) {
						t.Errorf("the steps start with %q, want %q", got, c.T(messages.UIFirstChecks))
					}
					if who := tb.text("#who-first .who"); who != c.Who[messages.Helpdesk] && who != c.Who[messages.UserPC] {
						t.Errorf("who acts first: %q", who)
					}
					if link {
						// The focus is on the summary, which a screen
						// reader reads out.
						tb.waitJS(`document.activeElement?.id === "summary"`)
					}
					y := eval[map[string]float64](tb, firstScreenJS)
					t.Logf("%s: summary at y %.0f, first step at y %.0f, its copy button at y %.0f (scrolled %.0f)",
						name, y["summary"], y["firstStep"], y["firstCopy"], y["scrollY"])
					if w := eval[int](tb, `document.documentElement.scrollWidth`); int64(w) > size[0] {
						t.Errorf("the page is %d px wide at %d px", w, size[0])
					}
					kind := "paste"
					if link {
						kind = "link"
					}
					tb.screenshot(fmt.Sprintf("first-screen-%s-%s.png", kind, name))
				})
			}
		}
	}
}

// poll polls a JavaScript expression until it is true, for 20 seconds at
// most, and reports whether it became true.
func (tb *tab) poll(expr string) bool {
	ctx, cancel := context.WithTimeout(tb.ctx, 20*time.Second)
	defer cancel()
	_, err := chromedp.Run(ctx, chromedp.Poll[bool](expr, chromedp.WithPollingInterval(20*time.Millisecond)))
	return err == nil
}

// screenshot saves the window as it is to out/e2e/name.
func (tb *tab) screenshot(name string) {
	tb.t.Helper()
	shot, err := chromedp.Run(tb.ctx, chromedp.CaptureScreenshot())
	if err != nil {
		tb.t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(tb.e.out, name), shot, 0o644); err != nil {
		tb.t.Fatal(err)
	}
}

// testFocusAndCtrlV opens "/": the text box has the focus, and Ctrl+V
// right away decodes what the clipboard holds.
func testFocusAndCtrlV(t *testing.T, e *e2eEnv) {
	for _, size := range [][2]int64{{1280, 800}, {360, 780}} {
		tb := e.open(t, "/", withViewport(size[0], size[1]))
		if got := eval[string](tb, `document.activeElement?.id ?? ""`); got != "paste" {
			t.Fatalf("%d px: the focus is on %q after opening /, want the text box", size[0], got)
		}
		text := kbMessage2()
		tb.pasteWithCtrlV(text)
		tb.checkAnswer(text, want{lang: "en", variant: 2, dialog: "en", server: "mail.contoso.com", code: 0x18, res: 1})
		if got := eval[string](tb, `document.getElementById("paste").value`); got != text {
			t.Errorf("%d px: the box holds %q after Ctrl+V", size[0], got)
		}
	}
}

// testStepsOpen: a step opens to where and how; the button opens every
// step and closes them again.
func testStepsOpen(t *testing.T, e *e2eEnv) {
	tb := e.open(t, "/#code=0x18&server=mail.contoso.com&lang=en")
	count := `[...document.querySelectorAll("#steps .step-group:not([hidden]) .step-details")]`
	if n := eval[int](tb, count+`.filter(d => d.open).length`); n != 0 {
		t.Errorf("%d steps open at first", n)
	}
	tb.click("#first .step-details > summary")
	tb.waitJS(`document.querySelector("#first .step-details").open`)
	if got := tb.text("#first .step .do"); !strings.Contains(got, "mail.contoso.com") {
		t.Errorf("the first step's how: %q", got)
	}
	tb.click("#steps-open")
	tb.waitJS(count + `.every(d => d.open)`)
	for _, v := range tb.axeViolations(readAxe(t)) {
		t.Errorf("every step open: %s", v)
	}
	tb.click("#steps-open")
	tb.waitJS(count + `.every(d => !d.open)`)
}
