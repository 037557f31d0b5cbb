package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// routes registers the page's only route. Everything lives at "/": links
// carry their state after # or ?, so the site works from a sub-path and
// offline without more routes to resolve or cache.
func routes() {
	app.Route("/", func() app.Composer { return &page{} })
}
