package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"proxycert/app/tlscheck"
	"proxycert/decoder"
	"proxycert/decoder/cert"
	"proxycert/messages"
)

// prediction is check's answer: the code Outlook would show, read as
// decode reads it, with the evidence behind each flag.
type prediction struct {
	res    tlscheck.Result
	desc   cert.Description
	code   uint32 // the flags the evidence explains
	open   uint32 // the flags it cannot tell
	result decoder.Result
	link   string
	cat    *messages.Catalog
}

func newPrediction(res tlscheck.Result, rep cert.Report, a checkArgs, cat *messages.Catalog) prediction {
	p := prediction{res: res, desc: rep.Describe(cat), cat: cat}
	relabel(&p.desc, cat)
	p.code, p.open = rep.Predicted()
	p.result = decoder.Link{Code: decoder.Hex(p.code), Server: res.Name}.Result()
	linkLang := ""
	if a.langChosen {
		linkLang = a.lang
	}
	p.link, _ = decoder.ShareLink(a.base, p.result, "", linkLang)
	return p
}

// relabel words the verdicts as a prediction: a flag would be set, would
// not, or cannot be told from here; the principal name fits or not.
func relabel(d *cert.Description, c *messages.Catalog) {
	labels := map[cert.Verdict]string{
		cert.Explained:    c.Cert[messages.CertNetVerdictSet],
		cert.NotExplained: c.Cert[messages.CertNetVerdictNotSet],
		cert.CannotTell:   c.Cert[messages.CertNetVerdictOpen],
	}
	for i := range d.Findings {
		d.Findings[i].Label = labels[d.Findings[i].Verdict]
	}
	if d.Principal == nil {
		return
	}
	p := *d.Principal
	switch p.Verdict {
	case cert.Explained:
		p.Label = c.Cert[messages.CertNetPrincipalFails]
	case cert.NotExplained:
		p.Label = c.Cert[messages.CertNetPrincipalFits]
	}
	d.Principal = &p
}

// principalFails reports whether the msstd principal name does not fit
// the certificate: Outlook refuses it with code 0.
func (p prediction) principalFails() bool {
	return p.desc.Principal != nil && p.desc.Principal.Verdict == cert.Explained
}

// proxyText names the proxy the connection went through.
func (p prediction) proxyText() string {
	if p.res.Proxy == nil {
		return p.cat.Cert[messages.CertNetDirect]
	}
	return p.res.Proxy.Redacted()
}

// writeText writes the answer as plain text: the connection, the code
// with decode's explanation of it, the verdicts with their evidence, the
// certificates' fields, where Outlook may differ, and the page's link.
func (p prediction) writeText(w io.Writer) error {
	c, d := p.cat, p.desc
	t := &textAnswer{w: w, c: c}
	t.section(c.Cert[messages.CertNetHeading])
	for _, row := range [][2]string{
		{messages.CertNetTarget, p.res.Target.Addr()},
		{messages.CertNetAddress, p.res.Address},
		{messages.CertNetProxy, p.proxyText()},
		{messages.CertNetProtocol, p.res.Observed.Version + ", " + p.res.Observed.Cipher},
		{messages.CertNetName, d.Server},
		{messages.CertNetStore, resolveRef(c, p.res.Observed.Trust.Store)},
		{messages.CertNetSent, strconv.Itoa(len(p.res.Certs))},
	} {
		t.para(2, c.Cert[row[0]]+": ", row[1])
	}
	if d.Msstd != "" {
		t.para(2, c.Cert[messages.CertPrincipalTitle]+": ", "msstd:"+d.Msstd)
	}
	t.para(2, "", messages.Fill(c.Cert[messages.CertCheckedAt], "at", d.At.Format("2006-01-02 15:04 UTC")))

	switch {
	case p.code != 0:
		t.section(messages.Fill(c.Cert[messages.CertNetPredicted], "code", decoder.Hex(p.code)))
	case p.principalFails():
		t.block(c.Cert[messages.CertNetPredictedZero])
	default:
		t.block(c.Cert[messages.CertNetPredictedNone])
	}
	if p.open != 0 {
		t.para(2, c.Cert[messages.CertNetOpen]+": ", flagList(p.open))
	}
	if p.code != 0 || p.principalFails() {
		t.printf("\n")
		if err := writeAnswer(w, p.result, c); err != nil {
			return err
		}
	}

	t.section(c.Cert[messages.CertNetEvidence])
	for _, it := range d.Findings {
		t.para(2, it.Hex+" ", fmt.Sprintf("%s (%s): %s", it.Title, it.Flag.Name, it.Label))
		t.evidence(it.Evidence)
	}
	if d.Principal != nil {
		t.para(2, "", d.Principal.Title+": "+d.Principal.Label)
		t.evidence(d.Principal.Evidence)
	}
	t.section(c.Cert[messages.CertFieldsHeading])
	writeFields(t, append(d.Chain, d.Unrelated...))
	t.block(c.Cert[messages.CertNetDiffers])
	if p.link != "" {
		// A section line, never wrapped, so that the address copies whole.
		t.section(c.Cert[messages.CertNetLink] + ": " + p.link)
	}
	return t.err
}

// block starts a block that is one wrapped paragraph, a blank line apart
// from the block before.
func (p *textAnswer) block(text string) {
	if p.started {
		p.printf("\n")
	}
	p.started = true
	p.para(0, "", text)
}

// writeFields writes each certificate's field table.
func writeFields(t *textAnswer, certs []cert.CertText) {
	for _, ct := range certs {
		t.para(2, "", ct.Title)
		for _, row := range ct.Rows {
			for i, v := range row.Values {
				lead := row.Label + ": "
				if i > 0 {
					lead = strings.Repeat(" ", displayWidth(lead))
				}
				t.para(4, lead, v)
			}
		}
	}
}

// flagList names the flags of a code, most decisive first.
func flagList(code uint32) string {
	s := ""
	for i, f := range decoder.BySeverity(code) {
		if i > 0 {
			s += ", "
		}
		s += decoder.Hex(f.Value) + " " + f.Name
	}
	return s
}

// resolveRef puts an evidence value that refers to a catalog text ("@id")
// into the catalog's language.
func resolveRef(c *messages.Catalog, v string) string {
	if len(v) > 1 && v[0] == '@' {
		if t, ok := c.Cert[v[1:]]; ok {
			return t
		}
	}
	return v
}

// checkReport is check's --json output: decode's fields for the predicted
// code, plus the connection, the chain and the evidence. Its shape is a
// public interface (docs/check.md).
type checkReport struct {
	decoder.Report
	Open       []decoder.Flag  `json:"open"` // flags that cannot be told from here
	Principal  *cert.Item      `json:"principal"`
	Link       string          `json:"link"`
	At         time.Time       `json:"at"`
	Connection checkConnection `json:"connection"`
	Chain      []cert.CertText `json:"chain"`
	Unrelated  []cert.CertText `json:"unrelated"`
	Evidence   []cert.Item     `json:"evidence"`
	Notes      []cert.Line     `json:"notes"`
}

// checkConnection is how the certificate was read.
type checkConnection struct {
	Host    string `json:"host"`
	Port    int    `json:"port"`
	Name    string `json:"name"`    // the name checked and sent as SNI
	Address string `json:"address"` // the address reached: the server's, or the proxy's
	Proxy   string `json:"proxy"`   // "" when direct
	TLS     string `json:"tls"`
	Cipher  string `json:"cipher"`
	Roots   string `json:"roots"` // what trust was judged against
	Sent    int    `json:"sent"`  // how many certificates the server sent
}

func (p prediction) writeJSON(w io.Writer) error {
	d, o := p.desc, p.res.Observed
	open, _ := decoder.Split(p.open)
	if open == nil {
		open = []decoder.Flag{}
	}
	r := checkReport{Report: p.result.Report(p.cat), Open: open, Principal: d.Principal, Link: p.link, At: d.At,
		Connection: checkConnection{Host: p.res.Target.Host, Port: p.res.Target.Port, Name: d.Server,
			Address: p.res.Address, TLS: o.Version, Cipher: o.Cipher,
			Roots: resolveRef(p.cat, o.Trust.Store), Sent: len(p.res.Certs)},
		Chain: d.Chain, Unrelated: d.Unrelated, Evidence: d.Findings, Notes: d.Notes}
	if p.res.Proxy != nil {
		r.Connection.Proxy = p.res.Proxy.Redacted()
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}
