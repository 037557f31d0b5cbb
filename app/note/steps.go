package note

import (
	"strconv"

	"proxycert/decoder"
	"proxycert/messages"
)

// StepGroup is a titled run of steps.
type StepGroup struct {
	Title, Intro string
	Flag         uint32 // the flag whose fixes these are; 0 for any other group
	Steps        []messages.Step
}

// StepGroups lists the steps of a, grouped, in the order to work through
// them: the first checks for any code, the fixes of each flag from the
// most decisive one down, then the steps for code 0, another code family
// or a look-alike dialog. The page shows its steps in this order, and the
// work notes write them so. KB 923575's own resolution is not among them:
// it repeats the first checks for the message at hand, so the page keeps
// it with the reference and the full work note lists it last (see
// fullStepGroups).
func StepGroups(a decoder.Advice, c *messages.Catalog) []StepGroup {
	var groups []StepGroup
	add := func(g StepGroup) {
		if len(g.Steps) > 0 {
			groups = append(groups, g)
		}
	}
	add(StepGroup{Title: c.T(messages.UIFirstChecks), Steps: a.FirstChecks})
	for _, f := range a.Flags {
		add(StepGroup{Title: FixesFor(f, c), Flag: f.Value, Steps: f.Fixes})
	}
	for _, e := range []*messages.Explanation{a.ZeroCode, a.Family, a.NearMiss} {
		if e != nil {
			add(StepGroup{Title: e.Title, Steps: e.Steps})
		}
	}
	return groups
}

// FixesFor is the title of a flag's fixes: "Fixes for FLAG_INVALID_CA:
// Issuer not trusted".
func FixesFor(f decoder.FlagAdvice, c *messages.Catalog) string {
	return messages.Fill(c.T(messages.UINoteFixesFor), "flag", f.Name+": "+f.Title)
}

// fullStepGroups are the groups of StepGroups, then KB 923575's
// resolution for the message.
func fullStepGroups(a decoder.Advice, c *messages.Catalog) []StepGroup {
	groups := StepGroups(a, c)
	if a.Steps != nil && len(a.Steps.Steps) > 0 {
		groups = append(groups, StepGroup{Title: a.Steps.Title, Intro: a.Steps.Intro, Steps: a.Steps.Steps})
	}
	return groups
}

// stepSection writes the full note's groups under one heading, numbered
// group by group, each step with where it is done and its command.
func stepSection(d *doc, a decoder.Advice, c *messages.Catalog) {
	groups := fullStepGroups(a, c)
	if len(groups) == 0 {
		return
	}
	d.heading(2, c.T(messages.UINoteSteps))
	d.para("", c.T(messages.UINoteStepsIntro))
	for i, g := range groups {
		d.heading(3, messages.Fill(c.T(messages.UINoteGroup), "n", strconv.Itoa(i+1), "title", g.Title))
		d.para("", g.Intro)
		d.steps(catalogSteps(c, g.Steps))
	}
}

// shortStepSection writes the groups of StepGroups under one heading,
// numbered group by group, each step by who acts and its title.
func shortStepSection(d *doc, a decoder.Advice, c *messages.Catalog) {
	groups := StepGroups(a, c)
	if len(groups) == 0 {
		return
	}
	d.heading(2, c.T(messages.UINoteSteps))
	for i, g := range groups {
		d.heading(3, messages.Fill(c.T(messages.UINoteGroup), "n", strconv.Itoa(i+1), "title", g.Title))
		steps := catalogSteps(c, g.Steps)
		for j, s := range g.Steps {
			steps[j] = step{who: steps[j].who, do: s.Title}
		}
		d.steps(steps)
	}
}

// footer links back to the page and names the proxycert that wrote the
// note; more, when not "", follows the link.
func footer(d *doc, r decoder.Result, text string, c *messages.Catalog, o Options, more string) {
	if addr, leftOut := decoder.ShareLink(o.Base, r, text, o.LinkLang); addr != "" {
		d.link(c.T(messages.UINoteLink), addr)
		if leftOut {
			d.para("", c.T(messages.UINoteLinkShort))
		}
		d.para("", more)
	}
	version := o.Version
	if version == "" {
		version = "dev"
	}
	d.para("", messages.Fill(c.T(messages.UINoteWrittenBy), "version", version))
}
