package cli

import (
	"fmt"

	"proxycert/app/site"
)

// runGenerate writes the static site (package site) for the routes main
// registered. It exits 0 when the site was written, 2 for usage errors, 3
// when writing failed.
func runGenerate(c *cli, args []string) int {
	fs := c.flags("generate")
	var s site.Config
	fs.StringVar(&s.Out, "out", "dist", "folder to write the site into")
	fs.StringVar(&s.Web, "web", "web", "folder with app.wasm, app.css and the icons")
	fs.StringVar(&s.Base, "base", "/", "path the site is served under, e.g. /proxycert/")
	fs.IntVar(&s.Brotli, "brotli", site.DefaultBrotli, "brotli quality of web/app.wasm.br, 0 (fast) to 11 (small)")
	fs.StringVar(&s.Cache, "cache", "", "folder where the compressed app.wasm is kept for the next build of the same wasm")
	fs.StringVar(&s.URL, "url", "", "the page's public address at --base, e.g. https://tools.contoso.com/proxycert/, for link previews (og:url, og:image; default $PROXYCERT_URL, else none)")
	fs.StringVar(&s.OCR, "ocr", "", "the screenshot reader's npm install (app/site/ocr, after npm ci --ignore-scripts) whose files go into web/ocr/; empty: none, the page cannot read pictures")
	if err := fs.Parse(args); err != nil {
		return parseStatus(err)
	}
	fromEnv := s.URL == "" && c.getenv("PROXYCERT_URL") != ""
	if fromEnv {
		s.URL = c.getenv("PROXYCERT_URL")
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(c.stderr, "proxycert generate: unexpected argument %q\n", fs.Arg(0))
		return statusUsage
	}
	s.Codes = c.codes
	if err := s.Check(); err != nil {
		fmt.Fprintf(c.stderr, "proxycert generate: %v\n", err)
		if fromEnv {
			fmt.Fprintln(c.stderr, "(--url came from $PROXYCERT_URL: set --url, or unset PROXYCERT_URL)")
		}
		return statusUsage
	}
	version, err := s.Generate()
	if err != nil {
		fmt.Fprintf(c.stderr, "proxycert generate: %v\n", err)
		return statusFailed
	}
	fmt.Fprintf(c.stdout, "%s: site version %s\n", s.Out, version)
	return statusOK
}
