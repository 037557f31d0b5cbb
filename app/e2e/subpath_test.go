package e2e

import (
	"fmt"
	"maps"
	"net/http"
	"os"
	"proxycert/app/site"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/browser"
)

// checkPrefixed asserts that every address in the page (links, scripts,
// styles, icons, the manifest) that points into the site's own origin
// stays under base, in the DOM as the WebAssembly side rendered it.
func (tb *tab) checkPrefixed(base string) {
	tb.t.Helper()
	outside := eval[[]string](tb, fmt.Sprintf(`[...document.querySelectorAll("[href], [src]")]
		.map((e) => e.getAttribute("href") ?? e.getAttribute("src"))
		.filter((v) => { const u = new URL(v, location.href); return u.origin === location.origin && !u.pathname.startsWith(%q); })`, base))
	if len(outside) > 0 {
		tb.t.Errorf("addresses outside %s after the render: %q", base, outside)
	}
	if n := eval[int](tb, `document.querySelectorAll("[href], [src]").length`); n < 8 {
		tb.t.Errorf("only %d addresses in the page: is the check looking at it?", n)
	}
}

// TestE2ESubPath hosts the site under /proxycert/ beside another go-app
// site at the root of the same host, as GitHub Pages hosts a project next
// to a user site: the sub-path site works online and offline, its links
// keep the prefix, and neither site's worker deletes the other's cache.
func TestE2ESubPath(t *testing.T) {
	const base = "/proxycert/"
	srv := newSiteServer(t)
	e := newOwnBrowser(t, srv.origin)
	sub, root := deploy(t, base, "sub", false), deploy(t, "/", "root", false)
	subHost := &site.Host{Root: os.DirFS(sub.dir), CacheControl: "max-age=600", Base: base}
	rootHost := site.NewHost(root.dir, "max-age=600")
	srv.start(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, strings.TrimSuffix(base, "/")) {
			subHost.ServeHTTP(w, r)
			return
		}
		rootHost.ServeHTTP(w, r)
	}))

	// A link without the slash is redirected to the site.
	tb := e.open(t, strings.TrimSuffix(base, "/"))
	if got := eval[string](tb, `location.pathname`); got != base {
		t.Errorf("opened at %s, want %s", got, base)
	}
	tb.checkRunning(sub)
	tb.checkPrefixed(base)
	tb.paste("0x18")
	tb.waitJS(`location.href.includes("0x00000018")`)
	// The address is the code's static page below the prefix.
	if got := eval[string](tb, `location.pathname`); got != base+"code/0x00000018/" {
		t.Errorf("typing moved the address to %s, want %scode/0x00000018/", got, base)
	}
	// The link to copy keeps the prefix (the refused clipboard shows it).
	tb.grantClipboard(browser.PermissionSettingDenied)
	tb.click("#copy-link")
	tb.waitJS(`document.getElementById("copy-fallback") !== null`)
	if got, want := eval[string](tb, `document.getElementById("copy-fallback").value`), eval[string](tb, `location.href`); got != want || !strings.HasPrefix(got, srv.origin+base) {
		t.Errorf("link to copy %q, want %q", got, want)
	}
	subFiles := siteFiles(t, sub.dir, srv.origin, base)
	subCache := tb.waitCached(subFiles)

	tb.navigate("/")
	tb.checkRunning(root)
	rootFiles := siteFiles(t, root.dir, srv.origin, "/")
	rootCache := tb.waitCached(rootFiles)
	all := maps.Clone(subFiles)
	maps.Copy(all, rootFiles)
	tb.checkOnlyCache(all, subCache, rootCache)

	srv.stop()
	for _, link := range []struct{ path, code string }{
		{base, ""},
		{base + "?code=0x40", "0x00000040"},
		{base + "#code=0x18&server=x", "0x00000018"},
	} {
		tb.navigate(link.path)
		if link.code != "" {
			tb.waitJS(fmt.Sprintf(`document.getElementById("reading-code")?.innerText.includes(%q) === true`, link.code))
		}
		tb.checkRunning(sub)
		tb.checkPrefixed(base)
	}
	tb.navigate("/?code=0x40")
	tb.checkRunning(root)
}
