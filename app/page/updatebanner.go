package page

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"proxycert/messages"
)

// updateBanner offers to reload once a new version of the site has been
// installed in the background. The page on screen keeps running the version
// it started with, whole, until the user reloads: the new service worker
// has by then replaced every cached file (worker.go), so the reload runs
// the new version only.
//
// The browser looks for a new version each time the page is opened; a tab
// left open all day also looks when it is shown again.
type updateBanner struct {
	app.Compo

	Lang string

	available bool
	onShown   app.Func // the visibilitychange listener
}

// OnMount catches an update installed before the WebAssembly side started,
// and starts looking for updates when the tab is shown again.
func (b *updateBanner) OnMount(ctx app.Context) {
	b.available = ctx.AppUpdateAvailable()
	if !app.IsClient {
		return
	}
	doc := app.Window().Get("document")
	b.onShown = app.FuncOf(func(app.Value, []app.Value) any {
		if doc.Get("visibilityState").String() == "visible" {
			lookForUpdate()
		}
		return nil
	})
	doc.Call("addEventListener", "visibilitychange", b.onShown)
}

func (b *updateBanner) OnDismount() {
	if b.onShown != nil {
		app.Window().Get("document").Call("removeEventListener", "visibilitychange", b.onShown)
		b.onShown.Release()
		b.onShown = nil
	}
}

// lookForUpdate asks the browser to fetch the service worker again now. A
// new one installs in the background and go-app calls OnAppUpdate once it
// is active. Offline, the failure is expected and ignored: go-app's own
// app.TryUpdate would leave it as an uncaught error in the console.
func lookForUpdate() {
	sw := app.Window().Get("navigator").Get("serviceWorker")
	if !sw.Truthy() {
		return
	}
	var update, ignore, release app.Func
	update = app.FuncOf(func(_ app.Value, args []app.Value) any {
		if len(args) > 0 && args[0].Truthy() {
			return args[0].Call("update")
		}
		return nil
	})
	ignore = app.FuncOf(func(app.Value, []app.Value) any { return nil })
	release = app.FuncOf(func(app.Value, []app.Value) any {
		update.Release()
		ignore.Release()
		release.Release()
		return nil
	})
	sw.Call("getRegistration").Call("then", update).Call("catch", ignore).Call("finally", release)
}

// OnAppUpdate is called by go-app when the new service worker is active.
func (b *updateBanner) OnAppUpdate(ctx app.Context) {
	b.available = ctx.AppUpdateAvailable()
}

func (b *updateBanner) Render() app.UI {
	c := messages.For(b.Lang)
	// The live region is always there, empty until an update arrives, so
	// screen readers announce the message when it appears.
	return app.Div().ID("update-banner").Class("notice", "notice-update").Role("status").Body(
		app.If(b.available, func() app.UI {
			return app.Div().Class("update").Body(
				app.P().Text(c.T(messages.UIPageUpdateAvailable)),
				app.Button().Type("button").ID("update-reload").Class("button").
					Text(c.T(messages.UIPageUpdateReload)).
					OnClick(func(ctx app.Context, e app.Event) { ctx.Reload() }),
			)
		}),
	)
}
