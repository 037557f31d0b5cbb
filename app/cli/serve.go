package cli

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"proxycert/app/site"
)

func runServe(c *cli, args []string) int {
	fs := c.flags("serve")
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	dir := fs.String("dir", "dist", "the generated site (./build.sh build writes it)")
	base := fs.String("base", "", "path to serve the site under (default: the --base it was generated with)")
	cache := fs.String("cache", "no-cache", "Cache-Control header for every answer (\"\" for none)")
	noOpen := fs.Bool("no-open", false, "do not open the browser")
	logRequests := fs.Bool("log", false, "print a line for every request: method, path, status, bytes sent, encoding")
	if err := fs.Parse(args); err != nil {
		return parseStatus(err)
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(c.stderr, "proxycert serve: unexpected argument %q\n", fs.Arg(0))
		return statusUsage
	}
	if _, err := os.Stat(filepath.Join(*dir, "index.html")); err != nil {
		fmt.Fprintf(c.stderr, "proxycert serve: %s holds no site (no index.html); run ./build.sh build first\n", *dir)
		return statusFailed
	}
	if *base == "" {
		*base = site.GeneratedBase(*dir)
	}
	host := site.NewHost(*dir, *cache)
	var err error
	if host.Base, err = site.CleanBase(*base); err != nil {
		fmt.Fprintf(c.stderr, "proxycert serve: %v\n", err)
		return statusUsage
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(c.stderr, "proxycert serve: %v\n", err)
		return statusFailed
	}
	var handler http.Handler = host
	if *logRequests {
		handler = accessLog(c.stdout, host)
	}
	srv := &http.Server{
		Handler:           handler,
		ReadHeaderTimeout: 10 * time.Second,
	}
	url := "http://" + ln.Addr().String() + host.Base
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
			if err := c.openURL(url); err != nil {
				lang, _, _ := c.outputLang("")
				c.noBrowser("serve", err, lang, url)
			}
		}()
	}
	defer func() { <-browserDone }()
	if c.serveReady != nil {
		c.serveReady(url, srv)
	}
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintf(c.stderr, "proxycert serve: %v\n", err)
		return statusFailed
	}
	return statusOK
}
