package decoder_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"proxycert/decoder"
)

// A fixture file in testdata/*.txt holds cases like this:
//
//	# a comment
//	=== name of the case
//	lang: en
//	variant: 2
//	server: mail.contoso.com
//	code: 0x00000010
//	warnings: ambiguous-digits no-server
//	---
//	the input, any number of lines,
//	up to the next "===" line
//
// Every field of the reading is compared; a field left out means its zero
// value: no code, no warnings, no family. recognized defaults to true
// unless err, family or nearmiss is given. "input:" with a Go-quoted string
// replaces the block for inputs with invisible characters. The fields:
//
//	recognized lang variant server code codetext flags unknown alt warnings
//	family familyname familyflag nearmiss err errpos errinput
type fixture struct {
	file, name string
	line       int
	fields     map[string]string
	input      string
}

var fixtureFields = []string{"recognized", "lang", "variant", "server", "code", "codetext", "flags",
	"unknown", "alt", "warnings", "family", "familyname", "familyflag", "nearmiss", "err", "errpos",
	"errinput", "input"}

func loadFixtures(t testing.TB) []fixture {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures in testdata: %v", err)
	}
	var out []fixture
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, parseFixtures(t, filepath.Base(f), string(data))...)
	}
	return out
}

func parseFixtures(t testing.TB, file, data string) []fixture {
	var out []fixture
	var cur *fixture
	inInput := false
	var input []string
	flush := func() {
		if cur == nil {
			return
		}
		if _, ok := cur.fields["input"]; !ok {
			cur.input = strings.Join(input, "\n")
		}
		out = append(out, *cur)
	}
	for i, line := range strings.Split(strings.ReplaceAll(data, "\r\n", "\n"), "\n") {
		switch {
		case strings.HasPrefix(line, "=== "):
			flush()
			cur = &fixture{file: file, name: strings.TrimPrefix(line, "=== "), line: i + 1, fields: map[string]string{}}
			inInput, input = false, nil
		case cur == nil || inInput:
			if cur != nil {
				input = append(input, line)
			} else if line != "" && !strings.HasPrefix(line, "#") {
				t.Fatalf("%s:%d: text before the first case", file, i+1)
			}
		case line == "---":
			inInput = true
		case strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "":
		default:
			k, v, ok := strings.Cut(line, ":")
			if !ok || !slices.Contains(fixtureFields, k) {
				t.Fatalf("%s:%d: unknown field line %q", file, i+1, line)
			}
			v = strings.TrimSpace(v)
			if k == "input" {
				u, err := strconv.Unquote(v)
				if err != nil {
					t.Fatalf("%s:%d: input must be a Go-quoted string: %v", file, i+1, err)
				}
				cur.input = u
			}
			cur.fields[k] = v
		}
	}
	flush()
	// Trailing blank lines separate cases; they are not part of the input.
	for i := range out {
		if _, ok := out[i].fields["input"]; !ok {
			out[i].input = strings.TrimRight(out[i].input, "\n")
		}
	}
	return out
}

// want is the expected reading in comparable form.
type want struct {
	Recognized                bool
	Lang                      string
	Variant                   int
	Server, Code, CodeText    string
	Flags                     string
	Unknown, Alt              string
	Warnings                  string
	Family, FamilyName        string
	FamilyFlag, NearMiss, Err string
	ErrPos                    int
	ErrInput                  string
}

func (f fixture) want() want {
	g := func(k string) string { return f.fields[k] }
	w := want{Lang: g("lang"), Server: g("server"), Code: g("code"), Family: g("family"),
		FamilyName: g("familyname"), NearMiss: g("nearmiss"), Err: g("err"), ErrInput: g("errinput")}
	w.Recognized = w.Err == "" && w.Family == "" && w.NearMiss == ""
	if v, ok := f.fields["recognized"]; ok {
		w.Recognized = v == "true"
	}
	w.Variant, _ = strconv.Atoi(g("variant"))
	w.ErrPos, _ = strconv.Atoi(g("errpos"))
	w.Flags, w.CodeText = g("flags"), g("codetext")
	w.Unknown, w.Alt, w.FamilyFlag = g("unknown"), g("alt"), g("familyflag")
	w.Warnings = sortedFields(g("warnings"))
	return w
}

// got turns a Result into the same form; fields the fixture leaves out
// that carry no default (flags, codetext) are blanked so they are not compared.
func got(r decoder.Result, f fixture) want {
	w := want{Recognized: r.Recognized, Lang: r.Language, Variant: r.Variant, Server: r.Server,
		Family: r.OtherFamily, FamilyName: r.FamilyName, NearMiss: r.NearMiss}
	if r.HasCode {
		w.Code = decoder.Hex(r.Code)
	}
	if _, ok := f.fields["flags"]; ok {
		w.Flags = flagNames(r.Flags)
	}
	if _, ok := f.fields["codetext"]; ok {
		w.CodeText = r.CodeText
	}
	if r.UnknownBits != 0 {
		w.Unknown = decoder.Hex(r.UnknownBits)
	}
	if r.Alternative != nil {
		w.Alt = decoder.Hex(r.Alternative.Code)
	}
	if r.FamilyFlag != 0 {
		w.FamilyFlag = decoder.Hex(r.FamilyFlag)
	}
	var ids []string
	for _, x := range r.Warnings {
		ids = append(ids, x.ID)
	}
	w.Warnings = sortedFields(strings.Join(ids, " "))
	if r.Err != nil {
		w.Err, w.ErrPos, w.ErrInput = r.Err.ID, r.Err.Pos, r.Err.Input
	}
	return w
}

func flagNames(fl []decoder.Flag) string {
	var names []string
	for _, f := range fl {
		names = append(names, f.Name)
	}
	return strings.Join(names, " | ")
}

func sortedFields(s string) string {
	f := strings.Fields(s)
	slices.Sort(f)
	return strings.Join(f, " ")
}

func TestFixtures(t *testing.T) {
	fixtures := loadFixtures(t)
	names := map[string]bool{}
	for _, f := range fixtures {
		if names[f.name] {
			t.Errorf("%s:%d: duplicate case name %q", f.file, f.line, f.name)
		}
		names[f.name] = true
		t.Run(f.name, func(t *testing.T) {
			r := decoder.Parse(f.input)
			if g, w := got(r, f), f.want(); g != w {
				t.Errorf("%s:%d\ninput: %q\ngot  %s\nwant %s", f.file, f.line, f.input, show(g), show(w))
			}
		})
	}
	t.Logf("%d fixtures", len(fixtures))
}

func show(w want) string { return fmt.Sprintf("%+v", w) }
