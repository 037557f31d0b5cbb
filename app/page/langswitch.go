package page

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"proxycert/messages"
)

// langSwitch offers the page's languages, each named in itself.
type langSwitch struct {
	app.Compo

	Lang     string
	onSwitch func(ctx app.Context, lang string)
}

func (s *langSwitch) Render() app.UI {
	c := messages.For(s.Lang)
	langs := messages.Languages()
	return app.Nav().Class("lang-switch").Aria("label", c.T(messages.UIPageLangSwitch)).Body(
		app.Range(langs).Slice(func(i int) app.UI {
			lang := langs[i]
			return app.Button().
				Type("button").
				Class("lang-button").
				Lang(lang).
				Aria("pressed", lang == s.Lang).
				Text(messages.For(lang).Name).
				// The scope keeps one handler per language: go-app
				// compares handlers by code pointer, not by closure.
				OnClick(func(ctx app.Context, e app.Event) {
					if lang != s.Lang {
						s.onSwitch(ctx, lang)
					}
				}, app.EventScope(lang))
		}),
	)
}
