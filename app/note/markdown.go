package note

import (
	"fmt"
	"strings"
)

// markdownWriter writes CommonMark that also holds under GitHub's and
// GitLab's extensions (tables, strikethrough). Every inline text is
// escaped with mdText; the pasted message and the commands go into fenced
// code blocks whose fence is longer than any run of backticks inside, so
// nothing a user pasted can become a heading, a link or HTML.
type markdownWriter struct {
	b *strings.Builder
	stepLabels
}

func (w *markdownWriter) heading(level int, text string) {
	fmt.Fprintf(w.b, "%s %s\n", strings.Repeat("#", min(max(level, 1), 6)), mdText(text))
}

func (w *markdownWriter) paragraph(label, text string) {
	w.b.WriteString(mdLabelled(label, text) + "\n")
}

func (w *markdownWriter) bullets(items []item) {
	for _, it := range items {
		w.b.WriteString("- " + mdLabelled(it.label, it.text) + "\n")
	}
}

// steps writes an ordered list; a step's place and command are paragraphs
// and a code block inside its item, indented to the item's text.
func (w *markdownWriter) steps(steps []step) {
	for i, s := range steps {
		lead := fmt.Sprintf("%d. ", i+1)
		pad := strings.Repeat(" ", len(lead))
		if i > 0 {
			w.b.WriteByte('\n')
		}
		w.b.WriteString(lead + mdLabelled(s.who, s.do) + "\n")
		if s.where != "" {
			w.b.WriteString("\n" + pad + "*" + mdText(w.where+":") + "* " + mdText(s.where) + "\n")
		}
		if s.command != "" {
			w.b.WriteString("\n")
			w.fenced(pad, "", s.command)
		}
	}
}

func (w *markdownWriter) literal(text string) { w.fenced("", "text", text) }

// link writes the address in angle brackets, where only < > and line
// breaks would end it; decoder.ShareLink has encoded those.
func (w *markdownWriter) link(label, url string) {
	fmt.Fprintf(w.b, "[%s](<%s>)\n", mdText(label), url)
}

// fenced writes a fenced code block indented by pad, with a fence one
// backtick longer than the longest run of backticks in text.
func (w *markdownWriter) fenced(pad, info, text string) {
	fence := strings.Repeat("`", max(3, longestRun(text, '`')+1))
	w.b.WriteString(pad + fence + info + "\n")
	for _, l := range lines(text) {
		w.b.WriteString(strings.TrimRight(pad+l, " \t") + "\n")
	}
	w.b.WriteString(pad + fence + "\n")
}

func longestRun(s string, c byte) int {
	longest, run := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	return longest
}

// mdLabelled writes "**label:** text", or the text alone.
func mdLabelled(label, text string) string {
	if label == "" {
		return mdText(text)
	}
	return strings.TrimSpace("**" + mdText(label+":") + "** " + mdText(text))
}

// mdText escapes an inline text: the characters that open emphasis, code,
// links, HTML, entities, tables and strikethrough anywhere, and those that
// start a block (heading, quote, list, thematic break) at the beginning.
// The text is put on one line first, so its beginning is the only place
// where a block could start.
func mdText(s string) string {
	s = oneLine(s)
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case strings.IndexByte("\\`*_[]<|~", c) >= 0,
			c == '&' && i+1 < len(s) && (isASCIILetter(s[i+1]) || s[i+1] == '#'),
			i == 0 && strings.IndexByte("#>+-=", c) >= 0,
			(c == '.' || c == ')') && isOrderedMarker(s[:i]):
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
	return b.String()
}

// isOrderedMarker reports whether s, the start of a line, is 1-9 digits,
// which a following "." or ")" would turn into an ordered list.
func isOrderedMarker(s string) bool {
	if len(s) == 0 || len(s) > 9 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
