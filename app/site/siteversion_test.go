package site

import (
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// TestSiteVersion checks that the version follows what the generator puts
// into the site besides the web folder: the same inputs give the same
// version; another base path, worker or header gives another.
func TestSiteVersion(t *testing.T) {
	web := testWeb(t)
	version := func(s Config, change func(*app.Handler)) string {
		t.Helper()
		s.Web = web
		h, err := s.Handler("", 1)
		if err != nil {
			t.Fatal(err)
		}
		if change != nil {
			change(h)
		}
		return siteVersion("contents", h)
	}
	v := version(Config{Base: "/"}, nil)
	if again := version(Config{Base: "/"}, nil); again != v {
		t.Errorf("the same site gives versions %s and %s", v, again)
	}
	for name, other := range map[string]string{
		"base":     version(Config{Base: "/proxycert/"}, nil),
		"worker":   version(Config{Base: "/", StockWorker: true}, nil),
		"header":   version(Config{Base: "/"}, func(h *app.Handler) { h.RawHeaders[0] += " " }),
		"contents": func() string { h, _ := Config{Base: "/", Web: web}.Handler("", 1); return siteVersion("other", h) }(),
	} {
		if other == v {
			t.Errorf("another %s keeps version %s", name, v)
		}
	}
}
