package cli

import (
	"bytes"
	"encoding/binary"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
)

// inputText turns the bytes of standard input into text. Files saved on
// Windows are often not UTF-8: Notepad's "Unicode" and Windows PowerShell's
// Out-File write UTF-16 with a byte order mark, and Outlook's File > Save As
// text writes the ANSI code page, Shift_JIS (932) on a Japanese Windows and
// Windows-1252 on a Western one. Read as UTF-8, such bytes give a wrong
// server name and no code, silently. cut says that the input was cut at
// the read limit, possibly inside a character.
func inputText(b []byte, cut bool) string {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return string(b[3:])
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return utf16Text(b[2:], binary.LittleEndian)
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return utf16Text(b[2:], binary.BigEndian)
	}
	if order, ok := utf16Order(b); ok {
		return utf16Text(b, order)
	}
	if validUTF8(b, cut) {
		return string(b)
	}
	if s, ok := shiftJIS(b, cut); ok {
		return s
	}
	// Every byte is a character in Windows-1252 (or left as it is).
	s, _ := charmap.Windows1252.NewDecoder().Bytes(b)
	return string(s)
}

// validUTF8 reports UTF-8, allowing a character cut short at the end of
// input that was cut.
func validUTF8(b []byte, cut bool) bool {
	for k := 0; k <= 3 && k <= len(b); k++ {
		if utf8.Valid(b[:len(b)-k]) {
			return true
		}
		if !cut {
			return false
		}
	}
	return false
}

// shiftJIS decodes b as Shift_JIS when it decodes without a fault and holds
// kana: Windows-1252 text often decodes as Shift_JIS too, as kanji, but
// Japanese text without a single kana is rare.
func shiftJIS(b []byte, cut bool) (string, bool) {
	for k := 0; k <= 1 && k <= len(b); k++ {
		s, err := japanese.ShiftJIS.NewDecoder().Bytes(b[:len(b)-k])
		if err == nil && !bytes.ContainsRune(s, utf8.RuneError) && hasKana(s) {
			return string(s), true
		}
		if !cut {
			break
		}
	}
	return "", false
}

func hasKana(s []byte) bool {
	return bytes.ContainsFunc(s, func(r rune) bool { return r >= 0x3041 && r <= 0x30FF })
}

// utf16Order recognises UTF-16 without a byte order mark by its zero
// bytes: in text that is mostly ASCII, every other byte is zero.
func utf16Order(b []byte) (binary.ByteOrder, bool) {
	n := min(len(b), 1024) &^ 1
	if n < 8 {
		return nil, false
	}
	var even, odd int
	for i := 0; i < n; i += 2 {
		if b[i] == 0 {
			even++
		}
		if b[i+1] == 0 {
			odd++
		}
	}
	switch half := n / 2; {
	case odd*10 >= half*4 && even*10 < half:
		return binary.LittleEndian, true
	case even*10 >= half*4 && odd*10 < half:
		return binary.BigEndian, true
	}
	return nil, false
}

func utf16Text(b []byte, order binary.ByteOrder) string {
	units := make([]uint16, len(b)/2)
	for i := range units {
		units[i] = order.Uint16(b[2*i:])
	}
	return string(utf16.Decode(units))
}
