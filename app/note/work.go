package note

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"proxycert/decoder"
	"proxycert/messages"
)

// workNote is the full internal note: a summary line, the reading, the
// pasted message, each flag with its meaning and causes, what the input is
// when it is not this error, the steps in the order to work through them
// and KB 923575's resolution, the warnings, the link back to the page and
// the version that wrote it.
func workNote(r decoder.Result, text string, c *messages.Catalog, o Options) doc {
	a := decoder.Explain(r, c)
	var d doc
	d.heading(1, c.T(messages.UINoteWorkTitle))
	d.para("", summary(r, a, c))
	reading(&d, r, c)
	if text = strings.TrimSpace(cut(text)); text != "" {
		d.heading(2, c.T(messages.UINoteOriginal))
		d.literal(text)
	}
	flagSection(&d, r, a, c)
	notThis(&d, r, a, c)
	stepSection(&d, a, c)
	if len(a.Warnings) > 0 {
		d.heading(2, c.T(messages.UIWarnings))
		items := make([]item, len(a.Warnings))
		for i, w := range a.Warnings {
			items[i] = item{text: w}
		}
		d.bullets(items...)
	}
	footer(&d, r, text, c, o, "")
	return d
}

// cut keeps the part of text the decoder reads.
func cut(text string) string {
	if len(text) <= decoder.MaxInput {
		return text
	}
	n := decoder.MaxInput
	for n > 0 && !utf8.RuneStart(text[n]) {
		n--
	}
	return text[:n]
}

// summary is the note's first line: code, server and flags, or what the
// input is instead.
func summary(r decoder.Result, a decoder.Advice, c *messages.Catalog) string {
	switch r.Kind() {
	case decoder.KindCode:
		flags := c.T(messages.UINoFlags)
		if len(a.Flags) > 0 {
			titles := make([]string, len(a.Flags))
			for i, f := range a.Flags {
				titles[i] = f.Title
			}
			flags = strings.Join(titles, c.T(messages.UINoteSeparator))
		}
		key := messages.UINoteSummary
		if r.Server == "" {
			key = messages.UINoteSummaryNoServer
		}
		return messages.Fill(c.T(key), "code", decoder.Hex(r.Code), "server", r.Server, "flags", flags)
	case decoder.KindDialogNoCode:
		if r.Server == "" {
			return c.T(messages.UINoteSummaryNothing)
		}
		return messages.Fill(c.T(messages.UINoteSummaryNoCode), "server", r.Server)
	case decoder.KindNearMiss:
		return messages.Fill(c.T(messages.UINoteSummaryNotThis), "what", a.NearMiss.Title)
	case decoder.KindOtherFamily:
		return messages.Fill(c.T(messages.UINoteSummaryNotThis), "what", a.Family.Title)
	case decoder.KindUnreadable:
		return messages.Fill(c.T(messages.UINoteSummaryNotThis), "what", r.Err.Text(c))
	}
	return messages.Fill(c.T(messages.UINoteSummaryNotThis), "what", c.T(messages.UINoteNothing))
}

// reading lists how the input was read: the dialog, server, code, the
// bits no flag defines and the decimal reading of ambiguous digits.
func reading(d *doc, r decoder.Result, c *messages.Catalog) {
	var items []item
	if r.Recognized {
		dialog := c.T(messages.UINoVariant)
		if r.Variant != 0 {
			dialog = messages.Fill(c.T(messages.UIVariant), "variant", strconv.Itoa(r.Variant))
		}
		if r.Language != "" {
			dialog += " (" + c.LangName(r.Language) + ")"
		}
		server := r.Server
		if server == "" {
			server = c.T(messages.UINoteNoServer)
		}
		items = append(items, item{c.T(messages.UINoteDialog), dialog}, item{c.T(messages.UIServer), server})
	}
	switch {
	case r.HasCode:
		code := decoder.Hex(r.Code)
		if r.CodeText != "" && r.CodeText != code {
			code += " " + messages.Fill(c.T(messages.UINoteAsWritten), "text", r.CodeText)
		}
		items = append(items, item{c.T(messages.UICode), code})
	case r.FamilyName != "" && strings.EqualFold(r.CodeText, r.FamilyName): // the name as written
		items = append(items, item{c.T(messages.UICode), r.FamilyName})
	case r.CodeText != "":
		items = append(items, item{c.T(messages.UICode), strings.TrimSpace(r.CodeText + " " + r.FamilyName)})
	case r.Recognized:
		items = append(items, item{c.T(messages.UICode), c.T(messages.UINoteNoCode)})
	}
	if r.UnknownBits != 0 {
		items = append(items, item{c.T(messages.UIUnknownBits), decoder.Hex(r.UnknownBits)})
	}
	if alt := r.Alternative; alt != nil {
		items = append(items, item{messages.Fill(c.T(messages.UIAlternative), "code", decoder.Hex(alt.Code)), flagList(alt.Flags, c)})
	}
	if r.Err != nil {
		items = append(items, item{c.T(messages.UINoteError), r.Err.Text(c)})
	}
	if len(items) > 0 {
		d.heading(2, c.T(messages.UIReading))
		d.bullets(items...)
	}
}

// flagList names flags with their titles: "FLAG_INVALID_CA (Issuer not trusted)".
func flagList(flags []decoder.Flag, c *messages.Catalog) string {
	if len(flags) == 0 {
		return c.T(messages.UINoFlags)
	}
	names := make([]string, len(flags))
	for i, f := range flags {
		names[i] = f.Name + " (" + c.Flags[f.Value].Title + ")"
	}
	return strings.Join(names, c.T(messages.UINoteSeparator))
}

// flagSection explains each set flag, most decisive first, or the zero
// code; the fixes come later, with the other steps.
func flagSection(d *doc, r decoder.Result, a decoder.Advice, c *messages.Catalog) {
	if r.Kind() != decoder.KindCode {
		return
	}
	d.heading(2, c.T(messages.UIFlags))
	for _, f := range a.Flags {
		d.heading(3, decoder.Hex(f.Value)+" "+f.Name+": "+f.Title)
		d.bullets(item{c.T(messages.UINoteWinHTTP), f.WinHTTP}, item{c.T(messages.UIMeaning), f.Meaning})
		if len(f.Causes) > 0 {
			d.para(c.T(messages.UICauses), "")
			causes := make([]item, len(f.Causes))
			for i, cause := range f.Causes {
				causes[i] = item{text: cause}
			}
			d.bullets(causes...)
		}
	}
	if a.ZeroCode != nil {
		d.para("", c.T(messages.UINoFlags))
		d.heading(3, a.ZeroCode.Title)
		d.para("", a.ZeroCode.Text)
	}
	if len(a.Flags) > 0 {
		d.para("", c.Win32Misread)
	}
}

// notThis explains an input that is another code family or a look-alike
// dialog; its steps come with the others.
func notThis(d *doc, r decoder.Result, a decoder.Advice, c *messages.Catalog) {
	if a.Family == nil && a.NearMiss == nil {
		return
	}
	d.heading(2, c.T(messages.UINotThis))
	for _, e := range []*messages.Explanation{a.Family, a.NearMiss} {
		if e != nil {
			d.heading(3, e.Title)
			d.para("", e.Text)
		}
	}
	if f, ok := c.Flags[r.FamilyFlag]; ok && a.Family != nil {
		// The other family's code names one problem; this dialog's flag
		// for it leads to the matching fixes.
		d.para(c.T(messages.UINoteSameAs), decoder.Hex(r.FamilyFlag)+" "+decoder.Names(r.FamilyFlag)+": "+f.Title)
	}
}
