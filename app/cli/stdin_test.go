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
	en := strings.ReplaceAll(messages.Dialogs["en"][0].Fill(2, "mail.contoso.com", "0x00000018"), "'", "’") + "\r\n"
	ja := messages.Dialogs["ja"][1].Fill(3, "mail.contoso.co.jp", "0x00000008") + "\r\n"
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
		{"UTF-16 BE without BOM", en, func(s string) []byte { return utf16Bytes(s, binary.BigEndian) }},
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
	u16 := append([]byte{0xFF, 0xFE}, utf16Bytes(text+"😭", binary.LittleEndian)...)
	for _, c := range []struct {
		name string
		b    []byte
		want string
	}{
		{"UTF-8 cut inside its last character", utf[:len(utf)-1], text[:len(text)-len("。")]},
		{"Shift_JIS cut inside its last character", sjis[:len(sjis)-1], text[:len(text)-len("。")]},
		{"UTF-16 cut inside a surrogate pair", u16[:len(u16)-2], text},
	} {
		got := inputText(c.b, true)
		if !strings.HasPrefix(got, c.want) || len(got) > len(c.want)+3 {
			t.Errorf("%s: read as %q, want %q", c.name, got, c.want)
		}
	}
}

// TestInputTextEdges: inputs with little or nothing after the byte order
// mark, and UTF-16 that ends in half a code unit.
func TestInputTextEdges(t *testing.T) {
	for _, c := range []struct {
		name string
		b    []byte
		want string
	}{
		{"empty", nil, ""},
		{"UTF-8 BOM alone", []byte{0xEF, 0xBB, 0xBF}, ""},
		{"UTF-16 LE BOM alone", []byte{0xFF, 0xFE}, ""},
		{"UTF-16 BE BOM alone", []byte{0xFE, 0xFF}, ""},
		{"two bytes, no BOM", []byte("18"), "18"},
		{"UTF-8 after its BOM is taken as it is", []byte("\xEF\xBB\xBF0x18\xFF"), "0x18\xFF"},
		{"UTF-16 LE with BOM and an odd last byte", []byte{0xFF, 0xFE, '1', 0, '8', 0, '0'}, "18\uFFFD"},
		{"UTF-16 BE with BOM, a lone surrogate", []byte{0xFE, 0xFF, 0, '1', 0xD8, 0x3D, 0, '8'}, "1\uFFFD8"},
	} {
		if got := inputText(c.b, false); got != c.want {
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
	f.Add([]byte{0xFE, 0xFF, 0, '1', 0xD8, 0x3D}, true)
	f.Add([]byte{0xEF, 0xBB, 0xBF, 0xFF}, false)
	f.Fuzz(func(t *testing.T, b []byte, cut bool) {
		got := inputText(b, cut)
		// UTF-8 without zero bytes or a byte order mark is taken as it is.
		if utf8.Valid(b) && !bytes.ContainsRune(b, 0) && !bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}) && got != string(b) {
			t.Errorf("inputText(%q) = %q, want it unchanged", b, got)
		}
		decoder.Parse(got) // must not panic
	})
}
