package site

import (
	"fmt"
	"strings"
)

// ocrVersionToken stands for the reader's version (ocrVersion) in
// ocrWorkerPatches until the handler is built: go-app's template language
// has no field for it.
const ocrVersionToken = "@OCR-VERSION@"

// ocrWorkerPatches teach the service worker to keep the screenshot
// reader's files (web/ocr/, see ocr.go), which it does not pre-cache so
// that the first visit stays as it was: a file of that folder the page or
// the reader's worker fetches is answered from a cache of its own, else
// from the network and kept. That cache is named after the site's scope
// and the reader's files, not after the site's version, so that an update
// of the page does not make the reader's 5 to 7 MB download again; it is
// dropped when the reader's files change. Both snippets are go-app's own
// (worker_test.go checks them as it checks workerPatches).
var ocrWorkerPatches = []workerPatch{
	{ // The reader's folder and cache.
		old: `const resourcesToCache = {{.ResourcesToCache}};`,
		new: `const resourcesToCache = {{.ResourcesToCache}};

// The screenshot reader's files (web/ocr/) are not pre-cached: each is kept
// when first fetched, in a cache named after the reader's files, which the
// page's updates leave in place.
const ocrPath = new URL("web/` + ocrFolder + `/", self.registration.scope).pathname;
const ocrPrefix = "ocr-" + new URL(self.registration.scope).pathname + "@";
const ocrCacheName = ocrPrefix + "` + ocrVersionToken + `";

function isOCRFile(request) {
  const url = new URL(request.url);
  return request.method === "GET" && url.origin === self.location.origin && url.pathname.startsWith(ocrPath);
}

// fetchOCR answers from the reader's cache, else from the network, keeping
// a whole answer once it has arrived (the page reads it meanwhile).
async function fetchOCR(event) {
  const cache = await caches.open(ocrCacheName);
  const cached = await cache.match(event.request, { ignoreVary: true });
  if (cached) {
    return cached;
  }
  const response = await fetch(event.request);
  if (response.status === 200 && response.type === "basic") {
    event.waitUntil(cache.put(event.request, response.clone()));
  }
  return response;
}

// Activation also drops the caches of the reader's earlier files.
self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith(ocrPrefix) && key !== ocrCacheName) {
        await caches.delete(key);
      }
    }
  })());
});`,
	},
	{ // Requests for the reader's files go to its cache.
		old: `self.addEventListener("fetch", (event) => {
  event.respondWith(fetchWithCache(event.request));
});`,
		new: `self.addEventListener("fetch", (event) => {
  event.respondWith(isOCRFile(event.request) ? fetchOCR(event) : fetchWithCache(event.request));
});`,
	},
}

// withOCRVersion puts the reader's version into a worker template made with
// ocrWorkerPatches.
func withOCRVersion(worker, version string) (string, error) {
	if n := strings.Count(worker, ocrVersionToken); n != 1 {
		return "", fmt.Errorf("the service worker has %d places for the screenshot reader's version, want 1", n)
	}
	return strings.Replace(worker, ocrVersionToken, version, 1), nil
}
