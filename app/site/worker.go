package site

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
)

// The site's service worker is go-app's own template (app.DefaultAppWorkerJS)
// with the snippets below replaced. Each fixes a failure reproduced in
// Chromium with go-app v10.1.11 (the offline, update and subpath tests of
// app/e2e repeat each):
//
//   - the install event did not wait for the cache, so a worker activated
//     and reported an update while part of the new version was missing;
//   - pre-caching read the HTTP cache, so under Cache-Control: max-age (as
//     GitHub Pages sends) a new version's cache was refilled with the old
//     version's files;
//   - navigations were matched with their query string, so a link such as
//     /?code=0x40 that was never opened before failed offline;
//   - the cache was shared by name with any other go-app site on the same
//     origin (sibling sub-paths on one host), and each deleted the other's.
//
// skipWaiting, clients.claim and the removal of the previous version's
// cache are kept: a new version takes over at once, and the page offers to
// reload (page/updatebanner.go).
//
// go-app's app.js takes "the page is controlled when the new worker is
// activated" as the sign of an update. Once activation waits for the
// clean-up, clients.claim has made the very first visit controlled by then,
// and that visit would offer an update that is not one; appJSPatches make
// app.js ask instead whether a worker was active before the new one.
//
// worker_test.go fails when go-app's template changes, so the patches are
// re-checked against the new one before anyone relies on them; generation
// fails when a snippet is not found exactly once.

// workerPatch replaces one snippet of go-app's template.
type workerPatch struct {
	old, new string
}

var workerPatches = []workerPatch{
	{ // Caches named per scope, so sibling sites keep theirs.
		old: `const cacheName = "app-" + "{{.Version}}";`,
		new: `// The caches of this site are named after its scope: another go-app site on
// the same origin (a sibling sub-path) keeps its own.
const cachePrefix = "app-" + new URL(self.registration.scope).pathname + "@";
const cacheName = cachePrefix + "{{.Version}}";`,
	},
	{ // Install waits for the whole cache before taking over.
		old: `self.addEventListener("install", async (event) => {
  try {
    console.log("installing app worker {{.Version}}");
    await installWorker();
    await self.skipWaiting();
  } catch (error) {
    console.error("error during installation:", error);
  }
});`,
		new: `// Installing waits for the whole cache: a worker that took over with part of
// it would fetch the rest later, from a newer or an unreachable server.
self.addEventListener("install", (event) => {
  console.log("installing app worker {{.Version}}");
  event.waitUntil(installWorker().then(() => self.skipWaiting()));
});`,
	},
	{ // Pre-caching asks the server, never the HTTP cache.
		old: `  await cache.addAll(resourcesToCache);`,
		new: `  // On a first visit the page has put app.wasm here itself (app.js), so
  // that it is downloaded once: what this version's cache holds already is
  // not fetched again. "reload" skips the HTTP cache: under Cache-Control:
  // max-age it would fill the new version's cache with the old version's
  // files.
  const missing = [];
  for (const url of resourcesToCache) {
    if (!(await cache.match(url))) {
      missing.push(new Request(url, { cache: "reload" }));
    }
  }
  await cache.addAll(missing);`,
	},
	{ // Activation finishes the clean-up before the page hears of it.
		old: `self.addEventListener("activate", async (event) => {
  try {
    await deletePreviousCaches(); // Await cache cleanup
    await self.clients.claim(); // Ensure the service worker takes control of the clients
    console.log("app worker {{.Version}} is activated");
  } catch (error) {
    console.error("error during activation:", error);
  }
});`,
		new: `// Activation waits for the clean-up, so that the page is told of the update
// (the "activated" state) only when no file of the old version is left.
self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    await deletePreviousCaches();
    await self.clients.claim();
    console.log("app worker {{.Version}} is activated");
  })());
});`,
	},
	{ // Only this site's old caches are deleted.
		old: `      if (key !== cacheName) {`,
		new: `      if (key.startsWith(cachePrefix) && key !== cacheName) {`,
	},
	{ // Navigations ignore the query; offline, the start page answers.
		old: `async function fetchWithCache(request) {
  const cachedResponse = await caches.match(request);
  if (cachedResponse) {
    return cachedResponse;
  }
  return await fetch(request);
}`,
		new: `// A navigation (any query or fragment) gets the cached page of its path; a
// page that is not cached comes from the network (and is kept), and when
// that fails the start page answers: the app routes on the client. Everything else comes
// from this version's cache, else from the network.
async function fetchWithCache(request) {
  const options = { cacheName: cacheName, ignoreVary: true };
  if (request.mode === "navigate") {
    const page = await caches.match(request, { ...options, ignoreSearch: true });
    if (page) {
      return page;
    }
    try {
      const response = await fetch(request);
      // A page below the start page (a code's static page) is kept once
      // visited, for offline use; the start page is pre-cached.
      const path = new URL(request.url).pathname;
      if (response.ok && path !== new URL(self.registration.scope).pathname) {
        const cache = await caches.open(cacheName);
        await cache.put(request, response.clone());
      }
      return response;
    } catch (err) {
      const start = await caches.match(self.registration.scope, options);
      if (start) {
        return start;
      }
      throw err;
    }
  }
  const cached = await caches.match(request, options);
  if (cached) {
    return cached;
  }
  return await fetch(request);
}`,
	},
}

// appJSPatches are applied to the app.js go-app generates.
var appJSPatches = []workerPatch{
	{ // The first install is no update.
		old: `    const newSW = registration.installing;
    newSW.addEventListener("statechange", (event) => {
      if (!navigator.serviceWorker.controller) {
        return;
      }`,
		new: `    const newSW = registration.installing;
    // A worker active before this one means a version to replace; without
    // one, this is the first install, not an update.
    const replacing = registration.active !== null;
    newSW.addEventListener("statechange", (event) => {
      if (!replacing) {
        return;
      }`,
	},
	{ // The worker is registered once the page has app.wasm (below).
		old: "goappInitServiceWorker();\ngoappWatchForUpdate();",
		new: "goappWatchForUpdate();",
	},
	{ // Without WebAssembly, the worker is registered at once.
		old: `  if (!goappCanLoadWebAssembly()) {
    loader.remove();
    return;
  }`,
		new: `  if (!goappCanLoadWebAssembly()) {
    loader.remove();
    goappInitServiceWorker();
    return;
  }`,
	},
	{ // The progress bar follows the label.
		old: `      loaderLabel.innerText = goappLoadingLabel.replace("{progress}", progress);`,
		new: `      loaderLabel.innerText = goappLoadingLabel.replace("{progress}", progress);
      const bar = document.getElementById("app-wasm-loader-bar");
      if (bar) {
        bar.value = progress;
      }`,
	},
	{ // One download of app.wasm: the page hands it to the worker's cache.
		old: `async function fetchWithProgress(url, progess) {
  const response = await fetch(url);
`,
		new: `async function fetchWithProgress(url, progess) {
  const response = await fetch(url);
  goappCacheForWorker(url, response.clone()).finally(goappInitServiceWorker);
`,
	},
	{ // ...which goappCacheForWorker does on a first visit.
		old: `function goappCanLoadWebAssembly() {`,
		new: `// goappCacheForWorker puts app.wasm, as the page fetched it, into the cache
// the service worker is about to fill, on a first visit (no worker controls
// the page yet): the worker's install finds it there and does not download
// it a second time beside the page's own download. The cache is named as
// app-worker.js names it: after the worker's scope, the site's base path,
// and the site's version.
async function goappCacheForWorker(url, response) {
  if (!("serviceWorker" in navigator) || !("caches" in window) ||
    navigator.serviceWorker.controller || !response.ok) {
    return;
  }
  const cache = await caches.open("app-" + goappEnv.GOAPP_ROOT_PREFIX + "@" + goappEnv.GOAPP_VERSION);
  await cache.put(url, response);
}

function goappCanLoadWebAssembly() {`,
	},
}

// patchAppJS applies appJSPatches to the file app.js in dir.
func patchAppJS(dir string) error {
	name := filepath.Join(dir, "app.js")
	b, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	patched, err := applyPatches(string(b), appJSPatches...)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return os.WriteFile(name, []byte(patched), 0o644)
}

// workerTemplate applies workerPatches, then ocrWorkerPatches (ocrworker.go),
// to go-app's worker template. It refuses a template in which a snippet
// does not occur exactly once: the upstream worker changed, and the patches
// must be re-read against it.
func workerTemplate(upstream string) (string, error) {
	out, err := applyPatches(upstream, slices.Concat(workerPatches, ocrWorkerPatches)...)
	if err != nil {
		return "", fmt.Errorf("go-app's service worker template: %w", err)
	}
	return out, nil
}

// applyPatches replaces each patch's snippet, which must occur exactly once.
func applyPatches(s string, patches ...workerPatch) (string, error) {
	for _, p := range patches {
		if n := strings.Count(s, p.old); n != 1 {
			first, _, _ := strings.Cut(strings.TrimSpace(p.old), "\n")
			return "", fmt.Errorf("%d copies of %q (want 1): it changed upstream; re-check the patches in worker.go", n, first)
		}
		s = strings.Replace(s, p.old, p.new, 1)
	}
	return s, nil
}

var resourcesLine = regexp.MustCompile(`(?m)^const resourcesToCache = (.*);$`)

// WorkerResources returns, sorted, the paths a generated app-worker.js
// pre-caches: what must be on the host for the site to work offline.
func WorkerResources(worker string) ([]string, error) {
	m := resourcesLine.FindStringSubmatch(worker)
	if m == nil {
		return nil, errors.New("no resourcesToCache in the worker")
	}
	var list []string
	if err := json.Unmarshal([]byte(m[1]), &list); err != nil {
		return nil, fmt.Errorf("the worker's resourcesToCache: %w", err)
	}
	slices.Sort(list)
	return list, nil
}
