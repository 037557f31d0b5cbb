// Package messages holds every human-language text of proxycert: the
// explanations and steps the decoder gives, the strings of the page, the
// ticket notes and the command line, and what the decoder recognises the
// dialog by.
//
// A catalog is plain data, one file per UI language (en.go, ja.go), each
// one top-level `var x = Catalog{…}` of the same shape. Code that needs a
// text asks for the catalog of the reader's language with For and reads
// the field or map entry it needs. The strings of Catalog.UI are read with
// T and a Key: gen.go makes the Key constants from the English catalog's
// UI map, and the list of catalogs from the catalog files, into
// zz_generated.go. So a misspelt key does not compile, the tests fail
// until every catalog has every key, and a UI language is added by adding
// its catalog file and running go generate. The ids of the other maps are
// the string constants of keys.go and keys_cert.go.
//
// recognition.go holds the dialog's published wordings and the phrases the
// decoder recognises it and its look-alikes by, in every language it
// reads, including languages without a catalog.
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
	Who Who
	// Title is the step in a few words, a line of its own: the page heads
	// the step with it and the short work note lists the steps by it.
	Title   string
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

// Catalog is every text in one language.
type Catalog struct {
	Lang string // BCP 47 primary language subtag: "en", "ja"
	Name string // the language's own name, for the language switch
	// LangNames names the other catalogs' languages in this one, by tag;
	// LangName falls back to a language's own Name, so that a catalog
	// added later needs no entry in the others.
	LangNames map[string]string `messages:"optional"`

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
	UI           map[Key]string         // page, note and command-line strings; may hold {placeholders}
	Cert         map[string]string      // certificate evidence, keyed by Cert* ids; may hold {placeholders}
}

// Languages lists the tags of the catalogs, English first, then by tag.
func Languages() []string {
	out := make([]string, len(catalogs))
	for i, c := range catalogs {
		out[i] = c.Lang
	}
	return out
}

// For returns the catalog for a BCP 47 language tag such as "ja" or "en-GB",
// matching on the primary subtag and falling back to English.
func For(lang string) *Catalog {
	primary, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(lang)), "-")
	primary, _, _ = strings.Cut(primary, "_")
	if c := lookup(primary); c != nil {
		return c
	}
	return &english
}

// Supported reports whether lang names one of the catalogs exactly ("en", "ja").
func Supported(lang string) bool { return lookup(lang) != nil }

// lookup returns the catalog tagged lang, or nil. A loop, not a map: there
// are a few catalogs, and the generated list is an array.
func lookup(lang string) *Catalog {
	for _, c := range catalogs {
		if c.Lang == lang {
			return c
		}
	}
	return nil
}

// LangName names the language of the catalog lang in c's language: its
// entry in LangNames, else its own name, else (no such catalog) the tag.
func (c *Catalog) LangName(lang string) string {
	if name := c.LangNames[lang]; name != "" {
		return name
	}
	if other := lookup(lang); other != nil {
		return other.Name
	}
	return lang
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
		if value, ok := pairValue(pairs, text[open+1:open+end]); ok {
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

// pairValue returns the value of the first pair named name.
func pairValue(pairs []string, name string) (string, bool) {
	for i := 0; i+1 < len(pairs); i += 2 {
		if pairs[i] == name {
			return pairs[i+1], true
		}
	}
	return "", false
}

// T returns the UI text for key. A catalog without it gives the English
// text, never the key's name or a blank; the tests see that every catalog
// has every key, so that the fallback is never reached.
func (c *Catalog) T(key Key) string {
	if s := c.UI[key]; s != "" {
		return s
	}
	return english.UI[key]
}

// KiB returns n bytes in KiB for a message's {size} or {limit}, rounded
// up, so that a text just over a limit never reads as the limit itself.
func KiB(n int) string { return strconv.Itoa((n + 1023) / 1024) }
