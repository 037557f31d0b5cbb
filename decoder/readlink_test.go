package decoder_test

import (
	"net/url"
	"slices"
	"strings"
	"testing"

	"proxycert/decoder"
	"proxycert/messages"
)

// TestReadLinkServer: a server= value is used when it can be a host name,
// and explained when it cannot.
func TestReadLinkServer(t *testing.T) {
	for s, want := range map[string]bool{
		"mail.contoso.com":         true,
		"MAIL-01.corp.local:443":   true,
		"2001:db8::1":              true,
		"[servername]":             false, // a template's stand-in (links drop brackets round a name)
		"メール.example.jp":           true,
		"exchange_01":              true,
		"mail contoso":             false,
		"<img src=x>":              false,
		"javascript:alert(1)":      false,
		"https://mail.contoso.com": true,  // the name in a URL
		"...":                      false, // no name left: nothing to explain
		strings.Repeat("a", 256):   false,
	} {
		l, problems := decoder.ReadLink("code=0x18&server=" + url.QueryEscape(s))
		if got := l.Server != ""; got != want || !want && s != "..." && len(problems) == 0 {
			t.Errorf("server=%q read as %q with problems %v; want it used: %v", s, l.Server, problems, want)
		}
	}
}

// TestReadLinkLanguages checks that lang= takes the tag of every catalog;
// messages/newlang_test.go runs it with a catalog added.
func TestReadLinkLanguages(t *testing.T) {
	for _, lang := range messages.Languages() {
		if l, problems := decoder.ReadLink("code=0x18&lang=" + lang); l.Lang != lang || len(problems) > 0 {
			t.Errorf("lang=%s read as %q with problems %v", lang, l.Lang, problems)
		}
	}
	_, problems := decoder.ReadLink("code=0x18&lang=zz")
	if len(problems) != 1 || problems[0].Key != messages.UIPageLinkBadLang ||
		!slices.Contains(problems[0].Args, strings.Join(messages.Languages(), ", ")) {
		t.Errorf("lang=zz gave %v, want UIPageLinkBadLang naming the languages", problems)
	}
}

func FuzzReadLink(f *testing.F) {
	f.Add("code=0x18&server=mail.contoso.com&lang=ja")
	f.Add("text=%E3%83%97&lang=xx")
	f.Add("code=%zz&&==")
	f.Add("code%3D0x18%26server%3D%255B%253Cx%253E%255D")
	f.Add("/?server=https%3A%2F%2F%E2%80%8B%5B::1%5D:443/x")
	f.Fuzz(func(t *testing.T, params string) {
		l, problems := decoder.ReadLink(params)
		if l.Lang != "" && !messages.Supported(l.Lang) {
			t.Errorf("unsupported language %q accepted", l.Lang)
		}
		if again, _ := decoder.ReadLink("code=0x18&server=" + url.QueryEscape(l.Server)); again.Server != l.Server {
			t.Errorf("server %q accepted once, not twice", l.Server)
		}
		for _, p := range problems {
			if _, ok := messages.For("en").UI[p.Key]; !ok {
				t.Errorf("problem key %v has no text", p.Key)
			}
		}
		l.Result() // must not panic
	})
}
