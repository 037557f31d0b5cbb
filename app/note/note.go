// Package note writes a decoded Outlook proxy certificate dialog as a note
// for a helpdesk ticket, in the catalog's language: an internal work note,
// short (the summary, a line per flag, the steps in order by their titles
// with who acts, the link back to the page, proxycert's version) or full
// (also the pasted message, the full reading, every flag's meaning and
// causes, each step with where and its command, KB 923575's resolution),
// or a short customer comment (what the message means in plain words,
// what the user can do, what the helpdesk is doing; no flag or constant
// names). Each comes as plain text, Markdown or Jira
// wiki markup, with pasted text escaped so that it cannot become markup.
//
// The package is pure Go on top of decoder and messages, so the page
// (WebAssembly) and the command line write the same notes:
//
//	r := decoder.Parse(pasted)
//	s := note.Compose(r, pasted, messages.For("ja"), note.Options{
//		Kind: note.Work, Format: note.Markdown,
//		Base: "https://tools.contoso.com/proxycert/", Version: "v1.2.0",
//	})
package note

import (
	"fmt"
	"strings"

	"proxycert/decoder"
	"proxycert/messages"
)

// Kind is who a note is written for.
type Kind string

// The two kinds of note.
const (
	Work     Kind = "work"     // internal work note: everything the helpdesk needs
	Customer Kind = "customer" // comment the user sees: short, plain, no jargon
)

// Format is the markup a note is written in.
type Format string

// The three formats.
const (
	Text     Format = "text"     // plain text, for any ticket field
	Markdown Format = "markdown" // CommonMark with GitHub's extensions in mind
	Jira     Format = "jira"     // Jira wiki markup (h3., *bold*, # lists, {code}, [label|url])
)

// Kinds lists the kinds, the default first.
func Kinds() []Kind { return []Kind{Work, Customer} }

// Formats lists the formats, the default first.
func Formats() []Format { return []Format{Text, Markdown, Jira} }

// ParseKind reads a kind by its name, "work" or "customer".
func ParseKind(s string) (Kind, error) {
	for _, k := range Kinds() {
		if string(k) == s {
			return k, nil
		}
	}
	return "", fmt.Errorf("note kind %q: want %s", s, join(Kinds()))
}

// ParseFormat reads a format by its name, "text", "markdown" or "jira".
func ParseFormat(s string) (Format, error) {
	for _, f := range Formats() {
		if string(f) == s {
			return f, nil
		}
	}
	return "", fmt.Errorf("note format %q: want %s", s, join(Formats()))
}

func join[T ~string](names []T) string {
	s := make([]string, len(names))
	for i, n := range names {
		s[i] = string(n)
	}
	return strings.Join(s, ", ")
}

// Label is the kind's name in the catalog's language, for a selector; an
// unknown kind is labelled Work, as Compose writes it.
func (k Kind) Label(c *messages.Catalog) string {
	if k == Customer {
		return c.T(messages.UINoteKindCustomer)
	}
	return c.T(messages.UINoteKindWork)
}

// Label is the format's name in the catalog's language, for a selector;
// an unknown format is labelled Text, as Compose writes it.
func (f Format) Label(c *messages.Catalog) string {
	switch f {
	case Markdown:
		return c.T(messages.UINoteFormatMarkdown)
	case Jira:
		return c.T(messages.UINoteFormatJira)
	}
	return c.T(messages.UINoteFormatText)
}

// Options says which note to write.
type Options struct {
	Kind   Kind   // Work when empty or unknown
	Format Format // Text when empty or unknown
	// Base is the page's address the work note links back to, such as
	// "https://tools.contoso.com/proxycert/"; "" leaves the link out.
	// Customer comments never carry it: the page is the helpdesk's tool.
	Base string
	// Version names the proxycert build in work notes; "" reads "dev".
	Version string
	// Full writes the work note with the whole reference: the pasted
	// message, every flag's meaning and causes, each step with where it
	// is done and its command, and KB 923575's own resolution. The
	// default is the short work note: the summary, a line per flag, the
	// steps by their titles in order, and the link to the rest.
	// Customer comments are short either way.
	Full bool
	// LinkLang is the lang= of the link back: the language the reader
	// chose, or "" to let whoever opens the link read it in their own.
	LinkLang string
}

// Compose returns the note for r, the reading of text (what was pasted;
// "" when the reading came from a code alone), in c's language. It never
// fails: an input that is not this error gets a note that says what it is
// instead. Text after decoder.MaxInput is left out, as the decoder does.
func Compose(r decoder.Result, text string, c *messages.Catalog, o Options) string {
	var d doc
	switch {
	case o.Kind == Customer:
		d = customerNote(r, c)
	case o.Full:
		d = workNote(r, text, c, o)
	default:
		d = shortNote(r, text, c, o)
	}
	return d.render(o.Format, c)
}
