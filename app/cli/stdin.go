package cli

import (
	"bytes"
	"errors"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// inputText turns the bytes of standard input into text. Files saved on
// Windows are often not UTF-8: Notepad's "Unicode" and Windows PowerShell's
// Out-File write UTF-16 with a byte order mark, and Outlook's File > Save As
// text writes the ANSI code page, Shift_JIS (932) on a Japanese Windows and
// Windows-1252 on a Western one. Read as UTF-8, such bytes give a wrong
// server name and no code, silently. cut says that the input was cut at
// the read limit, possibly inside a character.
func inputText(b []byte, cut bool) string {
	if s, ok := byBOM(b); ok {
		return s
	}
	if enc := utf16NoBOM(b); enc != nil {
		s, _ := enc.NewDecoder().Bytes(b)
		return string(s)
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

// byBOM decodes b by its byte order mark, UTF-8 or UTF-16 in either
// order, with x/text's BOMOverride; ok is false when b starts with none.
// UTF-8 after its mark is taken as it is, like UTF-8 without one.
func byBOM(b []byte) (s string, ok bool) {
	out, _, err := transform.Bytes(unicode.BOMOverride(noBOM{}), b)
	return string(out), err == nil
}

// errNoBOM is how noBOM tells byBOM that BOMOverride found no mark.
var errNoBOM = errors.New("no byte order mark")

// noBOM is BOMOverride's fallback, what it runs when b has no byte order
// mark: it fails, so that inputText goes on to guess the encoding.
type noBOM struct{ transform.NopResetter }

func (noBOM) Transform(dst, src []byte, atEOF bool) (int, int, error) {
	return 0, 0, errNoBOM
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

// utf16NoBOM recognises UTF-16 without a byte order mark by its zero
// bytes, and returns it in the order found, or nil: in text that is mostly
// ASCII, every other byte is zero.
func utf16NoBOM(b []byte) encoding.Encoding {
	n := min(len(b), 1024) &^ 1
	if n < 8 {
		return nil
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
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	case even*10 >= half*4 && odd*10 < half:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	}
	return nil
}
