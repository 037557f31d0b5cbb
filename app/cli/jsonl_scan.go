package cli

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// valueKind is the JSON type of a value scanObject read.
type valueKind int

const (
	absent valueKind = iota // the key is not there
	null
	stringValue
	otherScalar // a number, true or false
)

// lineFields are the fields of an input line that --jsonl uses.
type lineFields struct {
	id       []byte    // the id exactly as written, nil when absent
	text     string    // valid when textKind is stringValue
	textKind valueKind // otherScalar when any "text" was no string
}

// scanObject reads a line that is one JSON object of scalar values whose
// keys have no escapes, the shape scripts write, several times faster than
// encoding/json. For anything else (a nested value, an escaped key,
// invalid UTF-8, invalid JSON) ok is false, and the line is read with
// encoding/json, which also says what is wrong. Like encoding/json, it
// matches keys regardless of case, lets the last of two equal keys win,
// and keeps a text of the wrong type an error even when another "text"
// follows; FuzzScanObject holds the two readers to the same answers.
func scanObject(line []byte) (f lineFields, ok bool) {
	if !utf8.Valid(line) {
		return f, false
	}
	s := scanner{b: line}
	if s.ws(); !s.take('{') {
		return f, false
	}
	if s.ws(); s.take('}') {
		return f, s.end()
	}
	for {
		s.ws()
		key, ok := s.str()
		if !ok || strings.IndexByte(string(key), '\\') >= 0 {
			return f, false
		}
		if s.ws(); !s.take(':') {
			return f, false
		}
		s.ws()
		start := s.i
		kind, ok := s.scalar()
		if !ok {
			return f, false
		}
		raw := line[start:s.i]
		switch {
		case strings.EqualFold(string(key), "id"):
			f.id = raw
		case strings.EqualFold(string(key), "text") && f.textKind != otherScalar:
			f.textKind = kind
			if kind == stringValue {
				f.text = unquote(raw[1 : len(raw)-1])
			}
		}
		if s.ws(); s.take('}') {
			return f, s.end()
		}
		if !s.take(',') {
			return f, false
		}
	}
}

type scanner struct {
	b []byte
	i int
}

func (s *scanner) ws() {
	for s.i < len(s.b) && (s.b[s.i] == ' ' || s.b[s.i] == '\t' || s.b[s.i] == '\r' || s.b[s.i] == '\n') {
		s.i++
	}
}

func (s *scanner) take(c byte) bool {
	if s.i < len(s.b) && s.b[s.i] == c {
		s.i++
		return true
	}
	return false
}

// end reports whether only white space is left.
func (s *scanner) end() bool {
	s.ws()
	return s.i == len(s.b)
}

// str reads a string and returns what is between its quotes, escapes
// checked but not yet resolved.
func (s *scanner) str() ([]byte, bool) {
	if !s.take('"') {
		return nil, false
	}
	start := s.i
	for s.i < len(s.b) {
		if plainInString[s.b[s.i]] {
			s.i++
			continue
		}
		switch c := s.b[s.i]; {
		case c == '"':
			s.i++
			return s.b[start : s.i-1], true
		case c < 0x20:
			return nil, false
		case c == '\\':
			if s.i+1 >= len(s.b) {
				return nil, false
			}
			switch s.b[s.i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				s.i += 2
			case 'u':
				if s.i+6 > len(s.b) || !isHex4(s.b[s.i+2:s.i+6]) {
					return nil, false
				}
				s.i += 6
			default:
				return nil, false
			}
		default:
			s.i++
		}
	}
	return nil, false
}

// plainInString marks the bytes a string holds as they are: all but
// control characters, quotes and backslashes. A table is the quickest
// test, and str runs over every byte of every text.
var plainInString = func() (t [256]bool) {
	for c := 0x20; c < 256; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// scalar reads a string, number, true, false or null.
func (s *scanner) scalar() (valueKind, bool) {
	if s.i >= len(s.b) {
		return absent, false
	}
	switch c := s.b[s.i]; {
	case c == '"':
		_, ok := s.str()
		return stringValue, ok
	case c == '-' || '0' <= c && c <= '9':
		return otherScalar, s.number()
	}
	for _, w := range []struct {
		word string
		kind valueKind
	}{{"true", otherScalar}, {"false", otherScalar}, {"null", null}} {
		if strings.HasPrefix(string(s.b[s.i:]), w.word) {
			s.i += len(w.word)
			return w.kind, true
		}
	}
	return absent, false
}

// number reads -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
func (s *scanner) number() bool {
	s.take('-')
	switch {
	case s.take('0'):
	case s.digits() == 0:
		return false
	}
	if s.take('.') && s.digits() == 0 {
		return false
	}
	if s.take('e') || s.take('E') {
		if !s.take('+') {
			s.take('-')
		}
		if s.digits() == 0 {
			return false
		}
	}
	return true
}

func (s *scanner) digits() int {
	n := 0
	for s.i < len(s.b) && '0' <= s.b[s.i] && s.b[s.i] <= '9' {
		s.i++
		n++
	}
	return n
}

func isHex4(b []byte) bool {
	for _, c := range b[:4] {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

// unquote resolves the escapes of a string str has checked. A \u escape
// of half a surrogate pair without its other half becomes U+FFFD, as
// encoding/json makes it.
func unquote(b []byte) string {
	i := strings.IndexByte(string(b), '\\')
	if i < 0 {
		return string(b)
	}
	var out strings.Builder // one allocation: String does not copy
	out.Grow(len(b))
	out.Write(b[:i])
	for i < len(b) {
		if b[i] != '\\' {
			out.WriteByte(b[i])
			i++
			continue
		}
		switch b[i+1] {
		case 'u':
			r := rune(hexValue(b[i+2 : i+6]))
			i += 6
			if utf16.IsSurrogate(r) {
				r2 := utf8.RuneError
				if i+6 <= len(b) && b[i] == '\\' && b[i+1] == 'u' {
					r2 = rune(hexValue(b[i+2 : i+6]))
				}
				if pair := utf16.DecodeRune(r, r2); pair != utf8.RuneError {
					r = pair
					i += 6
				} else {
					r = utf8.RuneError
				}
			}
			out.WriteRune(r)
			continue
		case 'b':
			out.WriteByte('\b')
		case 'f':
			out.WriteByte('\f')
		case 'n':
			out.WriteByte('\n')
		case 'r':
			out.WriteByte('\r')
		case 't':
			out.WriteByte('\t')
		default: // " \ /
			out.WriteByte(b[i+1])
		}
		i += 2
	}
	return out.String()
}

func hexValue(b []byte) uint16 {
	var v uint16
	for _, c := range b[:4] {
		switch {
		case c <= '9':
			c -= '0'
		case c >= 'a':
			c -= 'a' - 10
		default:
			c -= 'A' - 10
		}
		v = v<<4 | uint16(c)
	}
	return v
}
