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
// number, however long the paste: a code of the defined flags as the
// address of its static page (CodePath) with the rest in the fragment, any
// other code in the fragment. Anything else travels as its text, so that
// the page can explain it. When that text makes the address reach MaxLink,
// the link carries another family's code as written, else only the
// language, and leftOut is true. lang is the page's language for the link;
// "" leaves it out, so that the recipient's own choice applies. addr is ""
// when base is blank or too long by itself.
func ShareLink(base string, r Result, text, lang string) (addr string, leftOut bool) {
	base, _, _ = strings.Cut(strings.TrimSpace(base), "#")
	if base == "" {
		return "", false
	}
	// The page reads every line break alike; "\n" is the shortest.
	text = strings.TrimSpace(strings.ReplaceAll(text, "\r\n", "\n"))
	type form struct {
		path string // a code page's path below base, or ""
		link Link
	}
	var forms []form
	switch {
	case r.Kind() == KindCode:
		if path, ok := CodePath(r.Code, lang); ok {
			fragLang := lang
			if strings.Count(path, "/") > 2 {
				fragLang = "" // the path names it
			}
			forms = append(forms, form{path, Link{Server: r.Server, Variant: r.Variant, Lang: fragLang}})
		} else {
			forms = append(forms, form{"", Link{Code: Hex(r.Code), Server: r.Server, Variant: r.Variant, Lang: lang}})
		}
	case text != "":
		forms = append(forms, form{"", Link{Text: text, Lang: lang}})
		if r.OtherFamily != "" && r.CodeText != "" {
			forms = append(forms, form{"", Link{Code: r.CodeText, Lang: lang}})
		}
	}
	forms = append(forms, form{"", Link{Lang: lang}})
	for i, f := range forms {
		addr := safeURL(joinPath(base, f.path))
		if params := f.link.Encode(); params != "" {
			addr += "#" + params
		}
		if len(addr) < MaxLink {
			return addr, i > 0 && text != "" && forms[0].link.Text != ""
		}
	}
	return "", text != ""
}

// joinPath puts path below the folder base names, keeping base's query. A
// base whose last segment has no dot names a folder even without its
// slash ("https://host/proxycert"); one with a dot names a file in it
// ("https://host/proxycert/index.html").
func joinPath(base, path string) string {
	if path == "" {
		return base
	}
	dir, query, hasQuery := strings.Cut(base, "?")
	if !strings.HasSuffix(dir, "/") {
		last := dir[strings.LastIndexByte(dir, '/')+1:]
		if strings.Contains(last, ".") && !strings.HasSuffix(dir[:len(dir)-len(last)], "//") {
			dir = dir[:len(dir)-len(last)]
		} else {
			dir += "/"
		}
	}
	if hasQuery {
		return dir + path + "?" + query
	}
	return dir + path
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
