// Package cert reads the proxy server's certificate, as a helpdesk pastes or
// saves it, and tells for each flag of Outlook's "problem with the proxy
// server's security certificate" dialog whether the certificate explains it,
// does not, or whether that cannot be told offline, with the evidence.
//
// KB 923575 tells people to open the certificate and read its fields by eye;
// this package does that reading: names against the server and the msstd
// principal name, dates against a clock, usages, the issuer chain as far as
// it was pasted, weak algorithms. Trust and revocation depend on the PC's
// stores and network, so for those it says what to run on the PC instead.
//
// It uses crypto/x509 only, with no browser or host dependency, so the page
// (WebAssembly) and the command line share it; every text comes from
// package messages. It lives under decoder, not app, because it is rules
// about the dialog's flags (it names them with decoder's constants and
// speaks decoder's Result), kept apart from the presentation the page, the
// notes and the command line add; and in a package of its own because a
// third of app.wasm's growth comes with crypto/x509, which the decoder
// proper must not pull in for callers that only read pastes.
package cert

import (
	"crypto/x509"
	"time"

	"proxycert/decoder"
	"proxycert/messages"
)

// Options are what the certificate is checked against.
type Options struct {
	// Server is the proxy server name from the dialog. A URL or a name with a
	// port is accepted; "" skips the name check.
	Server string
	// Msstd is the principal name from Exchange Proxy Settings, with or
	// without its "msstd:" prefix; "" skips that check.
	Msstd string
	// At is the time the dates are checked against; zero means now. A wrong
	// PC clock is one cause of 0x20, so callers let people change it.
	At time.Time
}

// Verdict is what a certificate says about one flag.
type Verdict string

// The three verdicts.
const (
	Explained    Verdict = "explained"     // something in the certificate sets this flag
	NotExplained Verdict = "not-explained" // nothing in it does; look elsewhere
	CannotTell   Verdict = "cannot-tell"   // it depends on the PC or the network
)

// Label returns the verdict's text in the catalog's language.
func (v Verdict) Label(c *messages.Catalog) string {
	switch v {
	case Explained:
		return c.Cert[messages.CertVerdictExplained]
	case NotExplained:
		return c.Cert[messages.CertVerdictNotExplained]
	}
	return c.Cert[messages.CertVerdictCannotTell]
}

// Evidence is one observation behind a verdict; its text comes from the
// catalog.
type Evidence struct {
	ID      string   // a messages.Cert* id
	Args    []string // placeholder name and value pairs for messages.Fill
	Command string   // a command to run on the PC, when the evidence gives one
}

// Finding is the verdict on one flag and why.
type Finding struct {
	Flag     decoder.Flag // zero for the principal-name check
	Verdict  Verdict
	Evidence []Evidence
}

// Report is what Check found.
type Report struct {
	Server string    // the server name as compared: lower case, no port or path
	Msstd  string    // the principal name as given, without "msstd:"
	At     time.Time // the time the dates were checked against

	// Chain is the leaf (the server's certificate) and then each issuer found
	// in the paste, in signing order. Unrelated holds pasted certificates
	// that are not part of that chain.
	Chain     []Fields
	Unrelated []Fields
	Reordered bool // the chain was pasted in another order

	// Findings holds one finding per flag of decoder.Flags, in that order,
	// or, after Only, those of one code.
	Findings []Finding
	// Principal is the msstd check, nil when no principal name was given.
	// Explained means the name fails and explains a refusal such as the
	// target-site dialog with code 0.
	Principal *Finding
	Notes     []Evidence // remarks on the paste itself: order, extra certificates

	HasCode bool   // Findings were narrowed to Code by Only
	Code    uint32 // valid when HasCode
}

// Check reads the certificates of a paste against opts. The chain may come
// in any order, from several inputs, and may lack its issuers; the leaf is
// the certificate that signed none of the others.
func Check(certs []*x509.Certificate, opts Options) Report {
	at := opts.At
	if at.IsZero() {
		at = time.Now()
	}
	r := Report{Server: normalizeHost(opts.Server), Msstd: trimMsstd(opts.Msstd), At: at.UTC()}
	if len(certs) == 0 {
		for _, f := range decoder.Flags {
			r.Findings = append(r.Findings, Finding{f, CannotTell, []Evidence{{ID: messages.CertNoCertificate}}})
		}
		return r
	}
	ch := buildChain(dedupe(certs))
	for i, c := range ch.certs {
		r.Chain = append(r.Chain, fieldsOf(c, ch.role(i)))
	}
	for _, c := range ch.unrelated {
		r.Unrelated = append(r.Unrelated, fieldsOf(c, "unrelated"))
		r.Notes = append(r.Notes, Evidence{ID: messages.CertUnrelated, Args: []string{"subject", nameOf(c)}})
	}
	if r.Reordered = ch.reordered; r.Reordered {
		r.Notes = append(r.Notes, Evidence{ID: messages.CertReordered})
	}
	leaf := ch.certs[0]
	for _, f := range decoder.Flags {
		fd := Finding{Flag: f}
		switch f.Value {
		case 0x1:
			fd.Verdict, fd.Evidence = CannotTell, revocationFailed(leaf)
		case 0x2:
			fd.Verdict, fd.Evidence = invalid(ch)
		case 0x4:
			fd.Verdict, fd.Evidence = CannotTell, revoked(leaf)
		case 0x8:
			fd.Verdict, fd.Evidence = untrusted(ch, r.Server)
		case 0x10:
			fd.Verdict, fd.Evidence = nameCheck(leaf, r.Server)
		case 0x20:
			fd.Verdict, fd.Evidence = dates(ch.certs, r.At)
		case 0x40:
			fd.Verdict, fd.Evidence = usage(ch.certs)
		default:
			fd.Verdict, fd.Evidence = CannotTell, channel(ch.certs)
		}
		r.Findings = append(r.Findings, fd)
	}
	if r.Msstd != "" {
		v, ev := principal(leaf, r.Msstd)
		r.Principal = &Finding{Verdict: v, Evidence: ev}
	}
	return r
}

// Only returns r with the findings for the flags set in code, most
// decisive first as decoder.BySeverity orders them. The principal check
// stays: with code 0 it is the one that matters.
func (r Report) Only(code uint32) Report {
	var kept []Finding
	for _, f := range decoder.BySeverity(code) {
		if fd, ok := r.Finding(f.Value); ok {
			kept = append(kept, fd)
		}
	}
	r.Findings, r.HasCode, r.Code = kept, true, code
	return r
}

// Finding returns the finding for one flag value, and whether r has it.
func (r Report) Finding(flag uint32) (Finding, bool) {
	for _, f := range r.Findings {
		if f.Flag.Value == flag {
			return f, true
		}
	}
	return Finding{}, false
}
