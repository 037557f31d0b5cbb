package cert

import (
	"bytes"
	"crypto"
	"crypto/rsa"
	_ "crypto/sha1" // the hashes rsaHash names
	_ "crypto/sha256"
	_ "crypto/sha512"
	"crypto/x509"
)

// chain is a paste sorted into the leaf and its issuers.
type chain struct {
	certs     []*x509.Certificate // leaf first, each followed by its issuer
	unrelated []*x509.Certificate // pasted, but not on the leaf's path
	reordered bool                // the path was pasted in another order
	root      bool                // the last of certs is self-signed
	badLinks  [][2]*x509.Certificate
}

// role names certs[i] for the field table.
func (ch chain) role(i int) string {
	switch {
	case i == 0:
		return "leaf"
	case i == len(ch.certs)-1 && ch.root:
		return "root"
	}
	return "intermediate"
}

// buildChain finds the leaf, the certificate that signed none of the others
// (preferring one that is no CA), and follows its issuers through the paste.
// Links are proven by signatures or key identifiers (see signs), not by
// names alone: two CA certificates may share a name across a renewal, and
// a name match that signs fails is kept as a bad link to report.
func buildChain(certs []*x509.Certificate) chain {
	leaf := pickLeaf(certs)
	used := map[int]bool{leaf: true}
	path := []int{leaf}
	var ch chain
	for cur := leaf; ; {
		c := certs[cur]
		if selfSigned(c) {
			ch.root = true
			break
		}
		next := -1
		for j, p := range certs {
			if used[j] || !bytes.Equal(c.RawIssuer, p.RawSubject) {
				continue
			}
			if signs(p, c) {
				next = j
				break
			}
			ch.badLinks = append(ch.badLinks, [2]*x509.Certificate{c, p})
		}
		if next < 0 {
			break
		}
		used[next] = true
		path = append(path, next)
		cur = next
	}
	for k, i := range path {
		ch.certs = append(ch.certs, certs[i])
		if k > 0 && path[k-1] > i {
			ch.reordered = true
		}
	}
	for i, c := range certs {
		if !used[i] {
			ch.unrelated = append(ch.unrelated, c)
		}
	}
	return ch
}

// pickLeaf returns the index of the certificate that issued none of the
// others, preferring one that is not a CA; a lone CA certificate is
// checked as the server's when nothing else was pasted.
func pickLeaf(certs []*x509.Certificate) int {
	best := -1
	for i, c := range certs {
		issuer := false
		for j, o := range certs {
			if i != j && bytes.Equal(o.RawIssuer, c.RawSubject) && signs(c, o) {
				issuer = true
				break
			}
		}
		switch {
		case issuer:
		case !c.IsCA:
			return i
		case best < 0:
			best = i
		}
	}
	return max(best, 0)
}

// signs reports whether parent issued child, whose issuer name callers
// have already matched with parent's subject.
//
// RSA signatures, which sign most Exchange certificates, are verified.
// Unlike CheckSignature this does not ask parent to be a CA (a server's
// self-signed certificate often is not; a chain through a non-CA is
// reported on its own), and it verifies SHA-1, which Windows still accepts
// from company CAs and which is reported separately as weak.
//
// Other signatures are matched as Windows' chain engine first matches an
// issuer: by key identifier, the child's authority key identifier against
// the parent's subject key identifier, and on the names' word when either
// certificate lacks one. Verifying them as well would link CheckSignature's
// curve arithmetic into the page (some 40 KB gzip), to catch only a
// certificate whose signature was forged or damaged after issue.
func signs(parent, child *x509.Certificate) bool {
	if h, ok := rsaHash(child.SignatureAlgorithm); ok {
		key, isRSA := parent.PublicKey.(*rsa.PublicKey)
		if !isRSA {
			return false
		}
		d := h.New()
		d.Write(child.RawTBSCertificate)
		return rsa.VerifyPKCS1v15(key, h, d.Sum(nil), child.Signature) == nil
	}
	aki, ski := child.AuthorityKeyId, parent.SubjectKeyId
	return len(aki) == 0 || len(ski) == 0 || bytes.Equal(aki, ski)
}

// rsaHash returns the hash of an RSA PKCS #1 v1.5 signature algorithm.
func rsaHash(alg x509.SignatureAlgorithm) (crypto.Hash, bool) {
	switch alg {
	case x509.SHA1WithRSA:
		return crypto.SHA1, true
	case x509.SHA256WithRSA:
		return crypto.SHA256, true
	case x509.SHA384WithRSA:
		return crypto.SHA384, true
	case x509.SHA512WithRSA:
		return crypto.SHA512, true
	}
	return 0, false
}

// selfSigned reports whether c names itself as issuer and its own key made
// its signature.
func selfSigned(c *x509.Certificate) bool {
	return bytes.Equal(c.RawIssuer, c.RawSubject) && signs(c, c)
}

// nameOf is how evidence names a certificate: its common name, else its
// whole subject, else its thumbprint.
func nameOf(c *x509.Certificate) string {
	switch {
	case c.Subject.CommonName != "":
		return c.Subject.CommonName
	case len(c.Subject.Names) > 0:
		return distinguishedName(c.Subject)
	}
	return thumbprint(c.Raw)
}

// issuerNameOf names c's issuer the same way, from c's issuer field.
func issuerNameOf(c *x509.Certificate) string {
	if c.Issuer.CommonName != "" {
		return c.Issuer.CommonName
	}
	return distinguishedName(c.Issuer)
}
