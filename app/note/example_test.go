package note_test

import (
	"fmt"
	"strings"

	"proxycert/app/note"
	"proxycert/decoder"
	"proxycert/messages"
)

// A customer comment for a pasted dialog, in plain text: what happened,
// what the user can do, what the helpdesk does; no codes, no constants.
func ExampleCompose_customer() {
	pasted := "There is a problem with the proxy server's security certificate, mail.contoso.com. " +
		"The security certificate is not from a trusted certifying authority. " +
		"Outlook is unable to connect to this server.(0x00000008)"
	r := decoder.Parse(pasted)
	fmt.Print(note.Compose(r, pasted, messages.For("en"), note.Options{Kind: note.Customer}))
	// Output:
	// Outlook could not connect to mail.contoso.com, the server it uses to reach your mailbox, because that server's security certificate did not pass the checks your computer makes.
	//
	// What the message tells us:
	//
	// - The certificate comes from an issuer your computer does not trust.
	//
	// What you can do now:
	//
	// 1. If you can, tell us whether the message also appears on another network, for example at home or in the office.
	// 2. Please do not install certificates or change security settings yourself, even if a message offers it; we will tell you if anything is needed on your computer.
	//
	// What we are doing: We are making sure your computer trusts the organisation that issued the certificate, or having the server use a certificate that computers already trust.
	//
	// We will update this ticket as soon as we know more. If the message changes, or appears on another computer, please reply with the new message.
}

// The work note in Jira wiki markup starts with a summary and the reading;
// the steps, the link back and the version follow.
func ExampleCompose_work() {
	r := decoder.Parse("0x18")
	out := note.Compose(r, "0x18", messages.For("en"), note.Options{
		Kind: note.Work, Format: note.Jira, Base: "https://tools.contoso.com/proxycert/", Version: "v1.2.0",
	})
	fmt.Println(out[:strings.Index(out, "h3. Message")])
	// Output:
	// h2. Outlook proxy certificate error: work note
	//
	// 0x00000018: Issuer not trusted; Name does not match.
	//
	// h3. Reading
	//
	// * *Dialog:* Code only, no dialog text
	// * *Proxy server:* not named in the input
	// * *Code:* 0x00000018 \(written "0x18"\)
}

// The names of kinds and formats, for a selector on the page.
func ExampleKind_Label() {
	ja := messages.For("ja")
	for _, k := range note.Kinds() {
		fmt.Println(k, k.Label(ja))
	}
	for _, f := range note.Formats() {
		fmt.Println(f, f.Label(ja))
	}
	// Output:
	// work 作業メモ (社内向け)
	// customer お客様向けコメント
	// text プレーン テキスト
	// markdown Markdown
	// jira Jira ウィキ記法
}
