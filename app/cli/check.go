package cli

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"time"

	"proxycert/app/tlscheck"
	"proxycert/decoder/cert"
	"proxycert/messages"
)

// checkArgs are the parsed options of the check command.
type checkArgs struct {
	target     tlscheck.Target
	name       string // the name to check the certificate for; "" for the host connected to
	msstd      string
	at         time.Time
	json       bool
	lang       string
	langChosen bool // lang was chosen, so the link carries it
	base       string
	checker    tlscheck.Checker
}

// runCheck connects to the server, reads the chain it presents and prints
// the code Outlook would show with the evidence for each flag (see
// docs/check.md). It exits 0 when Outlook would accept the certificate, 1
// when it would not (statusFlagsSet), 2 when the command line was wrong, 3
// when no certificate could be read; the reason is on standard error.
func runCheck(c *cli, args []string) int {
	a, code, ok := c.checkArgs(args)
	if !ok {
		return code
	}
	cat := messages.For(a.lang)
	res, err := a.checker.Check(context.Background(), a.target, a.name)
	if err != nil {
		var ce *tlscheck.ConnError
		if errors.As(err, &ce) {
			fmt.Fprintf(c.stderr, "proxycert check: %s\n", ce.Text(cat))
		} else {
			fmt.Fprintf(c.stderr, "proxycert check: %s: %v\n", a.target.Addr(), err)
		}
		return statusFailed
	}
	rep := cert.Observe(res.Certs, cert.Options{Server: res.Name, Msstd: a.msstd, At: a.at}, res.Observed)
	p := newPrediction(res, rep, a, cat)
	if a.json {
		err = p.writeJSON(c.stdout)
	} else {
		err = p.writeText(c.stdout)
	}
	if err != nil {
		fmt.Fprintf(c.stderr, "proxycert check: writing the answer: %v\n", err)
		return statusFailed
	}
	if p.code != 0 || p.principalFails() {
		return statusFlagsSet
	}
	return statusOK
}

// checkArgs parses the command line. When ok is false the command must
// return code at once: a usage error (or -h) has been reported.
func (c *cli) checkArgs(args []string) (a checkArgs, code int, ok bool) {
	set := c.flags("check")
	name := set.String("name", "", "check the certificate for NAME, the name Outlook connects to, when HOST is an IP address or one node behind a load balancer")
	msstd := set.String("msstd", "", "the principal name from Exchange Proxy Settings, e.g. msstd:mail.contoso.com")
	roots := set.String("roots", "", "trust the root certificates in FILE (PEM, DER or .p7b) instead of the system's")
	proxy := set.String("proxy", "", "connect through this HTTP proxy with CONNECT (default $HTTPS_PROXY, unless $NO_PROXY names HOST)")
	at := set.String("at", "", "check the dates against TIME, RFC 3339 or 2006-01-02 (default now)")
	timeout := set.Duration("timeout", tlscheck.DefaultTimeout, "how long the connection, and then the revocation fetches together, may take")
	asJSON := set.Bool("json", false, "print one JSON object instead of text")
	lang := langFlag(set)
	flags, rest := splitArgs(set, args)
	if err := set.Parse(flags); err != nil {
		return a, parseStatus(err), false
	}
	usage := func(format string, args ...any) (checkArgs, int, bool) {
		return a, c.usageError("check", format, args...), false
	}
	var err error
	if a.lang, a.langChosen, err = c.outputLang(*lang); err != nil {
		return usage("%v", err)
	}
	switch len(rest) {
	case 0:
		return usage("name the proxy server to connect to, as in mail.contoso.com or mail.contoso.com:443")
	case 1:
	default:
		return usage("one server at a time: got %s", strings.Join(rest, " "))
	}
	if a.target, err = tlscheck.ParseTarget(rest[0]); err != nil {
		return usage("%v", err)
	}
	if *name != "" {
		t, err := tlscheck.ParseTarget(*name)
		if err != nil {
			return usage("--name %v", err)
		}
		a.name = t.Host
	}
	if a.at, err = parseAt(*at); err != nil {
		return usage("--at %q: want a time such as 2026-05-01 or 2026-05-01T09:00:00+09:00", *at)
	}
	if *timeout <= 0 {
		return usage("--timeout %v: want a duration above zero, such as 10s or 1m", *timeout)
	}
	if a.base, err = c.pageBase(""); err != nil {
		return usage("%v", err)
	}
	a.checker = tlscheck.Checker{Timeout: *timeout, Getenv: c.getenv, At: a.at}
	if *proxy != "" {
		if a.checker.Proxy, err = tlscheck.ParseProxy(*proxy); err != nil {
			return usage("--proxy %q: %v", *proxy, err)
		}
	}
	if *roots != "" {
		certs, err := c.readCertificates(*roots)
		if err != nil {
			fmt.Fprintf(c.stderr, "proxycert check: --roots %s: %s\n", displayName(*roots), certError(err, messages.For(a.lang)))
			if errors.As(err, new(*fs.PathError)) {
				return a, statusFailed, false
			}
			return a, statusUsage, false
		}
		a.checker.Roots, a.checker.Store = certs, "--roots "+displayName(*roots)
	}
	a.msstd, a.json = *msstd, *asJSON
	return a, statusOK, true
}
