// Package decoder reads what people paste about Outlook's "There is a
// problem with the proxy server's security certificate" dialog (KB 923575):
// the whole dialog in English or Japanese, framed by Ctrl+C or mangled by a
// ticket system, just the code in any of its forms, or a link to the page.
// It finds the proxy server name and the code, splits the code into
// WinHTTP's certificate flags, checks the code against the dialog's reason
// sentence, and tells other code families and look-alike dialogs apart. It
// also reads the page's links (ParseLink), as they come back from mail and
// ticket systems.
//
// The rules here are pure Go with no browser or host dependency, so the same
// decoder runs in the page (WebAssembly) and in the command line. All
// human-language text comes from package messages.
package decoder

import (
	"strconv"

	"proxycert/messages"
)

// MaxInput is the longest input read, in bytes; the rest is ignored with a
// WarnTooLong warning.
const MaxInput = 64 << 10

// Result is everything read from one input.
type Result struct {
	// Recognized reports that the input is this dialog or a code of its
	// flag family. It is false for empty input, other families, look-alike
	// dialogs and text with nothing to read.
	Recognized bool

	Language string // the dialog's language: "en", "ja", or "" when unknown or a bare code
	Variant  int    // KB 923575 message 1-4 matched by the reason sentence; 0 when none
	Server   string // the proxy server name as written in the dialog; "" when none

	HasCode     bool
	Code        uint32       // valid when HasCode
	CodeText    string       // the code as written in the input, e.g. "(Error Code 10)"
	Flags       []Flag       // defined flags set in Code, ascending
	UnknownBits uint32       // bits of Code outside ValidMask
	Alternative *Alternative // the decimal reading of bare digits, when it differs

	// OtherFamily is a messages.Family* id when the code is another
	// family's; such a code is not decoded as flags: HasCode is false and
	// CodeText holds it as written.
	OtherFamily string
	FamilyName  string // the other family's constant when known, e.g. "CERT_E_UNTRUSTEDROOT"
	FamilyFlag  uint32 // the flag reporting the same problem as FamilyName, e.g. 0x8; 0 when none
	NearMiss    string // a messages.NearMiss* id when the input is a look-alike dialog

	Warnings []Warning
	Err      *Error // why nothing could be read; nil when something was
}

// Alternative is a second reading of the same digits.
type Alternative struct {
	Reading     string // "decimal"
	Code        uint32
	Flags       []Flag
	UnknownBits uint32
}

// Warning is a remark about a reading; its text comes from the catalog.
type Warning struct {
	ID   string   // a messages.Warn* id
	Args []string // placeholder name and value pairs for messages.Fill
}

// Text returns the warning in the catalog's language.
func (w Warning) Text(c *messages.Catalog) string {
	return messages.Fill(c.Warnings[w.ID], w.Args...)
}

// Error says what could not be read and where.
type Error struct {
	ID    string // a messages.Err* id
	Input string // the offending piece as typed
	Pos   int    // its 1-based character position in the input; 0 when not tied to one
	Limit string // for ErrTooBig, the limit it broke
}

// Error returns the message in English, for logs and Go callers.
func (e *Error) Error() string { return e.Text(messages.For("en")) }

// Text returns the message in the catalog's language.
func (e *Error) Text(c *messages.Catalog) string {
	return messages.Fill(c.Errors[e.ID], "text", e.Input, "pos", strconv.Itoa(e.Pos), "limit", e.Limit)
}
