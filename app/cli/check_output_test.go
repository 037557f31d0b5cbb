package cli

import (
	"crypto/x509"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"proxycert/decoder"
	"proxycert/decoder/cert/certtest"
	"proxycert/messages"
)

// TestCheckAgreesWithCert reads a chain with check and the same chain,
// saved to a file, with cert: the verdicts a certificate settles by
// itself, their evidence and the certificates' fields are the same.
func TestCheckAgreesWithCert(t *testing.T) {
	p, roots := testPKI(t)
	tpl := leafTemplate("mail.contoso.com", "autodiscover.contoso.com")
	tpl.NotBefore, tpl.NotAfter = p.Now.AddDate(-1, 0, 0), p.Now.AddDate(0, 0, -1)
	tpl.ExtKeyUsage = []x509.ExtKeyUsage{x509.ExtKeyUsageClientAuth}
	leaf := p.Issue(t, tpl, certtest.ECKey(t), &p.Inter)
	chain := []*x509.Certificate{leaf.Cert, p.Inter.Cert}
	addr := serveTLS(t, "127.0.0.1", leaf.Key, chain, nil)
	file := filepath.Join(t.TempDir(), "server.pem")
	if err := os.WriteFile(file, []byte(certtest.PEM(chain...)), 0o600); err != nil {
		t.Fatal(err)
	}
	opts := []string{"--json", "--msstd", "msstd:owa.contoso.com", "--at", p.Now.Format(time.RFC3339)}
	_, checkOut, errOut := runCLI(append([]string{"check", "--roots", roots, "--name", "srv.company.local", addr}, opts...), nil, checkEnv())
	_, certOut, _ := runCLI(append([]string{"cert", "--server", "srv.company.local", file}, opts...), nil, checkEnv())
	type item struct {
		Flag     struct{ Value uint32 } `json:"flag"`
		Verdict  string                 `json:"verdict"`
		Evidence json.RawMessage        `json:"evidence"`
	}
	var fromCheck struct {
		Evidence  []item          `json:"evidence"`
		Principal item            `json:"principal"`
		Chain     json.RawMessage `json:"chain"`
	}
	var fromCert struct {
		Findings  []item          `json:"findings"`
		Principal item            `json:"principal"`
		Chain     json.RawMessage `json:"chain"`
	}
	if err := json.Unmarshal([]byte(checkOut), &fromCheck); err != nil {
		t.Fatalf("check: %v\n%s%s", err, checkOut, errOut)
	}
	if err := json.Unmarshal([]byte(certOut), &fromCert); err != nil {
		t.Fatalf("cert: %v\n%s", err, certOut)
	}
	settled := map[uint32]bool{0x2: true, 0x10: true, 0x20: true, 0x40: true}
	explained := 0
	for i, f := range fromCert.Findings {
		if !settled[f.Flag.Value] {
			continue
		}
		c := fromCheck.Evidence[i]
		if c.Flag != f.Flag || c.Verdict != f.Verdict || string(c.Evidence) != string(f.Evidence) {
			t.Errorf("flag %#x: check says %s %s, cert %s %s", f.Flag.Value, c.Verdict, c.Evidence, f.Verdict, f.Evidence)
		}
		if f.Verdict == "explained" {
			explained++
		}
	}
	if explained != 3 { // the name, the dates, the usage
		t.Errorf("%d flags explained, want 3:\n%s", explained, certOut)
	}
	if fromCheck.Principal.Verdict != "explained" || fromCheck.Principal.Verdict != fromCert.Principal.Verdict ||
		string(fromCheck.Principal.Evidence) != string(fromCert.Principal.Evidence) {
		t.Errorf("principal: check %+v, cert %+v", fromCheck.Principal, fromCert.Principal)
	}
	if string(fromCheck.Chain) != string(fromCert.Chain) {
		t.Errorf("the chains differ:\ncheck %s\ncert  %s", fromCheck.Chain, fromCert.Chain)
	}
}

// TestCheckJSON checks --json's shape: decode's fields for the code, then
// the connection, the chain as sent and a verdict with evidence per flag,
// and the page's link for the code and the name.
func TestCheckJSON(t *testing.T) {
	p, roots := testPKI(t)
	leaf := p.Server(t, time.Time{}, "mail.contoso.com")
	addr := serveTLS(t, "127.0.0.1", leaf.Key, []*x509.Certificate{leaf.Cert, p.Inter.Cert}, nil)
	code, out, errOut := runCLI([]string{"check", "--json", "--roots", roots, "--name", "srv.company.local", addr}, nil,
		checkEnv("PROXYCERT_URL", "https://proxycert.example/tools/"))
	if code != statusFlagsSet {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	var obj map[string]any
	if err := json.Unmarshal([]byte(out), &obj); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"recognized", "language", "variant", "server", "code", "hex", "flags", "unknownBits",
		"alternative", "otherFamily", "warnings", "open", "principal", "link", "at", "connection", "chain", "unrelated", "evidence", "notes"} {
		if _, ok := obj[k]; !ok {
			t.Errorf("no %q in %s", k, out)
		}
	}
	var j checkJSON
	json.Unmarshal([]byte(out), &j)
	host, port, _ := net.SplitHostPort(addr)
	if j.Hex != "0x00000010" || j.Server != "srv.company.local" || j.Connection.Host != host || fmt.Sprint(j.Connection.Port) != port ||
		j.Connection.Address != addr || j.Connection.Proxy != "" || j.Connection.Sent != 2 || !strings.HasPrefix(j.Connection.Roots, "--roots ") {
		t.Errorf("%+v", j)
	}
	if len(j.Evidence) != 8 || len(j.Chain) != 2 || j.Chain[0].Role != "leaf" || j.Chain[0].CommonName != "mail.contoso.com" {
		t.Errorf("%d verdicts, chain %+v", len(j.Evidence), j.Chain)
	}
	// The page's own link for the code and the name, in the language
	// PROXYCERT_LANG chose; decoder's tests pin its form.
	want, _ := decoder.ShareLink("https://proxycert.example/tools/", decoder.Link{Code: "0x00000010", Server: "srv.company.local"}.Result(), "", "en")
	if j.Link != want || !strings.HasPrefix(want, "https://proxycert.example/tools/") {
		t.Errorf("link %q, want %q", j.Link, want)
	}
}

// TestCheckUsage covers command lines check refuses before it connects.
func TestCheckUsage(t *testing.T) {
	_, roots := testPKI(t)
	key := filepath.Join(t.TempDir(), "server.key")
	os.WriteFile(key, []byte("-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIG1vcmUgdGhhbiBhIHRlc3Qga2V5IGZvciB0aGlzISE=\n-----END PRIVATE KEY-----\n"), 0o600)
	for _, tc := range []struct {
		name string
		args []string
		env  []string
		exit int
		want string
	}{
		{"no server", nil, nil, statusUsage, "name the proxy server"},
		{"two servers", []string{"a.contoso.com", "b.contoso.com"}, nil, statusUsage, "one server at a time"},
		{"a port out of range", []string{"mail.contoso.com:0"}, nil, statusUsage, "from 1 to 65535"},
		{"an http address", []string{"http://mail.contoso.com/"}, nil, statusUsage, "only https://"},
		{"a bad character", []string{"mail contoso"}, nil, statusUsage, `' ' is not allowed`},
		{"a bad --name", []string{"--name", "a..b", "mail.contoso.com"}, nil, statusUsage, "--name"},
		{"a timeout of zero", []string{"--timeout", "0s", "mail.contoso.com"}, nil, statusUsage, "--timeout"},
		{"a timeout without unit", []string{"--timeout", "10", "mail.contoso.com"}, nil, statusUsage, "-timeout"},
		{"a SOCKS proxy", []string{"--proxy", "socks5://127.0.0.1:1080", "mail.contoso.com"}, nil, statusUsage, "socks5:// proxies are not supported"},
		{"a bad --at", []string{"--at", "soon", "mail.contoso.com"}, nil, statusUsage, "--at"},
		{"a bad --lang", []string{"--lang", "fr", "mail.contoso.com"}, nil, statusUsage, "fr"},
		{"a bad PROXYCERT_URL", []string{"mail.contoso.com"}, []string{"PROXYCERT_URL", "ftp://x"}, statusUsage, "PROXYCERT_URL"},
		{"a missing --roots file", []string{"--roots", filepath.Join(t.TempDir(), "none.pem"), "mail.contoso.com"}, nil, statusFailed, "none.pem"},
		{"a --roots file without certificates", []string{"--roots", key, "mail.contoso.com"}, nil, statusUsage,
			messages.For("en").Cert[messages.CertErrPrivateKey][:30]},
		{"help", []string{"-h"}, nil, statusOK, "HOST[:PORT]"},
		{"roots given, and still no server", []string{"--roots", roots}, nil, statusUsage, "name the proxy server"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := runCLI(append([]string{"check"}, tc.args...), nil, checkEnv(tc.env...))
			if code != tc.exit || out != "" || !strings.Contains(errOut, tc.want) {
				t.Errorf("exit %d (want %d), stdout %q, stderr lacks %q:\n%s", code, tc.exit, out, tc.want, errOut)
			}
		})
	}
}
