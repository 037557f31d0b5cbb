package decoder

import "strings"

// MaxLink is the length a shared link stays under, whole address
// included. Ticket systems, mail clients and some browsers cut or refuse
// longer addresses, and the page rewrites its address on every keystroke.
const MaxLink = 2000

// ShareLink returns the page's address for r, the reading of text, on
// base (any fragment of base is replaced), and whether text had to be left
// out. It is the one link the page's Copy link and address bar, the
// ticket notes and `proxycert open` give.
//
// A reading of this error travels as its code, server and KB message
// number, however long the paste; anything else travels as its text, so
// that the page can explain it. When that text makes the address reach
// MaxLink, the link carries another family's code as written, else only
// the language, and leftOut is true. lang is the page's language for the
// link; "" leaves it out, so that the recipient's own choice applies.
// addr is "" when base is blank or too long by itself.
func ShareLink(base string, r Result, text, lang string) (addr string, leftOut bool) {
	base, _, _ = strings.Cut(strings.TrimSpace(base), "#")
	if base == "" {
		return "", false
	}
	// The page reads every line break alike; "\n" is the shortest.
	text = strings.TrimSpace(strings.ReplaceAll(text, "\r\n", "\n"))
	var candidates []Link
	switch {
	case r.Kind() == KindCode:
		candidates = append(candidates, Link{Code: Hex(r.Code), Server: r.Server, Variant: r.Variant, Lang: lang})
	case text != "":
		candidates = append(candidates, Link{Text: text, Lang: lang})
		if r.OtherFamily != "" && r.CodeText != "" {
			candidates = append(candidates, Link{Code: r.CodeText, Lang: lang})
		}
	}
	candidates = append(candidates, Link{Lang: lang})
	for i, l := range candidates {
		addr := safeURL(base)
		if params := l.Encode(); params != "" {
			addr += "#" + params
		}
		if len(addr) < MaxLink {
			return addr, i > 0 && text != "" && candidates[0].Text != ""
		}
	}
	return "", text != ""
}

// safeURL percent-encodes the bytes of an address that could end it or
// start markup around it in a note or a chat: spaces, quotes, brackets,
// braces, angle brackets, pipes, backslashes, carets, backticks, asterisks,
// exclamation marks and anything outside printable ASCII. Encoded
// addresses mean the same to a browser; Link.Encode already encodes all of
// these in the parameters.
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
