package decoder

import (
	"math/bits"
	"strings"
	"sync"

	"proxycert/messages"
)

// Flag is one WinHTTP secure-failure bit as KB 923575 lists it.
type Flag struct {
	Value   uint32 `json:"value"`
	Name    string `json:"name"`    // the KB's name, e.g. FLAG_INVALID_CA
	WinHTTP string `json:"winhttp"` // the winhttp.h constant
}

// ValidMask holds every defined bit; any other bit is a typo or another family.
const ValidMask uint32 = 0x8000007F

// Flags lists the eight defined flags in ascending order of value.
var Flags = []Flag{
	{0x00000001, "FLAG_CERT_REV_FAILED", "WINHTTP_CALLBACK_STATUS_FLAG_CERT_REV_FAILED"},
	{0x00000002, "FLAG_INVALID_CERT", "WINHTTP_CALLBACK_STATUS_FLAG_INVALID_CERT"},
	{0x00000004, "FLAG_CERT_REVOKED", "WINHTTP_CALLBACK_STATUS_FLAG_CERT_REVOKED"},
	{0x00000008, "FLAG_INVALID_CA", "WINHTTP_CALLBACK_STATUS_FLAG_INVALID_CA"},
	{0x00000010, "FLAG_CERT_CN_INVALID", "WINHTTP_CALLBACK_STATUS_FLAG_CERT_CN_INVALID"},
	{0x00000020, "FLAG_CERT_DATE_INVALID", "WINHTTP_CALLBACK_STATUS_FLAG_CERT_DATE_INVALID"},
	{0x00000040, "FLAG_CERT_WRONG_USAGE", "WINHTTP_CALLBACK_STATUS_FLAG_CERT_WRONG_USAGE"},
	{0x80000000, "FLAG_SECURITY_CHANNEL_ERROR", "WINHTTP_CALLBACK_STATUS_FLAG_SECURITY_CHANNEL_ERROR"},
}

// severity orders the flags most decisive first: a failed handshake or a
// broken certificate makes the other checks moot, a failed revocation
// check is the mildest.
var severity = []uint32{0x80000000, 0x2, 0x4, 0x8, 0x10, 0x20, 0x40, 0x1}

// Split returns the defined flags set in code, in ascending order, and the
// bits that are set but not defined.
func Split(code uint32) (set []Flag, unknown uint32) {
	set = make([]Flag, 0, bits.OnesCount32(code&ValidMask))
	for _, f := range Flags {
		if code&f.Value != 0 {
			set = append(set, f)
		}
	}
	return set, code &^ ValidMask
}

// BySeverity returns the defined flags set in code, most decisive first:
// channel error, invalid, revoked, untrusted CA, name, date, usage,
// revocation check.
func BySeverity(code uint32) []Flag {
	var out []Flag
	for _, v := range severity {
		if code&v != 0 {
			out = append(out, flagOf(v))
		}
	}
	return out
}

func flagOf(v uint32) Flag {
	for _, f := range Flags {
		if f.Value == v {
			return f
		}
	}
	return Flag{}
}

// Hex formats a code the way KB 923575 prints it: 0x and eight digits.
func Hex(code uint32) string {
	const digits = "0123456789ABCDEF"
	b := []byte("0x00000000")
	for i := 9; i >= 2; i-- {
		b[i] = digits[code&0xF]
		code >>= 4
	}
	return string(b)
}

// flagByName finds a flag by the KB name, the WinHTTP constant or the part
// after FLAG_, case-insensitively.
func flagByName(w string) (uint32, bool) {
	if strings.IndexByte(w, '_') < 0 {
		return 0, false
	}
	for _, f := range Flags {
		if equalFold(w, f.Name) || equalFold(w, f.WinHTTP) || equalFold(w, f.Name[len("FLAG_"):]) {
			return f.Value, true
		}
	}
	return 0, false
}

// equalFold is strings.EqualFold for ASCII names, with a cheap length check first.
func equalFold(a, b string) bool { return len(a) == len(b) && strings.EqualFold(a, b) }

// labelWords are the words of the "Error Code" labels of every language,
// compacted, plus the conjunctions people put between flag names.
var labelWords = sync.OnceValue(func() map[string]bool {
	words := map[string]bool{"and": true, "or": true, "error": true, "code": true}
	addLabels := func(a messages.Anchors) {
		for _, l := range a.CodeLabel {
			words[compactKey(l)] = true
			eachToken(l, func(t token) bool {
				words[compactKey(t.text)] = true
				return true
			})
		}
	}
	for _, a := range messages.DialogAnchors {
		addLabels(a)
	}
	return words
})

func isLabelWord(w string) bool {
	if len(w) > 32 {
		return false
	}
	var buf [128]byte
	return labelWords()[string(appendKey(buf[:0], w))]
}
