package e2e

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"

	"proxycert/messages"
)

// testScreenshots writes the answer for 0x18 in each language to out/e2e:
// the first screen (for the README) and the whole page. Each shot is held
// against the DOM: the page's background colour where the page has no
// content, and text drawn where the summary is.
func testScreenshots(t *testing.T, e *e2eEnv) {
	for _, lang := range messages.Languages() {
		tb := e.open(t, "/#code=0x18&server=mail.contoso.com&lang="+lang, withViewport(1280, 860))
		// Where the summary is drawn, and the colour behind it, as the DOM
		// says: the screenshot must show text there on that colour.
		summary := eval[struct{ X, Y, W, H float64 }](tb, `(() => {
			const r = document.getElementById("summary").getBoundingClientRect();
			return {X: r.x, Y: r.y, W: r.width, H: r.height};
		})()`)
		bg := parseRGB(t, eval[string](tb, `getComputedStyle(document.body).backgroundColor`))
		for name, shoot := range map[string]chromedp.Action[[]byte]{
			"answer-0x18-" + lang + ".png":      chromedp.CaptureScreenshot(),
			"answer-0x18-" + lang + "-full.png": chromedp.FullScreenshot(100),
		} {
			shot, err := chromedp.Run(tb.ctx, shoot)
			if err != nil {
				t.Fatal(err)
			}
			img, err := png.Decode(bytes.NewReader(shot))
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if b := img.Bounds(); b.Dx() != 1280 || b.Dy() < 860 {
				t.Fatalf("%s: screenshot is %v", name, b)
			}
			if c := img.At(2, img.Bounds().Dy()-2); !sameRGB(c, bg) {
				t.Errorf("%s: the page's background %v is drawn as %v", name, bg, c)
			}
			box := image.Rect(int(summary.X), int(summary.Y), int(summary.X+summary.W), int(summary.Y+summary.H))
			if ink := inkIn(img, box); ink < 0.02 || ink > 0.9 {
				t.Errorf("%s: %.0f%% of the summary's box %v differs from its background: no text drawn there", name, ink*100, box)
			}
			path := filepath.Join(e.out, name)
			if err := os.WriteFile(path, shot, 0o644); err != nil {
				t.Fatal(err)
			}
			t.Logf("wrote %s", path)
		}
	}
}

// inkIn returns the share of the pixels in box that differ from the
// colour most of them have: the text drawn on the box's background.
func inkIn(img image.Image, box image.Rectangle) float64 {
	box = box.Intersect(img.Bounds())
	counts := map[color.RGBA]int{}
	for y := box.Min.Y; y < box.Max.Y; y++ {
		for x := box.Min.X; x < box.Max.X; x++ {
			r, g, b, _ := img.At(x, y).RGBA()
			counts[color.RGBA{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), 255}]++
		}
	}
	most, total := 0, 0
	for _, n := range counts {
		most, total = max(most, n), total+n
	}
	if total == 0 {
		return 0
	}
	return float64(total-most) / float64(total)
}

// parseRGB reads a computed "rgb(r, g, b)" colour.
func parseRGB(t *testing.T, s string) color.RGBA {
	t.Helper()
	var c color.RGBA
	if _, err := fmt.Sscanf(s, "rgb(%d, %d, %d)", &c.R, &c.G, &c.B); err != nil {
		t.Fatalf("computed colour %q: %v", s, err)
	}
	c.A = 255
	return c
}

func sameRGB(c color.Color, want color.RGBA) bool {
	r, g, b, _ := c.RGBA()
	return uint8(r>>8) == want.R && uint8(g>>8) == want.G && uint8(b>>8) == want.B
}
