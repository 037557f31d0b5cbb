package e2e

import (
	"context"
	"encoding/base64"
	"fmt"
	"html/template"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"proxycert/messages"
)

// The screenshot tests make their pictures themselves: a mock-up of
// Outlook's message box, as Windows draws it at 96 dpi (12 px text, the
// "Microsoft Outlook" title bar, the icon, the text, the OK button on its
// grey band), rendered by Chromium at a display scale and captured as PNG
// or as JPEG at quality 60. The whole-screen variant puts the box on a
// desktop with a taskbar and another window behind it; the picture
// without a dialog is that desktop alone. Segoe UI and Yu Gothic UI are
// not on Linux: Noto Sans CJK JP (fonts-noto-cjk, which .ci/run installs)
// stands for both, a humanist sans of about their size.

// shot is one picture.
type shot struct {
	Lang     string  // the dialog's language, "en" or "ja"
	Msg      int     // KB 923575 message, 1 to 4
	Server   string  // the proxy server the dialog names
	Code     string  // the code as the dialog writes it
	Scale    float64 // the display scale (devicePixelRatio)
	JPEG     bool    // captured as JPEG at quality 60, else PNG
	Screen   bool    // the whole screen, the box on a desktop
	NoDialog bool    // the desktop without the box
}

func (s shot) String() string {
	what := fmt.Sprintf("%s msg %d %s %s ×%g", s.Lang, s.Msg, s.Server, s.Code, s.Scale)
	switch {
	case s.NoDialog:
		return fmt.Sprintf("desktop without a dialog ×%g", s.Scale)
	case s.Screen:
		what += " whole screen"
	}
	if s.JPEG {
		what += " JPEG 60"
	}
	return what
}

// kind names the shot's variant in the accuracy table.
func (s shot) kind() string {
	switch {
	case s.NoDialog:
		return "no dialog"
	case s.Screen:
		return "whole screen"
	case s.JPEG:
		return "JPEG 60"
	}
	return "clean"
}

var mockup = template.Must(template.New("mockup").Parse(`<!doctype html>
<html lang="{{.Lang}}"><head><meta charset="utf-8"><style>
* { box-sizing: border-box; }
html, body { margin: 0; }
body { font: 12px "Segoe UI", "Yu Gothic UI", "Noto Sans CJK JP", sans-serif; color: #000; background: #fff; }
.desktop { position: relative; width: 1280px; height: 720px; overflow: hidden;
  background: linear-gradient(135deg, #0b3d6e 0%, #1f6fb2 55%, #63a4d8 100%); }
.taskbar { position: absolute; left: 0; right: 0; bottom: 0; height: 40px; background: #1f1f1f; color: #fff;
  display: flex; align-items: center; justify-content: space-between; padding: 0 14px; }
.tasks span { display: inline-block; width: 28px; height: 28px; margin-right: 10px; border-radius: 4px; background: #3a7bd5; }
.tasks span + span { background: #e0a526; }
.clock { text-align: right; line-height: 1.3; }
.app { position: absolute; left: 60px; top: 40px; width: 760px; height: 520px; background: #f3f3f3;
  border: 1px solid #7a7a7a; box-shadow: 0 6px 20px rgba(0, 0, 0, .35); }
.app h1 { margin: 0; height: 30px; font-size: 12px; font-weight: normal; padding: 7px 10px; background: #fff; }
.app nav { position: absolute; left: 0; top: 30px; bottom: 0; width: 180px; background: #e6e6e6; padding: 10px; line-height: 2; }
.app main { position: absolute; left: 180px; top: 30px; right: 0; bottom: 0; padding: 10px 14px; line-height: 1.8; background: #fff; }
.box { width: 462px; background: #fff; border: 1px solid #888; box-shadow: 0 8px 24px rgba(0, 0, 0, .3); }
.desktop .box { position: absolute; left: 409px; top: 220px; }
.title { height: 30px; display: flex; align-items: center; justify-content: space-between; padding-left: 8px; }
.close { width: 45px; height: 29px; display: flex; align-items: center; justify-content: center; font-size: 16px; }
.content { display: flex; gap: 12px; padding: 20px 24px 24px 20px; }
.icon { flex: none; width: 32px; height: 32px; border-radius: 50%; background: #f3c317; border: 2px solid #c99a06; }
.text { line-height: 1.4; overflow-wrap: anywhere; }
.buttons { background: #f0f0f0; padding: 11px 12px; text-align: right; }
.buttons span { display: inline-block; min-width: 75px; height: 23px; line-height: 21px; text-align: center;
  border: 1px solid #0078d7; background: #e1e1e1; }
</style></head><body>
{{- define "box"}}<div class="box" id="box">
<div class="title"><span>Microsoft Outlook</span><span class="close">✕</span></div>
<div class="content"><div class="icon"></div><div class="text">{{.Text}}</div></div>
<div class="buttons"><span>OK</span></div>
</div>{{end}}
{{- if .Desktop}}<div class="desktop" id="desktop">
<div class="app"><h1>{{.Window}}</h1><nav>{{range .Folders}}<div>{{.}}</div>{{end}}</nav>
<main>{{range .Mail}}<div>{{.}}</div>{{end}}</main></div>
{{if .Dialog}}{{template "box" .}}{{end}}
<div class="taskbar"><div class="tasks"><span></span><span></span></div><div class="clock">10:42<br>2026/12/07</div></div>
</div>{{else}}{{template "box" .}}{{end}}
</body></html>`))

// mockupHTML returns the page that draws s.
func mockupHTML(s shot) string {
	text := ""
	if !s.NoDialog {
		text = messages.Dialogs[s.Lang][0].Fill(s.Msg, s.Server, s.Code)
	}
	data := struct {
		Lang, Text, Window string
		Desktop, Dialog    bool
		Folders, Mail      []string
	}{
		Lang: s.Lang, Text: text, Desktop: s.Screen || s.NoDialog, Dialog: !s.NoDialog,
		Window:  "Inbox - helpdesk@contoso.com - Outlook",
		Folders: []string{"Favorites", "Inbox 12", "Sent Items", "Drafts", "Calendar"},
		Mail: []string{
			"Weekly report - Contoso Ltd", "Re: Printer on the 3rd floor", "Meeting room booking for Friday",
			"Your password expires in 5 days", "Lunch order",
		},
	}
	var b strings.Builder
	if err := mockup.Execute(&b, data); err != nil {
		panic(err)
	}
	return b.String()
}

// shooter renders mock-ups in a tab of its own and captures them.
type shooter struct {
	t   *testing.T
	ctx context.Context
}

func newShooter(t *testing.T, e *e2eEnv) *shooter {
	t.Helper()
	ctx, cancel := chromedp.NewContext(e.browser, chromedp.WithNewBrowserContext())
	t.Cleanup(cancel)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatal(err)
	}
	return &shooter{t: t, ctx: ctx}
}

// shoot returns the picture s.
func (sh *shooter) shoot(s shot) []byte {
	sh.t.Helper()
	if _, err := chromedp.Call(sh.ctx, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{
		Width: 1280, Height: 720, DeviceScaleFactor: s.Scale,
	}); err != nil {
		sh.t.Fatal(err)
	}
	page := "data:text/html;charset=utf-8;base64," + base64.StdEncoding.EncodeToString([]byte(mockupHTML(s)))
	if err := chromedp.Do(sh.ctx, chromedp.Navigate(page)); err != nil {
		sh.t.Fatal(err)
	}
	id := "box"
	if s.Screen || s.NoDialog {
		id = "desktop"
	}
	type rect struct{ X, Y, Width, Height float64 }
	r, err := chromedp.Run(sh.ctx, chromedp.Evaluate[rect](fmt.Sprintf(
		`document.fonts.ready.then(() => { const r = document.getElementById(%q).getBoundingClientRect();
		  return {X: r.x, Y: r.y, Width: r.width, Height: r.height}; })`, id), chromedp.EvalAwaitPromise))
	if err != nil {
		sh.t.Fatal(err)
	}
	params := cdppage.CaptureScreenshotParams{
		Format: cdppage.CaptureScreenshotFormatPng,
		Clip:   &cdppage.Viewport{X: r.X, Y: r.Y, Width: r.Width, Height: r.Height, Scale: 1},
	}
	if s.JPEG {
		q := int64(60)
		params.Format, params.Quality = cdppage.CaptureScreenshotFormatJpeg, &q
	}
	res, err := chromedp.Call(sh.ctx, cdppage.CaptureScreenshot, params)
	if err != nil {
		sh.t.Fatal(err)
	}
	return res.Data
}
