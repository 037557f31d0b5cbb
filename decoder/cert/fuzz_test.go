package cert

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"proxycert/messages"
)

// placeholderLeft finds a placeholder Fill did not replace.
var placeholderLeft = regexp.MustCompile(`\{[a-z]+\}`)

// FuzzRead feeds Read anything. It must not panic, must give certificates
// or an *Error with a text in every language, must quote little of the
// input, and what it reads must go through Check and Describe.
func FuzzRead(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*"))
	for _, name := range files {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b)
		}
	}
	p := newPKI(f)
	chain := pemOf(p.leaf(f, mailSAN).cert, p.inter.cert, p.root.cert)
	f.Add(chain)
	f.Add(chain[:len(chain)/3])
	f.Add([]byte(indent(string(chain), "> ")))
	f.Add(p.root.cert.Raw)
	catalogs := []*messages.Catalog{messages.For("en"), messages.For("ja")}
	f.Fuzz(func(t *testing.T, data []byte) {
		certs, err := Read(data)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error %T %v is not an *Error", err, err)
			}
			if certs != nil {
				t.Fatalf("certificates and an error")
			}
			if utf8.RuneCountInString(e.Piece) > maxPiece+1 {
				t.Fatalf("piece of %d characters", utf8.RuneCountInString(e.Piece))
			}
			for _, c := range catalogs {
				text := e.Text(c)
				if text == "" || len(text) > 2000 || placeholderLeft.MatchString(strings.ReplaceAll(text, e.Piece, "")) {
					t.Fatalf("%s text %q", c.Lang, text)
				}
			}
			return
		}
		if len(certs) == 0 || len(certs) > MaxCerts {
			t.Fatalf("%d certificates without an error", len(certs))
		}
		r := Check(certs, Options{Server: "mail.contoso.com", Msstd: "msstd:mail.contoso.com", At: testNow})
		if len(r.Findings) != 8 || len(r.Chain)+len(r.Unrelated) != len(certs) {
			t.Fatalf("%d findings, %d+%d certificates for %d read", len(r.Findings), len(r.Chain), len(r.Unrelated), len(certs))
		}
		for _, c := range catalogs {
			r.Describe(c)
		}
	})
}
