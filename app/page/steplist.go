package page

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"proxycert/messages"
)

// stepList shows steps in order. Each step is a line that says who acts
// and what to do, in a few words (its title); the line opens to where and
// how, and a step's command sits under it with its copy button, so that
// the steps in order and every command fit on the first screen.
type stepList struct {
	app.Compo

	Lang string
	ID   string // unique on the page; the steps' commands take ids from it
	// Open shows how to do every step; the reader still opens and closes
	// them one by one.
	Open  bool
	Steps []messages.Step
}

func (s *stepList) Render() app.UI {
	c := messages.For(s.Lang)
	return app.Ol().Class("steps").Body(
		app.Range(s.Steps).Slice(func(i int) app.UI {
			st := s.Steps[i]
			return app.Li().Class("step").Body(
				opened(app.Details().Class("step-details"), s.Open).Body(
					app.Summary().Class("step-head").Body(
						app.Span().Class("who", "who-"+string(st.Who)).Text(c.Who[st.Who]),
						app.Span().Class("step-title").Text(st.Title),
					),
					app.Div().Class("step-how").Body(
						app.P().Class("where").Body(
							app.Span().Class("where-label").Text(c.T(messages.UIWhere)),
							app.Text(" "+st.Where),
						),
						app.P().Class("do").Text(st.Do),
					),
				),
				app.If(st.Command != "", func() app.UI {
					return &copyCommand{Lang: s.Lang, ID: s.ID + "-" + strconv.Itoa(i+1), Text: st.Command}
				}),
			)
		}),
	)
}
