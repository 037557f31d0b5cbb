package page

import (
	"slices"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"proxycert/app/note"
	"proxycert/decoder"
	"proxycert/messages"
)

// stepsView is "What to do, in order": who acts first, then the steps in
// groups in the order of note.StepGroups, the order the work notes use:
// the first checks, the fixes of each flag from the most decisive one
// down, then the steps for code 0, another code family or a look-alike
// dialog. A button opens how to do every step at once.
type stepsView struct {
	app.Compo

	Lang   string
	Advice decoder.Advice
	// Cards are every flag's advice shown so far, in severity order (see
	// keepCards): the fixes of flags the code no longer has stay mounted,
	// hidden, so that ticking flags flips an attribute rather than
	// building a group of steps.
	Cards []decoder.FlagAdvice

	open bool // every step's "how" shown
}

// group is one titled run of steps, as the page shows it.
type group struct {
	id, class string
	note.StepGroup
	hidden bool
}

// groups lists the groups in order, the kept flags' among them, hidden.
func (v *stepsView) groups(c *messages.Catalog) []group {
	a := v.Advice
	var out []group
	if len(a.FirstChecks) > 0 {
		out = append(out, group{id: "first", class: "first-checks", StepGroup: note.StepGroup{Title: c.T(messages.UIFirstChecks), Steps: a.FirstChecks}})
	}
	for _, f := range v.Cards {
		out = append(out, group{
			id: "fix-" + decoder.Hex(f.Value), class: "fix-group",
			StepGroup: note.StepGroup{Title: note.FixesFor(f, c), Flag: f.Value, Steps: f.Fixes},
			hidden:    !slices.ContainsFunc(a.Flags, func(g decoder.FlagAdvice) bool { return g.Value == f.Value }),
		})
	}
	for _, x := range []struct {
		id string
		e  *messages.Explanation
	}{{"zero", a.ZeroCode}, {"family", a.Family}, {"near-miss", a.NearMiss}} {
		if x.e != nil && len(x.e.Steps) > 0 {
			out = append(out, group{id: x.id, class: "other-steps", StepGroup: note.StepGroup{Title: x.e.Title, Steps: x.e.Steps}})
		}
	}
	return out
}

// parties lists who acts, in the order they first appear in the shown
// groups.
func parties(groups []group) []messages.Who {
	var out []messages.Who
	for _, g := range groups {
		for _, s := range g.Steps {
			if !g.hidden && !slices.Contains(out, s.Who) {
				out = append(out, s.Who)
			}
		}
	}
	return out
}

func (v *stepsView) Render() app.UI {
	c := messages.For(v.Lang)
	groups := v.groups(c)
	who := parties(groups)
	toggle := messages.UIPageStepsOpenAll
	if v.open {
		toggle = messages.UIPageStepsCloseAll
	}
	return app.Section().ID("steps").Class("steps-view").Aria("labelledby", "steps-title").Body(
		app.Div().Class("steps-top").Body(
			app.H3().ID("steps-title").Text(c.T(messages.UIPageStepsTitle)),
			app.Button().Type("button").ID("steps-open").Class("button", "button-quiet", "steps-toggle").
				Aria("pressed", v.open).Text(c.T(toggle)).OnClick(v.toggle),
		),
		app.If(len(who) > 0, func() app.UI {
			return app.P().ID("who-first").Class("who-first").Body(
				app.Span().Class("who-first-label").Text(c.T(messages.UIPageWhoFirst)),
				app.Span().Class("who", "who-"+string(who[0])).Text(c.Who[who[0]]),
				app.If(len(who) > 1, func() app.UI {
					return app.Span().Class("who-then").Body(
						app.Span().Class("who-then-label").Text(c.T(messages.UIPageWhoThen)),
						app.Range(who[1:]).Slice(func(i int) app.UI {
							w := who[1+i]
							return app.Span().Class("who", "who-"+string(w)).Text(c.Who[w])
						}),
					)
				}),
			)
		}),
		app.Range(groups).Slice(func(i int) app.UI {
			g := groups[i]
			class := g.class
			if g.hidden {
				class += "-kept"
			}
			return hide(app.Section().ID(g.id).Class("step-group", class), g.hidden).
				Aria("labelledby", g.id+"-title").Body(
				app.H4().ID(g.id+"-title").Text(g.Title),
				&stepList{Lang: v.Lang, ID: g.id, Open: v.open, Steps: g.Steps},
			)
		}),
	)
}

func (v *stepsView) toggle(ctx app.Context, e app.Event) { v.open = !v.open }
