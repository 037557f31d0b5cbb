package cert

import (
	"strconv"
	"strings"
	"time"

	"proxycert/decoder"
	"proxycert/messages"
)

// Description is a Report in one language: what the page shows and what
// `proxycert cert --json` prints. Its JSON shape is a public interface:
//
//	{
//	  "server": "srv.company.local", "msstd": "mail.contoso.com",
//	  "at": "2026-05-01T00:00:00Z", "code": 16, "hex": "0x00000010",
//	  "findings": [{"flag": {"value": 16, "name": "FLAG_CERT_CN_INVALID", "winhttp": "…"},
//	                "hex": "0x00000010", "title": "…", "verdict": "explained", "label": "…",
//	                "evidence": [{"id": "cert.name.no-match", "args": {"server": "…", "names": "…"},
//	                              "text": "…", "command": "…"}]}],
//	  "principal": null or a finding whose flag is {"value": 0, "name": "msstd", …},
//	  "notes": [evidence…],
//	  "chain": [fields…, leaf first], "unrelated": [fields…]
//	}
//
// "code" and "hex" are null and "" when no code narrowed the findings;
// "verdict" is one of "explained", "not-explained", "cannot-tell"; the
// fields are those of Fields. Lists are [] rather than null.
type Description struct {
	Server    string     `json:"server"`
	Msstd     string     `json:"msstd"`
	At        time.Time  `json:"at"`
	Code      *uint32    `json:"code"`
	Hex       string     `json:"hex"`
	Findings  []Item     `json:"findings"`
	Principal *Item      `json:"principal"`
	Notes     []Line     `json:"notes"`
	Chain     []CertText `json:"chain"`
	Unrelated []CertText `json:"unrelated"`
}

// Item is one finding in words.
type Item struct {
	Flag     decoder.Flag `json:"flag"`
	Hex      string       `json:"hex"`
	Title    string       `json:"title"` // the flag's short name in the catalog's language
	Verdict  Verdict      `json:"verdict"`
	Label    string       `json:"label"` // the verdict in words
	Evidence []Line       `json:"evidence"`
}

// Line is one piece of evidence in words.
type Line struct {
	ID      string            `json:"id"`
	Args    map[string]string `json:"args"`
	Text    string            `json:"text"`
	Command string            `json:"command,omitempty"` // to run on the PC; shown as code
}

// CertText is one certificate's fields, with the rows of its table.
type CertText struct {
	Fields
	Title string `json:"-"` // "Server certificate", "Intermediate CA", …
	Rows  []Row  `json:"-"`
}

// Row is one line of a certificate's field table.
type Row struct {
	Label  string
	Values []string // one per line; a single value for most fields
}

// Describe puts r into the catalog's language.
func (r Report) Describe(c *messages.Catalog) Description {
	d := Description{Server: r.Server, Msstd: r.Msstd, At: r.At,
		Findings: []Item{}, Notes: lines(c, r.Notes), Chain: []CertText{}, Unrelated: []CertText{}}
	if r.HasCode {
		code := r.Code
		d.Code, d.Hex = &code, decoder.Hex(code)
	}
	for _, f := range r.Findings {
		d.Findings = append(d.Findings, item(c, f))
	}
	if r.Principal != nil {
		p := item(c, *r.Principal)
		p.Flag, p.Hex, p.Title = decoder.Flag{Name: "msstd"}, "", c.Cert[messages.CertPrincipalTitle]
		d.Principal = &p
	}
	for _, f := range r.Chain {
		d.Chain = append(d.Chain, certText(c, f))
	}
	for _, f := range r.Unrelated {
		d.Unrelated = append(d.Unrelated, certText(c, f))
	}
	return d
}

func item(c *messages.Catalog, f Finding) Item {
	title := c.Flags[f.Flag.Value].Title
	if title == "" {
		title = f.Flag.Name
	}
	return Item{Flag: f.Flag, Hex: decoder.Hex(f.Flag.Value), Title: title,
		Verdict: f.Verdict, Label: f.Verdict.Label(c), Evidence: lines(c, f.Evidence)}
}

func lines(c *messages.Catalog, evs []Evidence) []Line {
	out := []Line{}
	for _, e := range evs {
		args := map[string]string{}
		for i := 0; i+1 < len(e.Args); i += 2 {
			args[e.Args[i]] = resolve(c, e.Args[i+1])
		}
		out = append(out, Line{ID: e.ID, Args: args, Text: e.Text(c), Command: e.Command})
	}
	return out
}

// Text returns the evidence in the catalog's language. Catalog references
// among the values ("@cert.eku.server-auth") become their text, and an
// empty value shows as the catalog's word for none (for "server", its
// placeholder for the server name).
func (e Evidence) Text(c *messages.Catalog) string {
	pairs := make([]string, 0, len(e.Args))
	for i := 0; i+1 < len(e.Args); i += 2 {
		v := resolve(c, e.Args[i+1])
		if v == "" && e.Args[i] == "server" {
			v = c.T(messages.UIServerPlaceholder)
		} else if v == "" {
			v = c.Cert[messages.CertFieldNone]
		}
		pairs = append(pairs, e.Args[i], v)
	}
	return messages.Fill(c.Cert[e.ID], pairs...)
}

// resolve replaces the "@key" elements of a ", "-joined value with their
// text.
func resolve(c *messages.Catalog, v string) string {
	if !strings.Contains(v, "@") {
		return v
	}
	parts := strings.Split(v, ", ")
	for i, p := range parts {
		if key, ok := strings.CutPrefix(p, "@"); ok {
			if t, ok := c.Cert[key]; ok {
				parts[i] = t
			}
		}
	}
	return strings.Join(parts, ", ")
}

var roleTitles = map[string]string{
	"leaf":         messages.CertRoleLeaf,
	"intermediate": messages.CertRoleIntermediate,
	"root":         messages.CertRoleRoot,
	"unrelated":    messages.CertRoleUnrelated,
}

func certText(c *messages.Catalog, f Fields) CertText {
	none := []string{c.Cert[messages.CertFieldNone]}
	list := func(v []string) []string {
		if len(v) == 0 {
			return none
		}
		return v
	}
	named := func(prefix string, names []string) []string {
		if len(names) == 0 {
			return none
		}
		return strings.Split(resolve(c, refs(prefix, names)), ", ")
	}
	eku := named(messages.CertEKUPrefix, f.EKU)
	if !f.HasEKU {
		eku = []string{c.Cert[messages.CertFieldNoEKU]}
	}
	key := f.KeyAlgorithm
	if f.KeyBits > 0 {
		key = messages.Fill(c.Cert[messages.CertFieldKeyValue], "alg", f.KeyAlgorithm, "bits", strconv.Itoa(f.KeyBits))
	}
	rows := []Row{
		{c.Cert[messages.CertFieldSubject], []string{f.Subject}},
		{c.Cert[messages.CertFieldDNSNames], list(f.DNSNames)},
	}
	if len(f.IPAddresses) > 0 {
		rows = append(rows, Row{c.Cert[messages.CertFieldIPNames], f.IPAddresses})
	}
	rows = append(rows,
		Row{c.Cert[messages.CertFieldIssuer], []string{f.Issuer}},
		Row{c.Cert[messages.CertFieldNotBefore], []string{when(f.NotBefore)}},
		Row{c.Cert[messages.CertFieldNotAfter], []string{when(f.NotAfter)}},
		Row{c.Cert[messages.CertFieldEKU], eku},
		Row{c.Cert[messages.CertFieldKeyUsage], named(messages.CertKUPrefix, f.KeyUsage)},
		Row{c.Cert[messages.CertFieldKey], []string{key}},
		Row{c.Cert[messages.CertFieldSignature], []string{f.SignatureAlgorithm}},
		Row{c.Cert[messages.CertFieldSerial], []string{f.Serial}},
		Row{c.Cert[messages.CertFieldSHA1], []string{f.SHA1}},
		Row{c.Cert[messages.CertFieldSHA256], []string{f.SHA256}},
		Row{c.Cert[messages.CertFieldCRL], list(f.CRL)},
		Row{c.Cert[messages.CertFieldOCSP], list(f.OCSP)},
	)
	return CertText{Fields: f, Title: c.Cert[roleTitles[f.Role]], Rows: rows}
}
