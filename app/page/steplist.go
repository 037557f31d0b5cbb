package page

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"proxycert/messages"
)

// stepList shows steps in order, each labelled with who acts and where.
type stepList struct {
	app.Compo

	Lang  string
	Steps []messages.Step
}

func (s *stepList) Render() app.UI {
	c := messages.For(s.Lang)
	return app.Ol().Class("steps").Body(
		app.Range(s.Steps).Slice(func(i int) app.UI {
			st := s.Steps[i]
			return app.Li().Class("step").Body(
				app.P().Class("step-head").Body(
					app.Span().Class("who", "who-"+string(st.Who)).Text(c.Who[st.Who]),
					app.Span().Class("where").Body(
						app.Span().Class("where-label").Text(c.T(messages.UIWhere)),
						app.Text(" "+st.Where),
					),
				),
				app.P().Class("do").Text(st.Do),
				app.If(st.Command != "", func() app.UI {
					return app.Div().Class("command").Body(
						app.Span().Class("command-label").Text(c.T(messages.UICommand)),
						app.Pre().Body(app.Code().Attr("translate", "no").Text(st.Command)),
					)
				}),
			)
		}),
	)
}
