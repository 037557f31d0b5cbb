package site

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// fakeOCR makes an npm install holding every file ocrFiles names, each its
// own name as content.
func fakeOCR(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, f := range ocrFiles {
		name := filepath.Join(dir, "node_modules", filepath.FromSlash(f.from))
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, []byte(f.name), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestGenerateOCR: the reader's files land in web/ocr/ with the glue, its
// scripts and cores with their compressed copies and the manifest; the
// worker keeps them in a cache named after them and pre-caches none.
func TestGenerateOCR(t *testing.T) {
	web, npm := testWeb(t), fakeOCR(t)
	out := filepath.Join(t.TempDir(), "dist")
	s := Config{Out: out, Web: web, OCR: npm, Base: "/", Brotli: 1}
	version, err := s.Generate()
	if err != nil {
		t.Fatal(err)
	}
	tree := readTree(t, out)
	var manifest struct{ Files map[string]int }
	if err := json.Unmarshal([]byte(tree["web/ocr/files.json"]), &manifest); err != nil {
		t.Fatal(err)
	}
	want := []string{"ocr.js", "worker.js"}
	for _, f := range ocrFiles {
		want = append(want, f.name)
	}
	for _, name := range want {
		if _, ok := tree["web/ocr/"+name]; !ok {
			t.Errorf("the site lacks web/ocr/%s", name)
		}
		if manifest.Files[name] != len(tree["web/ocr/"+name]) {
			t.Errorf("files.json gives %s %d bytes, not %d", name, manifest.Files[name], len(tree["web/ocr/"+name]))
		}
		ext := filepath.Ext(name)
		_, gz := tree["web/ocr/"+name+".gz"]
		_, br := tree["web/ocr/"+name+".br"]
		if compress := ext == ".js" || ext == ".wasm"; gz != compress || br != compress {
			t.Errorf("web/ocr/%s: .gz %v, .br %v", name, gz, br)
		}
	}
	if len(manifest.Files) != len(want) {
		t.Errorf("files.json lists %d files, want %d", len(manifest.Files), len(want))
	}
	worker := tree["app-worker.js"]
	for _, p := range mustWorkerResources(t, worker) {
		if strings.Contains(p, "/ocr/") {
			t.Errorf("the worker pre-caches %s: the first visit would fetch the reader", p)
		}
	}
	files, err := s.ocrSources()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(worker, `const ocrCacheName = ocrPrefix + "`+ocrVersion(files)+`";`) {
		t.Error("the worker's cache for the reader is not named after its files")
	}
	checkJS(t, worker)

	// Another release of a file makes another cache and another site.
	lang := filepath.Join(npm, "node_modules", filepath.FromSlash(ocrFiles[len(ocrFiles)-1].from))
	if err := os.WriteFile(lang, []byte("newer"), 0o644); err != nil {
		t.Fatal(err)
	}
	again, err := s.ocrSources()
	if err != nil {
		t.Fatal(err)
	}
	if ocrVersion(again) == ocrVersion(files) {
		t.Error("a changed language file kept the reader's version")
	}
	if v, err := s.Generate(); err != nil || v == version {
		t.Errorf("a changed language file kept the site's version %s (%v)", v, err)
	}

	if err := os.Remove(lang); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Generate(); err == nil || !strings.Contains(err.Error(), "npm ci") {
		t.Errorf("a missing npm file: %v", err)
	}
}

// TestOCRWorkerPatches: each snippet is go-app's own, once, and the
// version has its one place.
func TestOCRWorkerPatches(t *testing.T) {
	for _, p := range ocrWorkerPatches {
		if n := strings.Count(app.DefaultAppWorkerJS, p.old); n != 1 {
			t.Errorf("go-app's template has %d copies of %.60q, want 1", n, p.old)
		}
	}
	worker, err := workerTemplate(app.DefaultAppWorkerJS)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range slices.Concat(workerPatches, ocrWorkerPatches) {
		if n := strings.Count(worker, p.new); n != 1 {
			t.Errorf("the worker has %d copies of the patch %.60q", n, p.new)
		}
	}
	if _, err := withOCRVersion(worker, "v"); err != nil {
		t.Error(err)
	}
	if _, err := withOCRVersion(app.DefaultAppWorkerJS, "v"); err == nil {
		t.Error("a worker without the reader's patches took its version")
	}
}
