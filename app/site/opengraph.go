package site

import (
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
)

// ogAddress matches the Open Graph address metas go-app writes, with
// their attributes in canonical order (CanonicalHTML) and the line break
// after them. go-app always writes both, as "https://" followed by the
// handler's Domain and the path: with no Domain, link previews in chat
// tools and tickets read them as a broken address.
var ogAddress = regexp.MustCompile(`([ \t]*)<meta content="[^"]*" property="og:(?:url|image)">\n?`)

// ogImage is the picture a link preview shows, below the site's address.
const ogImage = "web/icon-512.png"

// checkPublicURL checks the site's public address: absolute http or https,
// with no query or fragment, and at the path the site is generated for.
func checkPublicURL(public, base string) error {
	u, err := url.Parse(public)
	switch {
	case err != nil:
		return fmt.Errorf("--url %q: %v", public, err)
	case u.Scheme != "http" && u.Scheme != "https" || u.Host == "":
		return fmt.Errorf("--url %q: want the page's address, as in https://tools.contoso.com/proxycert/", public)
	case u.RawQuery != "" || u.Fragment != "":
		return fmt.Errorf("--url %q: the page's address has no query or fragment", public)
	case strings.TrimSuffix(u.Path, "/")+"/" != base:
		return fmt.Errorf("--url %q: its path is not the site's base %s (--base)", public, base)
	}
	return nil
}

// openGraph gives every page of the site in dir the Open Graph data a
// link preview needs. go-app writes og:title, og:description and og:type
// from the page itself. og:url and og:image become the page's own public
// address and the site's large icon when the public address is known
// (Config.URL); without it they are left out, since any guess would be
// wrong.
func openGraph(dir, public string) error {
	if public != "" && !strings.HasSuffix(public, "/") {
		public += "/"
	}
	return fs.WalkDir(os.DirFS(dir), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || path.Ext(p) != ".html" {
			return err
		}
		file := filepath.Join(dir, filepath.FromSlash(p))
		b, err := os.ReadFile(file)
		if err != nil {
			return err
		}
		out, n := ogMetas(string(b), public, pagePath(p))
		if n == 0 {
			return fmt.Errorf("%s: no og:url or og:image meta to replace", p)
		}
		return os.WriteFile(file, []byte(out), 0o644)
	})
}

// pagePath is the address, below the site's base, of the generated HTML
// file p: "" for index.html, "code/0x00000018/" for a code page.
func pagePath(p string) string {
	if path.Base(p) == "index.html" {
		if dir := path.Dir(p); dir != "." {
			return dir + "/"
		}
		return ""
	}
	return strings.TrimSuffix(p, ".html")
}

// ogMetas replaces go-app's og:url and og:image metas in page, the page at
// rel below public, and returns how many it found.
func ogMetas(page, public, rel string) (string, int) {
	n := 0
	out := ogAddress.ReplaceAllStringFunc(page, func(m string) string {
		if n++; n > 1 || public == "" {
			return ""
		}
		indent := ogAddress.FindStringSubmatch(m)[1]
		return fmt.Sprintf("%s<meta content=%q property=\"og:url\">\n%s<meta content=%q property=\"og:image\">\n",
			indent, public+rel, indent, public+ogImage)
	})
	return out, n
}
