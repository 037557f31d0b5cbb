package decoder

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"proxycert/messages"
)

// A dialog read from a screenshot may have its opening sentence misread
// ("セキュリティ証明者" for "セキュリティ証明書", "securlty"), so that the
// anchor that marks it is not found, while the sentence still holds the
// server name. The dialog is then found by its reason sentence, and the
// server is looked for in the sentence before it only when that sentence is
// recognisably the opening: a name in chatter before a pasted reason
// sentence ("User on laptop01.contoso.com says: The name on…") is no
// server.

// sentenceBefore returns where the sentence that ends just before n[i:]
// starts: after the full stop before it ("。" or ". "), and at most
// maxSentence bytes back, the opening's words with the longest name.
func sentenceBefore(n string, i int) int {
	const maxSentence = 400
	body := strings.TrimRight(n[:i], " ")
	body = strings.TrimSuffix(strings.TrimSuffix(body, "。"), ".")
	lo := max(0, len(body)-maxSentence)
	for lo < len(body) && !utf8.RuneStart(body[lo]) {
		lo++
	}
	ja, en := strings.LastIndex(body[lo:], "。"), strings.LastIndex(body[lo:], ". ")
	switch {
	case ja >= 0 && ja > en:
		lo += ja + len("。")
	case en >= 0:
		lo += en + len(". ")
	}
	return lo
}

// misreadOpening reports whether sentence is an opening of lang's dialog
// with some of it misread: at least half of the opening's pairs of
// adjacent characters (spaces and case aside) are in it.
func misreadOpening(sentence, lang string) bool {
	have := charPairs(sentence)
	for _, opening := range messages.DialogAnchors[lang].Opening {
		want := charPairs(opening)
		found := 0
		for p := range want {
			if have[p] {
				found++
			}
		}
		if len(want) > 0 && 2*found >= len(want) {
			return true
		}
	}
	return false
}

// charPairs returns the pairs of adjacent characters of s, lower case,
// spaces left out.
func charPairs(s string) map[[2]rune]bool {
	pairs := map[[2]rune]bool{}
	prev := rune(-1)
	for _, r := range s {
		if unicode.IsSpace(r) {
			continue
		}
		r = unicode.ToLower(r)
		if prev >= 0 {
			pairs[[2]rune{prev, r}] = true
		}
		prev = r
	}
	return pairs
}
