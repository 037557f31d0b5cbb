package cli

import (
	"crypto/x509"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"time"

	"proxycert/decoder"
	"proxycert/decoder/cert"
	"proxycert/messages"
)

// certArgs are the parsed options of the cert command.
type certArgs struct {
	opts   cert.Options
	code   *decoder.Code // nil: verdicts for every flag
	json   bool
	lang   string
	inputs []string
}

// runCert reads the certificate files, checks them against the server, the
// principal name and the clock, and prints a verdict per flag (only the
// flags of --code when given) and the certificates' fields. It exits 0
// when every file gave certificates, 1 when one holds none (a key, an
// empty file), 2 when the command line was wrong, 3 when a file could not
// be read at all; the reason is on standard error.
func runCert(c *cli, args []string) int {
	a, code, ok := c.certArgs(args)
	if !ok {
		return code
	}
	cat := messages.For(a.lang)
	var certs []*x509.Certificate
	status := statusOK
	for _, name := range a.inputs {
		got, err := c.readCertificates(name)
		if err != nil {
			fmt.Fprintf(c.stderr, "proxycert cert: %s: %s\n", displayName(name), certError(err, cat))
			status = max(status, readStatus(err))
			continue
		}
		certs = append(certs, got...)
	}
	if status != statusOK {
		return status
	}
	r := cert.Check(certs, a.opts)
	if a.code != nil {
		r = r.Only(a.code.Value)
	}
	d := r.Describe(cat)
	var err error
	if a.json {
		enc := json.NewEncoder(c.stdout)
		enc.SetEscapeHTML(false) // evidence may say <server>; keep it readable
		err = enc.Encode(d)
	} else {
		err = writeCertAnswer(c.stdout, d, cat)
	}
	if err != nil {
		fmt.Fprintf(c.stderr, "proxycert cert: writing the answer: %v\n", err)
		return statusFailed
	}
	return statusOK
}

// certArgs parses the command line. When ok is false the command must
// return code at once: a usage error (or -h) has been reported.
func (c *cli) certArgs(args []string) (a certArgs, code int, ok bool) {
	fs := c.flags("cert")
	server := fs.String("server", "", "the proxy server the dialog names (required)")
	msstd := fs.String("msstd", "", "the principal name from Exchange Proxy Settings, e.g. msstd:mail.contoso.com")
	at := fs.String("at", "", "check the dates against TIME, RFC 3339 or 2006-01-02 (default now)")
	codeText := fs.String("code", "", "show the verdicts for this code's flags only, e.g. 0x18")
	asJSON := fs.Bool("json", false, "print one JSON object instead of text")
	lang := langFlag(fs)
	flags, inputs := splitArgs(fs, args)
	if err := fs.Parse(flags); err != nil {
		return a, parseStatus(err), false
	}
	usage := func(format string, args ...any) (certArgs, int, bool) {
		return a, c.usageError("cert", format, args...), false
	}
	var err error
	if a.lang, _, err = c.outputLang(*lang); err != nil {
		return usage("%v", err)
	}
	if strings.TrimSpace(*server) == "" {
		return usage("--server is required: the proxy server name the dialog shows")
	}
	if len(inputs) == 0 {
		return usage("name a certificate file, or - for standard input")
	}
	when, err := parseAt(*at)
	if err != nil {
		return usage("--at %q: want a time such as 2026-05-01 or 2026-05-01T09:00:00+09:00", *at)
	}
	if *codeText != "" {
		cd, err := decoder.ParseCode(*codeText)
		if err != nil {
			return usage("--code: %s", certError(err, messages.For(a.lang)))
		}
		a.code = &cd
	}
	a.opts = cert.Options{Server: *server, Msstd: *msstd, At: when}
	a.json, a.inputs = *asJSON, inputs
	return a, statusOK, true
}

// parseAt reads --at: RFC 3339, or a date and time without a zone (taken
// as UTC), or a date alone (midnight UTC). Empty means now.
func parseAt(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	var err error
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02"} {
		var t time.Time
		if t, err = time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, err
}

// readCertificates reads one input: a file, or standard input for "-".
// Reading stops one byte past cert.MaxInput, so that a huge file is
// refused by cert.Read without being loaded whole.
func (c *cli) readCertificates(name string) ([]*x509.Certificate, error) {
	var r io.Reader = c.stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, cert.MaxInput+1))
	if err != nil {
		return nil, err
	}
	return cert.Read(data)
}

// readStatus is the exit status for an input that gave no certificate: it
// could not be read at all, or it was read and holds none.
func readStatus(err error) int {
	var pathErr *fs.PathError
	if errors.As(err, &pathErr) {
		return statusFailed
	}
	return statusNotRecognized
}

func displayName(name string) string {
	if name == "-" {
		return "standard input"
	}
	return name
}

// certError puts an error in the catalog's language when it has texts
// there, and leaves the operating system's errors as they are.
func certError(err error, c *messages.Catalog) string {
	var ce *cert.Error
	var de *decoder.Error
	switch {
	case errors.As(err, &ce):
		return ce.Text(c)
	case errors.As(err, &de):
		return de.Text(c)
	}
	return err.Error()
}

// writeCertAnswer writes a description as plain text: the verdicts with
// their evidence, the principal name, remarks on the paste, and each
// certificate's fields.
func writeCertAnswer(w io.Writer, d cert.Description, c *messages.Catalog) error {
	p := &textAnswer{w: w, c: c}
	p.section(c.Cert[messages.CertHeading])
	p.para(2, c.T(messages.UIServer)+": ", d.Server)
	if d.Msstd != "" {
		p.para(2, c.Cert[messages.CertPrincipalTitle]+": ", "msstd:"+d.Msstd)
	}
	p.para(2, "", messages.Fill(c.Cert[messages.CertCheckedAt], "at", d.At.Format("2006-01-02 15:04 UTC")))
	if d.Code != nil {
		p.section(messages.Fill(c.Cert[messages.CertFlagsFor], "code", d.Hex))
	} else {
		p.section(c.Cert[messages.CertFlagsAll])
	}
	for _, it := range d.Findings {
		p.para(2, it.Hex+" ", fmt.Sprintf("%s (%s): %s", it.Title, it.Flag.Name, it.Label))
		p.evidence(it.Evidence)
	}
	if d.Principal != nil {
		p.section(d.Principal.Title + ": " + d.Principal.Label)
		p.evidence(d.Principal.Evidence)
	}
	if len(d.Notes) > 0 {
		p.section(c.Cert[messages.CertNotesHeading])
		p.evidence(d.Notes)
	}
	p.section(c.Cert[messages.CertFieldsHeading])
	writeFields(p, append(d.Chain, d.Unrelated...))
	return p.err
}

// evidence writes evidence as bullets, each command on its own indented
// line so that it can be copied whole.
func (p *textAnswer) evidence(lines []cert.Line) {
	for _, l := range lines {
		p.para(4, "- ", l.Text)
		if l.Command != "" {
			p.printf("        %s\n", l.Command)
		}
	}
}
