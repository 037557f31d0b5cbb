package site

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"proxycert/decoder"
	"proxycert/messages"
)

// TestCodePages renders the page of every code in every language, as a
// production build does, and finds each code's answer in its page.
func TestCodePages(t *testing.T) {
	dir := t.TempDir()
	h, err := Config{Base: "/"}.Handler("test", 1)
	if err != nil {
		t.Fatal(err)
	}
	if err := writeCodePages(dir, h, nil); err != nil {
		t.Fatal(err)
	}
	for _, code := range decoder.CodePages() {
		for _, lang := range messages.Languages() {
			p, _ := decoder.CodePath(code, lang)
			b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(p), "index.html"))
			if err != nil {
				t.Fatal(err)
			}
			page := string(b)
			if !strings.Contains(page, `<html lang="`+lang+`"`) || !strings.Contains(page, `id="summary"`) ||
				!strings.Contains(page, ">"+decoder.Hex(code)) {
				t.Errorf("%s: no answer for %s in %s", p, decoder.Hex(code), lang)
			}
		}
	}
}
