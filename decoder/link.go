package decoder

import (
	"errors"
	"fmt"
	"net/url"
	"slices"
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
// from ticket systems that add their own still work. Names are read in any
// letter case and lang= by its primary tag ("JA", "ja-JP": ja), as
// templates write them. Values that cannot be used come back as
// *ParamError, joined, along with the rest of the link: a msg= that is not
// a KB message number 1-4, and a parameter given twice with different
// values (the first is used).
//
// Links come back from mail and ticket systems mangled, and are read
// through it: parameters that were percent-encoded once more as one value
// ("code=0x18%26server%3Dmail.contoso.com"), a "#/" or "#!" before them,
// and a server name with a scheme, path, port, quotes or brackets around
// it, or invisible characters in it (the name alone is kept, as a dialog's
// is read).
func ParseLink(s string) (Link, error) {
	s = strings.TrimLeft(s, "#?/!")
	v, err := params(s)
	if err != nil {
		return Link{}, err
	}
	if len(v["text"]) == 0 { // a text may hold any "&name=" of its own
		if u, err := url.PathUnescape(s); err == nil && u != s {
			if w, err := params(u); err == nil && linkNames(w) > linkNames(v) {
				v = w
			}
		}
	}
	var errs []error
	get := func(name string) string {
		vals := v[name]
		if len(vals) == 0 {
			return ""
		}
		if d := distinct(vals); len(d) > 1 {
			errs = append(errs, &ParamError{Name: name, Value: strings.Join(d, ", "), Repeated: true})
		}
		return vals[0]
	}
	l := Link{
		Code:   strings.TrimSpace(get("code")),
		Server: linkServer(get("server")),
		Text:   get("text"),
		Lang:   primaryTag(get("lang")),
	}
	if m := strings.TrimSpace(get("msg")); m != "" {
		if n, err := strconv.Atoi(m); err == nil && n >= 1 && n <= 4 {
			l.Variant = n
		} else {
			errs = append(errs, &ParamError{Name: "msg", Value: m})
		}
	}
	return l, errors.Join(errs...)
}

// params reads encoded parameters as url.ParseQuery does, except that
// names are lower-cased, the values of each stay in the link's order, and
// ';' separates parameters as '&' does (older templates write it; Go's
// ParseQuery refuses it).
func params(s string) (map[string][]string, error) {
	out := map[string][]string{}
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == '&' || r == ';' }) {
		name, value, _ := strings.Cut(part, "=")
		name, err := url.QueryUnescape(name)
		if err != nil {
			return nil, err
		}
		if value, err = url.QueryUnescape(value); err != nil {
			return nil, err
		}
		name = strings.ToLower(name)
		out[name] = append(out[name], value)
	}
	return out, nil
}

// LinkParams returns the link parameters of an address from its path, its
// query string and its fragment, all still encoded: those of a code page's
// path (see CutCodePath), then those of the fragment, where the page keeps
// its state, and of the query, where ticket templates put theirs. A
// fragment without any (an anchor a ticket system added, "#top") leaves the
// query's to be read; when both carry some, the fragment's come first, so
// that ParseLink takes their values.
func LinkParams(path, query, fragment string) string {
	var params string
	switch {
	case !hasLinkParams(query):
		params = fragment
	case !hasLinkParams(fragment):
		params = query
	default:
		params = fragment + "&" + query
	}
	if _, fromPath := CutCodePath(path); fromPath != "" {
		if params == "" {
			return fromPath
		}
		return fromPath + "&" + params
	}
	return params
}

func hasLinkParams(params string) bool {
	l, err := ParseLink(params)
	return l != Link{} || err != nil
}

// linkNames counts the link's own parameters among v's.
func linkNames(v map[string][]string) int {
	n := 0
	for _, name := range [...]string{"code", "server", "msg", "text", "lang"} {
		if len(v[name]) > 0 {
			n++
		}
	}
	return n
}

// linkServer returns the name in a server= value: without invisible
// characters, the quotes, brackets or sentence mark around it, a URL's
// scheme and path, a port, or a trailing dot. What is left is checked by
// the page like any other name.
func linkServer(s string) string {
	raw := strings.TrimSpace(s)
	s = strings.Map(func(r rune) rune {
		if fold(r) == -1 {
			return -1
		}
		return r
	}, s)
	s = strings.Trim(s, " \t\"'()<>[]{}「」“”‘’,;!?")
	if i := strings.Index(s, "://"); i > 0 && i <= len("https") {
		s = s[i+len("://"):]
	}
	if i := strings.IndexAny(s, "/?#\\"); i >= 0 {
		s = s[:i]
	}
	// A sentence's full stop may follow the port ("host:443."), or the
	// name's own dot precede it ("host.:443"): dots go on both sides of the
	// port's removal, so that what is left reads the same a second time.
	s = strings.TrimRight(s, ".")
	if host, port, ok := strings.Cut(s, ":"); ok && port != "" && strings.Trim(port, "0123456789") == "" {
		s = host // not an IPv6 address, which has more than one ':'
	}
	s = strings.TrimRight(s, ".")
	if strings.IndexAny(raw, "<[") == 0 && !strings.ContainsAny(s, ".0123456789") {
		return raw // a template's stand-in, "<server>", is no name: the page says so
	}
	return s
}

// distinct returns the different values among vals, blanks left out, in
// order.
func distinct(vals []string) []string {
	var d []string
	for _, x := range vals {
		if x = strings.TrimSpace(x); x != "" && !slices.Contains(d, x) {
			d = append(d, x)
		}
	}
	return d
}

// primaryTag returns the language of a BCP 47 or POSIX tag in lower case:
// "ja-JP" and "ja_JP" give "ja".
func primaryTag(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_"); i > 0 {
		s = s[:i]
	}
	return s
}

// ParamError reports a link parameter whose value cannot be used; the rest
// of the link that comes with it is still good.
type ParamError struct {
	Name, Value string
	Repeated    bool // given more than once with different values; Value lists them
}

func (e *ParamError) Error() string {
	if e.Repeated {
		return fmt.Sprintf("link parameter %s is given more than once with different values (%s)", e.Name, e.Value)
	}
	return fmt.Sprintf("link parameter %s=%q is not valid", e.Name, e.Value)
}

// ParamErrors returns the *ParamError values in an error from ParseLink.
func ParamErrors(err error) []*ParamError {
	var out []*ParamError
	var pe *ParamError
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		for _, e := range j.Unwrap() {
			out = append(out, ParamErrors(e)...)
		}
	} else if errors.As(err, &pe) {
		out = append(out, pe)
	}
	return out
}

// Result decodes the link: its text when there is one, else its code, with
// the link's server name taking the place of the one read from the code
// and its KB message number checked against the code.
func (l Link) Result() Result {
	if l.Text != "" || l.Code == "" {
		return parse(l.Text, false)
	}
	r := parse(l.Code, false)
	if l.Server != "" {
		r.Server = l.Server
	}
	return r.WithVariant(l.Variant)
}
