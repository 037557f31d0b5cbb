package messages_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"proxycert/messages"
)

func TestClip(t *testing.T) {
	const n = 120
	short := strings.Repeat("é", n)
	for in, want := range map[string]string{
		"":                        "",
		"0xZZ":                    "0xZZ",
		short:                     short,
		short + "x":               short + "…",
		strings.Repeat("証", n+50): strings.Repeat("証", n) + "…",
	} {
		if got := messages.Clip(in, n); got != want {
			t.Errorf("Clip(%d runes, %d) = %d runes", utf8.RuneCountInString(in), n, utf8.RuneCountInString(got))
		}
	}
}
