package page

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"proxycert/decoder"
	"proxycert/messages"
)

// answerView is everything the page says about the input: a one-line summary in
// an aria-live region (what a screen reader announces after each change),
// then the reading, the flags, the resolution and the first checks.
type answerView struct {
	app.Compo

	Lang     string
	Text     string
	Result   decoder.Result
	Advice   decoder.Advice
	Cards    []decoder.FlagAdvice // every flag card shown so far, in severity order (see keepCards)
	ShareURL string
	OnCode   func(ctx app.Context, code uint32)
}

func (a *answerView) Render() app.UI {
	c := messages.For(a.Lang)
	empty := strings.TrimSpace(a.Text) == ""
	return app.Section().ID("answer").Class("answer").Aria("labelledby", "answer-title").Body(
		app.H2().ID("answer-title").Text(c.T("page.answer-title")),
		app.P().ID("summary").Class("summary").Aria("live", "polite").Aria("atomic", "true").
			Text(Summary(c, a.Result, a.Advice, empty)),
		app.If(empty, func() app.UI {
			return app.P().Class("hint").Text(c.T("page.empty"))
		}).Else(func() app.UI {
			return app.Div().Class("answer-body").Body(a.body(c)...)
		}),
	)
}

// familyFlag names the flag of this dialog that reports the same problem
// as another family's code, with a button that explains that flag.
func (a *answerView) familyFlag(c *messages.Catalog) app.UI {
	v := a.Result.FamilyFlag
	hex := decoder.Hex(v)
	return app.Div().Class("alternative", "family-flag").Body(
		app.P().Text(messages.Fill(c.T("page.family-flag"), "code", hex, "name", decoder.Names(v), "title", c.Flags[v].Title)),
		app.Button().Type("button").ID("use-family-flag").Class("button").
			Text(messages.Fill(c.T("page.family-flag-show"), "code", hex)).
			OnClick(func(ctx app.Context, e app.Event) {
				if v := a.Result.FamilyFlag; v != 0 {
					a.OnCode(ctx, v)
				}
			}),
	)
}

func (a *answerView) body(c *messages.Catalog) []app.UI {
	r, adv := a.Result, a.Advice
	var out []app.UI
	if r.Err != nil {
		out = append(out, app.P().ID("input-error").Class("notice", "notice-problem").Text(r.Err.Text(c)))
	}
	if adv.NearMiss != nil {
		out = append(out, &explanation{Lang: a.Lang, Kind: "near-miss", Kicker: c.T(messages.UINotThis), Text: *adv.NearMiss})
	}
	if adv.Family != nil {
		out = append(out, &explanation{Lang: a.Lang, Kind: "family", Kicker: c.T(messages.UINotThis), Text: *adv.Family})
		if r.FamilyName != "" {
			out = append(out, app.P().Class("family-name").Body(app.Code().Attr("translate", "no").Text(r.FamilyName)))
		}
		if r.FamilyFlag != 0 {
			out = append(out, a.familyFlag(c))
		}
	}
	if r.Recognized {
		out = append(out, &reading{Lang: a.Lang, Result: r})
	}
	out = append(out, &copyLink{Lang: a.Lang, URL: a.ShareURL})
	out = append(out, &ticketNote{Lang: a.Lang, Text: a.Text, Result: r})
	if len(adv.Warnings) > 0 {
		out = append(out, app.Section().Class("warnings").Aria("labelledby", "warnings-title").Body(
			app.H3().ID("warnings-title").Text(c.T(messages.UIWarnings)),
			app.Ul().Body(app.Range(adv.Warnings).Slice(func(i int) app.UI {
				return app.Li().Text(adv.Warnings[i])
			})),
		))
	}
	if alt := r.Alternative; alt != nil {
		out = append(out, app.Div().Class("alternative").Body(
			app.P().Text(messages.Fill(c.T(messages.UIAlternative), "code", decoder.Hex(alt.Code))),
			app.Button().Type("button").ID("use-decimal").Class("button").
				Text(messages.Fill(c.T("page.use-decimal"), "code", decoder.Hex(alt.Code))).
				OnClick(func(ctx app.Context, e app.Event) {
					if alt := a.Result.Alternative; alt != nil {
						a.OnCode(ctx, alt.Code)
					}
				}),
		))
	}
	if r.Kind() == decoder.KindCode {
		out = append(out, &bitDiagram{Lang: a.Lang, Code: r.Code}, a.flags(c))
	}
	if adv.ZeroCode != nil {
		out = append(out, &explanation{Lang: a.Lang, Kind: "zero-code", Text: *adv.ZeroCode})
	}
	if adv.Steps != nil {
		out = append(out, app.Section().Class("resolution").Aria("labelledby", "resolution-title").Body(
			app.P().Class("kicker").Text(c.T(messages.UIResolution)),
			app.H3().ID("resolution-title").Text(adv.Steps.Title),
			app.P().Text(adv.Steps.Intro),
			&stepList{Lang: a.Lang, Steps: adv.Steps.Steps},
		))
	}
	if len(adv.FirstChecks) > 0 {
		out = append(out, app.Section().Class("first-checks").Aria("labelledby", "first-checks-title").Body(
			app.H3().ID("first-checks-title").Text(c.T(messages.UIFirstChecks)),
			&stepList{Lang: a.Lang, Steps: adv.FirstChecks},
		))
	}
	return out
}

func (a *answerView) flags(c *messages.Catalog) app.UI {
	adv := a.Advice
	return app.Section().Class("flags").Aria("labelledby", "flags-title").Body(
		app.H3().ID("flags-title").Text(c.T(messages.UIFlags)),
		app.If(len(adv.Flags) == 0, func() app.UI {
			return app.P().Text(c.T(messages.UINoFlags))
		}),
		// The cards of flags the code no longer has stay mounted, hidden:
		// typing a code or ticking flags then flips an attribute rather
		// than building a card of about a hundred elements each time.
		app.Range(a.Cards).Slice(func(i int) app.UI {
			fl := a.Cards[i]
			return &flagCard{Lang: a.Lang, Flag: fl, Hidden: a.Result.Code&fl.Value == 0}
		}),
	)
}

// Summary is the answer in one line, for the live region and for print.
func Summary(c *messages.Catalog, r decoder.Result, adv decoder.Advice, empty bool) string {
	if empty {
		return ""
	}
	switch r.Kind() {
	case decoder.KindUnreadable:
		return r.Err.Text(c)
	case decoder.KindNearMiss:
		return adv.NearMiss.Title
	case decoder.KindOtherFamily:
		return adv.Family.Title
	case decoder.KindNothing:
		return c.T("page.not-recognized")
	case decoder.KindDialogNoCode:
		return c.T("page.summary-no-code")
	}
	var names []string
	for _, f := range adv.Flags {
		names = append(names, f.Title)
	}
	flags := c.T(messages.UINoFlags)
	if len(names) > 0 {
		flags = strings.Join(names, " · ")
	}
	key := "page.summary"
	if r.Server != "" {
		key = "page.summary-server"
	}
	return messages.Fill(c.T(key), "code", decoder.Hex(r.Code), "flags", flags, "server", r.Server)
}
