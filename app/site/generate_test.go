package site

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"proxycert/app/page"
	"proxycert/decoder"
	"proxycert/messages"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
)

// fewCodes are the code pages of the sites these tests generate: every
// page is a whole render, slow under the race detector. TestCodePages
// renders them all once.
var fewCodes = []uint32{0, 0x18, decoder.ValidMask}

func TestMain(m *testing.M) {
	page.Routes() // the routes the generated site pre-renders, as main registers them
	os.Exit(m.Run())
}

// testWeb copies web/ to a temporary folder with a stand-in app.wasm, so
// the generator can run without the WebAssembly build.
func testWeb(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := copyTree(filepath.Join("..", "..", "web"), dir); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "app.wasm"), []byte("\x00asm stand-in"), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// readTree returns every file under dir by slash-separated path.
func readTree(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	if err := walkFiles(dir, func(rel string, data []byte) error {
		files[rel] = string(data)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return files
}

// TestGenerateDeterministic generates twice from the same inputs and wants
// the same bytes, then changes one input and wants a new version.
func TestGenerateDeterministic(t *testing.T) {
	web := testWeb(t)
	var trees []map[string]string
	var versions []string
	for range 2 {
		out := filepath.Join(t.TempDir(), "dist")
		v, err := Config{Out: out, Web: web, Base: "/", Codes: fewCodes}.Generate()
		if err != nil {
			t.Fatal(err)
		}
		trees, versions = append(trees, readTree(t, out)), append(versions, v)
	}
	if versions[0] != versions[1] {
		t.Errorf("versions differ: %s, %s", versions[0], versions[1])
	}
	for name, a := range trees[0] {
		if b, ok := trees[1][name]; !ok || a != b {
			t.Errorf("%s differs between two generations", name)
		}
	}
	for _, name := range []string{"index.html", "app.js", "app-worker.js", "wasm_exec.js", "manifest.webmanifest",
		"web/app.wasm", "web/app.wasm.gz", "web/app.wasm.br",
		"web/app.css", "web/fixurl.js", "web/icon.svg", "web/icon-192.png", "web/icon-512.png", "web/icon-maskable-512.png"} {
		if _, ok := trees[0][name]; !ok {
			t.Errorf("the site lacks %s", name)
		}
	}
	worker := trees[0]["app-worker.js"]
	for _, want := range []string{versions[0], `"/web/icon.svg"`, `"/web/fixurl.js"`, `"/web/app.wasm"`} {
		if !strings.Contains(worker, want) {
			t.Errorf("app-worker.js lacks %s", want)
		}
	}
	var manifest struct {
		Icons []struct{ Src string } `json:"icons"`
	}
	if err := json.Unmarshal([]byte(trees[0]["manifest.webmanifest"]), &manifest); err != nil {
		t.Fatal(err)
	}
	for _, icon := range manifest.Icons {
		if !strings.HasPrefix(icon.Src, "/web/icon") {
			t.Errorf("manifest icon %q is not local", icon.Src)
		}
	}
	if size := sizeOf(t, web); !strings.Contains(trees[0]["app.js"], `"`+size+`"`) {
		t.Errorf("app.js does not carry the wasm size %s", size)
	}

	if err := os.WriteFile(filepath.Join(web, "app.css"), []byte("body{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	if v, err := contentVersion(web); err != nil || v == versions[0] {
		t.Errorf("changing app.css kept version %s (%v)", v, err)
	}
}

func sizeOf(t *testing.T, web string) string {
	info, err := os.Stat(filepath.Join(web, "app.wasm"))
	if err != nil {
		t.Fatal(err)
	}
	return strconv.FormatInt(info.Size(), 10)
}

func TestGenerateRefusesForeignFolder(t *testing.T) {
	out := t.TempDir()
	if err := os.WriteFile(filepath.Join(out, "notes.txt"), []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Config{Out: out, Web: testWeb(t), Base: "/", Codes: fewCodes}.Generate()
	if err == nil || !strings.Contains(err.Error(), "holds no generated site") {
		t.Fatalf("generate into a foreign folder: %v", err)
	}
	if b, _ := os.ReadFile(filepath.Join(out, "notes.txt")); string(b) != "mine" {
		t.Error("a foreign file was touched")
	}
}

func TestCleanBase(t *testing.T) {
	for in, want := range map[string]string{"": "/", "/": "/", "proxycert": "/proxycert/", "/tools/proxycert": "/tools/proxycert/"} {
		if got, err := CleanBase(in); err != nil || got != want {
			t.Errorf("CleanBase(%q) = %q, %v", in, got, err)
		}
	}
	for _, bad := range []string{"/a/../b", "/a b", "/a?x", "/a#x"} {
		if _, err := CleanBase(bad); err == nil {
			t.Errorf("CleanBase(%q) accepted", bad)
		}
	}
	h, err := Config{Base: "/proxycert"}.Handler("v", 1)
	if err != nil {
		t.Fatal(err)
	}
	for in, want := range map[string]string{"/": "/proxycert/", "/web/app.css": "/proxycert/web/app.css", "/app.js": "/proxycert/app.js"} {
		if got := h.Resources.Resolve(in); got != want {
			t.Errorf("under /proxycert/, %s resolves to %s, want %s", in, got, want)
		}
	}
}

func TestCanonicalHTML(t *testing.T) {
	in := `<!doctype html><meta name="a" content="x y"><input type="checkbox" id="c" checked><p class="b" id="a">1 &lt; 2</p><br/>`
	want := `<!doctype html><meta content="x y" name="a"><input checked id="c" type="checkbox"><p class="b" id="a">1 &lt; 2</p><br/>`
	got := CanonicalHTML([]byte(in))
	if string(got) != want {
		t.Errorf("canonicalHTML:\n got %s\nwant %s", got, want)
	}
	if again := CanonicalHTML(got); !bytes.Equal(again, got) {
		t.Error("canonicalHTML is not idempotent")
	}
	for _, odd := range []string{`<a href=unquoted>`, `<p "x">`, `a < b`, `<`} {
		if got := CanonicalHTML([]byte(odd)); string(got) != odd {
			t.Errorf("CanonicalHTML(%q) = %q, want it unchanged", odd, got)
		}
	}
}

// TestGenerateSite generates the site at the root and under a sub-path and
// checks what a static host serves from it: the worker pre-caches every
// file (by its address, the page as the base path itself), the copies of
// app.wasm decompress to it, the manifest's scope is the base path, and
// the loading percentage counts the wasm's decoded size.
func TestGenerateSite(t *testing.T) {
	web := testWeb(t)
	wasm := bytes.Repeat([]byte("\x00asm stand-in, compressible "), 4096)
	if err := os.WriteFile(filepath.Join(web, "app.wasm"), wasm, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, base := range []string{"/", "/proxycert/"} {
		out := filepath.Join(t.TempDir(), "dist")
		if _, err := (Config{Out: out, Web: web, Base: base, Brotli: 5, Codes: fewCodes}).Generate(); err != nil {
			t.Fatal(err)
		}
		files := readTree(t, out)

		var served []string
		codePages := 0
		for name := range files {
			switch {
			case name == "app-worker.js", name == "web.config", strings.HasSuffix(name, ".gz"), strings.HasSuffix(name, ".br"):
			case strings.HasPrefix(name, "web/"+ocrFolder+"/"):
				// The screenshot reader: kept once used, not pre-cached (ocrworker.go).
			case strings.HasPrefix(name, "code/"):
				// Kept once visited, not pre-cached.
				codePages++
				if !strings.HasSuffix(name, "/index.html") || !strings.Contains(files[name], `<p aria-atomic aria-live="polite" class="summary" id="summary" tabindex="-1">0x`) {
					t.Errorf("base %s: %s is no code page", base, name)
				}
			case name == "index.html":
				served = append(served, base)
			default:
				served = append(served, base+name)
			}
		}
		if want := len(fewCodes) * len(messages.Languages()); codePages != want {
			t.Errorf("base %s: %d code pages, want %d", base, codePages, want)
		}
		slices.Sort(served)
		if got := mustWorkerResources(t, files["app-worker.js"]); !slices.Equal(got, served) {
			t.Errorf("base %s: the worker pre-caches\n%q\nthe site has\n%q", base, got, served)
		}

		gz, err := gzip.NewReader(strings.NewReader(files["web/app.wasm.gz"]))
		if err != nil {
			t.Fatal(err)
		}
		for name, r := range map[string]io.Reader{"gz": gz, "br": brotli.NewReader(strings.NewReader(files["web/app.wasm.br"]))} {
			if got, err := io.ReadAll(r); err != nil || !bytes.Equal(got, wasm) {
				t.Errorf("base %s: app.wasm.%s does not decompress to app.wasm (%v)", base, name, err)
			}
			if n := len(files["web/app.wasm."+name]); n >= len(wasm)/10 {
				t.Errorf("base %s: app.wasm.%s is %d bytes for %d", base, name, n, len(wasm))
			}
		}

		var manifest struct {
			Scope    string `json:"scope"`
			StartURL string `json:"start_url"`
		}
		if err := json.Unmarshal([]byte(files["manifest.webmanifest"]), &manifest); err != nil {
			t.Fatal(err)
		}
		if manifest.Scope != base || manifest.StartURL != base {
			t.Errorf("base %s: manifest scope %q, start_url %q", base, manifest.Scope, manifest.StartURL)
		}
		if got := GeneratedBase(out); got != base {
			t.Errorf("serve would use base %q for a site generated for %q", got, base)
		}
		for _, want := range append(patchTexts(appJSPatches), fmt.Sprintf(`goappWasmContentLength = "%d"`, len(wasm))) {
			if !strings.Contains(files["app.js"], want) {
				t.Errorf("base %s: app.js lacks %s", base, want)
			}
		}
	}
}

// TestGenerateReplacesSite generates over a previous site: nothing of it
// survives, and no staging folder is left beside the output.
func TestGenerateReplacesSite(t *testing.T) {
	parent := t.TempDir()
	out := filepath.Join(parent, "dist")
	web := testWeb(t)
	if _, err := (Config{Out: out, Web: web, Base: "/", Codes: fewCodes}).Generate(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(out, "stale.html"), []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := (Config{Out: out, Web: web, Base: "/", Codes: fewCodes}).Generate(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(out, "stale.html")); err == nil {
		t.Error("a file of the previous site survived")
	}
	if entries, _ := os.ReadDir(parent); len(entries) != 1 {
		t.Errorf("beside the site: %v, want only dist", entries)
	}
	if info, err := os.Stat(out); err != nil || info.Mode().Perm() != 0o755 {
		t.Errorf("the site folder: %v %v, want mode 0755", info.Mode(), err)
	}
}
