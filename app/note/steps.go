package note

import (
	"strconv"

	"proxycert/decoder"
	"proxycert/messages"
)

// stepGroup is a titled run of steps.
type stepGroup struct {
	title, intro string
	steps        []messages.Step
}

// stepOrder lists the steps in the order to work through them: the first
// checks for any code, the KB 923575 resolution for the message, the
// fixes of each flag from the most decisive one down, then the steps for
// code 0, another code family or a look-alike dialog.
func stepOrder(a decoder.Advice, c *messages.Catalog) []stepGroup {
	var groups []stepGroup
	add := func(title, intro string, s []messages.Step) {
		if len(s) > 0 {
			groups = append(groups, stepGroup{title, intro, s})
		}
	}
	add(c.T(messages.UIFirstChecks), "", a.FirstChecks)
	if a.Steps != nil {
		add(a.Steps.Title, a.Steps.Intro, a.Steps.Steps)
	}
	for _, f := range a.Flags {
		add(messages.Fill(c.T("note.fixes-for"), "flag", f.Name+": "+f.Title), "", f.Fixes)
	}
	for _, e := range []*messages.Explanation{a.ZeroCode, a.Family, a.NearMiss} {
		if e != nil {
			add(e.Title, "", e.Steps)
		}
	}
	return groups
}

// stepSection writes the groups under one heading, numbered group by group.
func stepSection(d *doc, a decoder.Advice, c *messages.Catalog) {
	groups := stepOrder(a, c)
	if len(groups) == 0 {
		return
	}
	d.heading(2, c.T("note.steps"))
	d.para("", c.T("note.steps-intro"))
	for i, g := range groups {
		d.heading(3, messages.Fill(c.T("note.group"), "n", strconv.Itoa(i+1), "title", g.title))
		d.para("", g.intro)
		d.steps(catalogSteps(c, g.steps))
	}
}

// footer links back to the page and names the proxycert that wrote the note.
func footer(d *doc, r decoder.Result, text string, c *messages.Catalog, o Options) {
	if addr, leftOut := decoder.ShareLink(o.Base, r, text, c.Lang); addr != "" {
		d.link(c.T("note.link"), addr)
		if leftOut {
			d.para("", c.T("note.link-short"))
		}
	}
	version := o.Version
	if version == "" {
		version = "dev"
	}
	d.para("", messages.Fill(c.T("note.written-by"), "version", version))
}
