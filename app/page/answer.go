package page

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"proxycert/app/note"
	"proxycert/decoder"
	"proxycert/messages"
)

// answerView is everything the page says about the input, ordered for
// someone with a caller on the line: a one-line summary in an aria-live
// region (what a screen reader announces after each change), what the
// input is when it is not this error, the warnings, "Copy link" and the
// ticket note, then the steps in order with who acts first (stepsView),
// and only after them the reference (referenceView): the flags, how the
// input was read, KB 923575's own resolution.
type answerView struct {
	app.Compo

	Lang     string
	Text     string
	Result   decoder.Result
	Advice   decoder.Advice
	Cards    []decoder.FlagAdvice // every flag card shown so far, in severity order (see keepCards)
	ShareURL string
	LinkLang string // the lang= of the page's links (see page.linkLang)
	onCode   func(ctx app.Context, code uint32)
	onServer func(ctx app.Context, server string)
}

// OnMount places the keyboard focus when the page opens, unless something
// has it already (the text box the user typed into while the WebAssembly
// loaded; see beforeWasm). On "/" the text box gets it, so that Ctrl+V
// right after opening decodes. On a deep link the summary gets it: a
// screen reader reads the answer out at once, Tab goes on to "Copy link"
// and the steps, and the text box is one Shift+Tab back. The summary is
// brought into view with it (revealAnswer).
func (a *answerView) OnMount(ctx app.Context) {
	doc := app.Window().Get("document")
	if active := doc.Get("activeElement"); active.Truthy() && !active.Equal(doc.Get("body")) {
		return
	}
	if strings.TrimSpace(a.Text) == "" {
		focus("paste")
		return
	}
	if summary := app.Window().GetElementByID("summary"); summary.Truthy() {
		summary.Call("focus", map[string]any{"preventScroll": true})
	}
	revealAnswer()
}

func (a *answerView) Render() app.UI {
	c := messages.For(a.Lang)
	empty := strings.TrimSpace(a.Text) == ""
	return app.Section().ID("answer").Class("answer").Aria("labelledby", "answer-title").Body(
		app.H2().ID("answer-title").Text(c.T(messages.UIPageAnswerTitle)),
		// Focusable from script only: a deep link puts the focus here
		// (see page.OnMount).
		app.P().ID("summary").Class("summary").TabIndex(-1).Aria("live", "polite").Aria("atomic", "true").
			Text(Summary(c, a.Result, a.Advice, empty)),
		app.If(empty, func() app.UI {
			return app.Div().Class("answer-body").Body(
				app.P().ID("answer-empty").Class("hint").Text(c.T(messages.UIPageEmpty)),
				&flagView{Lang: a.Lang, Result: a.Result, onCode: a.onCode, onServer: a.onServer},
			)
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
		app.P().Text(messages.Fill(c.T(messages.UIPageFamilyFlag), "code", hex, "name", decoder.Names(v), "title", c.Flags[v].Title)),
		app.Button().Type("button").ID("use-family-flag").Class("button").
			Text(messages.Fill(c.T(messages.UIPageFamilyFlagShow), "code", hex)).
			OnClick(func(ctx app.Context, e app.Event) {
				if v := a.Result.FamilyFlag; v != 0 {
					a.onCode(ctx, v)
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
		out = append(out, &explanation{Kind: "near-miss", Kicker: c.T(messages.UINotThis), Text: *adv.NearMiss})
	}
	if adv.Family != nil {
		out = append(out, &explanation{Kind: "family", Kicker: c.T(messages.UINotThis), Text: *adv.Family})
		if r.FamilyName != "" {
			out = append(out, app.P().Class("family-name").Body(app.Code().Attr("translate", "no").Text(r.FamilyName)))
		}
		if r.FamilyFlag != 0 {
			out = append(out, a.familyFlag(c))
		}
	}
	if adv.ZeroCode != nil {
		out = append(out, &explanation{Kind: "zero-code", Text: *adv.ZeroCode})
	}
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
				Text(messages.Fill(c.T(messages.UIPageUseDecimal), "code", decoder.Hex(alt.Code))).
				OnClick(func(ctx app.Context, e app.Event) {
					if alt := a.Result.Alternative; alt != nil {
						a.onCode(ctx, alt.Code)
					}
				}),
		))
	}
	out = append(out, app.Div().Class("answer-actions").Body(
		&copyLink{Lang: a.Lang, URL: a.ShareURL},
		&ticketNote{Lang: a.Lang, Text: a.Text, Result: r, LinkLang: a.LinkLang},
	))
	if len(note.StepGroups(adv, c)) > 0 {
		out = append(out, &stepsView{Lang: a.Lang, Advice: adv, Cards: a.Cards})
	}
	out = append(out, &referenceView{
		Lang: a.Lang, Result: r, Advice: adv, Cards: a.Cards,
		onCode: a.onCode, onServer: a.onServer,
	})
	return out
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
		return c.T(messages.UIPageNotRecognized)
	case decoder.KindDialogNoCode:
		return c.T(messages.UIPageSummaryNoCode)
	}
	var names []string
	for _, f := range adv.Flags {
		names = append(names, f.Title)
	}
	flags := c.T(messages.UINoFlags)
	if len(names) > 0 {
		flags = strings.Join(names, " · ")
	}
	key := messages.UIPageSummary
	if r.Server != "" {
		key = messages.UIPageSummaryServer
	}
	return messages.Fill(c.T(key), "code", decoder.Hex(r.Code), "flags", flags, "server", r.Server)
}
