package page

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"proxycert/decoder"
	"proxycert/messages"
)

// checklist is every defined flag as a checkbox, ticked when the code has
// it: the legend of the bit drawing in words, and a builder that works
// backwards, since ticking flags composes the code and the server field
// sets the server name, so a helpdesk can build the link for a ticket
// without a dialog at hand. The page updates everything else from there.
type checklist struct {
	app.Compo

	Lang     string
	Result   decoder.Result
	onCode   func(ctx app.Context, code uint32)
	onServer func(ctx app.Context, server string)
}

// code is the code the boxes stand for; unknown bits are kept when a box is
// ticked, so they stay visible in the answer.
func (l *checklist) code() uint32 {
	if l.Result.Kind() == decoder.KindCode {
		return l.Result.Code
	}
	return 0
}

func (l *checklist) Render() app.UI {
	c := messages.For(l.Lang)
	code := l.code()
	return app.Div().Class("checklist").Body(
		app.FieldSet().Class("flag-checks").Body(
			app.Legend().Text(c.T(messages.UIPageChecklistFlags)),
			app.Ul().Body(
				app.Range(decoder.Flags).Slice(func(i int) app.UI {
					f := decoder.Flags[i]
					id := "check-" + decoder.Hex(f.Value)
					return app.Li().Class("flag-check").Body(
						checkbox(code&f.Value != 0).
							ID(id).
							OnChange(func(ctx app.Context, e app.Event) {
								l.onCode(ctx, l.code()^f.Value)
							}, app.EventScope(f.Value)),
						app.Label().For(id).Body(
							app.Span().Class("check-title").Text(c.Flags[f.Value].Title),
							app.Code().Class("check-name").Attr("translate", "no").Text(decoder.Hex(f.Value)+" "+f.Name),
						),
					)
				}),
			),
		),
		app.If(code&^decoder.ValidMask != 0, func() app.UI {
			return app.P().Class("hint").Text(messages.Fill(c.T(messages.UIPageChecklistUnknown), "bits", decoder.Hex(code&^decoder.ValidMask)))
		}),
		app.Div().Class("server-field").Body(
			app.Label().For("server").Text(c.T(messages.UIPageChecklistServer)),
			app.Input().
				Type("text").
				ID("server").
				Spellcheck(false).
				Attr("autocomplete", "off").
				Attr("autocapitalize", "off").
				Value(l.Result.Server).
				OnInput(func(ctx app.Context, e app.Event) {
					l.onServer(ctx, ctx.JSSrc().Get("value").String())
				}),
		),
		app.P().Class("composed").Body(
			app.Span().Class("composed-label").Text(c.T(messages.UIPageChecklistCode)),
			app.Code().ID("composed-code").Attr("translate", "no").Text(decoder.Hex(code)),
		),
	)
}

// checkbox returns a checkbox in the given state. go-app writes a false
// boolean as checked="false", which HTML reads as checked, so the
// pre-rendered page leaves the attribute out; in the browser the value
// always goes to the element's checked property, which a click has made
// independent of the attribute.
func checkbox(checked bool) app.HTMLInput {
	box := app.Input().Type("checkbox")
	if checked || app.IsClient {
		box = box.Checked(checked)
	}
	return box
}
