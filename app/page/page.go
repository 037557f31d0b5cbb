package page

import (
	"encoding/json"
	"net/url"
	"slices"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"proxycert/decoder"
	"proxycert/messages"
)

// langKey is where the page remembers the language the user switched to.
const langKey = "proxycert.lang"

// page is the whole app at "/": the text box, the answer, and the checklist
// that works backwards. It owns the state; the parts below it only render
// what they are given and report the user's actions through callbacks.
type page struct {
	app.Compo

	lang     string
	in       Entry
	r        decoder.Result
	advice   decoder.Advice
	cards    []decoder.FlagAdvice // flag cards shown so far, in this language
	cardLang string
	problems []decoder.LinkProblem // parameters of the opened link that were left out
	address  *url.URL              // the page's address as opened, the base of links
	// linkLang is the lang= of the links the page makes (the address bar,
	// "Copy link", the work note's link): the language the user chose
	// with the switch on this page, else the one the opened link named,
	// else none, so that whoever opens the link reads it in their own
	// language. linkFor is the address linkLang was read from.
	linkLang string
	linkFor  *url.URL
	ready    bool       // set once the WebAssembly side has applied the link
	before   beforeWasm // what the user did while the WebAssembly loaded
	img      imageState // the screenshot reader's progress and offers (pageimage.go)
}

// OnInit reads a link's answer in the browser before the first render, so
// that it is part of the first mount rather than an update right after it
// (a warm deep link showed its answer 40-100 ms sooner); OnNav then finds
// it in place.
func (p *page) OnInit() {
	if !app.IsClient {
		return
	}
	p.address = app.Window().URL()
	o := OpenLink(linkParams(p.address))
	p.lang = chooseLang(o.Lang, rememberedLang(), browserLang())
	p.problems = o.Problems
	p.before = readBeforeWasm()
	if p.before.changed {
		// What the user typed into the pre-rendered box is what they
		// see: it wins over the link the page was opened with.
		in, r := Entry{}.Typed(p.before.text)
		p.problems = nil
		p.set(in, r)
		return
	}
	p.set(o.In, o.In.Result())
}

// OnMount puts back the focus and selection the pre-rendered text box had.
func (p *page) OnMount(ctx app.Context) {
	p.before.restore()
}

// OnNav reads the state from the address, in the browser and during
// pre-rendering on the host.
func (p *page) OnNav(ctx app.Context) {
	u := ctx.Page().URL()
	if !p.ready && p.address != nil && u.String() == p.address.String() {
		// OnInit has read this very address: only what needs the
		// context is left to do.
		p.setLang(ctx, p.lang)
		p.syncURL(ctx)
		p.ready = true
		return
	}
	p.address = u
	o := OpenLink(linkParams(p.address))
	if o.Empty && p.ready {
		// A fragment that is not a link (the user emptied the address bar's
		// hash) must not wipe what is on screen.
		return
	}
	var remembered, browser string
	if app.IsClient {
		remembered, browser = rememberedLang(), browserLang()
	}
	p.problems = o.Problems
	p.setLang(ctx, chooseLang(o.Lang, remembered, browser))
	p.show(ctx, o.In, o.In.Result())
	p.img.fromImage = false
	p.ready = app.IsClient
}

// rememberedLang is the language the user last switched to, as go-app's
// LocalStorage writes it (JSON), read without a context for OnInit; "" when
// none.
func rememberedLang() string {
	var lang string
	if v := app.Window().Get("localStorage").Call("getItem", langKey); v.Truthy() {
		_ = json.Unmarshal([]byte(v.String()), &lang) // unreadable: not remembered
	}
	return lang
}

func browserLang() string { return app.Window().Get("navigator").Get("language").String() }

// show puts a new state on screen and into the address bar.
func (p *page) show(ctx app.Context, in Entry, r decoder.Result) {
	p.set(in, r)
	p.syncURL(ctx)
}

// set derives the answer and the flag cards from a reading, and the
// links' language from a newly opened address.
func (p *page) set(in Entry, r decoder.Result) {
	if p.address != p.linkFor {
		p.linkFor, p.linkLang = p.address, openedLang(p.address, p.lang)
	}
	p.in, p.r = in, r
	p.advice = decoder.Explain(r, messages.For(p.lang))
	if p.cardLang != p.lang {
		p.cards, p.cardLang = nil, p.lang
	}
	p.cards = keepCards(p.cards, p.advice.Flags)
}

func (p *page) setLang(ctx app.Context, lang string) {
	p.lang = lang
	c := messages.For(lang)
	ctx.Page().SetLang(lang)
	ctx.Page().SetTitle("%s", c.T(messages.UIPageTitle))
	ctx.Page().SetDescription("%s", c.T(messages.UIPageDescription))
}

// syncURL makes the address bar the shareable state, in the fragment form,
// without a reload or a new history entry.
func (p *page) syncURL(ctx app.Context) {
	if !app.IsClient {
		return
	}
	cur := ctx.Page().URL()
	addr, _ := p.in.shareLink(cur, p.r, p.linkLang)
	if next, err := url.Parse(addr); err == nil && addr != cur.String() {
		ctx.Page().ReplaceURL(next)
	}
}

// shareURL is the address "Copy link" copies: the fragment form.
func (p *page) shareURL() string {
	if p.address == nil {
		return ""
	}
	addr, _ := p.in.shareLink(p.address, p.r, p.linkLang)
	return addr
}

// textLeftOut reports whether the shared link leaves the text out.
func (p *page) textLeftOut() bool {
	if p.address == nil {
		return false
	}
	_, leftOut := p.in.shareLink(p.address, p.r, p.linkLang)
	return leftOut
}

func (p *page) onType(ctx app.Context, e app.Event) {
	in, r := p.in.Typed(ctx.JSSrc().Get("value").String())
	p.problems = nil
	// A correction typed into a picture's reading keeps its mark; a
	// paste or an emptied box is another text.
	p.img.fromImage = p.img.fromImage && in.Text != "" && !isPaste(e, p.in.Text, in.Text)
	p.show(ctx, in, r)
}

// pick loads an example or any other text as if it had been pasted.
func (p *page) pick(ctx app.Context, text string) {
	in, r := Entry{}.Typed(text)
	p.problems = nil
	p.show(ctx, in, r)
	p.img.fromImage = false
	ctx.Defer(func(app.Context) { focus("paste") })
}

// useCode makes the page read code: the checklist and the decimal
// alternative call it.
func (p *page) useCode(ctx app.Context, code uint32) {
	in := p.in.withCode(p.r, code)
	p.show(ctx, in, in.Result())
}

// useServer sets the server name from the checklist.
func (p *page) useServer(ctx app.Context, server string) {
	in := p.in
	in.Server = server
	if in.Text == "" && server != "" {
		// A server alone reads as nothing; start from the zero code so
		// the link can carry it.
		in.Text = decoder.Hex(0)
	}
	p.show(ctx, in, in.Result())
}

func (p *page) switchLang(ctx app.Context, lang string) {
	ctx.LocalStorage().Set(langKey, lang)
	p.linkLang = lang // chosen here: links carry it from now on
	p.setLang(ctx, lang)
	p.show(ctx, p.in, p.r)
}

// Render lays out the page. The children's callbacks go in unexported
// fields: go-app compares only exported fields to decide whether a child
// changed (see doc.go), and two funcs never compare equal, so a callback in
// an exported field would re-render its child on every keystroke.
func (p *page) Render() app.UI {
	c := messages.For(p.lang)
	ready := ""
	if p.ready {
		ready = "true"
	}
	return app.Div().Class("page").DataSet("ready", ready).DataSet("lang", p.lang).Body(
		app.Header().Class("site-header").Body(
			app.Div().Class("brand").Body(
				app.H1().Text(c.T(messages.UIPageTitle)),
				app.P().Class("tagline").Text(c.T(messages.UIPageTagline)),
			),
			&langSwitch{Lang: p.lang, onSwitch: p.switchLang},
		),
		app.Main().Class("layout").Body(
			&updateBanner{Lang: p.lang},
			&linkNotice{Lang: p.lang, Problems: p.problems},
			app.Section().Class("input-panel").Aria("label", c.T(messages.UIPageInputSection)).Body(
				&pasteBox{
					Lang: p.lang, Text: p.in.Text, onInput: p.onType,
					LeftOut: p.textLeftOut(), FromImage: p.img.fromImage, onImage: p.readImage,
				},
				&imageReader{
					Lang: p.lang, Reading: p.img.reading, Stage: p.img.stage, ReadLang: p.img.lang,
					Percent: int(p.img.fraction * 100), Outcome: p.img.outcome,
					Offline: p.img.offline, OfflinePercent: int(p.img.offFrac * 100),
					onPick: p.readImage, onCancel: p.cancelImage, onOffline: p.offerOffline,
				},
				&examples{Lang: p.lang, Hidden: p.in.Text != "", onPick: p.pick},
			),
			// On a narrow screen the answer follows the box directly; the
			// flags and their builder are part of it (flagView).
			app.Div().Class("answer-column").Body(
				&answerView{
					Lang: p.lang, Text: p.in.Text, Result: p.r, Advice: p.advice, Cards: p.cards,
					ShareURL: p.shareURL(), LinkLang: p.linkLang,
					onCode: p.useCode, onServer: p.useServer,
				},
				// The certificate stays in certCheck, never in p.in: links
				// and the address bar are made from p.in alone.
				&certCheck{Lang: p.lang, Server: p.r.Server, Code: p.r.Code, HasCode: p.r.Kind() == decoder.KindCode},
			),
		),
		app.Footer().Class("site-footer").Body(
			app.P().Text(c.T(messages.UIPageFooter)),
		),
	)
}

// keepCards returns the flag cards to render: those of now, and those of
// kept that now lacks, in severity order.
func keepCards(kept, now []decoder.FlagAdvice) []decoder.FlagAdvice {
	var mask uint32
	for _, c := range kept {
		mask |= c.Value
	}
	for _, c := range now {
		mask |= c.Value
	}
	out := make([]decoder.FlagAdvice, 0, len(kept)+len(now))
	for _, f := range decoder.BySeverity(mask) {
		i := slices.IndexFunc(now, func(c decoder.FlagAdvice) bool { return c.Value == f.Value })
		if i < 0 {
			i = slices.IndexFunc(kept, func(c decoder.FlagAdvice) bool { return c.Value == f.Value })
			out = append(out, kept[i])
			continue
		}
		out = append(out, now[i])
	}
	return out
}

// focus moves the keyboard focus to the element with the given id.
func focus(id string) {
	if el := app.Window().GetElementByID(id); el.Truthy() {
		el.Call("focus")
	}
}
