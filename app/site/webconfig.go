package site

import (
	"bytes"
	"encoding/xml"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"text/template"
)

// IIS reads web.config from the folder it serves. The one the generator
// writes gives every file of the site its type (IIS refuses to serve an
// extension it has no type for: 404.3, .wasm and .webmanifest on older
// versions), sends app.wasm's .br and .gz copies to browsers that accept
// them, with Content-Encoding and Vary, and makes every answer revalidated
// (Cache-Control: no-cache), so that index.html and app-worker.js are never
// kept stale: the service worker keeps the site for offline use, and
// updates reach it.
//
// It could not be run on IIS here. webconfig_test.go parses it and checks
// each rule against the files and against what Host serves. The choices
// follow Microsoft's documentation of IIS and URL Rewrite 2 and configurations
// published as tested on IIS 7.5 to 10 (Unity's for compressed WebGL builds):
//   - every type is removed before it is added: adding a type the server
//     already maps fails the whole folder (500.19);
//   - a copy is typed by its double extension (".wasm.br"), so that its
//     Content-Type is the file's own;
//   - the encoding and Vary are set by outbound rules on the response
//     headers (RESPONSE_Content_Encoding, RESPONSE_Vary);
//   - the rules are explicit, one per copy and encoding, with absolute
//     targets under the base path, so that they mean the same wherever IIS
//     evaluates a folder's rules from.
//
// IIS's own compression stays as the server has it: text is compressed by
// it, and application/wasm is not among its types, so a copy is never
// compressed twice.

// webConfigName is the file IIS reads.
const webConfigName = "web.config"

// iisType is one extension's type.
type iisType struct{ Ext, Type string }

// iisCopy is one rewrite rule: the URL of a file (relative to the site's
// folder, as IIS matches it) to its copy in one encoding.
type iisCopy struct {
	File    string // the file, e.g. web/app.wasm
	Pattern string // the URL pattern of the file
	Token   string // br or gzip
	Accept  string // the pattern Accept-Encoding must match
	URL     string // the copy's absolute path
}

var webConfigTemplate = template.Must(template.New(webConfigName).Parse(`<?xml version="1.0" encoding="utf-8"?>
<!--
  IIS settings for proxycert's page, written by proxycert generate for the
  base path the rewrite targets below start with; docs/hosting.md says how
  to install it. The rewrite rules need IIS's URL Rewrite module 2.x:
  without it IIS answers 500.19 for every file; install the module, or
  delete the <rewrite> element (app.wasm is then sent uncompressed).
  Checked by the project's tests against the files, not run on IIS.
-->
<configuration>
  <system.webServer>
    <defaultDocument enabled="true">
      <files>
        <clear />
        <add value="index.html" />
      </files>
    </defaultDocument>
    <staticContent>
      <!-- Each type is removed first: one the server already has cannot be added again. -->
{{- range .Types}}
      <remove fileExtension="{{.Ext}}" />
      <mimeMap fileExtension="{{.Ext}}" mimeType="{{.Type}}" />
{{- end}}
      <!-- Every answer is revalidated: the service worker keeps the site offline, and updates must reach it. -->
      <clientCache cacheControlMode="DisableCache" />
    </staticContent>
    <rewrite>
      <rules>
        <!-- The compressed copy the browser accepts, brotli first, in place of the file. -->
{{- range .Copies}}
        <rule name="proxycert {{.File}} {{.Token}}" stopProcessing="true">
          <match url="{{.Pattern}}" />
          <conditions>
            <add input="{HTTP_ACCEPT_ENCODING}" pattern="{{.Accept}}" />
          </conditions>
          <action type="Rewrite" url="{{.URL}}" />
        </rule>
{{- end}}
      </rules>
      <outboundRules>
        <rule name="proxycert Content-Encoding br">
          <match serverVariable="RESPONSE_Content_Encoding" pattern=".*" />
          <conditions>
            <add input="{REQUEST_FILENAME}" pattern="\.br$" />
          </conditions>
          <action type="Rewrite" value="br" />
        </rule>
        <rule name="proxycert Content-Encoding gzip">
          <match serverVariable="RESPONSE_Content_Encoding" pattern=".*" />
          <conditions>
            <add input="{REQUEST_FILENAME}" pattern="\.gz$" />
          </conditions>
          <action type="Rewrite" value="gzip" />
        </rule>
        <!-- Caches keep each encoding apart. -->
        <rule name="proxycert Vary">
          <match serverVariable="RESPONSE_Vary" pattern=".*" />
          <action type="Rewrite" value="Accept-Encoding" />
        </rule>
      </outboundRules>
    </rewrite>
  </system.webServer>
</configuration>
`))

// writeWebConfig writes web.config into the generated site in dir, served
// at base, for the files dir holds.
func writeWebConfig(dir, base string) error {
	var files []string
	if err := walkFiles(dir, func(rel string, _ []byte) error {
		if rel != webConfigName {
			files = append(files, rel)
		}
		return nil
	}); err != nil {
		return err
	}
	var buf bytes.Buffer
	err := webConfigTemplate.Execute(&buf, struct {
		Types  []iisType
		Copies []iisCopy
	}{iisTypes(files), iisCopies(files, base)})
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, webConfigName), buf.Bytes(), 0o644)
}

// iisTypes returns the type of each extension among files, a copy's
// double extension typed as its file, sorted by extension.
func iisTypes(files []string) []iisType {
	types := map[string]string{}
	for _, f := range files {
		ext := path.Ext(f)
		if original, ok := copyOf(f); ok {
			ext = path.Ext(original) + ext
			f = original
		}
		if ext != "" {
			types[ext] = contentType(f)
		}
	}
	var list []iisType
	for ext, typ := range types {
		list = append(list, iisType{xmlAttr(ext), xmlAttr(typ)})
	}
	slices.SortFunc(list, func(a, b iisType) int { return strings.Compare(a.Ext, b.Ext) })
	return list
}

// iisCopies returns a rule for each precompressed copy among files, each
// file's copies in the order Host prefers them. A folder's index.html is
// also what the folder's own URL serves.
func iisCopies(files []string, base string) []iisCopy {
	var rules []iisCopy
	for _, f := range files {
		for _, e := range encodings {
			if !slices.Contains(files, f+e.ext) {
				continue
			}
			pattern := regexp.QuoteMeta(f)
			if dir, ok := strings.CutSuffix(f, "index.html"); ok && (dir == "" || strings.HasSuffix(dir, "/")) {
				pattern = regexp.QuoteMeta(dir) + `(index\.html)?`
			}
			rules = append(rules, iisCopy{
				File:    xmlAttr(f),
				Pattern: xmlAttr("^" + pattern + "$"),
				Token:   e.token,
				Accept:  `\b` + e.token + `\b`,
				URL:     xmlAttr(base + f + e.ext),
			})
		}
	}
	return rules
}

// copyOf returns the file a precompressed copy is of.
func copyOf(name string) (string, bool) {
	for _, e := range encodings {
		if original, ok := strings.CutSuffix(name, e.ext); ok && original != "" {
			return original, true
		}
	}
	return "", false
}

// xmlAttr escapes s for a double-quoted XML attribute.
func xmlAttr(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s)) // a strings.Builder takes every write
	return b.String()
}
