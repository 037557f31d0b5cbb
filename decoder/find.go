package decoder

import "unicode/utf8"

// hit is one anchor found, in offsets of the normalized text.
type hit struct {
	pattern
	start, end int
}

// window is the size of the ring of offsets find keeps; it must exceed
// the longest compacted anchor (checked by buildMatcher).
const window = 512

// find returns every anchor in the normalized text, ordered by start and,
// at the same start, longest first, with shorter anchors of the same kind
// at the same place dropped ("ターゲット サイト" inside "ターゲット サイトである").
// It compacts the text as it goes (see compactRune), remembering in a ring
// where in n each of the last compacted bytes came from.
func (m *matcher) find(n string) []hit {
	hits := make([]hit, 0, 16) // a dialog has about ten anchors and cues: one allocation
	var at [window]int32
	var enc [utf8.UTFMax]byte
	s, k := 0, 0 // state, count of compacted bytes fed
	end := 0     // where the rune being fed ends in n
	feed := func(b byte, from int) {
		at[k%window] = int32(from)
		k++
		s = int(m.delta[s*m.width+int(m.class[b])])
		o := int32(s)
		if len(m.outs[o]) == 0 {
			o = m.dict[o]
		}
		for ; o != 0; o = m.dict[o] {
			for _, p := range m.outs[o] {
				pat := m.pats[p]
				hits = append(hits, hit{pat, int(at[(k-pat.size)%window]), end})
			}
		}
	}
	for i := 0; i < len(n); {
		if c := n[i]; c < utf8.RuneSelf {
			if b := asciiKey[c]; b != 0 {
				end = i + 1
				feed(b, i)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(n[i:])
		if r = compactRune(r); r >= 0 {
			end = i + size
			for _, b := range enc[:utf8.EncodeRune(enc[:], r)] {
				feed(b, i)
			}
		}
		i += size
	}
	return sortHits(hits)
}

// insertionSort sorts s stably. The matcher's lists are short (a state's
// edges) or nearly in order (hits are found by their end, and no anchor is
// longer than the window), where it is linear; unlike slices.SortFunc it
// adds almost nothing to the page's wasm per element type.
func insertionSort[T any](s []T, less func(a, b T) bool) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && less(s[j], s[j-1]); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// sortHits orders the anchors found and drops shadowed ones.
func sortHits(hits []hit) []hit {
	insertionSort(hits, func(a, b hit) bool {
		if a.start != b.start {
			return a.start < b.start
		}
		return a.end > b.end
	})
	out := hits[:0]
	for _, h := range hits {
		if !shadowed(out, h) {
			out = append(out, h)
		}
	}
	return out
}

// shadowed reports whether a longer anchor of the same kind starts where h does.
func shadowed(kept []hit, h hit) bool {
	for k := len(kept) - 1; k >= 0 && kept[k].start == h.start; k-- {
		if kept[k].kind == h.kind {
			return true
		}
	}
	return false
}
