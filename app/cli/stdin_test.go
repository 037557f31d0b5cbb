package cli

import (
	"bytes"
	"encoding/binary"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"

	"proxycert/decoder"
	"proxycert/messages"
)

// The same dialog saved the ways Windows saves text reads the same.
func TestInputText(t *testing.T) {
	en := strings.ReplaceAll(messages.For("en").Dialogs[0].Fill(2, "mail.contoso.com", "0x00000018"), "'", "’") + "\r\n"
	ja := messages.For("ja").Dialogs[1].Fill(3, "mail.contoso.co.jp", "0x00000008") + "\r\n"
	for _, c := range []struct {
		name string
		text string
		enc  func(string) []byte
	}{
		{"UTF-8", en, func(s string) []byte { return []byte(s) }},
		{"UTF-8 with BOM", ja, func(s string) []byte { return append([]byte{0xEF, 0xBB, 0xBF}, s...) }},
		{"UTF-16 LE with BOM (Notepad's Unicode)", en, func(s string) []byte { return append([]byte{0xFF, 0xFE}, utf16Bytes(s, binary.LittleEndian)...) }},
		{"UTF-16 BE with BOM", ja, func(s string) []byte { return append([]byte{0xFE, 0xFF}, utf16Bytes(s, binary.BigEndian)...) }},
		{"UTF-16 LE without BOM", en, func(s string) []byte { return utf16Bytes(s, binary.LittleEndian) }},
		{"Shift_JIS (Japanese Windows' ANSI)", ja, func(s string) []byte { b, _ := japanese.ShiftJIS.NewEncoder().Bytes([]byte(s)); return b }},
		{"Windows-1252 (Western Windows' ANSI)", en, func(s string) []byte { b, _ := charmap.Windows1252.NewEncoder().Bytes([]byte(s)); return b }},
	} {
		raw := c.enc(c.text)
		if c.name != "UTF-8" && c.name != "UTF-8 with BOM" && bytes.Contains(raw, []byte(c.text)) {
			t.Fatalf("%s: the encoding left the text as it was", c.name)
		}
		got := inputText(raw, false)
		if got != c.text {
			t.Errorf("%s: read as %q, want %q", c.name, got, c.text)
		}
		want, r := decoder.Parse(c.text), decoder.Parse(got)
		if r.Server != want.Server || r.Code != want.Code || r.Language != want.Language {
			t.Errorf("%s: reads server %q code %s lang %q", c.name, r.Server, decoder.Hex(r.Code), r.Language)
		}
	}
}

// Input cut at the read limit may end inside a character: the text before
// it is still read in its own encoding.
func TestInputTextCut(t *testing.T) {
	text := "プロキシ サーバーのセキュリティ証明書 mail.contoso.co.jp に問題があります。"
	utf := []byte(text)
	sjis, _ := japanese.ShiftJIS.NewEncoder().Bytes(utf)
	for _, c := range []struct {
		name string
		b    []byte
		want string
	}{
		{"UTF-8 cut inside its last character", utf[:len(utf)-1], text[:len(text)-len("。")]},
		{"Shift_JIS cut inside its last character", sjis[:len(sjis)-1], text[:len(text)-len("。")]},
	} {
		got := inputText(c.b, true)
		if !strings.HasPrefix(got, c.want) || len(got) > len(c.want)+3 {
			t.Errorf("%s: read as %q, want %q", c.name, got, c.want)
		}
	}
}

func utf16Bytes(s string, order binary.AppendByteOrder) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		b = order.AppendUint16(b, u)
	}
	return b
}

func FuzzInputText(f *testing.F) {
	f.Add([]byte("(0x00000018)"), false)
	f.Add([]byte{0xFF, 0xFE, '1', 0, '8', 0}, false)
	f.Add([]byte{0x83, 0x76, 0x83, 0x8D}, true)
	f.Add([]byte("server\x92s"), false)
	f.Fuzz(func(t *testing.T, b []byte, cut bool) {
		got := inputText(b, cut)
		// UTF-8 without zero bytes or a byte order mark is taken as it is.
		if utf8.Valid(b) && !bytes.ContainsRune(b, 0) && !bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}) && got != string(b) {
			t.Errorf("inputText(%q) = %q, want it unchanged", b, got)
		}
		decoder.Parse(got) // must not panic
	})
}
