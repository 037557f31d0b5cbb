package decoder

import (
	"net/url"
	"strings"
	"unicode"

	"proxycert/messages"
)

// A LinkProblem is a parameter of an opened link that cannot be used, with
// the message key and placeholders that explain it in the reader's
// language.
type LinkProblem struct {
	Key  messages.Key
	Args []string
}

// MaxQuoted is the most characters of a bad link value a LinkProblem
// quotes: a link may carry a 64 KiB "code", and the notice only needs to
// show which value it means.
const MaxQuoted = 120

// ReadLink reads the encoded parameters of an opened page address (see
// LinkParams) the way the page uses them, and reports every parameter that
// cannot be used: a link that cannot be decoded at all, a parameter given
// twice with different values, a msg= that is no KB message number, a
// lang= without a catalog, a server= that is no host name, a code= that
// does not read as a code, and a server without a code. What cannot be
// used is left out of the Link; the rest still counts. A text encoded
// once more by a ticket system comes back decoded (see encodedTwice).
func ReadLink(params string) (Link, []LinkProblem) {
	l, err := ParseLink(params)
	bad := ParamErrors(err)
	if err != nil && len(bad) == 0 {
		return Link{}, []LinkProblem{{Key: messages.UIPageLinkUnreadable}}
	}
	var problems []LinkProblem
	add := func(key messages.Key, args ...string) { problems = append(problems, LinkProblem{key, args}) }
	for _, p := range bad {
		if p.Repeated {
			add(messages.UIPageLinkRepeated, "name", p.Name, "values", messages.Clip(p.Value, MaxQuoted))
		} else {
			add(messages.UIPageLinkBadMsg, "msg", messages.Clip(p.Value, MaxQuoted))
		}
	}
	if l.Lang != "" && !messages.Supported(l.Lang) {
		add(messages.UIPageLinkBadLang, "lang", messages.Clip(l.Lang, MaxQuoted), "langs", strings.Join(messages.Languages(), ", "))
		l.Lang = ""
	}
	if l.Server != "" && !validServer(l.Server) {
		add(messages.UIPageLinkBadServer, "server", messages.Clip(l.Server, MaxQuoted))
		l.Server = ""
	}
	if l.Text != "" {
		l.Text = encodedTwice(l.Text)
		return l, problems
	}
	if l.Code != "" {
		if r := Parse(l.Code); r.Kind() != KindCode {
			add(messages.UIPageLinkBadCode, "code", messages.Clip(l.Code, MaxQuoted))
		}
	} else if l.Server != "" {
		add(messages.UIPageLinkNoCode)
	}
	return l, problems
}

// encodedTwice undoes a second URL encoding of a link's text, which some
// ticket systems add when they encode an address that a template already
// encoded ("%2528Error%2520Code%252010%2529"): when the text has no space
// and decoding it once or twice more gives something that reads, the box
// shows that. (Parse reads a text URL-encoded as a whole by itself; this
// is for the page's text box, so that it shows the words.) Any other text
// is kept exactly as it came.
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
		if r := Parse(next); r.Recognized || r.NearMiss != "" || r.OtherFamily != "" {
			return next
		}
		s = next
	}
	return text
}

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
