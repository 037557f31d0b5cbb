package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The nginx test runs the block docs/hosting.md gives, read from it, so
// that the page's instructions and what is tested cannot drift apart.
const (
	hostingDoc      = "../../docs/hosting.md"
	nginxBlockStart = "<!-- nginx block:"
	nginxBlockEnd   = "<!-- end of the nginx block -->"
	nginxDocRoot    = "/var/www" // the block's root, replaced by the test's folder
	nginxBrotliSO   = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so"
	nginxMimeTypes  = "/etc/nginx/mime.types"
	nginxProgram    = "/usr/sbin/nginx"
)

// testNginx serves a /proxycert/ build with Debian's nginx and the block
// of docs/hosting.md, with the brotli module where it is installed, through
// the hosts steps (hosts_test.go).
func testNginx(t *testing.T, v1, v2 deployment) {
	bin := program(t, "nginx", nginxProgram, "nginx")
	root := servedFolder(t)
	dir := filepath.Join(root, strings.Trim(hostBase, "/"))
	install(t, v1.dir, dir)

	block := nginxBlock(t)
	d := newDaemon(t, "nginx")
	_, err := os.Stat(nginxBrotliSO)
	d.br = err == nil
	var head string
	if d.br {
		head = "load_module " + nginxBrotliSO + ";\n"
	} else {
		t.Logf("no %s (Debian's libnginx-mod-http-brotli-static): the block without brotli_static, app.wasm as gzip", nginxBrotliSO)
		var kept []string
		for line := range strings.Lines(block) {
			if !strings.Contains(line, "brotli_static") {
				kept = append(kept, line)
			}
		}
		block = strings.Join(kept, "")
	}
	if asRoot() {
		head += "user nobody nogroup;\n"
	}
	if _, err := os.Stat(nginxMimeTypes); err != nil {
		t.Fatalf("no %s: install Debian's nginx package (.ci/run does)", nginxMimeTypes)
	}
	tmp := t.TempDir()
	conf := filepath.Join(tmp, "nginx.conf")
	d.logs = []string{filepath.Join(tmp, "error.log")}
	text := head + strings.ReplaceAll(`daemon off;
worker_processes 1;
pid TMP/nginx.pid;
error_log TMP/error.log notice;
events {
	worker_connections 256;
}
http {
	include `+nginxMimeTypes+`;
	default_type application/octet-stream;
	access_log TMP/access.log;
	client_body_temp_path TMP/body;
	proxy_temp_path TMP/proxy;
	fastcgi_temp_path TMP/fastcgi;
	uwsgi_temp_path TMP/uwsgi;
	scgi_temp_path TMP/scgi;
	server {
		listen `+d.addr+`;
		server_name localhost;
`, "TMP", tmp) + strings.ReplaceAll(block, nginxDocRoot, root) + "\t}\n}\n"
	if err := os.WriteFile(conf, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	d.command = []string{bin, "-p", tmp, "-c", conf, "-e", filepath.Join(tmp, "error.log")}
	hostSteps(t, d, dir, v1, v2)
}

// nginxBlock returns the nginx configuration docs/hosting.md gives, the
// code between its markers, checked to serve hostBase from nginxDocRoot.
func nginxBlock(t *testing.T) string {
	t.Helper()
	doc, err := os.ReadFile(hostingDoc)
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok1 := strings.Cut(string(doc), nginxBlockStart)
	marked, _, ok2 := strings.Cut(rest, nginxBlockEnd)
	_, code, ok3 := strings.Cut(marked, "```nginx\n")
	code, _, ok4 := strings.Cut(code, "```")
	if !ok1 || !ok2 || !ok3 || !ok4 {
		t.Fatalf("%s: no ```nginx block between %q and %q", hostingDoc, nginxBlockStart, nginxBlockEnd)
	}
	for _, want := range []string{"location " + hostBase + " {", "root " + nginxDocRoot + ";", "brotli_static on;"} {
		if !strings.Contains(code, want) {
			t.Fatalf("%s: the nginx block lacks %q, which the test relies on:\n%s", hostingDoc, want, code)
		}
	}
	return code
}
