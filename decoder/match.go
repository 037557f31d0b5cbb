package decoder

import (
	"sort"
	"sync"
	"unicode/utf8"

	"proxycert/messages"
)

// kind is what an anchor marks in the text.
type kind uint8

const (
	kOpening kind = iota
	kNameReason
	kCAReason
	kTargetSite
	kProxyServer
	kCodeLabel
	kLookAlike
)

// pattern is one compacted anchor with what it means.
type pattern struct {
	kind     kind
	lang     string // BCP 47 tag of the anchor's language
	nearMiss string // for kLookAlike, the messages.NearMiss* id
	size     int    // length of the compacted key in bytes
}

// matcher finds every anchor of every language in one pass over the text,
// so that the cost does not grow with the number of anchors or languages:
// an Aho-Corasick automaton over the bytes of compacted keys, built once
// from the catalogs and then flattened into a table with one entry per
// state and byte class, so that reading a byte is one lookup.
type matcher struct {
	pats  []pattern
	outs  [][]int32 // per state, the patterns that end exactly there
	dict  []int32   // per state, the nearest state on its failure chain with outputs; 0 when none
	class [256]uint16
	width int      // byte classes: 0 for bytes in no anchor, then one per byte in use
	delta []uint16 // state*width + class -> next state

	// The trie, used while building.
	root  [256]int32
	edges [][]edge // per state, sorted by byte
	fail  []int32  // per state
}

type edge struct {
	b    byte
	next int32
}

var anchors = sync.OnceValue(buildMatcher)

func buildMatcher() *matcher {
	m := &matcher{edges: [][]edge{nil}, fail: []int32{0}, outs: [][]int32{nil}}
	add := func(key string, p pattern) {
		if key == "" {
			return
		}
		p.size = len(key)
		m.pats = append(m.pats, p)
		s := int32(0)
		for i := 0; i < len(key); i++ {
			s = m.child(s, key[i])
		}
		m.outs[s] = append(m.outs[s], int32(len(m.pats)-1))
	}
	addAnchors := func(lang string, a messages.Anchors) {
		for k, list := range [][]string{a.Opening, a.NameReason, a.CAReason, a.TargetSite, a.ProxyServer, a.CodeLabel} {
			for _, s := range list {
				add(compactKey(s), pattern{kind: kind(k), lang: lang})
			}
		}
	}
	for _, l := range messages.Languages() {
		addAnchors(l, messages.For(l).Anchors)
	}
	others := make([]string, 0, len(messages.OtherAnchors))
	for l := range messages.OtherAnchors {
		others = append(others, l)
	}
	sort.Strings(others)
	for _, l := range others {
		addAnchors(l, messages.OtherAnchors[l])
	}
	for _, la := range messages.LookAlikes {
		for _, s := range la.Phrases {
			add(compactKey(s), pattern{kind: kLookAlike, nearMiss: la.NearMiss})
		}
	}
	for _, p := range m.pats {
		if p.size >= window {
			panic("decoder: anchor longer than the matcher's window")
		}
	}
	m.flatten(m.link())
	return m
}

// child returns the trie child of s for b, adding it when missing.
func (m *matcher) child(s int32, b byte) int32 {
	for _, e := range m.edges[s] {
		if e.b == b {
			return e.next
		}
	}
	n := int32(len(m.edges))
	m.edges = append(m.edges, nil)
	m.fail = append(m.fail, 0)
	m.outs = append(m.outs, nil)
	m.edges[s] = append(m.edges[s], edge{b, n})
	return n
}

// link sorts the edges, fills the root table and computes the failure and
// dictionary links breadth first. It returns the states in that order.
func (m *matcher) link() []int32 {
	m.dict = make([]int32, len(m.edges))
	for _, es := range m.edges {
		insertionSort(es, func(a, b edge) bool { return a.b < b.b })
	}
	order := make([]int32, 1, len(m.edges))
	for _, e := range m.edges[0] {
		m.root[e.b] = e.next
		order = append(order, e.next)
	}
	for i := 1; i < len(order); i++ {
		s := order[i]
		for _, e := range m.edges[s] {
			f := m.step(m.fail[s], e.b)
			m.fail[e.next] = f
			if len(m.outs[f]) > 0 {
				m.dict[e.next] = f
			} else {
				m.dict[e.next] = m.dict[f]
			}
			order = append(order, e.next)
		}
	}
	return order
}

// flatten fills the transition table, in breadth-first order so that a
// state's failure state is always done before it: a byte with no edge goes
// where it goes from the failure state.
func (m *matcher) flatten(order []int32) {
	if len(m.edges) > 0xFFFF {
		panic("decoder: too many anchor states for the matcher's table")
	}
	for _, es := range m.edges {
		for _, e := range es {
			if m.class[e.b] == 0 {
				m.width++
				m.class[e.b] = uint16(m.width)
			}
		}
	}
	m.width++
	m.delta = make([]uint16, len(m.edges)*m.width)
	for _, s := range order {
		row := m.delta[int(s)*m.width : int(s+1)*m.width]
		if s != 0 {
			copy(row, m.delta[int(m.fail[s])*m.width:])
		}
		for _, e := range m.edges[s] {
			row[m.class[e.b]] = uint16(e.next)
		}
	}
	m.edges, m.fail = nil, nil
}

// step follows b from state s, falling back along failure links.
func (m *matcher) step(s int32, b byte) int32 {
	for s != 0 {
		for _, e := range m.edges[s] { // few edges: most states are inside one anchor
			if e.b == b {
				return e.next
			}
			if e.b > b {
				break
			}
		}
		s = m.fail[s]
	}
	return m.root[b]
}

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
	var hits []hit
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
