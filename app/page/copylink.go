package page

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"proxycert/messages"
)

// copyLink copies the shareable link (the fragment form) to the clipboard,
// confirms it visibly, and shows the link in a selected text field when the
// clipboard is unavailable or refused.
type copyLink struct {
	app.Compo

	Lang string
	URL  string

	status copyStatus
}

func (l *copyLink) Render() app.UI {
	c := messages.For(l.Lang)
	state := l.status.of(l.URL) // idle again for a new link
	status := ""
	switch state {
	case copyDone:
		status = c.T(messages.UIPageCopied)
	case copyRefused:
		status = c.T(messages.UIPageCopyRefused)
	}
	return app.Div().Class("share").Body(
		app.Button().Type("button").ID("copy-link").Class("button").
			Text(c.T(messages.UIPageCopyLink)).
			OnClick(l.copy),
		app.P().ID("copy-status").Class("copy-status", stateClass(state)).Role("status").Text(status),
		app.If(state == copyRefused, func() app.UI {
			return app.Div().Class("copy-fallback").Body(
				app.Label().For("copy-fallback").Text(c.T(messages.UIPageCopyFallback)),
				app.Input().Type("text").ID("copy-fallback").ReadOnly(true).
					Spellcheck(false).Value(l.URL).
					OnFocus(func(ctx app.Context, e app.Event) { ctx.JSSrc().Call("select") }),
			)
		}),
	)
}

// copy copies the URL; a refusal selects the link in a text field instead.
func (l *copyLink) copy(ctx app.Context, e app.Event) {
	l.status.write(ctx, l.URL, "copy-fallback")
}
