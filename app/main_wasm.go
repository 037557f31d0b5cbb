//go:build wasm

package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"proxycert/app/page"
)

func main() {
	page.Routes()
	app.RunWhenOnBrowser() // never returns in the browser
}
