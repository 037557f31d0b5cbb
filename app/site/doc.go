// Package site generates proxycert's static web site and serves it as a
// static host does. Generate pre-renders the routes main registered
// (package page), copies the web folder (app.wasm, styles, icons), writes
// go-app's loader and a patched service worker, orders HTML attributes so
// that two generations of the same inputs are byte-identical, names the
// site's version after its contents, and writes gzip and brotli copies of
// app.wasm. Host serves a generated site like GitHub Pages or nginx do,
// for `proxycert serve` and the browser tests. None of it is linked into
// the WebAssembly.
//
// Facts about go-app v10.1.11 the generator relies on, each reproduced in
// Chromium with the server stopped (the browser tests in app/e2e repeat
// them):
//   - GenerateStaticWebsite writes index.html and app.js, app-worker.js,
//     wasm_exec.js, manifest.webmanifest and app.css, and an empty web/:
//     the web folder is copied in afterwards. wasm_exec.js comes from the
//     generator's Go toolchain, so app.wasm and the generator are built by
//     the same one (build.sh does).
//   - An unset Handler.Version is time-based, forcing an update on every
//     generation: the version is a hash of the site's inputs
//     (siteversion.go). Unset icons point at another host and break the
//     CSP: the icons are local, and the SVG one, which go-app does not
//     pre-cache, is listed in CacheableResources with the rest of web/.
//   - The stock service worker fails offline and on update in four ways;
//     worker.go lists them and patches the template, and a test fails
//     when go-app's template changes.
//   - Under a sub-path, go-app's GitHubPages resolver maps "/" to "/repo"
//     without its slash, which never matches "/repo/" offline: subPath
//     resolves "/" to the base with its slash. Links must end with it.
//   - The loading percentage is wrong when app.wasm is sent compressed
//     unless WasmContentLength gives the decoded size.
//   - A CSP in a meta tag that go-app's pages work under:
//     default-src 'self'; script-src 'self' 'wasm-unsafe-eval';
//     style-src 'self' (see CSP).
package site
