package page

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"proxycert/decoder"
	"proxycert/messages"
)

// reading says how the input was read: which dialog and language, the proxy
// server with where Outlook keeps it, and the code.
type reading struct {
	app.Compo

	Lang   string
	Result decoder.Result
}

func (v *reading) Render() app.UI {
	c := messages.For(v.Lang)
	r := v.Result
	variant := c.T(messages.UINoVariant)
	if r.Variant != 0 {
		variant = messages.Fill(c.T(messages.UIVariant), "variant", strconv.Itoa(r.Variant))
	}
	return app.Section().Class("reading").Aria("labelledby", "reading-title").Body(
		app.H3().ID("reading-title").Text(c.T(messages.UIReading)),
		app.Dl().Class("reading-list").Body(
			app.Dt().Text(c.T(messages.UIPageDialog)),
			app.Dd().ID("reading-variant").Text(variant),
			app.Dt().Text(c.T(messages.UILanguage)),
			app.Dd().ID("reading-language").Text(languageName(c, r)),
			app.Dt().Text(c.T(messages.UIServer)),
			app.Dd().ID("reading-server").Body(
				app.If(r.Server != "", func() app.UI {
					return app.Code().Class("server").Attr("translate", "no").Text(r.Server)
				}).Else(func() app.UI {
					return app.Span().Text(c.T(messages.UIPageNoServer))
				}),
				app.P().Class("where").Text(c.T(messages.UIServerWhere)),
			),
			app.Dt().Text(c.T(messages.UICode)),
			app.Dd().ID("reading-code").Body(v.code(c)...),
		),
	)
}

func (v *reading) code(c *messages.Catalog) []app.UI {
	r := v.Result
	if !r.HasCode {
		return []app.UI{app.Span().Text(c.T(messages.UIPageNoCode))}
	}
	out := []app.UI{app.Code().Class("code").Attr("translate", "no").Text(decoder.Hex(r.Code))}
	if r.CodeText != "" && r.CodeText != decoder.Hex(r.Code) {
		out = append(out, app.Span().Class("as-written").Text(
			messages.Fill(c.T(messages.UIPageAsWritten), "text", r.CodeText)))
	}
	return out
}

// languageName names the dialog's language in the UI language. A dialog
// in a language without a catalog, or a message number from a link, has a
// language not known.
func languageName(c *messages.Catalog, r decoder.Result) string {
	switch {
	case r.Language == "" && r.Variant != 0:
		return c.T(messages.UIPageLangUnknown)
	case r.Language == "":
		return c.T(messages.UIPageLangNone)
	}
	return c.LangName(r.Language)
}
