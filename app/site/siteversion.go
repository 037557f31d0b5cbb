package site

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// contentVersion hashes every file of the web folder (app.wasm included),
// names and bytes in a fixed order: the same inputs give the same hash, and
// any change gives a new one, and so a new site version (siteVersion),
// which is what tells installed copies to update.
func contentVersion(web string) (string, error) {
	sum := sha256.New()
	err := walkFiles(web, func(rel string, data []byte) error {
		fmt.Fprintf(sum, "%s\x00%d\x00", rel, len(data))
		sum.Write(data)
		return nil
	})
	if err != nil {
		return "", err
	}
	return hex.EncodeToString(sum.Sum(nil))[:16], nil
}

// siteVersion names a generation after the web folder's contents (the
// page's own code is in app.wasm) and after what the generator itself puts
// into the site: headers, names, icons, the base path, the worker template
// and the app.js patch. A change in any of them makes installed copies
// update; the browser would otherwise keep the old page while the worker
// stays byte for byte the same.
func siteVersion(contents string, h *app.Handler) string {
	root := "/"
	if h.Resources != nil {
		root = h.Resources.Resolve("/")
	}
	sum := sha256.New()
	for _, list := range [][]string{
		{contents, root, h.Name, h.ShortName, h.Title, h.Description, h.Lang, h.BackgroundColor, h.ThemeColor},
		{h.Icon.Default, h.Icon.Large, h.Icon.Maskable, h.Icon.SVG, h.ServiceWorkerTemplate},
		patchTexts(appJSPatches),
		h.Styles, h.Scripts, h.RawHeaders, h.CacheableResources,
	} {
		fmt.Fprintf(sum, "%d\x00", len(list))
		for _, v := range list {
			fmt.Fprintf(sum, "%d\x00%s", len(v), v)
		}
	}
	return hex.EncodeToString(sum.Sum(nil))[:16]
}

// patchTexts returns the new text of each patch.
func patchTexts(patches []workerPatch) []string {
	texts := make([]string, len(patches))
	for i, p := range patches {
		texts[i] = p.new
	}
	return texts
}
