package cli

import (
	"errors"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"proxycert/messages"
)

var update = flag.Bool("update", false, "rewrite testdata/golden from the output of TestGolden")

// goldenCase is one run of the command line whose printed output is
// pinned byte for byte: standard output in testdata/golden/<name>.txt,
// standard error in <name>.stderr.txt. A stream without a file must stay
// empty.
type goldenCase struct {
	name  string
	args  []string
	stdin string // a fixture in testdata, read as standard input; "" for none
	exit  int    // the exit status; anyExit leaves it unchecked
}

// anyExit marks a golden case whose exit status is not the point.
const anyExit = -1

// TestGolden runs the command line for every golden case and compares
// what it prints with testdata/golden. After a change to the catalogs, to
// answertext.go or to a command's flags, rewrite the files with
//
//	go test ./app/cli -run Golden -update
//
// read their diff, and commit them with the change. A file no case writes
// is an error, and -update removes it.
func TestGolden(t *testing.T) {
	dir := filepath.Join("testdata", "golden")
	written := map[string]bool{}
	for _, tc := range slices.Concat(decodeGoldenCases(), usageGoldenCases(), certGoldenCases()) {
		out, errOut := tc.name+".txt", tc.name+".stderr.txt"
		written[out], written[errOut] = true, true
		t.Run(tc.name, func(t *testing.T) {
			var stdin string
			if tc.stdin != "" {
				stdin = readFixture(t, tc.stdin)
			}
			code, stdout, stderr := runCLI(tc.args, strings.NewReader(stdin), nil)
			if code != tc.exit && tc.exit != anyExit {
				t.Errorf("%v: exit %d, want %d", tc.args, code, tc.exit)
			}
			checkGolden(t, filepath.Join(dir, out), stdout)
			checkGolden(t, filepath.Join(dir, errOut), stderr)
		})
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if written[filepath.Base(f)] {
			continue
		}
		if *update {
			if err := os.Remove(f); err != nil {
				t.Error(err)
			}
		} else {
			t.Errorf("%s belongs to no golden case (-update removes it)", f)
		}
	}
}

// decodeGoldenCases are decode's human answer, the wording, wrapping and
// indentation people read, in every language, for dialogs as they are
// pasted (the fixtures), a bare code, another family's code, a code with
// bits no flag defines, and text that is no code at all.
func decodeGoldenCases() []goldenCase {
	var cases []goldenCase
	for _, lang := range messages.Languages() {
		for _, f := range []struct {
			name, fixture string
			exit          int
		}{
			{"en_msg2_ctrlc", "en_msg2_ctrlc.txt", statusOK},
			{"ja_seed_msg2", "ja_seed_msg2.txt", statusOK},
			{"ja_old_msg3", "ja_old_msg3.txt", statusOK},
			{"en_msg4_zero", "en_msg4_zero.txt", statusOK},
			{"en_security_alert", "en_security_alert.txt", statusNotRecognized},
		} {
			cases = append(cases, goldenCase{name: "decode_" + f.name + "." + lang,
				args: []string{"decode", "--lang", lang, "-"}, stdin: f.fixture, exit: f.exit})
		}
		for _, c := range []struct {
			name, text string
			exit       int
		}{
			{"code", "0x18", statusOK},
			{"hresult", "0x800B0109", statusNotRecognized},
			{"unknown_bits", "0x118", statusOK},
			{"hello", "hello", statusNotRecognized},
		} {
			cases = append(cases, goldenCase{name: "decode_" + c.name + "." + lang,
				args: []string{"decode", "--lang", lang, c.text}, exit: c.exit})
		}
	}
	return cases
}

// usageGoldenCases are the help: proxycert --help, proxycert alone (the
// same help, as a usage error), an unknown command, and each command's -h
// with its flags. The exit status of -h differs between commands and is
// not pinned here.
func usageGoldenCases() []goldenCase {
	cases := []goldenCase{
		{name: "help", args: []string{"--help"}, exit: statusOK},
		{name: "no_args", args: []string{}, exit: statusUsage},
		{name: "unknown_command", args: []string{"frobnicate"}, exit: statusUsage},
	}
	for _, cmd := range commands() {
		cases = append(cases, goldenCase{name: "help_" + cmd.name, args: []string{cmd.name, "-h"}, exit: anyExit})
	}
	return cases
}

// certGoldenCases are cert's human answer in every language, at fixed
// times, for a fixed chain: testdata/golden/cert/chain.pem holds a server
// certificate for mail.contoso.com and autodiscover.contoso.com, its
// issuing CA and the root, made once with decoder/cert/certtest (New at
// 2026-01-01 UTC, then Server), so that serial numbers and fingerprints
// stay put.
func certGoldenCases() []goldenCase {
	chain := filepath.Join("golden", "cert", "chain.pem")
	var cases []goldenCase
	for _, lang := range messages.Languages() {
		cases = append(cases,
			goldenCase{name: "cert_name." + lang, stdin: chain, exit: statusOK,
				args: []string{"cert", "--lang", lang, "--server", "srv.company.local", "--code", "0x18", "--at", "2026-05-01", "-"}},
			goldenCase{name: "cert_expired." + lang, stdin: chain, exit: statusOK,
				args: []string{"cert", "--lang", lang, "--server", "mail.contoso.com", "--msstd", "msstd:mail.contoso.com", "--at", "2027-06-01", "-"}},
		)
	}
	return cases
}

// checkGolden compares got with the golden file at path, where no file
// stands for no output; with -update it writes got there, or removes the
// file when got is empty.
func checkGolden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		var err error
		if got == "" {
			err = os.Remove(path)
			if errors.Is(err, fs.ErrNotExist) {
				err = nil
			}
		} else {
			err = os.WriteFile(path, []byte(got), 0o644)
		}
		if err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("%s differs (go test ./app/cli -run Golden -update rewrites it; review its diff):\n%s", path, lineDiff(string(want), got))
	}
}

// lineDiff shows the first lines where want and got part, with a few
// lines of context: enough to see what moved without a diff library.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	i := 0
	for i < len(w) && i < len(g) && w[i] == g[i] {
		i++
	}
	var b strings.Builder
	for k := max(i-2, 0); k < i; k++ {
		b.WriteString("  " + w[k] + "\n")
	}
	for k := i; k < min(i+5, len(w)); k++ {
		b.WriteString("- " + w[k] + "\n")
	}
	for k := i; k < min(i+5, len(g)); k++ {
		b.WriteString("+ " + g[k] + "\n")
	}
	return b.String()
}
