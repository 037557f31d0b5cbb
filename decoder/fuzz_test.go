package decoder_test

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"proxycert/decoder"
	"proxycert/messages"
)

var (
	errorIDs = []string{messages.ErrEmpty, messages.ErrTooBig, messages.ErrUnknownName,
		messages.ErrBadNumber, messages.ErrNothing}
	warningIDs = []string{messages.WarnVariant3Code, messages.WarnNameNoCN, messages.WarnUnknownBits,
		messages.WarnAmbiguous, messages.WarnNoCode, messages.WarnNoServer, messages.WarnSeveralCodes,
		messages.WarnOtherLanguage, messages.WarnDecimalOverHex, messages.WarnTooLong,
		messages.WarnCodeCut, messages.WarnLookalike, messages.WarnPartUnread, messages.WarnLookalikeHost}
	familyIDs   = []string{"", messages.FamilyHRESULT, messages.FamilyWinHTTP, messages.FamilyCertTrust, messages.FamilyIgnoreFlags, messages.FamilyBrowser}
	nearMissIDs = []string{"", messages.NearMissSecurityAlert, messages.NearMissCannotVerify, messages.NearMissEncrypted}
)

// FuzzParseCode: ParseCode never panics, fails only with a known *Error
// pointing inside the input, and whatever it reads survives a trip
// through Names and Hex.
func FuzzParseCode(f *testing.F) {
	for _, s := range []string{"0x18", "(Error Code 10)", "（エラー コード １０）", "-2147483640", "2147483656",
		"FLAG_INVALID_CA | FLAG_CERT_CN_INVALID", "0x8|0x10", "FLAG_BOGUS", "0x", "-", "0xZZ", "99999999999",
		"WINHTTP_CALLBACK_STATUS_FLAG_CERT_DATE_INVALID", "8000000A", "0x18.", "", "エラーコード"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := decoder.ParseCode(s)
		if err != nil {
			var e *decoder.Error
			if !errors.As(err, &e) || !slices.Contains(errorIDs, e.ID) {
				t.Fatalf("ParseCode(%q): unexpected error %#v", s, err)
			}
			if e.Pos < 0 || e.Pos > utf8.RuneCountInString(s) || !strings.Contains(s, e.Input) {
				t.Fatalf("ParseCode(%q): error %+v points outside the input", s, e)
			}
			return
		}
		for _, back := range []string{decoder.Names(c.Value), decoder.Hex(c.Value)} {
			if b, err := decoder.ParseCode(back); err != nil || b.Value != c.Value {
				t.Fatalf("ParseCode(%q) = %s, but ParseCode(%q) = %s, %v", s, decoder.Hex(c.Value), back, decoder.Hex(b.Value), err)
			}
		}
		if a := c.Alternative; a != nil && (a.Code == c.Value || a.UnknownBits != 0) {
			t.Fatalf("ParseCode(%q): pointless alternative %+v", s, a)
		}
	})
}

// FuzzParse: Parse never panics, its reading is consistent and bounded by
// the input, and a code written by Hex or Names reads back as itself.
func FuzzParse(f *testing.F) {
	for _, fx := range loadFixtures(f) {
		f.Add(fx.input, uint32(0x18))
	}
	f.Add(typicalPaste, uint32(0x80000008))
	f.Fuzz(func(t *testing.T, s string, v uint32) {
		checkResult(t, s, decoder.Parse(s))
		for _, in := range []string{decoder.Hex(v), decoder.Names(v)} {
			r := decoder.Parse(in)
			checkResult(t, in, r)
			ok := r.HasCode && r.Code == v
			if !ok && (v&^decoder.ValidMask == 0 || r.OtherFamily == "") {
				t.Fatalf("Parse(%q) = %+v; want code %s", in, r, decoder.Hex(v))
			}
		}
		if c, err := decoder.ParseCode(decoder.Names(v)); err != nil || c.Value != v {
			t.Fatalf("ParseCode(Names(%s)) = %s, %v", decoder.Hex(v), decoder.Hex(c.Value), err)
		}
	})
}

// checkResult asserts what holds for every reading.
func checkResult(t *testing.T, in string, r decoder.Result) {
	t.Helper()
	fail := func(why string) { t.Fatalf("Parse(%q): %s: %+v", in, why, r) }
	if len(r.Server) > len(in) || len(r.CodeText) > len(in) {
		fail("output longer than the input")
	}
	if r.Server != "" && (strings.ContainsAny(r.Server, " \n()%") || !utf8.ValidString(r.Server)) {
		fail("server is not a name")
	}
	if len(r.Warnings) > len(warningIDs) {
		fail("too many warnings")
	}
	for i, w := range r.Warnings {
		if !slices.Contains(warningIDs, w.ID) || slices.ContainsFunc(r.Warnings[:i], func(x decoder.Warning) bool { return x.ID == w.ID }) {
			fail("unknown or repeated warning " + w.ID)
		}
	}
	if !slices.Contains(familyIDs, r.OtherFamily) || !slices.Contains(nearMissIDs, r.NearMiss) {
		fail("unknown family or near miss")
	}
	if r.Err != nil && (r.Recognized || r.HasCode || !slices.Contains(errorIDs, r.Err.ID)) {
		fail("error with a reading")
	}
	if r.HasCode {
		flags, unknown := decoder.Split(r.Code)
		if !slices.Equal(flags, r.Flags) || unknown != r.UnknownBits || r.OtherFamily != "" {
			fail("flags do not match the code")
		}
	} else if len(r.Flags) > 0 || r.Alternative != nil {
		fail("flags without a code")
	}
	if r.Variant < 0 || r.Variant > 4 || r.Variant > 0 && !r.Recognized || r.NearMiss != "" && r.Recognized {
		fail("inconsistent variant or near miss")
	}
	if r.Recognized && !r.HasCode && r.OtherFamily == "" &&
		!slices.ContainsFunc(r.Warnings, func(w decoder.Warning) bool { return w.ID == messages.WarnNoCode }) {
		fail("recognised without a code and without saying so")
	}
	if !r.Recognized && r.Err == nil && r.OtherFamily == "" && r.NearMiss == "" {
		fail("nothing read and no reason given")
	}
}
