package cert

import (
	"crypto/x509"
	"strings"
	"time"

	"proxycert/messages"
)

// Observed is what a connection to the server showed that a certificate
// alone cannot: whether its chain reaches a root the client trusts, what
// the revocation servers answered, and how the handshake went.
//
// `proxycert check` gathers it from the network and Observe judges it
// here, beside the other rules about the flags. The gathering stays out of
// this package: the page links it, and must not link networking.
type Observed struct {
	Server    string // the host connected to, as evidence names it
	Version   string // the TLS version negotiated, e.g. "TLS 1.3"
	Cipher    string // the cipher suite negotiated
	OldTLS    bool   // nothing newer than TLS 1.1 was offered
	TLS13Only bool   // TLS 1.3 was negotiated and TLS 1.2 refused

	Trust Trust
	// Revocation holds one entry per certificate Windows checks for
	// revocation: the chain without its root, leaf first.
	Revocation []Revocation
}

// TrustOutcome is how the verifier judged the chain.
type TrustOutcome string

// The verifier's three answers.
const (
	Trusted      TrustOutcome = "trusted"   // a chain reaches a trusted root
	Untrusted    TrustOutcome = "untrusted" // no chain does
	TrustUnknown TrustOutcome = "unknown"   // the verifier could not say; Detail says why
)

// Trust is the verifier's judgement of the chain the server sent.
type Trust struct {
	Outcome TrustOutcome
	// Store names what was trusted, as an evidence value: a
	// messages.CertNetStore* id after "@", or "--roots FILE".
	Store   string
	Path    []*x509.Certificate // leaf to root, when Trusted
	Fetched []Fetched           // issuers the server did not send, fetched as Windows does
	Detail  string              // why, when TrustUnknown
}

// Fetched is an issuer fetched from the address a certificate names for
// it (its authority information access), as Windows fetches a missing
// intermediate.
type Fetched struct {
	Cert *x509.Certificate
	URL  string
}

// Revocation is what the revocation servers said about one certificate.
type Revocation struct {
	Cert *x509.Certificate
	// Issuer is the certificate's issuer; nil when it is not known, and
	// then no address was asked, as no answer could be verified.
	Issuer  *x509.Certificate
	Answers []Answer // one per address the certificate names
}

// AnswerStatus is what one revocation address said.
type AnswerStatus string

// The statuses of an answer.
const (
	Good     AnswerStatus = "good"      // the certificate is not revoked
	Revoked  AnswerStatus = "revoked"   // it is
	NoAnswer AnswerStatus = "no-answer" // no usable answer; Answer.Why says why
	NotAsked AnswerStatus = "not-asked" // an address that is not http (ldap, file)
)

// Answer is one revocation address and what it said.
type Answer struct {
	URL    string
	Status AnswerStatus
	At     time.Time // Good: when the answer was made; Revoked: since when
	Why    string    // NoAnswer: a messages.CertNetWhy* id after "@", or the error's own words
}

// Path sorts certificates as Check does: the leaf, then each issuer found
// among them, in signing order. root reports that the last one is
// self-signed.
func Path(certs []*x509.Certificate) (path []*x509.Certificate, root bool) {
	if len(certs) == 0 {
		return nil, false
	}
	ch := buildChain(dedupe(certs))
	return ch.certs, ch.root
}

// Observe checks certs as Check does, then judges the flags a certificate
// alone leaves open with what the connection showed: trust (0x8),
// revocation (0x1, 0x4) and the handshake (0x80000000).
func Observe(certs []*x509.Certificate, opts Options, o Observed) Report {
	r := Check(certs, opts)
	if len(certs) == 0 {
		return r
	}
	ch := buildChain(dedupe(certs))
	offline, revoked, revEvidence := revocationVerdicts(o.Revocation)
	for i := range r.Findings {
		fd := &r.Findings[i]
		switch fd.Flag.Value {
		case 0x1:
			fd.Verdict, fd.Evidence = offline, revEvidence
			if offline == Explained {
				fd.Evidence = append(fd.Evidence, Evidence{ID: messages.CertRevProxy, Command: cmdProxy})
			}
		case 0x4:
			fd.Verdict, fd.Evidence = revoked, revEvidence
		case 0x8:
			fd.Verdict, fd.Evidence = trustVerdict(certs, o.Trust)
		case 0x80000000:
			fd.Verdict, fd.Evidence = handshake(ch, o)
		}
	}
	return r
}

// Predicted returns the code the findings predict, the flags they
// explain, and the flags they leave open.
func (r Report) Predicted() (code, open uint32) {
	for _, f := range r.Findings {
		switch f.Verdict {
		case Explained:
			code |= f.Flag.Value
		case CannotTell:
			open |= f.Flag.Value
		}
	}
	return code, open
}

// trustVerdict judges 0x8 from the verifier's answer. The evidence names
// what the chain ends at, in the terms of the certificates the server
// sent and the issuers fetched for them.
func trustVerdict(certs []*x509.Certificate, t Trust) (Verdict, []Evidence) {
	var out []Evidence
	all := certs
	for _, f := range t.Fetched {
		out = append(out, ev(messages.CertNetFetchedIssuer, "issuer", nameOf(f.Cert), "urls", f.URL))
		all = append(all[:len(all):len(all)], f.Cert)
	}
	ch := buildChain(dedupe(all))
	for _, l := range ch.badLinks {
		out = append(out, ev(messages.CertBadLink, "child", nameOf(l[0]), "issuer", nameOf(l[1])))
	}
	switch t.Outcome {
	case Trusted:
		path := t.Path
		if len(path) == 0 {
			path = ch.certs
		}
		names := make([]string, len(path))
		for i, c := range path {
			names[i] = nameOf(c)
		}
		root := names[len(names)-1]
		return NotExplained, append(out, ev(messages.CertNetTrusted, "issuer", root, "name", t.Store, "names", strings.Join(names, ", ")))
	case Untrusted:
		top := ch.certs[len(ch.certs)-1]
		if ch.root {
			if len(ch.certs) == 1 {
				out = append(out, ev(messages.CertSelfSigned, "subject", nameOf(top)))
			}
			return Explained, append(out, ev(messages.CertNetUntrustedRoot, "subject", nameOf(top), "name", t.Store))
		}
		return Explained, append(out, ev(messages.CertNetIssuerUnknown, "issuer", issuerNameOf(top), "subject", nameOf(top), "name", t.Store))
	}
	return CannotTell, append(out, ev(messages.CertNetTrustUnknown, "piece", t.Detail))
}

// revocationVerdicts judges 0x1 and 0x4 as Windows' chain engine does: a
// certificate is settled by the first of its addresses that answers; one
// whose addresses all fail is a failed check (0x1), and an answer that it
// is revoked is 0x4. A certificate without addresses, or whose issuer is
// unknown, leaves both open: whether Windows reports it depends on how
// strictly the client checks.
func revocationVerdicts(revs []Revocation) (offline, revoked Verdict, out []Evidence) {
	if len(revs) == 0 {
		return NotExplained, NotExplained, []Evidence{ev(messages.CertNetRevRootOnly)}
	}
	offline, revoked = NotExplained, NotExplained
	for _, rv := range revs {
		subject := nameOf(rv.Cert)
		switch {
		case len(rv.Answers) == 0:
			out = append(out, ev(messages.CertNetRevNoURL, "subject", subject))
			offline, revoked = orCannotTell(offline), orCannotTell(revoked)
			continue
		case rv.Issuer == nil:
			out = append(out, ev(messages.CertNetRevNoIssuer, "subject", subject))
			offline, revoked = orCannotTell(offline), orCannotTell(revoked)
			continue
		}
		count := map[AnswerStatus]int{}
		for _, a := range rv.Answers {
			count[a.Status]++
			out = append(out, answerEvidence(a, subject))
		}
		switch {
		case count[Revoked] > 0:
			revoked = Explained
		case count[Good] > 0:
		case count[NoAnswer] == 0: // only addresses that were not asked
			offline, revoked = orCannotTell(offline), orCannotTell(revoked)
		default:
			out = append(out, ev(messages.CertNetRevOffline, "subject", subject))
			offline, revoked = Explained, orCannotTell(revoked)
		}
	}
	if offline == NotExplained && revoked == NotExplained {
		out = append([]Evidence{ev(messages.CertNetRevAnswered)}, out...)
	}
	return offline, revoked, out
}

func answerEvidence(a Answer, subject string) Evidence {
	switch a.Status {
	case Good:
		return ev(messages.CertNetRevGood, "urls", a.URL, "subject", subject, "at", when(a.At))
	case Revoked:
		return ev(messages.CertNetRevRevoked, "urls", a.URL, "subject", subject, "at", when(a.At))
	case NotAsked:
		return ev(messages.CertNetRevSkipped, "urls", a.URL)
	}
	return ev(messages.CertNetRevNoAnswer, "urls", a.URL, "subject", subject, "piece", a.Why)
}

// handshake judges 0x80000000. The handshake that read the certificate
// worked, so only what Windows does differently from Go can still fail
// it: old protocol versions it turns off, TLS 1.3 it lacks before Windows
// 11, keys and key usages Schannel refuses.
func handshake(ch chain, o Observed) (Verdict, []Evidence) {
	v := NotExplained
	out := []Evidence{ev(messages.CertNetHandshake, "server", o.Server, "alg", o.Version+", "+o.Cipher)}
	if o.OldTLS {
		v, out = CannotTell, append(out, ev(messages.CertNetOldTLS, "server", o.Server, "alg", o.Version))
	}
	if o.TLS13Only {
		v, out = CannotTell, append(out, ev(messages.CertNetTLS13Only, "server", o.Server))
	}
	for _, e := range channel(ch.certs) {
		switch e.ID {
		case messages.CertChannelOffline, messages.CertChannelCommand:
			continue
		case messages.CertKeyUnsupported, messages.CertKeyUsageBad:
			v = CannotTell
		}
		out = append(out, e)
	}
	return v, out
}
