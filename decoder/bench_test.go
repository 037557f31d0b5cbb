package decoder_test

import (
	"fmt"
	"strings"
	"testing"

	"proxycert/decoder"
)

// typicalPaste is what a helpdesk ticket usually holds: a greeting, the
// dialog copied with Ctrl+C, a signature.
const typicalPaste = `Hi,

Outlook shows this since this morning:

---------------------------
Microsoft Outlook
---------------------------
There is a problem with the proxy server's security certificate, mail.contoso.com. The name on the security certificate is invalid or does not match the name of the site. Outlook is unable to connect to this server. (0x00000018)
---------------------------
OK
---------------------------

Thanks,
Ann (ext. 4711)
`

// ticketThread builds a mail thread of about size bytes: replies in English
// and Japanese with numbers, addresses and quoted lines, and the dialog
// once, at the end, as the first message of the thread.
func ticketThread(size int) string {
	const reply = "> On Tue, 4 Mar 2025 at 09:12, Ann Lee wrote:\n" +
		"> Could you check the PC again? It is build 19045.4046 with Office 16.0.17328.20142 (32 bit).\n" +
		"> Remote session id 482 910 377, call +81 3-1234-5678 or mail helpdesk@contoso.com.\n" +
		"お世話になっております。再起動後も同じ状況です（2 回目）。ご確認をお願いします。\n\n"
	var b strings.Builder
	for b.Len() < size-len(typicalPaste) {
		b.WriteString(reply)
	}
	s := b.String()
	if n := size - len(typicalPaste); n < len(s) {
		s = s[:n]
	}
	return s + typicalPaste
}

func BenchmarkParseTypical(b *testing.B) {
	b.SetBytes(int64(len(typicalPaste)))
	for b.Loop() {
		decoder.Parse(typicalPaste)
	}
}

func BenchmarkParse64KiB(b *testing.B) {
	in := ticketThread(decoder.MaxInput)
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		decoder.Parse(in)
	}
}

// BenchmarkParseSize shows the time growing linearly with the input.
func BenchmarkParseSize(b *testing.B) {
	for _, kib := range []int{1, 4, 16, 64} {
		in := ticketThread(kib << 10)
		b.Run(fmt.Sprintf("%dKiB", kib), func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			for b.Loop() {
				decoder.Parse(in)
			}
		})
	}
}

func BenchmarkParseCode(b *testing.B) {
	for b.Loop() {
		decoder.ParseCode("FLAG_INVALID_CA | FLAG_CERT_CN_INVALID")
	}
}

// BenchmarkParseHostile feeds 64 KiB built to make a careless parser slow:
// anchors, brackets, numbers and flag names repeated without end.
func BenchmarkParseHostile(b *testing.B) {
	fill := func(unit string) string {
		return strings.Repeat(unit, decoder.MaxInput/len(unit))
	}
	for name, in := range map[string]string{
		"openings-en":   fill("There is a problem with the proxy server's security certificate, a.b. "),
		"openings-ja":   fill("プロキシサーバーのセキュリティ証明書"),
		"labels":        fill("エラー コード 1 "),
		"brackets":      fill("(1)("),
		"hex":           fill("0x1 "),
		"flag-names":    fill("FLAG_INVALID_CA|"),
		"one-long-word": fill("a"),
		// After a word the input is running text, read by the scanner:
		"chatter-hex":       "Hi " + fill("0x1 "),
		"chatter-lookalike": "Hi " + fill("0xOO "),
		// Escapes that never spell a character, in runs as long as the input.
		"qp-run":      "Hi " + fill("=C3"),
		"qp-soft":     "Hi " + fill("=C3=\n"),
		"percent-run": fill("%C3"),
		// The dialog's shape over and over, never whole: Outlook's
		// sentence and a code, a certificate word, but no server name.
		"shape-no-server": fill("Outlook (Kod 1) certyfikat "),
		"shape-products":  fill("Outlook ("),
		// Look-alike prefixes and log labels in chatter.
		"chatter-times": "Hi " + fill("0×1 "),
		"log-labels":    "Hi " + fill("error 12045 "),
	} {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			for b.Loop() {
				decoder.Parse(in)
			}
		})
	}
}
