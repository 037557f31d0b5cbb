package page

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Routes registers the page's routes, in the browser before it runs and
// on the host before the site is generated. The page lives at "/", with
// the state of links after # or ?, and at the static page of every code
// (decoder.CodePath), whose path carries the code: the same component
// reads both. go-app matches routes below the site's base path, so both
// work from a sub-path.
func Routes() {
	newPage := func() app.Composer { return &page{} }
	app.Route("/", newPage)
	app.RouteWithRegexp(`^/code/[^/]+/([^/]+/)?$`, newPage)
}
