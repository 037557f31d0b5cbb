package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"proxycert/messages"
)

// copyState is what happened to the last "Copy link".
type copyState int

const (
	copyIdle    copyState = iota
	copyDone              // the clipboard took the link
	copyRefused           // no clipboard, or the browser refused: show the link to select
)

// copyLink copies the shareable link (the fragment form) to the clipboard,
// confirms it visibly, and shows the link in a selected text field when the
// clipboard is unavailable or refused.
type copyLink struct {
	app.Compo

	Lang string
	URL  string

	state  copyState
	copied string // the URL state is about; a new URL resets it
}

func (l *copyLink) OnUpdate(ctx app.Context) {
	if l.URL != l.copied {
		l.state = copyIdle
	}
}

func (l *copyLink) Render() app.UI {
	c := messages.For(l.Lang)
	status := ""
	switch l.state {
	case copyDone:
		status = c.T("page.copied")
	case copyRefused:
		status = c.T("page.copy-refused")
	}
	return app.Div().Class("share").Body(
		app.Button().Type("button").ID("copy-link").Class("button").
			Text(c.T("page.copy-link")).
			OnClick(l.copy),
		app.P().ID("copy-status").Class("copy-status", stateClass(l.state)).Role("status").Text(status),
		app.If(l.state == copyRefused, func() app.UI {
			return app.Div().Class("copy-fallback").Body(
				app.Label().For("copy-fallback").Text(c.T("page.copy-fallback")),
				app.Input().Type("text").ID("copy-fallback").ReadOnly(true).
					Spellcheck(false).Value(l.URL).
					OnFocus(func(ctx app.Context, e app.Event) { ctx.JSSrc().Call("select") }),
			)
		}),
	)
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

// copy writes the URL to the clipboard (writeClipboard) and shows the
// outcome; a refusal selects the link in a text field instead.
func (l *copyLink) copy(ctx app.Context, e app.Event) {
	url := l.URL
	writeClipboard(ctx, url, func(ctx app.Context, ok bool) {
		l.copied = url
		l.state = copyRefused
		if ok {
			l.state = copyDone
			return
		}
		ctx.Defer(func(app.Context) { selectField("copy-fallback") })
	})
}
