package page

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"proxycert/messages"
)

// explanation shows a titled text with its steps: the zero code, another
// code family, or a look-alike dialog.
type explanation struct {
	app.Compo

	Lang   string
	Kind   string // a class naming what it explains, e.g. "near-miss"
	Kicker string // a short line above the title, "" for none
	Text   messages.Explanation
}

func (x *explanation) Render() app.UI {
	return app.Section().Class("explanation", x.Kind).Body(
		app.If(x.Kicker != "", func() app.UI {
			return app.P().Class("kicker").Text(x.Kicker)
		}),
		app.H3().Text(x.Text.Title),
		app.P().Text(x.Text.Text),
		app.If(len(x.Text.Steps) > 0, func() app.UI {
			return &stepList{Lang: x.Lang, Steps: x.Text.Steps}
		}),
	)
}
