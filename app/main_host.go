//go:build !wasm

// Command proxycert explains Outlook's "There is a problem with the proxy
// server's security certificate" dialog. Compiled to WebAssembly it is the
// page (package page); on a host it is the command line (package cli),
// which also generates and serves the page's static site (package site).
// Both builds register the same routes, so the site the host generates
// pre-renders the page the browser runs.
package main

import (
	"os"

	"proxycert/app/cli"
	"proxycert/app/page"
)

func main() {
	page.Routes()
	os.Exit(cli.Main(os.Args[1:]))
}
