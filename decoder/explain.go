package decoder

import (
	"strings"

	"proxycert/messages"
)

// Advice is a reading turned into text in one language: what each flag
// means and what to do, in the order a helpdesk should work through it.
type Advice struct {
	Flags       []FlagAdvice          // set flags, most decisive first
	FirstChecks []messages.Step       // for any code
	Resolution  int                   // KB 923575 resolution number, 0 when none applies
	Steps       *messages.Resolution  // that resolution's text
	ZeroCode    *messages.Explanation // when the code is 0
	Family      *messages.Explanation // when the input is another family's code
	NearMiss    *messages.Explanation // when the input is a look-alike dialog
	Warnings    []string              // the warnings' texts
}

// FlagAdvice is one set flag with its text.
type FlagAdvice struct {
	Flag
	messages.FlagText
}

// resolutionFor picks KB 923575's resolution: 1 (read the certificate) for
// messages 1 and 2, 2 (trust the root) for message 3, 3 (msstd and add-ins)
// for message 4. A bare code picks by its most telling flag.
func resolutionFor(r Result) int {
	switch r.Variant {
	case 1, 2:
		return 1
	case 3:
		return 2
	case 4:
		if r.HasCode && r.Code&ValidMask != 0 {
			return 1
		}
		return 3
	}
	switch {
	case !r.HasCode || r.OtherFamily != "":
		return 0
	case r.Code == 0:
		return 3
	case r.Code&ValidMask == 0x8:
		return 2
	case r.Code&ValidMask != 0:
		return 1
	}
	return 0
}

// Explain returns the advice for r in the catalog's language. Placeholders
// {server} in the texts become r.Server, or the catalog's generic name for
// it when the dialog named none.
func Explain(r Result, c *messages.Catalog) Advice {
	server := r.Server
	if server == "" {
		server = c.T(messages.UIServerPlaceholder)
	}
	fill := strings.NewReplacer("{server}", server)
	var a Advice
	for _, w := range r.Warnings {
		a.Warnings = append(a.Warnings, w.Text(c))
	}
	if r.NearMiss != "" {
		a.NearMiss = explanation(c.NearMisses[r.NearMiss], fill)
	}
	if r.OtherFamily != "" {
		a.Family = explanation(c.Families[r.OtherFamily], fill)
	}
	if !r.Recognized {
		return a
	}
	if r.HasCode {
		for _, f := range BySeverity(r.Code) {
			t := c.Flags[f.Value]
			t.Fixes = steps(t.Fixes, fill)
			a.Flags = append(a.Flags, FlagAdvice{f, t})
		}
		if r.Code == 0 {
			a.ZeroCode = explanation(c.ZeroCode, fill)
		}
	}
	a.FirstChecks = steps(c.FirstChecks, fill)
	if n := resolutionFor(r); n != 0 {
		res := c.Resolutions[n]
		res.Steps = steps(res.Steps, fill)
		a.Resolution, a.Steps = n, &res
	}
	return a
}

func explanation(e messages.Explanation, fill *strings.Replacer) *messages.Explanation {
	e.Text = fill.Replace(e.Text)
	e.Steps = steps(e.Steps, fill)
	return &e
}

// steps copies the steps with the server name filled in, leaving the
// catalog untouched.
func steps(in []messages.Step, fill *strings.Replacer) []messages.Step {
	out := make([]messages.Step, len(in))
	for i, s := range in {
		s.Title, s.Where, s.Do, s.Command = fill.Replace(s.Title), fill.Replace(s.Where), fill.Replace(s.Do), fill.Replace(s.Command)
		out[i] = s
	}
	return out
}
