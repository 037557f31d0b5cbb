// Command proxycert decodes Outlook's "There is a problem with the proxy
// server's security certificate" dialog. Compiled to WebAssembly it is the
// page; on a host it is the command line that shares the page's decoder.
package main

import (
	"os"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func main() {
	routes()
	// In the browser this runs the page and never returns.
	app.RunWhenOnBrowser()
	os.Exit(hostMain(os.Args[1:]))
}
