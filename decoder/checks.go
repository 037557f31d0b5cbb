package decoder

import (
	"strconv"
	"strings"

	"proxycert/messages"
)

// checkCut warns when the code looks cut short by the copy, which would
// make its reading silently wrong ("(0x0000001" is 0x00000001, not
// 0x00000018): in a dialog, zero-padded hex with fewer than the eight
// digits Outlook writes; anywhere, a bracket that the text ends without
// closing. n is the normalized text c was found in.
func (r *Result) checkCut(n string, c *cand, inDialog bool) {
	if c == nil || !r.HasCode {
		return
	}
	d := c.num.digits
	padded := inDialog && c.isNum && c.num.how == readHex && len(d) > 1 && len(d) < 8 && d[0] == '0' &&
		(c.kind == candHex || strings.Contains(strings.ToLower(c.text), "0x")) // candHex: 0x or its look-alike
	s := c.start
	for s > 0 && n[s-1] == ' ' {
		s--
	}
	unclosed := !c.paren && s > 0 && n[s-1] == '(' && skipSpaces(n, c.end) == len(n)
	if padded || unclosed {
		r.warn(messages.WarnCodeCut, "digits", c.text, "code", Hex(r.Code))
	}
}

// countCodes warns when the text holds codes other than the one used.
// Bare digits in brackets count only where a dialog's code would be.
func (r *Result) countCodes(cands []cand, used *cand, hits []hit) {
	if used == nil {
		return
	}
	seen := map[candKey]bool{used.key(): true}
	ends := dialogEnds(cands, hits)
	for i, c := range cands {
		if c.kind == candParen && !ends[i] {
			continue
		}
		seen[c.key()] = true
	}
	if len(seen) > 1 {
		r.warn(messages.WarnSeveralCodes, "count", strconv.Itoa(len(seen)), "code", Hex(used.key().value))
	}
}

// dialogEnds marks the first code in brackets after each opening sentence;
// bare digits in brackets count only after a full stop.
func dialogEnds(cands []cand, hits []hit) map[int]bool {
	ends := map[int]bool{}
	next := len(cands) // walking backwards: the first bracketed code at or after k
	nextParen := make([]int, len(cands)+1)
	nextParen[len(cands)] = next
	for k := len(cands) - 1; k >= 0; k-- {
		if c := cands[k]; c.paren && (c.kind != candParen || c.afterStop) {
			next = k
		}
		nextParen[k] = next
	}
	k := 0
	for _, h := range hits {
		if h.kind != kOpening {
			continue
		}
		for k < len(cands) && cands[k].start < h.start {
			k++
		}
		if j := nextParen[k]; j < len(cands) && cands[j].start < h.start+reach {
			ends[j] = true
		}
	}
	return ends
}
