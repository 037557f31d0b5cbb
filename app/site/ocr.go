package site

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
)

// The page reads screenshots with tesseract.js (web/ocr/ocr.js is the glue).
// Its files are not part of the first visit: they sit in the site's
// web/ocr/, which the service worker does not pre-cache (cacheable) and
// keeps once fetched instead (ocrworker.go). They come from npm at the
// versions app/site/ocr/package-lock.json pins (build.sh runs npm ci there);
// Config.OCR names that folder and writeOCR copies what the page uses.

// ocrFolder is where the reader's files are, under the site's web/.
const ocrFolder = "ocr"

// ocrFile is one file of the reader from npm: its name in web/ocr/ and
// its path under the npm install's node_modules.
type ocrFile struct{ name, from string }

// ocrFiles are the files the glue asks for (and their licences). The cores
// are tesseract.js-core's LSTM-only builds, with the wasm apart from the
// script (smaller than the .wasm.js builds, which carry it in base64, and
// compiled as it streams); the glue picks one by what the browser's
// WebAssembly supports. The language data is the best_int LSTM models of
// English and Japanese, as @tesseract.js-data ships them, gzipped: the
// library unzips them itself, and takes them as they are when a host sends
// them with Content-Encoding: gzip (Apache and IIS do for .gz) and the
// browser has unzipped them already.
var ocrFiles = []ocrFile{
	{"tesseract.esm.min.js", "tesseract.js/dist/tesseract.esm.min.js"},
	{"tesseract.min.js.LICENSE.txt", "tesseract.js/dist/tesseract.min.js.LICENSE.txt"},
	{"worker.min.js", "tesseract.js/dist/worker.min.js"},
	{"worker.min.js.LICENSE.txt", "tesseract.js/dist/worker.min.js.LICENSE.txt"},
	{"LICENSE-tesseract.js.txt", "tesseract.js/LICENSE.md"},
	{"tesseract-core-relaxedsimd-lstm.js", "tesseract.js-core/tesseract-core-relaxedsimd-lstm.js"},
	{"tesseract-core-relaxedsimd-lstm.wasm", "tesseract.js-core/tesseract-core-relaxedsimd-lstm.wasm"},
	{"tesseract-core-simd-lstm.js", "tesseract.js-core/tesseract-core-simd-lstm.js"},
	{"tesseract-core-simd-lstm.wasm", "tesseract.js-core/tesseract-core-simd-lstm.wasm"},
	{"tesseract-core-lstm.js", "tesseract.js-core/tesseract-core-lstm.js"},
	{"tesseract-core-lstm.wasm", "tesseract.js-core/tesseract-core-lstm.wasm"},
	{"LICENSE-tesseract.js-core.txt", "tesseract.js-core/LICENSE"},
	{"eng.traineddata.gz", "@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz"},
	{"jpn.traineddata.gz", "@tesseract.js-data/jpn/4.0.0_best_int/jpn.traineddata.gz"},
}

// ocrManifest is web/ocr/files.json: every file of the folder with its
// size, which the glue counts a download's progress against.
const ocrManifest = "files.json"

// ocrSources returns every file of the site's web/ocr/ with its bytes:
// the glue and whatever else web/ocr/ holds, and, when s.OCR is set, the
// files from npm. Missing npm files fail, naming the command that brings
// them.
func (s Config) ocrSources() (map[string][]byte, error) {
	files := map[string][]byte{}
	if s.Web != "" {
		glue := filepath.Join(s.Web, ocrFolder)
		if _, err := os.Stat(glue); err == nil {
			if err := walkFiles(glue, func(rel string, data []byte) error {
				files[rel] = data
				return nil
			}); err != nil {
				return nil, err
			}
		}
	}
	if s.OCR == "" {
		return files, nil
	}
	for _, f := range ocrFiles {
		data, err := os.ReadFile(filepath.Join(s.OCR, "node_modules", filepath.FromSlash(f.from)))
		if err != nil {
			return nil, fmt.Errorf("the screenshot reader's %s: %w (run npm ci --ignore-scripts in %s; ./build.sh build does)", f.name, err, s.OCR)
		}
		files[f.name] = data
	}
	return files, nil
}

// ocrVersion names the reader's files: the service worker keeps them in a
// cache named after it, which survives the site's updates until one of
// them changes.
func ocrVersion(files map[string][]byte) string {
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	slices.Sort(names)
	sum := sha256.New()
	for _, name := range names {
		fmt.Fprintf(sum, "%s\x00%d\x00", name, len(files[name]))
		sum.Write(files[name])
	}
	return hex.EncodeToString(sum.Sum(nil))[:16]
}

// writeOCR writes the reader's files from npm into the generated site's
// web/ocr/ (the glue is there already, with the rest of web/), then the
// manifest, then gzip and brotli copies of its scripts and cores for hosts
// that send such copies (the language data is gzipped already).
func (s Config) writeOCR(dir string, files map[string][]byte) error {
	to := filepath.Join(dir, "web", ocrFolder)
	if len(files) == 0 {
		return nil
	}
	if err := os.MkdirAll(to, 0o755); err != nil {
		return err
	}
	sizes := map[string]int{}
	for name, data := range files {
		sizes[name] = len(data)
		if err := os.WriteFile(filepath.Join(to, filepath.FromSlash(name)), data, 0o644); err != nil {
			return err
		}
	}
	manifest, err := json.Marshal(struct {
		Files map[string]int `json:"files"`
	}{sizes})
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(to, ocrManifest), manifest, 0o644); err != nil {
		return err
	}
	for name := range files {
		if ext := path.Ext(name); ext != ".js" && ext != ".wasm" {
			continue
		}
		cache := ""
		if s.Cache != "" {
			cache = filepath.Join(s.Cache, ocrFolder, strings.ReplaceAll(name, "/", "_"))
		}
		if err := PrecompressCached(filepath.Join(to, filepath.FromSlash(name)), s.Brotli, cache); err != nil {
			return err
		}
	}
	return nil
}
