package page

import (
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"proxycert/decoder/cert"
	"proxycert/messages"
)

// certFileTypes are the files the picker offers. Drops are not filtered:
// cert.Read tells a certificate from anything else by its content.
const certFileTypes = ".cer,.crt,.pem,.der"

// clockLayout is the form of a datetime-local value, to the minute.
const clockLayout = "2006-01-02T15:04"

// certCheck is the "Check the certificate" section: the proxy server's
// certificate, pasted or read from files, is checked against the server
// the dialog names, an optional msstd principal name and a clock, and the
// verdicts follow every change. The certificate stays in this component:
// it is never sent anywhere, and the page's state that links and the
// address bar are made from never holds it.
type certCheck struct {
	app.Compo

	Lang    string
	Server  string // the server the decoded dialog names
	Code    uint32 // the decoded code, when HasCode
	HasCode bool

	text      string                         // the text box
	pasted    certSource                     // what the text box holds
	files     []certSource                   // the last files chosen or dropped
	check     func(cert.Options) cert.Report // checks what pasted and files hold (see certSource); nil for nothing
	server    string                         // the server field, once edited
	serverSet bool
	msstd     string
	at        string // the clock field: a datetime-local value; "" is now
	dragging  bool   // files are over the drop zone
	reads     int    // counts file choices, so a slow read cannot undo a newer one
}

// OnMount fills the clock with the time now, in the browser's time zone.
func (s *certCheck) OnMount(ctx app.Context) {
	if s.at == "" {
		s.at = time.Now().Format(clockLayout)
	}
}

// certView is what the section shows for the current inputs.
type certView struct {
	Count    int               // certificates read
	Problems []string          // why sources gave no certificate, in the UI language
	Desc     *cert.Description // nil when no certificate was read
}

// setPaste reads the text box.
func (s *certCheck) setPaste(text string) {
	s.text, s.pasted = text, pastedSource(text)
	s.check = checker(s.sources())
}

// setFiles replaces the files read.
func (s *certCheck) setFiles(files []certSource) {
	s.files = files
	s.check = checker(s.sources())
}

func (s *certCheck) sources() []certSource { return append([]certSource{s.pasted}, s.files...) }

// view checks what the sources hold against the fields.
func (s *certCheck) view(c *messages.Catalog) certView {
	var v certView
	for _, src := range s.sources() {
		if src.Err != nil {
			v.Problems = append(v.Problems, src.problem(c))
		}
	}
	if s.check == nil {
		return v
	}
	r := s.check(s.checkOptions())
	if s.HasCode {
		r = r.Only(s.Code)
	}
	d := r.Describe(c)
	v.Count, v.Desc = len(d.Chain)+len(d.Unrelated), &d
	return v
}

func (s *certCheck) checkOptions() cert.Options {
	return cert.Options{Server: s.serverName(), Msstd: s.msstd, At: parseClock(s.at)}
}

// serverName is the server field: the dialog's server until edited.
func (s *certCheck) serverName() string {
	if s.serverSet {
		return s.server
	}
	return s.Server
}

// parseClock reads a datetime-local value in the browser's time zone; the
// zero time (now) when it is empty or not a time yet.
func parseClock(v string) time.Time {
	for _, layout := range []string{clockLayout, clockLayout + ":05", clockLayout + ":05.000"} {
		if t, err := time.ParseInLocation(layout, v, time.Local); err == nil {
			return t
		}
	}
	return time.Time{}
}

// status is the live region's line: the verdicts in one sentence, or why
// nothing could be read.
func (v certView) status(c *messages.Catalog) string {
	if v.Desc == nil {
		return strings.Join(v.Problems, " ")
	}
	items := append([]cert.Item(nil), v.Desc.Findings...)
	if v.Desc.Principal != nil {
		items = append(items, *v.Desc.Principal)
	}
	parts := make([]string, len(items))
	for i, it := range items {
		parts[i] = messages.Fill(c.T(messages.UIPageCertVerdict), "flag", it.Title, "verdict", it.Label)
	}
	key := messages.UIPageCertStatus
	if v.Count == 1 {
		key = messages.UIPageCertStatusOne
	}
	return messages.Fill(c.T(key), "count", strconv.Itoa(v.Count), "verdicts", strings.Join(parts, " · "))
}

func (s *certCheck) Render() app.UI {
	c := messages.For(s.Lang)
	v := s.view(c)
	state := "cert-none"
	if v.Desc != nil {
		state = "cert-read"
	}
	return app.Section().ID("cert-check").Class("cert-check", state).Aria("labelledby", "cert-title").Body(
		app.Details().ID("cert-details").Class("cert-details").Body(
			app.Summary().Class("cert-summary").Body(
				app.H2().ID("cert-title").Text(c.T(messages.UIPageCertTitle)),
			),
			app.Div().Class("cert-body").Body(
				app.P().Class("hint").Text(c.T(messages.UIPageCertIntro)),
				withCode(app.P().Class("hint"), c.T(messages.UIPageCertCommand), "command", "proxycert check HOST"),
				s.inputs(c),
				certResult(c, v),
			),
		),
	)
}

// inputs are the text box, the drop zone with its file picker, and the
// fields the certificate is checked against.
func (s *certCheck) inputs(c *messages.Catalog) app.UI {
	dragging := ""
	if s.dragging {
		dragging = "cert-dragging"
	}
	return app.Div().Class("cert-inputs").Body(
		app.Label().For("cert-paste").Class("cert-label").Text(c.T(messages.UIPageCertPasteLabel)),
		app.Textarea().ID("cert-paste").Class("paste-box", "cert-paste").Rows(6).
			Spellcheck(false).Attr("autocomplete", "off").Attr("autocapitalize", "off").
			Text(s.text).OnInput(s.onPaste),
		app.Div().ID("cert-drop").Class("cert-drop", dragging).Role("group").Aria("labelledby", "cert-drop-label").
			OnDragEnter(s.onDragOver).OnDragOver(s.onDragOver).OnDragLeave(s.onDragLeave).OnDrop(s.onDrop).
			Body(
				app.Label().For("cert-file").ID("cert-drop-label").Class("cert-label").Text(c.T(messages.UIPageCertDrop)),
				app.Input().Type("file").ID("cert-file").Class("cert-file").
					Accept(certFileTypes).Multiple(true).OnChange(s.onPick),
				app.If(len(s.files) > 0, func() app.UI { return s.fileNames(c) }),
			),
		app.Div().Class("cert-options").Body(s.options(c)...),
	)
}

// options are the fields the certificate is checked against, each with its
// label and hint.
func (s *certCheck) options(c *messages.Catalog) []app.UI {
	fields := [...]struct {
		id, typ, value, placeholder string
		label, hint                 messages.Key
	}{
		{"cert-server", "text", s.serverName(), "", messages.UIPageCertServerLabel, messages.UIPageCertServerHint},
		{"cert-msstd", "text", s.msstd, "msstd:mail.contoso.com", messages.UIPageCertMsstdLabel, messages.UIPageCertMsstdHint},
		{"cert-at", "datetime-local", s.at, "", messages.UIPageCertAtLabel, messages.UIPageCertAtHint},
	}
	out := make([]app.UI, len(fields))
	for i, f := range fields {
		input := app.Input().Type(f.typ).ID(f.id).Value(f.value).
			Spellcheck(false).Attr("autocomplete", "off").Attr("autocapitalize", "off").
			Aria("describedby", f.id+"-hint").OnInput(s.onField)
		if f.placeholder != "" {
			input = input.Placeholder(f.placeholder)
		}
		out[i] = app.Div().Class("cert-field").Body(
			app.Label().For(f.id).Text(c.T(f.label)),
			input,
			app.P().ID(f.id+"-hint").Class("hint").Text(c.T(f.hint)),
		)
	}
	return out
}

// fileNames lists the files read, with a button that removes them.
func (s *certCheck) fileNames(c *messages.Catalog) app.UI {
	names := make([]string, len(s.files))
	for i, f := range s.files {
		names[i] = f.Name
	}
	return app.P().ID("cert-files").Class("cert-files").Body(
		app.Span().Text(messages.Fill(c.T(messages.UIPageCertFiles), "names", strings.Join(names, ", "))),
		app.Button().Type("button").ID("cert-clear").Class("button", "button-quiet").
			Text(c.T(messages.UIPageCertClearFiles)).OnClick(s.onClear),
	)
}

func (s *certCheck) onPaste(ctx app.Context, e app.Event) {
	s.setPaste(ctx.JSSrc().Get("value").String())
}

// onField takes a change of one of the options' fields.
func (s *certCheck) onField(ctx app.Context, e app.Event) {
	v := ctx.JSSrc().Get("value").String()
	switch ctx.JSSrc().Get("id").String() {
	case "cert-server":
		s.server, s.serverSet = v, true
	case "cert-msstd":
		s.msstd = v
	case "cert-at":
		s.at = v
	}
}

func (s *certCheck) onPick(ctx app.Context, e app.Event) {
	input := ctx.JSSrc()
	files := fileList(input.Get("files"))
	// Cleared, so that choosing the same file again still reads it.
	input.Set("value", "")
	s.load(ctx, files)
}

func (s *certCheck) onDrop(ctx app.Context, e app.Event) {
	e.PreventDefault() // or the browser opens the file in place of the page
	s.dragging = false
	if dt := e.Get("dataTransfer"); dt.Truthy() {
		s.load(ctx, fileList(dt.Get("files")))
	}
}

func (s *certCheck) onDragOver(ctx app.Context, e app.Event) {
	e.PreventDefault() // the drop zone accepts the drop
	if dt := e.Get("dataTransfer"); dt.Truthy() {
		dt.Set("dropEffect", "copy")
	}
	if s.dragging {
		ctx.PreventUpdate()
		return
	}
	s.dragging = true
}

func (s *certCheck) onDragLeave(ctx app.Context, e app.Event) {
	// Moving onto a child of the zone is not leaving it.
	if to := e.Get("relatedTarget"); to.Truthy() && ctx.JSSrc().Call("contains", to).Bool() {
		ctx.PreventUpdate()
		return
	}
	s.dragging = false
}

func (s *certCheck) onClear(ctx app.Context, e app.Event) {
	s.reads++
	s.setFiles(nil)
	// At once, not deferred: the button goes away with the files, and
	// go-app drops what its removed element deferred.
	focus("cert-file")
}

// load reads files that were chosen or dropped; they replace the previous
// ones once all are read.
func (s *certCheck) load(ctx app.Context, files []app.Value) {
	if len(files) == 0 {
		return
	}
	s.reads++
	n := s.reads
	readFiles(ctx, files, func(ctx app.Context, got []certSource) {
		if n == s.reads {
			s.setFiles(got)
		}
	})
}
