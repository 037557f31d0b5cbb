package decoder

import "proxycert/messages"

// reach is how far, in bytes of normalized text, a dialog may run from its
// first anchor to its code. The longest wording with a long server name is
// under 600 bytes; the rest is slack for chatter pasted into the middle.
const reach = 2048

// dialog is the first copy of the error found in a text.
type dialog struct {
	lang       string // the anchors' language, catalog or not
	start, end int    // from the first anchor to the end of its code (or of its reach)
	code       *cand  // nil when the dialog holds no code
	variant    int
	server     string
}

// findDialog locates the first copy of the error: from its opening
// sentence, or from "unable to connect to the proxy server" when the
// opening was not pasted. A reason sentence alone counts only when a code
// follows it and no look-alike dialog's phrase is present: without a code,
// the same sentence is the Security Alert's.
func findDialog(n string, hits []hit, cands []cand) (dialog, bool) {
	var d dialog
	strong := -1
	for i, h := range hits {
		if h.kind == kOpening || h.kind == kProxyServer {
			strong = i
			break
		}
	}
	switch {
	case strong >= 0:
		h := hits[strong]
		d.lang, d.start = h.lang, h.start
		for _, e := range hits[:strong] { // reason sentences pasted without the opening
			if e.lang == h.lang && e.kind <= kProxyServer && e.start >= h.start-reach {
				d.start = e.start
				break
			}
		}
	case !hasKind(hits, kLookAlike):
		r := firstReason(hits)
		if r == nil || firstCode(cands, hits, r.start, r.start+reach) == nil {
			return d, false
		}
		d.lang, d.start = r.lang, r.start
	default:
		return d, false
	}
	limit := min(len(n), d.start+reach)
	for _, h := range hits {
		if h.kind == kOpening && h.start > d.start && h.start < limit && (strong < 0 || h.start > hits[strong].start) {
			limit = h.start // a second copy starts here
			break
		}
	}
	d.end = limit
	if d.code = firstCode(cands, hits, d.start, limit); d.code != nil {
		d.end = d.code.end
	} else {
		d.code = codeInChatter(cands) // "the tool shows 0x8 for this:" before a dialog without code
	}
	d.variant = variantOf(hits, d)
	d.server = findServer(n, hits, d)
	return d, true
}

// firstCode picks a dialog's code among the codes starting in [from, to):
// the first in parentheses, as every wording ends with one; else the first
// labelled one; else the first 0x number; else the first flag names.
func firstCode(cands []cand, hits []hit, from, to int) *cand {
	var best *cand
	rank := func(c *cand) int {
		switch {
		case c.paren:
			return 0
		case c.kind == candLabel:
			return 1
		case c.kind == candHex:
			return 2
		}
		return 3
	}
	h, lastEnd := 0, -1 // walks the anchors along with the codes
	for i := range cands {
		c := &cands[i]
		if c.start < from || c.start >= to {
			continue
		}
		for ; h < len(hits) && hits[h].start < c.start; h++ {
			if k := hits[h].kind; k <= kProxyServer && hits[h].start >= from {
				lastEnd = max(lastEnd, hits[h].end)
			}
		}
		if c.kind == candParen && !bareFits(c, lastEnd) {
			continue
		}
		if best == nil || rank(c) < rank(best) {
			best = c
		}
	}
	return best
}

// bareFits reports whether bare digits in brackets sit where the wordings
// put the code: after a sentence's full stop ("this server. (18)") or right
// after an anchor, and near the dialog's last anchor. Anywhere else "(0123)"
// is a phone number or a list item.
func bareFits(c *cand, lastAnchorEnd int) bool {
	gap := c.start - lastAnchorEnd
	return lastAnchorEnd >= 0 && gap <= 400 && (c.afterStop || gap <= 1)
}

// codeInChatter returns the first code outside a dialog; bare digits in
// brackets do not count there.
func codeInChatter(cands []cand) *cand {
	for i := range cands {
		if cands[i].kind != candParen {
			return &cands[i]
		}
	}
	return nil
}

// variantOf tells KB 923575's message number by the reason sentence:
// the name reason with the target-site wording is message 4, the name
// reason alone message 2, the CA reason message 3, none message 1.
func variantOf(hits []hit, d dialog) int {
	var name, ca, target bool
	for _, h := range hits {
		if h.lang != d.lang || h.start < d.start || h.start >= d.end {
			continue
		}
		switch h.kind {
		case kNameReason:
			name = true
		case kCAReason:
			ca = true
		case kTargetSite:
			target = true
		}
	}
	switch {
	case target:
		return 4
	case name:
		return 2
	case ca:
		return 3
	}
	return 1
}

func hasKind(hits []hit, k kind) bool {
	for _, h := range hits {
		if h.kind == k {
			return true
		}
	}
	return false
}

func firstReason(hits []hit) *hit {
	for i, h := range hits {
		if h.kind == kNameReason || h.kind == kCAReason {
			return &hits[i]
		}
	}
	return nil
}

// nearMiss tells which look-alike dialog the text is, when it is not the
// error: the first look-alike phrase, else a reason sentence on its own,
// which is the Security Alert's.
func nearMiss(hits []hit) string {
	for _, h := range hits {
		if h.kind == kLookAlike {
			return h.nearMiss
		}
	}
	if firstReason(hits) != nil {
		return messages.NearMissSecurityAlert
	}
	return ""
}
