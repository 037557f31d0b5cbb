package cert

import (
	"crypto/x509"
	"encoding/json"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"proxycert/messages"
)

// TestAcceptanceNameFlag is issue 6's acceptance case: a certificate for
// mail.contoso.com, a dialog naming srv.company.local with code 0x10. The
// name flag is explained and the evidence shows both names.
func TestAcceptanceNameFlag(t *testing.T) {
	p := newPKI(t)
	leaf := p.leaf(t, mailSAN)
	certs, err := Read(pemOf(leaf.cert, p.inter.cert))
	if err != nil {
		t.Fatal(err)
	}
	r := Check(certs, Options{Server: "srv.company.local", At: testNow}).Only(0x10)
	if len(r.Findings) != 1 || r.Findings[0].Flag.Value != 0x10 {
		t.Fatalf("findings for 0x10: %+v", r.Findings)
	}
	if v := r.Findings[0].Verdict; v != Explained {
		t.Fatalf("verdict %s, want explained", v)
	}
	for _, lang := range messages.Languages() {
		d := r.Describe(messages.For(lang))
		it := d.Findings[0]
		if it.Label != messages.For(lang).Cert[messages.CertVerdictExplained] {
			t.Errorf("%s: label %q", lang, it.Label)
		}
		first := it.Evidence[0].Text
		for _, name := range []string{"mail.contoso.com", "autodiscover.contoso.com", "srv.company.local"} {
			if !strings.Contains(first, name) {
				t.Errorf("%s: evidence %q does not name %s", lang, first, name)
			}
		}
	}
}

func TestOnlyOrdersBySeverity(t *testing.T) {
	p := newPKI(t)
	r := Check([]*x509.Certificate{p.leaf(t, mailSAN).cert}, Options{At: testNow}).Only(0x80000018 | 0x1)
	var got []uint32
	for _, f := range r.Findings {
		got = append(got, f.Flag.Value)
	}
	if want := []uint32{0x80000000, 0x8, 0x10, 0x1}; !slices.Equal(got, want) {
		t.Errorf("flags %#x, want %#x", got, want)
	}
	if empty := r.Only(0); len(empty.Findings) != 0 || !empty.HasCode {
		t.Errorf("Only(0) = %+v, want no findings and a code", empty.Findings)
	}
}

// TestFieldsMatchOpenSSL compares the field table with what OpenSSL says
// about the same fixture (testdata/make-fixtures.sh): an independent
// reading of the thumbprint, names and dates.
func TestFieldsMatchOpenSSL(t *testing.T) {
	certs, err := Read(fixture(t, "chain-openssl.txt"))
	if err != nil {
		t.Fatal(err)
	}
	r := Check(certs, Options{Server: "mail.contoso.com", At: certs[0].NotBefore.Add(time.Hour)})
	leaf := r.Chain[0]
	// openssl x509 -noout -fingerprint -sha1 -in chain-openssl.txt
	if want := "20635536463A11CF32FBA0CDC53B27C8F3D9A7BD"; leaf.SHA1 != want {
		t.Errorf("SHA-1 %s, want %s", leaf.SHA1, want)
	}
	if !regexp.MustCompile(`^[0-9A-F]{64}$`).MatchString(leaf.SHA256) {
		t.Errorf("SHA-256 %q is not 64 upper-case hex digits", leaf.SHA256)
	}
	if !slices.Equal(leaf.DNSNames, []string{"mail.contoso.com", "autodiscover.contoso.com"}) || leaf.Role != "leaf" {
		t.Errorf("leaf %+v", leaf)
	}
	if !slices.Equal(leaf.EKU, []string{"server-auth"}) || !leaf.HasEKU || leaf.KeyAlgorithm != "ECDSA" || leaf.KeyBits != 256 {
		t.Errorf("usage and key: %v %v %s %d", leaf.EKU, leaf.HasEKU, leaf.KeyAlgorithm, leaf.KeyBits)
	}
	if len(r.Chain) != 2 || r.Chain[1].Role != "root" || !r.Chain[1].SelfSigned || !r.Chain[1].CA {
		t.Errorf("chain %+v", r.Chain)
	}
	ja := r.Describe(messages.For("ja")).Chain[0]
	if !hasRow(ja.Rows, "拡張キー使用法", "サーバー認証") || !hasRow(ja.Rows, "拇印 (SHA-1)", leaf.SHA1) {
		t.Errorf("Japanese rows %+v", ja.Rows)
	}
}

func hasRow(rows []Row, label, value string) bool {
	for _, r := range rows {
		if r.Label == label && slices.Contains(r.Values, value) {
			return true
		}
	}
	return false
}

func TestReorderedChain(t *testing.T) {
	p := newPKI(t)
	leaf := p.leaf(t, mailSAN)
	other := spec{cn: "Fabrikam Root", ca: true}.make(t, nil)
	r := Check([]*x509.Certificate{p.root.cert, other.cert, leaf.cert, p.inter.cert}, Options{At: testNow})
	var roles []string
	for _, f := range r.Chain {
		roles = append(roles, f.Role+":"+f.CommonName)
	}
	want := []string{"leaf:mail.contoso.com", "intermediate:Contoso Test Issuing CA", "root:Contoso Test Root CA"}
	if !slices.Equal(roles, want) || !r.Reordered {
		t.Errorf("chain %v (reordered %v), want %v", roles, r.Reordered, want)
	}
	if len(r.Unrelated) != 1 || r.Unrelated[0].CommonName != "Fabrikam Root" {
		t.Errorf("unrelated %+v", r.Unrelated)
	}
	if !hasID(r.Notes, messages.CertReordered) || !hasID(r.Notes, messages.CertUnrelated) {
		t.Errorf("notes %v", ids(r.Notes))
	}
	inOrder := Check([]*x509.Certificate{leaf.cert, p.inter.cert, p.root.cert}, Options{At: testNow})
	if inOrder.Reordered || len(inOrder.Notes) != 0 {
		t.Errorf("in-order chain reported as reordered: %v", ids(inOrder.Notes))
	}
}

// TestDescriptionJSON pins the JSON shape of a description, a public
// interface of `proxycert cert --json`.
func TestDescriptionJSON(t *testing.T) {
	p := newPKI(t)
	r := Check([]*x509.Certificate{p.leaf(t, mailSAN).cert}, Options{Server: "srv.company.local", Msstd: "mail.contoso.com", At: testNow})
	b, err := json.Marshal(r.Only(0x18).Describe(messages.For("en")))
	if err != nil {
		t.Fatal(err)
	}
	var obj map[string]any
	if err := json.Unmarshal(b, &obj); err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{
		"":          {"at", "chain", "code", "findings", "hex", "msstd", "notes", "principal", "server", "unrelated"},
		"findings":  {"evidence", "flag", "hex", "label", "title", "verdict"},
		"evidence":  {"args", "command", "id", "text"},
		"chain":     {"ca", "commonName", "crl", "dnsNames", "eku", "hasEku", "ipAddresses", "issuer", "keyAlgorithm", "keyBits", "keyUsage", "notAfter", "notBefore", "ocsp", "role", "selfSigned", "serial", "sha1", "sha256", "signatureAlgorithm", "subject"},
		"principal": {"evidence", "flag", "hex", "label", "title", "verdict"},
	}
	keys := func(v any) []string {
		var k []string
		for name := range v.(map[string]any) {
			k = append(k, name)
		}
		slices.Sort(k)
		return k
	}
	check := func(what string, v any) {
		t.Helper()
		if got := keys(v); !slices.Equal(got, want[what]) {
			t.Errorf("%s keys %v, want %v", what, got, want[what])
		}
	}
	check("", obj)
	check("principal", obj["principal"])
	check("chain", obj["chain"].([]any)[0])
	findings := obj["findings"].([]any)
	if len(findings) != 2 || obj["hex"] != "0x00000018" {
		t.Fatalf("findings %d, hex %v", len(findings), obj["hex"])
	}
	check("findings", findings[0])
	// The trust evidence of 0x8 carries a command.
	evs := findings[0].(map[string]any)["evidence"].([]any)
	check("evidence", evs[len(evs)-1])
}

// TestDistinguishedNames checks subjects and issuers read as Windows shows
// them, most specific part first.
func TestDistinguishedNames(t *testing.T) {
	p := newPKI(t)
	r := Check([]*x509.Certificate{p.leaf(t, mailSAN).cert}, Options{At: testNow})
	leaf := r.Chain[0]
	if leaf.Subject != "CN = mail.contoso.com, O = Contoso Test" || leaf.Issuer != "CN = Contoso Test Issuing CA, O = Contoso Test" {
		t.Errorf("subject %q, issuer %q", leaf.Subject, leaf.Issuer)
	}
	noCN := spec{dns: []string{"mail.contoso.com"}}
	if got := nameOf(p.leaf(t, noCN).cert); got != "O = Contoso Test" {
		t.Errorf("a certificate without CN is named %q", got)
	}
}
