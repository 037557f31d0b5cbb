package decoder

// Code is a code read on its own by ParseCode.
type Code struct {
	Value       uint32
	Text        string       // the piece of input it was read from
	Alternative *Alternative // the decimal reading of bare digits, when it differs
}

// ParseCode reads s as a code alone: 0x18, (0x00000018), (Error Code 10),
// bare digits (hex, as Outlook prints them), a signed decimal, or flag names
// joined by |, +, commas or spaces.
func ParseCode(s string) (Code, error) {
	panic("decoder.ParseCode: not written yet")
}

// Names formats code as its flag names joined by " | ", the form ParseCode
// reads back; unknown bits are appended in hex.
func Names(code uint32) string {
	panic("decoder.Names: not written yet")
}
