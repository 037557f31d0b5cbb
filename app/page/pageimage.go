package page

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"proxycert/decoder"
)

// A screenshot of the dialog is read into the text box: pasted or dropped
// on the box (pasteBox), or chosen (imageReader). The page reads it with
// the screenshot reader (ocrjs.go) in English, and in Japanese when the
// English reading holds no dialog, tidies what was read (decoder.TidyOCR)
// and puts it into the box as if it had been pasted, marked as read from an
// image: the answer follows as for text, and the user can correct the
// reading. A server name the English reading is unsure of (a digit read as
// a letter, decoder.UnsureHost) is read again with the Japanese model,
// whose mistakes differ. The picture itself stays in the reader: it is
// never part of the page's state, the address or a note.

// imageLangs are the languages a picture is read in, in this order: the
// Japanese data (2 MB) is fetched only when the English reading finds no
// dialog.
var imageLangs = []string{"eng", "jpn"}

// imageState is the page's side of the reader.
type imageState struct {
	job       int     // counts the pictures; what an older one reports is dropped
	reading   bool    // a picture is being read
	stage     string  // "download", "start" or "read"
	lang      string  // the language being read
	fraction  float64 // of the stage, 0 to 1
	outcome   string  // how the last picture ended: "", "none", or an error of the reader ("load", "image", "read")
	fromImage bool    // the box's text was read from a picture
	offline   string  // "", "busy", "done", "unkept" or "failed": the offline offer
	offFrac   float64 // its download, 0 to 1
}

// readImage reads the picture file (a File or Blob) into the box.
func (p *page) readImage(ctx app.Context, file app.Value) {
	p.img.job++
	job := p.img.job
	p.img.reading, p.img.stage, p.img.lang, p.img.fraction, p.img.outcome = true, "download", imageLangs[0], 0, ""
	current := func() bool { return job == p.img.job && p.img.reading }
	loadOCR(ctx, func(ok bool) {
		ctx.Dispatch(func(ctx app.Context) {
			if !current() {
				return
			}
			if !ok {
				p.img.reading, p.img.outcome = false, "load"
				return
			}
			ocrRead(file, imageLangs, func(text, lang string) bool {
				r := decoder.Parse(decoder.TidyOCR(text))
				return dialogIn(r) && !decoder.UnsureHost(r.Server)
			}, func(stage string, fraction float64) {
				ctx.Dispatch(func(app.Context) {
					if current() {
						p.img.progress(stage, fraction)
					}
				})
			}, func(readings []ocrReading, err string, cancelled bool) {
				ctx.Dispatch(func(ctx app.Context) {
					if current() {
						p.imageRead(ctx, readings, err, cancelled)
					}
				})
			})
		})
	})
}

// progress notes the stage the reader reports, and which language is being
// read: a "download" or "start" after the first language's "read" starts
// the next one.
func (s *imageState) progress(stage string, fraction float64) {
	if stage != "read" && s.stage == "read" && s.lang == imageLangs[0] {
		s.lang = imageLangs[1]
	}
	s.stage, s.fraction = stage, fraction
}

// imageRead puts what was read into the box: the reading that holds the
// dialog, else the first that holds anything the page answers (a code, a
// look-alike dialog); when none does, the box stays as it was and the page
// says that the picture holds no dialog.
func (p *page) imageRead(ctx app.Context, readings []ocrReading, err string, cancelled bool) {
	p.img.reading = false
	switch {
	case cancelled:
		ctx.Defer(func(app.Context) { focus("paste") })
		return
	case err != "":
		p.img.outcome = err
		return
	}
	text := chooseReading(readings)
	if text == "" {
		p.img.outcome = "none"
		return
	}
	in, r := Entry{}.Typed(text)
	p.problems = nil
	p.show(ctx, in, r)
	p.img.fromImage = true
	ctx.Defer(func(app.Context) { revealAnswer() })
}

// chooseReading returns the text to put into the box, tidied, from a
// picture's readings in imageLangs' order: the first that holds the dialog,
// its server name settled by a later reading when it is unsure (see
// decoder.SettleHost); else the first that holds anything the page
// answers; else "".
func chooseReading(readings []ocrReading) string {
	texts := make([]string, len(readings))
	results := make([]decoder.Result, len(readings))
	for i, r := range readings {
		texts[i] = decoder.TidyOCR(r.text)
		results[i] = decoder.Parse(texts[i])
	}
	for i, r := range results {
		if !dialogIn(r) {
			continue
		}
		for _, later := range results[i+1:] {
			if later.HasCode && r.HasCode && later.Code == r.Code {
				if host, ok := decoder.SettleHost(r.Server, later.Server); ok {
					return strings.Replace(texts[i], r.Server, host, 1)
				}
			}
		}
		return texts[i]
	}
	for i, r := range results {
		if answerable(r) {
			return texts[i]
		}
	}
	return ""
}

// cancelImage stops the reading under way.
func (p *page) cancelImage(ctx app.Context) {
	if p.img.reading {
		ocrCancel()
	}
}

// offerOffline fetches the reader's files, both languages, into the service
// worker's cache.
func (p *page) offerOffline(ctx app.Context) {
	if p.img.offline == "busy" {
		return
	}
	p.img.offline, p.img.offFrac = "busy", 0
	loadOCR(ctx, func(ok bool) {
		ctx.Dispatch(func(app.Context) {
			if !ok {
				p.img.offline = "failed"
				return
			}
			ocrPrefetch(imageLangs, func(fraction float64) {
				ctx.Dispatch(func(app.Context) { p.img.offFrac = fraction })
			}, func(err string) {
				ctx.Dispatch(func(app.Context) {
					switch err {
					case "":
						p.img.offline = "done"
					case "unkept":
						p.img.offline = "unkept"
					default:
						p.img.offline = "failed"
					}
				})
			})
		})
	})
}

// dialogIn reports whether a reading holds the dialog, this error's or a
// look-alike: enough to stop reading the picture in other languages. A code
// alone is not, as the English reading of a Japanese dialog holds its code
// but none of its words.
func dialogIn(r decoder.Result) bool {
	return r.NearMiss != "" || r.Recognized && (r.Variant != 0 || r.Server != "" || r.Language != "")
}

// answerable reports whether the page has an answer for a reading.
func answerable(r decoder.Result) bool {
	switch r.Kind() {
	case decoder.KindCode, decoder.KindDialogNoCode, decoder.KindNearMiss, decoder.KindOtherFamily:
		return true
	}
	return false
}
