package decoder_test

import (
	"fmt"
	"net/url"
	"strings"
	"testing"

	"proxycert/decoder"
)

const shareBase = "https://tools.contoso.com/proxycert/"

// TestShareLink: a reading of the error travels as its code, server and
// KB message; other text whole when it fits, else what was read from it;
// every link stays under MaxLink, and the page reads it back to the same
// answer.
func TestShareLink(t *testing.T) {
	dialog := "There is a problem with the proxy server's security certificate, mail.contoso.com. " +
		"The name on the security certificate is invalid or does not match the name of the site. " +
		"Outlook is unable to connect to this server. (0x00000018)"
	chatter := strings.Repeat("Hello, please see below; this started after the weekend. ", 60)
	alert := "Security Alert\n\nThe name on the security certificate is invalid or does not match the name of the site.\n\nDo you want to proceed?"
	tests := []struct {
		name, base, text string
		leftOut          bool
		rest             string // the address after the base
		noLink           bool
	}{
		{"dialog as its code page, server and message", shareBase, dialog, false, "code/0x00000018/ja/#server=mail.contoso.com&msg=2", false},
		{"long paste as code and server", shareBase, chatter + dialog, false, "code/0x00000018/ja/#server=mail.contoso.com&msg=2", false},
		{"a code with unknown bits in the fragment", shareBase, "0x00000118", false, "#code=0x00000118&lang=ja", false},
		{"short other text whole", shareBase, alert, false, "#text=" + queryEscape(alert) + "&lang=ja", false},
		{"long other-family code as the code", shareBase, chatter + " 0x800B0109", true, "#code=0x800B0109&lang=ja", false},
		{"long look-alike keeps only the language", shareBase, chatter + alert, true, "#lang=ja", false},
		{"CRLF becomes LF", shareBase, "hello\r\n\r\nworld", false, "#text=hello%0A%0Aworld&lang=ja", false},
		{"base fragment replaced", shareBase + "#old=1", "0x18", false, "code/0x00000018/ja/", false},
		{"no base, no link", "", dialog, false, "", true},
		{"base alone too long", "https://tools.contoso.com/" + strings.Repeat("a", decoder.MaxLink), alert, true, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := decoder.Parse(tt.text)
			addr, leftOut := decoder.ShareLink(tt.base, r, tt.text, "ja")
			if leftOut != tt.leftOut {
				t.Errorf("leftOut = %v, want %v", leftOut, tt.leftOut)
			}
			if tt.noLink {
				if addr != "" {
					t.Fatalf("ShareLink = %q, want none", addr)
				}
				return
			}
			if len(addr) >= decoder.MaxLink {
				t.Fatalf("ShareLink = %q (%d bytes), want under %d", addr, len(addr), decoder.MaxLink)
			}
			if addr != shareBase+tt.rest {
				t.Fatalf("ShareLink = %q, want %s%s", addr, shareBase, tt.rest)
			}
			l, err := decoder.ParseLink(linkParams(addr))
			if err != nil {
				t.Fatal(err)
			}
			got := l.Result()
			if got.Code != r.Code || got.HasCode != r.HasCode || got.Server != r.Server || got.Variant != r.Variant || !leftOut && got.OtherFamily != r.OtherFamily {
				t.Errorf("the link reads as %s on %q (message %d), the paste as %s on %q (message %d)", decoder.Hex(got.Code), got.Server, got.Variant, decoder.Hex(r.Code), r.Server, r.Variant)
			}
		})
	}
}

// shared returns the parameters of r's shared link, as the page reads them.
func shared(r decoder.Result, text, lang string) string {
	addr, _ := decoder.ShareLink(shareBase, r, text, lang)
	return linkParams(addr)
}

// linkParams returns the link parameters of an address.
func linkParams(addr string) string {
	u, err := url.Parse(addr)
	if err != nil {
		panic(err)
	}
	return decoder.LinkParams(u.EscapedPath(), u.RawQuery, u.EscapedFragment())
}

func queryEscape(s string) string {
	l := decoder.Link{Text: s}
	return strings.TrimPrefix(l.Encode(), "text=")
}

// TestShareLinkSafe: the characters that could end an address or start
// markup around it in a note are encoded in the base; everything else
// stays.
func TestShareLinkSafe(t *testing.T) {
	for in, want := range map[string]string{
		"https://tools.contoso.com/proxycert/":             "https://tools.contoso.com/proxycert/",
		"https://x/a b|c]d[e)f(g<h>i\"j'k`l{m}n\\o^p*q!r/": "https://x/a%20b%7Cc%5Dd%5Be%29f%28g%3Ch%3Ei%22j%27k%60l%7Bm%7Dn%5Co%5Ep%2Aq%21r/",
		"https://例え.jp/":                                   "https://%E4%BE%8B%E3%81%88.jp/",
	} {
		got, _ := decoder.ShareLink(in, decoder.Parse("hello"), "hello", "")
		if got != want+"#text=hello" {
			t.Errorf("ShareLink(%q) = %q, want %q", in, got, want+"#text=hello")
		}
	}
}

// A dialog travels as what was read from it, its code as the address of
// the code's static page; other text as itself.
func ExampleShareLink() {
	for _, text := range []string{"(Error Code 10)", "Security Alert"} {
		addr, _ := decoder.ShareLink("https://tools.contoso.com/proxycert/", decoder.Parse(text), text, "")
		fmt.Println(addr)
	}
	// Output:
	// https://tools.contoso.com/proxycert/code/0x00000010/
	// https://tools.contoso.com/proxycert/#text=Security+Alert
}

// TestShareLinkBase: the code page's path goes below the folder the base
// names, keeping the base's query.
func TestShareLinkBase(t *testing.T) {
	r := decoder.Parse("0x18")
	for base, want := range map[string]string{
		"https://h.example/":                  "https://h.example/code/0x00000018/",
		"https://h.example":                   "https://h.example/code/0x00000018/",
		"https://h.example/proxycert":         "https://h.example/proxycert/code/0x00000018/",
		"https://h.example/pc/index.html":     "https://h.example/pc/code/0x00000018/",
		"http://127.0.0.1:8181/?kiosk=1":      "http://127.0.0.1:8181/code/0x00000018/?kiosk=1",
		"https://h.example/pc/?kiosk=1#old=2": "https://h.example/pc/code/0x00000018/?kiosk=1",
	} {
		if got, _ := decoder.ShareLink(base, r, "0x18", ""); got != want {
			t.Errorf("ShareLink(%q) = %q, want %q", base, got, want)
		}
	}
}

// TestCodePaths: every code page's path reads back as its code and
// language, below the base it was put under.
func TestCodePaths(t *testing.T) {
	codes := decoder.CodePages()
	if len(codes) != 256 || codes[0] != 0 || codes[255] != decoder.ValidMask {
		t.Fatalf("CodePages: %d codes from %#x to %#x", len(codes), codes[0], codes[len(codes)-1])
	}
	for _, code := range codes {
		for _, lang := range []string{"", "ja"} {
			p, ok := decoder.CodePath(code, lang)
			if !ok {
				t.Fatalf("no page for %#x", code)
			}
			base, params := decoder.CutCodePath("/proxycert/" + p)
			l, err := decoder.ParseLink(params)
			if base != "/proxycert/" || err != nil || l.Code != decoder.Hex(code) || l.Lang != lang {
				t.Errorf("%s reads as base %q, %+v, %v", p, base, l, err)
			}
		}
	}
	if _, ok := decoder.CodePath(0x100, ""); ok {
		t.Error("a page for a code with an unknown bit")
	}
	for _, path := range []string{"/", "/proxycert/", "/code/", "/code/x/y/z/", "/proxycert/code/0x18/toolong/"} {
		if base, params := decoder.CutCodePath(path); base != path || params != "" {
			t.Errorf("CutCodePath(%q) = %q, %q", path, base, params)
		}
	}
}
