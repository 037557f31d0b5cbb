package page

import (
	"proxycert/messages"
	"testing"
)

// TestNoteText: a note quotes and links with the text box only when the
// text alone reads as what the page shows; a server or KB message that
// came from a link or the checklist would be lost in a link made of the
// text, so the note then goes without it (and links with the code).
func TestNoteText(t *testing.T) {
	dialog := messages.Dialogs["en"][0].Fill(2, "mail.contoso.com", "0x00000018")
	for _, tc := range []struct {
		name string
		in   Entry
		want string
	}{
		{"pasted dialog", Entry{Text: dialog}, dialog},
		{"bare code", Entry{Text: "0x18"}, "0x18"},
		{"look-alike dialog", Entry{Text: "The name on the security certificate is invalid or does not match the name of the site"},
			"The name on the security certificate is invalid or does not match the name of the site"},
		{"nonsense", Entry{Text: "hello"}, "hello"},
		{"code with a linked server", Entry{Text: "0x18", Server: "mail.contoso.com"}, ""},
		{"code with a linked message", Entry{Text: "0x18", Variant: 2}, ""},
		{"dialog with another server", Entry{Text: dialog, Server: "owa.contoso.com"}, ""},
		{"dialog with the same server", Entry{Text: dialog, Server: "mail.contoso.com"}, dialog},
	} {
		if got := noteText(tc.in.Text, tc.in.Result()); got != tc.want {
			t.Errorf("%s: noteText = %q, want %q", tc.name, got, tc.want)
		}
	}
}
