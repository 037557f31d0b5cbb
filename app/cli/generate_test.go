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
