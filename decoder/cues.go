package decoder

import "strings"

// splitCues separates what the matcher found into the dialog's anchors and
// the cues (kCertWord, kProduct, kCodeWord, kLogLabel), keeping a cue only
// where it stands as the word it is meant to be. The anchors are compared
// on compacted text wherever they fall; the cues are short and common, so
// the text around them is checked: "Outlook" must not be part of a server
// name (outlook.office365.com) or of a longer word, and a log's "error" or
// "code" must be a word of its own (not "decode", "errors"). The anchors
// keep all's array.
func splitCues(n string, all []hit) (hits, cues []hit) {
	count := 0
	for _, h := range all {
		if h.kind >= kCertWord {
			count++
		}
	}
	if count > 0 {
		cues = make([]hit, 0, count)
	}
	hits = all[:0]
	for _, h := range all {
		switch {
		case h.kind < kCertWord:
			hits = append(hits, h)
		case cueStands(n, h):
			cues = append(cues, h)
		}
	}
	return hits, cues
}

// cueStands reports whether cue h is the word it is meant to be.
func cueStands(n string, h hit) bool {
	before, after := byte(' '), byte(' ')
	if h.start > 0 {
		before = n[h.start-1]
	}
	if h.end < len(n) {
		after = n[h.end]
	}
	switch h.kind {
	case kCodeWord:
		return true
	case kCertWord:
		// "certificat" is French, Romanian and Catalan; "certificate" is
		// English, whose dialogs are read by their anchors.
		return !(after|0x20 == 'e' && strings.EqualFold(n[h.start:h.end], "certificat"))
	case kProduct:
		dotted := (after == '.' || after == '@') && h.end+1 < len(n) && isWordByte(n[h.end+1])
		return h.end-h.start == h.size && !isWordByte(before) && strings.IndexByte(".@/\\-", before) < 0 &&
			!isWordByte(after) && !dotted
	}
	// kLogLabel: written as one word, with nothing of a word around it
	// ("hr=" is followed by its number).
	joined := n[h.end-1] == '=' || n[h.end-1] == ':'
	return h.end-h.start == h.size && !isWordByte(before) && (joined || !isWordByte(after))
}

// cuesOf returns the cues of kind k, in text order.
func cuesOf(cues []hit, k kind) []hit {
	count := 0
	for _, h := range cues {
		count += btoi(h.kind == k)
	}
	out := make([]hit, 0, count)
	for _, h := range cues {
		if h.kind == k {
			out = append(out, h)
		}
	}
	return out
}
