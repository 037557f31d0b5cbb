package note

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"proxycert/decoder"
	"proxycert/messages"
)

// FuzzCompose writes every note for arbitrary pasted text and reads the
// Markdown and Jira forms back: whatever the text holds, a reader sees the
// blocks the note meant and no markup from the input, and the link stays
// under MaxLink.
func FuzzCompose(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	for _, s := range []string{"0x18", "", "x\\", "a\\*b", "{noformat}", "`` ` ```", "1. x", "<x>", "&amp;", "- -x-", "h1. x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		r := decoder.Parse(text)
		for _, lang := range messages.Languages() {
			c := messages.For(lang)
			for _, k := range Kinds() {
				d := build(r, text, c, k)
				md := d.render(Markdown, c)
				got, err := readMarkdown(md)
				if err != nil {
					t.Fatalf("Markdown: %v\n%s", err, md)
				}
				compareBlocks(t, got, want(d, Markdown), md)
				jira := d.render(Jira, c)
				if got, err = readJira(jira); err != nil {
					t.Fatalf("Jira: %v\n%s", err, jira)
				}
				compareBlocks(t, got, want(d, Jira), jira)
			}
		}
		if addr, _ := decoder.ShareLink(testBase, r, text, "en"); len(addr) >= decoder.MaxLink {
			t.Fatalf("link of %d bytes", len(addr))
		}
	})
}

// TestReadersCatchMarkup feeds the readers markup a broken escape would
// let through, so that a passing read-back means something.
func TestReadersCatchMarkup(t *testing.T) {
	for _, src := range []string{
		"# title\n\ntext with [a link](javascript:alert(1))\n",
		"text with <script>alert(1)</script>\n",
		"<div>block html</div>\n",
		"text with *emphasis* inside\n",
		"text with ~~strike~~\n",
		"> a quote\n",
		"| a | b |\n|---|---|\n| c | d |\n",
		"![image](x.png)\n",
		"---\n",
	} {
		if _, err := readMarkdown(src); err == nil {
			t.Errorf("readMarkdown(%q) found nothing wrong", src)
		}
	}
	for _, src := range []string{
		"text with *bold* inside\n",
		"text -struck-\n",
		"an emoticon (y)\n",
		"a [link|https://x/]\n",
		"a line \\\\ break\n",
		"{noformat}\ncut {noformat} short\n{noformat}\n",
		"# *Who:* do {code}cmd{code} more\n",
		"{color:red}red{color}\n",
		"a \\\\* b\n",
	} {
		if _, err := readJira(src); err == nil {
			t.Errorf("readJira(%q) found nothing wrong", src)
		}
	}
	if got, err := readJira("a \\*b\\* C:\\Users &#92;\\{x\\}\n"); err != nil || got[0].text != `a *b* C:\Users \{x}` {
		t.Errorf("readJira of escaped text = %+v, %v", got, err)
	}
	if !strings.Contains(jiraText(`C:\{path}\`), "&#92;") {
		t.Errorf("jiraText keeps a backslash that would escape: %q", jiraText(`C:\{path}\`))
	}
}
