package site

import (
	"bytes"
	"html"
	"regexp"

	"proxycert/messages"
)

// go-app's loader covers the whole window (position: fixed, 100vw × 100vh)
// with a spinning logo and a percentage until the WebAssembly runs, hiding
// a pre-rendered page that is already there and readable, and a text box
// that already takes input. slimLoader puts a thin progress bar at the top
// of the window in its place, so the page shows and works while app.wasm
// loads. app.js still finds the elements it drives by their ids: the label
// it writes the percentage into (and an error, if loading fails) and the
// icon it changes on failure, kept but hidden. The bar is a <progress>,
// which assistive technology announces as such; app.js (patched in
// worker.go) sets its value.

var (
	goappLoader = regexp.MustCompile(`(?s)<aside class="goapp-app-info" id="app-wasm-loader">\s*<img [^>]*src="([^"]*)">.*?</aside>`)
	pageLang    = regexp.MustCompile(`<html lang="([^"]*)"`)
)

// slimLoader replaces go-app's loader in a pre-rendered page with the
// progress bar, labelled in the page's language.
func slimLoader(page []byte) []byte {
	lang := "en"
	if m := pageLang.FindSubmatch(page); m != nil {
		lang = string(m[1])
	}
	label := html.EscapeString(messages.For(lang).T(messages.UIPageLoading))
	return goappLoader.ReplaceAllFunc(page, func(old []byte) []byte {
		icon := goappLoader.FindSubmatch(old)[1]
		var b bytes.Buffer
		b.WriteString(`<div class="loading" id="app-wasm-loader">` +
			`<progress aria-label="` + label + `" class="loading-bar" id="app-wasm-loader-bar" max="100" value="0"></progress>` +
			`<p class="loading-label"><span class="loading-what">` + label + `</span> <span id="app-wasm-loader-label">0%</span></p>` +
			`<img alt="" hidden id="app-wasm-loader-icon" src="`)
		b.Write(icon)
		b.WriteString(`"></div>`)
		return b.Bytes()
	})
}
