package note

import (
	"fmt"
	"strings"
)

// textWriter writes plain text that reads well in any ticket field: no
// markup, headings set off by = and -, the pasted message quoted with "> ".
// Nothing is escaped, as nothing is interpreted.
type textWriter struct {
	b *strings.Builder
	stepLabels
}

func (w *textWriter) heading(level int, text string) {
	marks := [...]string{"===", "==", "--"}
	m := marks[min(max(level, 1), len(marks))-1]
	fmt.Fprintf(w.b, "%s %s %s\n", m, oneLine(text), m)
}

func (w *textWriter) paragraph(label, text string) {
	if label != "" {
		text = oneLine(label) + ": " + oneLine(text)
	}
	w.b.WriteString(strings.TrimSpace(oneLine(text)) + "\n")
}

func (w *textWriter) bullets(items []item) {
	for _, it := range items {
		w.b.WriteString("- ")
		w.paragraph(it.label, it.text)
	}
}

// steps numbers the steps; the lines after the first are aligned under
// its text.
func (w *textWriter) steps(steps []step) {
	for i, s := range steps {
		lead := fmt.Sprintf("%d. ", i+1)
		pad := strings.Repeat(" ", len(lead))
		w.b.WriteString(lead)
		if s.who != "" {
			w.b.WriteString("[" + oneLine(s.who) + "] ")
		}
		w.b.WriteString(oneLine(s.do) + "\n")
		if s.where != "" {
			w.b.WriteString(pad + w.where + ": " + oneLine(s.where) + "\n")
		}
		if s.command != "" {
			w.b.WriteString(pad + w.command + ": " + oneLine(s.command) + "\n")
		}
	}
}

func (w *textWriter) literal(text string) {
	for _, l := range lines(text) {
		w.b.WriteString(strings.TrimRight("> "+l, " ") + "\n")
	}
}

func (w *textWriter) link(label, url string) {
	w.b.WriteString(oneLine(label) + ": " + url + "\n")
}
