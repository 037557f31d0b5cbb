package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"proxycert/app/page"
)

func TestMain(m *testing.M) {
	page.Routes() // as main registers them before the command line runs
	os.Exit(m.Run())
}

// testWeb copies web/ to a temporary folder with a stand-in app.wasm, so
// generate can run without the WebAssembly build.
func testWeb(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(filepath.Join("..", "..", "web"))); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "app.wasm"), []byte("\x00asm stand-in"), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestGenerateCommand(t *testing.T) {
	out := filepath.Join(t.TempDir(), "site")
	code, stdout, stderr := runCLI([]string{"generate", "--out", out, "--web", testWeb(t)}, nil, nil)
	if code != statusOK || !strings.Contains(stdout, "site version") {
		t.Fatalf("generate: %d %q %q", code, stdout, stderr)
	}
	code, _, stderr = runCLI([]string{"generate", "--out", out, "--web", t.TempDir()}, nil, nil)
	if code != statusFailed || !strings.Contains(stderr, "app.wasm") {
		t.Errorf("generate without app.wasm: %d %q", code, stderr)
	}
	code, _, stderr = runCLI([]string{"generate", "--base", "/a b/"}, nil, nil)
	if code != statusUsage || !strings.Contains(stderr, "--base") {
		t.Errorf("bad --base: %d %q", code, stderr)
	}
}

func TestGenerateBrotliFlag(t *testing.T) {
	for _, bad := range []string{"-1", "12"} {
		code, _, stderr := runCLI([]string{"generate", "--out", t.TempDir(), "--web", testWeb(t), "--brotli", bad}, nil, nil)
		if code != statusUsage || !strings.Contains(stderr, "--brotli "+bad) {
			t.Errorf("--brotli %s: %d %q", bad, code, stderr)
		}
	}
}

// TestGenerateURL: with the page's public address (--url, else
// $PROXYCERT_URL) the pages' Open Graph data names their addresses and an
// image; without it, neither, and never go-app's bare "https://".
func TestGenerateURL(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		env  map[string]string
		want []string // og:url and og:image, "" for none
	}{
		{"none", nil, nil, nil},
		{"--url", []string{"--base", "/proxycert/", "--url", "https://tools.contoso.com/proxycert/"}, nil,
			[]string{"https://tools.contoso.com/proxycert/", "https://tools.contoso.com/proxycert/web/icon-512.png"}},
		{"PROXYCERT_URL", nil, map[string]string{"PROXYCERT_URL": "http://intra.fabrikam.co.jp/"},
			[]string{"http://intra.fabrikam.co.jp/", "http://intra.fabrikam.co.jp/web/icon-512.png"}},
	} {
		out := filepath.Join(t.TempDir(), "site")
		code, _, stderr := runCLI(append([]string{"generate", "--out", out, "--web", testWeb(t), "--brotli", "0"}, tc.args...), nil, tc.env)
		if code != statusOK {
			t.Fatalf("%s: exit %d: %s", tc.name, code, stderr)
		}
		b, err := os.ReadFile(filepath.Join(out, "index.html"))
		if err != nil {
			t.Fatal(err)
		}
		html := string(b)
		if strings.Contains(html, `content="https://"`) || strings.Contains(html, `content="https:///`) {
			t.Errorf("%s: an empty Open Graph address is left", tc.name)
		}
		for _, meta := range []string{"og:title", "og:description"} {
			if !strings.Contains(html, `property="`+meta+`"`) {
				t.Errorf("%s: no %s", tc.name, meta)
			}
		}
		for i, meta := range []string{"og:url", "og:image"} {
			has := strings.Contains(html, `property="`+meta+`"`)
			if tc.want == nil {
				if has {
					t.Errorf("%s: %s without a public address", tc.name, meta)
				}
				continue
			}
			if want := `<meta content="` + tc.want[i] + `" property="` + meta + `">`; !strings.Contains(html, want) {
				t.Errorf("%s: no %s", tc.name, want)
			}
		}
		if tc.want != nil {
			// A code page's preview names the code page.
			b, err := os.ReadFile(filepath.Join(out, "code", "0x00000018", "ja", "index.html"))
			if want := `<meta content="` + tc.want[0] + `code/0x00000018/ja/" property="og:url">`; err != nil || !strings.Contains(string(b), want) {
				t.Errorf("%s: the code page lacks %s (%v)", tc.name, want, err)
			}
		}
	}
	for _, bad := range [][]string{{"--url", "tools.contoso.com"}, {"--url", "https://tools.contoso.com/other/"}, {"--url", "https://h/?q=1"}} {
		code, _, stderr := runCLI(append([]string{"generate", "--out", t.TempDir(), "--web", testWeb(t)}, bad...), nil, nil)
		if code != statusUsage || !strings.Contains(stderr, "--url") {
			t.Errorf("%q: exit %d, %q", bad, code, stderr)
		}
	}
}
