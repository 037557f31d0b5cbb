package note

import (
	"fmt"
	"regexp"
	"strings"
)

// jiraWriter writes Jira wiki markup: h2.-h4. headings, *bold* labels,
// "*" and "#" lists, [label|url] links, {code} for commands and
// {noformat} for the pasted message. Inline texts are escaped with
// jiraText. A step's command sits in a {code} macro on the step's own
// line, inside its list item: a line that does not start with "#" ends a
// Jira list, and the next one would start again at 1.
type jiraWriter struct {
	b *strings.Builder
	stepLabels
}

func (w *jiraWriter) heading(level int, text string) {
	fmt.Fprintf(w.b, "h%d. %s\n", min(max(level, 1), 3)+1, jiraText(text))
}

func (w *jiraWriter) paragraph(label, text string) {
	w.b.WriteString(jiraLabelled(label, text) + "\n")
}

func (w *jiraWriter) bullets(items []item) {
	for _, it := range items {
		w.b.WriteString("* " + jiraLabelled(it.label, it.text) + "\n")
	}
}

// steps writes one "#" line per step; "\\" is Jira's line break inside it.
func (w *jiraWriter) steps(steps []step) {
	for _, s := range steps {
		w.b.WriteString("# " + jiraLabelled(s.who, s.do))
		if s.where != "" {
			w.b.WriteString(` \\ _` + jiraText(w.where+":") + "_ " + jiraText(s.where))
		}
		if s.command != "" {
			w.b.WriteString(" {code}" + macroBody(s.command, "code") + "{code}")
		}
		w.b.WriteString("\n")
	}
}

func (w *jiraWriter) literal(text string) {
	w.b.WriteString("{noformat}\n" + macroBody(strings.Join(lines(text), "\n"), "noformat") + "\n{noformat}\n")
}

// link writes the address as decoder.ShareLink made it, with every byte
// that could end it in markup encoded.
func (w *jiraWriter) link(label, url string) {
	fmt.Fprintf(w.b, "[%s|%s]\n", jiraText(label), url)
}

// jiraLabelled writes "*label:* text", or the text alone.
func jiraLabelled(label, text string) string {
	if label == "" {
		return jiraText(text)
	}
	return strings.TrimSpace("*" + jiraText(label+":") + "* " + jiraText(text))
}

// jiraAlways are the escapable characters that start markup wherever they
// stand: bold, italic, underline, citation, superscript, subscript,
// macros, links, images, tables, emoticons such as (y) and list markers.
const jiraAlways = `#*_+?^~|{}[]()!`

// jiraText escapes an inline text for Jira. A hyphen is escaped only at a
// word's edge, where it could strike text through, start a list or make a
// dash; "2013-2019" and "mail-gw" stay as they are. Jira's renderer lets
// a backslash escape only -#*_+?^~|%{}[]()!@ and shows it before any
// other character, so a backslash stays as it is, except before
// punctuation or at the end, where it could escape what follows or make
// the line break "\\": there it becomes the entity &#92;.
func jiraText(s string) string {
	s = oneLine(s)
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\':
			if i+1 == len(s) || isASCIIPunct(s[i+1]) {
				b.WriteString("&#92;")
				continue
			}
		case strings.IndexByte(jiraAlways, c) >= 0:
			b.WriteByte('\\')
		case c == '-' && (i == 0 || i+1 == len(s) || !isWordByte(s[i-1]) || !isWordByte(s[i+1])):
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
	return b.String()
}

// isWordByte reports whether c belongs to a word: an ASCII letter or digit,
// or any byte of a non-ASCII character.
func isWordByte(c byte) bool {
	return isASCIILetter(c) || '0' <= c && c <= '9' || c >= 0x80
}

func isASCIIPunct(c byte) bool {
	return '!' <= c && c <= '/' || ':' <= c && c <= '@' || '[' <= c && c <= '`' || '{' <= c && c <= '~'
}

// macroBody keeps a macro's body from closing it early: nothing inside
// {code} or {noformat} is markup except the macro's own closing tag, so
// a "{code}" in the text gets a space after its brace. It is the only
// change made to a pasted text.
func macroBody(text, macro string) string {
	return closingTag[macro].ReplaceAllStringFunc(text, func(tag string) string {
		return "{ " + tag[1:]
	})
}

var closingTag = map[string]*regexp.Regexp{
	"code":     regexp.MustCompile(`(?i)\{code\}`),
	"noformat": regexp.MustCompile(`(?i)\{noformat\}`),
}
