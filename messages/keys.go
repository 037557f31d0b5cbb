package messages

import "strconv"

// Key names a text of Catalog.UI: the strings of the page, the ticket notes
// and the command line. The constants (UIReading, UIPageTitle, …) are
// generated from the English catalog's UI map into zz_generated.go, each
// with its English text as its comment: to add a text, write its key and
// English text into en.go, run go generate, and give every other catalog
// the same key. A key is named UI and its area (Page, Note, JSONL; none for
// the texts the page and the command line share) and what it says. The
// zero Key is no key, so that a key left out of a struct or a map shows
// nothing rather than another key's text.
type Key int

//go:generate go run gen.go

// String returns the key's constant name, such as "UIPageTitle".
func (k Key) String() string {
	if k <= 0 || int(k) >= len(keyNames) {
		return "Key(" + strconv.Itoa(int(k)) + ")"
	}
	return keyNames[k]
}

// The ids of a catalog's other maps are strings: the decoder's results
// carry them and the command line's JSON prints some of them ("warnings",
// "otherFamily", and the certificate check's ids in keys_cert.go), so they
// are part of that format and stay the same when a text changes.

// Other code families: inputs that are error codes, but not the flag bits
// this dialog shows. The decoder names them and does not decode them as flags.
const (
	FamilyHRESULT     = "hresult"       // CERT_E_*, CRYPT_E_*, TRUST_E_*, SEC_E_* (0x800Bxxxx, 0x8009xxxx)
	FamilyWinHTTP     = "winhttp-error" // WinINet/WinHTTP error numbers 12xxx, also as HRESULT 0x80072Fxx (e.g. ActiveSync's 0x80072F0D)
	FamilyCertTrust   = "cert-trust"    // CERT_TRUST_* / .NET X509ChainStatusFlags names
	FamilyIgnoreFlags = "ignore-flags"  // SECURITY_FLAG_IGNORE_* names
	FamilyBrowser     = "browser-error" // a browser's certificate error: NET::ERR_CERT_*, SEC_ERROR_*, DLG_FLAGS_*
)

// Look-alike dialogs that are not this error.
const (
	NearMissSecurityAlert = "security-alert"        // "The name on the security certificate is invalid…" without a code
	NearMissCannotVerify  = "cannot-verify"         // IMAP/POP/SMTP: "…security certificate that cannot be verified"
	NearMissEncrypted     = "encrypted-unavailable" // "An encrypted connection to your mail server is not available"
)

// Warnings the decoder attaches to a reading. Placeholders in the texts:
// {code} the code in hex, {variant} the KB message number, {bits} unknown
// bits in hex, {decimal} the decimal reading in hex, {digits} the digits as typed,
// {written} the code as written, {count} a number, {limit} a size, {server}
// the server name as read.
const (
	WarnVariant3Code   = "variant3-code"    // message 3 (untrusted CA) with a code other than 0x8
	WarnNameNoCN       = "name-without-cn"  // the name-mismatch sentence, but 0x10 is not set (and the code is not 0)
	WarnUnknownBits    = "unknown-bits"     // bits outside 0x8000007F
	WarnAmbiguous      = "ambiguous-digits" // bare digits read as hex; the decimal reading differs
	WarnNoCode         = "no-code"          // the dialog was recognised but holds no code
	WarnNoServer       = "no-server"        // the dialog was recognised but names no server
	WarnSeveralCodes   = "several-codes"    // the text holds more than one code; the first one is used
	WarnOtherLanguage  = "other-language"   // the wording is in a language proxycert has no texts for
	WarnDecimalOverHex = "decimal-not-hex"  // the digits are too long for hex, read as decimal
	WarnTooLong        = "too-long"         // input longer than the limit; only the start was read
	WarnCodeCut        = "code-cut"         // the code looks cut short by the copy: "(0x0000001" at the end
	WarnLookalike      = "lookalike-digits" // characters read as those they look like: "(Error Code lO)", "0×00000010"
	WarnPartUnread     = "part-unread"      // flag names read beside a piece that could not be: "FLAG_INVALID_CERT 0x0000000Z"
	WarnLookalikeHost  = "lookalike-server" // an address's letters read as the digits they look like: "1O.2O.3O.4O"
)

// Errors: why an input could not be read at all. Placeholders: {text} the
// offending piece as typed, {pos} its 1-based character position, {limit}.
const (
	ErrEmpty       = "empty"        // nothing but spaces
	ErrTooBig      = "too-big"      // a number over 32 bits
	ErrUnknownName = "unknown-name" // a word in a flag list that is no flag
	ErrBadNumber   = "bad-number"   // "0x" without digits, "0x1G", a lone "-"
	ErrNothing     = "nothing"      // text with neither this dialog nor a code
)
