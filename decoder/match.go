package decoder

import (
	"sort"
	"sync"

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
	// Cues, kept apart from the anchors by splitCues: they are no part of
	// a known wording, and stand anywhere (a server name may hold "code").
	kCertWord // the noun "certificate" in a language without anchors (messages.Shape)
	kProduct  // "Outlook", as every translation writes it
	kCodeWord // the noun "code" in a language without anchors, for the label of the code
	kLogLabel // a log's word before an error number (messages.LogLabels)
)

// pattern is one compacted anchor with what it means.
type pattern struct {
	kind     kind
	lang     string // BCP 47 tag of the anchor's language
	nearMiss string // for kLookAlike, the messages.NearMiss* id
	size     int    // length of the compacted key in bytes
}

// matcher finds every anchor of every language, and the cues of the
// dialog's shape and of logs, in one pass over the text, so that the cost
// does not grow with the number of anchors or languages: an Aho-Corasick
// automaton over the bytes of compacted keys, built once from the catalogs
// and then flattened into a table with one entry per state and byte class,
// so that reading a byte is one lookup.
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
	add := func(list []string, p pattern) { // each phrase of list, compacted
		for _, phrase := range list {
			key := compactKey(phrase)
			if key == "" {
				continue
			}
			p.size = len(key)
			m.pats = append(m.pats, p)
			s := int32(0)
			for i := 0; i < len(key); i++ {
				s = m.child(s, key[i])
			}
			m.outs[s] = append(m.outs[s], int32(len(m.pats)-1))
		}
	}
	for _, l := range dialogLanguages() {
		a := messages.DialogAnchors[l]
		for k, list := range [][]string{a.Opening, a.NameReason, a.CAReason, a.TargetSite, a.ProxyServer, a.CodeLabel} {
			add(list, pattern{kind: kind(k), lang: l})
		}
	}
	for _, la := range messages.LookAlikes {
		add(la.Phrases, pattern{kind: kLookAlike, nearMiss: la.NearMiss})
	}
	add(messages.Shape.CertificateWords, pattern{kind: kCertWord})
	add([]string{messages.Shape.Product}, pattern{kind: kProduct})
	add(messages.Shape.CodeWords, pattern{kind: kCodeWord})
	add(messages.LogLabels, pattern{kind: kLogLabel})
	for _, p := range m.pats {
		if p.size >= window {
			panic("decoder: anchor longer than the matcher's window")
		}
	}
	m.flatten(m.link())
	return m
}

// dialogLanguages lists the languages of messages.DialogAnchors in the
// order the matcher takes their anchors: those with a catalog first, in
// the catalogs' order, then the others by tag, so that the automaton is
// the same on every run.
func dialogLanguages() []string {
	var out, others []string
	for _, l := range messages.Languages() {
		if _, ok := messages.DialogAnchors[l]; ok {
			out = append(out, l)
		}
	}
	for l := range messages.DialogAnchors {
		if !messages.Supported(l) {
			others = append(others, l)
		}
	}
	sort.Strings(others)
	return append(out, others...)
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
