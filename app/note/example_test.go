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

// The short work note, the default: the summary, a line per flag, the
// steps in order by who acts and what to do, the link to the rest.
func ExampleCompose_short() {
	r := decoder.Parse("0x80000000")
	fmt.Print(note.Compose(r, "0x80000000", messages.For("en"), note.Options{
		Base: "https://tools.contoso.com/proxycert/", Version: "v1.2.0",
	}))
	// Output:
	// === Outlook proxy certificate error: work note ===
	//
	// 0x80000000: Secure connection failed.
	//
	// == Flags set ==
	//
	// - 0x80000000 FLAG_SECURITY_CHANNEL_ERROR: Secure connection failed
	//
	// == Steps, in order ==
	//
	// -- 1. First checks --
	//
	// 1. [Helpdesk] Check the account uses Outlook Anywhere; note its proxy URL
	// 2. [Helpdesk] Open the proxy address in a browser and read its certificate
	// 3. [Helpdesk] Print the server's certificate and save it as server.cer
	// 4. [Helpdesk] Compare the WinHTTP proxy with the Windows proxy
	// 5. [User's PC] Check the PC's date, time and time zone
	//
	// -- 2. Fixes for FLAG_SECURITY_CHANNEL_ERROR: Secure connection failed --
	//
	// 1. [Helpdesk] Read the Schannel errors in the event log
	// 2. [Helpdesk] Make WinHTTP offer TLS 1.2 by default
	// 3. [Helpdesk] Do the same for 32-bit programs
	// 4. [Helpdesk] Turn on TLS 1.2 for Schannel clients
	// 5. [Server / certificate owner] Align the server's TLS settings with the clients
	// 6. [Helpdesk] Test from a path without TLS inspection
	//
	// Open this answer in proxycert: https://tools.contoso.com/proxycert/code/0x80000000/
	//
	// The link opens the whole answer: where and how to do each step, the commands, and what each flag means.
	//
	// Written by proxycert v1.2.0.
}

// The full work note in Jira wiki markup starts with a summary and the
// reading; the message as pasted, the flags, the steps, the link back and
// the version follow.
func ExampleCompose_work() {
	r := decoder.Parse("0x18")
	out := note.Compose(r, "0x18", messages.For("en"), note.Options{
		Kind: note.Work, Format: note.Jira, Full: true, Base: "https://tools.contoso.com/proxycert/", Version: "v1.2.0",
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
