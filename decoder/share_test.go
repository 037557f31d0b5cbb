package decoder_test

import (
	"fmt"
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
		params           string // the link's parameters after '#', "" for none
		noLink           bool
	}{
		{"dialog as code, server and message", shareBase, dialog, false, "code=0x00000018&server=mail.contoso.com&msg=2&lang=ja", false},
		{"long paste as code and server", shareBase, chatter + dialog, false, "code=0x00000018&server=mail.contoso.com&msg=2&lang=ja", false},
		{"short other text whole", shareBase, alert, false, "text=" + queryEscape(alert) + "&lang=ja", false},
		{"long other-family code as the code", shareBase, chatter + " 0x800B0109", true, "code=0x800B0109&lang=ja", false},
		{"long look-alike keeps only the language", shareBase, chatter + alert, true, "lang=ja", false},
		{"CRLF becomes LF", shareBase, "hello\r\n\r\nworld", false, "text=hello%0A%0Aworld&lang=ja", false},
		{"base fragment replaced", shareBase + "#old=1", "0x18", false, "code=0x00000018&lang=ja", false},
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
			base, params, _ := strings.Cut(addr, "#")
			if base != shareBase || params != tt.params {
				t.Fatalf("ShareLink = %q, want %s#%s", addr, shareBase, tt.params)
			}
			l, err := decoder.ParseLink(params)
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

// shared returns the parameters of r's shared link.
func shared(r decoder.Result, text, lang string) string {
	addr, _ := decoder.ShareLink(shareBase, r, text, lang)
	_, params, _ := strings.Cut(addr, "#")
	return params
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
		got, _ := decoder.ShareLink(in, decoder.Parse("0x18"), "0x18", "")
		if got != want+"#code=0x00000018" {
			t.Errorf("ShareLink(%q) = %q, want %q", in, got, want+"#code=0x00000018")
		}
	}
}

// A dialog travels as what was read from it; other text as itself.
func ExampleShareLink() {
	for _, text := range []string{"(Error Code 10)", "Security Alert"} {
		addr, _ := decoder.ShareLink("https://tools.contoso.com/proxycert/", decoder.Parse(text), text, "")
		fmt.Println(addr)
	}
	// Output:
	// https://tools.contoso.com/proxycert/#code=0x00000010
	// https://tools.contoso.com/proxycert/#text=Security+Alert
}
