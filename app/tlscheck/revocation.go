package tlscheck

import (
	"context"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"net/http"
	"sync"
	"time"

	"golang.org/x/crypto/ocsp"

	"proxycert/decoder/cert"
	"proxycert/messages"
)

// revocation asks every address the chain's certificates name whether
// they are revoked, all at once and within ctx, and reports each answer.
// path is the chain, leaf first; when root is true its last certificate is
// a root, which Windows does not check. Windows stops at the first address
// that answers; every one is asked here, so that the report can say which
// ones the network reaches.
func (c *Checker) revocation(ctx context.Context, client *http.Client, path []*x509.Certificate, root bool) []cert.Revocation {
	n := len(path)
	if root {
		n--
	}
	out := make([]cert.Revocation, n)
	var wg sync.WaitGroup
	for i := range n {
		rv := &out[i]
		rv.Cert = path[i]
		if i+1 < len(path) {
			rv.Issuer = path[i+1]
		}
		for _, u := range rv.Cert.OCSPServer {
			rv.Answers = append(rv.Answers, cert.Answer{URL: u})
		}
		for _, u := range rv.Cert.CRLDistributionPoints {
			rv.Answers = append(rv.Answers, cert.Answer{URL: u})
		}
		if rv.Issuer == nil {
			continue
		}
		for k := range rv.Answers {
			a := &rv.Answers[k]
			if !isHTTP(a.URL) {
				a.Status = cert.NotAsked
				continue
			}
			ask := c.askCRL
			if k < len(rv.Cert.OCSPServer) {
				ask = c.askOCSP
			}
			wg.Go(func() { *a = ask(ctx, client, a.URL, rv.Cert, rv.Issuer) })
		}
	}
	wg.Wait()
	return out
}

// askCRL fetches a CRL and looks for c in it. A CRL that is not signed
// by the issuer, or whose next update has passed, is no answer, as for
// Windows, which then reports the check as failed.
func (c *Checker) askCRL(ctx context.Context, client *http.Client, addr string, leaf, issuer *x509.Certificate) cert.Answer {
	a := cert.Answer{URL: addr, Status: cert.NoAnswer}
	data, why := c.fetch(ctx, client, addr, nil, "")
	if why != "" {
		a.Why = why
		return a
	}
	if block, _ := pem.Decode(data); block != nil && block.Type == "X509 CRL" {
		data = block.Bytes
	}
	crl, err := x509.ParseRevocationList(data)
	if err != nil {
		a.Why = "@" + messages.CertNetWhyNotCRL
		return a
	}
	if err := crl.CheckSignatureFrom(issuer); err != nil {
		a.Why = "@" + messages.CertNetWhySignature
		return a
	}
	if !crl.NextUpdate.IsZero() && time.Now().After(crl.NextUpdate) {
		a.Why = "@" + messages.CertNetWhyStale
		return a
	}
	for _, e := range crl.RevokedCertificateEntries {
		if e.SerialNumber != nil && e.SerialNumber.Cmp(leaf.SerialNumber) == 0 {
			a.Status, a.At = cert.Revoked, e.RevocationTime
			return a
		}
	}
	a.Status, a.At = cert.Good, crl.ThisUpdate
	return a
}

// askOCSP asks an OCSP responder about c. An answer that is not signed
// for the issuer, out of date, or "unknown" is no answer.
func (c *Checker) askOCSP(ctx context.Context, client *http.Client, addr string, leaf, issuer *x509.Certificate) cert.Answer {
	a := cert.Answer{URL: addr, Status: cert.NoAnswer}
	req, err := ocsp.CreateRequest(leaf, issuer, nil)
	if err != nil {
		a.Why = messages.Clip(err.Error(), maxWhy)
		return a
	}
	data, why := c.fetch(ctx, client, addr, req, "application/ocsp-request")
	if why != "" {
		a.Why = why
		return a
	}
	resp, err := ocsp.ParseResponseForCert(data, leaf, issuer)
	var refused ocsp.ResponseError
	var malformed ocsp.ParseError
	switch {
	case errors.As(err, &refused):
		a.Why = "@" + messages.CertNetWhyOCSPRefused
		return a
	case errors.As(err, &malformed):
		a.Why = "@" + messages.CertNetWhyNotOCSP
		return a
	case err != nil:
		a.Why = "@" + messages.CertNetWhySignature
		return a
	case !resp.NextUpdate.IsZero() && time.Now().After(resp.NextUpdate):
		a.Why = "@" + messages.CertNetWhyStale
		return a
	}
	switch resp.Status {
	case ocsp.Good:
		a.Status, a.At = cert.Good, resp.ThisUpdate
	case ocsp.Revoked:
		a.Status, a.At = cert.Revoked, resp.RevokedAt
	default:
		a.Why = "@" + messages.CertNetWhyOCSPUnknown
	}
	return a
}
