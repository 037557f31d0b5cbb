package page

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"proxycert/decoder/cert"
	"proxycert/messages"
)

// certFields shows each certificate's fields under the names Windows'
// certificate dialog gives them, one compact list per certificate: the
// server's first, then its issuers, then pasted certificates that are not
// part of its chain. A description list laid out as a two-column grid
// reads as a table and costs the page less than table elements.
func certFields(c *messages.Catalog, certs []cert.CertText) app.UI {
	// Serial numbers and fingerprints are compared character by character
	// with what Windows shows: they are set as code.
	code := map[string]bool{
		c.Cert[messages.CertFieldSerial]: true,
		c.Cert[messages.CertFieldSHA1]:   true,
		c.Cert[messages.CertFieldSHA256]: true,
	}
	return app.Section().ID("cert-fields").Class("cert-fields").Aria("labelledby", "cert-fields-title").Body(
		app.H3().ID("cert-fields-title").Text(c.Cert[messages.CertFieldsHeading]),
		app.Range(certs).Slice(func(i int) app.UI {
			ct := certs[i]
			id := "cert-card-" + strconv.Itoa(i)
			return app.Div().ID(id).Class("cert-card", "cert-"+ct.Role).Aria("labelledby", id+"-title").Role("group").Body(
				app.H4().ID(id+"-title").Class("cert-card-title").Body(
					app.Span().Class("cert-role").Text(ct.Title),
					app.Span().Class("cert-name").Attr("translate", "no").Text(certName(ct)),
				),
				app.Dl().Class("cert-dl").Body(
					app.Range(ct.Rows).Slice(func(j int) app.UI {
						row := ct.Rows[j]
						return app.Div().Class("cert-row").Body(
							app.Dt().Text(row.Label),
							app.Dd().Body(app.Range(row.Values).Slice(func(k int) app.UI {
								if code[row.Label] {
									return app.Code().Class("cert-value").Attr("translate", "no").Text(row.Values[k])
								}
								return app.Span().Class("cert-value").Text(row.Values[k])
							})),
						)
					}),
				),
			)
		}),
	)
}

// certName is how a certificate's heading names it: the common name, else
// the subject.
func certName(ct cert.CertText) string {
	if ct.CommonName != "" {
		return ct.CommonName
	}
	return ct.Subject
}
