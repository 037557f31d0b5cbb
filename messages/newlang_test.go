package messages_test

import (
	"bytes"
	"go/ast"
	"go/parser"
	"go/printer"
	"go/token"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"proxycert/messages"
)

// newLang is the throwaway language of TestNewCatalog: no real catalog
// and no other test of this package may use the tag.
const newLang = "xx"

// TestNewCatalog checks the promise that adding a UI language means adding
// one catalog file and running go generate. In a copy of the module it
// writes messages/xx.go (the English catalog under the tag xx and a name of
// its own), runs go generate, and then sees the language everywhere the
// list of catalogs reaches: this package's tests (completeness and the
// generated file), the command line's usage and --lang, the page's
// language switch (app/page TestLangSwitch) and the link reader's lang=
// (decoder TestReadLinkLanguages). It builds the module's packages from
// the module cache, so it takes a while; -short skips it.
func TestNewCatalog(t *testing.T) {
	if testing.Short() {
		t.Skip("copies and builds the module")
	}
	goCommand(t, ".") // skips where no go command runs
	root := t.TempDir()
	copyModule(t, "..", root)
	const name = "Xx (test)"
	writeFile(t, filepath.Join(root, "messages", newLang+".go"), newCatalog(t, name))

	run := func(dir string, args ...string) string {
		t.Helper()
		cmd := goCommand(t, filepath.Join(root, dir), args...)
		// The copy builds from the module cache as it is: no download.
		cmd.Env = append(os.Environ(), "GOPROXY=off", "GOTOOLCHAIN=local")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("go %s in the copy: %v\n%s", strings.Join(args, " "), err, out)
		}
		return string(out)
	}
	run("messages", "generate")
	out := run(".", "test", "-short", "-count=1", "-v", "./messages")
	if !strings.Contains(out, "--- PASS: TestCatalogComplete/"+newLang) {
		t.Errorf("the completeness test did not cover %s:\n%s", newLang, out)
	}
	out = run(".", "test", "-count=1", "-v", "-run", "^(TestLangSwitch|TestReadLinkLanguages)$", "./app/page", "./decoder")
	for _, test := range []string{"TestLangSwitch", "TestReadLinkLanguages"} {
		if !strings.Contains(out, "--- PASS: "+test) {
			t.Errorf("%s did not run and pass in the copy:\n%s", test, out)
		}
	}

	bin := filepath.Join(root, "proxycert")
	run(".", "build", "-o", bin, "./app")
	langs := slices.Concat(messages.Languages()[:1], slices.Sorted(slices.Values(append(messages.Languages()[1:], newLang))))
	help := runBinary(t, bin, "--help")
	if want := "--lang " + strings.Join(langs, "|"); !strings.Contains(help, want) {
		t.Errorf("proxycert --help lacks %q:\n%s", want, help)
	}
	decodeHelp := runBinary(t, bin, "decode", "--help")
	if want := "output language: " + strings.Join(langs, " or "); !strings.Contains(decodeHelp, want) {
		t.Errorf("proxycert decode --help lacks %q:\n%s", want, decodeHelp)
	}
	if got, want := runBinary(t, bin, "decode", "--lang", newLang, "0x18"), runBinary(t, bin, "decode", "--lang", "en", "0x18"); got != want {
		t.Errorf("decode --lang %s gives\n%s\nwant the English answer it copies:\n%s", newLang, got, want)
	}
}

// newCatalog returns the source of messages/xx.go: the declaration of the
// English catalog, renamed, with Lang and Name changed.
func newCatalog(t *testing.T, name string) []byte {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "en.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.VAR || g.Specs[0].(*ast.ValueSpec).Names[0].Name != "english" {
			continue
		}
		spec := g.Specs[0].(*ast.ValueSpec)
		spec.Names[0].Name = "throwaway"
		for _, e := range spec.Values[0].(*ast.CompositeLit).Elts {
			kv := e.(*ast.KeyValueExpr)
			switch kv.Key.(*ast.Ident).Name {
			case "Lang":
				kv.Value = &ast.BasicLit{Kind: token.STRING, Value: strconv.Quote(newLang)}
			case "Name":
				kv.Value = &ast.BasicLit{Kind: token.STRING, Value: strconv.Quote(name)}
			}
		}
		var b bytes.Buffer
		b.WriteString("package messages\n\n")
		if err := printer.Fprint(&b, fset, g); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	t.Fatal("no `var english = Catalog{…}` in en.go")
	return nil
}

// copyModule copies the module at src to dst without what the build
// leaves (dist, out, bin, web/app.wasm*) and hidden directories.
func copyModule(t *testing.T, src, dst string) {
	t.Helper()
	skip := map[string]bool{"dist": true, "out": true, "bin": true}
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		if d.IsDir() {
			if rel != "." && (strings.HasPrefix(d.Name(), ".") || d.Name() == "node_modules" || skip[filepath.ToSlash(rel)]) {
				return filepath.SkipDir
			}
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		if !d.Type().IsRegular() || strings.HasPrefix(filepath.ToSlash(rel), "web/app.wasm") {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

func writeFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// runBinary runs the built command line and returns its output, standard
// error included (usage goes there); it fails the test on a non-zero exit.
func runBinary(t *testing.T, bin string, args ...string) string {
	t.Helper()
	out, err := exec.Command(bin, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("proxycert %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}
