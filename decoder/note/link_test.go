package note

import (
	"strings"
	"testing"

	"proxycert/decoder"
)

// TestLink: the link carries the whole paste when it fits, else what was
// read from it, and always stays under MaxLink; the page reads it back to
// the same answer.
func TestLink(t *testing.T) {
	dialog := "There is a problem with the proxy server's security certificate, mail.contoso.com. " +
		"The name on the security certificate is invalid or does not match the name of the site. " +
		"Outlook is unable to connect to this server. (0x00000018)"
	chatter := strings.Repeat("Hello, please see below; this started after the weekend. ", 60)
	alert := "Security Alert\n\nThe name on the security certificate is invalid or does not match the name of the site.\n\nDo you want to proceed?"
	tests := []struct {
		name, base, text string
		whole            bool
		params           string // the link's parameters after '#', "" for any
		noLink           bool
	}{
		{"short paste goes whole", testBase, dialog, true, "", false},
		{"long paste falls back to code and server", testBase, chatter + dialog, false,
			"code=0x00000018&server=mail.contoso.com&msg=2&lang=ja", false},
		{"long other-family code falls back to the code", testBase, chatter + " 0x800B0109", false,
			"code=0x800B0109&lang=ja", false},
		{"long look-alike keeps only the language", testBase, chatter + alert, false, "lang=ja", false},
		{"CRLF becomes LF", testBase, "0x18\r\n\r\n", true, "text=0x18&lang=ja", false},
		{"no text: code and server", testBase, "", false, "", false},
		{"base fragment replaced", testBase + "#old=1", "0x18", true, "text=0x18&lang=ja", false},
		{"no base, no link", "", dialog, false, "", true},
		{"base alone too long", "https://tools.contoso.com/" + strings.Repeat("a", MaxLink), dialog, false, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := decoder.Parse(tt.text)
			if tt.text == "" {
				r = decoder.Parse(dialog)
			}
			addr, whole := Link(tt.base, r, tt.text, "ja")
			if tt.noLink {
				if addr != "" {
					t.Fatalf("Link = %q, want none", addr)
				}
				return
			}
			if len(addr) >= MaxLink || whole != tt.whole {
				t.Fatalf("Link = %q (%d bytes), whole %v; want under %d bytes, whole %v", addr, len(addr), whole, MaxLink, tt.whole)
			}
			base, params, ok := strings.Cut(addr, "#")
			if !ok || base != testBase {
				t.Fatalf("Link = %q, want %s#…", addr, testBase)
			}
			if tt.params != "" && params != tt.params {
				t.Errorf("parameters %q, want %q", params, tt.params)
			}
			l, err := decoder.ParseLink(params)
			if err != nil {
				t.Fatal(err)
			}
			got := l.Result()
			if got.Code != r.Code || got.HasCode != r.HasCode || got.Server != r.Server || got.Variant != r.Variant || got.OtherFamily != r.OtherFamily {
				t.Errorf("the link reads as %s on %q (message %d), the paste as %s on %q (message %d)", decoder.Hex(got.Code), got.Server, got.Variant, decoder.Hex(r.Code), r.Server, r.Variant)
			}
			if whole && l.Text != strings.TrimSpace(strings.ReplaceAll(tt.text, "\r\n", "\n")) {
				t.Errorf("the link's text %q, want the paste", l.Text)
			}
		})
	}
}

// TestSafeURL: the characters that could end an address or start markup
// around it are encoded; everything else stays.
func TestSafeURL(t *testing.T) {
	for in, want := range map[string]string{
		"https://tools.contoso.com/proxycert/#text=a+b%28c%29": "https://tools.contoso.com/proxycert/#text=a+b%28c%29",
		"https://x/a b|c]d[e)f(g<h>i\"j'k`l{m}n\\o^p*q!r":      "https://x/a%20b%7Cc%5Dd%5Be%29f%28g%3Ch%3Ei%22j%27k%60l%7Bm%7Dn%5Co%5Ep%2Aq%21r",
		"https://例え.jp/\n":                                     "https://%E4%BE%8B%E3%81%88.jp/%0A",
	} {
		if got := safeURL(in); got != want {
			t.Errorf("safeURL(%q) = %q, want %q", in, got, want)
		}
	}
}
