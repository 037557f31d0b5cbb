package note

import (
	"strings"

	"proxycert/decoder"
	"proxycert/messages"
)

// shortNote is the short internal note, the default: the summary line, a
// line per flag, what the input is when it is not this error, the steps
// in order by who acts and their titles, the warnings, and the link to
// the page, which has the rest. For 0x18 it stays under 2,500 characters
// in every catalog (TestShortNoteLength), where the full note runs to
// some 11,000.
func shortNote(r decoder.Result, text string, c *messages.Catalog, o Options) doc {
	a := decoder.Explain(r, c)
	var d doc
	d.heading(1, c.T(messages.UINoteWorkTitle))
	d.para("", summary(r, a, c))
	if r.Kind() == decoder.KindCode {
		d.heading(2, c.T(messages.UIFlags))
		d.bullets(flagLines(r, a, c)...)
	}
	notThis(&d, r, a, c)
	shortStepSection(&d, a, c)
	if len(a.Warnings) > 0 {
		d.heading(2, c.T(messages.UIWarnings))
		items := make([]item, len(a.Warnings))
		for i, w := range a.Warnings {
			items[i] = item{text: w}
		}
		d.bullets(items...)
	}
	footer(&d, r, strings.TrimSpace(cut(text)), c, o, c.T(messages.UINoteShortMore))
	return d
}

// flagLines names each set flag on a line of its own, then the bits no
// flag defines and the decimal reading of ambiguous digits.
func flagLines(r decoder.Result, a decoder.Advice, c *messages.Catalog) []item {
	var items []item
	for _, f := range a.Flags {
		items = append(items, item{text: decoder.Hex(f.Value) + " " + f.Name + ": " + f.Title})
	}
	if len(items) == 0 {
		items = append(items, item{text: c.T(messages.UINoFlags)})
	}
	if r.UnknownBits != 0 {
		items = append(items, item{c.T(messages.UIUnknownBits), decoder.Hex(r.UnknownBits)})
	}
	if alt := r.Alternative; alt != nil {
		items = append(items, item{messages.Fill(c.T(messages.UIAlternative), "code", decoder.Hex(alt.Code)), flagList(alt.Flags, c)})
	}
	return items
}
