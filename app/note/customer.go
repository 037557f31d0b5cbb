package note

import (
	"strconv"

	"proxycert/decoder"
	"proxycert/messages"
)

// customerFlag names, for each flag, the key of its plain-words sentence.
var customerFlag = map[uint32]string{
	0x00000001: "note.customer.flag-revocation",
	0x00000002: "note.customer.flag-invalid",
	0x00000004: "note.customer.flag-revoked",
	0x00000008: "note.customer.flag-issuer",
	0x00000010: "note.customer.flag-name",
	0x00000020: "note.customer.flag-date",
	0x00000040: "note.customer.flag-usage",
	0x80000000: "note.customer.flag-channel",
}

// customerNote is the comment the user reads: what happened in plain
// words, what the message tells, what the user can do (only the steps
// for the user's own PC) and what the helpdesk is doing. It names no flag,
// constant or code, and carries no link: the page is the helpdesk's tool.
func customerNote(r decoder.Result, c *messages.Catalog) doc {
	var d doc
	switch r.Kind() {
	case decoder.KindCode:
		intro(&d, r, c)
		a := decoder.Explain(r, c)
		found(&d, a, c)
		userSteps(&d, r, a, c)
		d.para(c.T("note.customer.we"), doing(a, c))
	case decoder.KindDialogNoCode:
		intro(&d, r, c)
		d.para("", c.T("note.customer.need-code"))
	case decoder.KindNearMiss:
		d.para("", c.T("note.customer.other-dialog"))
	case decoder.KindOtherFamily:
		d.para("", c.T("note.customer.other-code"))
	default:
		d.para("", c.T("note.customer.need-message"))
	}
	d.para("", c.T("note.customer.update"))
	return d
}

func intro(d *doc, r decoder.Result, c *messages.Catalog) {
	if r.Server == "" {
		d.para("", c.T("note.customer.intro-no-server"))
		return
	}
	d.para("", messages.Fill(c.T("note.customer.intro"), "server", r.Server))
}

// found says in plain words what each flag, or code 0, means.
func found(d *doc, a decoder.Advice, c *messages.Catalog) {
	var items []item
	for _, f := range a.Flags {
		items = append(items, item{text: c.T(customerFlag[f.Value])})
	}
	if a.ZeroCode != nil {
		items = append(items, item{text: c.T("note.customer.zero")})
	}
	if len(items) > 0 {
		d.para(c.T("note.customer.found"), "")
		d.bullets(items...)
	}
}

// userSteps says what the user can do, in plain words rather than the
// work note's steps, which are written for the helpdesk: check the clock
// for a date flag, try another network where the network can be the
// cause, try safe mode where an add-in can be; and always leave
// certificates alone.
func userSteps(d *doc, r decoder.Result, a decoder.Advice, c *messages.Catalog) {
	var out []step
	if r.Code&0x20 != 0 {
		out = append(out, step{do: c.T("note.customer.do-clock")})
	}
	if r.Code&(0x1|0x8|0x80000000) != 0 {
		out = append(out, step{do: c.T("note.customer.do-network")})
	}
	if a.Resolution == 3 {
		out = append(out, step{do: c.T("note.customer.do-safe-mode")})
	}
	out = append(out, step{do: c.T("note.customer.dont")})
	d.para(c.T("note.customer.you"), "")
	d.steps(out)
}

// doing says what the helpdesk does, by the KB resolution that applies.
func doing(a decoder.Advice, c *messages.Catalog) string {
	switch a.Resolution {
	case 1, 2, 3:
		return c.T("note.customer.doing-" + strconv.Itoa(a.Resolution))
	}
	return c.T("note.customer.doing")
}
