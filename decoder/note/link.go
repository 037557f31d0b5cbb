package note

import (
	"strings"

	"proxycert/decoder"
)

// MaxLink is the length a link in a note stays under. Ticket systems,
// mail clients and some browsers cut or refuse longer addresses.
const MaxLink = 2000

// Link returns the page's address for r, the reading of text, in the
// fragment form (base#text=…&lang=…), and whether it carries the whole
// text. The text is the best link, since the page then shows exactly the
// same reading; when base plus the text would reach MaxLink, the link
// carries what was read instead: the code, server and KB message number,
// or another family's code as written. When not even that fits (a look-alike dialog pasted at
// length), it carries only the language, and "" when base alone is too
// long. lang is the page's language for the link; "" leaves it out.
func Link(base string, r decoder.Result, text, lang string) (addr string, whole bool) {
	base, _, _ = strings.Cut(strings.TrimSpace(base), "#")
	if base == "" {
		return "", false
	}
	// The page reads every line break alike; "\n" is the shortest.
	text = strings.TrimSpace(strings.ReplaceAll(text, "\r\n", "\n"))
	candidates := []decoder.Link{{Text: text, Lang: lang}}
	switch {
	case r.Recognized && r.HasCode:
		candidates = append(candidates, decoder.Link{Code: decoder.Hex(r.Code), Server: r.Server, Variant: r.Variant, Lang: lang})
	case r.OtherFamily != "" && r.CodeText != "":
		candidates = append(candidates, decoder.Link{Code: r.CodeText, Lang: lang})
	}
	candidates = append(candidates, decoder.Link{Lang: lang})
	for i, l := range candidates {
		if i == 0 && text == "" {
			continue
		}
		addr := safeURL(base)
		if params := l.Encode(); params != "" {
			addr += "#" + params
		}
		if len(addr) < MaxLink {
			return addr, i == 0
		}
	}
	return "", false
}

// safeURL percent-encodes the bytes of an address that could end it or
// start markup around it in a note: spaces, quotes, brackets, braces,
// angle brackets, pipes, backslashes, carets, backticks, asterisks,
// exclamation marks and anything outside printable ASCII. Encoded
// addresses mean the same to a browser; decoder.Link.Encode already
// encodes all of these in the parameters.
func safeURL(s string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= ' ' || c >= 0x7F || strings.IndexByte("\"'()*<>[\\]^`{|}!", c) >= 0 {
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&0xF])
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}
