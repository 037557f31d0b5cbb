package site

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/andybalholm/brotli"
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"proxycert/messages"
)

// CSP is the page's Content-Security-Policy: its own origin only, WebAssembly
// allowed to compile, no inline script or style, no plugins, no <base>, no
// form posts. (frame-ancestors has no effect in a meta tag, so it is left
// to hosts that can send headers.)
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
	"object-src 'none'; base-uri 'none'; form-action 'none'"

// Config says what to generate.
type Config struct {
	Out    string // folder written
	Web    string // folder read: app.wasm, app.css, icons
	Base   string // path the site is served under, "/" or e.g. "/proxycert/"
	Brotli int    // brotli quality of app.wasm.br, 0 to 11
	Cache  string // folder keeping the last compressed app.wasm, "" for none
	// URL is the page's public address, such as
	// "https://tools.contoso.com/proxycert/", at Base; link previews get
	// the pages' addresses and an image from it (openGraph). "" leaves
	// them out.
	URL string
	// OCR is the screenshot reader's npm install (app/site/ocr, after npm ci),
	// whose files go into the site's web/ocr/ (ocr.go); "" leaves them out,
	// and the page then cannot read pictures.
	OCR string

	// Codes are the codes that get a static page (codepages.go); nil is
	// every code of the defined flags, as the links the page makes expect.
	// Each page is a whole render: tests about other things keep a few.
	Codes []uint32

	// StockWorker ships go-app's own service worker instead of ours; the
	// tests use it to show what the patches in worker.go fix.
	StockWorker bool
}

// Check reports what is wrong with the configuration's values, before any
// file is read.
func (s Config) Check() error {
	if s.Brotli < brotli.BestSpeed || s.Brotli > brotli.BestCompression {
		return fmt.Errorf("--brotli %d: want a quality from 0 to 11", s.Brotli)
	}
	base, err := CleanBase(s.Base)
	if err != nil || s.URL == "" {
		return err
	}
	return checkPublicURL(s.URL, base)
}

// Handler builds the go-app handler of the site: the one place the site's
// configuration lives. The service worker pre-caches every file of the web
// folder (none when s.Web is "").
func (s Config) Handler(version string, wasmSize int64) (*app.Handler, error) {
	ocr, err := s.ocrSources()
	if err != nil {
		return nil, err
	}
	return s.handler(version, wasmSize, ocr)
}

// handler is Handler with the screenshot reader's files read already
// (ocrSources), which Generate also writes.
func (s Config) handler(version string, wasmSize int64, ocr map[string][]byte) (*app.Handler, error) {
	base, err := CleanBase(s.Base)
	if err != nil {
		return nil, err
	}
	var webFiles []string
	if s.Web != "" {
		err := walkFiles(s.Web, func(rel string, _ []byte) error {
			webFiles = append(webFiles, rel)
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	worker, err := workerTemplate(app.DefaultAppWorkerJS)
	if err != nil {
		return nil, err
	}
	if worker, err = withOCRVersion(worker, ocrVersion(ocr)); err != nil {
		return nil, err
	}
	if s.StockWorker {
		worker = app.DefaultAppWorkerJS
	}
	en := messages.For("en")
	h := &app.Handler{
		Name:            en.T(messages.UIPageTitle),
		ShortName:       "proxycert",
		Title:           en.T(messages.UIPageTitle),
		Description:     en.T(messages.UIPageDescription),
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
		// go-app pre-caches "/", its own files, the styles, scripts and
		// PNG icons; the rest of web/ (the SVG icon, anything added later)
		// is listed here so that all of it works offline.
		CacheableResources:    cacheable(webFiles),
		ServiceWorkerTemplate: worker,
		RawHeaders: []string{
			`<meta http-equiv="Content-Security-Policy" content="` + CSP + `">`,
			// Deferred, unlike go-app's Scripts, so that the first paint
			// does not wait for its request. It still runs long before the
			// wasm reads the address; see web/fixurl.js.
			`<script defer src="` + strings.TrimSuffix(base, "/") + `/web/fixurl.js"></script>`,
		},
		Version: version,
		// app.js counts the loading percentage against this: the size
		// of the wasm as decoded, whatever encoding the host sends.
		WasmContentLength: strconv.FormatInt(wasmSize, 10),
	}
	if base != "/" {
		h.Resources = subPath{app.PrefixedLocation(strings.TrimSuffix(base, "/")), base}
	}
	return h, nil
}

// Generate writes the site into s.Out and returns its version. The routes
// must be registered (page.Routes) before: the site pre-renders them.
func (s Config) Generate() (string, error) {
	wasm, err := os.Stat(filepath.Join(s.Web, "app.wasm"))
	if err != nil {
		return "", fmt.Errorf("%s: build the WebAssembly first (./build.sh build does both)", filepath.Join(s.Web, "app.wasm"))
	}
	contents, err := contentVersion(s.Web)
	if err != nil {
		return "", err
	}
	ocr, err := s.ocrSources()
	if err != nil {
		return "", err
	}
	h, err := s.handler("", wasm.Size(), ocr)
	if err != nil {
		return "", err
	}
	version := siteVersion(contents, h)
	h.Version = version
	if err := checkOut(s.Out); err != nil {
		return "", err
	}
	// The site is written beside out, then put in its place: a host
	// serving out meanwhile serves the old site or the new one, never a
	// half-written one.
	parent := filepath.Dir(filepath.Clean(s.Out))
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return "", err
	}
	staged, err := os.MkdirTemp(parent, "."+filepath.Base(s.Out)+"-new-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(staged)
	if err := s.write(staged, h, ocr); err != nil {
		return "", err
	}
	return version, swapIn(staged, s.Out)
}

// write writes the site into dir; ocr are the screenshot reader's files.
func (s Config) write(dir string, h *app.Handler, ocr map[string][]byte) error {
	if err := os.Chmod(dir, 0o755); err != nil {
		return err
	}
	if err := app.GenerateStaticWebsite(dir, h); err != nil {
		return fmt.Errorf("generating %s: %w", s.Out, err)
	}
	if err := copyTree(s.Web, filepath.Join(dir, "web")); err != nil {
		return err
	}
	if err := s.writeOCR(dir, ocr); err != nil {
		return err
	}
	if err := canonicalizeHTMLFiles(dir); err != nil {
		return err
	}
	if err := writeCodePages(dir, h, s.Codes); err != nil {
		return err
	}
	if err := openGraph(dir, s.URL); err != nil {
		return err
	}
	if err := scopeManifest(dir, h.Resources.Resolve("/")); err != nil {
		return err
	}
	if !s.StockWorker {
		if err := patchAppJS(dir); err != nil {
			return err
		}
	}
	if err := PrecompressCached(filepath.Join(dir, "web", "app.wasm"), s.Brotli, s.Cache); err != nil {
		return err
	}
	return writeHostConfig(dir, h.Resources.Resolve("/"))
}

// swapIn puts the folder staged in place of out, removing the old out.
func swapIn(staged, out string) error {
	old := staged + "-old"
	if err := os.Rename(out, old); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	if err := os.Rename(staged, out); err != nil {
		return err
	}
	return os.RemoveAll(old)
}

// cacheable returns the site paths of the web folder's files, leaving out
// precompressed copies (a host sends them in place of the file itself) and
// the screenshot reader, which the worker keeps once used (ocrworker.go).
func cacheable(webFiles []string) []string {
	var paths []string
	for _, f := range webFiles {
		if ext := path.Ext(f); ext != ".gz" && ext != ".br" && !strings.HasPrefix(f, ocrFolder+"/") {
			paths = append(paths, "/web/"+f)
		}
	}
	return paths
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

// checkOut refuses an output folder that holds anything but a previous
// site, which the new one replaces whole, so no stale file survives.
func checkOut(out string) error {
	entries, err := os.ReadDir(out)
	switch {
	case errors.Is(err, fs.ErrNotExist), err == nil && len(entries) == 0:
		return nil
	case err != nil:
		return err
	}
	for _, marker := range []string{"index.html", "app-worker.js", "manifest.webmanifest"} {
		if _, err := os.Stat(filepath.Join(out, marker)); err != nil {
			return fmt.Errorf("%s is not empty and holds no generated site (no %s); choose another --out", out, marker)
		}
	}
	return nil
}
