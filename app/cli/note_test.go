package cli

import (
	"strings"
	"testing"

	"proxycert/app/note"
	"proxycert/decoder"
	"proxycert/messages"
)

func TestNoteCases(t *testing.T) {
	for _, tc := range loadCases(t, "note.json") {
		t.Run(tc.Name, func(t *testing.T) { tc.check(t) })
	}
}

// TestNoteIsCompose: the command prints exactly what the page's composer
// writes, for every kind and format, with the version and base it was given.
func TestNoteIsCompose(t *testing.T) {
	in := readFixture(t, "ja_seed_msg2.txt")
	for _, k := range note.Kinds() {
		for _, f := range note.Formats() {
			for _, full := range []bool{false, true} {
				args := []string{"note", "--kind", string(k), "--format", string(f), "--lang", "ja", "-"}
				if full {
					args = append(args[:1:1], append([]string{"--full"}, args[1:]...)...)
				}
				code, out, errOut := runCLI(args, strings.NewReader(in), map[string]string{"PROXYCERT_URL": "https://tools.contoso.com/proxycert/"})
				// --lang chose the language, so the link names it.
				want := note.Compose(decoder.Parse(in), in, messages.For("ja"), note.Options{
					Kind: k, Format: f, Full: full, Base: "https://tools.contoso.com/proxycert/", Version: buildVersion(), LinkLang: "ja"})
				if code != statusOK || out != want {
					t.Errorf("%q: exit %d, stderr %q, output differs from note.Compose:\n%s", args, code, errOut, out)
				}
			}
		}
	}
}

// mustNotRead fails the test when a command reads standard input.
type mustNotRead struct{ t *testing.T }

func (r mustNotRead) Read([]byte) (int, error) {
	r.t.Error("standard input was read before the flags were checked")
	return 0, nil
}

// TestNoteChecksFlagsFirst: a bad flag is reported without waiting for
// standard input, which may be a terminal.
func TestNoteChecksFlagsFirst(t *testing.T) {
	for _, args := range [][]string{
		{"note", "--kind", "x"}, {"note", "--format", "x", "-"}, {"note", "--base", "nope"}, {"note", "--lang", "xx"},
	} {
		var out, errOut strings.Builder
		c := &cli{stdin: mustNotRead{t}, stdout: &out, stderr: &errOut, getenv: func(string) string { return "" }}
		if code := c.main(args); code != statusUsage {
			t.Errorf("%v: exit %d, want %d", args, code, statusUsage)
		}
	}
}

func TestBuildVersion(t *testing.T) {
	defer func(v string) { version = v }(version)
	version = "v1.2.0"
	if got := buildVersion(); got != "v1.2.0" {
		t.Errorf("buildVersion() = %q with version set, want it", got)
	}
	version = ""
	if got := buildVersion(); got == "" || strings.ContainsAny(got, " \n") {
		t.Errorf("buildVersion() = %q without version, want a word", got)
	}
}
