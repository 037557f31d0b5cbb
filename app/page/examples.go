package page

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"proxycert/messages"
)

// examples is the empty state: three inputs to try with one click, each
// read as if it had been pasted. Once the box holds text it is hidden
// rather than removed: what a click defers (the focus back to the box,
// bringing the answer into view) runs only in a mounted component.
type examples struct {
	app.Compo

	Lang   string
	Hidden bool
	onPick func(ctx app.Context, text string)
}

// example is one clickable sample: a label key and the text it pastes.
type example struct {
	Label messages.Key
	Text  string
}

// sampleInputs builds the samples from the published wordings, so they
// follow the catalogs: KB message 2 in English with a server and two flags,
// KB message 3 in Japanese, and a bare code.
func sampleInputs() []example {
	return []example{
		{messages.UIPageExampleEn, messages.Dialogs["en"][0].Fill(2, "mail.contoso.com", "0x00000018")},
		{messages.UIPageExampleJa, messages.Dialogs["ja"][0].Fill(3, "mail.contoso.co.jp", "0x00000008")},
		{messages.UIPageExampleCode, "0x80000020"},
	}
}

func (x *examples) Render() app.UI {
	c := messages.For(x.Lang)
	samples := sampleInputs()
	return hide(app.Div().Class("examples"), x.Hidden).Body(
		app.P().ID("examples-label").Class("examples-label").Text(c.T(messages.UIPageExamples)),
		app.Ul().Class("example-list").Aria("labelledby", "examples-label").Body(
			app.Range(samples).Slice(func(i int) app.UI {
				s := samples[i]
				return app.Li().Body(
					app.Button().
						Type("button").
						Class("example").
						DataSet("example", i).
						Text(c.T(s.Label)).
						OnClick(func(ctx app.Context, e app.Event) {
							x.onPick(ctx, s.Text)
							ctx.Defer(func(app.Context) { revealAnswer() })
						}, app.EventScope(s.Label)),
				)
			}),
		),
	)
}
