package decoder

// Kind is what an input turned out to be: the one thing the page, the
// notes and the command line switch on to choose what to show.
type Kind int

const (
	// KindNothing is the zero Result, which the page keeps for a blank
	// text box. (Parse reports a text with nothing in it as
	// KindUnreadable, with ErrNothing or ErrEmpty saying why.)
	KindNothing Kind = iota
	// KindCode is this dialog, or a code of its flag family alone: Code,
	// Flags and UnknownBits are valid.
	KindCode
	// KindDialogNoCode is this dialog without a readable code: Server and
	// Variant may be set.
	KindDialogNoCode
	// KindOtherFamily is another family's code (OtherFamily, FamilyName).
	KindOtherFamily
	// KindNearMiss is a look-alike dialog that is not this error.
	KindNearMiss
	// KindUnreadable is input that could not be read at all (Err).
	KindUnreadable
)

// Kind returns what r is; see the Kind constants.
func (r Result) Kind() Kind {
	switch {
	case r.Recognized && r.HasCode:
		return KindCode
	case r.Recognized:
		return KindDialogNoCode
	case r.NearMiss != "":
		return KindNearMiss
	case r.OtherFamily != "":
		return KindOtherFamily
	case r.Err != nil:
		return KindUnreadable
	}
	return KindNothing
}
