package site

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// A site generated with --base /proxycert/ is served under that path: every
// address go-app writes gets the prefix, the root keeps its slash, and the
// installed app claims only that path.

// subPath serves the site under a path: go-app's PrefixedLocation, except
// that the root keeps its slash ("/proxycert/", not "/proxycert"), the form
// static hosts serve and links in tickets use.
type subPath struct {
	app.ResourceResolver
	base string
}

func (p subPath) Resolve(location string) string {
	if location == "" || location == "/" {
		return p.base
	}
	return p.ResourceResolver.Resolve(location)
}

// CleanBase checks a base path and gives it one leading and one trailing slash.
func CleanBase(base string) (string, error) {
	trimmed := strings.Trim(base, "/")
	if trimmed == "" {
		return "/", nil
	}
	if strings.ContainsAny(trimmed, "?#\\ ") || path.Clean("/"+trimmed) != "/"+trimmed {
		return "", fmt.Errorf("--base %q: want a plain path such as /proxycert/", base)
	}
	return "/" + trimmed + "/", nil
}

// scopeManifest sets the web manifest's scope to the site's base path.
// go-app always writes "/", which under a sub-path would claim the whole
// host for the installed app, sibling sites included.
func scopeManifest(out, base string) error {
	name := filepath.Join(out, "manifest.webmanifest")
	b, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	const scope = `"scope":"/"`
	if n := bytes.Count(b, []byte(scope)); n != 1 {
		return fmt.Errorf("%s: found %s %d times, want once (has go-app changed the manifest?)", name, scope, n)
	}
	scoped, err := json.Marshal(base)
	if err != nil {
		return err
	}
	b = bytes.Replace(b, []byte(scope), []byte(`"scope":`+string(scoped)), 1)
	return os.WriteFile(name, b, 0o644)
}

// GeneratedBase returns the base path a site was generated for, read from
// its web manifest (the start page), or "/" when that cannot be read.
func GeneratedBase(dir string) string {
	var manifest struct {
		StartURL string `json:"start_url"`
	}
	b, err := os.ReadFile(filepath.Join(dir, "manifest.webmanifest"))
	if err != nil || json.Unmarshal(b, &manifest) != nil || !strings.HasPrefix(manifest.StartURL, "/") {
		return "/"
	}
	return manifest.StartURL
}
