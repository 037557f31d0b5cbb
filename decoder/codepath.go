package decoder

import (
	"math/bits"
	"strings"
)

// The site has a static page for every code of the defined flags, in every
// language of the catalogs, whose HTML already holds the whole answer (see
// package site): a link to it shows the answer at first paint, before the
// WebAssembly runs. Its path below the site's base is "code/0x00000018/"
// (English) or "code/0x00000018/ja/"; the server and the KB message number
// travel in the fragment, which never reaches the web server.

// CodePath returns the path, below the site's base, of the static page for
// code in lang ("" and "en" give the English page), and whether the site
// has one: it has none for a code with a bit outside ValidMask.
func CodePath(code uint32, lang string) (string, bool) {
	if code&^ValidMask != 0 {
		return "", false
	}
	p := "code/" + Hex(code) + "/"
	if lang != "" && lang != "en" {
		p += lang + "/"
	}
	return p, true
}

// CodePages returns every code the site has a static page for: each
// combination of the defined flags, in ascending order (the bits of i map
// to the defined flags in ascending order, so the codes ascend with i).
func CodePages() []uint32 {
	var defined []uint32
	for m := ValidMask; m != 0; m &= m - 1 {
		defined = append(defined, 1<<bits.TrailingZeros32(m))
	}
	out := make([]uint32, 0, 1<<len(defined))
	for i := range 1 << len(defined) {
		var code uint32
		for j, f := range defined {
			if i&(1<<j) != 0 {
				code |= f
			}
		}
		out = append(out, code)
	}
	return out
}

// CutCodePath splits a URL path into the site's base and the link
// parameters a code page's path carries ("code=0x00000018&lang=ja"). A path
// that ends in no code page comes back whole, with no parameters. The code
// is taken as written; ReadLink checks it.
func CutCodePath(path string) (base, params string) {
	rest := strings.TrimSuffix(path, "/")
	last := rest[strings.LastIndexByte(rest, '/')+1:]
	lang := ""
	if !strings.HasPrefix(last, "0x") && !strings.HasPrefix(last, "0X") {
		lang, rest = last, rest[:len(rest)-len(last)]
		rest = strings.TrimSuffix(rest, "/")
		last = rest[strings.LastIndexByte(rest, '/')+1:]
	}
	rest = strings.TrimSuffix(rest, last)
	if last == "" || !strings.HasSuffix(rest, "/code/") || lang != "" && !isLangTag(lang) {
		return path, ""
	}
	params = "code=" + last
	if lang != "" {
		params += "&lang=" + lang
	}
	return strings.TrimSuffix(rest, "code/"), params
}

// isLangTag reports a primary language subtag: two or three ASCII letters.
func isLangTag(s string) bool {
	if len(s) < 2 || len(s) > 3 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}
