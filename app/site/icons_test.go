package site

import (
	"bytes"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The icons in web/ are drawn here, so that they are local (no third-party
// host, as the CSP wants) and reproducible. After changing the drawing, run
//
//	go test ./app/ -run TestIcons -update-icons
var updateIcons = flag.Bool("update-icons", false, "rewrite the icons in web/")

// iconShape is the drawing on a 100×100 canvas; the PNGs and the SVG are
// both made from it.
type iconShape struct {
	kind          string // "rect" or "circle"
	x, y, w, h, r float64
	fill          color.NRGBA
}

var (
	iconBlue  = color.NRGBA{0x0a, 0x58, 0xa8, 0xff}
	iconWhite = color.NRGBA{0xff, 0xff, 0xff, 0xff}
	iconGold  = color.NRGBA{0xf2, 0xb6, 0x32, 0xff}
	iconRed   = color.NRGBA{0xc6, 0x28, 0x28, 0xff}
)

// iconShapes draws a certificate with lines of text and a seal on a blue
// tile. A maskable icon has a full-bleed tile and its drawing shrunk into the
// safe zone.
func iconShapes(maskable bool) []iconShape {
	bg := iconShape{"rect", 0, 0, 100, 100, 18, iconBlue}
	scale, off := 1.0, 0.0
	if maskable {
		bg.r = 0
		scale, off = 0.72, 14
	}
	fg := []iconShape{
		{"rect", 22, 18, 56, 60, 5, iconWhite},
		{"rect", 31, 30, 38, 5, 2.5, iconBlue},
		{"rect", 31, 41, 38, 5, 2.5, iconBlue},
		{"rect", 31, 52, 22, 5, 2.5, iconBlue},
		{"circle", 66, 72, 0, 0, 14, iconGold},
		{"circle", 66, 72, 0, 0, 6, iconRed},
	}
	out := []iconShape{bg}
	for _, s := range fg {
		s.x, s.y, s.w, s.h, s.r = s.x*scale+off, s.y*scale+off, s.w*scale, s.h*scale, s.r*scale
		out = append(out, s)
	}
	return out
}

// inside reports whether the canvas point (x, y) is in the shape.
func (s iconShape) inside(x, y float64) bool {
	if s.kind == "circle" {
		dx, dy := x-s.x, y-s.y
		return dx*dx+dy*dy <= s.r*s.r
	}
	if x < s.x || y < s.y || x > s.x+s.w || y > s.y+s.h {
		return false
	}
	// Distance to the nearest corner centre, for rounded corners.
	cx := min(max(x, s.x+s.r), s.x+s.w-s.r)
	cy := min(max(y, s.y+s.r), s.y+s.h-s.r)
	dx, dy := x-cx, y-cy
	return dx*dx+dy*dy <= s.r*s.r
}

// drawIcon renders the shapes at size×size pixels, 4×4 samples a pixel.
func drawIcon(shapes []iconShape, size int) *image.NRGBA {
	const n = 4
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	for py := range size {
		for px := range size {
			var r, g, b, a float64
			for sy := range n {
				for sx := range n {
					x := (float64(px) + (float64(sx)+0.5)/n) * 100 / float64(size)
					y := (float64(py) + (float64(sy)+0.5)/n) * 100 / float64(size)
					for i := len(shapes) - 1; i >= 0; i-- {
						if shapes[i].inside(x, y) {
							c := shapes[i].fill
							r, g, b, a = r+float64(c.R), g+float64(c.G), b+float64(c.B), a+1
							break
						}
					}
				}
			}
			if a == 0 {
				continue
			}
			img.SetNRGBA(px, py, color.NRGBA{
				uint8(r/a + 0.5), uint8(g/a + 0.5), uint8(b/a + 0.5), uint8(a*255/(n*n) + 0.5),
			})
		}
	}
	return img
}

func iconSVG(shapes []iconShape) string {
	var b strings.Builder
	b.WriteString(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">` + "\n")
	hex := func(c color.NRGBA) string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }
	for _, s := range shapes {
		if s.kind == "circle" {
			fmt.Fprintf(&b, `  <circle cx="%g" cy="%g" r="%g" fill="%s"/>`+"\n", s.x, s.y, s.r, hex(s.fill))
			continue
		}
		fmt.Fprintf(&b, `  <rect x="%g" y="%g" width="%g" height="%g" rx="%g" fill="%s"/>`+"\n", s.x, s.y, s.w, s.h, s.r, hex(s.fill))
	}
	b.WriteString("</svg>\n")
	return b.String()
}

// iconFiles are the icons the site ships; generate.go names them too.
var iconFiles = []struct {
	name     string
	size     int
	maskable bool
}{
	{"icon-192.png", 192, false},
	{"icon-512.png", 512, false},
	{"icon-maskable-512.png", 512, true},
}

func TestIcons(t *testing.T) {
	web := filepath.Join("..", "..", "web")
	svg := iconSVG(iconShapes(false))
	if *updateIcons {
		if err := os.WriteFile(filepath.Join(web, "icon.svg"), []byte(svg), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if got, err := os.ReadFile(filepath.Join(web, "icon.svg")); err != nil || string(got) != svg {
		t.Errorf("web/icon.svg differs from the drawing (err %v); run with -update-icons", err)
	}
	for _, f := range iconFiles {
		want := drawIcon(iconShapes(f.maskable), f.size)
		path := filepath.Join(web, f.name)
		if *updateIcons {
			var buf bytes.Buffer
			if err := png.Encode(&buf, want); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		// Compare pixels, not bytes: another zlib may compress differently.
		file, err := os.Open(path)
		if err != nil {
			t.Fatalf("%s: %v; run with -update-icons", f.name, err)
		}
		got, err := png.Decode(file)
		file.Close()
		if err != nil {
			t.Fatalf("%s: %v", f.name, err)
		}
		if got.Bounds() != want.Bounds() {
			t.Fatalf("%s is %v, want %v", f.name, got.Bounds(), want.Bounds())
		}
		for y := range f.size {
			for x := range f.size {
				if color.NRGBAModel.Convert(got.At(x, y)) != want.At(x, y) {
					t.Fatalf("%s differs from the drawing at (%d,%d); run with -update-icons", f.name, x, y)
				}
			}
		}
		// A maskable icon must be opaque to its edges.
		if f.maskable && want.NRGBAAt(0, 0).A != 0xff {
			t.Errorf("%s: corner is not opaque", f.name)
		}
	}
}
