package cli

import (
	"fmt"
	"io"
	"strings"

	"proxycert/decoder"
	"proxycert/messages"
)

// textWidth is the column the human answer wraps at: narrow enough for a
// terminal and for the plain-text body of a ticket.
const textWidth = 78

// writeAnswer writes the reading of r and what to do about it as plain
// text in the catalog's language. Every word comes from the catalog; only
// codes, names and punctuation are written here.
func writeAnswer(w io.Writer, r decoder.Result, c *messages.Catalog) error {
	p := &textAnswer{w: w, c: c}
	a := decoder.Explain(r, c)
	if r.Recognized {
		p.reading(r)
		p.flags(r, a)
		p.alternative(r.Alternative)
		p.section(c.T(messages.UIFirstChecks))
		p.steps(2, a.FirstChecks)
		if a.Steps != nil {
			p.section(c.T(messages.UIResolution))
			p.explanation(a.Steps.Title, a.Steps.Intro, a.Steps.Steps)
		}
	}
	p.notThis(r, a)
	if len(a.Warnings) > 0 {
		p.section(c.T(messages.UIWarnings))
		for _, text := range a.Warnings {
			p.para(2, "- ", text)
		}
	}
	return p.err
}

// textAnswer writes the sections of one answer, remembering the first write
// error so that the section code stays free of error checks.
type textAnswer struct {
	w       io.Writer
	c       *messages.Catalog
	started bool
	err     error
}

func (p *textAnswer) printf(format string, args ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format, args...)
	}
}

// section starts a block with its heading, a blank line apart from the
// block before.
func (p *textAnswer) section(heading string) {
	if p.started {
		p.printf("\n")
	}
	p.started = true
	p.printf("%s\n", heading)
}

// para writes text wrapped to textWidth, indented by indent columns: lead
// (a bullet or a label) starts the first line and the other lines are
// aligned under the text that follows it.
func (p *textAnswer) para(indent int, lead, text string) {
	if text == "" {
		return
	}
	pad := strings.Repeat(" ", indent)
	hang := strings.Repeat(" ", displayWidth(lead))
	for i, line := range wrapText(text, textWidth-indent-len(hang)) {
		if i == 0 {
			p.printf("%s%s%s\n", pad, lead, line)
		} else {
			p.printf("%s%s%s\n", pad, hang, line)
		}
	}
}

// label writes "label: value" as one wrapped paragraph.
func (p *textAnswer) label(indent int, key messages.Key, value string) {
	p.para(indent, p.c.T(key)+": ", value)
}

func (p *textAnswer) reading(r decoder.Result) {
	c := p.c
	p.section(c.T(messages.UIReading))
	if r.Variant != 0 {
		p.para(2, "", messages.Fill(c.T(messages.UIVariant), "variant", fmt.Sprint(r.Variant)))
	} else {
		p.para(2, "", c.T(messages.UINoVariant))
	}
	if r.Language != "" {
		p.label(2, messages.UILanguage, messages.For(r.Language).Name)
	}
	if r.Server != "" {
		p.label(2, messages.UIServer, r.Server)
		p.para(4, "", c.T(messages.UIServerWhere))
	}
	if r.HasCode {
		code := decoder.Hex(r.Code)
		if r.CodeText != "" && r.CodeText != code {
			code += fmt.Sprintf("  %q", r.CodeText)
		}
		p.label(2, messages.UICode, code)
	}
}

// flags writes one block per set flag, most decisive first, or the
// zero-code explanation, then the bits no flag defines.
func (p *textAnswer) flags(r decoder.Result, a decoder.Advice) {
	if !r.HasCode {
		return
	}
	c := p.c
	p.section(c.T(messages.UIFlags))
	for i, f := range a.Flags {
		if i > 0 {
			p.printf("\n")
		}
		p.para(2, "", fmt.Sprintf("%s  %s: %s", decoder.Hex(f.Value), f.Name, f.Title))
		p.para(4, "", f.WinHTTP)
		p.label(4, messages.UIMeaning, f.Meaning)
		if len(f.Causes) > 0 {
			p.para(4, "", c.T(messages.UICauses)+":")
			for _, cause := range f.Causes {
				p.para(6, "- ", cause)
			}
		}
		if len(f.Fixes) > 0 {
			p.para(4, "", c.T(messages.UIFixes)+":")
			p.steps(6, f.Fixes)
		}
	}
	if a.ZeroCode != nil {
		p.para(2, "", c.T(messages.UINoFlags))
		p.printf("\n")
		p.explanation(a.ZeroCode.Title, a.ZeroCode.Text, a.ZeroCode.Steps)
	}
	if r.UnknownBits != 0 {
		p.printf("\n")
		p.label(2, messages.UIUnknownBits, decoder.Hex(r.UnknownBits))
	}
	if len(a.Flags) > 0 && c.Win32Misread != "" {
		p.printf("\n")
		p.para(2, "", c.Win32Misread)
	}
}

// alternative writes the other reading of ambiguous digits with its flags.
func (p *textAnswer) alternative(alt *decoder.Alternative) {
	if alt == nil {
		return
	}
	p.section(messages.Fill(p.c.T(messages.UIAlternative), "code", decoder.Hex(alt.Code)))
	for _, f := range alt.Flags {
		p.para(2, "- ", fmt.Sprintf("%s  %s: %s", decoder.Hex(f.Value), f.Name, p.c.Flags[f.Value].Title))
	}
	if alt.UnknownBits != 0 {
		p.label(2, messages.UIUnknownBits, decoder.Hex(alt.UnknownBits))
	}
}

// notThis explains an input that is another code family or a look-alike
// dialog rather than this error.
func (p *textAnswer) notThis(r decoder.Result, a decoder.Advice) {
	if a.Family == nil && a.NearMiss == nil {
		return
	}
	c := p.c
	p.section(c.T(messages.UINotThis))
	if a.Family != nil {
		written := quoteIf(r.CodeText)
		if r.FamilyName != "" && strings.EqualFold(r.CodeText, r.FamilyName) {
			written = "" // the constant's name as written
		}
		p.para(2, "", strings.TrimSpace(r.FamilyName+"  "+written))
		if f, ok := c.Flags[r.FamilyFlag]; ok && r.FamilyFlag != 0 {
			// The other family's code names one problem; show the flag
			// this dialog uses for it.
			p.para(2, "-> ", fmt.Sprintf("%s %s: %s", decoder.Hex(r.FamilyFlag), decoder.Names(r.FamilyFlag), f.Title))
		}
		p.explanation(a.Family.Title, a.Family.Text, a.Family.Steps)
	}
	if a.NearMiss != nil {
		if a.Family != nil {
			p.printf("\n")
		}
		p.explanation(a.NearMiss.Title, a.NearMiss.Text, a.NearMiss.Steps)
	}
}

func quoteIf(s string) string {
	if s == "" {
		return ""
	}
	return fmt.Sprintf("%q", s)
}

// explanation writes a titled text and its numbered steps.
func (p *textAnswer) explanation(title, text string, steps []messages.Step) {
	p.para(2, "", title)
	p.para(4, "", text)
	p.steps(4, steps)
}

// steps writes numbered steps, each saying who acts, what to do, where,
// and the command to paste. Commands are never wrapped, so that they can
// be copied whole.
func (p *textAnswer) steps(indent int, steps []messages.Step) {
	c := p.c
	for i, s := range steps {
		lead := fmt.Sprintf("%d. ", i+1)
		who := c.Who[s.Who]
		if who == "" {
			who = string(s.Who)
		}
		p.para(indent, lead, "["+who+"] "+s.Do)
		sub := indent + len(lead)
		p.label(sub, messages.UIWhere, s.Where)
		if s.Command != "" {
			p.printf("%s%s: %s\n", strings.Repeat(" ", sub), c.T(messages.UICommand), s.Command)
		}
	}
}
