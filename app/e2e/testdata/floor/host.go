//go:build !wasm

package main

import (
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func init() { host = generate }

// csp is proxycert's policy, so both pages are served under the same rules.
const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
	"object-src 'none'; base-uri 'none'; form-action 'none'"

// icons are copied from proxycert's web folder: go-app's default icons
// live on another host, which the page must never contact.
var icons = []string{"icon-192.png", "icon-512.png", "icon.svg"}

// generate writes the static site: go-app's files, app.wasm and the icons.
func generate(args []string) int {
	fs := flag.NewFlagSet("floor", flag.ContinueOnError)
	out := fs.String("out", "", "folder to write the site into (emptied first)")
	wasm := fs.String("wasm", "", "the floor's app.wasm")
	web := fs.String("icons", "web", "folder holding "+fmt.Sprint(icons))
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *out == "" || *wasm == "" || fs.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: floor --out DIR --wasm FILE [--icons web]")
		return 2
	}
	if err := writeSite(*out, *wasm, *web); err != nil {
		fmt.Fprintf(os.Stderr, "floor: %v\n", err)
		return 1
	}
	return 0
}

func writeSite(out, wasmPath, web string) error {
	wasm, err := os.ReadFile(wasmPath)
	if err != nil {
		return err
	}
	// The folder is the bench's own scratch space; refuse anything that
	// does not look like a previous floor site.
	if _, err := os.Stat(out); err == nil {
		if _, err := os.Stat(filepath.Join(out, "app-worker.js")); err != nil {
			return fmt.Errorf("%s exists and holds no generated site; choose another --out", out)
		}
		if err := os.RemoveAll(out); err != nil {
			return err
		}
	}
	sum := sha256.Sum256(wasm)
	h := &app.Handler{
		Name:  "floor",
		Title: "floor",
		Lang:  "en",
		Icon: app.Icon{
			Default: "/web/icon-192.png",
			Large:   "/web/icon-512.png",
			SVG:     "/web/icon.svg",
		},
		CacheableResources: []string{"/web/icon.svg"},
		RawHeaders:         []string{`<meta http-equiv="Content-Security-Policy" content="` + csp + `">`},
		Version:            hex.EncodeToString(sum[:8]),
		WasmContentLength:  strconv.Itoa(len(wasm)),
	}
	if err := app.GenerateStaticWebsite(out, h); err != nil {
		return err
	}
	files := map[string][]byte{"app.wasm": wasm}
	for _, name := range icons {
		if files[name], err = os.ReadFile(filepath.Join(web, name)); err != nil {
			return err
		}
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(out, "web", name), data, 0o644); err != nil {
			return err
		}
	}
	return nil
}
