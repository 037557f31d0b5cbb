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
// listed in keys.go and, for UI texts, in the English text the key's
// constant shows.
func ExampleFill() {
	en := messages.For("en")
	fmt.Println(messages.Fill(en.Errors[messages.ErrUnknownName], "text", "FLAG_INVALID_CN", "pos", "19"))
	fmt.Println(messages.Fill(en.UI[messages.UIVariant], "variant", "2"))
	// Output:
	// "FLAG_INVALID_CN" at character 19 is not a flag name; flag names look like FLAG_INVALID_CA or WINHTTP_CALLBACK_STATUS_FLAG_INVALID_CA.
	// KB message 2
}

// T returns a UI text by its Key; LangName names a catalog's language.
func ExampleCatalog_T() {
	ja := messages.For("ja")
	fmt.Println(ja.T(messages.UIServer))
	fmt.Println(ja.LangName("en"), messages.For("en").LangName("ja"))
	// Output:
	// プロキシ サーバー
	// 英語 Japanese
}
