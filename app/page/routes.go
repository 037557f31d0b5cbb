package page

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Routes registers the page's only route, in the browser before it runs
// and on the host before the site is generated. Everything lives at "/":
// links carry their state after # or ?, so the site works from a sub-path
// and offline without more routes to resolve or cache.
func Routes() {
	app.Route("/", func() app.Composer { return &page{} })
}
