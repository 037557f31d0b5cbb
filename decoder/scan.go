package decoder

import "strings"

// candKind is how a code was written in running text.
type candKind uint8

const (
	candParen candKind = iota // "(18)": bare digits in parentheses; a code only at a dialog's end
	candLabel                 // "Error Code 18", "エラー コード 18"
	candHex                   // "0x18"
	candNames                 // "FLAG_INVALID_CA | FLAG_CERT_CN_INVALID", "CERT_E_UNTRUSTEDROOT"
)

// cand is one code found in running text, in offsets of the normalized
// text. start and end cover the code as written, label and parentheses
// included.
type cand struct {
	start, end int
	kind       candKind
	paren      bool   // enclosed in parentheses
	num        number // the reading, for numbers
	isNum      bool
	value      uint32 // for names: the flags ORed
	fam        family // set when the code is another family's
	text       string // as written, in normalized form
	afterStop  bool   // for candParen: right after a full stop, as a dialog's code is
}

// key identifies a code for counting different ones.
type candKey struct {
	value uint32
	fam   string
}

func (c cand) key() candKey {
	if c.isNum {
		return candKey{c.num.value, ""}
	}
	return candKey{c.value, c.fam.id + c.fam.name}
}

// scanCodes finds every code in normalized text: numbers after a code label
// (from the anchor hits) or after a log's label (from the cues, only when
// another family's), 0x numbers, bare digits in parentheses, and runs of
// flag names or another family's constants. Bare digits anywhere else are
// not codes: in running text they are dates, counts and phone numbers. One
// pass over the text; labelled numbers are skipped by the pass.
func scanCodes(n string, hits, cues []hit) []cand {
	labels := 0
	for _, h := range hits {
		labels += btoi(h.kind == kCodeLabel)
	}
	for _, h := range cues {
		labels += btoi(h.kind == kLogLabel)
	}
	labelled := make([]cand, 0, labels) // sized once: a paste can hold thousands
	take := func(c cand, ok bool) {
		if ok && (len(labelled) == 0 || c.start >= labelled[len(labelled)-1].end) {
			labelled = append(labelled, c)
		}
	}
	for len(hits) > 0 || len(cues) > 0 { // both in text order: merged
		if len(cues) == 0 || len(hits) > 0 && hits[0].start <= cues[0].start {
			if hits[0].kind == kCodeLabel {
				take(labelledAt(n, hits[0]))
			}
			hits = hits[1:]
			continue
		}
		if cues[0].kind == kLogLabel {
			take(loggedAt(n, cues[0]))
		}
		cues = cues[1:]
	}
	// Sized for every 0x number and bracket, so that a paste of thousands
	// of them ("0x1 0x1 …") does not copy its growing list over and over.
	found := make([]cand, 0, min(strings.Count(n, "0x")+strings.Count(n, "0X")+strings.Count(n, "(")+
		strings.Count(n, "×")+strings.Count(n, "х"), 1<<16)) // and the look-alikes of 0x
	next := 0 // the next labelled code ahead of i
	for i := 0; i < len(n); {
		if next < len(labelled) && i >= labelled[next].start {
			i = max(i, labelled[next].end)
			next++
			continue
		}
		switch b := n[i]; {
		case b == '0' || b == '(':
		case b == 'O' && hasXPrefix(n[i:]): // "Ox18": a letter O for the zero
		case b == '_' || b|0x20 >= 'a' && b|0x20 <= 'z':
			j, named := i, false // a word: only one with '_' (or X509…) can name a code
			for j < len(n) && isWordByte(n[j]) {
				named = named || n[j] == '_'
				j++
			}
			if !named && !(j-i == 20 && j < len(n) && n[j] == '.') { // X509ChainStatusFlags.
				i = j
				continue
			}
		default:
			i++ // nothing else starts a code
			continue
		}
		c, end, ok := codeAt(n, i)
		if ok {
			found = append(found, c)
		}
		i = end
	}
	out := mergeByStart(labelled, found)
	for k := range out {
		out[k].markParen(n)
		out[k].text = n[out[k].start:out[k].end]
	}
	return out
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// mergeByStart merges two lists of codes that are each in text order and
// do not overlap, keeping text order.
func mergeByStart(a, b []cand) []cand {
	out := make([]cand, 0, len(a)+len(b))
	for len(a) > 0 && len(b) > 0 {
		if b[0].start < a[0].start {
			out, b = append(out, b[0]), b[1:]
		} else {
			out, a = append(out, a[0]), a[1:]
		}
	}
	return append(append(out, a...), b...)
}

// codeAt looks for a code starting at n[i]; end is where scanning goes on.
func codeAt(n string, i int) (cand, int, bool) {
	b := n[i]
	if i > 0 && isWordByte(n[i-1]) && b != '(' {
		return cand{}, i + 1, false // inside a word
	}
	if size, _ := xPrefix(n[i:]); size > 0 {
		j := i + size
		for j < len(n) && (hexDigit(n[j]) >= 0 || strings.IndexByte("OolI", n[j]) >= 0) {
			j++
		}
		if j == i+size || (j < len(n) && isWordByte(n[j])) {
			return cand{}, j, false
		}
		num, errID := readDigits(n[i:j])
		return numCand(i, j, candHex, num), j, errID == ""
	}
	switch {
	case b == '(':
		return parenAt(n, i)
	case b == '_' || b|0x20 >= 'a' && b|0x20 <= 'z':
		return namesAt(n, i)
	}
	return cand{}, i + 1, false
}

func numCand(start, end int, k candKind, num number) cand {
	return cand{start: start, end: end, kind: k, num: num, isNum: true, fam: familyOfNumber(num)}
}

// parenAt reads "(18)" or "( 8000000A )": up to ten hex digits, one of
// them a decimal digit, alone in parentheses.
func parenAt(n string, i int) (cand, int, bool) {
	j := skipSpaces(n, i+1)
	k := j
	for k < len(n) && k-j <= 10 && (hexDigit(n[k]) >= 0 || strings.IndexByte("OolI", n[k]) >= 0) {
		k++
	}
	e := skipSpaces(n, k)
	if k == j || k-j > 10 || e >= len(n) || n[e] != ')' || !strings.ContainsAny(n[j:k], "0123456789") {
		return cand{}, i + 1, false
	}
	num, errID := readDigits(n[j:k])
	c := numCand(i, e+1, candParen, num)
	p := strings.TrimRight(n[:i], " ")
	c.paren, c.afterStop = true, strings.HasSuffix(p, ".") || strings.HasSuffix(p, "。")
	return c, e + 1, errID == ""
}

// afterLabel returns where the value after a label ends at i starts: past
// spaces and the ':', '#' or '=' that labels put before it.
func afterLabel(n string, i int) int {
	j := skipSpaces(n, i)
	for j < len(n) && (n[j] == ':' || n[j] == '#' || n[j] == '=') {
		j = skipSpaces(n, j+1)
	}
	return j
}

// labelledAt reads the number after a code label: "Error Code 10",
// "エラー コード: 0x10", "Fehlercode -2147483640".
func labelledAt(n string, h hit) (cand, bool) {
	j := afterLabel(n, h.end)
	k := j
	if k < len(n) && n[k] == '-' {
		k++
	} else if size, _ := xPrefix(n[k:]); size > 0 {
		k += size // "0×10", "Ox10"
	}
	for k < len(n) && isWordByte(n[k]) {
		k++
	}
	if k == j {
		return cand{}, false
	}
	if num, ok := readLookalike(n[j:k]); ok {
		return numCand(h.start, k, candLabel, num), true
	}
	if !isDigit(n[j]) && n[j] != '-' && !hasXPrefix(n[j:]) {
		// Outlook prints 0xA as "A": letters alone are a code only when the
		// bracket closes right after them, as in "(Error Code A)".
		if e := skipSpaces(n, k); !allHex(n[j:k]) || e >= len(n) || n[e] != ')' {
			return cand{}, false
		}
	}
	num, errID := readDigits(n[j:k])
	return numCand(h.start, k, candLabel, num), errID == ""
}

// namesAt reads a word; when it names a flag, it also takes the flag names
// joined to it ("FLAG_INVALID_CA | FLAG_CERT_CN_INVALID" is one code).
func namesAt(n string, i int) (cand, int, bool) {
	w, end := wordAt(n, i)
	if !strings.Contains(w, "_") && !strings.HasPrefix(w, "X509") {
		return cand{}, end, false
	}
	if v, ok := flagByName(w); ok {
		c := cand{start: i, end: end, kind: candNames, value: v}
		for {
			j := end
			for j < len(n) && strings.IndexByte(" |+,&", n[j]) >= 0 {
				j++
			}
			w2, e2 := wordAt(n, j)
			v2, ok := flagByName(w2)
			if j == end || !ok {
				return c, end, true
			}
			c.value |= v2
			c.end, end = e2, e2
		}
	}
	if f := familyOfName(w, false); f.id != "" {
		return cand{start: i, end: end, kind: candNames, fam: f}, end, true
	}
	return cand{}, end, false
}

// wordAt reads an identifier at n[i]: letters, digits, '_' and inner dots
// (X509ChainStatusFlags.UntrustedRoot).
func wordAt(n string, i int) (string, int) {
	j := i
	for j < len(n) && (isWordByte(n[j]) || n[j] == '.' && j+1 < len(n) && isWordByte(n[j+1])) {
		j++
	}
	return n[i:j], max(j, i+1)
}

// markParen widens a code to the parentheses around it, if any.
func (c *cand) markParen(n string) {
	if c.paren {
		return
	}
	s := c.start
	for s > 0 && n[s-1] == ' ' {
		s--
	}
	e := skipSpaces(n, c.end)
	if s > 0 && n[s-1] == '(' && e < len(n) && n[e] == ')' {
		c.start, c.end, c.paren = s-1, e+1, true
	}
}

func skipSpaces(n string, i int) int {
	for i < len(n) && n[i] == ' ' {
		i++
	}
	return i
}
