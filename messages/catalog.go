// Package messages holds every human-language text of proxycert: the dialog
// wordings the decoder recognises, the explanations and steps it gives, and
// the strings of the page and the command line, in English and Japanese.
//
// A catalog is plain data, one file per language (en.go, ja.go). Code that
// needs a text asks for the catalog of the reader's language with For and
// reads the field or map entry it needs; keys shared between packages are the
// constants in keys.go.
package messages

import (
	"strconv"
	"strings"
)

// Who names the party that has to act on a step.
type Who string

// The three parties a step can be for.
const (
	UserPC      Who = "user"     // the person at the affected PC
	Helpdesk    Who = "helpdesk" // the helpdesk or desktop support
	ServerOwner Who = "server"   // the Exchange administrator or certificate owner
)

// Step is one thing to do, with who does it and where it is done.
// Texts may contain the placeholder {server}, which the decoder replaces
// with the proxy server name read from the dialog.
type Step struct {
	Who     Who
	Where   string // the place, e.g. "Outlook: File > Account Settings > Account Settings"
	Do      string // what to do there, in words
	Command string `messages:"optional"` // a command to paste, when there is one
}

// FlagText explains one certificate flag.
type FlagText struct {
	Title   string   // a short plain name, e.g. "Issuer not trusted"
	Meaning string   // what WinHTTP saw
	Causes  []string // the usual reasons, most common first
	Fixes   []Step   // what fixes it, in the order to try
}

// Explanation is a titled text with optional steps, used for the zero code,
// other code families and look-alike dialogs.
type Explanation struct {
	Title string
	Text  string
	Steps []Step `messages:"optional"`
}

// Resolution is one of KB 923575's resolutions, rewritten for today.
type Resolution struct {
	Title string
	Intro string // when it applies
	Steps []Step
}

// Dialog is one published set of the error's wordings: KB 923575's messages
// 1 to 4, quoted exactly (typos included) with %s where Outlook puts the
// server name and the code. Tests and fixtures are built from these.
type Dialog struct {
	Source   string
	Messages [4]string
}

// Fill returns message msg (1 to 4) of the wording with server and code in
// place of its two %s, as Outlook shows it.
func (d Dialog) Fill(msg int, server, code string) string {
	return strings.Replace(strings.Replace(d.Messages[msg-1], "%s", server, 1), "%s", code, 1)
}

// Anchors are stable pieces of the dialog in one language, the material the
// decoder recognises the error by. They are written as they appear on
// screen; the decoder normalises case, widths and spaces before matching.
type Anchors struct {
	Opening     []string // the first sentence, which marks this error
	NameReason  []string // the reason sentence of messages 2 and 4
	CAReason    []string // the reason sentence of message 3
	TargetSite  []string // the words before the server in message 4
	ProxyServer []string // "connect to the proxy server", after which real dialogs may name the server
	CodeLabel   []string // "Error Code", written before the digits in real dialogs (and "Error Code is" in tickets)
}

// Catalog is every text in one language.
type Catalog struct {
	Lang string // BCP 47 tag: "en", "ja"
	Name string // the language's own name, for the language switch

	Who          map[Who]string         // a short label for each party
	Flags        map[uint32]FlagText    // keyed by the flag's value
	FirstChecks  []Step                 // what to check for any code
	Resolutions  map[int]Resolution     // KB 923575's resolutions 1 to 3
	ZeroCode     Explanation            // "(Error Code 0)": no flag, yet the name was refused
	Win32Misread string                 // why Err.exe and certutil give a wrong answer for these codes
	Families     map[string]Explanation // other code families, keyed by Family* ids
	NearMisses   map[string]Explanation // look-alike dialogs, keyed by NearMiss* ids
	Warnings     map[string]string      // keyed by Warn* ids; may hold {placeholders}
	Errors       map[string]string      // keyed by Err* ids; may hold {placeholders}
	UI           map[string]string      // page and command-line strings, keyed by UI* ids
	Cert         map[string]string      // certificate evidence, keyed by Cert* ids; may hold {placeholders}

	Dialogs []Dialog // the published wordings of the error in this language
	Anchors Anchors  // what the decoder recognises them by
}

var catalogs = map[string]*Catalog{"en": &english, "ja": &japanese}

// Languages lists the tags of the catalogs, English first.
func Languages() []string { return []string{"en", "ja"} }

// For returns the catalog for a BCP 47 language tag such as "ja" or "en-GB",
// matching on the primary subtag and falling back to English.
func For(lang string) *Catalog {
	primary, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(lang)), "-")
	primary, _, _ = strings.Cut(primary, "_")
	if c, ok := catalogs[primary]; ok {
		return c
	}
	return &english
}

// Supported reports whether lang names one of the catalogs exactly ("en", "ja").
func Supported(lang string) bool {
	_, ok := catalogs[lang]
	return ok
}

// Clip cuts s to at most n characters, marking the cut with an ellipsis,
// for quoting a piece of the user's input in a message without echoing
// all of it back.
func Clip(s string, n int) string {
	count := 0
	for i := range s {
		if count == n {
			return s[:i] + "…"
		}
		count++
	}
	return s
}

// Fill replaces each {name} in text with its value; pairs alternate name and
// value. Unknown placeholders stay as they are, so a missing value shows.
// Values are not filled again.
func Fill(text string, pairs ...string) string {
	if len(pairs) < 2 || !strings.Contains(text, "{") {
		return text
	}
	// A scan rather than a strings.Replacer: building one costs more than
	// the few replacements a text has, and the decoder fills a text for
	// every warning it reports.
	var b strings.Builder
	b.Grow(len(text) + 16)
	for {
		open := strings.IndexByte(text, '{')
		if open < 0 {
			break
		}
		end := strings.IndexByte(text[open:], '}')
		if end < 0 {
			break
		}
		b.WriteString(text[:open])
		if value, ok := lookup(pairs, text[open+1:open+end]); ok {
			b.WriteString(value)
			text = text[open+end+1:]
		} else {
			b.WriteByte('{') // not a placeholder here; go on after its brace
			text = text[open+1:]
		}
	}
	b.WriteString(text)
	return b.String()
}

// lookup returns the value of the first pair named name.
func lookup(pairs []string, name string) (string, bool) {
	for i := 0; i+1 < len(pairs); i += 2 {
		if pairs[i] == name {
			return pairs[i+1], true
		}
	}
	return "", false
}

// T returns the UI string for key, or the key itself when it is missing so
// that a gap shows on screen instead of an empty space. Tests keep the
// catalogs complete.
func (c *Catalog) T(key string) string {
	if s, ok := c.UI[key]; ok && s != "" {
		return s
	}
	return key
}

// KiB returns n bytes in KiB for a message's {size} or {limit}, rounded
// up, so that a text just over a limit never reads as the limit itself.
func KiB(n int) string { return strconv.Itoa((n + 1023) / 1024) }
