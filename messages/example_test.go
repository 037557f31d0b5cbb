package messages_test

import (
	"fmt"

	"proxycert/messages"
)

// For picks a catalog by the reader's language tag and falls back to
// English for languages proxycert has no texts for.
func ExampleFor() {
	c := messages.For("ja-JP")
	fmt.Println(c.Lang, c.Name)
	fmt.Println(messages.For("de-DE").Lang)
	// Output:
	// ja 日本語
	// en
}

// Fill puts values into a catalog text; the names are the placeholders
// listed in keys.go.
func ExampleFill() {
	en := messages.For("en")
	fmt.Println(messages.Fill(en.Errors[messages.ErrUnknownName], "text", "FLAG_INVALID_CN", "pos", "19"))
	fmt.Println(messages.Fill(en.UI[messages.UIVariant], "variant", "2"))
	// Output:
	// "FLAG_INVALID_CN" at character 19 is not a flag name; flag names look like FLAG_INVALID_CA or WINHTTP_CALLBACK_STATUS_FLAG_INVALID_CA.
	// KB message 2
}

// T returns a UI string, or the key itself when a text is missing, so that
// a gap shows on screen instead of an empty space.
func ExampleCatalog_T() {
	en := messages.For("en")
	fmt.Println(en.T(messages.UIServer))
	fmt.Println(en.T("page.not-written-yet"))
	// Output:
	// Proxy server
	// page.not-written-yet
}
