package page

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"proxycert/app/note"
	"proxycert/decoder"
	"proxycert/messages"
)

// Where the page remembers the kind and format of ticket note last chosen,
// as it remembers the language.
const (
	noteKindKey   = "proxycert.note-kind"
	noteFormatKey = "proxycert.note-format"
	noteFullKey   = "proxycert.note-full"
)

// ticketNote is the "Ticket note" section: the answer written up for a
// ticket (package decoder/note) as an internal work note or a customer
// comment, in plain text, Markdown or Jira wiki markup. The preview is the
// very string "Copy ticket note" copies. A work note is short unless the
// reader chooses the full reference.
//
// A work note takes milliseconds to write in WebAssembly and the page
// renders on every keystroke, so the note is written only while the
// section is open, and again only when what it is written from changes.
type ticketNote struct {
	app.Compo

	Lang     string
	Text     string         // the text box
	Result   decoder.Result // its reading, with a server or KB message from a link or the checklist
	LinkLang string         // the lang= of the note's link (see page.linkLang)

	base    string // the page's address without query or fragment, which work notes link back to
	version string // the site version (GOAPP_VERSION), which work notes name
	open    bool
	kind    note.Kind
	format  note.Format
	full    bool // the work note with the full reference

	written  noteInput // what composed was written from
	composed string    // the note in the preview

	status copyStatus
}

// noteInput is everything a note depends on. The reading it is written
// from follows from the text, server and KB message.
type noteInput struct {
	lang, text, server string
	variant            int
	kind               note.Kind
	format             note.Format
	full               bool
	base, version      string
	linkLang           string
}

// OnMount takes the page's address and version, and the kind and format
// chosen last time.
func (n *ticketNote) OnMount(ctx app.Context) {
	n.base = pageURL(ctx.Page().URL())
	n.version = app.Getenv("GOAPP_VERSION")
	var kind, format string
	ctx.LocalStorage().Get(noteKindKey, &kind)
	ctx.LocalStorage().Get(noteFormatKey, &format)
	ctx.LocalStorage().Get(noteFullKey, &n.full)
	n.kind, _ = note.ParseKind(kind)
	n.format, _ = note.ParseFormat(format)
}

func (n *ticketNote) input() noteInput {
	r := n.Result
	return noteInput{
		lang: n.Lang, text: n.Text, server: r.Server, variant: r.Variant,
		kind: n.kindOrDefault(), format: n.formatOrDefault(), full: n.full, base: n.base, version: n.version,
		linkLang: n.LinkLang,
	}
}

func (n *ticketNote) kindOrDefault() note.Kind {
	if n.kind == "" {
		return note.Kinds()[0]
	}
	return n.kind
}

func (n *ticketNote) formatOrDefault() note.Format {
	if n.format == "" {
		return note.Formats()[0]
	}
	return n.format
}

// compose writes the note unless it is already written for the same input.
func (n *ticketNote) compose() {
	in := n.input()
	if in == n.written && n.composed != "" {
		return
	}
	n.written = in
	n.composed = note.Compose(n.Result, noteText(n.Text, n.Result), messages.For(n.Lang),
		note.Options{Kind: in.kind, Format: in.format, Full: in.full, Base: in.base, Version: in.version, LinkLang: in.linkLang})
}

// noteText is the text a note quotes and links with: the text box, unless
// a server or KB message from a link or the checklist changed its reading.
// A note's link carries the text alone when it has one, which would lose
// them; without the text it carries the code, server and message number.
func noteText(text string, r decoder.Result) string {
	if t := decode(text); t.Server != r.Server || t.Variant != r.Variant {
		return ""
	}
	return text
}

func (n *ticketNote) Render() app.UI {
	c := messages.For(n.Lang)
	return app.Section().ID("ticket-note").Class("ticket-note").Aria("labelledby", "note-title").Body(
		opened(app.Details().ID("note-details").Class("note-details"), n.open).OnToggle(n.onToggle).Body(
			app.Summary().Class("note-summary").Body(
				app.H3().ID("note-title").Text(c.T(messages.UIPageNoteTitle)),
			),
			app.If(n.open, func() app.UI { return n.body(c) }),
		),
	)
}

// body is the open section: the choices, the preview and the copy button.
func (n *ticketNote) body(c *messages.Catalog) app.UI {
	n.compose()
	state := n.status.of(n.composed) // idle again once the note changes
	status := ""
	switch state {
	case copyDone:
		status = c.T(messages.UIPageNoteCopied)
	case copyRefused:
		status = c.T(messages.UIPageNoteCopyRefused)
	}
	kinds, formats := note.Kinds(), note.Formats()
	return app.Div().Class("note-body").Body(
		app.P().Class("hint").Text(c.T(messages.UIPageNoteIntro)),
		app.Div().Class("note-choices").Body(
			choiceGroup(c.T(messages.UIPageNoteKind), "note-kind", len(kinds), func(i int) (string, string, bool) {
				return string(kinds[i]), kinds[i].Label(c), kinds[i] == n.kindOrDefault()
			}, n.onKind),
			choiceGroup(c.T(messages.UIPageNoteFormat), "note-format", len(formats), func(i int) (string, string, bool) {
				return string(formats[i]), formats[i].Label(c), formats[i] == n.formatOrDefault()
			}, n.onFormat),
			// A customer comment is short either way.
			app.If(n.kindOrDefault() == note.Work, func() app.UI {
				return choiceGroup(c.T(messages.UIPageNoteLength), "note-length", len(noteLengths), func(i int) (string, string, bool) {
					return noteLengths[i].value, c.T(noteLengths[i].label), noteLengths[i].full == n.full
				}, n.onLength)
			}),
		),
		app.Div().Body(
			app.Label().For("note-preview").Class("note-label").Text(c.T(messages.UIPageNotePreview)),
			app.Textarea().ID("note-preview").Class("note-preview").ReadOnly(true).Rows(14).
				Spellcheck(false).Text(n.composed),
		),
		app.Div().Class("note-actions").Body(
			app.Button().Type("button").ID("note-copy").Class("button").
				Text(c.T(messages.UIPageNoteCopy)).OnClick(n.copy),
			app.P().ID("note-copy-status").Class("copy-status", stateClass(state)).
				Role("status").Aria("live", "polite").Text(status),
		),
	)
}

// choiceGroup is a fieldset of radio buttons named name; option(i) gives
// the i-th value, its label and whether it is chosen.
func choiceGroup(legend, name string, count int, option func(i int) (value, label string, chosen bool), onChange app.EventHandler) app.UI {
	items := make([]app.UI, count)
	for i := range count {
		value, label, chosen := option(i)
		id := name + "-" + value
		items[i] = app.Div().Class("note-choice").Body(
			app.Input().Type("radio").ID(id).Name(name).Value(value).Checked(chosen).OnChange(onChange),
			app.Label().For(id).Text(label),
		)
	}
	return app.FieldSet().Class("note-group").Body(
		app.Legend().Text(legend),
		app.Div().Class("note-options").Body(items...),
	)
}

func (n *ticketNote) onToggle(ctx app.Context, e app.Event) {
	open := ctx.JSSrc().Get("open").Bool()
	if open == n.open {
		ctx.PreventUpdate()
		return
	}
	n.open = open
}

func (n *ticketNote) onKind(ctx app.Context, e app.Event) {
	if k, err := note.ParseKind(ctx.JSSrc().Get("value").String()); err == nil {
		n.kind = k
		ctx.LocalStorage().Set(noteKindKey, string(k))
	}
}

// noteLengths are the work note's lengths, the default first.
var noteLengths = []struct {
	value string
	label messages.Key
	full  bool
}{{"short", messages.UIPageNoteShort, false}, {"full", messages.UIPageNoteFull, true}}

func (n *ticketNote) onLength(ctx app.Context, e app.Event) {
	n.full = ctx.JSSrc().Get("value").String() == "full"
	ctx.LocalStorage().Set(noteFullKey, n.full)
}

func (n *ticketNote) onFormat(ctx app.Context, e app.Event) {
	if f, err := note.ParseFormat(ctx.JSSrc().Get("value").String()); err == nil {
		n.format = f
		ctx.LocalStorage().Set(noteFormatKey, string(f))
	}
}

// copy copies the note the preview shows; a refusal selects it in the
// preview, ready for Ctrl+C.
func (n *ticketNote) copy(ctx app.Context, e app.Event) {
	n.status.write(ctx, n.composed, "note-preview")
}
