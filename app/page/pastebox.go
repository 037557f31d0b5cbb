package page

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"proxycert/decoder"
	"proxycert/messages"
)

// pasteBox is the labelled text box. Every change, typed or pasted, goes to
// OnInput at once: there is no button to press. Under the box it says when
// the text is longer than the decoder reads, and when it is too long to
// travel in the link.
type pasteBox struct {
	app.Compo

	Lang    string
	Text    string
	LeftOut bool // the link leaves the text out (see decoder.ShareLink)
	OnInput func(ctx app.Context, e app.Event)
}

func (b *pasteBox) Render() app.UI {
	c := messages.For(b.Lang)
	tooLong := len(b.Text) > decoder.MaxInput
	describedBy := "paste-hint"
	if tooLong {
		describedBy += " too-long"
	}
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
			Aria("describedby", describedBy).
			Text(b.Text).
			OnInput(func(ctx app.Context, e app.Event) { b.OnInput(ctx, e) }),
		app.If(tooLong, func() app.UI {
			return app.P().ID("too-long").Class("notice", "notice-problem").Text(messages.Fill(c.T("page.too-long"),
				"size", messages.KiB(len(b.Text)), "limit", messages.KiB(decoder.MaxInput)))
		}),
		app.If(b.LeftOut, func() app.UI {
			return app.P().ID("link-left-out").Class("hint").Text(messages.Fill(c.T("page.link-left-out"),
				"limit", strconv.Itoa(decoder.MaxLink)))
		}),
	)
}
