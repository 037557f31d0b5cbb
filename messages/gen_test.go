package messages_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os/exec"
	"path/filepath"
	"reflect"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"proxycert/messages"
)

// TestGenerated runs gen.go -check: zz_generated.go must be what the
// catalogs give, so that a key or a catalog added without go generate
// fails here rather than as a puzzling error in another package.
func TestGenerated(t *testing.T) {
	out, err := goCommand(t, ".", "run", "gen.go", "-check").CombinedOutput()
	if err != nil {
		t.Fatalf("go run gen.go -check: %v\n%s", err, out)
	}
}

// goCommand returns the go command with args, to run in dir; it skips the
// test where no go command can be run (GOOS=js under node).
func goCommand(t *testing.T, dir string, args ...string) *exec.Cmd {
	t.Helper()
	if runtime.GOOS == "js" || runtime.GOOS == "wasip1" {
		t.Skipf("no go command under GOOS=%s", runtime.GOOS)
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command:", err)
	}
	cmd := exec.Command(goTool, args...)
	cmd.Dir = dir
	return cmd
}

// TestKeysUsed checks that code uses every key: a text that no code of the
// module names is shown nowhere, and each translation of it is work for
// nothing. It looks for each key's constant with go/ast in the module's
// non-test files: a selector on their import of this package
// (messages.UIPageTitle), or, in this package's own files, the bare name
// anywhere but as a key of a catalog's map[Key]string.
func TestKeysUsed(t *testing.T) {
	self := reflect.TypeFor[messages.Key]().PkgPath() // "proxycert/messages"
	here, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	used := map[string]bool{}
	err = filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			return err
		case d.IsDir():
			// What the go command leaves out of the module.
			if name := d.Name(); path != ".." && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || name == "testdata" || name == "node_modules") {
				return filepath.SkipDir
			}
			return nil
		case !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") || d.Name() == "zz_generated.go":
			return nil
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		if dir, _ := filepath.Abs(filepath.Dir(path)); dir == here {
			markBare(f, used)
		} else {
			markSelected(f, self, used)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range allKeys() {
		if !used[k.String()] {
			t.Errorf("no code uses %s (%q): use it, or remove it from every catalog", k, messages.For("en").T(k))
		}
	}
}

// markBare marks the names in a file of this package, except the keys of
// map[Key]string literals: a catalog giving a key a text is no use of it.
func markBare(f ast.Node, used map[string]bool) {
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CompositeLit:
			if m, ok := n.Type.(*ast.MapType); ok && isIdent(m.Key, "Key") {
				for _, e := range n.Elts {
					markBare(e.(*ast.KeyValueExpr).Value, used)
				}
				return false
			}
		case *ast.Ident:
			used[n.Name] = true
		}
		return true
	})
}

// markSelected marks the names a file of another package selects from its
// import of this package (path self).
func markSelected(f *ast.File, self string, used map[string]bool) {
	for _, imp := range f.Imports {
		if path, _ := strconv.Unquote(imp.Path.Value); path != self {
			continue
		}
		local := filepath.Base(self)
		if imp.Name != nil {
			local = imp.Name.Name
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok && isIdent(sel.X, local) {
				used[sel.Sel.Name] = true
			}
			return true
		})
	}
}

func isIdent(e ast.Expr, name string) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == name
}
