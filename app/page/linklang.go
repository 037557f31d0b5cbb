package page

import (
	"net/url"

	"proxycert/decoder"
)

// openedLang is the lang= the page's links keep from the address u it was
// opened with: the link's own lang=, when it is the language shown; ""
// when u has none.
//
// What puts lang= into the page's links (page.linkLang):
//   - the switch pressed on this page: a visible choice, made while the
//     link is being shared;
//   - a lang= in the opened link: its author chose it, and a reload of
//     the address bar must show the same language.
//
// What does not: the browser's language, and the choice remembered from
// an earlier visit. Both are how this reader likes to read; nothing on
// the screen shows them when "Copy link" is pressed, and put into a link
// they would override the language of whoever opens it.
func openedLang(u *url.URL, shown string) string {
	if u == nil {
		return ""
	}
	if l, _ := decoder.ReadLink(linkParams(u)); l.Lang == shown {
		return l.Lang
	}
	return ""
}
