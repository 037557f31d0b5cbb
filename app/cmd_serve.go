//go:build !wasm

package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"proxycert/messages"
)

func init() {
	register(command{
		name:    "serve",
		args:    "[--addr 127.0.0.1:8080] [--dir dist] [--base /] [--cache no-cache] [--no-open]",
		summary: "serve the generated site like a static host, and open it in the browser",
		run:     runServe,
	})
}

// serveReady, when set, gets the page's address and the server once serve
// listens; tests use it to run serve in-process and stop it.
var serveReady func(addr string, srv *http.Server)

func runServe(c *cli, args []string) int {
	fs := c.flags("serve")
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	dir := fs.String("dir", "dist", "the generated site (./build.sh build writes it)")
	base := fs.String("base", "", "path to serve the site under (default: the --base it was generated with)")
	cache := fs.String("cache", "no-cache", "Cache-Control header for every answer (\"\" for none)")
	noOpen := fs.Bool("no-open", false, "do not open the browser")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(c.stderr, "proxycert serve: unexpected argument %q\n", fs.Arg(0))
		return exitUsage
	}
	if _, err := os.Stat(filepath.Join(*dir, "index.html")); err != nil {
		fmt.Fprintf(c.stderr, "proxycert serve: %s holds no site (no index.html); run ./build.sh build first\n", *dir)
		return exitNotFound
	}
	if *base == "" {
		*base = generatedBase(*dir)
	}
	host := newStaticHost(*dir, *cache)
	var err error
	if host.base, err = cleanBase(*base); err != nil {
		fmt.Fprintf(c.stderr, "proxycert serve: %v\n", err)
		return exitUsage
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(c.stderr, "proxycert serve: %v\n", err)
		return exitUsage
	}
	srv := &http.Server{
		Handler:           host,
		ReadHeaderTimeout: 10 * time.Second,
	}
	url := "http://" + ln.Addr().String() + host.base
	fmt.Fprintf(c.stdout, "proxycert: serving %s at %s (Ctrl+C stops)\n", *dir, url)
	browserDone := make(chan struct{})
	if *noOpen {
		close(browserDone)
	} else {
		// The page is served already: the listener queues the browser's
		// first request until Serve runs just below. Without a browser,
		// say so and keep serving.
		go func() {
			defer close(browserDone)
			if err := openDeepLink(url); err != nil {
				lang, _, _ := c.outputLang("")
				fmt.Fprintf(c.stderr, "proxycert serve: %v\n%s\n  %s\n", err, messages.For(lang).T(messages.UINoBrowser), url)
			}
		}()
	}
	defer func() { <-browserDone }()
	if serveReady != nil {
		serveReady(url, srv)
	}
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintf(c.stderr, "proxycert serve: %v\n", err)
		return exitNotFound
	}
	return exitOK
}

// generatedBase returns the base path a site was generated for, read from
// its web manifest (the start page), or "/" when that cannot be read.
func generatedBase(dir string) string {
	var manifest struct {
		StartURL string `json:"start_url"`
	}
	b, err := os.ReadFile(filepath.Join(dir, "manifest.webmanifest"))
	if err != nil || json.Unmarshal(b, &manifest) != nil || !strings.HasPrefix(manifest.StartURL, "/") {
		return "/"
	}
	return manifest.StartURL
}
