package decoder

import (
	"strings"
	"unicode/utf8"
)

// TidyOCR undoes what reading a screenshot does to a dialog's text, so that
// the text the page puts into its box reads as the dialog did: the OCR
// engine writes Japanese with a space between words or even between
// characters ("セキ ュ リ ティ 証明 書"), and breaks lines where the dialog
// wrapped them. A space or line break between two Japanese characters is
// dropped; one beside Latin text (a server name, "Outlook") stays, as it is
// in the dialog. A line break after a hyphen between letters or digits goes
// too: the dialog wrapped a server name there ("cas-" then "01.contoso.com").
// Trailing spaces and blank lines go. The decoder reads the result as any
// pasted text; nothing else is changed, so a misread character stays
// visible for the user to correct.
func TidyOCR(text string) string {
	var lines []string
	for line := range strings.Lines(text) {
		if line = strings.TrimRight(line, " \t\r\n"); line != "" {
			lines = append(lines, line)
		}
	}
	var b strings.Builder
	for i, line := range lines {
		if i > 0 && !(isJapanese(lastRune(lines[i-1])) && isJapanese(firstRune(line))) && !wrappedAtHyphen(lines[i-1], line) {
			b.WriteByte('\n')
		}
		b.WriteString(joinJapanese(line))
	}
	return b.String()
}

// joinJapanese drops the spaces between two Japanese characters of line.
func joinJapanese(line string) string {
	var b strings.Builder
	prev := rune(0)
	for i := 0; i < len(line); {
		r, size := utf8.DecodeRuneInString(line[i:])
		if r == ' ' && isJapanese(prev) {
			j := i
			for j < len(line) && line[j] == ' ' {
				j++
			}
			if next, _ := utf8.DecodeRuneInString(line[j:]); isJapanese(next) {
				i = j
				continue
			}
		}
		b.WriteString(line[i : i+size]) // as written, even a byte that is no UTF-8
		prev = r
		i += size
	}
	return b.String()
}

// wrappedAtHyphen reports whether a line ending in a hyphen after a letter
// or digit goes on with one on the next.
func wrappedAtHyphen(line, next string) bool {
	n := len(line)
	return n >= 2 && line[n-1] == '-' && isWordByte(line[n-2]) && isWordByte(next[0])
}

// isJapanese reports the characters Japanese text runs on in: kana,
// ideographs, and the CJK and full-width punctuation between them.
func isJapanese(r rune) bool {
	return isCJK(r) || r >= 0x3000 && r <= 0x303F || r >= 0xFF01 && r <= 0xFF60
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}
