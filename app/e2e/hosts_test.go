package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"proxycert/app/site"
	"proxycert/decoder"
	"testing"
	"time"
)

// The hosts tests serve a sub-path build from a folder, as an admin
// deploys it: on `proxycert serve`'s Host, on Debian's nginx with the block
// docs/hosting.md gives, and on Debian's Apache with the generated
// .htaccess. Each runs the same steps (hostSteps): what every file is sent
// as, what the browser received, a deep link, offline after one visit, an
// update deployed into the same folder, and a screenshot read (the
// reader's files through the host), then offline.
// Generating a version takes long (every code's page is pre-rendered), so
// the hosts share two.

// hostBase is the sub-path the hosts serve the site at.
const hostBase = "/proxycert/"

// siteHost is a server of one folder: start serves it, stop makes the
// origin unreachable (the browser is then offline).
type siteHost interface {
	start()
	stop()
	origin() string
	brotli() bool // whether app.wasm is expected as brotli, else gzip
}

// TestE2EHosts generates two versions of a /proxycert/ build, once, and
// runs the hosts steps on each host: `proxycert serve`'s, nginx
// (nginx_test.go) and Apache (apache_test.go); then Apache without the
// modules the .htaccess can do without.
func TestE2EHosts(t *testing.T) {
	if os.Getenv("PROXYCERT_E2E") != "1" {
		t.Skip("browser tests skipped: set PROXYCERT_E2E=1 after ./build.sh build (./build.sh test does both)")
	}
	v1, v2 := deploy(t, hostBase, "v1", false), deploy(t, hostBase, "v2", false)
	t.Run("serve", func(t *testing.T) { testServeHost(t, v1, v2) })
	t.Run("nginx", func(t *testing.T) { testNginx(t, v1, v2) })
	t.Run("apache", func(t *testing.T) { testApache(t, v1, v2) })
	t.Run("apache-without-modules", func(t *testing.T) { testApacheWithoutModules(t, v1) })
}

// servedFolder returns a folder for a server to serve from: readable by
// every user, since nginx's and Apache's workers drop root, and so outside
// t.TempDir, whose folders only their owner can enter.
func servedFolder(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "proxycert-host-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// install puts the site generated in from into the folder to, as an admin
// copying dist/ does: the old folder goes, every file of the new one, dot
// files included, arrives.
func install(t *testing.T, from, to string) {
	t.Helper()
	staged := to + ".new"
	if err := os.CopyFS(staged, os.DirFS(from)); err != nil {
		t.Fatalf("copying %s to %s: %v", from, staged, err)
	}
	if err := os.RemoveAll(to); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(staged, to); err != nil {
		t.Fatal(err)
	}
}

// testServeHost runs the hosts steps on `proxycert serve`'s own host.
func testServeHost(t *testing.T, v1, v2 deployment) {
	dir := filepath.Join(servedFolder(t), "proxycert")
	install(t, v1.dir, dir)
	srv := newSiteServer(t)
	h := &serveHost{srv: srv, host: &site.Host{Root: os.DirFS(dir), CacheControl: "no-cache", Base: hostBase}}
	hostSteps(t, h, dir, v1, v2)
}

// serveHost is site.Host on a siteServer.
type serveHost struct {
	srv  *siteServer
	host *site.Host
}

func (h *serveHost) start()         { h.srv.start(h.host) }
func (h *serveHost) stop()          { h.srv.stop() }
func (h *serveHost) origin() string { return h.srv.origin }
func (h *serveHost) brotli() bool   { return true }

// hostSteps runs the hosts steps on h, which serves the folder dir at
// hostBase; v1 is installed there, v2 is deployed into it as the update.
func hostSteps(t *testing.T, h siteHost, dir string, v1, v2 deployment) {
	h.start()
	checkServed(t, h.origin(), hostBase, dir, h.brotli())

	e := newOwnBrowser(t, h.origin())
	tb := e.open(t, hostBase+"?code=0x40")
	tb.waitJS(`document.getElementById("reading-code")?.innerText.includes("0x00000040") === true`)
	tb.checkReceived(dir, h.brotli())
	files := siteFiles(t, v1.dir, h.origin(), hostBase)
	tb.waitCached(files)
	tb.checkRunning(v1)

	h.stop()
	for _, link := range []struct{ path, code string }{
		{hostBase, ""},
		{hostBase + "#code=0x18&server=x", "0x00000018"},
		{hostBase + "?code=0x00000040&server=mail.contoso.com", "0x00000040"},
	} {
		tb.navigate(link.path)
		if link.code != "" {
			tb.waitJS(fmt.Sprintf(`document.getElementById("reading-code")?.innerText.includes(%q) === true`, link.code))
		}
		tb.checkRunning(v1)
	}

	install(t, v2.dir, dir)
	h.start()
	tb.navigate(hostBase)
	tb.waitJS(`document.getElementById("update-reload") !== null`)
	tb.waitCached(siteFiles(t, v2.dir, h.origin(), hostBase))
	before := eval[string](tb, `String(performance.timeOrigin)`)
	tb.click("#update-reload")
	tb.waitAcrossLoads(fmt.Sprintf(`String(performance.timeOrigin) !== %q`, before))
	tb.waitJS(`document.querySelector(".page[data-ready=true]") !== null && !document.getElementById("app-wasm-loader")`)
	tb.checkRunning(v2)

	hostScreenshot(t, h, v2)
}

// hostScreenshot reads hostShot in a browser of its own, through h, then
// again with h stopped. Its own browser, because a reading in the update
// steps' tab, before the update, made the page miss v2's activation (no
// update banner) in 5 of 11 runs, and 0 of 6 without it.
func hostScreenshot(t *testing.T, h siteHost, d deployment) {
	e := newOwnBrowser(t, h.origin())
	tb := e.open(t, hostBase)
	tb.waitCached(siteFiles(t, d.dir, h.origin(), hostBase))
	picture := newShooter(t, e).shoot(hostShot)
	readHostShot(t, tb, picture, true)
	h.stop()
	tb.navigate(hostBase)
	tb.waitJS(`document.querySelector(".page[data-ready=true]") !== null`)
	readHostShot(t, tb, picture, false)
}

// hostShot is the picture the hosts steps read: Japanese, so that both
// languages' models come through the host (Apache sends them as gzip
// content encoding, the others as the .gz files they are).
var hostShot = shot{Lang: "ja", Msg: 2, Server: "mail.contoso.co.jp", Code: "0x00000018", Scale: 1.25}

// readHostShot has the page read picture and checks what it read. Online,
// it then waits until the service worker keeps every file of the reader
// the page fetched, so that the same picture is read with the host stopped.
func readHostShot(t *testing.T, tb *tab, picture []byte, online bool) {
	t.Helper()
	eval[bool](tb, waitReadJS+`, true`)
	got := tb.give(picture, false, "paste")
	if r := decoder.Parse(got.Box); r.Server != hostShot.Server || decoder.Hex(r.Code) != hostShot.Code || !got.Marked {
		where := "through the host"
		if !online {
			where = "with the host stopped"
		}
		t.Fatalf("%s, %s read as %q (notice %q, marked %v)", where, hostShot, got.Box, got.Notice, got.Marked)
	}
	if !online {
		return
	}
	urls := eval[[]string](tb, `performance.getEntriesByType("resource").map((e) => e.name)
	  .filter((u) => new URL(u).pathname.includes("/web/ocr/"))`)
	if len(urls) == 0 {
		t.Fatal("the reading fetched nothing from web/ocr/")
	}
	list, err := json.Marshal(urls)
	if err != nil {
		t.Fatal(err)
	}
	kept := fmt.Sprintf(`(async (urls) => {
	  for (const name of await caches.keys()) {
	    if (!name.startsWith("ocr-")) continue;
	    const have = new Set((await (await caches.open(name)).keys()).map((r) => r.url));
	    if (urls.every((u) => have.has(u))) return true;
	  }
	  return false;
	})(%s)`, list)
	for deadline := time.Now().Add(30 * time.Second); !eval[bool](tb, kept); time.Sleep(100 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("the service worker did not keep the reader's files %q", urls)
		}
	}
}
