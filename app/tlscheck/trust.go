package tlscheck

import (
	"context"
	"crypto/x509"
	"errors"
	"net/http"
	"runtime"
	"time"

	"proxycert/decoder/cert"
	"proxycert/messages"
)

// maxFetchedIssuers is how many missing issuers are fetched, one level of
// the chain each: real chains have one or two intermediates.
const maxFetchedIssuers = 3

// trust asks the verifier whether certs (as the server sent them, leaf
// first) chain to a trusted root. A missing issuer is fetched from the
// address the certificate names for it, as Windows' chain engine does. It
// returns the verdict and the chain to check for revocation: the verified
// one, else the certificates sorted as far as they link, with root
// reporting that the last is self-signed.
func (c *Checker) trust(ctx context.Context, client *http.Client, roots *x509.CertPool, certs []*x509.Certificate) (t cert.Trust, path []*x509.Certificate, root bool) {
	t.Store = c.store()
	all := certs
	var firstErr error
	for {
		chains, err := c.verify(roots, all[0], all[1:])
		if err == nil {
			t.Outcome, t.Path = cert.Trusted, chains[0]
			return t, chains[0], true
		}
		if firstErr == nil {
			firstErr = err
		}
		if !errors.As(err, new(x509.UnknownAuthorityError)) {
			t.Outcome, t.Detail = cert.TrustUnknown, messages.Clip(err.Error(), maxWhy)
			path, root = cert.Path(all)
			return t, path, root
		}
		path, root = cert.Path(all)
		if root || len(t.Fetched) == maxFetchedIssuers {
			break
		}
		got, addr := c.fetchIssuer(ctx, client, path[len(path)-1])
		if got == nil {
			break
		}
		t.Fetched = append(t.Fetched, cert.Fetched{Cert: got, URL: addr})
		all = append(all[:len(all):len(all)], got)
	}
	t.Outcome = cert.Untrusted
	// When a certificate higher up does reach a trusted root, the verifier
	// refused a link below it (an issuer that is no CA, a name
	// constraint): that is an invalid chain (0x2), not an untrusted one.
	for i := 1; i < len(path); i++ {
		if _, err := c.verify(roots, path[i], all); err == nil {
			t.Outcome, t.Detail = cert.TrustUnknown, messages.Clip(firstErr.Error(), maxWhy)
			break
		}
	}
	return t, path, root
}

// fetchIssuer fetches the issuer of top from the first http address top
// names for it (authority information access, CA Issuers). It returns
// nil when there is none or it gives no certificate.
func (c *Checker) fetchIssuer(ctx context.Context, client *http.Client, top *x509.Certificate) (*x509.Certificate, string) {
	for _, addr := range top.IssuingCertificateURL {
		if !isHTTP(addr) {
			continue
		}
		data, why := c.fetch(ctx, client, addr, nil, "")
		if why != "" {
			return nil, ""
		}
		got, err := cert.Read(data)
		if err != nil || len(got) == 0 {
			return nil, ""
		}
		return got[0], addr
	}
	return nil, ""
}

// verify asks Go's verifier for a chain from leaf through others to
// roots (nil: the system's), judging trust alone: any usage is accepted,
// as 0x40 is judged apart, and so are dates (0x20): Go's own verifier
// gets copies valid at any time, and a platform verifier (Windows, macOS),
// which reads the certificates themselves, is asked again at a time they
// are all valid.
func (c *Checker) verify(roots *x509.CertPool, leaf *x509.Certificate, others []*x509.Certificate) ([][]*x509.Certificate, error) {
	pool := x509.NewCertPool()
	for _, o := range others {
		pool.AddCert(timeless(o))
	}
	opts := x509.VerifyOptions{Roots: roots, Intermediates: pool, CurrentTime: c.At,
		KeyUsages: []x509.ExtKeyUsage{x509.ExtKeyUsageAny}}
	chains, err := timeless(leaf).Verify(opts)
	var inv x509.CertificateInvalidError
	if errors.As(err, &inv) && inv.Reason == x509.Expired {
		if at, ok := commonTime(append([]*x509.Certificate{leaf}, others...)); ok {
			opts.CurrentTime = at
			chains, err = timeless(leaf).Verify(opts)
		}
	}
	return chains, err
}

// rootPool is the pool of the --roots certificates, timeless as verify
// needs them; nil for the system's roots.
func (c *Checker) rootPool() *x509.CertPool {
	if c.Roots == nil {
		return nil
	}
	pool := x509.NewCertPool()
	for _, r := range c.Roots {
		pool.AddCert(timeless(r))
	}
	return pool
}

// timeless returns a copy of c valid at any time. Signatures cover the
// certificate's raw bytes, not these fields, so the chain verifies the
// same.
func timeless(c *x509.Certificate) *x509.Certificate {
	w := *c
	w.NotBefore, w.NotAfter = time.Time{}, time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)
	return &w
}

// commonTime returns a time at which every certificate is valid.
func commonTime(certs []*x509.Certificate) (time.Time, bool) {
	from, to := certs[0].NotBefore, certs[0].NotAfter
	for _, c := range certs[1:] {
		if c.NotBefore.After(from) {
			from = c.NotBefore
		}
		if c.NotAfter.Before(to) {
			to = c.NotAfter
		}
	}
	return from.Add(to.Sub(from) / 2), from.Before(to)
}

// store names the roots trust is judged against, for evidence.
func (c *Checker) store() string {
	switch {
	case c.Roots != nil:
		return c.Store
	case runtime.GOOS == "windows":
		return "@" + messages.CertNetStoreWindows
	case runtime.GOOS == "darwin" || runtime.GOOS == "ios":
		return "@" + messages.CertNetStoreMacOS
	}
	return "@" + messages.CertNetStoreSystem
}
