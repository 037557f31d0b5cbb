package page

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// beforeWasm is what the user did in the pre-rendered page while the
// WebAssembly was loading. The pre-rendered text box works without it, and
// the loader no longer covers the page, so people type or paste into it;
// go-app then replaces the pre-rendered body with its own render, which
// would drop both the text and the focus. The page reads them first
// (OnInit) and puts them back (OnMount).
type beforeWasm struct {
	text       string // the box's text, when the user changed it
	changed    bool
	focused    bool // the box had the keyboard focus
	start, end int  // the selection in the box, in UTF-16 units
}

// readBeforeWasm reads the pre-rendered text box, if there is one.
func readBeforeWasm() beforeWasm {
	box := app.Window().GetElementByID("paste")
	if !box.Truthy() {
		return beforeWasm{}
	}
	b := beforeWasm{
		text:    box.Get("value").String(),
		focused: app.Window().Get("document").Get("activeElement").Equal(box),
		start:   box.Get("selectionStart").Int(),
		end:     box.Get("selectionEnd").Int(),
	}
	// defaultValue is the text the page was rendered with (a code page's
	// code); anything else the user typed or pasted.
	b.changed = b.text != box.Get("defaultValue").String()
	return b
}

// restore gives the rendered box the focus and the selection the
// pre-rendered one had.
func (b beforeWasm) restore() {
	if !b.focused {
		return
	}
	if box := app.Window().GetElementByID("paste"); box.Truthy() {
		box.Call("focus", map[string]any{"preventScroll": true})
		box.Call("setSelectionRange", b.start, b.end)
	}
}
