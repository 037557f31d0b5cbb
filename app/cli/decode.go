package cli

import (
	"encoding/json"
	"flag"
	"fmt"
	"strings"

	"proxycert/decoder"
	"proxycert/messages"
)

// runDecode prints the reading of the input and what to do about it, or
// with --json the reading in the shape of decoder.Report. It exits 0 when
// the input was recognised, 1 when it was not (the explanation or the error
// is still printed), 2 when the command line was wrong. With --jsonl it
// decodes many inputs, one JSON object per line (see decodeJSONL).
func runDecode(c *cli, args []string) int {
	fs := c.flags("decode")
	asJSON := fs.Bool("json", false, "print one JSON object instead of text")
	asJSONL := fs.Bool("jsonl", false, `read {"id": …, "text": …} objects from standard input, one per line; print one --json object per line, in order, with "id" added`)
	lang := langFlag(fs)
	in, text, code, ok := c.parse(fs, args, lang)
	if !ok {
		return code
	}
	if *asJSONL {
		if len(text) > 0 && (len(text) > 1 || text[0] != "-") {
			fmt.Fprintln(c.stderr, "proxycert decode: --jsonl reads standard input only; leave out TEXT")
			return statusUsage
		}
		return c.decodeJSONL(messages.For(in.lang))
	}
	if code, ok := c.read(fs, &in, text); !ok {
		return code
	}
	r := decoder.Parse(in.text)
	cat := messages.For(in.lang)
	var err error
	if *asJSON {
		enc := json.NewEncoder(c.stdout)
		enc.SetEscapeHTML(false) // warnings may say <server>; keep them readable
		err = enc.Encode(r.Report(cat))
	} else {
		err = writeAnswer(c.stdout, r, cat)
	}
	if r.Err != nil {
		fmt.Fprintf(c.stderr, "proxycert decode: %s\n", r.Err.Text(cat))
	}
	if err != nil {
		fmt.Fprintf(c.stderr, "proxycert decode: writing the answer: %v\n", err)
		return statusFailed
	}
	if !r.Recognized {
		return statusNotRecognized
	}
	return statusOK
}

// cmdInput is what a command reads before it starts work.
type cmdInput struct {
	text     string
	lang     string // the output language, "en" or "ja"
	explicit bool   // lang was chosen by --lang or PROXYCERT_LANG, not the locale
}

// langFlag defines the --lang flag the commands share.
func langFlag(fs *flag.FlagSet) *string {
	return fs.String("lang", "", "output language: "+langList(" or ")+
		" (default $PROXYCERT_LANG, else the locale, else en)")
}

// langList names the languages the output can be in, separated by sep.
func langList(sep string) string { return strings.Join(messages.Languages(), sep) }

// start parses a command's flags, picks the output language and reads the
// input. When ok is false the command must return code at once: a usage
// error (or -h) has been reported.
func (c *cli) start(fs *flag.FlagSet, args []string, lang *string) (in cmdInput, code int, ok bool) {
	in, text, code, ok := c.parse(fs, args, lang)
	if ok {
		code, ok = c.read(fs, &in, text)
	}
	return in, code, ok
}

// parse is the first half of start: it parses the flags and picks the
// output language, and returns the words left for the input, so that a
// command can check its own flags before reading standard input.
func (c *cli) parse(fs *flag.FlagSet, args []string, lang *string) (in cmdInput, text []string, code int, ok bool) {
	flags, text := splitArgs(fs, args)
	if err := fs.Parse(flags); err != nil {
		return in, nil, parseStatus(err), false // the flag package has said what was wrong
	}
	var err error
	if in.lang, in.explicit, err = c.outputLang(*lang); err != nil {
		fmt.Fprintf(c.stderr, "%s: %v\n", fs.Name(), err)
		return in, nil, statusUsage, false
	}
	return in, text, statusOK, true
}

// read is the second half of start: it reads the input named by text into
// in.text (see input).
func (c *cli) read(fs *flag.FlagSet, in *cmdInput, text []string) (code int, ok bool) {
	var err error
	if in.text, err = c.input(text); err != nil {
		fmt.Fprintf(c.stderr, "%s: %v\n", fs.Name(), err)
		return statusFailed, false
	}
	return statusOK, true
}

// splitArgs separates flags from the text to decode, so that flags may
// also follow the text ("decode 0x18 --json"). Only words shaped like a
// flag (-name, --name, --name=value) are flags: "-" (standard input), a
// negative number such as -2147483640 and a pasted Ctrl+C frame
// ("-----…") stay text. "--" ends the flags.
func splitArgs(fs *flag.FlagSet, args []string) (flags, text []string) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		name, hasValue, isFlag := flagName(a)
		switch {
		case a == "--":
			return flags, append(text, args[i+1:]...)
		case !isFlag:
			text = append(text, a)
		default:
			flags = append(flags, a)
			if f := fs.Lookup(name); f != nil && !hasValue && !isBoolFlag(f) && i+1 < len(args) {
				i++
				flags = append(flags, args[i])
			}
		}
	}
	return flags, text
}

// flagName reads "-name", "--name" or "--name=value".
func flagName(a string) (name string, hasValue, ok bool) {
	body, ok := strings.CutPrefix(a, "-")
	if !ok {
		return "", false, false
	}
	body = strings.TrimPrefix(body, "-")
	name, _, hasValue = strings.Cut(body, "=")
	if name == "" || !isLetter(name[0]) {
		return "", false, false
	}
	for i := 1; i < len(name); i++ {
		if b := name[i]; !isLetter(b) && b != '-' && (b < '0' || b > '9') {
			return "", false, false
		}
	}
	return name, hasValue, true
}

func isLetter(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }

func isBoolFlag(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// outputLang picks the language of the output: the --lang value, else
// $PROXYCERT_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG, the
// first one set) when it is a supported language, else English. A value
// the user chose for proxycert that names no supported language is an
// error; a locale of another language just falls back to English.
func (c *cli) outputLang(flagValue string) (lang string, explicit bool, err error) {
	for _, chosen := range []struct{ name, value string }{
		{"--lang", flagValue},
		{"PROXYCERT_LANG", c.getenv("PROXYCERT_LANG")},
	} {
		if chosen.value == "" {
			continue
		}
		if lang, ok := supportedLang(chosen.value); ok {
			return lang, true, nil
		}
		return "", false, fmt.Errorf("%s %q: supported languages are %s",
			chosen.name, chosen.value, strings.Join(messages.Languages(), ", "))
	}
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := c.getenv(name); v != "" {
			if lang, ok := supportedLang(v); ok {
				return lang, false, nil
			}
			break
		}
	}
	return "en", false, nil
}

// supportedLang reduces a language tag or locale name ("ja", "ja-JP",
// "ja_JP.UTF-8") to its language and reports whether it has a catalog.
func supportedLang(v string) (string, bool) {
	lang := strings.ToLower(strings.TrimSpace(v))
	if i := strings.IndexAny(lang, "-_.@"); i >= 0 {
		lang = lang[:i]
	}
	return lang, messages.Supported(lang)
}
