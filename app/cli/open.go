package cli

import (
	"errors"
	"flag"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"strings"
	"time"

	"github.com/pkg/browser"

	"proxycert/decoder"
	"proxycert/messages"
)

// defaultPageURL is where `proxycert serve` serves the page.
const defaultPageURL = "http://127.0.0.1:8080/"

// runOpen prints the page's deep link for the input (decoder.ShareLink, the
// page's own link) and opens it; lang= is added when the language was
// chosen with --lang or $PROXYCERT_LANG. It exits 0 even when no browser
// could be opened, as the printed address is the answer then.
func runOpen(c *cli, args []string) int {
	fs := c.flags("open")
	baseValue := baseFlag(fs)
	lang := langFlag(fs)
	in, code, ok := c.start(fs, args, lang)
	if !ok {
		return code
	}
	base, err := c.pageBase(*baseValue)
	if err != nil {
		fmt.Fprintf(c.stderr, "proxycert open: %v\n", err)
		return statusUsage
	}
	linkLang := ""
	if in.explicit {
		linkLang = in.lang
	}
	addr, _ := decoder.ShareLink(base, decoder.Parse(in.text), in.text, linkLang)
	fmt.Fprintln(c.stdout, addr)
	if err := c.openURL(addr); err != nil {
		c.noBrowser("open", err, in.lang, addr)
	}
	return statusOK
}

// noBrowser says that no browser could be opened on addr and that the
// address can be opened by hand. A launcher that ran and failed (xdg-open
// without a desktop exits 3) has nothing to add; a missing one is worth
// naming.
func (c *cli) noBrowser(cmd string, err error, lang, addr string) {
	if !errors.As(err, new(*exec.ExitError)) {
		fmt.Fprintf(c.stderr, "proxycert %s: %v\n", cmd, err)
	}
	fmt.Fprintf(c.stderr, "%s\n  %s\n", messages.For(lang).T(messages.UINoBrowser), addr)
}

// baseFlag defines the --base flag shared by open and note.
func baseFlag(fs *flag.FlagSet) *string {
	return fs.String("base", "", "the page's address (default $PROXYCERT_URL, else "+defaultPageURL+")")
}

// pageBase returns the page address links are built on: the --base value,
// else $PROXYCERT_URL, else the local server's address.
func (c *cli) pageBase(flagValue string) (string, error) {
	source, value := "--base", flagValue
	if value == "" {
		source, value = "PROXYCERT_URL", c.getenv("PROXYCERT_URL")
	}
	if value == "" {
		return defaultPageURL, nil
	}
	base, err := checkBase(value)
	if err != nil {
		return "", fmt.Errorf("%s %q: %v", source, value, err)
	}
	return base, nil
}

// checkBase accepts an absolute http or https address and drops any
// fragment, which the link's parameters replace.
func checkBase(s string) (string, error) {
	s = strings.TrimSpace(s)
	scheme, _, found := strings.Cut(s, "://")
	if scheme = strings.ToLower(scheme); !found || scheme != "http" && scheme != "https" {
		return "", errors.New("the address must start with http:// or https://")
	}
	u, err := url.Parse(s)
	if err != nil {
		var uerr *url.Error
		if errors.As(err, &uerr) {
			err = uerr.Err
		}
		return "", fmt.Errorf("not a web address: %v", err)
	}
	if u.Hostname() == "" {
		return "", errors.New("the address names no host, as in http://127.0.0.1:8080/")
	}
	u.Fragment, u.RawFragment = "", ""
	if u.Path == "" {
		u.Path = "/"
	}
	return u.String(), nil
}

// openInBrowser starts the default browser on addr. The launcher's output
// goes to the null device, not to our standard output, which holds the
// address for scripts; being a file, the null device is handed to the
// launcher directly, so no copying ties us to a browser that keeps running.
func (c *cli) openInBrowser(addr string) error {
	null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	browser.Stdout, browser.Stderr = null, null
	done := make(chan error, 1)
	go func() {
		done <- browser.OpenURL(addr)
		null.Close()
	}()
	select {
	case err := <-done:
		return err
	case <-time.After(c.browserWait):
		return nil
	}
}
