package cert

import (
	"strconv"

	"proxycert/messages"
)

// Error says why an input gave no certificate, and where.
type Error struct {
	ID     string // a messages.CertErr* id
	Type   string // the PEM block type as written, e.g. "RSA PRIVATE KEY"; "" when none
	Line   int    // the 1-based line where the problem starts; 0 when not tied to one
	Piece  string // the offending text, shortened; "" when none
	Limit  string // the limit broken, for CertErrTooLarge and CertErrTooManyCert
	Detail string // Go's own reason, in English, for logs; not part of Text
}

// Error returns the message in English with Go's own reason, for logs
// and Go callers.
func (e *Error) Error() string {
	if e.Detail != "" {
		return e.Text(messages.For("en")) + " (" + e.Detail + ")"
	}
	return e.Text(messages.For("en"))
}

// Text returns the message in the catalog's language, for the reader.
func (e *Error) Text(c *messages.Catalog) string {
	return messages.Fill(c.Cert[e.ID],
		"type", e.Type,
		"line", strconv.Itoa(e.Line),
		"piece", e.Piece,
		"limit", e.Limit)
}

// maxPiece is how much of an offending piece an error quotes.
const maxPiece = 40
