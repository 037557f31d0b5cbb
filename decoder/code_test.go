package decoder_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"proxycert/decoder"
	"proxycert/messages"
)

// joiners are the ways people put flag names together.
var joiners = []string{" | ", "|", " + ", "+", ", ", " ", "\n", " and ", " & "}

// TestParseCodeAllCombos reads every combination of the eight flags in
// every form: names (KB and WinHTTP, any case, any joiner), hex, bare
// digits, signed decimal.
func TestParseCodeAllCombos(t *testing.T) {
	for i, v := range combos() {
		var kb, winhttp []string
		for _, f := range decoder.Flags {
			if v&f.Value != 0 {
				kb = append(kb, f.Name)
				winhttp = append(winhttp, f.WinHTTP)
			}
		}
		j := joiners[i%len(joiners)]
		forms := []string{
			decoder.Names(v),
			decoder.Hex(v),
			fmt.Sprintf("0x%x", v),
			fmt.Sprintf("(0x%08X)", v),
		}
		if v&0x80000000 != 0 { // signed, and unsigned decimal too long for hex
			forms = append(forms, fmt.Sprint(int32(v)), fmt.Sprint(v))
		}
		if len(kb) > 0 {
			forms = append(forms,
				strings.Join(kb, j),
				strings.ToLower(strings.Join(kb, j)),
				strings.Join(winhttp, j))
		}
		for _, in := range forms {
			c, err := decoder.ParseCode(in)
			if err != nil || c.Value != v {
				t.Errorf("ParseCode(%q) = %s, %v; want %s", in, decoder.Hex(c.Value), err, decoder.Hex(v))
			}
			r := decoder.Parse(in)
			if !r.Recognized || !r.HasCode || r.Code != v || r.OtherFamily != "" {
				t.Errorf("Parse(%q) = %+v; want code %s", in, r, decoder.Hex(v))
			}
		}
	}
}

// TestParseCodeBareDigits checks the two readings of bare digits: hex
// first, decimal as the alternative when it differs and is plausible.
func TestParseCodeBareDigits(t *testing.T) {
	for _, tc := range []struct {
		in        string
		value     uint32
		alt       uint32 // 0: none
		isDecimal bool
	}{
		{"18", 0x18, 18, false},
		{"10", 0x10, 10, false},
		{"8", 0x8, 0, false},
		{"40", 0x40, 40, false},
		{"64", 0x64, 0x40, false},
		{"80000000", 0x80000000, 0, false},
		{"2147483656", 0x80000008, 0, true},
		{"-2147483640", 0x80000008, 0, true},
		{"0018", 0x18, 18, false},
	} {
		c, err := decoder.ParseCode(tc.in)
		if err != nil || c.Value != tc.value || c.Decimal != tc.isDecimal {
			t.Errorf("ParseCode(%q) = %+v, %v; want %s decimal=%v", tc.in, c, err, decoder.Hex(tc.value), tc.isDecimal)
			continue
		}
		switch {
		case tc.alt == 0 && c.Alternative != nil:
			t.Errorf("ParseCode(%q): unexpected alternative %+v", tc.in, c.Alternative)
		case tc.alt != 0 && (c.Alternative == nil || c.Alternative.Code != tc.alt || c.Alternative.Reading != "decimal"):
			t.Errorf("ParseCode(%q): alternative %+v, want decimal %s", tc.in, c.Alternative, decoder.Hex(tc.alt))
		}
	}
}

// TestParseCodeErrors checks that every failure is an *Error with the
// specific id, the piece as typed and its character position.
func TestParseCodeErrors(t *testing.T) {
	for _, tc := range []struct {
		in, id, piece string
		pos           int
	}{
		{"", messages.ErrEmpty, "", 0},
		{" \u3000 ", messages.ErrEmpty, "", 0},
		{"0x1FFFFFFFF", messages.ErrTooBig, "0x1FFFFFFFF", 1},
		{"99999999999", messages.ErrTooBig, "99999999999", 1},
		{"0x", messages.ErrBadNumber, "0x", 1},
		{"0xZZ", messages.ErrBadNumber, "0xZZ", 1},
		{"-", messages.ErrBadNumber, "-", 1},
		{"--5", messages.ErrBadNumber, "--5", 1},
		{"FLAG_BOGUS", messages.ErrUnknownName, "FLAG_BOGUS", 1},
		{"FLAG_INVALID_CA | FLAG_INVALID_CAA", messages.ErrUnknownName, "FLAG_INVALID_CAA", 19},
		{"0x8 | hello", messages.ErrUnknownName, "hello", 7},
		{"CERT_E_UNTRUSTEDROOT", messages.ErrUnknownName, "CERT_E_UNTRUSTEDROOT", 1},
		{"０ｘ８ ｜ ＦＬＡＧ＿Ｘ", messages.ErrUnknownName, "ＦＬＡＧ＿Ｘ", 7},
		{"Error Code", messages.ErrNothing, "Error Code", 0},
	} {
		_, err := decoder.ParseCode(tc.in)
		var e *decoder.Error
		if !errors.As(err, &e) {
			t.Errorf("ParseCode(%q): error %v is not an *Error", tc.in, err)
			continue
		}
		if e.ID != tc.id || e.Input != tc.piece || e.Pos != tc.pos {
			t.Errorf("ParseCode(%q) = %+v; want id %s piece %q pos %d", tc.in, e, tc.id, tc.piece, tc.pos)
		}
		if tc.id == messages.ErrTooBig && e.Limit == "" {
			t.Errorf("ParseCode(%q): ErrTooBig without the limit", tc.in)
		}
	}
}

func TestNames(t *testing.T) {
	for _, tc := range []struct {
		code uint32
		want string
	}{
		{0, "0x00000000"},
		{0x18, "FLAG_INVALID_CA | FLAG_CERT_CN_INVALID"},
		{0x80000001, "FLAG_CERT_REV_FAILED | FLAG_SECURITY_CHANNEL_ERROR"},
		{0x118, "FLAG_INVALID_CA | FLAG_CERT_CN_INVALID | 0x00000100"},
		{0x100, "0x00000100"},
	} {
		if got := decoder.Names(tc.code); got != tc.want {
			t.Errorf("Names(%s) = %q; want %q", decoder.Hex(tc.code), got, tc.want)
		}
	}
}

// TestLinkRoundTrip checks that the link made for a reading reads back to
// the same code and server.
func TestLinkRoundTrip(t *testing.T) {
	in := "There is a problem with the proxy server's security certificate, owa.fabrikam.co.jp. Outlook is unable to connect to this server. (0x00000018)"
	r := decoder.Parse(in)
	l, err := decoder.ParseLink(shared(r, in, "ja"))
	if err != nil {
		t.Fatal(err)
	}
	back := l.Result()
	if back.Code != r.Code || back.Server != r.Server || l.Lang != "ja" {
		t.Errorf("link %+v reads back as %s %q; want %s %q", l, decoder.Hex(back.Code), back.Server, decoder.Hex(r.Code), r.Server)
	}
}
