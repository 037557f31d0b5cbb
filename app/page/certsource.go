package page

import (
	"crypto/x509"
	"errors"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"proxycert/decoder/cert"
	"proxycert/messages"
)

// certSource is one input of the certificate check: the pasted text or
// one file. A chain may come split over several of them.
//
// It keeps the certificates as DER, not as *x509.Certificate: go-app holds
// components in interfaces, which makes the Go linker keep the interface
// methods (String, MarshalText, …) of every type a component's fields
// lead to. Through x509.Certificate those bring an ASN.1 encoder and more
// into the page, some 60 KB gzip.
type certSource struct {
	Name string   // the file's name; "" for the pasted text
	DER  [][]byte // the certificates it holds
	Err  error    // why it gave no certificate; a *cert.Error or errUnreadable
}

// errUnreadable is a file the browser could not read.
var errUnreadable = errors.New("the browser could not read the file")

// pastedSource reads the text box. Blank text is the empty state, not an
// error.
func pastedSource(text string) certSource {
	if strings.TrimSpace(text) == "" {
		return certSource{}
	}
	return readSource("", []byte(text))
}

func readSource(name string, data []byte) certSource {
	certs, err := cert.Read(data)
	src := certSource{Name: name, Err: err}
	for _, c := range certs {
		src.DER = append(src.DER, c.Raw)
	}
	return src
}

// checker returns a function that checks the certificates of srcs, nil
// when they hold none. The parsed certificates live only in its closure
// (see certSource).
func checker(srcs []certSource) func(cert.Options) cert.Report {
	var certs []*x509.Certificate
	for _, src := range srcs {
		for _, der := range src.DER {
			if c, err := x509.ParseCertificate(der); err == nil { // cert.Read parsed it already
				certs = append(certs, c)
			}
		}
	}
	if len(certs) == 0 {
		return nil
	}
	return func(o cert.Options) cert.Report { return cert.Check(certs, o) }
}

// problem says in the catalog's language why the source gave no
// certificate, naming the file.
func (src certSource) problem(c *messages.Catalog) string {
	text := c.T(messages.UIPageCertFileUnreadable)
	if e, ok := src.Err.(*cert.Error); ok { // not errors.As: reflection weighs on the page
		text = e.Text(c)
	}
	if src.Name == "" {
		return text
	}
	return messages.Fill(c.T(messages.UIPageCertFileError), "name", src.Name, "error", text)
}

// fileList copies a FileList (from a file input or a drop) into a slice.
// The File objects stay readable after the input is cleared.
func fileList(list app.Value) []app.Value {
	if !list.Truthy() {
		return nil
	}
	out := make([]app.Value, list.Length())
	for i := range out {
		out[i] = list.Index(i)
	}
	return out
}

// readFiles reads File objects into memory with the File API and checks
// what they hold: nothing is uploaded. done gets one source per file, in
// the order given, on the UI goroutine. Only the first MaxInput+1 bytes of
// a file are read, enough for cert.Read to refuse a file that is too large
// without holding all of it.
func readFiles(ctx app.Context, files []app.Value, done func(ctx app.Context, got []certSource)) {
	got := make([]certSource, len(files))
	left := len(files)
	for i, f := range files {
		name := f.Get("name").String()
		readBlob(f.Call("slice", 0, cert.MaxInput+1), func(data []byte, ok bool) {
			src := certSource{Name: name, Err: errUnreadable}
			if ok {
				src = readSource(name, data)
			}
			ctx.Dispatch(func(ctx app.Context) {
				got[i] = src
				if left--; left == 0 {
					done(ctx, got)
				}
			})
		})
	}
}

// readBlob reads a Blob's bytes. Its arrayBuffer Promise is handled on both
// paths: go-app's Then has no rejection path.
func readBlob(blob app.Value, done func(data []byte, ok bool)) {
	var onData, onFail app.Func
	release := func() {
		onData.Release()
		onFail.Release()
	}
	onData = app.FuncOf(func(_ app.Value, args []app.Value) any {
		release()
		view := app.Window().Get("Uint8Array").New(args[0])
		data := make([]byte, view.Length())
		app.CopyBytesToGo(data, view)
		done(data, true)
		return nil
	})
	onFail = app.FuncOf(func(app.Value, []app.Value) any {
		release()
		done(nil, false)
		return nil
	})
	blob.Call("arrayBuffer").Call("then", onData, onFail)
}
