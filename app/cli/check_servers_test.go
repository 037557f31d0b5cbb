package cli

import (
	"context"
	"crypto"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"io"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"golang.org/x/crypto/ocsp"

	"proxycert/decoder/cert/certtest"
)

// The servers of the check tests. Every one listens on a loopback address
// the test chose and stops when the test ends: nothing leaves the machine.

// checkPKI is the test PKI of the check tests, made once per test binary,
// as its RSA issuing CA takes a while to generate.
var checkPKI struct {
	sync.Once
	pki *certtest.PKI
}

// testPKI returns the PKI, and a --roots file holding its root.
func testPKI(t *testing.T) (*certtest.PKI, string) {
	t.Helper()
	checkPKI.Do(func() { checkPKI.pki = certtest.New(t, time.Now()) })
	p := checkPKI.pki
	if p == nil {
		t.Fatal("the test PKI could not be made")
	}
	roots := filepath.Join(t.TempDir(), "roots.pem")
	if err := os.WriteFile(roots, []byte(certtest.PEM(p.Root.Cert)), 0o600); err != nil {
		t.Fatal(err)
	}
	return p, roots
}

// revocableCA issues an issuing CA under the root whose CRL address, on
// loopback, answers that it is not revoked: with it, a chain passes every
// check, revocation included.
func revocableCA(t *testing.T, p *certtest.PKI) certtest.Cert {
	t.Helper()
	rootCRL := serveCRL(t, p.Root)
	return p.Issue(t, &x509.Certificate{
		Subject: pkix.Name{CommonName: "Contoso Test Revocable CA", Organization: []string{"Contoso Test"}},
		IsCA:    true, BasicConstraintsValid: true,
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageCRLSign,
		CRLDistributionPoints: []string{rootCRL.URL},
	}, certtest.ECKey(t), &p.Root)
}

// leafTemplate is a server certificate for names, for server
// authentication, valid a month back and a year ahead.
func leafTemplate(names ...string) *x509.Certificate {
	return &x509.Certificate{
		Subject:     pkix.Name{CommonName: names[0], Organization: []string{"Contoso"}},
		DNSNames:    names,
		KeyUsage:    x509.KeyUsageDigitalSignature,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
}

// serveTLS serves a chain (leaf first) with the leaf's key on a new port
// of host (127.0.0.1 or ::1) until the test ends, and returns host:port.
// Each connection ends after its handshake; cfg may narrow versions and
// suites.
func serveTLS(t *testing.T, host string, key crypto.Signer, chain []*x509.Certificate, cfg *tls.Config) string {
	t.Helper()
	if cfg == nil {
		cfg = &tls.Config{}
	}
	tc := tls.Certificate{PrivateKey: key, Leaf: chain[0]}
	for _, c := range chain {
		tc.Certificate = append(tc.Certificate, c.Raw)
	}
	cfg.Certificates = []tls.Certificate{tc}
	return serve(t, host, func(c net.Conn) {
		s := tls.Server(c, cfg)
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		s.HandshakeContext(ctx)
		s.Close()
	})
}

// serve accepts connections on a new port of host until the test ends,
// handing each to handle, and returns host:port.
func serve(t *testing.T, host string, handle func(net.Conn)) string {
	t.Helper()
	ln, err := net.Listen("tcp", net.JoinHostPort(host, "0"))
	if err != nil {
		t.Skipf("cannot listen on %s: %v", host, err)
	}
	var wg sync.WaitGroup
	t.Cleanup(func() {
		ln.Close()
		wg.Wait()
	})
	wg.Go(func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			wg.Go(func() { handle(c) })
		}
	})
	return ln.Addr().String()
}

// silent accepts connections and never answers, until the test ends: a
// firewall that drops the traffic, as far as the client can tell.
func silent(t *testing.T) string {
	t.Helper()
	done := make(chan struct{})
	addr := serve(t, "127.0.0.1", func(c net.Conn) {
		<-done
		c.Close()
	})
	t.Cleanup(func() { close(done) }) // runs before serve's cleanup
	return addr
}

// refusedAddr returns a loopback address nothing listens on.
func refusedAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

// serveHTTP serves h on loopback until the test ends and returns its URL.
func serveHTTP(t *testing.T, h http.Handler) string {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv.URL
}

// crlServer serves a CA's CRL on loopback. The CRL is made
// for each request, so that a certificate issued with its address can be
// revoked afterwards.
type crlServer struct {
	URL     string
	mu      sync.Mutex
	revoked []*x509.Certificate
}

func serveCRL(t *testing.T, issuer certtest.Cert) *crlServer {
	t.Helper()
	s := &crlServer{}
	s.URL = serveHTTP(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		tpl := &x509.RevocationList{Number: big.NewInt(1), ThisUpdate: time.Now().Add(-time.Hour), NextUpdate: time.Now().Add(24 * time.Hour)}
		s.mu.Lock()
		for _, c := range s.revoked {
			tpl.RevokedCertificateEntries = append(tpl.RevokedCertificateEntries,
				x509.RevocationListEntry{SerialNumber: c.SerialNumber, RevocationTime: time.Now().Add(-2 * time.Hour)})
		}
		s.mu.Unlock()
		der, err := x509.CreateRevocationList(rand.Reader, tpl, issuer.Cert, issuer.Key)
		if err != nil {
			t.Error(err)
		}
		w.Header().Set("Content-Type", "application/pkix-crl")
		w.Write(der)
	})) + "/issuing.crl"
	return s
}

// revoke lists c on the CRL.
func (s *crlServer) revoke(c *x509.Certificate) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.revoked = append(s.revoked, c)
}

// serveOCSP answers every OCSP request about a certificate issuer issued
// with status (ocsp.Good, ocsp.Revoked), and returns its address.
func serveOCSP(t *testing.T, issuer certtest.Cert, status int) string {
	t.Helper()
	return serveHTTP(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		req, err := ocsp.ParseRequest(body)
		if err != nil {
			w.Write(ocsp.MalformedRequestErrorResponse)
			return
		}
		now := time.Now()
		resp, err := ocsp.CreateResponse(issuer.Cert, issuer.Cert, ocsp.Response{Status: status,
			SerialNumber: req.SerialNumber, ThisUpdate: now.Add(-time.Hour), NextUpdate: now.Add(time.Hour),
			RevokedAt: now.Add(-2 * time.Hour)}, issuer.Key)
		if err != nil {
			t.Error(err)
		}
		w.Header().Set("Content-Type", "application/ocsp-response")
		w.Write(resp)
	}))
}

// connectProxy is an HTTP proxy on loopback that opens CONNECT tunnels to
// the names in routes (host:port to a loopback address), the way a proxy
// resolves names the client never looks up, and refuses the others. Plain
// requests for loopback addresses (revocation lists) it passes on.
type connectProxy struct {
	URL    string
	mu     sync.Mutex
	routes map[string]string
	asked  []string // the CONNECT targets asked for, in order
}

func newConnectProxy(t *testing.T, routes map[string]string) *connectProxy {
	t.Helper()
	p := &connectProxy{routes: routes}
	p.URL = serveHTTP(t, p)
	return p
}

func (p *connectProxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p.mu.Lock()
	p.asked = append(p.asked, r.Host)
	to, ok := p.routes[r.Host]
	p.mu.Unlock()
	if r.Method != http.MethodConnect && r.URL.IsAbs() && net.ParseIP(r.URL.Hostname()).IsLoopback() {
		p.forward(w, r)
		return
	}
	if r.Method != http.MethodConnect || !ok {
		http.Error(w, "not allowed", http.StatusForbidden)
		return
	}
	up, err := net.Dial("tcp", to)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer up.Close()
	conn, buf, err := w.(http.Hijacker).Hijack()
	if err != nil {
		return
	}
	defer conn.Close()
	conn.Write([]byte("HTTP/1.1 200 Connection established\r\n\r\n"))
	go io.Copy(up, buf)
	io.Copy(conn, up)
}

// forward passes a plain request on and copies the answer back.
func (p *connectProxy) forward(w http.ResponseWriter, r *http.Request) {
	req, err := http.NewRequestWithContext(r.Context(), r.Method, r.URL.String(), r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	req.Header = r.Header.Clone()
	resp, err := (&http.Transport{}).RoundTrip(req)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	for k, v := range resp.Header {
		w.Header()[k] = v
	}
	w.WriteHeader(resp.StatusCode)
	io.Copy(w, resp.Body)
}

func (p *connectProxy) targets() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.asked...)
}
