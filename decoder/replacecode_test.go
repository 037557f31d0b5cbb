package decoder_test

import (
	"strings"
	"testing"

	"proxycert/decoder"
)

func TestReplaceCode(t *testing.T) {
	tests := []struct {
		text, codeText string
		code           uint32
		want           string
		ok             bool
	}{
		{"x (0x00000018) y", "(0x00000018)", 0x8, "x (0x00000008) y", true},
		{"Outlook … (Error Code 10)", "(Error Code 10)", 0x30, "Outlook … (Error Code 0x00000030)", true},
		{"… (エラー コード １０)", "(エラー コード １０)", 0x10, "… (エラー コード 0x00000010)", true},
		{"（０ｘ１８）", "（０ｘ１８）", 0x8, "（0x00000008）", true},
		{"x (0×00000018) y", "(0×00000018)", 0x8, "x (0x00000008) y", true},
		{"Ox18 and so on", "Ox18", 0x8, "0x00000008 and so on", true},
		{"код 0Х00000018.", "0Х00000018", 0x8, "код 0x00000008.", true},
		{"no digits here", "Code", 0x8, "", false},
		{"FLAG_INVALID_CA", "FLAG_INVALID_CA", 0x8, "", false},
		{"text", "(0x8)", 0x8, "", false}, // codeText not in text
	}
	for _, tt := range tests {
		got, ok := decoder.ReplaceCode(tt.text, decoder.Result{CodeText: tt.codeText}, tt.code)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ReplaceCode(%q, %q, %#x) = %q, %v; want %q, %v", tt.text, tt.codeText, tt.code, got, ok, tt.want, tt.ok)
		}
	}
}

func FuzzReplaceCode(f *testing.F) {
	f.Add("… (Error Code 10)", "(error code 10)", uint32(0x18))
	f.Add("（エラー　コード　１０）", "(エラー コード 10)", uint32(8))
	f.Fuzz(func(t *testing.T, text, codeText string, code uint32) {
		got, ok := decoder.ReplaceCode(text, decoder.Result{CodeText: codeText}, code)
		if ok && !strings.Contains(got, decoder.Hex(code)) {
			t.Errorf("ReplaceCode(%q, %q, %#x) = %q without the code", text, codeText, code, got)
		}
	})
}
