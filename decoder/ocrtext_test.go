package decoder_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"proxycert/decoder"
	"proxycert/messages"
)

// Readings as tesseract.js gives them for mock-ups of the dialog (see
// app/e2e/screenshot_test.go), and what the page puts into its box.
func TestTidyOCR(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"Japanese spaced by character, lines joined",
			"Microsoft Outlook X\n\n( 還 】 プロ キシ サー バー の セキ ュ リ ティ 証明 書 mail.contoso.co.jp に 問題\nが あり ます 。 Outlook は この サー バー に 接続 で きま せん 。\n(0x00000018)\n",
			"Microsoft Outlook X\n( 還】プロキシサーバーのセキュリティ証明書 mail.contoso.co.jp に問題があります。 Outlook はこのサーバーに接続できません。\n(0x00000018)"},
		{"English as it is, but trailing spaces and blank lines",
			"Microsoft Outlook x \n\nThere is a problem with the proxy server's security certificate,\nmail.contoso.com. Outlook is unable to connect\n",
			"Microsoft Outlook x\nThere is a problem with the proxy server's security certificate,\nmail.contoso.com. Outlook is unable to connect"},
		{"a server wrapped at its hyphen",
			"certificate, cas-\n01.contoso.com. Outlook",
			"certificate, cas-01.contoso.com. Outlook"},
		{"a dash at a line's end that no word precedes stays",
			"Outlook -\nOK",
			"Outlook -\nOK"},
	} {
		if got := decoder.TidyOCR(c.in); got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}

// TestTidyOCRReadsDialog: the tidied Japanese reading is read as the
// dialog it is, its reason sentence included.
func TestTidyOCRReadsDialog(t *testing.T) {
	raw := "( 還 】 プロ キシ サー バー の セキ ュ リ ティ 証明 書 mail.contoso.co.jp に 問題\nが あり ます 。 セキ ュ リ ティ 証明 書 の 名 前 が 無効 で ある か 、 サ イト の\n名 前 と 一 致し ませ ん 。 Outlook は この サー バー に 接続 で きま せん 。\n(0x00000018)\n"
	r := decoder.Parse(decoder.TidyOCR(raw))
	if r.Language != "ja" || r.Variant != 2 || r.Server != "mail.contoso.co.jp" || r.Code != 0x18 {
		t.Errorf("read %+v", r)
	}
}

func TestUnsureHost(t *testing.T) {
	for name, want := range map[string]bool{
		"exch0l.fabrikam.local": true, "exchOl.fabrikam.local": true, "excho01.fabrikam.local": true,
		"exch01l.fabrikam.local": true, "h2o.example.com": true,
		"exch01.fabrikam.local": false, "mail.contoso.com": false, "owa2019.contoso.com": false,
		"10.20.30.40": false, "cas-01.contoso.com": false, "local": false,
	} {
		if got := decoder.UnsureHost(name); got != want {
			t.Errorf("UnsureHost(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestSettleHost(t *testing.T) {
	for _, c := range []struct {
		first, second, want string
		settled             bool
	}{
		{"exch0l.fabrikam.local", "exch01.fabrikam.local", "exch01.fabrikam.local", true},
		{"excho01.fabrikam.local", "exch01.fabrikam.local", "exch01.fabrikam.local", true},
		{"exchOl.fabrikam.local", "exch01.fabrikam.local", "exch01.fabrikam.local", true},
		// The second reading is unsure too, or names another server.
		{"exch0l.fabrikam.local", "exchOl.fabrikam.local", "exch0l.fabrikam.local", false},
		{"exch0l.fabrikam.local", "exch01.fabrikam.com", "exch0l.fabrikam.local", false},
		{"exch0l.fabrikam.local", "mail01.fabrikam.local", "exch0l.fabrikam.local", false},
		{"exch0l.fabrikam.local", "exch01.fabrikam.local.The", "exch0l.fabrikam.local", false},
		{"exch0l.fabrikam.local", "", "exch0l.fabrikam.local", false},
		// A sure first reading is kept.
		{"exch01.fabrikam.local", "exch0l.fabrikam.local", "exch01.fabrikam.local", false},
		{"mail.contoso.com", "mail.contoso.co", "mail.contoso.com", false},
	} {
		got, settled := decoder.SettleHost(c.first, c.second)
		if got != c.want || settled != c.settled {
			t.Errorf("SettleHost(%q, %q) = %q, %v; want %q, %v", c.first, c.second, got, settled, c.want, c.settled)
		}
	}
}

// The look-alike warning for an address names it as written and as read.
func TestLookalikeHostWarning(t *testing.T) {
	r := decoder.Parse(messages.Dialogs["en"][0].Fill(4, "1O.2O.3O.4O", "0x00000010"))
	if len(r.Warnings) != 1 || r.Warnings[0].ID != messages.WarnLookalikeHost || r.Server != "10.20.30.40" {
		t.Fatalf("read %+v", r)
	}
	want := "The server “1O.2O.3O.4O” has letters that only look like digits (O for 0, l or I for 1), as happens when a dialog is read from a screenshot; it is an address, so it was read as 10.20.30.40. Compare it with the dialog."
	if got := r.Warnings[0].Text(messages.For("en")); got != want {
		t.Errorf("warning %q", got)
	}
}

// FuzzTidyOCR: tidying only ever drops white space, keeps a valid text
// valid, and leaves a tidied text as it is; SettleHost returns one of the
// two names it was given.
func FuzzTidyOCR(f *testing.F) {
	f.Add("( 還 】 プロ キシ サー バー の セキ ュ リ ティ 証明 書 mail.contoso.co.jp に 問題\nが あり ます 。\n(0x00000018)\n", "exch0l.fabrikam.local")
	f.Add("certificate, cas-\n01.contoso.com. Outlook \n\n", "exch01.fabrikam.local")
	f.Add("Outlook -\nOK\r\n\t", "")
	f.Fuzz(func(t *testing.T, text, name string) {
		got := decoder.TidyOCR(text)
		if utf8.ValidString(text) && !utf8.ValidString(got) {
			t.Fatalf("TidyOCR(%q) = %q, not valid UTF-8", text, got)
		}
		if strings.Join(strings.Fields(got), "") != strings.Join(strings.Fields(text), "") {
			t.Fatalf("TidyOCR(%q) = %q changed more than white space", text, got)
		}
		if again := decoder.TidyOCR(got); again != got {
			t.Fatalf("TidyOCR is not stable: %q, then %q", got, again)
		}
		for _, pair := range [][2]string{{name, got}, {got, name}} {
			if h, _ := decoder.SettleHost(pair[0], pair[1]); h != pair[0] && h != pair[1] {
				t.Fatalf("SettleHost(%q, %q) = %q", pair[0], pair[1], h)
			}
		}
	})
}
