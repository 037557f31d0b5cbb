package page

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"proxycert/decoder"
	"proxycert/messages"
)

// referenceView is what follows the steps: the flags (the bits, the
// builder, what each set flag means and why), how the input was read, and
// KB 923575's own resolution, folded, since the first checks already do
// what it says.
type referenceView struct {
	app.Compo

	Lang     string
	Result   decoder.Result
	Advice   decoder.Advice
	Cards    []decoder.FlagAdvice // every flag card shown so far, in severity order (see keepCards)
	onCode   func(ctx app.Context, code uint32)
	onServer func(ctx app.Context, server string)
}

func (v *referenceView) Render() app.UI {
	c := messages.For(v.Lang)
	r, res := v.Result, v.Advice.Steps
	return app.Div().ID("reference").Class("reference").Body(
		app.P().Class("kicker", "reference-label").Text(c.T(messages.UIPageReference)),
		&flagView{Lang: v.Lang, Result: r, Cards: v.Cards, onCode: v.onCode, onServer: v.onServer},
		app.If(r.Recognized, func() app.UI { return &reading{Lang: v.Lang, Result: r} }),
		app.If(res != nil, func() app.UI {
			return app.Section().Class("resolution").Aria("labelledby", "resolution-title").Body(
				app.Details().ID("resolution-details").Class("resolution-details").Body(
					app.Summary().Class("resolution-summary").Body(
						app.Span().Class("kicker").Text(c.T(messages.UIResolution)),
						app.H3().ID("resolution-title").Text(res.Title),
					),
					app.P().Text(res.Intro),
					&stepList{Lang: v.Lang, ID: "res", Steps: res.Steps},
				),
			)
		}),
	)
}
