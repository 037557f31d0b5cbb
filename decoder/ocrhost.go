package decoder

import "strings"

// A server name read from a screenshot is where OCR goes wrong: a digit
// after letters comes out as the letter it looks like ("exch01" read as
// "exch0l", "exchOl" or "excho01"), and nothing in the name says which was
// meant (h2o and lol are names too), so the decoder does not change it
// (unlookHost changes addresses only). The page reads such a picture a
// second time with another language's model, whose mistakes differ, and
// takes its name when it settles the doubt (SettleHost).

// UnsureHost reports whether a server name read from a picture bears the
// marks of OCR's most common mistake in names: a letter that looks like a
// digit (O, o, l, I) beside a digit, or a capital O or I among lower-case
// letters (names are written in one case; "exchOl" is a misread "exch01").
func UnsureHost(name string) bool {
	for label := range strings.SplitSeq(name, ".") {
		lower := strings.ToUpper(label) != label
		for i := 0; i < len(label); i++ {
			c := label[i]
			if _, look := lookDigit(c); !look {
				continue
			}
			if lower && (c == 'O' || c == 'I') ||
				i > 0 && isDigit(label[i-1]) || i+1 < len(label) && isDigit(label[i+1]) {
				return true
			}
		}
	}
	return false
}

// SettleHost returns second, another reading of the same picture's server
// name, when it settles first's doubt: first is unsure (UnsureHost) and
// second is not, and the two have the same labels but where first is
// unsure, whose letters, look-alikes and digits left out, are the same
// ("exch0l" and "exch01" are both "exch"). Otherwise it returns first.
func SettleHost(first, second string) (string, bool) {
	if !UnsureHost(first) || second == "" || UnsureHost(second) {
		return first, false
	}
	a, b := strings.Split(first, "."), strings.Split(second, ".")
	if len(a) != len(b) {
		return first, false
	}
	for i := range a {
		if a[i] == b[i] {
			continue
		}
		if !UnsureHost(a[i]) || skeleton(a[i]) != skeleton(b[i]) || skeleton(a[i]) == "" {
			return first, false
		}
	}
	return second, true
}

// skeleton is a label without its digits and the letters that look like
// them.
func skeleton(label string) string {
	var b strings.Builder
	for i := 0; i < len(label); i++ {
		if d, _ := lookDigit(label[i]); d < 0 {
			b.WriteByte(label[i])
		}
	}
	return b.String()
}
