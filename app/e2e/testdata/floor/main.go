// Command floor is the smallest go-app page worth measuring against: one
// component, a text box whose text it echoes. ./build.sh bench builds it
// with the page's build flags, serves it the same way, and reports each
// figure of proxycert's page as a ratio to this one. It lives under
// testdata so that ./... leaves it out; build it by its path.
package main

import (
	"os"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// floor is the one component. The echo is the floor's "answer": the least
// work a go-app page does between a keystroke and the DOM.
type floor struct {
	app.Compo

	text  string
	ready bool
}

// OnMount marks the wasm render, as proxycert's page does with data-ready.
func (f *floor) OnMount(app.Context) { f.ready = true }

func (f *floor) onInput(ctx app.Context, _ app.Event) {
	f.text = ctx.JSSrc().Get("value").String()
}

func (f *floor) Render() app.UI {
	ready := ""
	if f.ready {
		ready = "true"
	}
	return app.Main().ID("floor").DataSet("ready", ready).Body(
		app.H1().Text("floor"),
		app.Label().For("paste").Text("Text"),
		app.Textarea().ID("paste").Rows(7).Text(f.text).OnInput(f.onInput),
		app.Pre().ID("echo").Text(f.text),
	)
}

// host runs on the host only (see host.go): it writes the floor's site.
var host func(args []string) int

func main() {
	app.Route("/", func() app.Composer { return &floor{} })
	// In the browser this runs the page and never returns.
	app.RunWhenOnBrowser()
	os.Exit(host(os.Args[1:]))
}
