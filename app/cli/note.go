package cli

import (
	"fmt"
	"io"

	"proxycert/app/note"
	"proxycert/decoder"
	"proxycert/messages"
)

// runNote prints the ticket note for the input (package app/note) in the
// output language: a work note, short unless --full asks for the whole
// reference, or a customer comment. The work note links back to the page
// at --base, $PROXYCERT_URL or the local server, as open does, with lang=
// only when --lang or $PROXYCERT_LANG chose the language. It exits 0 when the
// input was recognised, 1 when it was not (the note, which then says what
// the input is instead, is still printed), 2 when the command line was
// wrong; flags are checked before standard input is read.
func runNote(c *cli, args []string) int {
	fs := c.flags("note")
	kindName := fs.String("kind", string(note.Work), "who the note is for: work (internal work note) or customer (comment the user sees)")
	formatName := fs.String("format", string(note.Text), "markup of the note: text, markdown or jira")
	full := fs.Bool("full", false, "the work note with the full reference: the message as pasted, each flag's meaning and causes, where and how to do each step with its command, KB 923575's resolution")
	baseValue := baseFlag(fs)
	lang := langFlag(fs)
	in, text, code, ok := c.parse(fs, args, lang)
	if !ok {
		return code
	}
	o, err := c.noteOptions(*kindName, *formatName, *baseValue)
	if err != nil {
		fmt.Fprintf(c.stderr, "proxycert note: %v\n", err)
		return statusUsage
	}
	o.Full = *full
	if in.explicit {
		o.LinkLang = in.lang
	}
	if code, ok := c.read(fs, &in, text); !ok {
		return code
	}
	return c.writeNote(in, o)
}

// noteOptions checks the flags' values.
func (c *cli) noteOptions(kind, format, base string) (o note.Options, err error) {
	if o.Kind, err = note.ParseKind(kind); err != nil {
		return o, err
	}
	if o.Format, err = note.ParseFormat(format); err != nil {
		return o, err
	}
	if o.Base, err = c.pageBase(base); err != nil {
		return o, err
	}
	o.Version = buildVersion()
	return o, nil
}

func (c *cli) writeNote(in cmdInput, o note.Options) int {
	r := decoder.Parse(in.text)
	cat := messages.For(in.lang)
	if _, err := io.WriteString(c.stdout, note.Compose(r, in.text, cat, o)); err != nil {
		fmt.Fprintf(c.stderr, "proxycert note: writing the note: %v\n", err)
		return statusFailed
	}
	if r.Err != nil {
		fmt.Fprintf(c.stderr, "proxycert note: %s\n", r.Err.Text(cat))
	}
	if !r.Recognized {
		return statusNotRecognized
	}
	return statusOK
}
