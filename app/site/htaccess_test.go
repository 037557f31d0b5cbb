package site

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestHtaccess checks the .htaccess written for a base path: the rewrite
// targets start from it, and every directive sits in an <IfModule> so that
// a server without the module skips it instead of failing with a 500 (the
// Apache tests in app/e2e run it). Sending the copies needs mod_rewrite and
// mod_headers both, so that no copy goes out without Vary.
func TestHtaccess(t *testing.T) {
	for _, base := range []string{"/", "/tools/proxycert/"} {
		dir := t.TempDir()
		if err := writeHtaccess(dir, base); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(filepath.Join(dir, ".htaccess"))
		if err != nil {
			t.Fatal(err)
		}
		var open []string // the modules of the enclosing <IfModule>s
		rewriteBases := 0
		for i, line := range strings.Split(string(b), "\n") {
			line = strings.TrimSpace(line)
			switch {
			case line == "", strings.HasPrefix(line, "#"):
			case strings.HasPrefix(line, "<IfModule "):
				open = append(open, strings.TrimSuffix(strings.TrimPrefix(line, "<IfModule "), ">"))
			case line == "</IfModule>":
				if len(open) == 0 {
					t.Fatalf("base %s, line %d: </IfModule> closes nothing", base, i+1)
				}
				open = open[:len(open)-1]
			case len(open) == 0:
				t.Errorf("base %s, line %d: %q outside any <IfModule>", base, i+1, line)
			case strings.HasPrefix(line, "Rewrite"):
				if !strings.Contains(strings.Join(open, " "), "mod_rewrite.c") || !strings.Contains(strings.Join(open, " "), "mod_headers.c") {
					t.Errorf("base %s, line %d: %q needs mod_rewrite and mod_headers around it, has %q", base, i+1, line, open)
				}
				if strings.HasPrefix(line, "RewriteBase ") {
					rewriteBases++
					if line != "RewriteBase "+base {
						t.Errorf("base %s: %q", base, line)
					}
				}
			}
		}
		if len(open) > 0 || rewriteBases != 1 {
			t.Errorf("base %s: <IfModule> left open %q, %d RewriteBase lines", base, open, rewriteBases)
		}
	}
}
