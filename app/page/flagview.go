package page

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"proxycert/decoder"
	"proxycert/messages"
)

// flagView is the one view of the flags: the code's 32 bits drawn, every
// defined flag as a checkbox ticked when the code has it (the drawing's
// legend and the builder in one; see checklist), and for each flag set
// what WinHTTP saw and why, folded. Without a code it is the builder
// alone.
type flagView struct {
	app.Compo

	Lang     string
	Result   decoder.Result
	Cards    []decoder.FlagAdvice // every flag card shown so far, in severity order (see keepCards)
	onCode   func(ctx app.Context, code uint32)
	onServer func(ctx app.Context, server string)
}

func (v *flagView) Render() app.UI {
	c := messages.For(v.Lang)
	r := v.Result
	isCode := r.Kind() == decoder.KindCode
	title := c.T(messages.UIPageChecklistTitle)
	if isCode {
		title = messages.Fill(c.T(messages.UIPageFlagsTitle), "code", decoder.Hex(r.Code))
	}
	return app.Section().ID("flags").Class("flags").Aria("labelledby", "flags-title").Body(
		app.H3().ID("flags-title").Text(title),
		app.P().Class("hint").Text(c.T(messages.UIPageFlagsHint)),
		app.If(isCode, func() app.UI { return &bitDiagram{Code: r.Code} }),
		&checklist{Lang: v.Lang, Result: r, onCode: v.onCode, onServer: v.onServer},
		// The cards of flags the code no longer has stay mounted, hidden:
		// ticking flags then flips an attribute rather than building a
		// card each time.
		app.Range(v.Cards).Slice(func(i int) app.UI {
			fl := v.Cards[i]
			return &flagCard{Lang: v.Lang, Flag: fl, Hidden: !isCode || r.Code&fl.Value == 0}
		}),
	)
}
