package note

import (
	"strings"

	"proxycert/messages"
)

// doc is a note before it is written in a format: a list of blocks whose
// texts are plain, unescaped strings. Keeping the content apart from the
// markup means all three formats say the same thing, and escaping happens
// in one place per format.
type doc struct {
	blocks []block
}

type blockKind int

const (
	heading   blockKind = iota // text at level 1 (title), 2 (section) or 3
	paragraph                  // text, after an optional bold label
	bullets                    // items, each with an optional label
	steps                      // an ordered list of things to do
	literal                    // text shown exactly as pasted, line breaks kept
	link                       // a link: text is the label, url the address
)

type block struct {
	kind  blockKind
	level int
	label string
	text  string
	url   string
	items []item
	steps []step
}

type item struct{ label, text string }

// step is one thing to do; who and where may be empty, command too.
type step struct{ who, do, where, command string }

func (d *doc) heading(level int, text string) {
	d.blocks = append(d.blocks, block{kind: heading, level: level, text: text})
}

func (d *doc) para(label, text string) {
	if text != "" || label != "" {
		d.blocks = append(d.blocks, block{kind: paragraph, label: label, text: text})
	}
}

func (d *doc) bullets(items ...item) {
	if len(items) > 0 {
		d.blocks = append(d.blocks, block{kind: bullets, items: items})
	}
}

func (d *doc) steps(s []step) {
	if len(s) > 0 {
		d.blocks = append(d.blocks, block{kind: steps, steps: s})
	}
}

func (d *doc) literal(text string) {
	d.blocks = append(d.blocks, block{kind: literal, text: text})
}

func (d *doc) link(label, url string) {
	d.blocks = append(d.blocks, block{kind: link, text: label, url: url})
}

// catalogSteps turns the catalog's steps into the note's, with the party
// named in the catalog's language.
func catalogSteps(c *messages.Catalog, in []messages.Step) []step {
	out := make([]step, len(in))
	for i, s := range in {
		who := c.Who[s.Who]
		if who == "" {
			who = string(s.Who)
		}
		out[i] = step{who: who, do: s.Do, where: s.Where, command: s.Command}
	}
	return out
}

// writer writes the blocks of a doc in one format.
type writer interface {
	heading(level int, text string)
	paragraph(label, text string)
	bullets(items []item)
	steps(steps []step)
	literal(text string)
	link(label, url string)
}

// render writes d in format f; labels for a step's place and command come
// from c.
func (d doc) render(f Format, c *messages.Catalog) string {
	var b strings.Builder
	labels := stepLabels{where: c.T(messages.UIWhere), command: c.T(messages.UICommand)}
	var w writer
	switch f {
	case Markdown:
		w = &markdownWriter{&b, labels}
	case Jira:
		w = &jiraWriter{&b, labels}
	default:
		w = &textWriter{&b, labels}
	}
	for i, bl := range d.blocks {
		if i > 0 {
			b.WriteByte('\n') // a blank line between blocks
		}
		switch bl.kind {
		case heading:
			w.heading(bl.level, bl.text)
		case paragraph:
			w.paragraph(bl.label, bl.text)
		case bullets:
			w.bullets(bl.items)
		case steps:
			w.steps(bl.steps)
		case literal:
			w.literal(bl.text)
		case link:
			w.link(bl.text, bl.url)
		}
	}
	return b.String()
}

type stepLabels struct{ where, command string }

// oneLine joins the lines of an inline text with spaces and trims it, so
// that a text from the input cannot start a line of its own.
func oneLine(s string) string {
	s = noNUL(s)
	if strings.ContainsAny(s, "\r\n\t\v\f") {
		s = strings.Join(strings.FieldsFunc(s, func(r rune) bool {
			return r == '\r' || r == '\n' || r == '\t' || r == '\v' || r == '\f'
		}), " ")
	}
	return strings.TrimSpace(s)
}

// noNUL replaces NUL characters with U+FFFD, as CommonMark readers do:
// some programs end a string at NUL.
func noNUL(s string) string {
	if strings.IndexByte(s, 0) < 0 {
		return s
	}
	return strings.ReplaceAll(s, "\x00", "\uFFFD")
}

// lines normalises the line breaks of a pasted text to "\n" and drops
// trailing blank lines.
func lines(s string) []string {
	s = strings.ReplaceAll(noNUL(s), "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.Split(strings.TrimRight(s, "\n \t"), "\n")
}
