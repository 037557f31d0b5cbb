package page

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"proxycert/messages"
)

// explanation shows a titled text: the zero code, another code family, or
// a look-alike dialog. Its steps are with the others, in stepsView.
type explanation struct {
	app.Compo

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
	)
}
