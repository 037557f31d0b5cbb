package page

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// The screenshot reader is JavaScript (web/ocr/ocr.js, over tesseract.js),
// loaded on demand: none of it is part of the page until the first picture
// arrives or the user asks for it to work offline. These functions are the
// whole of the page's side of its API, the global proxycertOCR that
// ocr.js documents. Every callback handed to it is a js.Func released once
// the call has reported its end; the callbacks run outside go-app's
// update cycle, so the caller changes state inside ctx.Dispatch.

// ocrScript is the glue's path under the site's base.
const ocrScript = "/web/ocr/ocr.js"

// ocrScriptID marks the glue's <script> element while it loads.
const ocrScriptID = "ocr-script"

// loadOCR adds the glue to the page, once, and calls done with whether its
// API is there. A module script, so that it can import the library from
// its own folder; an element with a src, so that the Content-Security-
// Policy's script-src 'self' allows it. A load that failed (offline before
// the first use) removes its element, so that the next try adds it again.
func loadOCR(ctx app.Context, done func(ok bool)) {
	w := app.Window()
	if w.Get("proxycertOCR").Truthy() {
		done(true)
		return
	}
	doc := w.Get("document")
	script := doc.Call("getElementById", ocrScriptID)
	fresh := !script.Truthy()
	if fresh {
		script = doc.Call("createElement", "script")
		script.Set("id", ocrScriptID)
		script.Set("type", "module")
		script.Set("src", ctx.ResolveStaticResource(ocrScript))
	}
	var onLoad, onError app.Func
	release := func() {
		script.Call("removeEventListener", "load", onLoad)
		script.Call("removeEventListener", "error", onError)
		onLoad.Release()
		onError.Release()
	}
	onLoad = app.FuncOf(func(app.Value, []app.Value) any {
		release()
		done(w.Get("proxycertOCR").Truthy())
		return nil
	})
	onError = app.FuncOf(func(app.Value, []app.Value) any {
		release()
		script.Call("remove")
		done(false)
		return nil
	})
	script.Call("addEventListener", "load", onLoad)
	script.Call("addEventListener", "error", onError)
	if fresh {
		doc.Get("head").Call("append", script)
	}
}

// ocrReading is the text read in one language.
type ocrReading struct {
	lang, text string
}

// ocrRead reads the text of image (a Blob) in each language of langs until
// found says the text holds what the page looks for; see proxycertOCR.read.
// progress and done are called from JavaScript's event loop; found is
// called synchronously and must not change state.
func ocrRead(image app.Value, langs []string, found func(text, lang string) bool,
	progress func(stage string, fraction float64), done func(readings []ocrReading, err string, cancelled bool)) {
	var onFound, onProgress, onDone app.Func
	onFound = app.FuncOf(func(_ app.Value, args []app.Value) any {
		return found(args[0].String(), args[1].String())
	})
	onProgress = app.FuncOf(func(_ app.Value, args []app.Value) any {
		progress(args[0].String(), args[1].Float())
		return nil
	})
	onDone = app.FuncOf(func(_ app.Value, args []app.Value) any {
		onFound.Release()
		onProgress.Release()
		onDone.Release()
		res := args[0]
		list := res.Get("readings")
		readings := make([]ocrReading, list.Length())
		for i := range readings {
			r := list.Index(i)
			readings[i] = ocrReading{lang: r.Get("lang").String(), text: r.Get("text").String()}
		}
		done(readings, res.Get("error").String(), res.Get("cancelled").Bool())
		return nil
	})
	app.Window().Get("proxycertOCR").Call("read", image, jsStrings(langs), onFound, onProgress, onDone)
}

// ocrCancel stops the reading under way; its done reports it cancelled.
func ocrCancel() {
	if api := app.Window().Get("proxycertOCR"); api.Truthy() {
		api.Call("cancel")
	}
}

// ocrPrefetch fetches every file reading langs needs, so that the service
// worker keeps them; see proxycertOCR.prefetch.
func ocrPrefetch(langs []string, progress func(fraction float64), done func(err string)) {
	var onProgress, onDone app.Func
	onProgress = app.FuncOf(func(_ app.Value, args []app.Value) any {
		progress(args[0].Float())
		return nil
	})
	onDone = app.FuncOf(func(_ app.Value, args []app.Value) any {
		onProgress.Release()
		onDone.Release()
		done(args[0].Get("error").String())
		return nil
	})
	app.Window().Get("proxycertOCR").Call("prefetch", jsStrings(langs), onProgress, onDone)
}

// jsStrings is ss as a value syscall/js makes an array of.
func jsStrings(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}
