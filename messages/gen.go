//go:build ignore

// Gen writes zz_generated.go, the part of package messages that would
// otherwise be kept in step with the catalogs by hand:
//
//   - the Key constants of Catalog.UI. The English catalog's UI map is the
//     table they come from: every identifier written as a key there (in
//     en.go, `UIPageTitle: "…"`) becomes a constant, in the order written,
//     with its English text as its comment. A key is added by writing it
//     into en.go; every other catalog then has to name the same constant,
//     so a misspelt key is a compile error and a missing text fails the
//     package's tests.
//   - the list of catalogs behind Languages, For and Supported: every
//     top-level `var x = Catalog{Lang: "tag", …}` of the package's files,
//     English first, then by tag. A language is added by adding its catalog
//     file and running go generate.
//
// It reads the package's source with go/parser, never the compiled
// package, so that it works while zz_generated.go is stale or missing.
// Run it with go generate in this directory. With -check it writes nothing
// and fails when zz_generated.go differs from what it would write; the
// package's tests run it so (gen_test.go).
package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

const output = "zz_generated.go"

func main() {
	check := flag.Bool("check", false, "fail when "+output+" is out of date instead of writing it")
	flag.Parse()
	if err := run(*check); err != nil {
		fmt.Fprintln(os.Stderr, "messages/gen.go:", err)
		os.Exit(1)
	}
}

func run(check bool) error {
	p, err := readPackage()
	if err != nil {
		return err
	}
	src, err := p.generate()
	if err != nil {
		return err
	}
	if !check {
		return os.WriteFile(output, src, 0o644)
	}
	if old, err := os.ReadFile(output); err != nil || !bytes.Equal(old, src) {
		return fmt.Errorf("%s is out of date: run go generate ./messages", output)
	}
	return nil
}

// A key is one entry of the English UI map.
type key struct {
	name    string
	text    string   // the English text, when it is written as a literal
	section []string // comment lines written just above the entry
}

// A catalog is one `var x = Catalog{…}`.
type catalog struct{ lang, varName, file string }

// A topVar is a top-level `var x = value` of the package.
type topVar struct {
	value ast.Expr
	file  *ast.File
}

type pkg struct {
	fset     *token.FileSet
	vars     map[string]topVar
	keys     []key
	catalogs []catalog
}

// readPackage parses the package's non-test files in this directory (gen.go
// is package main, and the output is not read) and finds the catalogs and
// the keys.
func readPackage() (*pkg, error) {
	p := &pkg{fset: token.NewFileSet(), vars: map[string]topVar{}}
	names, err := filepath.Glob("*.go")
	if err != nil {
		return nil, err
	}
	var literals []*ast.CompositeLit // every Catalog literal, to check its shape
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") || name == output {
			continue
		}
		f, err := parser.ParseFile(p.fset, name, nil, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		if f.Name.Name == "main" {
			continue
		}
		for _, d := range f.Decls {
			if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.VAR {
				for _, s := range g.Specs {
					if vs := s.(*ast.ValueSpec); len(vs.Names) == 1 && len(vs.Values) == 1 {
						p.vars[vs.Names[0].Name] = topVar{vs.Values[0], f}
					}
				}
			}
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if lit, ok := n.(*ast.CompositeLit); ok && isIdent(lit.Type, "Catalog") {
				literals = append(literals, lit)
			}
			return true
		})
	}
	if err := p.findCatalogs(literals); err != nil {
		return nil, err
	}
	return p, p.findKeys()
}

// langTag is what For can find a catalog by: For matches the primary
// subtag of the reader's tag, so a catalog's tag is a bare primary subtag.
var langTag = regexp.MustCompile(`^[a-z]{2,3}$`)

// findCatalogs collects the catalogs, English first, then by tag. Every
// Catalog literal of the package must be one: a top-level var with a
// literal Lang, the one shape of a catalog file.
func (p *pkg) findCatalogs(literals []*ast.CompositeLit) error {
	for name, v := range p.vars {
		lit, ok := v.value.(*ast.CompositeLit)
		if !ok || !isIdent(lit.Type, "Catalog") {
			continue
		}
		tag, err := unquote(field(lit, "Lang"))
		if err != nil || !langTag.MatchString(tag) {
			return p.errorf(lit, "a catalog's Lang must be a literal primary language subtag such as \"ja\"")
		}
		file := filepath.Base(p.fset.Position(lit.Pos()).Filename)
		p.catalogs = append(p.catalogs, catalog{tag, name, file})
	}
	for _, lit := range literals {
		if !slices.ContainsFunc(p.catalogs, func(c catalog) bool { return p.vars[c.varName].value == lit }) {
			return p.errorf(lit, "a Catalog must be written as a top-level `var x = Catalog{…}` for gen.go to list it")
		}
	}
	slices.SortFunc(p.catalogs, func(a, b catalog) int {
		switch {
		case a.lang == b.lang:
			return 0
		case a.lang == "en":
			return -1
		case b.lang == "en":
			return 1
		}
		return strings.Compare(a.lang, b.lang)
	})
	for i, c := range p.catalogs {
		if i > 0 && c.lang == p.catalogs[i-1].lang {
			return fmt.Errorf("two catalogs for %q: %s and %s", c.lang, p.catalogs[i-1].varName, c.varName)
		}
	}
	if len(p.catalogs) == 0 || p.catalogs[0].lang != "en" {
		return fmt.Errorf("no English catalog (Lang: \"en\")")
	}
	return nil
}

// keyName is the rule for a key's name: UI and a capital, so that the
// constants of Key read as one family at the call site.
var keyName = regexp.MustCompile(`^UI[A-Z0-9][A-Za-z0-9]*$`)

// findKeys reads the keys from the English catalog's UI map, written in the
// catalog or in a top-level var it names.
func (p *pkg) findKeys() error {
	en := p.vars[p.catalogs[0].varName]
	ui := topVar{field(en.value.(*ast.CompositeLit), "UI"), en.file}
	if id, ok := ui.value.(*ast.Ident); ok {
		ui = p.vars[id.Name]
	}
	lit, _ := ui.value.(*ast.CompositeLit)
	if m, ok := typeOf(lit).(*ast.MapType); !ok || !isIdent(m.Key, "Key") || !isIdent(m.Value, "string") {
		return p.errorf(en.value, "the English catalog's UI must be a map[Key]string literal, or a top-level var holding one")
	}
	line := func(pos token.Pos) int { return p.fset.Position(pos).Line }
	prev := lit.Lbrace
	seen := map[string]bool{}
	for _, elt := range lit.Elts {
		kv, _ := elt.(*ast.KeyValueExpr)
		var id *ast.Ident
		if kv != nil {
			id, _ = kv.Key.(*ast.Ident)
		}
		if id == nil || !keyName.MatchString(id.Name) || seen[id.Name] {
			return p.errorf(elt, "a UI key must be the name of its constant, UI and a capital (UIPageTitle), and appear once")
		}
		seen[id.Name] = true
		k := key{name: id.Name}
		k.text, _ = unquote(kv.Value)
		for _, g := range ui.file.Comments {
			if line(g.Pos()) > line(prev) && line(g.End()) < line(kv.Pos()) {
				for _, c := range g.List {
					k.section = append(k.section, c.Text)
				}
			}
		}
		p.keys = append(p.keys, k)
		prev = kv.End()
	}
	if len(p.keys) == 0 {
		return p.errorf(lit, "the English catalog's UI map is empty")
	}
	return nil
}

// generate returns the formatted source of zz_generated.go.
func (p *pkg) generate() ([]byte, error) {
	var b bytes.Buffer
	b.WriteString("// Code generated by \"go run gen.go\"; DO NOT EDIT.\n\npackage messages\n\n")
	b.WriteString("// The keys of Catalog.UI, in the order of the English catalog's UI map,\n")
	b.WriteString("// each with its English text. They start at 1: the zero Key is no key.\nconst (\n")
	for i, k := range p.keys {
		if len(k.section) > 0 && i > 0 {
			b.WriteString("\n")
		}
		for _, line := range k.section {
			b.WriteString(line + "\n")
		}
		b.WriteString(k.name)
		if i == 0 {
			b.WriteString(" Key = iota + 1") // the zero Key is no key
		}
		if k.text != "" {
			b.WriteString(" // " + clip(k.text))
		}
		b.WriteString("\n")
	}
	b.WriteString(")\n\n// keyNames are the names of the keys, for Key.String.\nvar keyNames = [...]string{\n")
	for _, k := range p.keys {
		fmt.Fprintf(&b, "%s: %q,\n", k.name, k.name)
	}
	b.WriteString("}\n\n// catalogs are the package's catalogs, English first, then by tag.\nvar catalogs = [...]*Catalog{\n")
	for _, c := range p.catalogs {
		fmt.Fprintf(&b, "&%s, // %s\n", c.varName, c.file)
	}
	b.WriteString("}\n")
	return format.Source(b.Bytes())
}

// clip shortens a text for a one-line comment, quoted when it has spaces
// at its ends (the notes' separator, "; ").
func clip(s string) string {
	if strings.TrimSpace(s) != s {
		return strconv.Quote(s)
	}
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 72 {
		return string(r[:71]) + "…"
	}
	return s
}

// field returns the value of a keyed field of a struct literal, or nil.
func field(lit *ast.CompositeLit, name string) ast.Expr {
	for _, e := range lit.Elts {
		if kv, ok := e.(*ast.KeyValueExpr); ok && isIdent(kv.Key, name) {
			return kv.Value
		}
	}
	return nil
}

// typeOf returns the type written in a composite literal, or nil.
func typeOf(lit *ast.CompositeLit) ast.Expr {
	if lit == nil {
		return nil
	}
	return lit.Type
}

func isIdent(e ast.Expr, name string) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == name
}

func unquote(e ast.Expr) (string, error) {
	lit, ok := e.(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING {
		return "", fmt.Errorf("not a string literal")
	}
	return strconv.Unquote(lit.Value)
}

func (p *pkg) errorf(n ast.Node, format string, args ...any) error {
	pos := p.fset.Position(n.Pos())
	return fmt.Errorf("%s:%d: %s", filepath.Base(pos.Filename), pos.Line, fmt.Sprintf(format, args...))
}
