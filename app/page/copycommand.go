package page

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"proxycert/messages"
)

// copyCommand shows a command to paste, with a button that copies exactly
// it. A command wraps only at its spaces, and a word wider than the line
// (a long PowerShell line has some) scrolls sideways rather than breaking
// inside, so that no break reads as a space that is not there; on a phone
// the command stays on one line and scrolls. The
// clipboard works as for "Copy link": a refusal shows the command in a
// selected text field, ready for Ctrl+C.
type copyCommand struct {
	app.Compo

	Lang string
	ID   string // unique on the page; the parts' ids start with it
	Text string

	status copyStatus
}

func (x *copyCommand) Render() app.UI {
	c := messages.For(x.Lang)
	state := x.status.of(x.Text) // idle again for another command
	status := ""
	switch state {
	case copyDone:
		status = c.T(messages.UIPageCommandCopied)
	case copyRefused:
		status = c.T(messages.UIPageCopyRefused)
	}
	ws := words(x.Text)
	return app.Div().ID(x.ID).Class("command").Body(
		app.Div().Class("command-row").Body(
			// Focusable, so that a keyboard can scroll a long line.
			app.Pre().Class("command-text").TabIndex(0).Body(
				app.Code().Attr("translate", "no").Body(
					app.Range(ws).Slice(func(i int) app.UI {
						w := ws[i]
						if strings.TrimSpace(w) == "" {
							return app.Text(w)
						}
						return app.Span().Class("command-word").Text(w)
					}),
				),
			),
			app.Button().Type("button").ID(x.ID+"-copy").Class("button", "copy-command").
				Text(c.T(messages.UIPageCopyCommand)).OnClick(x.copy),
		),
		app.P().ID(x.ID+"-status").Class("copy-status", stateClass(state)).Role("status").Text(status),
		app.If(state == copyRefused, func() app.UI {
			return app.Div().Class("copy-fallback").Body(
				app.Label().For(x.ID+"-fallback").Text(c.T(messages.UIPageCommandFallback)),
				app.Input().Type("text").ID(x.ID+"-fallback").ReadOnly(true).
					Spellcheck(false).Attr("translate", "no").Value(x.Text).
					OnFocus(func(ctx app.Context, e app.Event) { ctx.JSSrc().Call("select") }),
			)
		}),
	)
}

// words splits a command into its words and the runs of spaces between
// them, which join back into the command. Each word is kept on one line
// (.command-word), so that a line breaks only at a space: CSS alone would
// also break after a comma or a parenthesis inside a word.
func words(s string) []string {
	var out []string
	for s != "" {
		space := s[0] == ' '
		n := strings.IndexFunc(s, func(r rune) bool { return (r == ' ') != space })
		if n < 0 {
			n = len(s)
		}
		out = append(out, s[:n])
		s = s[n:]
	}
	return out
}

// copy copies the command; a refusal selects it in a text field instead.
func (x *copyCommand) copy(ctx app.Context, e app.Event) {
	x.status.write(ctx, x.Text, x.ID+"-fallback")
}
