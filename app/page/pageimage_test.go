package page

import (
	"testing"

	"proxycert/decoder"
	"proxycert/messages"
)

// chooseReading picks what goes into the box from a picture's readings,
// here as tesseract.js gave them for mock-ups of the dialog.
func TestChooseReading(t *testing.T) {
	en := "Microsoft Outlook x\nThere is a problem with the proxy server's security certificate,\nexch0l.fabrikam.local. The security certificate is not from a trusted\ncertifying authority. Outlook is unable to connect to this server.\n(0x00000008)\"\n"
	enByJa := "Microsoft Outlook X\nThere is a problem with the proxy server's security certificate,\nexch01.fabrikam.local.The security certificate is not from atrusted\ncertifying authority. Outlook is unable to connect to this server.\n(0x00000008)\"\n"
	jaByEn := "Microsoft Outlook x\nO 70% $—/\\—OtF21') 7 5HHE mail.contoso.co.jp ICRE\n(0x00000018)\n"
	ja := "( 還 】 プロ キシ サー バー の セキ ュ リ ティ 証明 書 mail.contoso.co.jp に 問題\nが あり ます 。 Outlook は この サー バー に 接続 で きま せん 。\n(0x00000018)\n"
	desktop := "Inbox - helpdesk@contoso.com - Outlook\nFavorites Weekly report - Contoso Ltd\n] 10:42\n"
	for _, c := range []struct {
		name     string
		readings []ocrReading
		server   string
		code     uint32
		none     bool
	}{
		{"an English dialog, its unsure server settled by the second reading",
			[]ocrReading{{"eng", en}, {"jpn", enByJa}}, "exch01.fabrikam.local", 0x8, false},
		{"an English dialog read once: its server as read",
			[]ocrReading{{"eng", en}}, "exch0l.fabrikam.local", 0x8, false},
		{"a Japanese dialog: the second reading, the first holding only the code",
			[]ocrReading{{"eng", jaByEn}, {"jpn", ja}}, "mail.contoso.co.jp", 0x18, false},
		{"no dialog, but a code: the code",
			[]ocrReading{{"eng", "see (0x00000018)"}, {"jpn", "(0x00000018)"}}, "", 0x18, false},
		{"no dialog and no code", []ocrReading{{"eng", desktop}, {"jpn", desktop}}, "", 0, true},
	} {
		text := chooseReading(c.readings)
		r := decoder.Parse(text)
		if c.none != (text == "") || !c.none && (r.Server != c.server || r.Code != c.code) {
			t.Errorf("%s: chose %q (server %q, code %#x)", c.name, text, r.Server, r.Code)
		}
	}
}

// TestImageLangsFollowDialogs: a picture is read in every language the
// dialog is published in (messages.Dialogs), English first.
func TestImageLangsFollowDialogs(t *testing.T) {
	if len(imageLangs) != 2 || imageLangs[0] != "eng" || imageLangs[1] != "jpn" {
		t.Fatalf("imageLangs %q: the reader ships English and Japanese data (app/site/ocr.go)", imageLangs)
	}
	for lang := range messages.Dialogs {
		if lang != "en" && lang != "ja" {
			t.Errorf("dialogs in %q: the screenshot reader has no data for it", lang)
		}
	}
}
