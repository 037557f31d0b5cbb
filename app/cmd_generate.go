//go:build !wasm

package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"proxycert/messages"
)

func init() {
	register(command{
		name:    "generate",
		args:    "[--out dist] [--web web] [--base /]",
		summary: "write the static site (pre-rendered page, app.wasm, icons) into a folder",
		run:     runGenerate,
	})
}

// csp is the page's Content-Security-Policy: its own origin only, WebAssembly
// allowed to compile, no inline script or style, no plugins, no <base>, no
// form posts. (frame-ancestors has no effect in a meta tag, so it is left
// to hosts that can send headers.)
const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
	"object-src 'none'; base-uri 'none'; form-action 'none'"

// site says what to generate.
type site struct {
	Out  string // folder written
	Web  string // folder read: app.wasm, app.css, icons
	Base string // path the site is served under, "/" or e.g. "/proxycert/"
}

func runGenerate(c *cli, args []string) int {
	fs := c.flags("generate")
	var s site
	fs.StringVar(&s.Out, "out", "dist", "folder to write the site into")
	fs.StringVar(&s.Web, "web", "web", "folder with app.wasm, app.css and the icons")
	fs.StringVar(&s.Base, "base", "/", "path the site is served under, e.g. /proxycert/")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(c.stderr, "proxycert generate: unexpected argument %q\n", fs.Arg(0))
		return exitUsage
	}
	if _, err := cleanBase(s.Base); err != nil {
		fmt.Fprintf(c.stderr, "proxycert generate: %v\n", err)
		return exitUsage
	}
	version, err := s.generate()
	if err != nil {
		fmt.Fprintf(c.stderr, "proxycert generate: %v\n", err)
		return exitNotFound
	}
	fmt.Fprintf(c.stdout, "%s: site version %s\n", s.Out, version)
	return exitOK
}

// handler builds the go-app handler of the site. It is the one place the
// site's configuration lives, so the offline and sub-path work can extend
// it (service worker template, resource resolver).
func (s site) handler(version string, wasmSize int64) (*app.Handler, error) {
	base, err := cleanBase(s.Base)
	if err != nil {
		return nil, err
	}
	en := messages.For("en")
	h := &app.Handler{
		Name:            en.T("page.title"),
		ShortName:       "proxycert",
		Title:           en.T("page.title"),
		Description:     en.T("page.description"),
		Lang:            "en",
		BackgroundColor: "#f5f7f9",
		ThemeColor:      "#0a58a8",
		Icon: app.Icon{
			Default:  "/web/icon-192.png",
			Large:    "/web/icon-512.png",
			Maskable: "/web/icon-maskable-512.png",
			SVG:      "/web/icon.svg",
		},
		Styles: []string{"/web/app.css"},
		// Runs before go-app's deferred app.js; see web/fixurl.js.
		Scripts: []string{"/web/fixurl.js"},
		// go-app pre-caches the PNG icons but not the SVG one.
		CacheableResources: []string{"/web/icon.svg"},
		RawHeaders: []string{
			`<meta http-equiv="Content-Security-Policy" content="` + csp + `">`,
		},
		Version:           version,
		WasmContentLength: strconv.FormatInt(wasmSize, 10),
	}
	if base != "/" {
		h.Resources = subPath{app.PrefixedLocation(strings.TrimSuffix(base, "/")), base}
	}
	return h, nil
}

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

// cleanBase checks a base path and gives it one leading and one trailing slash.
func cleanBase(base string) (string, error) {
	trimmed := strings.Trim(base, "/")
	if trimmed == "" {
		return "/", nil
	}
	if strings.ContainsAny(trimmed, "?#\\ ") || path.Clean("/"+trimmed) != "/"+trimmed {
		return "", fmt.Errorf("--base %q: want a plain path such as /proxycert/", base)
	}
	return "/" + trimmed + "/", nil
}

// generate writes the site and returns its version.
func (s site) generate() (string, error) {
	wasm, err := os.Stat(filepath.Join(s.Web, "app.wasm"))
	if err != nil {
		return "", fmt.Errorf("%s: build the WebAssembly first (./build.sh build does both)", filepath.Join(s.Web, "app.wasm"))
	}
	version, err := contentVersion(s.Web)
	if err != nil {
		return "", err
	}
	h, err := s.handler(version, wasm.Size())
	if err != nil {
		return "", err
	}
	if err := prepareOut(s.Out); err != nil {
		return "", err
	}
	routes()
	if err := app.GenerateStaticWebsite(s.Out, h); err != nil {
		return "", fmt.Errorf("generating into %s: %w", s.Out, err)
	}
	if err := copyTree(s.Web, filepath.Join(s.Out, "web")); err != nil {
		return "", err
	}
	if err := canonicalizeHTMLFiles(s.Out); err != nil {
		return "", err
	}
	return version, nil
}

// contentVersion hashes every file of the web folder (app.wasm included),
// names and bytes in a fixed order: the same inputs give the same version,
// and any change gives a new one, which is what tells installed copies to
// update.
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

// walkFiles calls fn for each regular file under dir in lexical order,
// skipping dot files, with its slash-separated path relative to dir.
func walkFiles(dir string, fn func(rel string, data []byte) error) error {
	return fs.WalkDir(os.DirFS(dir), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p != "." && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() {
			return nil
		}
		data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(p)))
		if err != nil {
			return err
		}
		return fn(p, data)
	})
}

func copyTree(from, to string) error {
	return walkFiles(from, func(rel string, data []byte) error {
		dst := filepath.Join(to, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		return os.WriteFile(dst, data, 0o644)
	})
}

// prepareOut empties the output folder when it holds a previous site, so
// no stale file survives, and refuses to touch a folder that holds
// anything else.
func prepareOut(out string) error {
	entries, err := os.ReadDir(out)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return os.MkdirAll(out, 0o755)
	case err != nil:
		return err
	case len(entries) == 0:
		return nil
	}
	for _, marker := range []string{"index.html", "app-worker.js", "manifest.webmanifest"} {
		if _, err := os.Stat(filepath.Join(out, marker)); err != nil {
			return fmt.Errorf("%s is not empty and holds no generated site (no %s); choose another --out", out, marker)
		}
	}
	for _, e := range entries {
		if err := os.RemoveAll(filepath.Join(out, e.Name())); err != nil {
			return err
		}
	}
	return nil
}
