package e2e

import (
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Debian's Apache: its program, its modules, and the mime.conf and
// deflate.conf it enables by default (the first maps .gz to a type and .br
// to a language, which the generated .htaccess must undo).
const (
	apacheProgram = "/usr/sbin/apache2"
	apacheModules = "/usr/lib/apache2/modules"
	apacheMime    = "/etc/apache2/mods-available/mime.conf"
	apacheDeflate = "/etc/apache2/mods-available/deflate.conf"
)

// apacheAll are the modules a Debian server has once docs/hosting.md's
// a2enmod is done (mod_log_config and mod_unixd are built in).
var apacheAll = []string{"mpm_event", "authz_core", "dir", "alias", "mime", "filter", "deflate", "rewrite", "headers"}

// testApache serves a /proxycert/ build with Debian's Apache, under an
// Alias with AllowOverride All, so that the generated .htaccess applies,
// through the hosts steps (hosts_test.go).
func testApache(t *testing.T, v1, v2 deployment) {
	d, dir := newApache(t, apacheAll)
	install(t, v1.dir, dir)
	d.br = true
	hostSteps(t, d, dir, v1, v2)
}

// testApacheWithoutModules serves the same build on an Apache without
// mod_rewrite and mod_headers: the .htaccess parts that need them are
// skipped, not failed, and the site is served whole, app.wasm uncompressed
// and with its type.
func testApacheWithoutModules(t *testing.T, v1 deployment) {
	var modules []string
	for _, m := range apacheAll {
		if m != "rewrite" && m != "headers" {
			modules = append(modules, m)
		}
	}
	d, dir := newApache(t, modules)
	install(t, v1.dir, dir)
	d.start()
	for _, f := range []struct{ path, typ, encoding string }{
		{hostBase + "?code=0x40", "text/html; charset=utf-8", "gzip"},
		{hostBase + "web/app.wasm", "application/wasm", ""},
		{hostBase + "manifest.webmanifest", "application/manifest+json; charset=utf-8", "gzip"},
		{hostBase + "app-worker.js", "text/javascript; charset=utf-8", "gzip"},
	} {
		req, err := http.NewRequest("GET", d.origin()+f.path, nil)
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Accept-Encoding", chromiumAcceptEncoding)
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, res.Body)
		res.Body.Close()
		if res.StatusCode != http.StatusOK || res.Header.Get("Content-Type") != f.typ || res.Header.Get("Content-Encoding") != f.encoding {
			t.Errorf("%s: %d, %q, encoding %q; want 200, %q, encoding %q", f.path, res.StatusCode,
				res.Header.Get("Content-Type"), res.Header.Get("Content-Encoding"), f.typ, f.encoding)
		}
	}
}

// newApache configures Debian's Apache with the given modules to serve
// the folder dir it returns (empty: the caller installs a site) at
// hostBase through an Alias, as docs/hosting.md describes. Debian's
// mime.conf and deflate.conf are included as a Debian server has them.
func newApache(t *testing.T, modules []string) (*daemon, string) {
	t.Helper()
	bin := program(t, "apache2", apacheProgram, "apache2")
	for _, f := range []string{apacheMime, apacheDeflate} {
		if _, err := os.Stat(f); err != nil {
			t.Fatalf("no %s: install Debian's apache2 package (.ci/run does)", f)
		}
	}
	root := servedFolder(t)
	dir := filepath.Join(root, "site") // another name than the path: the Alias maps it
	empty := filepath.Join(root, "empty")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	d := newDaemon(t, "apache2")
	tmp := t.TempDir()
	d.logs = []string{filepath.Join(tmp, "error.log")}
	var conf strings.Builder
	for _, m := range modules {
		conf.WriteString("LoadModule " + m + "_module " + apacheModules + "/mod_" + m + ".so\n")
	}
	if asRoot() {
		conf.WriteString("User nobody\nGroup nogroup\n")
	}
	conf.WriteString(strings.NewReplacer("TMP", tmp, "ADDR", d.addr, "MIME", apacheMime, "DEFLATE", apacheDeflate,
		"EMPTY", empty, "BASE", strings.TrimSuffix(hostBase, "/"), "SITE", dir).Replace(`
ServerRoot TMP
DefaultRuntimeDir TMP
PidFile TMP/httpd.pid
ErrorLog TMP/error.log
LogLevel warn
CustomLog TMP/access.log "%r %>s %{Content-Encoding}o %{Content-Type}o %B"
Listen ADDR
ServerName 127.0.0.1
Include MIME
Include DEFLATE
DocumentRoot EMPTY
<Directory />
	AllowOverride None
	Require all denied
</Directory>
<FilesMatch "^\.ht">
	Require all denied
</FilesMatch>
Alias BASE SITE
<Directory SITE>
	AllowOverride All
	Require all granted
</Directory>
`))
	name := filepath.Join(tmp, "httpd.conf")
	if err := os.WriteFile(name, []byte(conf.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	d.command = []string{bin, "-f", name, "-D", "FOREGROUND"}
	return d, dir
}
