//go:build !wasm

package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"proxycert/decoder"
)

// command is one subcommand of the host binary. Each lives in its own
// cmd_<name>.go file and adds itself to commands from an init function, so
// the page's commands (serve, generate) and the decoder's (decode, open)
// stay apart.
type command struct {
	name    string
	args    string // usage after the name, e.g. "[--json] [TEXT|-]"
	summary string // one line for the help
	run     func(cli *cli, args []string) int
}

var commands = map[string]command{}

func register(c command) { commands[c.name] = c }

// cli is what a command may touch, so tests can run commands in-process.
type cli struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
}

// Exit codes shared by all commands.
const (
	exitOK       = 0 // something was done or decoded
	exitNotFound = 1 // the input was read but nothing was recognised
	exitUsage    = 2 // the command line itself was wrong
)

func hostMain(args []string) int {
	return (&cli{os.Stdin, os.Stdout, os.Stderr, os.Getenv}).main(args)
}

func (c *cli) main(args []string) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		c.usage(c.stdout)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	if args[0] == "--version" || args[0] == "-version" {
		args[0] = "version"
	}
	cmd, ok := commands[args[0]]
	if !ok && readsAsInput(args) {
		// "proxycert 0x18" or a pasted dialog without the command: what
		// else could it mean.
		cmd, ok = commands["decode"], true
		args = append([]string{"decode"}, args...)
	}
	if !ok {
		fmt.Fprintf(c.stderr, "proxycert: unknown command %q\n\n", args[0])
		c.usage(c.stderr)
		return exitUsage
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
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Fprintln(w, "proxycert decodes Outlook's \"problem with the proxy server's security certificate\" dialog.")
	fmt.Fprintln(w, "\nUsage:")
	for _, n := range names {
		fmt.Fprintf(w, "  proxycert %s %s\n      %s\n", n, commands[n].args, commands[n].summary)
	}
	fmt.Fprintln(w, "  proxycert CODE|TEXT\n      the same as proxycert decode CODE|TEXT")
}

// flags returns a flag set for a command that reports usage errors on the
// command's stderr instead of exiting.
func (c *cli) flags(cmd string) *flag.FlagSet {
	fs := flag.NewFlagSet("proxycert "+cmd, flag.ContinueOnError)
	fs.SetOutput(c.stderr)
	if cmdInfo, ok := commands[cmd]; ok {
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
