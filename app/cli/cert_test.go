package cli

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/json"
	"encoding/pem"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"proxycert/messages"
)

// certFiles writes a CA and a server certificate for mail.contoso.com
// (valid through 2026) into a temporary directory: the leaf as PEM, the CA
// as DER, and a private key, as files people pass to the command.
func certFiles(t *testing.T) (leafPEM, caDER, keyPEM string) {
	t.Helper()
	dir := t.TempDir()
	caKey, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	leafKey, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	caTpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "Contoso CLI CA"},
		NotBefore: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC), NotAfter: time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC),
		IsCA: true, BasicConstraintsValid: true, KeyUsage: x509.KeyUsageCertSign}
	caDERBytes, err := x509.CreateCertificate(rand.Reader, caTpl, caTpl, &caKey.PublicKey, caKey)
	if err != nil {
		t.Fatal(err)
	}
	leafTpl := &x509.Certificate{SerialNumber: big.NewInt(2), Subject: pkix.Name{CommonName: "mail.contoso.com"},
		DNSNames:  []string{"mail.contoso.com", "autodiscover.contoso.com"},
		NotBefore: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), NotAfter: time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC),
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}}
	leafDER, err := x509.CreateCertificate(rand.Reader, leafTpl, caTpl, &leafKey.PublicKey, caKey)
	if err != nil {
		t.Fatal(err)
	}
	keyDER, _ := x509.MarshalPKCS8PrivateKey(leafKey)
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	return write("server.cer", pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: leafDER})),
		write("ca.der", caDERBytes),
		write("server.key", pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: keyDER}))
}

func TestCertCommand(t *testing.T) {
	leaf, ca, key := certFiles(t)
	leafText, _ := os.ReadFile(leaf)
	en, ja := messages.For("en"), messages.For("ja")
	for _, tc := range []struct {
		name   string
		args   []string
		stdin  string
		exit   int
		out    []string // must appear on stdout
		notOut []string
		errOut []string // must appear on stderr
	}{
		{name: "acceptance: name flag explained, both names shown",
			args: []string{"cert", "--server", "srv.company.local", "--code", "0x10", "--at", "2026-05-01", leaf},
			exit: statusOK,
			out: []string{"0x00000010", en.Cert[messages.CertVerdictExplained], "mail.contoso.com",
				"autodiscover.contoso.com", "srv.company.local"},
			notOut: []string{"0x00000008", "0x00000020"}},
		{name: "chain from two files, PEM and DER, flags after the file",
			args: []string{"cert", leaf, ca, "--server", "mail.contoso.com", "--at", "2026-05-01T09:00:00+09:00"},
			exit: statusOK,
			out: []string{en.Cert[messages.CertRoleLeaf], en.Cert[messages.CertRoleRoot], "Contoso CLI CA",
				"0x80000000", en.Cert[messages.CertFlagsAll]}},
		{name: "standard input, in Japanese",
			args:  []string{"cert", "--lang", "ja", "--server", "mail.contoso.com", "--at", "2027-02-01", "--code", "0x20", "-"},
			stdin: string(leafText), exit: statusOK,
			out: []string{ja.Cert[messages.CertVerdictExplained], "2027-02-01 00:00 UTC", ja.Cert[messages.CertFieldsHeading]}},
		{name: "principal name under code 0",
			args: []string{"cert", "--server", "mail.contoso.com", "--msstd", "msstd:owa.contoso.com", "--code", "0", leaf},
			exit: statusOK,
			out:  []string{en.Cert[messages.CertPrincipalTitle], "msstd:owa.contoso.com", en.Cert[messages.CertVerdictExplained]}},
		{name: "a private key is refused", args: []string{"cert", "--server", "x", key}, exit: statusNotRecognized,
			errOut: []string{en.Cert[messages.CertErrPrivateKey]}},
		{name: "an empty standard input", args: []string{"cert", "--server", "x", "-"}, exit: statusNotRecognized,
			errOut: []string{"standard input", en.Cert[messages.CertErrEmpty]}},
		{name: "a missing file", args: []string{"cert", "--server", "x", filepath.Join(t.TempDir(), "none.cer")},
			exit: statusFailed, errOut: []string{"none.cer"}},
		{name: "no --server", args: []string{"cert", leaf}, exit: statusUsage, errOut: []string{"--server is required"}},
		{name: "no file", args: []string{"cert", "--server", "x"}, exit: statusUsage, errOut: []string{"certificate file"}},
		{name: "bad --at", args: []string{"cert", "--server", "x", "--at", "yesterday", leaf}, exit: statusUsage, errOut: []string{"--at"}},
		{name: "bad --code", args: []string{"cert", "--server", "x", "--code", "0x1G", leaf}, exit: statusUsage, errOut: []string{"--code"}},
		{name: "bad --lang", args: []string{"cert", "--server", "x", "--lang", "fr", leaf}, exit: statusUsage, errOut: []string{"fr"}},
		{name: "help", args: []string{"cert", "-h"}, exit: statusOK, errOut: []string{"--server HOST"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := runCLI(tc.args, strings.NewReader(tc.stdin), nil)
			if code != tc.exit {
				t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tc.exit, out, errOut)
			}
			flat := strings.Join(strings.Fields(out), "")
			for _, s := range tc.out {
				if !strings.Contains(flat, strings.Join(strings.Fields(s), "")) {
					t.Errorf("stdout lacks %q:\n%s", s, out)
				}
			}
			for _, s := range tc.notOut {
				if strings.Contains(out, s) {
					t.Errorf("stdout has %q:\n%s", s, out)
				}
			}
			for _, s := range tc.errOut {
				if !strings.Contains(errOut, s) {
					t.Errorf("stderr lacks %q:\n%s", s, errOut)
				}
			}
		})
	}
}

// TestCertJSON checks the --json output: one object with the verdicts of
// the code's flags and the chain, leaf first.
func TestCertJSON(t *testing.T) {
	leaf, ca, _ := certFiles(t)
	code, out, errOut := runCLI([]string{"cert", "--json", "--server", "srv.company.local", "--code", "0x18",
		"--at", "2026-05-01", ca, leaf}, nil, nil)
	if code != statusOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var d struct {
		Server   string        `json:"server"`
		Code     uint32        `json:"code"`
		Hex      string        `json:"hex"`
		Findings []findingJSON `json:"findings"`
		Chain    []struct {
			Role       string `json:"role"`
			CommonName string `json:"commonName"`
			SHA1       string `json:"sha1"`
		} `json:"chain"`
	}
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if d.Server != "srv.company.local" || d.Code != 0x18 || d.Hex != "0x00000018" || len(d.Findings) != 2 {
		t.Fatalf("report %+v", d)
	}
	name := d.Findings[1]
	if name.Flag.Value != 0x10 || name.Verdict != "explained" || name.Evidence[0].Args["server"] != "srv.company.local" ||
		!strings.Contains(name.Evidence[0].Args["names"], "mail.contoso.com") {
		t.Errorf("name finding %+v", name)
	}
	if d.Findings[0].Flag.Value != 0x8 || d.Findings[0].Verdict != "cannot-tell" {
		t.Errorf("issuer finding %+v", d.Findings[0])
	}
	if len(d.Chain) != 2 || d.Chain[0].Role != "leaf" || d.Chain[1].CommonName != "Contoso CLI CA" || len(d.Chain[0].SHA1) != 40 {
		t.Errorf("chain %+v", d.Chain)
	}
}

// findingJSON is one flag's verdict as cert --json and check --json print it.
type findingJSON struct {
	Flag     struct{ Value uint32 } `json:"flag"`
	Verdict  string                 `json:"verdict"`
	Evidence []struct {
		ID   string            `json:"id"`
		Args map[string]string `json:"args"`
	} `json:"evidence"`
}
