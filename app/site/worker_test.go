package site

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// upstreamWorkerSHA256 is the hash of app.DefaultAppWorkerJS in go-app
// v10.1.11, the template worker.go patches.
const upstreamWorkerSHA256 = "fb64efe18fb6e1f389eb20f75b68828729f001324647548eaab24c5add47ab0d"

// TestUpstreamWorkerUnchanged fails when go-app's worker template changes
// (a go-app upgrade), even if every patch still applies: a new template may
// fix a problem differently, or bring a new one.
func TestUpstreamWorkerUnchanged(t *testing.T) {
	sum := sha256.Sum256([]byte(app.DefaultAppWorkerJS))
	if got := hex.EncodeToString(sum[:]); got != upstreamWorkerSHA256 {
		t.Fatalf("go-app's service worker template changed (sha256 %s, was %s in v10.1.11).\n"+
			"Read the new gen/app-worker.js, then check each patch in worker.go: install waits for the "+
			"whole cache, pre-caching uses {cache: \"reload\"}, activation cleans up before reporting, "+
			"only this scope's caches are deleted, navigations ignore the query and fall back to the "+
			"start page offline. Drop the patches upstream made unneeded, then update upstreamWorkerSHA256. "+
			"The e2e tests (PROXYCERT_E2E=1) prove the result.", got, upstreamWorkerSHA256)
	}
}

// TestWorkerPatches checks that each snippet worker.go replaces occurs
// exactly once in go-app's template, and is gone from the result, while
// what it must keep from upstream is still there.
func TestWorkerPatches(t *testing.T) {
	for _, p := range workerPatches {
		if n := strings.Count(app.DefaultAppWorkerJS, p.old); n != 1 {
			t.Errorf("go-app's template has %d copies of %q, want 1", n, p.old)
		}
	}
	got, err := workerTemplate(app.DefaultAppWorkerJS)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range workerPatches {
		if strings.Contains(got, p.old) {
			t.Errorf("the worker still has %q", p.old)
		}
		if n := strings.Count(got, p.new); n != 1 {
			t.Errorf("the worker has %d copies of the patch %.60q", n, p.new)
		}
	}
	for _, keep := range []string{
		"self.skipWaiting()", "self.clients.claim()", "deletePreviousCaches()",
		`new Request(url, { cache: "reload" })`, "ignoreSearch: true",
		"{{.Version}}", "{{.ResourcesToCache}}",
		`self.addEventListener("push"`, // go-app's notifications, untouched
	} {
		if !strings.Contains(got, keep) {
			t.Errorf("the worker lacks %s", keep)
		}
	}
}

// TestWorkerTemplateRefusesChanges feeds templates where a snippet is
// missing or doubled: generation must stop rather than ship a worker with
// a fix silently left out.
func TestWorkerTemplateRefusesChanges(t *testing.T) {
	for i, p := range workerPatches {
		first, _, _ := strings.Cut(strings.TrimSpace(p.old), "\n")
		missing := strings.Replace(app.DefaultAppWorkerJS, p.old, "", 1)
		if _, err := workerTemplate(missing); err == nil || !strings.Contains(err.Error(), "0 copies") || !strings.Contains(err.Error(), fmt.Sprintf("%q", first)) {
			t.Errorf("patch %d missing upstream: error %v", i, err)
		}
		doubled := app.DefaultAppWorkerJS + "\n" + p.old
		if _, err := workerTemplate(doubled); err == nil || !strings.Contains(err.Error(), "2 copies") {
			t.Errorf("patch %d twice upstream: error %v", i, err)
		}
	}
}

// renderedWorker returns app-worker.js as the site's handler serves it,
// for a web folder holding webFiles.
func renderedWorker(t *testing.T, s Config, webFiles []string) string {
	t.Helper()
	s.Web = t.TempDir()
	for _, f := range webFiles {
		if err := os.WriteFile(filepath.Join(s.Web, f), []byte(f), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	h, err := s.Handler("v1", 1)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	// go-app's handler serves the site's own files at their unprefixed
	// paths; the prefix is for the host.
	const path = "/app-worker.js"
	res, err := srv.Client().Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil || res.StatusCode != 200 {
		t.Fatalf("GET %s: %d %v", path, res.StatusCode, err)
	}
	return string(b)
}

// TestWorkerRendered renders the worker at the root and under a sub-path:
// it pre-caches every file of the site by its served path, and it is valid
// JavaScript (node --check, when node is installed, as in CI).
func TestWorkerRendered(t *testing.T) {
	web := []string{"app.css", "app.wasm", "app.wasm.br", "app.wasm.gz", "fixurl.js", "icon-192.png", "icon-512.png", "icon-maskable-512.png", "icon.svg"}
	for _, base := range []string{"/", "/proxycert/"} {
		worker := renderedWorker(t, Config{Base: base}, web)
		var want []string
		for _, f := range []string{"", "app.css", "app.js", "manifest.webmanifest", "wasm_exec.js",
			"web/app.css", "web/app.wasm", "web/fixurl.js", "web/icon-192.png", "web/icon-512.png",
			"web/icon-maskable-512.png", "web/icon.svg"} {
			want = append(want, base+f)
		}
		if got := mustWorkerResources(t, worker); !slices.Equal(got, want) {
			t.Errorf("base %s: the worker pre-caches\n%q\nwant\n%q", base, got, want)
		}
		if !strings.Contains(worker, `const cacheName = cachePrefix + "v1";`) {
			t.Errorf("base %s: the worker's cache is not named after the version", base)
		}
		checkJS(t, worker)
	}
	stock := renderedWorker(t, Config{Base: "/", StockWorker: true}, web)
	if !strings.Contains(stock, "await cache.addAll(resourcesToCache);") {
		t.Error("StockWorker does not ship go-app's own worker")
	}
}

// checkJS runs node --check on a script, or skips when node is missing.
func checkJS(t *testing.T, script string) {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Log("node not installed: the worker's syntax is left to the browser tests")
		return
	}
	file := filepath.Join(t.TempDir(), "worker.js")
	if err := os.WriteFile(file, []byte(script), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(node, "--check", file).CombinedOutput(); err != nil {
		t.Errorf("the worker is not valid JavaScript: %v\n%s", err, out)
	}
}

// TestPatchAppJS patches the app.js go-app generates: the snippet is found
// once and replaced, and a file without it stops generation.
func TestPatchAppJS(t *testing.T) {
	h, err := Config{Base: "/"}.Handler("v1", 1)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	res, err := srv.Client().Get(srv.URL + "/app.js")
	if err != nil {
		t.Fatal(err)
	}
	appJS, err := io.ReadAll(res.Body)
	res.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	name := filepath.Join(dir, "app.js")
	if err := os.WriteFile(name, appJS, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := patchAppJS(dir); err != nil {
		t.Fatalf("go-app's app.js changed: %v", err)
	}
	patched, _ := os.ReadFile(name)
	for _, p := range appJSPatches {
		if !strings.Contains(string(patched), p.new) {
			t.Errorf("app.js was not patched with %.60q", p.new)
		}
	}
	checkJS(t, string(patched))
	if err := patchAppJS(dir); err == nil || !strings.Contains(err.Error(), "0 copies") {
		t.Errorf("patching twice: %v", err)
	}
}

func mustWorkerResources(t *testing.T, worker string) []string {
	t.Helper()
	list, err := WorkerResources(worker)
	if err != nil {
		t.Fatal(err)
	}
	return list
}
