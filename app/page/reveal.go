package page

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// revealAnswer brings the answer into view after a paste, an example or a
// deep link: when the summary is above the window or the first step below
// it (a narrow screen, where the answer follows the text box), the summary
// is scrolled to the top, smoothly unless the reader prefers reduced
// motion. The summary is a live region, so a screen reader announces the
// new answer wherever the view is.
//
// It waits two animation frames: after a paste Chromium scrolls the text
// box's caret back into view in the frame after the page's update, and an
// instant scroll made before that is undone.
func revealAnswer() {
	afterFrames(2, scrollToAnswer)
}

// afterFrames calls f on the n-th animation frame from now.
func afterFrames(n int, f func()) {
	var cb app.Func
	cb = app.FuncOf(func(app.Value, []app.Value) any {
		cb.Release()
		if n--; n > 0 {
			afterFrames(n, f)
			return nil
		}
		f()
		return nil
	})
	app.Window().Call("requestAnimationFrame", cb)
}

func scrollToAnswer() {
	w := app.Window()
	summary := w.GetElementByID("summary")
	if !summary.Truthy() {
		return
	}
	last := summary
	if step := w.Get("document").Call("querySelector", "#steps .step-group:not([hidden]) .step"); step.Truthy() {
		last = step
	}
	top := summary.Call("getBoundingClientRect").Get("top").Float()
	bottom := last.Call("getBoundingClientRect").Get("bottom").Float()
	if top >= 0 && bottom <= w.Get("innerHeight").Float() {
		return
	}
	behavior := "smooth"
	if w.Call("matchMedia", "(prefers-reduced-motion: reduce)").Get("matches").Bool() {
		behavior = "auto"
	}
	summary.Call("scrollIntoView", map[string]any{"block": "start", "behavior": behavior})
}

// isPaste reports whether an input event put text in at once rather than
// a key at a time: a paste or a drop, or one event that added many
// characters (dictation, autofill, a test's inserted text). Typing never
// moves the page.
func isPaste(e app.Event, before, after string) bool {
	switch e.Get("inputType").String() {
	case "insertFromPaste", "insertFromPasteAsQuotation", "insertFromDrop", "insertFromYank":
		return true
	}
	return len(after)-len(before) >= pasteSize
}

// pasteSize is the growth in bytes of the text box in one input event from
// which the event counts as a paste: more than an input method commits at
// once.
const pasteSize = 32
