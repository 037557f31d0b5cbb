package decoder

import (
	"strings"
	"unicode"
)

// linkInText reads a text that is nothing but a link to the page, as people
// paste one from a ticket into the box. Other addresses with a code=
// parameter (a sign-in redirect's "?code=AbC123&state=…") are not taken:
// the link must carry a text, or a code with its server or message number.
func linkInText(text string) (Link, bool) {
	s := strings.TrimSpace(text)
	scheme := strings.Index(s, "://")
	if scheme < 0 || strings.IndexFunc(s, unicode.IsSpace) >= 0 {
		return Link{}, false
	}
	s = s[scheme:]
	s, fragment, _ := strings.Cut(s, "#")
	s, query, _ := strings.Cut(s, "?")
	path := ""
	if i := strings.IndexByte(s[len("://"):], '/'); i >= 0 {
		path = s[len("://")+i:]
	}
	l, _ := ParseLink(LinkParams(path, query, fragment))
	if !hostLike(l.Server, true) {
		l.Server = "" // as the page leaves out a link's bad name, without its notice
	}
	if l.Text != "" {
		return l, true
	}
	return l, l.Code != "" && (l.Server != "" || l.Variant != 0)
}

// linkInChatter finds a link to the page among the words of a text, as
// in "opened https://…#code=0x18&server=… and got nowhere".
func linkInChatter(text string) (Link, bool) {
	if !strings.Contains(text, "://") {
		return Link{}, false
	}
	for w := range strings.FieldsSeq(text) {
		if strings.Contains(w, "://") {
			if l, ok := linkInText(strings.Trim(w, "<>()[]\"'")); ok {
				return l, true
			}
		}
	}
	return Link{}, false
}
