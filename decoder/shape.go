package decoder

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// A dialog in a language with no anchors here is read by its shape, which
// every translation keeps (see messages.Shape):
//
//	<certificate sentence naming the server>. [<reason>.] Outlook <…>. (<code>)
//	<certificate sentence>. <reason naming the server>. Outlook <…> (<label> <digits>)
//
// The last sentence names Outlook and ends in the code in brackets: 0x and
// hex digits; bare digits right after its full stop; or a label of a few
// words and the digits, as the real dialogs print "(Error Code 10)". A word
// for "certificate" stands in one of the sentences before it, and a server
// name, dotted or an IPv4 address, in the dialog. Chatter has each of these
// often, and all of them in this order hardly ever: "Outlook starts slowly
// on pc7.contoso.pl (2 users)" has no certificate and no code, a note that
// a certificate was renewed names no code in Outlook's sentence.
const (
	productReach   = 400  // bytes from "Outlook" to the code's bracket: one short sentence in any script
	shapeReach     = 1536 // bytes from the certificate word to the code
	shapeSentences = 3    // sentences before Outlook's in which the certificate word may stand
)

// findShape returns the first copy of the dialog read by its shape.
func findShape(n string, cues []hit, cands []cand) (dialog, bool) {
	certs, products := cuesOf(cues, kCertWord), cuesOf(cues, kProduct)
	if len(certs) == 0 || len(products) == 0 {
		return dialog{}, false
	}
	s := shapeReader{n: n, stops: sentenceStops(n), cands: cands, certs: certs, codeWords: cuesOf(cues, kCodeWord)}
	for _, o := range products {
		if d, ok := s.dialogAt(o); ok {
			return d, true
		}
	}
	return dialog{}, false
}

// shapeReader holds what findShape looks things up in, each list in text
// order so that a look-up is a binary search.
type shapeReader struct {
	n         string
	stops     []int // where each sentence ends: the offset just after its full stop
	cands     []cand
	certs     []hit
	codeWords []hit
	hosts     []span // dotted names and addresses, found when first needed
	hosted    bool
}

type span struct{ start, end int }

// dialogAt reads the dialog whose last sentence names Outlook at o.
func (s *shapeReader) dialogAt(o hit) (dialog, bool) {
	c, labelled, ok := s.codeAfter(o)
	if !ok {
		return dialog{}, false
	}
	outlookSentence := s.stopsBefore(o.start)
	bound := max(c.start-shapeReach, 0)
	if k := outlookSentence - 1 - shapeSentences; k >= 0 {
		bound = max(bound, s.stops[k])
	}
	// The certificate word nearest to Outlook's sentence that has a server
	// with it: in message 2 the reason sentence names the certificate but
	// not the server, which the sentence before it names.
	k := sort.Search(len(s.certs), func(i int) bool { return s.certs[i].end > o.start })
	for tries := 0; k > 0 && tries < 8; tries++ {
		k--
		w := s.certs[k]
		if w.start < bound {
			break
		}
		h, ok := s.server(w, c.start, bound)
		if !ok {
			continue
		}
		from := min(w.start, h.start)
		sentences := outlookSentence - s.stopsBefore(from)
		code := c // escapes only here, for the one dialog found
		return dialog{start: from, end: c.end, code: &code, server: s.n[h.start:h.end],
			variant: shapeVariant(c.num.value, labelled, sentences)}, true
	}
	return dialog{}, false
}

// codeAfter finds the code that ends Outlook's sentence at o: the first
// bracket after it that holds a code of this dialog, with no sentence
// ending in between but for the full stop right before the bracket.
// labelled reports a label in the bracket, as in "(Error Code 10)".
func (s *shapeReader) codeAfter(o hit) (c cand, labelled, ok bool) {
	n, p := s.n, o.end
	limit := min(len(n), o.end+productReach)
	from := s.stopsBefore(o.end)
	for tries := 0; tries < 3; tries++ {
		k := strings.IndexByte(n[p:limit], '(')
		if k < 0 {
			return cand{}, false, false
		}
		p += k
		ended := s.stopsBefore(p) - from // sentences ending between Outlook and the bracket
		afterStop := ended > 0 && skipSpaces(n, s.stops[from+ended-1]) == p
		if ended > 1 || ended == 1 && !afterStop {
			return cand{}, false, false
		}
		if c, labelled, ok := s.codeAt(p, afterStop); ok {
			return c, labelled, true
		}
		p++
	}
	return cand{}, false, false
}

// codeAt reads the code in the bracket at n[p]: one the scanner found
// there, or a number after a label in any language.
func (s *shapeReader) codeAt(p int, afterStop bool) (c cand, labelled, ok bool) {
	i := sort.Search(len(s.cands), func(i int) bool { return s.cands[i].start >= p })
	if i < len(s.cands) && s.cands[i].start == p {
		c := s.cands[i]
		ok := c.paren && c.isNum && c.fam.id == "" && c.num.value&^ValidMask == 0 &&
			(c.kind == candHex || c.kind == candLabel || c.kind == candParen && afterStop)
		return c, c.kind == candLabel, ok
	}
	c, digits, ok := labelledParen(s.n, p)
	if ok { // the label must say "code": "(version 16)" is no code
		k := sort.Search(len(s.codeWords), func(k int) bool { return s.codeWords[k].start > p })
		ok = k < len(s.codeWords) && s.codeWords[k].end <= digits
	}
	return c, true, ok
}

// labelledParen reads "(Kod błędu 10)", "(رمز الخطأ 10)", "(Hibakód: 10)":
// one to four words of letters of any script, then the number alone. The
// caller checks that the words, which end before digits, hold a
// messages.Shape.CodeWords stem.
func labelledParen(n string, p int) (c cand, digits int, ok bool) {
	j, words := skipSpaces(n, p+1), 0
	for words < 4 && j-p < 80 { // a label is short: no scanning a long run of letters
		k := j
		for k < len(n) && k-p < 80 {
			r, size := utf8.DecodeRuneInString(n[k:])
			if !isLabelRune(r) {
				break
			}
			k += size
		}
		if k == j {
			break
		}
		words, j = words+1, skipSpaces(n, k)
	}
	for j < len(n) && (n[j] == ':' || n[j] == '#' || n[j] == '=') {
		j = skipSpaces(n, j+1)
	}
	k := j
	if size, _ := xPrefix(n[k:]); size > 0 {
		k += size
	}
	for k < len(n) && isWordByte(n[k]) {
		k++
	}
	e := skipSpaces(n, k)
	if words == 0 || k == j || k-j > 24 || e >= len(n) || n[e] != ')' || !strings.ContainsAny(n[j:k], "0123456789") {
		return cand{}, 0, false
	}
	num, errID := readDigits(n[j:k])
	c = numCand(p, e+1, candLabel, num)
	c.paren, c.text = true, n[p:e+1]
	return c, j, errID == "" && c.fam.id == "" && num.value&^ValidMask == 0
}

// isLabelRune reports a letter of a code's label: ASCII letters, the
// apostrophe of "code d'erreur", and any character beyond ASCII but the
// full stops and commas of other scripts (letters and their vowel signs).
func isLabelRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r|0x20 >= 'a' && r|0x20 <= 'z' || r == '\''
	}
	return !isStopRune(r) && r != '、' && r != '،' && r != '؛'
}

// server returns the server name of a dialog whose certificate word is w
// and whose code starts at codeStart: the first name after w, else the last
// one before w in its sentence ("A(z) mail.contoso.hu proxykiszolgáló …
// tanúsítványával").
func (s *shapeReader) server(w hit, codeStart, bound int) (span, bool) {
	if !s.hosted {
		s.hosts, s.hosted = hostsIn(s.n), true
	}
	i := sort.Search(len(s.hosts), func(i int) bool { return s.hosts[i].start >= w.start })
	if i < len(s.hosts) && s.hosts[i].end <= codeStart {
		return s.hosts[i], true
	}
	if k := s.stopsBefore(w.start); i > 0 {
		h := s.hosts[i-1]
		sentence := bound
		if k > 0 {
			sentence = max(sentence, s.stops[k-1])
		}
		return h, h.start >= sentence && h.end <= w.start
	}
	return span{}, false
}

// stopsBefore returns how many sentences end at or before offset i.
func (s *shapeReader) stopsBefore(i int) int {
	return sort.Search(len(s.stops), func(k int) bool { return s.stops[k] > i })
}

// shapeVariant tells KB 923575's message for a dialog whose reason
// sentence cannot be read: the labelled code of the real dialogs is message
// 4 when the code fits its name reason; the certificate sentence alone
// before Outlook's is message 1; otherwise the reason is taken to be the
// one the code names (0x10 the name, message 2; 0x8 alone the issuer,
// message 3), and message 1 when it names neither. The message therefore
// never contradicts the code: a warning about that would only be about
// this guess.
func shapeVariant(code uint32, labelled bool, sentences int) int {
	switch {
	case labelled && (code == 0 || code&0x10 != 0):
		return 4
	case sentences == 1:
		return 1
	case code&0x10 != 0:
		return 2
	case code == 0x8:
		return 3
	}
	return 1
}

// sentenceStops lists where the sentences of n end: after a full stop,
// question or exclamation mark followed by a space, a bracket or the end,
// and after the full stops of other scripts (。 । ۔ ؟ ։).
func sentenceStops(n string) []int {
	var out []int
	for i, r := range n {
		switch {
		case r == '.' || r == '!' || r == '?':
			if j := i + 1; j == len(n) || n[j] == ' ' || n[j] == '(' || n[j] == '"' || n[j] == '\'' {
				out = append(out, j)
			}
		case r >= utf8.RuneSelf && isStopRune(r):
			out = append(out, i+utf8.RuneLen(r))
		}
	}
	return out
}

func isStopRune(r rune) bool {
	switch r {
	case '。', '।', '۔', '؟', '։', '።', '။':
		return true
	}
	return false
}
