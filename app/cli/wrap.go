package cli

import (
	"strings"
	"unicode"

	"golang.org/x/text/width"
)

// wrapText breaks text into lines of at most width terminal columns. Lines
// break at spaces, and also between wide (CJK) characters, since Japanese
// puts no spaces between words; a piece longer than width, such as a URL,
// gets a line of its own rather than being cut. Line breaks in text are
// kept.
func wrapText(text string, width int) []string {
	width = max(width, 20)
	var lines []string
	for _, para := range strings.Split(text, "\n") {
		var line strings.Builder
		used := 0
		for _, seg := range lineSegments(para) {
			w := displayWidth(seg.text)
			gap := 0
			if seg.space && used > 0 {
				gap = 1
			}
			if used > 0 && used+gap+w > width {
				lines = append(lines, line.String())
				line.Reset()
				used, gap = 0, 0
			}
			if gap == 1 {
				line.WriteByte(' ')
			}
			line.WriteString(seg.text)
			used += gap + w
		}
		lines = append(lines, line.String())
	}
	return lines
}

// lineSegment is a piece of text that a line never breaks inside.
type lineSegment struct {
	text  string
	space bool // spaces separated it from the piece before
}

// lineSegments splits text at runs of spaces and around wide characters.
// Closing punctuation stays with what comes before it and opening
// brackets with what follows, so no line starts with "。" or ends with "「".
func lineSegments(text string) []lineSegment {
	var out []lineSegment
	var cur strings.Builder
	space, pending := false, false
	var prev rune
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, lineSegment{cur.String(), space})
			cur.Reset()
		}
	}
	for _, r := range text {
		if unicode.IsSpace(r) {
			flush()
			pending = true
			continue
		}
		if cur.Len() > 0 && (isWide(r) || isWide(prev)) &&
			!strings.ContainsRune(noBreakBefore, r) && !strings.ContainsRune(noBreakAfter, prev) {
			flush()
		}
		if cur.Len() == 0 {
			space, pending = pending, false
		}
		cur.WriteRune(r)
		prev = r
	}
	flush()
	return out
}

const (
	noBreakBefore = "、。，．・：；？！）」』】〕〉》ー々ぁぃぅぇぉっゃゅょァィゥェォッャュョ,.;:!?)]}"
	noBreakAfter  = "（「『【〔〈《([{"
)

// displayWidth is the number of terminal columns s takes: two for East
// Asian wide and full-width characters, none for combining marks and
// format characters, one for the rest. Ambiguous characters (…, ①, Greek)
// count one, as terminals outside East Asian locales draw them.
func displayWidth(s string) int {
	n := 0
	for _, r := range s {
		switch {
		case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf):
		case isWide(r):
			n += 2
		default:
			n++
		}
	}
	return n
}

// isWide reports whether terminals draw r two columns wide, by the
// Unicode East Asian Width property that x/text/width reads.
func isWide(r rune) bool {
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return true
	}
	return false
}
