package e2e

import (
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"text/tabwriter"
)

// The bench's figures: samples summarised as median, min and max, compared
// with the floor's, and judged against the targets.

// stat summarises samples. A sample that is NaN or negative (a figure the
// browser did not report) is left out; N says how many were kept.
type stat struct {
	N                int
	Median, Min, Max float64
}

func summarize(samples []float64) stat {
	xs := make([]float64, 0, len(samples))
	for _, x := range samples {
		if !math.IsNaN(x) && x >= 0 {
			xs = append(xs, x)
		}
	}
	if len(xs) == 0 {
		return stat{Median: math.NaN(), Min: math.NaN(), Max: math.NaN()}
	}
	slices.Sort(xs)
	mid := len(xs) / 2
	median := xs[mid]
	if len(xs)%2 == 0 {
		median = (xs[mid-1] + xs[mid]) / 2
	}
	return stat{N: len(xs), Median: median, Min: xs[0], Max: xs[len(xs)-1]}
}

// ratio is a/b, NaN when b is zero or either is missing.
func ratio(a, b float64) float64 {
	if b == 0 || math.IsNaN(a) || math.IsNaN(b) {
		return math.NaN()
	}
	return a / b
}

// target is a bound on a figure's median; a zero field sets no bound.
type target struct {
	Max      float64 // in the figure's unit
	MaxRatio float64 // to the floor's figure
	MaxOver  float64 // above the floor's figure, in the figure's unit
	Label    string  // shown in place of the bounds, when set
}

func (tg target) none() bool { return tg.Max == 0 && tg.MaxRatio == 0 && tg.MaxOver == 0 }

// describe writes the target as the table shows it.
func (tg target) describe(unit string) string {
	if tg.Label != "" {
		return tg.Label
	}
	var parts []string
	if tg.MaxRatio != 0 {
		parts = append(parts, fmt.Sprintf("≤ %.3g× floor", tg.MaxRatio))
	}
	if tg.MaxOver != 0 {
		parts = append(parts, fmt.Sprintf("≤ floor + %g %s", tg.MaxOver, unit))
	}
	switch {
	case tg.Max != 0 && unit == "B":
		parts = append(parts, fmt.Sprintf("≤ %g MB", tg.Max/1e6))
	case tg.Max != 0:
		parts = append(parts, strings.TrimSpace(fmt.Sprintf("≤ %g %s", tg.Max, unit)))
	}
	return strings.Join(parts, ", ")
}

// verdict is "pass" when the median meets every bound, "miss" when it
// does not, "" for a figure without a target and "n/a" when a figure
// needed for the judgement is missing. floor is the floor's median.
func (tg target) verdict(median, floor float64) string {
	r := ratio(median, floor)
	switch {
	case tg.none():
		return ""
	case math.IsNaN(median), (tg.MaxRatio != 0 || tg.MaxOver != 0) && math.IsNaN(r):
		return "n/a"
	case tg.Max != 0 && median > tg.Max, tg.MaxRatio != 0 && r > tg.MaxRatio, tg.MaxOver != 0 && median-floor > tg.MaxOver:
		return "miss"
	}
	return "pass"
}

// row is one figure of the page next to the floor figure it is compared with.
type row struct {
	Figure     string    `json:"figure"`
	Unit       string    `json:"unit"` // "ms" or "B"
	Target     target    `json:"-"`
	Samples    []float64 `json:"samples"`
	FloorName  string    `json:"floorFigure,omitempty"`
	FloorSamps []float64 `json:"floorSamples,omitempty"`
	NoRatio    bool      `json:"-"` // the ratio means nothing (two scores near zero) and is not shown
}

// rowJSON is a row as bench.json holds it, summaries included.
type rowJSON struct {
	row
	TargetText string   `json:"target,omitempty"`
	Median     *float64 `json:"median"`
	Min        *float64 `json:"min"`
	Max        *float64 `json:"max"`
	N          int      `json:"n"`
	Floor      *float64 `json:"floorMedian,omitempty"`
	Ratio      *float64 `json:"ratio,omitempty"`
	Verdict    string   `json:"verdict,omitempty"`
}

// summary works out what the table and the JSON show for a row.
func (r row) summary() (s, floor stat, floorRatio float64, verdict string) {
	s = summarize(r.Samples)
	floor = summarize(r.FloorSamps)
	floorRatio = math.NaN()
	if r.FloorSamps != nil {
		floorRatio = ratio(s.Median, floor.Median)
	}
	return s, floor, floorRatio, r.Target.verdict(s.Median, floor.Median)
}

func (r row) json() rowJSON {
	s, floor, fr, verdict := r.summary()
	j := rowJSON{row: r, TargetText: r.Target.describe(r.Unit), N: s.N, Verdict: verdict,
		Median: num(s.Median), Min: num(s.Min), Max: num(s.Max)}
	if r.FloorSamps != nil {
		j.Floor, j.Ratio = num(floor.Median), num(fr)
	}
	return j
}

// num keeps NaN out of JSON, which cannot hold it.
func num(x float64) *float64 {
	if math.IsNaN(x) {
		return nil
	}
	return &x
}

// table is one block of rows under a title.
type table struct {
	Title string `json:"title"`
	Rows  []row  `json:"-"`
}

// write prints the table aligned in columns.
func (tb table) write(w io.Writer) error {
	var b strings.Builder
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "figure\ttarget\tmedian\tmin\tmax\tfloor\tratio\tverdict")
	for _, r := range tb.Rows {
		s, floor, fr, verdict := r.summary()
		floorText, ratioText := "", ""
		if r.FloorSamps != nil {
			floorText, ratioText = formatValue(floor.Median, r.Unit), formatRatio(fr)
			if r.NoRatio {
				ratioText = ""
			}
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", r.Figure, r.Target.describe(r.Unit),
			formatValue(s.Median, r.Unit), formatValue(s.Min, r.Unit), formatValue(s.Max, r.Unit),
			floorText, ratioText, verdict)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	for i, line := range lines {
		lines[i] = strings.TrimRight(line, " ")
	}
	_, err := fmt.Fprintf(w, "%s\n%s\n", tb.Title, strings.Join(lines, "\n"))
	return err
}

// formatValue writes a figure with its unit: ms with the precision that
// matters at its size, bytes in MB (10^6).
func formatValue(x float64, unit string) string {
	switch {
	case math.IsNaN(x):
		return "-"
	case unit == "B":
		return fmt.Sprintf("%.3f MB", x/1e6)
	case unit == "" && x == math.Trunc(x):
		return fmt.Sprintf("%.0f", x) // a count
	case unit == "":
		return fmt.Sprintf("%.3f", x) // a score, or a median between two counts
	case x < 10:
		return fmt.Sprintf("%.2f %s", x, unit)
	case x < 100:
		return fmt.Sprintf("%.1f %s", x, unit)
	}
	return fmt.Sprintf("%.0f %s", x, unit)
}

func formatRatio(x float64) string {
	if math.IsNaN(x) {
		return "-"
	}
	return fmt.Sprintf("%.2f×", x)
}
