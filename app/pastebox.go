package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"proxycert/messages"
)

// pasteBox is the labelled text box. Every change, typed or pasted, goes to
// OnInput at once: there is no button to press.
type pasteBox struct {
	app.Compo

	Lang    string
	Text    string
	OnInput func(ctx app.Context, e app.Event)
}

func (b *pasteBox) Render() app.UI {
	c := messages.For(b.Lang)
	return app.Div().Class("paste").Body(
		app.Label().For("paste").Class("paste-label").Text(c.T("page.input-label")),
		app.P().ID("paste-hint").Class("hint").Text(c.T("page.input-hint")),
		app.Textarea().
			ID("paste").
			Class("paste-box").
			Rows(7).
			Spellcheck(false).
			Attr("autocomplete", "off").
			Attr("autocapitalize", "off").
			Aria("describedby", "paste-hint").
			Text(b.Text).
			OnInput(func(ctx app.Context, e app.Event) { b.OnInput(ctx, e) }),
	)
}
