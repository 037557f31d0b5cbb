package decoder_test

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"proxycert/decoder"
	"proxycert/messages"
)

func warningIDsOf(r decoder.Result) []string {
	var ids []string
	for _, w := range r.Warnings {
		ids = append(ids, w.ID)
	}
	return ids
}

// TestParseTooLong: only the first MaxInput bytes are read, cut on a
// character boundary, and the reading says so.
func TestParseTooLong(t *testing.T) {
	dialog := "プロキシ サーバーのセキュリティ証明書 EXCH01 に問題があります。 Outlook はこのサーバーに接続できません。 (0x00000020)\n"
	pad := strings.Repeat("あ", decoder.MaxInput) // 3 bytes each: MaxInput falls inside one
	r := decoder.Parse(dialog + pad)
	if !r.Recognized || r.Code != 0x20 || r.Server != "EXCH01" {
		t.Errorf("dialog before the cut not read: %+v", r)
	}
	if !slices.Contains(warningIDsOf(r), messages.WarnTooLong) {
		t.Errorf("no %s warning: %v", messages.WarnTooLong, warningIDsOf(r))
	}

	r = decoder.Parse(pad + dialog)
	if r.Recognized || r.Err == nil || r.Err.ID != messages.ErrNothing || !slices.Contains(warningIDsOf(r), messages.WarnTooLong) {
		t.Errorf("dialog after the cut should not be read: %+v", r)
	}

	r = decoder.Parse(strings.Repeat("x", decoder.MaxInput-len(dialog)-1) + "\n" + dialog)
	if slices.Contains(warningIDsOf(r), messages.WarnTooLong) {
		t.Errorf("input of exactly MaxInput bytes warned as too long")
	}
}

// TestParseCodeTextIsValid: what the reading quotes from the input is
// whole characters, even when the input is cut or holds broken bytes.
func TestParseCodeTextIsValid(t *testing.T) {
	for _, in := range []string{
		strings.Repeat("é", decoder.MaxInput/2+1) + "0x18",
		"\xff(0x18)\xfe",
		"There is a problem with the proxy server's security certificate, ma\xffil.contoso.com. (0x18)",
	} {
		r := decoder.Parse(in)
		if !utf8.ValidString(r.CodeText) || !utf8.ValidString(r.Server) {
			t.Errorf("Parse(%.40q…): invalid UTF-8 in %q / %q", in, r.CodeText, r.Server)
		}
	}
}

// TestParseDialogLateInThread finds the dialog at the end of a long
// thread, as the benchmarks feed it.
func TestParseDialogLateInThread(t *testing.T) {
	for _, size := range []int{1 << 10, 16 << 10, decoder.MaxInput} {
		r := decoder.Parse(ticketThread(size))
		if !r.Recognized || r.Variant != 2 || r.Server != "mail.contoso.com" || r.Code != 0x18 {
			t.Errorf("%d bytes: %+v", size, r)
		}
	}
}

// TestParseExplain checks the reading feeds Explain the way the page needs:
// the zero code gets its explanation, another family its own and no flags.
func TestParseExplain(t *testing.T) {
	c := messages.For("en")
	zero := decoder.Explain(decoder.Parse("There is a problem with the proxy server's security certificate. The name on the security certificate is invalid or does not match the name of the target site mail.contoso.com. Outlook is unable to connect to the proxy server (Error Code 0)"), c)
	if zero.ZeroCode == nil || len(zero.Flags) != 0 || zero.Resolution != 3 {
		t.Errorf("zero code: %+v", zero)
	}
	fam := decoder.Explain(decoder.Parse("12045"), c)
	if fam.Family == nil || len(fam.Flags) != 0 || fam.Resolution != 0 {
		t.Errorf("other family: %+v", fam)
	}
	near := decoder.Explain(decoder.Parse("An encrypted connection to your mail server is not available."), c)
	if near.NearMiss == nil || len(near.Flags) != 0 {
		t.Errorf("near miss: %+v", near)
	}
}

// TestParseNoOutputWithoutCause: inputs with nothing to read get the
// specific reason.
func TestParseNoOutputWithoutCause(t *testing.T) {
	for in, id := range map[string]string{
		"":                         messages.ErrEmpty,
		"\u3000\n\t":               messages.ErrEmpty,
		"thanks, it works now":     messages.ErrNothing,
		"0xZZ please help":         messages.ErrBadNumber,
		"FLAG_INVALID_CAA":         messages.ErrUnknownName,
		"see ticket 4711 (urgent)": messages.ErrNothing,
	} {
		r := decoder.Parse(in)
		if r.Err == nil || r.Err.ID != id {
			t.Errorf("Parse(%q).Err = %+v; want %s", in, r.Err, id)
		}
	}
}
