package page

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"proxycert/decoder"
	"proxycert/messages"
)

// pasteBox is the labelled text box. Every change, typed or pasted, goes to
// onInput at once: there is no button to press; after a paste the answer
// is brought into view (revealAnswer). A picture pasted or dropped on it
// goes to onImage instead (see imagePaste). Under the box it says when the
// text was read from a picture, when it is longer than the decoder reads,
// and when it is too long to travel in the link.
type pasteBox struct {
	app.Compo

	Lang      string
	Text      string
	LeftOut   bool // the link leaves the text out (see decoder.ShareLink)
	FromImage bool // the text was read from a picture
	onInput   func(ctx app.Context, e app.Event)
	onImage   func(ctx app.Context, file app.Value)
}

func (b *pasteBox) Render() app.UI {
	c := messages.For(b.Lang)
	tooLong := len(b.Text) > decoder.MaxInput
	describedBy := "paste-hint"
	if b.FromImage {
		describedBy += " from-image"
	}
	if tooLong {
		describedBy += " too-long"
	}
	return app.Div().Class("paste").Body(
		app.Label().For("paste").Class("paste-label").Text(c.T(messages.UIPageInputLabel)),
		app.P().ID("paste-hint").Class("hint").Text(c.T(messages.UIPageInputHint)),
		app.Textarea().
			ID("paste").
			Class("paste-box").
			Rows(7).
			Spellcheck(false).
			Attr("autocomplete", "off").
			Attr("autocapitalize", "off").
			Aria("describedby", describedBy).
			Text(b.Text).
			OnInput(func(ctx app.Context, e app.Event) {
				before := b.Text
				b.onInput(ctx, e)
				if isPaste(e, before, ctx.JSSrc().Get("value").String()) {
					ctx.Defer(func(app.Context) { revealAnswer() })
				}
			}).
			On("paste", b.imagePaste).OnDragOver(b.imageDragOver).OnDrop(b.imageDrop),
		app.If(b.FromImage, func() app.UI {
			return app.P().ID("from-image").Class("notice", "notice-image").Text(c.T(messages.UIPageImageFromImage))
		}),
		app.If(tooLong, func() app.UI {
			return app.P().ID("too-long").Class("notice", "notice-problem").Text(messages.Fill(c.T(messages.UIPageTooLong),
				"size", messages.KiB(len(b.Text)), "limit", messages.KiB(decoder.MaxInput)))
		}),
		app.If(b.LeftOut, func() app.UI {
			return app.P().ID("link-left-out").Class("hint").Text(messages.Fill(c.T(messages.UIPageLinkLeftOut),
				"limit", strconv.Itoa(decoder.MaxLink)))
		}),
	)
}
