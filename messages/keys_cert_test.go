package messages_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"

	"proxycert/messages"
)

// certKeys reads the Cert* ids from keys_cert.go itself, so that an id
// added there without texts fails here; the two prefixes are not ids.
func certKeys(t *testing.T) []string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "keys_cert.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST {
			continue
		}
		for _, s := range g.Specs {
			for i, v := range s.(*ast.ValueSpec).Values {
				lit, ok := v.(*ast.BasicLit)
				name := s.(*ast.ValueSpec).Names[i].Name
				if !ok || lit.Kind != token.STRING || strings.HasSuffix(name, "Prefix") {
					continue
				}
				k, _ := strconv.Unquote(lit.Value)
				keys = append(keys, k)
			}
		}
	}
	for _, n := range messages.CertEKUNames {
		keys = append(keys, messages.CertEKUPrefix+n)
	}
	for _, n := range messages.CertKeyUsageNames {
		keys = append(keys, messages.CertKUPrefix+n)
	}
	if len(keys) < 50 {
		t.Fatalf("read only %d keys from keys_cert.go", len(keys))
	}
	return keys
}

// certPlaceholders are the names package decoder/cert fills; keys_cert.go
// documents which group uses which.
var certPlaceholders = set("type", "line", "piece", "limit", "server", "name", "names", "cn", "ips",
	"pattern", "subject", "issuer", "child", "oids", "from", "to", "at", "days", "ekus", "usage",
	"need", "alg", "bits", "urls", "code")

func TestCertCatalog(t *testing.T) {
	want := certKeys(t)
	en := messages.For("en")
	for _, lang := range messages.Languages() {
		c := messages.For(lang)
		for _, p := range keyProblems(lang+".Cert", slices.Collect(maps.Keys(c.Cert)), want) {
			t.Error(p)
		}
		for k, text := range c.Cert {
			if strings.TrimSpace(text) != text || text == "" {
				t.Errorf("%s.Cert[%q] = %q is empty or has outer spaces", lang, k, text)
			}
			for _, p := range placeholders(text) {
				if !certPlaceholders[p] {
					t.Errorf("%s.Cert[%q] uses {%s}, which package cert never fills", lang, k, p)
				}
			}
			if pe, pc := placeholders(en.Cert[k]), placeholders(text); !slices.Equal(pe, pc) {
				t.Errorf("%s.Cert[%q] uses %v, English uses %v", lang, k, pc, pe)
			}
		}
	}
}
