package page

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"proxycert/decoder"
	"proxycert/messages"
)

// bitDiagram draws the code's 32 bits in nibbles, most significant first:
// the eight defined bits are labelled, set bits highlighted, and set bits
// with no defined flag marked. The drawing is hidden from screen readers;
// the legend below it says the same in words.
type bitDiagram struct {
	app.Compo

	Lang string
	Code uint32
}

// nibble positions 0..7 from the left, so bits 31..0.
var nibbles = []int{0, 1, 2, 3, 4, 5, 6, 7}

func (d *bitDiagram) Render() app.UI {
	c := messages.For(d.Lang)
	hex := decoder.Hex(d.Code)
	return app.Figure().Class("bits").Aria("labelledby", "bits-caption").Body(
		app.FigCaption().ID("bits-caption").Text(messages.Fill(c.T("page.bits-caption"), "code", hex)),
		app.Div().Class("bit-grid").Aria("hidden", "true").Body(
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
		),
		app.Ul().Class("bit-legend").Body(
			app.Range(bitsShown(d.Code)).Slice(func(i int) app.UI {
				return d.legendItem(c, bitsShown(d.Code)[i])
			}),
		),
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

// bitsShown lists the bits the legend names, lowest first: the eight
// defined ones, and any other bit that is set.
func bitsShown(code uint32) []int {
	var out []int
	for bit := range 32 {
		v := uint32(1) << bit
		if decoder.ValidMask&v != 0 || code&v != 0 {
			out = append(out, bit)
		}
	}
	return out
}

func (d *bitDiagram) legendItem(c *messages.Catalog, bit int) app.UI {
	v := uint32(1) << bit
	set := d.Code&v != 0
	state, class := c.T("page.bit-clear"), "clear"
	name := ""
	switch {
	case decoder.ValidMask&v == 0:
		state, class = c.T("page.bit-unknown"), "unknown set"
	case set:
		state, class = c.T("page.bit-set"), "set"
	}
	if decoder.ValidMask&v != 0 {
		name = c.Flags[v].Title
	}
	return app.Li().Class("bit-item", class).Body(
		app.Span().Class("bit-no").Text(messages.Fill(c.T("page.bit"), "n", strconv.Itoa(bit))),
		app.Code().Attr("translate", "no").Text(decoder.Hex(v)),
		app.If(name != "", func() app.UI { return app.Span().Class("bit-name").Text(name) }),
		app.Span().Class("bit-state").Text(state),
	)
}
