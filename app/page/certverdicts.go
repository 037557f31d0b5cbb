package page

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"proxycert/decoder/cert"
	"proxycert/messages"
)

// The certificate check's answer. These are functions, not components: each
// component type costs the page its own copy of go-app's plumbing, and
// only certCheck has state.

// certResult shows what the check found: a one-line status in a live
// region (what a screen reader announces after each change), the reasons
// an input gave no certificate, then the verdicts and the certificates'
// fields.
func certResult(c *messages.Catalog, v certView) app.UI {
	return app.Div().ID("cert-result").Class("cert-result").Body(
		app.P().ID("cert-status").Class("cert-status").Aria("live", "polite").Aria("atomic", "true").
			Text(v.status(c)),
		app.If(len(v.Problems) > 0, func() app.UI {
			return app.Ul().ID("cert-problems").Class("notice", "notice-problem", "cert-problems").Body(
				app.Range(v.Problems).Slice(func(i int) app.UI {
					return app.Li().Text(v.Problems[i])
				}),
			)
		}),
		app.If(v.Desc == nil && len(v.Problems) == 0, func() app.UI {
			return app.P().Class("hint").Text(c.T(messages.UIPageCertEmpty))
		}),
		app.If(v.Desc != nil, func() app.UI {
			d := v.Desc
			return app.Div().Class("cert-answer").Body(
				certVerdicts(c, d),
				certFields(c, append(append([]cert.CertText(nil), d.Chain...), d.Unrelated...)),
			)
		}),
	)
}

// certVerdicts says, for each flag of the code (every flag when there is
// none), most decisive first, whether this certificate explains it, with
// the evidence; then the principal name check and remarks on the paste.
func certVerdicts(c *messages.Catalog, d *cert.Description) app.UI {
	title := c.Cert[messages.CertFlagsAll]
	if d.Code != nil {
		title = messages.Fill(c.Cert[messages.CertFlagsFor], "code", d.Hex)
	}
	at := d.At.UTC().Format("2006-01-02 15:04 UTC")
	return app.Section().ID("cert-verdicts").Class("cert-verdicts").Aria("labelledby", "cert-verdicts-title").Body(
		app.H3().ID("cert-verdicts-title").Text(title),
		app.P().ID("cert-checked-at").Class("hint").Text(messages.Fill(c.Cert[messages.CertCheckedAt], "at", at)),
		app.If(d.Code != nil && len(d.Findings) == 0, func() app.UI {
			return app.P().Class("hint").Text(c.T(messages.UIPageCertNoFlags))
		}),
		app.Ul().Class("cert-findings").Body(
			app.Range(d.Findings).Slice(func(i int) app.UI {
				return findingItem(c, d.Findings[i], "cert-finding-"+d.Findings[i].Hex)
			}),
			app.If(d.Principal != nil, func() app.UI {
				return findingItem(c, *d.Principal, "cert-finding-msstd")
			}),
		),
		app.If(len(d.Notes) > 0, func() app.UI {
			return app.Div().ID("cert-notes").Class("cert-notes").Body(
				app.H4().Text(c.Cert[messages.CertNotesHeading]),
				evidenceList(c, d.Notes, "cert-notes"),
			)
		}),
	)
}

// findingItem is one flag's verdict and its evidence.
func findingItem(c *messages.Catalog, it cert.Item, id string) app.UI {
	verdict := "verdict-" + string(it.Verdict)
	return app.Li().ID(id).Class("cert-finding", verdict).Body(
		app.H4().Class("cert-finding-title").Body(
			app.Span().Text(it.Title),
			app.If(it.Hex != "", func() app.UI {
				return app.Code().Attr("translate", "no").Text(it.Hex)
			}),
		),
		app.P().Class("verdict", verdict).Text(it.Label),
		evidenceList(c, it.Evidence, id),
	)
}

// evidenceList shows evidence lines, each with the command it gives and
// that command's copy button; the commands' ids start with id.
func evidenceList(c *messages.Catalog, lines []cert.Line, id string) app.UI {
	return app.Ul().Class("evidence").Body(
		app.Range(lines).Slice(func(i int) app.UI {
			l := lines[i]
			return app.Li().Body(
				app.P().Text(l.Text),
				app.If(l.Command != "", func() app.UI {
					return &copyCommand{Lang: c.Lang, ID: id + "-cmd-" + strconv.Itoa(i+1), Text: l.Command}
				}),
			)
		}),
	)
}
