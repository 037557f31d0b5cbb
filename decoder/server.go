package decoder

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"proxycert/messages"
)

// findServer reads the proxy server name of a dialog. The wordings put it
// in three places, tried in this order:
//
//	after the opening:     "…security certificate, mail.contoso.com. Outlook…"
//	                       "…セキュリティ証明書 mail.contoso.com に問題…"
//	after the target site: "…the name of the target site mail.contoso.com. Outlook…"
//	                       "…ターゲット サイトである mail.contoso.com のサイト名…"
//	after "proxy server":  "…unable to connect to the proxy server mail.contoso.com (Error Code 10)"
//
// When none of them holds a name (a language with only partial anchors, or
// a mangled paste), the first dotted name or IPv4 address in the dialog is
// taken, and in the sentence before it when that sentence is the dialog's
// opening misread (misreadOpening: "…セキュリティ証明者 mail.contoso.co.jp
// に…", as a screenshot's reading may have it), which still holds the name. The
// name is kept as written, only without a trailing sentence dot or a URL's
// scheme and path; a literal %s is no name.
func findServer(n string, hits []hit, d dialog) string {
	opening := false
	for _, k := range []kind{kOpening, kTargetSite, kProxyServer} {
		for _, h := range hits {
			if h.kind != k || h.lang != d.lang || h.start < d.start || h.start >= d.end {
				continue
			}
			opening = opening || k == kOpening
			if s := serverAfter(n, h.end, k, nextAnchor(hits, h.end, len(n))); s != "" {
				return s
			}
		}
	}
	from := d.start
	if s := sentenceBefore(n, d.start); !opening && misreadOpening(n[s:d.start], d.lang) {
		from = s
	}
	for w := range strings.FieldsSeq(n[from:d.end]) {
		if tok, _ := hostToken(w, 0, len(w)); strings.Contains(tok, ".") && hostLike(tok, false) {
			return tok
		}
	}
	return ""
}

// nextAnchor returns where the first anchor at or after i starts, or end.
// A name ends there even when no space does ("…mail.contoso.com.The name
// on the security certificate…" with the spaces lost).
func nextAnchor(hits []hit, i, end int) int {
	// hits are in text order; a paste of many openings has hundreds.
	if k := sort.Search(len(hits), func(k int) bool { return hits[k].start >= i }); k < len(hits) {
		return hits[k].start
	}
	return end
}

// serverAfter reads the name that follows an anchor of kind k ending at
// n[i], stopping at limit. The target-site wording always names a server
// there. After the English opening a comma marks the name; after the
// Japanese one a particle (に) follows it. Otherwise only a name that cannot
// be an ordinary word is taken: dotted, an address, or letters with digits.
func serverAfter(n string, i int, k kind, limit int) string {
	i = skipSpaces(n, i)
	explicit := k == kTargetSite
	if k == kOpening {
		if i < len(n) && (n[i] == ',' || n[i] == ':') {
			explicit, i = true, i+1
		} else if strings.HasPrefix(n[i:], "、") {
			explicit, i = true, i+len("、")
		}
	}
	tok, end := hostToken(n, skipSpaces(n, i), limit)
	if tok == "" {
		return ""
	}
	if !explicit && k == kOpening {
		r, _ := utf8.DecodeRuneInString(n[skipSpaces(n, end):])
		explicit = isKana(r) // "証明書 EXCH01 に問題"
	}
	if !hostLike(tok, explicit) {
		return ""
	}
	return tok
}

// hostToken reads the name-like run at n[i], stopping at a space, at
// punctuation, or where Japanese text runs straight on from a Latin name
// ("outlook.office365.comの名前"), and at limit. It returns the run without
// a trailing dot and the offset where reading stopped.
func hostToken(n string, i, limit int) (string, int) {
	open := byte(0)
	for i < len(n) && strings.IndexByte("\"'<[", n[i]) >= 0 {
		open = n[i]
		i++
	}
	if strings.HasPrefix(n[i:], "「") {
		i += len("「")
	}
	for _, scheme := range []string{"https://", "http://"} {
		if len(n)-i >= len(scheme) && strings.EqualFold(n[i:i+len(scheme)], scheme) {
			i += len(scheme)
		}
	}
	j, prevLatin := i, false
	for j < limit && j-i <= 255 { // no name is longer; stop reading junk early
		r, size := utf8.DecodeRuneInString(n[j:])
		if r == ' ' || r < 0x80 && strings.ContainsRune("()\"'<>[]{},;:!?/\\|", r) ||
			strings.ContainsRune("「」、。", r) || prevLatin && isCJK(r) {
			break
		}
		prevLatin = r < 0x80 && isWordByte(byte(r))
		j += size
	}
	tok, j := cutRunOn(n[i:j], i, j, j == limit || j < len(n) && n[j] != ' ')
	tok = strings.TrimRight(tok, ".")
	if isPlaceholder(tok, open, n[j:]) {
		return "", j
	}
	if first, _ := utf8.DecodeRuneInString(tok); isKana(first) && first < 0x30A0 {
		return "", j // hiragana: "証明書には問題" has no name
	}
	return tok, j
}

// isPlaceholder reports a template's stand-in such as <server> or
// [servername]: one bracketed word with no dot or digit. A bracketed
// dotted name, as mail clients write links, is a name.
func isPlaceholder(tok string, open byte, rest string) bool {
	closer := map[byte]byte{'<': '>', '[': ']'}[open]
	return closer != 0 && strings.HasPrefix(rest, string(closer)) &&
		!strings.ContainsAny(tok, ".0123456789")
}

// hostLike reports whether tok can be a server name: DNS labels of letters
// (any script), digits, '-' and '_', or an IPv4 address. Unless explicit
// (the wording marks the place of a name), an ordinary word is refused: the
// name must be dotted, or mix letters and digits like EXCH01.
func hostLike(tok string, explicit bool) bool {
	if tok == "" || len(tok) > 253 || strings.HasPrefix(tok, ".") {
		return false
	}
	labels, digits, letters := 0, 0, 0
	last := ""
	for label := range strings.SplitSeq(tok, ".") {
		if label == "" {
			return false
		}
		for _, r := range label {
			switch {
			case r < 0x80 && isDigit(byte(r)):
				digits++
			case unicode.IsLetter(r):
				letters++
			case r != '-' && r != '_':
				return false
			}
		}
		labels++
		last = label
	}
	if isFileExt(last) && labels > 1 {
		return false
	}
	switch {
	case explicit:
		return letters+digits > 0
	case labels == 4 && letters == 0:
		return true // IPv4
	case labels > 1:
		return hasLetter(last)
	}
	return letters > 0 && digits > 0 && !isDigit(tok[0])
}

func hasLetter(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// isFileExt refuses names like outlook.exe that sit in chatter near a dialog.
func isFileExt(label string) bool {
	switch strings.ToLower(label) {
	case "exe", "dll", "msc", "txt", "log", "png", "jpg", "zip", "cer", "crt", "pem", "pfx", "xml", "pst", "ost":
		return true
	}
	return false
}

// isKana reports hiragana and katakana.
func isKana(r rune) bool { return r >= 0x3040 && r <= 0x30FF }

// isCJK reports the scripts a Japanese, Chinese or Korean sentence runs on in.
func isCJK(r rune) bool {
	return isKana(r) || r >= 0x4E00 && r <= 0x9FFF || r >= 0x3400 && r <= 0x4DBF || r >= 0xAC00 && r <= 0xD7A3
}

// hostsIn lists the server names in n that a dialog can hold: dotted names
// whose labels are ASCII or letters of any script (an IDN), and IPv4
// addresses. A name ends where the script changes without a dot, as in
// Thai or Chinese text that runs on from it: "ที่mail.contoso.co.thไม่".
func hostsIn(n string) []span {
	var out []span
	for i := 0; i < len(n); {
		cls, size := labelClass(n, i)
		if cls == 0 || n[i] == '-' { // a name does not start with a hyphen
			i += size
			continue
		}
		end, labels := i, 0
		for j := i; ; {
			for end = j; end < len(n); {
				c, size := labelClass(n, end)
				if c != cls {
					break
				}
				end += size
			}
			labels++
			if end+1 < len(n) && n[end] == '.' {
				if c, _ := labelClass(n, end+1); c != 0 {
					j, cls = end+1, c
					continue
				}
			}
			break
		}
		if labels > 1 && hostLike(n[i:end], false) {
			out = append(out, span{i, end})
		}
		i = end
	}
	return out
}

// labelClass tells what the character at n[i] can be in a server name: 1
// for the ASCII of a label, 2 for a letter beyond ASCII, 0 for neither.
func labelClass(n string, i int) (class, size int) {
	if c := n[i]; c < utf8.RuneSelf {
		if isWordByte(c) || c == '-' {
			return 1, 1
		}
		return 0, 1
	}
	r, size := utf8.DecodeRuneInString(n[i:])
	if unicode.IsLetter(r) {
		return 2, size
	}
	return 0, size
}

// cutRunOn cuts Outlook's closing sentence off a name it ran into when the
// space after the name's full stop was lost, and returns the name with
// where it now ends. Without any spaces (spaceless, a paste that lost them
// all: "…mail.contoso.com.Outlookisunable…") the sentence is known by its
// first words; with only that one space lost ("…mail.contoso.com.Outlook
// is unable…", as a screenshot's reading has it) by its first word alone,
// written as the dialog writes it, which no top-level domain is. A reason
// sentence run on so ("….com.The name…") needs no rule: its anchor ends
// the name (nextAnchor).
func cutRunOn(tok string, i, j int, spaceless bool) (string, int) {
	word := "." + messages.Shape.Product
	if k := strings.Index(strings.ToLower(tok), strings.ToLower(word)+"is"); spaceless && k > 0 {
		return tok[:k], i + k
	}
	if k := len(tok) - len(word); k > 0 && tok[k:] == word {
		return tok[:k], i + k
	}
	return tok, j
}
