package page

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"proxycert/decoder"
	"proxycert/messages"
)

// flagCard is one set flag's reference, folded: its names, what WinHTTP
// saw and the usual causes. Its fixes are steps (stepsView).
type flagCard struct {
	app.Compo

	Lang   string
	Flag   decoder.FlagAdvice
	Hidden bool // kept for later, while the code lacks the flag (see keepCards)
}

func (f *flagCard) Render() app.UI {
	c := messages.For(f.Lang)
	fl := f.Flag
	id := "flag-" + decoder.Hex(fl.Value)
	class := "flag-card"
	if f.Hidden {
		class = "flag-card-kept"
	}
	return hide(app.Details().Class(class), f.Hidden).ID(id).Body(
		app.Summary().Class("flag-card-head").Body(
			app.H4().ID(id+"-title").Text(fl.Title),
			app.Span().Class("flag-card-more").Text(c.T(messages.UIPageFlagMore)),
		),
		app.Dl().Class("flag-ids").Body(
			app.Dt().Text(c.T(messages.UIPageValue)),
			app.Dd().Body(app.Code().Attr("translate", "no").Text(decoder.Hex(fl.Value))),
			app.Dt().Text(c.T(messages.UIPageKBName)),
			app.Dd().Body(app.Code().Attr("translate", "no").Text(fl.Name)),
			app.Dt().Text(c.T(messages.UIPageWinHTTPName)),
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
		),
	)
}
