package page

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"proxycert/messages"
)

// imageFileTypes are the pictures the picker offers and a paste or a drop
// is read from: what Windows' screenshot tools save and copy.
const imageFileTypes = "image/png,image/jpeg,image/bmp,image/webp"

// imageReader is the screenshot part of the input: how to give the page a
// picture (a paste or a drop on the box does too, see pasteBox), the
// reading's progress with its Cancel button, what went wrong, and the offer
// to make the reader work offline ahead of time. The state is the page's
// (pageimage.go); this renders it and reports the user's actions.
type imageReader struct {
	app.Compo

	Lang           string
	Reading        bool
	Stage          string // "download", "start" or "read"
	ReadLang       string // the language being read, "eng" or "jpn"
	Percent        int
	Outcome        string // "", "none", "load", "image", "read"
	Offline        string // "", "busy", "done", "unkept", "failed"
	OfflinePercent int

	onPick    func(ctx app.Context, file app.Value)
	onCancel  func(ctx app.Context)
	onOffline func(ctx app.Context)
}

func (x *imageReader) Render() app.UI {
	c := messages.For(x.Lang)
	return app.Div().ID("image-reader").Class("image-reader").Body(
		app.P().ID("image-hint").Class("hint").Text(c.T(messages.UIPageImageHint)),
		app.Div().Class("image-actions").Body(
			app.Label().For("image-file").Class("image-label").Text(c.T(messages.UIPageImageChoose)),
			app.Input().Type("file").ID("image-file").Class("image-file").
				Accept(imageFileTypes).Aria("describedby", "image-hint").OnChange(x.pick),
		),
		app.If(x.Reading, func() app.UI { return x.status(c) }),
		app.If(!x.Reading && x.Outcome != "", func() app.UI {
			return app.P().ID("image-notice").Class("notice", "notice-problem").Role("alert").Text(c.T(outcomeText[x.Outcome]))
		}),
		x.offline(c),
	)
}

// outcomeText says how a picture's reading ended, when not with a text.
var outcomeText = map[string]messages.Key{
	"none":  messages.UIPageImageNoDialog,
	"load":  messages.UIPageImageLoadFailed,
	"image": messages.UIPageImageNotPicture,
	"read":  messages.UIPageImageFailed,
}

// status is the reading's progress: the stage in words (a live region,
// which a screen reader announces as it changes), a bar with the
// percentage, and Cancel.
func (x *imageReader) status(c *messages.Catalog) app.UI {
	key := messages.UIPageImageReading
	switch {
	case x.Stage == "download":
		key = messages.UIPageImageDownloading
	case x.Stage == "start" && x.ReadLang == imageLangs[0]:
		key = messages.UIPageImageStarting
	case x.ReadLang != imageLangs[0]:
		key = messages.UIPageImageReadingJa
	}
	return app.Div().ID("image-status").Class("image-status").Body(
		app.P().ID("image-stage").Role("status").Text(c.T(key)),
		app.Progress().ID("image-progress").Max(100).Value(x.Percent).Aria("labelledby", "image-stage"),
		app.Span().Class("image-percent").Aria("hidden", "true").Text(strconv.Itoa(x.Percent)+"%"),
		app.Button().Type("button").ID("image-cancel").Class("button", "button-quiet").
			Text(c.T(messages.UIPageImageCancel)).OnClick(func(ctx app.Context, e app.Event) { x.onCancel(ctx) }),
	)
}

// offline is the offer to fetch the reader ahead of time, and where that
// stands. The button stays while the download runs, disabled: what the
// page does when it ends is dispatched from the button's click, and go-app
// drops what comes from an element that is gone.
func (x *imageReader) offline(c *messages.Catalog) app.UI {
	if x.Offline == "done" {
		return app.P().ID("image-offline-status").Class("hint").Role("status").Text(c.T(messages.UIPageImageOfflineDone))
	}
	status, ok := offlineText[x.Offline]
	button := app.Button().Type("button").ID("image-offline").Class("button", "button-quiet").
		Text(c.T(messages.UIPageImageOffline)).OnClick(func(ctx app.Context, e app.Event) { x.onOffline(ctx) })
	if x.Offline == "busy" {
		button = button.Disabled(true)
	}
	return app.Div().Class("image-offline").Body(
		button,
		app.If(ok, func() app.UI {
			return app.P().ID("image-offline-status").Class("hint").Role("status").Body(
				app.Text(c.T(status)),
				app.If(x.Offline == "busy", func() app.UI {
					return app.Span().Class("image-percent").Aria("hidden", "true").Text(" " + strconv.Itoa(x.OfflinePercent) + "%")
				}),
			)
		}),
	)
}

// offlineText says where the offer to work offline stands, until it is done.
var offlineText = map[string]messages.Key{
	"busy":   messages.UIPageImageOfflineBusy,
	"unkept": messages.UIPageImageOfflineUnkept,
	"failed": messages.UIPageImageOfflineFailed,
}

// pick reads the chosen file, then clears the picker, so that choosing
// the same file again reads it again and the picker keeps no picture.
func (x *imageReader) pick(ctx app.Context, e app.Event) {
	input := ctx.JSSrc()
	files := fileList(input.Get("files"))
	input.Set("value", "")
	if len(files) > 0 {
		x.onPick(ctx, files[0])
	}
}
