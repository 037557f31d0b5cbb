package cli

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestWrap(t *testing.T) {
	for _, tc := range []struct {
		name  string
		in    string
		width int
		want  []string
	}{
		{"fits", "Issuer not trusted", 30, []string{"Issuer not trusted"}},
		{"at spaces", "the name on the certificate does not match", 20,
			[]string{"the name on the", "certificate does not", "match"}},
		{"runs of spaces collapse", "a  b \t c", 20, []string{"a b c"}},
		{"long word alone", "see https://mail.contoso.com/rpc/rpcproxy.dll now", 20,
			[]string{"see", "https://mail.contoso.com/rpc/rpcproxy.dll", "now"}},
		{"line breaks kept", "one\ntwo", 20, []string{"one", "two"}},
		// Wide characters take two columns and a line may break between them.
		{"Japanese", "証明書の発行元が信頼されていません。管理者に連絡してください。", 20,
			[]string{"証明書の発行元が信頼", "されていません。管理", "者に連絡してくださ", "い。"}},
		{"no line starts with a closing mark", "あいうえおかきくけこ。さしすせそ", 20,
			[]string{"あいうえおかきくけ", "こ。さしすせそ"}},
		{"no line ends with an opening bracket", "あいうえおかきくけ「こ」", 20,
			[]string{"あいうえおかきくけ", "「こ」"}},
		{"mixed", "証明書 mail.contoso.com に問題があります。", 24,
			[]string{"証明書 mail.contoso.com", "に問題があります。"}},
	} {
		if got := wrapText(tc.in, tc.width); !slices.Equal(got, tc.want) {
			t.Errorf("%s: wrapText(%q, %d) =\n%q\nwant\n%q", tc.name, tc.in, tc.width, got, tc.want)
		}
	}
}

func TestDisplayWidth(t *testing.T) {
	for in, want := range map[string]int{
		"":                 0,
		"0x00000018":       10,
		"証明書":              6,
		"（エラー コード １０）":     22,
		"e\u0301":          1, // e and a combining accent
		"mail.contoso.com": 16,
		"ｱｳﾄﾙｯｸ":           6, // half-width katakana
		"한국어":              6,
		"🚀":                2, // an emoji, wide by its East Asian Width
		"…①α":              3, // ambiguous: one column, as outside East Asian locales
		"a\u200Bb":         2, // a zero-width space is a format character
	} {
		if got := displayWidth(in); got != want {
			t.Errorf("displayWidth(%q) = %d, want %d", in, got, want)
		}
	}
}

// FuzzWrap: wrapping loses no character, keeps each line within the width
// unless the line is one unbreakable piece, and never returns an empty
// list.
func FuzzWrap(f *testing.F) {
	f.Add("There is a problem with the proxy server's security certificate.", 30)
	f.Add("プロキシ サーバーのセキュリティ証明書 mail.contoso.com に問題があります。", 20)
	f.Add("「（エラー コード １０）」", 5)
	f.Fuzz(func(t *testing.T, in string, width int) {
		if !utf8.ValidString(in) {
			t.Skip()
		}
		width = max(width%200, 0)
		lines := wrapText(in, width)
		if len(lines) == 0 {
			t.Fatal("no lines")
		}
		if got, want := squash(strings.Join(lines, "")), squash(in); got != want {
			t.Fatalf("text changed:\n%q\n%q", got, want)
		}
		for _, line := range lines {
			if displayWidth(line) > max(width, 20) && len(lineSegments(line)) > 1 {
				t.Fatalf("line %q is %d columns, over %d", line, displayWidth(line), max(width, 20))
			}
		}
	})
}
