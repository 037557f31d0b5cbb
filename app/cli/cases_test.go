package cli

import (
	"encoding/json"
	"errors"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"proxycert/messages"
)

// cliCase is one run of the command line read from testdata/*.json.
// Expected texts may name catalog entries instead of spelling them out, so
// that the fixtures hold in both languages and follow the catalog:
// {ui:UIReading} (a messages.Key by its constant's name),
// {flag:0x8:title}, {who:helpdesk}, {res:1}, {family:ID}, {nearmiss:ID},
// {zero}; "@en" or "@ja" after the kind picks a catalog other than the
// case's own (lang, English by default). Texts are compared with all
// white space removed, as the answer is wrapped to the terminal.
type cliCase struct {
	Name      string            `json:"name"`
	Args      []string          `json:"args"`
	Stdin     string            `json:"stdin"`
	StdinFile string            `json:"stdinFile"` // a file beside the cases; wins over Stdin
	Env       map[string]string `json:"env"`
	Lang      string            `json:"lang"` // the language the output must be in
	Exit      int               `json:"exit"`

	Stdout      []string `json:"stdout"`      // each must appear
	StdoutOrder []string `json:"stdoutOrder"` // must appear in this order
	NotStdout   []string `json:"notStdout"`
	Stderr      []string `json:"stderr"`
	NotStderr   []string `json:"notStderr"`
	StdoutEmpty bool     `json:"stdoutEmpty"`
	StderrEmpty bool     `json:"stderrEmpty"`
	Err         string   `json:"err"` // a messages.Err* id whose text must be on stderr

	// decode --json
	JSON      map[string]any `json:"json"`      // fields that must have these values
	FlagNames []string       `json:"flagNames"` // the flags' names, in order
	Warnings  []string       `json:"warnings"`  // warning ids that must be present

	// open
	URL       string `json:"url"`       // the address printed and opened
	NoBrowser bool   `json:"noBrowser"` // the browser cannot be opened
}

func loadCases(t *testing.T, file string) []cliCase {
	t.Helper()
	var cases []cliCase
	if err := json.Unmarshal([]byte(readFixture(t, file)), &cases); err != nil {
		t.Fatalf("%s: %v", filepath.Join("testdata", file), err)
	}
	if len(cases) == 0 {
		t.Fatalf("%s holds no case", file)
	}
	return cases
}

func (tc cliCase) check(t *testing.T) {
	stdin := tc.Stdin
	if tc.StdinFile != "" {
		stdin = readFixture(t, tc.StdinFile)
	}
	c := newTestCLI(strings.NewReader(stdin), tc.Env)
	if tc.NoBrowser {
		c.openErr = errors.New("no display")
	}
	code, out, errOut := c.run(tc.Args...)
	opened := c.opened
	if code != tc.Exit {
		t.Errorf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tc.Exit, out, errOut)
	}
	lang := tc.Lang
	if lang == "" {
		lang = "en"
	}
	tc.checkText(t, "stdout", out, tc.Stdout, tc.NotStdout, tc.StdoutEmpty, lang)
	tc.checkText(t, "stderr", errOut, tc.Stderr, tc.NotStderr, tc.StderrEmpty, lang)
	if len(tc.StdoutOrder) > 0 {
		checkOrder(t, out, tc.StdoutOrder, lang)
	}
	if tc.Err != "" {
		checkTemplate(t, errOut, messages.For(lang).Errors[tc.Err], "error "+tc.Err)
	}
	if tc.JSON != nil || tc.FlagNames != nil || tc.Warnings != nil {
		tc.checkJSON(t, out, lang)
	}
	if tc.URL != "" {
		if out != tc.URL+"\n" {
			t.Errorf("stdout = %q, want the address %q", out, tc.URL)
		}
		if !reflect.DeepEqual(opened, []string{tc.URL}) {
			t.Errorf("opened %q, want %q once", opened, tc.URL)
		}
	} else if code == statusUsage && len(opened) > 0 {
		t.Errorf("opened %q after a usage error", opened)
	}
}

func (tc cliCase) checkText(t *testing.T, name, got string, want, notWant []string, empty bool, lang string) {
	t.Helper()
	if empty && got != "" {
		t.Errorf("%s = %q, want nothing", name, got)
	}
	flat := squash(got)
	for _, w := range want {
		if s := expand(t, w, lang); !strings.Contains(flat, squash(s)) {
			t.Errorf("%s lacks %q (%q):\n%s", name, w, s, got)
		}
	}
	for _, w := range notWant {
		if s := expand(t, w, lang); strings.Contains(flat, squash(s)) {
			t.Errorf("%s holds %q (%q):\n%s", name, w, s, got)
		}
	}
}

func checkOrder(t *testing.T, got string, order []string, lang string) {
	t.Helper()
	rest := squash(got)
	for _, w := range order {
		i := strings.Index(rest, squash(expand(t, w, lang)))
		if i < 0 {
			t.Errorf("%q missing or out of order in:\n%s", w, got)
			return
		}
		rest = rest[i:]
	}
}

// checkTemplate checks that got holds a catalog text whose placeholders
// were filled: every literal piece between placeholders, in order.
func checkTemplate(t *testing.T, got, template, what string) {
	t.Helper()
	if template == "" {
		t.Errorf("the catalog has no text for %s", what)
		return
	}
	rest := squash(got)
	for _, piece := range placeholder.Split(template, -1) {
		piece = squash(piece)
		i := strings.Index(rest, piece)
		if i < 0 {
			t.Errorf("%s: %q lacks %q of %q", what, got, piece, template)
			return
		}
		rest = rest[i+len(piece):]
	}
}

var placeholder = regexp.MustCompile(`\{[a-z]+\}`)

func (tc cliCase) checkJSON(t *testing.T, out, lang string) {
	t.Helper()
	obj := decodeOne(t, out)
	checkKeys(t, tc.Name, "", obj)
	for k, want := range tc.JSON {
		if got := obj[k]; !reflect.DeepEqual(got, want) {
			t.Errorf("%q = %#v, want %#v", k, got, want)
		}
	}
	if tc.FlagNames != nil {
		var names []string
		for _, f := range obj["flags"].([]any) {
			names = append(names, f.(map[string]any)["name"].(string))
		}
		if !reflect.DeepEqual(names, tc.FlagNames) {
			t.Errorf("flags %v, want %v", names, tc.FlagNames)
		}
	}
	ids := map[string]bool{}
	for _, w := range obj["warnings"].([]any) {
		w := w.(map[string]any)
		id, text := w["id"].(string), w["text"].(string)
		ids[id] = true
		checkTemplate(t, text, messages.For(lang).Warnings[id], "warning "+id)
	}
	for _, id := range tc.Warnings {
		if !ids[id] {
			t.Errorf("warnings %v lack %q", obj["warnings"], id)
		}
	}
}

var catalogRef = regexp.MustCompile(`\{(ui|flag|who|res|family|nearmiss|zero)(?:@([a-z]+))?(?::([^:}]+))?(?::([a-z]+))?\}`)

// expand replaces catalog references with their texts; a reference to a
// missing or empty text fails the test, so that no check passes vacuously.
func expand(t *testing.T, s, lang string) string {
	t.Helper()
	return catalogRef.ReplaceAllStringFunc(s, func(ref string) string {
		m := catalogRef.FindStringSubmatch(ref)
		kind, key, field := m[1], m[3], m[4]
		c := messages.For(lang)
		if m[2] != "" {
			c = messages.For(m[2])
		}
		var text string
		switch kind {
		case "ui":
			text = c.UI[uiKey(key)]
		case "flag":
			f := c.Flags[flagValue(t, key)]
			text = map[string]string{"title": f.Title, "meaning": f.Meaning}[field]
		case "who":
			text = c.Who[messages.Who(key)]
		case "res":
			text = c.Resolutions[int(flagValue(t, key))].Title
		case "family":
			text = c.Families[key].Title
		case "nearmiss":
			text = c.NearMisses[key].Title
		case "zero":
			text = c.ZeroCode.Title
		}
		if text == "" {
			t.Errorf("%s: the %s catalog has no text", ref, c.Lang)
		}
		return text
	})
}

// uiKey returns the Key named name, or the zero Key, which has no text.
func uiKey(name string) messages.Key {
	for k := range messages.For("en").UI {
		if k.String() == name {
			return k
		}
	}
	return 0
}

func flagValue(t *testing.T, s string) uint32 {
	v, err := strconv.ParseUint(s, 0, 32)
	if err != nil {
		t.Fatalf("bad number %q in a catalog reference", s)
	}
	return uint32(v)
}

// squash removes all white space, so that wrapped text still matches.
func squash(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}
