package note

import (
	"proxycert/decoder"
	"proxycert/messages"
)

// customerFlag names, for each flag, the key of its plain-words sentence.
var customerFlag = map[uint32]messages.Key{
	0x00000001: messages.UINoteCustomerFlagRevocation,
	0x00000002: messages.UINoteCustomerFlagInvalid,
	0x00000004: messages.UINoteCustomerFlagRevoked,
	0x00000008: messages.UINoteCustomerFlagIssuer,
	0x00000010: messages.UINoteCustomerFlagName,
	0x00000020: messages.UINoteCustomerFlagDate,
	0x00000040: messages.UINoteCustomerFlagUsage,
	0x80000000: messages.UINoteCustomerFlagChannel,
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
		d.para(c.T(messages.UINoteCustomerWe), doing(a, c))
	case decoder.KindDialogNoCode:
		intro(&d, r, c)
		d.para("", c.T(messages.UINoteCustomerNeedCode))
	case decoder.KindNearMiss:
		d.para("", c.T(messages.UINoteCustomerOtherDialog))
	case decoder.KindOtherFamily:
		d.para("", c.T(messages.UINoteCustomerOtherCode))
	default:
		d.para("", c.T(messages.UINoteCustomerNeedMessage))
	}
	d.para("", c.T(messages.UINoteCustomerUpdate))
	return d
}

func intro(d *doc, r decoder.Result, c *messages.Catalog) {
	if r.Server == "" {
		d.para("", c.T(messages.UINoteCustomerIntroNoServer))
		return
	}
	d.para("", messages.Fill(c.T(messages.UINoteCustomerIntro), "server", r.Server))
}

// found says in plain words what each flag, or code 0, means.
func found(d *doc, a decoder.Advice, c *messages.Catalog) {
	var items []item
	for _, f := range a.Flags {
		items = append(items, item{text: c.T(customerFlag[f.Value])})
	}
	if a.ZeroCode != nil {
		items = append(items, item{text: c.T(messages.UINoteCustomerZero)})
	}
	if len(items) > 0 {
		d.para(c.T(messages.UINoteCustomerFound), "")
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
		out = append(out, step{do: c.T(messages.UINoteCustomerDoClock)})
	}
	if r.Code&(0x1|0x8|0x80000000) != 0 {
		out = append(out, step{do: c.T(messages.UINoteCustomerDoNetwork)})
	}
	if a.Resolution == 3 {
		out = append(out, step{do: c.T(messages.UINoteCustomerDoSafeMode)})
	}
	out = append(out, step{do: c.T(messages.UINoteCustomerDont)})
	d.para(c.T(messages.UINoteCustomerYou), "")
	d.steps(out)
}

// customerDoing names, for each KB resolution, what the helpdesk does.
var customerDoing = map[int]messages.Key{
	1: messages.UINoteCustomerDoing1,
	2: messages.UINoteCustomerDoing2,
	3: messages.UINoteCustomerDoing3,
}

// doing says what the helpdesk does, by the KB resolution that applies.
func doing(a decoder.Advice, c *messages.Catalog) string {
	if key, ok := customerDoing[a.Resolution]; ok {
		return c.T(key)
	}
	return c.T(messages.UINoteCustomerDoing)
}
