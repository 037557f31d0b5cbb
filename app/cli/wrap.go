package cli

import (
	"strings"
	"unicode"
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

// displayWidth is the number of terminal columns s takes.
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

// isWide reports whether terminals draw r two columns wide: the East Asian
// wide and full-width blocks.
func isWide(r rune) bool {
	switch {
	case r < 0x1100:
		return false
	case r <= 0x115F, // Hangul Jamo initials
		0x2E80 <= r && r <= 0x303E, // CJK radicals, punctuation
		0x3041 <= r && r <= 0x33FF, // kana, CJK compatibility
		0x3400 <= r && r <= 0x4DBF, // CJK extension A
		0x4E00 <= r && r <= 0x9FFF, // CJK unified ideographs
		0xA000 <= r && r <= 0xA4CF, // Yi
		0xAC00 <= r && r <= 0xD7A3, // Hangul syllables
		0xF900 <= r && r <= 0xFAFF, // CJK compatibility ideographs
		0xFE30 <= r && r <= 0xFE4F, // CJK compatibility forms
		0xFF00 <= r && r <= 0xFF60, // full-width forms
		0xFFE0 <= r && r <= 0xFFE6,
		0x1F300 <= r && r <= 0x1F64F, // pictographs, emoticons
		0x20000 <= r && r <= 0x3FFFD: // CJK extensions B and beyond
		return true
	}
	return false
}
