package decoder

import (
	"strings"
	"testing"

	"proxycert/messages"
)

func TestNormalize(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"a  b\t\tc", "a b c"},
		{"line one\nline two\r\nthree\rfour", "line one line two three four"},
		{"---------------------------\nMicrosoft Outlook\n---------------------------\ntext\n---------------------------\nOK\n---------------------------\n", "text"},
		{"text\nOK   キャンセル\n", "text"},
		{"text\nはい(Y)  いいえ(N)\n", "text"},
		{"OK, here it is:\ntext", "OK, here it is: text"},
		{"> quoted\n>> twice\n> > spaced", "quoted twice spaced"},
		{"server’s “name”", "server's \"name\""},
		{"０ｘ１８（エラー　コード）", "0x18(エラー コード)"},
		// A full-width x after a half-width 0 stays, for the look-alike warning.
		{"0ｘ18 Oｘ18 ０ｘ１８ aｘ", "0ｘ18 Oｘ18 0x18 ax"},
		// Direction marks of Hebrew and Arabic copies carry nothing.
		{"\u200fOutlook\u200e \u202bשרת\u202c", "Outlook שרת"},
		{"a\u200bb\ufeff c\u00a0d", "ab c d"},
		{"\xff\xfe bad", "?? bad"},
		{"−2147483640", "-2147483640"},
		{"  \n\n  ", ""},
	} {
		got := normalize(tc.in)
		if got != tc.want {
			t.Errorf("normalize(%q) = %q; want %q", tc.in, got, tc.want)
		}
		if len(got) > len(tc.in) {
			t.Errorf("normalize(%q) grew the text", tc.in)
		}
	}
}

func TestLatin1Table(t *testing.T) {
	if len(latin1) != 0x100-0xC0 {
		t.Fatalf("latin1 table has %d entries; want %d", len(latin1), 0x100-0xC0)
	}
	if compactKey("Sécurité Ünd ÇA") != compactKey("securite und ca") {
		t.Errorf("accents are not folded: %q", compactKey("Sécurité Ünd ÇA"))
	}
}

// TestMatcherFindsEveryAnchor puts each anchor of every language between
// chatter, spaced and cased differently, and checks that the matcher finds
// it where it is.
func TestMatcherFindsEveryAnchor(t *testing.T) {
	type anchor struct{ lang, text string }
	var all []anchor
	add := func(lang string, a messages.Anchors) {
		for _, list := range [][]string{a.Opening, a.NameReason, a.CAReason, a.TargetSite, a.ProxyServer, a.CodeLabel} {
			for _, s := range list {
				all = append(all, anchor{lang, s})
			}
		}
	}
	for l, a := range messages.DialogAnchors {
		add(l, a)
	}
	for _, la := range messages.LookAlikes {
		for _, p := range la.Phrases {
			all = append(all, anchor{"", p})
		}
	}
	m := anchors()
	for _, a := range all {
		for _, form := range []string{a.text, strings.ToUpper(a.text), strings.ReplaceAll(a.text, " ", ""), strings.ReplaceAll(a.text, " ", "  ")} {
			n := normalize("chatter 0x1 before, " + form + " and after (2)")
			want := compactKey(a.text)
			found := false
			for _, h := range m.find(n) {
				if compactKey(n[h.start:h.end]) == want {
					found = true
				}
			}
			if !found {
				t.Errorf("anchor %q (%s) not found in %q", a.text, a.lang, n)
			}
		}
	}
}

func TestHostLike(t *testing.T) {
	for _, tc := range []struct {
		tok      string
		explicit bool
		want     bool
	}{
		{"mail.contoso.com", false, true},
		{"10.1.2.3", false, true},
		{"EXCH01", false, true},
		{"EXCH", false, false},
		{"EXCH", true, true},
		{"メール.例え.jp", false, true},
		{"xn--eckwd4c7c.xn--zckzah", false, true},
		{"outlook.exe", false, false},
		{"16.0.5", false, false},
		{"%s", true, false},
		{"a..b", true, false},
		{".com", true, false},
		{"2016", false, false},
		{"mail.contoso.com:443", true, false},
	} {
		if got := hostLike(tc.tok, tc.explicit); got != tc.want {
			t.Errorf("hostLike(%q, %v) = %v; want %v", tc.tok, tc.explicit, got, tc.want)
		}
	}
}
