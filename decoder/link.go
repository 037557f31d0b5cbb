package decoder

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"
)

// Link is the state of the page as it travels in a link: the pasted text,
// or a code with the server name, and the UI language. The page reads it
// from the fragment (#code=…, never sent to a server) or from the query
// string (?code=…, for ticket templates); both use the same encoding.
type Link struct {
	Code    string // a code in any form ParseCode reads
	Server  string // the proxy server name
	Variant int    // the KB message the code came with, 1-4; 0 for none ("msg=")
	Text    string // a whole pasted message; wins over Code, Server and Variant
	Lang    string // UI language, "en" or "ja"; "" for the browser's
}

// Encode returns the parameters as "code=0x00000018&server=mail.contoso.com",
// in a fixed order and leaving out empty ones, for use after # or ?.
func (l Link) Encode() string {
	var b strings.Builder
	add := func(k, v string) {
		if v == "" {
			return
		}
		if b.Len() > 0 {
			b.WriteByte('&')
		}
		b.WriteString(k)
		b.WriteByte('=')
		b.WriteString(url.QueryEscape(v))
	}
	add("code", l.Code)
	add("server", l.Server)
	if l.Variant != 0 {
		add("msg", strconv.Itoa(l.Variant))
	}
	add("text", l.Text)
	add("lang", l.Lang)
	return b.String()
}

// ParseLink reads link parameters from a fragment or query string, with or
// without its leading '#' or '?'. Unknown parameters are ignored, so links
// from ticket systems that add their own still work; a msg= that is not a
// KB message number 1-4 gives a *ParamError along with the rest of the link.
func ParseLink(s string) (Link, error) {
	s = strings.TrimLeft(s, "#?")
	v, err := url.ParseQuery(s)
	if err != nil {
		return Link{}, err
	}
	l := Link{
		Code:   strings.TrimSpace(v.Get("code")),
		Server: strings.TrimSpace(v.Get("server")),
		Text:   v.Get("text"),
		Lang:   strings.TrimSpace(v.Get("lang")),
	}
	if m := strings.TrimSpace(v.Get("msg")); m != "" {
		if n, err := strconv.Atoi(m); err == nil && n >= 1 && n <= 4 {
			l.Variant = n
		} else {
			return l, &ParamError{Name: "msg", Value: m}
		}
	}
	return l, nil
}

// ParamError reports a link parameter whose value cannot be used; the rest
// of the link that comes with it is still good.
type ParamError struct {
	Name, Value string
}

func (e *ParamError) Error() string {
	return fmt.Sprintf("link parameter %s=%q is not valid", e.Name, e.Value)
}

// LinkFor returns the link that reproduces r: the code, server and KB
// message number when the input was read as this error, else the text
// itself so that the page can explain what it is.
func LinkFor(r Result, text, lang string) Link {
	if r.Recognized && r.HasCode {
		return Link{Code: Hex(r.Code), Server: r.Server, Variant: r.Variant, Lang: lang}
	}
	return Link{Text: text, Lang: lang}
}

// Result decodes the link: its text when there is one, else its code, with
// the link's server name taking the place of the one read from the code
// and its KB message number checked against the code.
func (l Link) Result() Result {
	if l.Text != "" || l.Code == "" {
		return Parse(l.Text)
	}
	r := Parse(l.Code)
	if l.Server != "" {
		r.Server = l.Server
	}
	return r.WithVariant(l.Variant)
}
