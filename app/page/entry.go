package page

import (
	"net/url"
	"strings"

	"proxycert/decoder"
	"proxycert/messages"
)

// Entry is the part of the page's state that a link reproduces: the text
// box, and a server name that came from a link or the checklist rather than
// from the text itself.
type Entry struct {
	Text    string
	Server  string // overrides the server read from Text when set
	Variant int    // the KB message a link named; counts while Text names none
}

// Result decodes the input.
func (in Entry) Result() decoder.Result { return in.apply(decode(in.Text)) }

// decode reads text; blank text is the page's empty state, not an error.
func decode(text string) decoder.Result {
	if strings.TrimSpace(text) == "" {
		return decoder.Result{}
	}
	return decoder.Parse(text)
}

// apply puts the separately given server into a reading of the text: it wins
// over the one in the text, as it does in links (see decoder.Link.Result).
func (in Entry) apply(r decoder.Result) decoder.Result {
	if in.Server != "" && r.Recognized {
		r.Server = in.Server
	}
	return r.WithVariant(in.Variant)
}

// Typed returns the state after the user changed the text box, and its
// reading. A server the text names itself replaces one remembered from a
// link or the checklist.
func (in Entry) Typed(text string) (Entry, decoder.Result) {
	r := decode(text)
	in.Text = text
	if r.Server != "" {
		in.Server = ""
	}
	if r.Variant != 0 {
		in.Variant = 0
	}
	return in, in.apply(r)
}

// withCode returns the state that reads as code, used by the checklist and by
// the decimal alternative. A pasted dialog keeps its words and gets the new
// digits, so its variant and language survive; anything else becomes the bare
// code, carrying the server over.
func (in Entry) withCode(r decoder.Result, code uint32) Entry {
	if r.Language != "" {
		if text, ok := decoder.ReplaceCode(in.Text, r, code); ok {
			next := Entry{Text: text, Server: in.Server, Variant: in.Variant}
			if nr := next.Result(); nr.HasCode && nr.Code == code {
				return next
			}
		}
	}
	return Entry{Text: decoder.Hex(code), Server: r.Server, Variant: r.Variant}
}

// shareLink returns the shareable address of the state on base (see
// decoder.ShareLink) and whether the text was too long to go in it.
func (in Entry) shareLink(base *url.URL, r decoder.Result, lang string) (string, bool) {
	if strings.TrimSpace(in.Text) == "" {
		return pageURL(base), false
	}
	return decoder.ShareLink(pageURL(base), r, in.Text, lang)
}

// pageURL returns the page's own address: u without its query and
// fragment, and without the code page's path it may have been opened at
// (decoder.CutCodePath). It is the base of every link, so that what people
// paste in tickets never reaches a server's logs.
func pageURL(u *url.URL) string {
	out := *u
	out.RawQuery, out.ForceQuery = "", false
	out.Fragment, out.RawFragment = "", ""
	if base, params := decoder.CutCodePath(out.EscapedPath()); params != "" {
		if p, err := url.PathUnescape(base); err == nil {
			out.Path, out.RawPath = p, base
		}
	}
	return out.String()
}

// linkParams returns the encoded link parameters of a page address (see
// decoder.LinkParams).
func linkParams(u *url.URL) string {
	return decoder.LinkParams(u.EscapedPath(), u.RawQuery, u.EscapedFragment())
}

// Opened is what the page takes from an opened link.
type Opened struct {
	In       Entry
	Lang     string // a supported language the link asks for, or ""
	Problems []decoder.LinkProblem
	Empty    bool // the link carries no parameter at all
}

// OpenLink reads the parameters of a link (fragment or query, encoded;
// see decoder.ReadLink). Parameters that cannot be used are left out and
// explained; the rest still shows.
func OpenLink(params string) Opened {
	l, problems := decoder.ReadLink(params)
	o := Opened{Lang: l.Lang, Problems: problems, Empty: l == decoder.Link{} && len(problems) == 0}
	if l.Text != "" {
		o.In = Entry{Text: l.Text, Server: l.Server}
	} else {
		o.In = Entry{Text: l.Code, Server: l.Server, Variant: l.Variant}
	}
	return o
}

// chooseLang picks the UI language: the link's, else the remembered choice,
// else the browser's when there is a catalog for it, else English.
func chooseLang(fromLink, remembered, browser string) string {
	for _, l := range []string{fromLink, remembered} {
		if messages.Supported(l) {
			return l
		}
	}
	return messages.For(browser).Lang
}
