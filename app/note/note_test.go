package note

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"proxycert/decoder"
	"proxycert/messages"
)

const testBase = "https://tools.contoso.com/proxycert/"

// inputs are the pastes the tests write notes for: the files in testdata
// (KB wordings, a look-alike dialog, pastes full of Markdown and Jira
// markup), every published wording of both languages with a code, and
// codes alone.
func inputs(t testing.TB) map[string]string {
	t.Helper()
	in := map[string]string{}
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures in testdata: %v", err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		in[filepath.Base(f)] = string(b)
	}
	codes := []string{"0x80000021", "0x00000018", "0x00000008", "0"}
	for _, lang := range messages.Languages() {
		for i, d := range messages.Dialogs[lang] {
			for j, m := range d.Messages {
				in[fmt.Sprintf("%s dialog %d message %d", lang, i, j+1)] = fmt.Sprintf(m, "mail.contoso.com", codes[j])
			}
		}
	}
	for _, code := range []string{"0x7F", "0x800B0109", "18", "0x118", "hello", "", "0x1G"} {
		in["code "+code] = code
	}
	return in
}

// shortWork stands for the short work note in the tests' loops over kinds;
// Work stands for the full one.
const shortWork Kind = "work-short"

// each calls f for every input, language and kind, the short work note
// among them.
func each(t *testing.T, f func(t *testing.T, r decoder.Result, text string, c *messages.Catalog, k Kind)) {
	for name, text := range inputs(t) {
		r := decoder.Parse(text)
		for _, lang := range messages.Languages() {
			for _, k := range append(Kinds(), shortWork) {
				t.Run(fmt.Sprintf("%s/%s/%s", name, lang, k), func(t *testing.T) {
					f(t, r, text, messages.For(lang), k)
				})
			}
		}
	}
}

func build(r decoder.Result, text string, c *messages.Catalog, k Kind) doc {
	switch k {
	case Customer:
		return customerNote(r, c)
	case shortWork:
		return shortNote(r, text, c, Options{Base: testBase, Version: "v9.9.9"})
	}
	return workNote(r, text, c, Options{Base: testBase, Version: "v9.9.9"})
}

// want is what a reader of the note in format f should find: the doc's
// blocks with inline texts on one line, the literal as a code block holds
// it, and the link's address as written.
func want(d doc, f Format) []block {
	out := make([]block, len(d.blocks))
	for i, b := range d.blocks {
		b.label, b.text = oneLine(b.label), oneLine(b.text)
		b.items = slices.Clone(b.items)
		for j, it := range b.items {
			b.items[j] = item{oneLine(it.label), oneLine(it.text)}
		}
		b.steps = slices.Clone(b.steps)
		for j, s := range b.steps {
			b.steps[j] = step{oneLine(s.who), oneLine(s.do), oneLine(s.where), codeText(s.command, f, "code")}
		}
		switch b.kind {
		case literal:
			b.text = codeText(d.blocks[i].text, f, "noformat")
		}
		out[i] = b
	}
	return out
}

// codeText is text as a code block shows it: Markdown's fenced blocks
// without trailing blanks, Jira's macros with their closing tag broken.
func codeText(text string, f Format, macro string) string {
	if text == "" {
		return ""
	}
	ls := lines(text)
	if f == Jira {
		return macroBody(strings.Join(ls, "\n"), macro)
	}
	for i, l := range ls {
		ls[i] = strings.TrimRight(l, " \t")
	}
	return strings.Join(ls, "\n")
}

// TestMarkdownReadsBack parses every note with goldmark (GitHub flavour)
// and checks that a reader sees exactly the blocks the note meant: the
// same headings in order, the steps as one ordered list per group in
// order, commands and the pasted message as code, the one link, and no
// markup from the input.
func TestMarkdownReadsBack(t *testing.T) {
	each(t, func(t *testing.T, r decoder.Result, text string, c *messages.Catalog, k Kind) {
		d := build(r, text, c, k)
		src := d.render(Markdown, c)
		got, err := readMarkdown(src)
		if err != nil {
			t.Fatalf("%v\n%s", err, src)
		}
		compareBlocks(t, got, want(d, Markdown), src)
	})
}

// TestJiraReadsBack does the same for Jira wiki markup with readJira.
func TestJiraReadsBack(t *testing.T) {
	each(t, func(t *testing.T, r decoder.Result, text string, c *messages.Catalog, k Kind) {
		d := build(r, text, c, k)
		src := d.render(Jira, c)
		got, err := readJira(src)
		if err != nil {
			t.Fatalf("%v\n%s", err, src)
		}
		compareBlocks(t, got, want(d, Jira), src)
	})
}

func compareBlocks(t *testing.T, got, want []block, src string) {
	t.Helper()
	for i := range max(len(got), len(want)) {
		var g, w block
		if i < len(got) {
			g = got[i]
		}
		if i < len(want) {
			w = want[i]
		}
		if !reflect.DeepEqual(g, w) {
			t.Fatalf("block %d reads as\n%+v\nwant\n%+v\nnote:\n%s", i, g, w, src)
		}
	}
}

// TestTextFormat checks the plain text: headings marked, every text on
// its line, the message quoted line by line, steps numbered.
func TestTextFormat(t *testing.T) {
	each(t, func(t *testing.T, r decoder.Result, text string, c *messages.Catalog, k Kind) {
		d := build(r, text, c, k)
		out := d.render(Text, c)
		rest := out
		next := func(s string) {
			t.Helper()
			i := strings.Index(rest, s)
			if i < 0 {
				t.Fatalf("%q missing or out of order in:\n%s", s, out)
			}
			rest = rest[i+len(s):]
		}
		for _, b := range want(d, Text) {
			switch b.kind {
			case heading:
				next(" " + b.text + " ")
			case paragraph:
				next(strings.TrimSpace(strings.TrimPrefix(b.label+": ", ": ") + b.text))
			case bullets:
				for _, it := range b.items {
					next("- " + strings.TrimPrefix(it.label+": ", ": ") + it.text)
				}
			case steps:
				for i, s := range b.steps {
					next(fmt.Sprintf("%d. ", i+1))
					next(s.do)
					next(s.command)
				}
			case literal:
				for _, l := range lines(b.text) {
					next(strings.TrimRight("> "+l, " ") + "\n")
				}
			case link:
				next(b.text + ": " + b.url)
			}
		}
	})
}

// unfilled matches a catalog placeholder or a key the catalog lacks.
var unfilled = regexp.MustCompile(`\{[a-z]+\}|note\.[a-z.-]+`)

// TestNothingUnfilled: no note shows a placeholder or a missing key.
func TestNothingUnfilled(t *testing.T) {
	each(t, func(t *testing.T, r decoder.Result, text string, c *messages.Catalog, k Kind) {
		for _, f := range Formats() {
			out := Compose(r, text, c, Options{Kind: k, Format: f, Full: k == Work, Base: testBase})
			out = strings.ReplaceAll(out, text, "") // what was pasted may hold anything
			for _, m := range unfilled.FindAllString(out, -1) {
				if m != "{code}" && m != "{noformat}" && !strings.Contains(text, m) { // Jira's macros
					t.Errorf("%s note shows %q:\n%s", f, m, out)
				}
			}
		}
	})
}

// jargon is what a customer comment must not show: constant names,
// hexadecimal codes, links and proxycert's own name.
var jargon = regexp.MustCompile(`\b(FLAG|WINHTTP|CERT|SEC|CRYPT|TRUST)_|0x[0-9A-Fa-f]|https?:|proxycert|\{|\}`)

// TestCustomerPlain writes the customer comment for every combination of
// the eight flags in both languages and all formats: no jargon, every set
// flag explained in plain words, what the user can do, what the helpdesk
// does.
func TestCustomerPlain(t *testing.T) {
	for mask := range 256 {
		var code uint32
		for i, f := range decoder.Flags {
			if mask&(1<<i) != 0 {
				code |= f.Value
			}
		}
		r := decoder.Parse(fmt.Sprintf("There is a problem with the proxy server's security certificate, mail.contoso.com. Outlook is unable to connect to this server. (%s)", decoder.Hex(code)))
		for _, lang := range messages.Languages() {
			c := messages.For(lang)
			for _, f := range Formats() {
				out := Compose(r, "", c, Options{Kind: Customer, Format: f, Base: testBase})
				if m := jargon.FindString(out); m != "" {
					t.Fatalf("%s %s %s: customer comment shows %q:\n%s", decoder.Hex(code), lang, f, m, out)
				}
				for _, fl := range decoder.BySeverity(code) {
					if s := c.T(customerFlag[fl.Value]); !strings.Contains(out, firstWords(s)) {
						t.Errorf("%s %s %s: lacks %q", decoder.Hex(code), lang, f, s)
					}
				}
				for _, key := range []messages.Key{messages.UINoteCustomerYou, messages.UINoteCustomerDont, messages.UINoteCustomerWe, messages.UINoteCustomerUpdate} {
					if s := c.T(key); !strings.Contains(out, firstWords(s)) {
						t.Errorf("%s %s %s: lacks %q", decoder.Hex(code), lang, f, s)
					}
				}
			}
		}
	}
}

// firstWords is the start of a text, before any character a format escapes.
func firstWords(s string) string {
	if i := strings.IndexAny(s, "*_+^~?[]{}!|#()-\\`<&\""); i >= 0 {
		s = s[:i]
	}
	return s
}

// TestHostilePasteStaysText: pastes full of Markdown and Jira markup come
// out of both formats as the same literal text, and the note's headings
// and its one link are the only ones a reader meets.
func TestHostilePasteStaysText(t *testing.T) {
	for _, name := range []string{"hostile_markdown.txt", "hostile_jira.txt"} {
		text := inputs(t)[name]
		r := decoder.Parse(text)
		c := messages.For("en")
		d := build(r, text, c, Work)
		var headings []string
		for _, b := range d.blocks {
			if b.kind == heading {
				headings = append(headings, b.text)
			}
		}
		for _, f := range []Format{Markdown, Jira} {
			src := d.render(f, c)
			read := readMarkdown
			if f == Jira {
				read = readJira
			}
			blocks, err := read(src)
			if err != nil {
				t.Fatalf("%s as %s: %v", name, f, err)
			}
			var gotHeadings, links, literals []string
			for _, b := range blocks {
				switch b.kind {
				case heading:
					gotHeadings = append(gotHeadings, b.text)
				case link:
					links = append(links, b.url)
				case literal:
					literals = append(literals, b.text)
				}
			}
			if !slices.Equal(gotHeadings, headings) || len(links) != 1 || !strings.HasPrefix(links[0], testBase) || !strings.Contains(links[0], "#") {
				t.Errorf("%s as %s: headings %q, links %q", name, f, gotHeadings, links)
			}
			if len(literals) != 1 || literals[0] != codeText(strings.TrimSpace(text), f, "noformat") {
				t.Errorf("%s as %s: the paste reads back as %q", name, f, literals)
			}
		}
	}
}
