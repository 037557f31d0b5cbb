// Package cli is proxycert's command line: decode a dialog or code, open
// the page's answer, write a ticket note, check a certificate, and
// generate or serve the page's static site. Commands are listed in one
// table (commands), run in-process against the streams and seams of a
// cli value, and end with one of the exit statuses below.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"time"

	"proxycert/decoder"
)

// command is one subcommand: its name, its usage after the name, one line
// for the help, and what it does.
type command struct {
	name    string
	args    string // usage after the name, e.g. "[--json] [TEXT|-]"
	summary string // one line for the help
	run     func(c *cli, args []string) int
}

// commands lists every command, in the order the help shows them. It is a
// function, not a variable, because the commands' own code reads it (for
// their usage lines).
func commands() []command {
	return []command{
		{"decode", "[--json | --jsonl] [--lang " + langList("|") + "] [TEXT|-]",
			"explain the dialog or code given as TEXT or on standard input; --jsonl: one JSON object per line in and out", runDecode},
		{"open", "[--base URL] [--lang " + langList("|") + "] [TEXT|-]",
			"open the page's answer for TEXT or standard input in the browser", runOpen},
		{"note", "[--kind work|customer] [--full] [--format text|markdown|jira] [--lang " + langList("|") + "] [--base URL] [TEXT|-]",
			"write a ticket note for TEXT or standard input: an internal work note (short, or --full) or a customer comment", runNote},
		{"cert", "--server HOST [--msstd NAME] [--at TIME] [--code CODE] [--json] [--lang " + langList("|") + "] FILE...",
			"check the proxy's certificate (PEM, base64, DER or .p7b; - for standard input) against the dialog", runCert},
		{"check", "[--json] [--lang " + langList("|") + "] [--name NAME] [--msstd NAME] [--roots FILE] [--proxy URL] [--at TIME] [--timeout DURATION] HOST[:PORT]", "connect to HOST from this network, read the certificate it presents and say which code Outlook would show", runCheck},
		{"serve", "[--addr 127.0.0.1:8080] [--dir dist] [--base /] [--cache no-cache] [--no-open] [--log]",
			"serve the generated site like a static host, and open it in the browser", runServe},
		{"generate", "[--out dist] [--web web] [--base /] [--url URL] [--brotli 11] [--cache DIR]",
			"write the static site (pre-rendered page, app.wasm, icons) into a folder", runGenerate},
		{"version", "", "print this build's version (also --version)", runVersion},
	}
}

func lookup(name string) (command, bool) {
	for _, c := range commands() {
		if c.name == name {
			return c, true
		}
	}
	return command{}, false
}

// cli is what a command may touch: its streams, its environment, and the
// seams tests replace, so that tests run commands in-process.
type cli struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string

	// openURL opens an address in the default browser; tests record it
	// instead, so that they never start one.
	openURL func(addr string) error
	// browserWait is how long openURL waits for the browser launcher.
	// Some launchers run the browser in the foreground and return only
	// when it closes; still running after this long means the browser is
	// up.
	browserWait time.Duration
	// serveReady, when set, gets the page's address and the server once
	// serve listens; tests use it to stop serve.
	serveReady func(addr string, srv *http.Server)
	// codes, when set, are the only codes generate writes a static page
	// for (site.Config.Codes): each is a whole render, and tests of the
	// command's flags need a few.
	codes []uint32
}

// Exit statuses, shared by all commands.
const (
	statusOK            = 0 // done: the input was recognised, the site written, the server stopped cleanly
	statusNotRecognized = 1 // the input was read, but nothing in it is this error (the explanation still printed)
	statusFlagsSet      = 1 // check: Outlook would refuse the server's certificate (some flag would be set)
	statusUsage         = 2 // the command line itself was wrong
	statusFailed        = 3 // the work could not be done: a file unreadable, a port taken, a write failed
)

// Main runs the command line with the process's streams and environment
// and returns the exit status.
func Main(args []string) int {
	c := &cli{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv, browserWait: 5 * time.Second}
	c.openURL = c.openInBrowser
	return c.main(args)
}

func (c *cli) main(args []string) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		c.usage(c.stdout)
		if len(args) == 0 {
			return statusUsage
		}
		return statusOK
	}
	if args[0] == "--version" || args[0] == "-version" {
		args[0] = "version"
	}
	cmd, ok := lookup(args[0])
	if !ok && readsAsInput(args) {
		// "proxycert 0x18" or a pasted dialog without the command: what
		// else could it mean.
		cmd, ok = lookup("decode")
		args = append([]string{"decode"}, args...)
	}
	if !ok {
		fmt.Fprintf(c.stderr, "proxycert: unknown command %q\n\n", args[0])
		c.usage(c.stderr)
		return statusUsage
	}
	return cmd.run(c, args[1:])
}

// readsAsInput reports whether arguments that name no command are input to
// decode: a code (or another family's) in the first argument or in all of
// them, or the dialog itself. A mistyped command stays an error, even with
// a code after it ("decod 0x18", "opne 0x18"): the user meant a command.
func readsAsInput(args []string) bool {
	if strings.HasPrefix(args[0], "-") {
		return false
	}
	first, all := decoder.Parse(args[0]), strings.Join(args, " ")
	if _, err := decoder.ParseCode(all); err == nil || first.HasCode || first.OtherFamily != "" {
		return true
	}
	r := decoder.Parse(all)
	return r.Recognized && (r.Variant != 0 || r.Language != "") || r.NearMiss != ""
}

func (c *cli) usage(w io.Writer) {
	fmt.Fprintln(w, "proxycert decodes Outlook's \"problem with the proxy server's security certificate\" dialog.")
	fmt.Fprintln(w, "\nUsage:")
	for _, cmd := range commands() {
		fmt.Fprintf(w, "  %s\n      %s\n", strings.TrimSpace("proxycert "+cmd.name+" "+cmd.args), cmd.summary)
	}
	fmt.Fprintln(w, "  proxycert CODE|TEXT\n      the same as proxycert decode CODE|TEXT")
}

// parseStatus is the exit status after the flag package refused a command
// line and said why: -h and --help asked for the usage, which is no error.
func parseStatus(err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return statusOK
	}
	return statusUsage
}

// usageError reports what is wrong with a command line, then the
// command's usage line, and returns statusUsage.
func (c *cli) usageError(name, format string, args ...any) int {
	fmt.Fprintf(c.stderr, "proxycert "+name+": "+format+"\n", args...)
	if cmd, ok := lookup(name); ok {
		fmt.Fprintf(c.stderr, "Usage: proxycert %s %s\n", name, cmd.args)
	}
	return statusUsage
}

// flags returns a flag set for a command that reports usage errors on the
// command's stderr instead of exiting.
func (c *cli) flags(cmd string) *flag.FlagSet {
	fs := flag.NewFlagSet("proxycert "+cmd, flag.ContinueOnError)
	fs.SetOutput(c.stderr)
	if cmdInfo, ok := lookup(cmd); ok {
		fs.Usage = func() {
			fmt.Fprintf(c.stderr, "Usage: proxycert %s %s\n", cmd, cmdInfo.args)
			fs.PrintDefaults()
		}
	}
	return fs
}

// input returns the text a command works on: its arguments joined by
// spaces, or standard input when there are none or the only one is "-".
func (c *cli) input(args []string) (string, error) {
	if len(args) == 0 || (len(args) == 1 && args[0] == "-") {
		// Twice the limit holds the limit's worth of UTF-16 (see
		// inputText), and a text past the limit still gets the decoder's
		// warning that the rest was left out, without reading an endless
		// stream.
		const limit = 2*decoder.MaxInput + 2
		b, err := io.ReadAll(io.LimitReader(c.stdin, limit))
		if err != nil {
			return "", fmt.Errorf("reading standard input: %w", err)
		}
		return inputText(b, len(b) == limit), nil
	}
	return strings.Join(args, " "), nil
}
