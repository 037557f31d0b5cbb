package page

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"proxycert/decoder"
	"proxycert/messages"
)

// linkNotice says which parameters of an opened link could not be used, so
// a bad link from a ticket never shows a blank or silently wrong page.
type linkNotice struct {
	app.Compo

	Lang     string
	Problems []decoder.LinkProblem
}

func (n *linkNotice) Render() app.UI {
	c := messages.For(n.Lang)
	return app.Div().Class("notice", "notice-problem").ID("link-notice").Role("status").Body(
		app.If(len(n.Problems) > 0, func() app.UI {
			return app.Div().Body(
				app.P().Class("notice-title").Text(c.T(messages.UIPageLinkProblems)),
				app.Ul().Body(
					app.Range(n.Problems).Slice(func(i int) app.UI {
						p := n.Problems[i]
						return app.Li().Text(messages.Fill(c.T(p.Key), p.Args...))
					}),
				),
			)
		}),
	)
}
