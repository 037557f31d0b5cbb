package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"proxycert/decoder"
	"proxycert/messages"
)

// screenshotFigures collects the readings: accuracy per kind of picture
// and language, the bytes of the first use (the whole reader with the
// English data, then the Japanese data when a picture first needs it), and
// the times: the first picture (cold: the reader downloaded over loopback,
// compiled and started), the first that needed the Japanese data, and the
// median of the clean pictures after those (warm).
type screenshotFigures struct {
	rows       []string
	counts     map[string]*[3]int // kind+lang: pictures, code exact, code and server exact
	firstBytes int64              // the reader's bytes sent for the first picture
	jaBytes    int64              // the Japanese data's
	cold, jaAt time.Duration
	jaShot     string
	warm       map[string][]time.Duration
	codeMisses []string
	misses     []string
	noDialog   bool
}

func (f *screenshotFigures) add(t *testing.T, s shot, got pictureRead, took time.Duration, sent, japanese int64) {
	t.Helper()
	if f.counts == nil {
		f.counts, f.warm = map[string]*[3]int{}, map[string][]time.Duration{}
	}
	if s.NoDialog {
		want := messages.For("en").T(messages.UIPageImageNoDialog)
		f.noDialog = got.Notice == want && got.Box == ""
		if !f.noDialog {
			t.Errorf("%s: box %q, notice %q; want an empty box and %q", s, got.Box, got.Notice, want)
		}
		f.rows = append(f.rows, fmt.Sprintf("%-48s %5.2f s  notice %q", s, took.Seconds(), got.Notice))
		return
	}
	r := decoder.Parse(got.Box)
	codeOK := r.HasCode && decoder.Hex(r.Code) == s.Code
	bothOK := codeOK && r.Server == s.Server
	key := s.kind() + " " + s.Lang
	if f.counts[key] == nil {
		f.counts[key] = &[3]int{}
	}
	c := f.counts[key]
	c[0]++
	if codeOK {
		c[1]++
	} else {
		f.codeMisses = append(f.codeMisses, fmt.Sprintf("%s: read %q", s, got.Box))
	}
	if bothOK {
		c[2]++
	} else {
		f.misses = append(f.misses, fmt.Sprintf("%s: server %q, code %s, read %q", s, r.Server, decoder.Hex(r.Code), got.Box))
	}
	if !got.Marked {
		t.Errorf("%s: the box's text is not marked as read from an image", s)
	}
	switch {
	case f.firstBytes == 0:
		f.firstBytes, f.cold = sent, took
	case f.jaBytes == 0 && japanese > 0:
		f.jaBytes, f.jaAt, f.jaShot = japanese, took, s.String()
	case s.kind() == "clean":
		f.warm[s.Lang] = append(f.warm[s.Lang], took)
	}
	mark := "ok"
	if !bothOK {
		mark = fmt.Sprintf("MISS: server %q, code %s", r.Server, decoder.Hex(r.Code))
	}
	f.rows = append(f.rows, fmt.Sprintf("%-48s %5.2f s  %s", s, took.Seconds(), mark))
}

// check applies the acceptance: the code exact in every picture,
// code and server exact in at least 95% of them.
func (f *screenshotFigures) check(t *testing.T) {
	t.Helper()
	for _, m := range f.codeMisses {
		t.Errorf("code misread: %s", m)
	}
	total, both := 0, 0
	for _, c := range f.counts {
		total += c[0]
		both += c[2]
	}
	if total == 0 || float64(both) < 0.95*float64(total) {
		t.Errorf("code and server exact in %d of %d pictures, want at least 95%%: %q", both, total, f.misses)
	}
}

// write logs the figures and keeps them in out/e2e/screenshots.txt.
func (f *screenshotFigures) write(t *testing.T, out string) {
	var b strings.Builder
	fmt.Fprintf(&b, "%-16s %8s %11s %22s\n", "pictures", "count", "code exact", "code and server exact")
	keys := make([]string, 0, len(f.counts))
	for k := range f.counts {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	total := [3]int{}
	for _, k := range keys {
		c := f.counts[k]
		fmt.Fprintf(&b, "%-16s %8d %11d %22d\n", k, c[0], c[1], c[2])
		for i := range total {
			total[i] += c[i]
		}
	}
	fmt.Fprintf(&b, "%-16s %8d %11d %22d\n", "all", total[0], total[1], total[2])
	fmt.Fprintf(&b, "no dialog: said so %v\n\n", f.noDialog)
	fmt.Fprintf(&b, "first picture (cold): %d bytes from web/ocr/, %.2f s\n", f.firstBytes, f.cold.Seconds())
	fmt.Fprintf(&b, "first picture needing the Japanese data: %d bytes more, %.2f s (%s)\n", f.jaBytes, f.jaAt.Seconds(), f.jaShot)
	for _, lang := range []string{"en", "ja"} {
		fmt.Fprintf(&b, "warm, %s clean pictures: median %.2f s (%d)\n", lang, median(f.warm[lang]).Seconds(), len(f.warm[lang]))
	}
	b.WriteString("\n" + strings.Join(f.rows, "\n") + "\n")
	if len(f.misses) > 0 {
		b.WriteString("\nmisses:\n" + strings.Join(f.misses, "\n") + "\n")
	}
	t.Log("\n" + b.String())
	if err := os.WriteFile(filepath.Join(out, "screenshots.txt"), []byte(b.String()), 0o644); err != nil {
		t.Error(err)
	}
}

func median(d []time.Duration) time.Duration {
	if len(d) == 0 {
		return 0
	}
	s := slices.Clone(d)
	slices.Sort(s)
	return s[len(s)/2]
}
