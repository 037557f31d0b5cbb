package page

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// copyState is what happened to the last copy of a text.
type copyState int

const (
	copyIdle    copyState = iota
	copyDone              // the clipboard took the text
	copyRefused           // no clipboard, or the browser refused: show the text to select
)

// copyStatus remembers the outcome of the last copy and which text it was
// of; "Copy link" and "Copy ticket note" keep one each.
type copyStatus struct {
	state  copyState
	copied string
}

// of returns the outcome for text: idle once the text differs from the one
// copied.
func (s copyStatus) of(text string) copyState {
	if text != s.copied {
		return copyIdle
	}
	return s.state
}

// write copies text (writeClipboard) and records the outcome; on a refusal
// it selects the field with the id fallback, ready for Ctrl+C.
func (s *copyStatus) write(ctx app.Context, text, fallback string) {
	writeClipboard(ctx, text, func(ctx app.Context, ok bool) {
		s.copied, s.state = text, copyRefused
		if ok {
			s.state = copyDone
			return
		}
		ctx.Defer(func(app.Context) { selectField(fallback) })
	})
}

func stateClass(s copyState) string {
	switch s {
	case copyDone:
		return "copy-done"
	case copyRefused:
		return "copy-refused"
	}
	return ""
}

// writeClipboard copies text with navigator.clipboard.writeText and calls
// done on the UI goroutine with whether the clipboard took it. The Promise
// is handled on both paths (go-app's Then has no rejection path), and a
// page without the API (plain http on an intranet host is not a secure
// context) counts as refused: the caller then offers the text to select.
// "Copy link" and "Copy ticket note" share it.
func writeClipboard(ctx app.Context, text string, done func(ctx app.Context, ok bool)) {
	finish := func(ok bool) {
		ctx.Dispatch(func(ctx app.Context) { done(ctx, ok) })
	}
	clipboard := app.Window().Get("navigator").Get("clipboard")
	if !clipboard.Truthy() {
		finish(false)
		return
	}
	var onDone, onFail app.Func
	release := func() {
		onDone.Release()
		onFail.Release()
	}
	onDone = app.FuncOf(func(app.Value, []app.Value) any {
		release()
		finish(true)
		return nil
	})
	onFail = app.FuncOf(func(app.Value, []app.Value) any {
		release()
		finish(false)
		return nil
	})
	clipboard.Call("writeText", text).Call("then", onDone, onFail)
}

// selectField focuses a text field and selects its content, ready for Ctrl+C.
func selectField(id string) {
	if el := app.Window().GetElementByID(id); el.Truthy() {
		el.Call("focus")
		el.Call("select")
	}
}
