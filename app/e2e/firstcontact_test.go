package e2e

import (
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"proxycert/app/site"
	"proxycert/messages"
)

// Issue 13, "first contact": what someone opening a ticket's link sees
// before the WebAssembly runs. Each test has a browser of its own (an empty
// profile) and a site server it controls: it counts what the browser
// fetched, holds app.wasm back, or stops, to be offline.

// TestE2EFirstContactOneDownload: a first visit fetches app.wasm once,
// the page's and the service worker's requests together (the page puts its
// copy into the worker's cache), and the worker still ends up caching every
// file of the site, under either cache header.
func TestE2EFirstContactOneDownload(t *testing.T) {
	dist := filepath.Join("..", "..", "dist")
	for _, header := range []string{"no-cache", "max-age=600"} {
		t.Run(header, func(t *testing.T) {
			srv := newSiteServer(t)
			e := newOwnBrowser(t, srv.origin)
			files := siteFiles(t, dist, srv.origin, "/")
			srv.start(site.NewHost(dist, header))
			tb := e.open(t, "/")
			tb.checkOnlyCache(files, tb.waitCached(files))
			log := srv.requests()
			if n := logCount(log, "GET /web/app.wasm "); n != 1 {
				t.Errorf("app.wasm fetched %d times on a first visit, want 1: %q", n, log)
			}
		})
	}
}

// TestE2EFirstContactTypeWhileLoading holds app.wasm back for 3 s at the
// host: meanwhile the pre-rendered page shows, its text box is on top of
// everything (no loader covers it) and takes typing, and once the wasm
// runs it keeps the text, the focus, and answers it.
func TestE2EFirstContactTypeWhileLoading(t *testing.T) {
	const hold = 3 * time.Second
	dist := filepath.Join("..", "..", "dist")
	srv := newSiteServer(t)
	e := newOwnBrowser(t, srv.origin)
	host := site.NewHost(dist, "no-cache")
	srv.start(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == wasmPath {
			select {
			case <-time.After(hold):
			case <-r.Context().Done():
				return
			}
		}
		host.ServeHTTP(w, r)
	}))

	tb := e.openLoading(t, "/")
	const loading = `document.getElementById("app-wasm-loader") !== null && document.querySelector(".page[data-ready=true]") === null`
	if !eval[bool](tb, loading) {
		t.Fatal("the wasm ran before app.wasm was let through: the hold did not apply")
	}
	onTop := eval[string](tb, `(() => {
		const box = document.getElementById("paste");
		const r = box.getBoundingClientRect();
		const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
		return top === box ? "" : (top ? top.outerHTML.slice(0, 120) : "nothing (off screen?)");
	})()`)
	if onTop != "" {
		t.Errorf("while app.wasm loads, the box's centre shows %s, not the box", onTop)
	}
	if err := chromedp.Do(tb.ctx, chromedp.Click(chromedp.ID("paste"), chromedp.NodeVisible), chromedp.KeyEvent("0x20")); err != nil {
		t.Fatal(err)
	}
	if got := eval[string](tb, `document.getElementById("paste").value`); got != "0x20" {
		t.Errorf("typed 0x20 while loading; the box holds %q", got)
	}
	if !eval[bool](tb, loading) {
		t.Fatalf("the wasm ran before the typing was done (hold %v): this machine is too slow for the test", hold)
	}

	tb.waitJS(`document.querySelector(".page[data-ready=true]") !== null && !document.getElementById("app-wasm-loader")`)
	tb.waitJS(`document.getElementById("summary")?.textContent.includes("0x00000020") === true`)
	if got := eval[string](tb, `document.getElementById("paste").value`); got != "0x20" {
		t.Errorf("once the wasm runs, the box holds %q, want the typed 0x20", got)
	}
	if got := eval[string](tb, `document.activeElement?.id ?? ""`); got != "paste" {
		t.Errorf("once the wasm runs, the focus is on %q, want the box it was in", got)
	}
}

// TestE2EFirstContactNoScript loads code pages with JavaScript off: the
// whole answer (the summary with the code and each flag's title) is in
// the HTML the host sends, before any script could run.
func TestE2EFirstContactNoScript(t *testing.T) {
	dist := filepath.Join("..", "..", "dist")
	srv := newSiteServer(t)
	e := newOwnBrowser(t, srv.origin)
	srv.start(site.NewHost(dist, "no-cache"))
	for _, c := range []struct {
		path, lang, code string
		flags            []uint32
	}{
		{"/code/0x00000018/#server=mail.contoso.com", "en", "0x00000018", []uint32{0x10, 0x08}},
		{"/code/0x00000010/ja/", "ja", "0x00000010", []uint32{0x10}},
	} {
		tb := e.openLoading(t, c.path, withoutScripts())
		if got := eval[string](tb, `document.documentElement.lang`); got != c.lang {
			t.Errorf("%s: <html lang=%q>, want %q", c.path, got, c.lang)
		}
		summary := tb.text("#summary")
		if !strings.Contains(summary, c.code) {
			t.Errorf("%s without scripts: the summary %q does not name %s", c.path, summary, c.code)
		}
		for _, f := range c.flags {
			title := messages.For(c.lang).Flags[f].Title
			if !strings.Contains(summary, title) {
				t.Errorf("%s without scripts: the summary %q lacks the title of flag %#x, %q", c.path, summary, f, title)
			}
			if got := tb.text(fmt.Sprintf("#flag-0x%08x-title", f)); got != title {
				t.Errorf("%s without scripts: flag %#x's card is titled %q, want %q", c.path, f, got, title)
			}
		}
		if ran := eval[bool](tb, `typeof goappEnv !== "undefined" || typeof Go !== "undefined"`); ran {
			t.Errorf("%s: app.js or wasm_exec.js ran with JavaScript off", c.path)
		}
	}
}

// TestE2EFirstContactOffline visits the start page once and goes offline;
// a code page never visited then answers, at the root and under a
// sub-path: the worker serves the start page in its place and the app
// routes the path. Under the sub-path the first visit also fetches
// app.wasm once, and the code page's links keep the prefix.
func TestE2EFirstContactOffline(t *testing.T) {
	for _, c := range []struct{ name, base string }{{"root", "/"}, {"subpath", "/proxycert/"}} {
		base := c.base
		t.Run(c.name, func(t *testing.T) {
			dir := filepath.Join("..", "..", "dist")
			if base != "/" {
				dir = deploy(t, base, "sub", false).dir
			}
			srv := newSiteServer(t)
			e := newOwnBrowser(t, srv.origin)
			files := siteFiles(t, dir, srv.origin, base)
			srv.start(&site.Host{Root: os.DirFS(dir), CacheControl: "max-age=600", Base: base})

			tb := e.open(t, base)
			tb.waitCached(files)
			if log := srv.requests(); logCount(log, "GET "+base+"web/app.wasm ") != 1 {
				t.Errorf("app.wasm fetched %d times on a first visit: %q", logCount(log, "GET "+base+"web/app.wasm "), log)
			}
			if base != "/" {
				tb.navigate(base + "code/0x00000018/#server=mail.contoso.com")
				tb.waitJS(`document.getElementById("summary")?.textContent.includes("0x00000018") === true`)
				tb.checkPrefixed(base)
			}

			srv.requests()
			srv.stop()
			path := base + "code/0x00000040/"
			tb.navigate(path + "#server=x.contoso.com")
			tb.waitJS(`document.getElementById("summary")?.textContent.includes("0x00000040") === true`)
			if got := tb.text("#reading-server code"); got != "x.contoso.com" {
				t.Errorf("offline %s: server %q, want x.contoso.com from the fragment", path, got)
			}
			if got := eval[string](tb, `location.pathname`); got != path {
				t.Errorf("offline, the code page moved to %s", got)
			}
			if log := srv.requests(); len(log) > 0 {
				t.Errorf("the stopped server answered %q", log)
			}
		})
	}
}

// withoutScripts turns the page's JavaScript off in the tab (DevTools'
// own evaluations still run, and so do its scripts for new documents).
func withoutScripts() tabOption {
	return func(t *testing.T, tb *tab) {
		send(tb, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true})
	}
}
