package cert

import (
	"crypto/x509"
	"strconv"
	"strings"
	"time"

	"proxycert/messages"
)

const (
	ekuPrefix = messages.CertEKUPrefix
	kuPrefix  = messages.CertKUPrefix
)

// The commands evidence gives, to be run in a Command Prompt on the
// affected PC with the certificate saved as server.cer.
const (
	cmdVerify    = "certutil -urlfetch -verify server.cer"
	cmdProxy     = "netsh winhttp show proxy"
	cmdClock     = "w32tm /query /status"
	cmdProtocols = `reg query "HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Internet Settings\WinHttp" /v DefaultSecureProtocols`
)

// invalid looks for what makes Windows call a chain invalid (0x2): an
// issuer that is no CA, a signature algorithm it refuses, an RSA key under
// 1024 bits. Critical extensions Go does not know may or may not be known
// to Windows, and a pasted issuer that did not sign may just be the wrong
// paste, so those leave the verdict open.
func invalid(ch chain) (Verdict, []Evidence) {
	var out []Evidence
	verdict := NotExplained
	for i, c := range ch.certs {
		if i > 0 && c.Version >= 3 && !(c.BasicConstraintsValid && c.IsCA) {
			out, verdict = append(out, ev(messages.CertNotCA, "subject", nameOf(c))), Explained
		}
		if alg, ok := brokenSignature(c); ok && !(i == len(ch.certs)-1 && ch.root && i > 0) {
			out, verdict = append(out, ev(messages.CertWeakSigBroken, "subject", nameOf(c), "alg", alg)), Explained
		}
		if bits, ok := rsaBits(c); ok && bits < 1024 {
			out, verdict = append(out, ev(messages.CertKeyTooSmall, "subject", nameOf(c), "bits", strconv.Itoa(bits))), Explained
		}
	}
	for i, c := range ch.certs {
		if len(c.UnhandledCriticalExtensions) > 0 {
			oids := make([]string, len(c.UnhandledCriticalExtensions))
			for k, o := range c.UnhandledCriticalExtensions {
				oids[k] = o.String()
			}
			out = append(out, ev(messages.CertCritical, "subject", nameOf(c), "oids", strings.Join(oids, ", ")))
			verdict = orCannotTell(verdict)
		}
		if alg, ok := sha1Signature(c); ok && !(i == len(ch.certs)-1 && ch.root && i > 0) {
			out = append(out, ev(messages.CertWeakSigSHA1, "subject", nameOf(c), "alg", alg))
		}
	}
	for _, l := range ch.badLinks {
		out = append(out, ev(messages.CertBadLink, "child", nameOf(l[0]), "issuer", nameOf(l[1])))
		verdict = orCannotTell(verdict)
	}
	if verdict == NotExplained {
		out = append([]Evidence{ev(messages.CertInvalidNone)}, out...)
	}
	return verdict, out
}

func orCannotTell(v Verdict) Verdict {
	if v == Explained {
		return v
	}
	return CannotTell
}

// untrusted judges the issuer (0x8). Only a self-signed server certificate
// settles it offline: every PC distrusts it unless someone put that very
// certificate into its Trusted Root store. Any other chain ends at a root
// the PC may or may not trust.
func untrusted(ch chain, server string) (Verdict, []Evidence) {
	if server == "" {
		server = "<server>"
	}
	verify := Evidence{ID: messages.CertTrustCommand, Args: []string{"server", server}, Command: cmdVerify}
	var out []Evidence
	for _, l := range ch.badLinks {
		out = append(out, ev(messages.CertBadLink, "child", nameOf(l[0]), "issuer", nameOf(l[1])))
	}
	top := ch.certs[len(ch.certs)-1]
	switch {
	case ch.root && len(ch.certs) == 1:
		return Explained, append(out, ev(messages.CertSelfSigned, "subject", nameOf(top)), verify)
	case ch.root:
		out = append(out, ev(messages.CertRootPasted, "subject", nameOf(top)))
	default:
		out = append(out, ev(messages.CertIssuerMissing, "issuer", issuerNameOf(top)))
	}
	return CannotTell, append(out, verify)
}

// dates checks every certificate of the chain against at: Windows reports
// an expired intermediate or root the same way as an expired leaf.
func dates(certs []*x509.Certificate, at time.Time) (Verdict, []Evidence) {
	var out []Evidence
	for _, c := range certs {
		switch {
		case at.After(c.NotAfter):
			out = append(out, ev(messages.CertDateExpired, "subject", nameOf(c), "to", when(c.NotAfter),
				"at", when(at), "days", days(c.NotAfter, at)))
		case at.Before(c.NotBefore):
			out = append(out, ev(messages.CertDateNotYet, "subject", nameOf(c), "from", when(c.NotBefore),
				"at", when(at), "days", days(at, c.NotBefore)))
		}
	}
	if len(out) > 0 {
		return Explained, out
	}
	leaf := certs[0]
	return NotExplained, []Evidence{
		ev(messages.CertDateValid, "subject", nameOf(leaf), "from", when(leaf.NotBefore), "to", when(leaf.NotAfter),
			"at", when(at), "days", days(at, leaf.NotAfter)),
		{ID: messages.CertDateClock, Command: cmdClock},
	}
}

// when formats a time for evidence: UTC to the minute, the same in every
// language.
func when(t time.Time) string { return t.UTC().Format("2006-01-02 15:04 UTC") }

// days counts the whole days from a to b.
func days(a, b time.Time) string { return strconv.Itoa(int(b.Sub(a).Hours() / 24)) }

// usage checks the extended key usages (0x40). Windows intersects them
// along the chain, so an intermediate that lists usages without Server
// Authentication breaks a leaf that has it.
func usage(certs []*x509.Certificate) (Verdict, []Evidence) {
	var out []Evidence
	for _, c := range certs {
		if len(c.ExtKeyUsage)+len(c.UnknownExtKeyUsage) == 0 || allowsServerAuth(c) {
			continue
		}
		out = append(out, ev(messages.CertUsageMissing, "subject", nameOf(c), "ekus", refs(ekuPrefix, ekuNames(c))))
	}
	if len(out) > 0 {
		return Explained, out
	}
	leaf := certs[0]
	switch {
	case len(leaf.ExtKeyUsage)+len(leaf.UnknownExtKeyUsage) == 0:
		return NotExplained, []Evidence{ev(messages.CertUsageNoEKU)}
	case hasEKU(leaf, x509.ExtKeyUsageServerAuth):
		return NotExplained, []Evidence{ev(messages.CertUsageServerAuth)}
	}
	return NotExplained, []Evidence{ev(messages.CertUsageAny)}
}

func allowsServerAuth(c *x509.Certificate) bool {
	return hasEKU(c, x509.ExtKeyUsageServerAuth) || hasEKU(c, x509.ExtKeyUsageAny)
}

func hasEKU(c *x509.Certificate, u x509.ExtKeyUsage) bool {
	for _, e := range c.ExtKeyUsage {
		if e == u {
			return true
		}
	}
	return false
}

// revocationFailed and revoked (0x1, 0x4) can only be told by asking the
// CA's servers from the PC. The evidence lists the addresses the PC must
// reach and how to read certutil's answer.
func revocationFailed(leaf *x509.Certificate) []Evidence {
	out := append([]Evidence{ev(messages.CertRevOffline)}, revocationURLs(leaf)...)
	return append(out,
		Evidence{ID: messages.CertRevCommand, Command: cmdVerify},
		ev(messages.CertRevPassed), ev(messages.CertRevOutOffline), ev(messages.CertRevOutURLs),
		Evidence{ID: messages.CertRevProxy, Command: cmdProxy})
}

func revoked(leaf *x509.Certificate) []Evidence {
	out := append([]Evidence{ev(messages.CertRevOffline)}, revocationURLs(leaf)...)
	return append(out,
		Evidence{ID: messages.CertRevCommand, Command: cmdVerify},
		ev(messages.CertRevPassed), ev(messages.CertRevOutRevoked))
}

func revocationURLs(leaf *x509.Certificate) []Evidence {
	var out []Evidence
	if len(leaf.CRLDistributionPoints) > 0 {
		out = append(out, ev(messages.CertRevCRL, "urls", strings.Join(leaf.CRLDistributionPoints, ", ")))
	}
	if len(leaf.OCSPServer) > 0 {
		out = append(out, ev(messages.CertRevOCSP, "urls", strings.Join(leaf.OCSPServer, ", ")))
	}
	if len(out) == 0 {
		out = append(out, ev(messages.CertRevNone))
	}
	return out
}

// channel (0x80000000) is a handshake failure, which a certificate alone
// does not show; keys and key usages that handshakes refuse are hints.
func channel(certs []*x509.Certificate) []Evidence {
	out := []Evidence{ev(messages.CertChannelOffline)}
	for _, c := range certs {
		alg, bits := keyOf(c)
		switch {
		case alg == "Ed25519" || alg == "DSA":
			out = append(out, ev(messages.CertKeyUnsupported, "subject", nameOf(c), "alg", alg))
		case alg == "RSA" && bits >= 1024 && bits < 2048, alg == "ECDSA" && bits < 256:
			out = append(out, ev(messages.CertKeyWeak, "subject", nameOf(c), "alg", alg, "bits", strconv.Itoa(bits)))
		}
	}
	if need, ok := keyUsageLacks(certs[0]); ok {
		out = append(out, ev(messages.CertKeyUsageBad, "subject", nameOf(certs[0]),
			"usage", refs(kuPrefix, keyUsageNames(certs[0].KeyUsage)), "need", need, "alg", certs[0].PublicKeyAlgorithm.String()))
	}
	return append(out, Evidence{ID: messages.CertChannelCommand, Command: cmdProtocols})
}

// keyUsageLacks reports the key usage a TLS server key needs that the
// leaf's key usage extension leaves out: digitalSignature for ECDSA (and
// for RSA with ECDHE), or keyEncipherment for RSA key exchange.
func keyUsageLacks(leaf *x509.Certificate) (string, bool) {
	ku := leaf.KeyUsage
	if ku == 0 {
		return "", false // no extension: any use
	}
	switch leaf.PublicKeyAlgorithm {
	case x509.RSA:
		if ku&(x509.KeyUsageDigitalSignature|x509.KeyUsageKeyEncipherment) == 0 {
			return refs(kuPrefix, []string{"digital-signature", "key-encipherment"}), true
		}
	case x509.ECDSA, x509.Ed25519:
		if ku&x509.KeyUsageDigitalSignature == 0 {
			return refs(kuPrefix, []string{"digital-signature"}), true
		}
	}
	return "", false
}
