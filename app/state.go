package main

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"proxycert/decoder"
	"proxycert/messages"
)

// entry is the part of the page's state that a link reproduces: the text
// box, and a server name that came from a link or the checklist rather than
// from the text itself.
type entry struct {
	Text    string
	Server  string // overrides the server read from Text when set
	Variant int    // the KB message a link named; counts while Text names none
}

// result decodes the input.
func (in entry) result() decoder.Result { return in.apply(decode(in.Text)) }

// decode reads text; blank text is the page's empty state, not an error.
func decode(text string) decoder.Result {
	if strings.TrimSpace(text) == "" {
		return decoder.Result{}
	}
	return decoder.Parse(text)
}

// apply puts the separately given server into a reading of the text: it wins
// over the one in the text, as it does in links (see decoder.Link.Result).
func (in entry) apply(r decoder.Result) decoder.Result {
	if in.Server != "" && r.Recognized {
		r.Server = in.Server
	}
	return r.WithVariant(in.Variant)
}

// typed returns the state after the user changed the text box, and its
// reading. A server the text names itself replaces one remembered from a
// link or the checklist.
func (in entry) typed(text string) (entry, decoder.Result) {
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
func (in entry) withCode(r decoder.Result, code uint32) entry {
	if r.Language != "" && r.CodeText != "" {
		if text, ok := replaceCode(in.Text, r.CodeText, code); ok {
			next := entry{Text: text, Server: in.Server, Variant: in.Variant}
			if nr := next.result(); nr.HasCode && nr.Code == code {
				return next
			}
		}
	}
	return entry{Text: decoder.Hex(code), Server: r.Server, Variant: r.Variant}
}

// replaceCode swaps the number inside the first occurrence of codeText in
// text for code in hex. The decoder reports codeText normalised (widths,
// case, spaces), so it is looked for in a folded copy of text. The number is
// the last run of hex digits in that piece, with its 0x prefix when it has
// one.
func replaceCode(text, codeText string, code uint32) (string, bool) {
	folded, offsets := fold(text)
	want, _ := fold(codeText)
	at := strings.Index(folded, want)
	if at < 0 || want == "" {
		return "", false
	}
	piece := []rune(text[offsets[at]:offsets[at+len(want)]])
	end := len(piece)
	for end > 0 && !isHexDigit(piece[end-1]) {
		end--
	}
	start := end
	for start > 0 && isHexDigit(piece[start-1]) {
		start--
	}
	if start == end || start > 0 && isWordRune(piece[start-1]) && !isX(piece[start-1]) ||
		end < len(piece) && isWordRune(piece[end]) {
		// "Code" ends in hex letters, "FLAG_INVALID_CA" too: a number
		// stands alone.
		return "", false
	}
	if start >= 2 && isX(piece[start-1]) && isZero(piece[start-2]) {
		start -= 2
	}
	swapped := string(piece[:start]) + decoder.Hex(code) + string(piece[end:])
	return text[:offsets[at]] + swapped + text[offsets[at+len(want)]:], true
}

// fold lowers ASCII letters, narrows full-width forms and collapses runs of
// spaces to one. offsets[i] is the byte offset in s of byte i of the result,
// with one more entry for the end.
func fold(s string) (string, []int) {
	var b strings.Builder
	var offsets []int
	space := false
	for i, r := range s {
		switch {
		case r >= '！' && r <= '～':
			r -= '！' - '!'
		case unicode.IsSpace(r):
			if space {
				continue
			}
			r, space = ' ', true
		}
		if r != ' ' {
			space = false
		}
		r = unicode.ToLower(r)
		for range utf8.RuneLen(r) {
			offsets = append(offsets, i)
		}
		b.WriteRune(r)
	}
	return b.String(), append(offsets, len(s))
}

func isWordRune(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) }

func isHexDigit(r rune) bool {
	switch {
	case r >= '0' && r <= '9', r >= 'a' && r <= 'f', r >= 'A' && r <= 'F':
		return true
	case r >= '０' && r <= '９', r >= 'ａ' && r <= 'ｆ', r >= 'Ａ' && r <= 'Ｆ':
		return true
	}
	return false
}

func isX(r rune) bool    { return r == 'x' || r == 'X' || r == 'ｘ' || r == 'Ｘ' }
func isZero(r rune) bool { return r == '0' || r == '０' }

// maxLinkText is the longest text, percent-encoded, that a link carries. A
// reading of this error travels as its code and server however long the
// paste; other text travels whole, so that the page can explain it, up to
// this length. A longer address gets cut by mail and ticket systems, and
// rewriting it on every keystroke would slow the page for nothing.
const maxLinkText = 2000

// linkFor returns the parameters of the shareable link for the input, or ""
// when there is nothing to share. Text over maxLinkText is left out: the
// link then only keeps the language.
func (in entry) linkFor(r decoder.Result, lang string) string {
	if strings.TrimSpace(in.Text) == "" {
		return ""
	}
	l := decoder.LinkFor(r, in.Text, lang)
	if tooLongForLink(l.Text) {
		l.Text = ""
	}
	return l.Encode()
}

// textLeftOut reports whether linkFor leaves the text out of the link.
func (in entry) textLeftOut(r decoder.Result) bool {
	return strings.TrimSpace(in.Text) != "" && tooLongForLink(decoder.LinkFor(r, in.Text, "").Text)
}

func tooLongForLink(text string) bool {
	// The encoded form is never shorter: skip encoding a huge paste.
	return len(text) > maxLinkText || len(url.QueryEscape(text)) > maxLinkText
}

// pageURL returns u with its query dropped and params as its fragment: the
// form of the address the page keeps, so what people paste in tickets never
// reaches a server's logs.
func pageURL(u *url.URL, params string) *url.URL {
	out := *u
	out.RawQuery, out.ForceQuery = "", false
	out.Fragment, out.RawFragment = "", ""
	if params != "" {
		if frag, err := url.PathUnescape(params); err == nil {
			out.Fragment, out.RawFragment = frag, params
		}
	}
	return &out
}

// linkParams returns the encoded link parameters of a page address (see
// decoder.LinkParams).
func linkParams(u *url.URL) string {
	return decoder.LinkParams(u.RawQuery, u.EscapedFragment())
}

// A linkProblem is a parameter of an opened link that could not be used,
// with the message key and placeholders that explain it.
type linkProblem struct {
	Key  string
	Args []string
}

// opened is what the page takes from an opened link.
type opened struct {
	In       entry
	Lang     string // a supported language the link asks for, or ""
	Problems []linkProblem
	Empty    bool // the link carries no parameter at all
}

// openLink reads the parameters of a link (fragment or query, encoded).
// Parameters that cannot be used are left out and explained; the rest still
// shows.
func openLink(params string) opened {
	var o opened
	l, err := decoder.ParseLink(params)
	bad := decoder.ParamErrors(err)
	if err != nil && len(bad) == 0 {
		return opened{Problems: []linkProblem{{Key: "page.link-unreadable"}}}
	}
	for _, p := range bad {
		if p.Repeated {
			o.Problems = append(o.Problems, linkProblem{"page.link-repeated", []string{"name", p.Name, "values", messages.Clip(p.Value, maxQuoted)}})
		} else {
			o.Problems = append(o.Problems, linkProblem{"page.link-bad-msg", []string{"msg", messages.Clip(p.Value, maxQuoted)}})
		}
	}
	o.Empty = l == (decoder.Link{})
	switch {
	case l.Lang == "":
	case messages.Supported(l.Lang):
		o.Lang = l.Lang
	default:
		o.Problems = append(o.Problems, linkProblem{"page.link-bad-lang", []string{"lang", messages.Clip(l.Lang, maxQuoted)}})
	}
	if l.Server != "" && !validServer(l.Server) {
		o.Problems = append(o.Problems, linkProblem{"page.link-bad-server", []string{"server", messages.Clip(l.Server, maxQuoted)}})
		l.Server = ""
	}
	if l.Text != "" {
		o.In = entry{Text: encodedTwice(l.Text), Server: l.Server}
		return o
	}
	o.In = entry{Text: l.Code, Server: l.Server, Variant: l.Variant}
	if l.Code != "" {
		if r := decode(l.Code); !r.Recognized || !r.HasCode {
			o.Problems = append(o.Problems, linkProblem{"page.link-bad-code", []string{"code", messages.Clip(l.Code, maxQuoted)}})
		}
	} else if l.Server != "" {
		o.Problems = append(o.Problems, linkProblem{Key: "page.link-no-code"})
	}
	return o
}

// encodedTwice undoes a second URL encoding of a link's text, which some
// ticket systems add when they encode an address that a template already
// encoded ("%2528Error%2520Code%252010%2529"): when the text has no space
// and decoding it once or twice more gives something that reads, the box
// shows that. (The decoder reads a text URL-encoded as a whole by itself;
// this is for the box, so that it shows the words.) Any other text is kept
// exactly as it came.
func encodedTwice(text string) string {
	if strings.Contains(text, " ") {
		return text
	}
	s := text
	for range 2 {
		next, err := url.QueryUnescape(s)
		if err != nil || next == s {
			break
		}
		if r := decoder.Parse(next); r.Recognized || r.NearMiss != "" || r.OtherFamily != "" {
			return next
		}
		s = next
	}
	return text
}

// maxQuoted is the most characters of a bad link value the page quotes: a
// link may carry a 64 KiB "code", and the notice only needs to show which
// value it means.
const maxQuoted = 120

// validServer reports whether s can be a proxy server name: a host name or
// address, with an optional port, and nothing a name cannot hold.
func validServer(s string) bool {
	if len(s) > 255 {
		return false
	}
	for _, r := range s {
		switch {
		case unicode.IsLetter(r), unicode.IsDigit(r):
		case strings.ContainsRune(".-_:", r): // ':' for IPv6
		default:
			return false
		}
	}
	return strings.ContainsFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
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
