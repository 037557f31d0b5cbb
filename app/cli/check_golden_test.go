package cli

import (
	"crypto"
	"crypto/tls"
	"crypto/x509"
	"encoding/pem"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"proxycert/messages"
)

// TestGoldenCheck pins check's human answer (testdata/golden/check/, apart
// from TestGolden's files, as it needs a server), in every language, for a
// fixed chain (testdata/check/, made once, valid 2026 to 2036, so that
// serial numbers and fingerprints stay put) served on loopback at a fixed
// time. The server speaks one TLS version and suite, so that the protocol
// line does not follow the machine, and the port it happens to get is
// written as PORT. After a change to the catalogs or to check_answer.go,
// look at the diff of
//
//	go test ./app/cli -run 'Golden' -update
func TestGoldenCheck(t *testing.T) {
	key, chain := goldenServer(t)
	addr := serveTLS(t, "127.0.0.1", key, chain, &tls.Config{MaxVersion: tls.VersionTLS12,
		CipherSuites: []uint16{tls.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256}})
	roots := filepath.Join("testdata", "check", "root.pem")
	for _, lang := range messages.Languages() {
		for _, tc := range []struct {
			name string
			args []string
			exit int
		}{
			// A wrong name (0x10), the principal name fitting, revocation
			// left open: no address in the certificates.
			{"check_name." + lang, []string{"--name", "srv.company.local", "--msstd", "msstd:mail.contoso.com"}, statusFlagsSet},
			{"check_accepted." + lang, []string{"--name", "mail.contoso.com"}, statusOK},
		} {
			t.Run(tc.name, func(t *testing.T) {
				args := append([]string{"check", "--lang", lang, "--roots", roots, "--at", "2026-05-01"}, tc.args...)
				code, out, errOut := runCLI(append(args, addr), nil, checkEnv("PROXYCERT_LANG", ""))
				if code != tc.exit {
					t.Errorf("exit %d, want %d\n%s", code, tc.exit, errOut)
				}
				out = strings.ReplaceAll(out, ":"+portOf(addr), ":PORT")
				dir := filepath.Join("testdata", "golden", "check")
				checkGolden(t, filepath.Join(dir, tc.name+".txt"), out)
				checkGolden(t, filepath.Join(dir, tc.name+".stderr.txt"), errOut)
			})
		}
	}
}

// goldenServer reads the fixed server key and chain.
func goldenServer(t *testing.T) (crypto.Signer, []*x509.Certificate) {
	t.Helper()
	read := func(name string) []*pem.Block {
		data, err := os.ReadFile(filepath.Join("testdata", "check", name))
		if err != nil {
			t.Fatal(err)
		}
		var blocks []*pem.Block
		for b, rest := pem.Decode(data); b != nil; b, rest = pem.Decode(rest) {
			blocks = append(blocks, b)
		}
		return blocks
	}
	keyBlocks := read("server-key.pem")
	key, err := x509.ParsePKCS8PrivateKey(keyBlocks[0].Bytes)
	if err != nil {
		t.Fatal(err)
	}
	var chain []*x509.Certificate
	for _, b := range read("chain.pem") {
		c, err := x509.ParseCertificate(b.Bytes)
		if err != nil {
			t.Fatal(err)
		}
		chain = append(chain, c)
	}
	return key.(crypto.Signer), chain
}
