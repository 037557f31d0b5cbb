package page

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"proxycert/decoder"
)

// bitDiagram draws the code's 32 bits in nibbles, most significant first:
// the eight defined bits are labelled, set bits highlighted, and set bits
// with no defined flag marked. The drawing is hidden from screen readers:
// the flags' checkboxes below it (checklist) say the same in words.
type bitDiagram struct {
	app.Compo

	Code uint32
}

// nibble positions 0..7 from the left, so bits 31..0.
var nibbles = []int{0, 1, 2, 3, 4, 5, 6, 7}

func (d *bitDiagram) Render() app.UI {
	hex := decoder.Hex(d.Code)
	return app.Div().Class("bits", "bit-grid").Aria("hidden", "true").Body(
		app.Range(nibbles).Slice(func(n int) app.UI {
			return app.Div().Class("nibble").Body(
				app.Div().Class("nibble-cells").Body(
					app.Range(nibbles[:4]).Slice(func(j int) app.UI {
						return d.cell(31 - (n*4 + j))
					}),
				),
				app.Div().Class("nibble-hex").Text(hex[2+n:3+n]),
			)
		}),
	)
}

func (d *bitDiagram) cell(bit int) app.UI {
	v := uint32(1) << bit
	set := d.Code&v != 0
	known := decoder.ValidMask&v != 0
	classes := []string{"bit"}
	label := ""
	switch {
	case known:
		classes = append(classes, "known")
		label = strconv.Itoa(bit)
	case set:
		classes = append(classes, "unknown")
		label = "?"
	}
	digit := "0"
	if set {
		classes = append(classes, "set")
		digit = "1"
	}
	return app.Div().Class(classes...).Body(
		app.Span().Class("bit-value").Text(digit),
		app.Span().Class("bit-label").Text(label),
	)
}
