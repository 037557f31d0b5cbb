package site

import (
	"encoding/xml"
	"net/http/httptest"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The parts of web.config the test reads, parsed on their own (not with
// the generator's types), as IIS would read the file.
type iisConfig struct {
	Locations []struct {
		Path string `xml:"path,attr"`
	} `xml:"location"`
	Server struct {
		DefaultDocument []struct {
			Value string `xml:"value,attr"`
		} `xml:"defaultDocument>files>add"`
		Static struct {
			Entries []struct {
				XMLName xml.Name
				Ext     string `xml:"fileExtension,attr"`
				Type    string `xml:"mimeType,attr"`
				Mode    string `xml:"cacheControlMode,attr"`
			} `xml:",any"`
		} `xml:"staticContent"`
		Rules    []iisRule `xml:"rewrite>rules>rule"`
		Outbound []iisRule `xml:"rewrite>outboundRules>rule"`
	} `xml:"system.webServer"`
}

type iisRule struct {
	Name  string `xml:"name,attr"`
	Stop  bool   `xml:"stopProcessing,attr"`
	Match struct {
		URL            string `xml:"url,attr"`
		ServerVariable string `xml:"serverVariable,attr"`
		Pattern        string `xml:"pattern,attr"`
	} `xml:"match"`
	Conditions []struct {
		Input   string `xml:"input,attr"`
		Pattern string `xml:"pattern,attr"`
		Negate  bool   `xml:"negate,attr"`
	} `xml:"conditions>add"`
	Action struct {
		Type  string `xml:"type,attr"`
		URL   string `xml:"url,attr"`
		Value string `xml:"value,attr"`
	} `xml:"action"`
}

// applies reports whether the rule's conditions all hold for the given
// server variables; its match is the caller's. IIS matches patterns
// without regard to case.
func (r iisRule) applies(t *testing.T, vars map[string]string) bool {
	for _, c := range r.Conditions {
		value, ok := vars[c.Input]
		if !ok {
			t.Fatalf("rule %q: condition on %s, which the test does not model", r.Name, c.Input)
		}
		if iisMatch(t, c.Pattern, value) == c.Negate {
			return false
		}
	}
	return true
}

var iisPatterns = map[string]*regexp.Regexp{}

// iisMatch matches as URL Rewrite does, without regard to case.
func iisMatch(t *testing.T, pattern, s string) bool {
	re, ok := iisPatterns[pattern]
	if !ok {
		var err error
		if re, err = regexp.Compile("(?i)" + pattern); err != nil {
			t.Fatalf("pattern %q: %v", pattern, err)
		}
		iisPatterns[pattern] = re
	}
	return re.MatchString(s)
}

// rewrite returns where the inbound rules send a URL (relative to the
// site's folder, as IIS matches it), "" when no rule does.
func (c iisConfig) rewrite(t *testing.T, url, acceptEncoding string) string {
	for _, r := range c.Server.Rules {
		if iisMatch(t, r.Match.URL, url) && r.applies(t, map[string]string{"{HTTP_ACCEPT_ENCODING}": acceptEncoding}) {
			if r.Action.Type != "Rewrite" || !r.Stop {
				t.Errorf("rule %q: action %s, stopProcessing %v; want a Rewrite that stops", r.Name, r.Action.Type, r.Stop)
			}
			return r.Action.URL
		}
	}
	return ""
}

// header returns the value the outbound rules give a response header
// (its server variable, e.g. RESPONSE_Vary) for a file, "" for none.
func (c iisConfig) header(t *testing.T, variable, filename string) string {
	value := ""
	for _, r := range c.Server.Outbound {
		if r.Match.ServerVariable == variable && r.applies(t, map[string]string{"{REQUEST_FILENAME}": filename}) {
			value = r.Action.Value
		}
	}
	return value
}

// TestHostingSettings generates a site under a sub-path once and checks
// what hosts make of it: IIS of its web.config, and `proxycert serve`'s
// Host of its text (hostcompress_test.go).
func TestHostingSettings(t *testing.T) {
	const base = "/proxycert/"
	out := filepath.Join(t.TempDir(), "dist")
	if _, err := (Config{Out: out, Web: testWeb(t), Base: base, Brotli: 1, Codes: fewCodes}).Generate(); err != nil {
		t.Fatal(err)
	}
	files := readTree(t, out)
	t.Run("web.config", func(t *testing.T) { testWebConfig(t, out, base, files) })
	t.Run("serve", func(t *testing.T) { testServeCompressesText(t, out, base, files) })
}

// testWebConfig reads the web.config of the site generated into out for
// base (files: its files by path) as IIS would: every file's extension has
// the type Host sends for it, each compressed copy is sent for its file to
// the browsers that accept its encoding (brotli first) and to no other,
// with Content-Encoding and Vary, no answer is cached, and the folder
// serves index.html.
func testWebConfig(t *testing.T, out, base string, files map[string]string) {
	b, err := os.ReadFile(filepath.Join(out, "web.config"))
	if err != nil {
		t.Fatal(err)
	}
	var c iisConfig
	if err := xml.Unmarshal(b, &c); err != nil {
		t.Fatalf("web.config is not XML IIS can read: %v", err)
	}
	types := map[string]string{}
	var previous string
	for _, e := range c.Server.Static.Entries {
		switch e.XMLName.Local {
		case "remove":
			previous = e.Ext
		case "mimeMap":
			if previous != e.Ext {
				t.Errorf("the type of %s is added without being removed first (a server that has one fails with 500.19)", e.Ext)
			}
			types[e.Ext] = e.Type
		case "clientCache":
			if e.Mode != "DisableCache" {
				t.Errorf("clientCache %s, want DisableCache (no-cache), so that index.html and app-worker.js are revalidated", e.Mode)
			}
			types["clientCache"] = e.Mode
		}
	}
	if types["clientCache"] == "" {
		t.Error("no clientCache: IIS would let browsers cache index.html and app-worker.js by heuristics")
	}
	if len(c.Locations) > 0 {
		t.Errorf("locations %v may override the folder's settings; the test does not model them", c.Locations)
	}
	if len(c.Server.DefaultDocument) != 1 || c.Server.DefaultDocument[0].Value != "index.html" {
		t.Errorf("default documents %v, want index.html", c.Server.DefaultDocument)
	}
	names := map[string]bool{}
	for _, r := range append(c.Server.Rules, c.Server.Outbound...) {
		if names[r.Name] {
			t.Errorf("two rules named %q (IIS refuses the file)", r.Name)
		}
		names[r.Name] = true
	}

	h := &Host{Root: os.DirFS(out), Base: base}
	var copies int
	for name := range files {
		if name == "web.config" {
			continue
		}
		original, isCopy := copyOf(name)
		ext, served := path.Ext(name), name
		if isCopy {
			ext, served = path.Ext(original)+ext, original
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", base+served, nil))
		if want := rec.Header().Get("Content-Type"); types[ext] != want {
			t.Errorf("%s: IIS would send type %q for %s, Host sends %q", name, types[ext], ext, want)
		}
		filename := `C:\inetpub\wwwroot\proxycert\` + strings.ReplaceAll(name, "/", `\`)
		encoding := c.header(t, "RESPONSE_Content_Encoding", filename)
		if !isCopy {
			if encoding != "" {
				t.Errorf("%s is sent with Content-Encoding %q", name, encoding)
			}
			if _, hasCopy := files[name+".br"]; hasCopy {
				continue
			}
			for _, ae := range []string{"gzip, deflate, br, zstd", "gzip"} {
				if got := c.rewrite(t, name, ae); got != "" {
					t.Errorf("%s (Accept-Encoding %s) is rewritten to %s, which has no copy", name, ae, got)
				}
			}
			continue
		}
		copies++
		token := map[string]string{".br": "br", ".gz": "gzip"}[path.Ext(name)]
		if encoding != token {
			t.Errorf("%s is sent with Content-Encoding %q, want %q", name, encoding, token)
		}
		if vary := c.header(t, "RESPONSE_Vary", filename); !strings.Contains(vary, "Accept-Encoding") {
			t.Errorf("%s is sent with Vary %q, want Accept-Encoding", name, vary)
		}
		urls := []string{original}
		if original == "index.html" {
			urls = append(urls, "")
		}
		for _, url := range urls {
			for _, tt := range []struct{ acceptEncoding, want string }{
				{"gzip, deflate, br, zstd", ".br"},
				{"gzip, deflate", ".gz"},
				{"identity", ""},
				{"", ""},
			} {
				want := ""
				if tt.want != "" {
					want = base + original + tt.want
				}
				if got := c.rewrite(t, url, tt.acceptEncoding); got != want {
					t.Errorf("%q with Accept-Encoding %q is rewritten to %q, want %q", url, tt.acceptEncoding, got, want)
				}
			}
		}
	}
	want := 2 // app.wasm's, and the screenshot reader's scripts' (ocr.go)
	for name := range files {
		if _, isCopy := copyOf(name); isCopy && strings.HasPrefix(name, "web/"+ocrFolder+"/") {
			want++
		}
	}
	if copies != want {
		t.Errorf("the site has %d compressed copies, want %d: app.wasm's two and the reader's", copies, want)
	}
}
