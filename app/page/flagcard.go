package page

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"proxycert/decoder"
	"proxycert/messages"
)

// flagCard explains one set flag: its names, what WinHTTP saw, the usual
// causes and the fixes, each fix labelled with who acts and where.
type flagCard struct {
	app.Compo

	Lang   string
	Flag   decoder.FlagAdvice
	Hidden bool // kept for later, while the code lacks the flag (see answerView.flags)
}

func (f *flagCard) Render() app.UI {
	c := messages.For(f.Lang)
	fl := f.Flag
	id := "flag-" + decoder.Hex(fl.Value)
	class := "flag-card"
	if f.Hidden {
		class = "flag-card-kept"
	}
	return app.Article().Class(class).Hidden(f.Hidden).ID(id).Aria("labelledby", id+"-title").Body(
		app.H4().ID(id+"-title").Text(fl.Title),
		app.Dl().Class("flag-ids").Body(
			app.Dt().Text(c.T("page.value")),
			app.Dd().Body(app.Code().Attr("translate", "no").Text(decoder.Hex(fl.Value))),
			app.Dt().Text(c.T("page.kb-name")),
			app.Dd().Body(app.Code().Attr("translate", "no").Text(fl.Name)),
			app.Dt().Text(c.T("page.winhttp-name")),
			app.Dd().Body(app.Code().Class("long").Attr("translate", "no").Text(fl.WinHTTP)),
		),
		app.Dl().Class("flag-text").Body(
			app.Dt().Text(c.T(messages.UIMeaning)),
			app.Dd().Text(fl.Meaning),
			app.Dt().Text(c.T(messages.UICauses)),
			app.Dd().Body(
				app.Ul().Class("causes").Body(
					app.Range(fl.Causes).Slice(func(i int) app.UI {
						return app.Li().Text(fl.Causes[i])
					}),
				),
			),
			app.Dt().Text(c.T(messages.UIFixes)),
			app.Dd().Body(&stepList{Lang: f.Lang, Steps: fl.Fixes}),
		),
	)
}
