package e2e

import (
	"fmt"
	"path/filepath"
	"proxycert/app/site"
	"strconv"
	"strings"
	"testing"

	cdppage "github.com/chromedp/cdproto/page"
)

// withLoaderWatch records every text go-app's loader shows ("37%").
func withLoaderWatch() tabOption {
	return func(t *testing.T, tb *tab) {
		send(tb, cdppage.AddScriptToEvaluateOnNewDocument, cdppage.AddScriptToEvaluateOnNewDocumentParams{
			Source: `window.proxycertLoader = [];
new MutationObserver(() => {
  const label = document.getElementById("app-wasm-loader-label");
  if (label && label.innerText !== window.proxycertLoader.at(-1)) window.proxycertLoader.push(label.innerText);
}).observe(document, { subtree: true, childList: true, characterData: true });`,
		})
	}
}

// checkLoader asserts that the loading percentage counted up to 100 and
// never past it: app.js divides the decoded bytes by WasmContentLength.
func (tb *tab) checkLoader() {
	tb.t.Helper()
	shown := eval[[]string](tb, `window.proxycertLoader`)
	top := -1
	for _, s := range shown {
		n, err := strconv.Atoi(strings.TrimSuffix(s, "%"))
		if err != nil || n < top || n > 100 {
			tb.t.Errorf("the loader showed %q", shown)
			return
		}
		top = n
	}
	if top != 100 {
		tb.t.Errorf("the loader stopped at %d%% (%q)", top, shown)
	}
}

// TestE2EOffline visits the site once, stops the server, and opens every
// kind of address a bookmark or a ticket holds: the page, a query link
// never opened before, a fragment link, and each file of the site.
func TestE2EOffline(t *testing.T) {
	dist := filepath.Join("..", "..", "dist")
	srv := newSiteServer(t)
	e := newOwnBrowser(t, srv.origin)
	files := siteFiles(t, dist, srv.origin, "/")
	srv.start(site.NewHost(dist, "no-cache"))

	tb := e.open(t, "/", withLoaderWatch())
	tb.checkLoader()
	cache := tb.waitCached(files)
	tb.checkOnlyCache(files, cache)
	tb.checkNoUpdateOffered("on the first visit")
	log := srv.requests()
	// Chromium asks for brotli even over http://127.0.0.1: the wasm comes
	// precompressed, to the page and to the worker's cache.
	if n := logCount(log, "GET /web/app.wasm 200 br"); n == 0 || n != logCount(log, "GET /web/app.wasm 200") {
		t.Errorf("app.wasm was not always sent as brotli: %q", log)
	}
	t.Logf("first visit: %d answers, app.wasm %d times; %d files cached in %s",
		len(log), logCount(log, "/web/app.wasm"), len(files), cache)

	srv.stop()
	for _, link := range []struct {
		path, code, server string
	}{
		{"/", "", ""},
		{"/?code=0x40", "0x00000040", ""},
		{"/#code=0x18&server=x", "0x00000018", "x"},
		{"/?code=0x00000018&server=mail.contoso.com&lang=ja", "0x00000018", "mail.contoso.com"},
	} {
		tb.navigate(link.path)
		if link.code != "" {
			tb.waitJS(fmt.Sprintf(`document.getElementById("reading-code")?.innerText.includes(%q) === true`, link.code))
		}
		if link.server != "" && tb.text("#reading-server code") != link.server {
			t.Errorf("offline %s: server %q", link.path, tb.text("#reading-server code"))
		}
	}
	// Each file, as the page's own requests get it: from the worker.
	for u, sum := range files {
		got := eval[string](tb, fmt.Sprintf(`fetch(%q).then((r) => r.ok ? r.arrayBuffer() : Promise.reject(r.status))
			.then((b) => crypto.subtle.digest("SHA-256", b))
			.then((d) => [...new Uint8Array(d)].map((b) => b.toString(16).padStart(2, "0")).join(""))`, u))
		if got != sum {
			t.Errorf("offline, %s is not the deployed file", u)
		}
	}
	if log := srv.requests(); len(log) > 0 {
		t.Errorf("the stopped server answered %q", log)
	}
}
