//go:build !wasm

package main

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"proxycert/messages"
)

func init() {
	register(command{
		name:    "serve",
		args:    "[--addr 127.0.0.1:8080] [--dir dist] [--cache no-cache] [--no-open]",
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
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(c.stderr, "proxycert serve: %v\n", err)
		return exitUsage
	}
	srv := &http.Server{
		Handler:           newStaticHost(*dir, *cache),
		ReadHeaderTimeout: 10 * time.Second,
	}
	url := "http://" + ln.Addr().String() + "/"
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
