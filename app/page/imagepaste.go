package page

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// A picture reaches the text box as a paste (Ctrl+V of a screenshot:
// Windows' Print Screen and Snipping Tool copy a bitmap, which browsers
// hand over as an image/png file) or as a drop of a file. These handlers of
// pasteBox take a picture of imageFileTypes to its onImage and leave
// everything else to the box: a paste that also carries text (a copy from
// Word or Excel puts both a picture and the text on the clipboard) pastes
// the text, as before.

// imagePaste reads a pasted picture.
func (b *pasteBox) imagePaste(ctx app.Context, e app.Event) {
	data := e.Get("clipboardData")
	if !data.Truthy() || data.Call("getData", "text/plain").String() != "" {
		return
	}
	if file := imageFile(data); file.Truthy() {
		e.PreventDefault()
		b.onImage(ctx, file)
	}
}

// imageDragOver lets a file be dropped on the box, which browsers otherwise
// open in place of the page.
func (b *pasteBox) imageDragOver(ctx app.Context, e app.Event) {
	dt := e.Get("dataTransfer")
	if !dt.Truthy() {
		return
	}
	types := dt.Get("types")
	for i := range types.Length() {
		if types.Index(i).String() == "Files" {
			e.PreventDefault()
			dt.Set("dropEffect", "copy")
			return
		}
	}
}

// imageDrop reads a dropped picture.
func (b *pasteBox) imageDrop(ctx app.Context, e app.Event) {
	dt := e.Get("dataTransfer")
	if !dt.Truthy() {
		return
	}
	if file := imageFile(dt); file.Truthy() {
		e.PreventDefault()
		b.onImage(ctx, file)
	} else if dt.Get("files").Length() > 0 {
		e.PreventDefault() // another file: not opened in place of the page
	}
}

// imageFile returns the first picture of imageFileTypes a DataTransfer
// holds, or undefined. Its files are looked at, then its items: a paste
// may list the picture among the items only.
func imageFile(dt app.Value) app.Value {
	files := fileList(dt.Get("files"))
	if items := dt.Get("items"); len(files) == 0 && items.Truthy() {
		for i := range items.Length() {
			if item := items.Index(i); item.Get("kind").String() == "file" {
				files = append(files, item.Call("getAsFile"))
			}
		}
	}
	for _, f := range files {
		if f.Truthy() && strings.Contains(","+imageFileTypes+",", ","+f.Get("type").String()+",") {
			return f
		}
	}
	return app.Undefined()
}
