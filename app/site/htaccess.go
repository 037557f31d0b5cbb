package site

import (
	"os"
	"path/filepath"
	"strings"
)

// htaccessName is the file Apache httpd reads from a folder it serves,
// where AllowOverride lets it (FileInfo, or All).
const htaccessName = ".htaccess"

// htaccess is the .htaccess the generator writes, for Apache httpd 2.4:
// the types browsers are strict about, app.wasm's .br and .gz copies sent
// to browsers that accept them, text compressed as it is sent, and every
// answer revalidated so that updates arrive. Every directive sits in an
// <IfModule> of the module it needs, so a server without that module skips
// it instead of failing the folder with a 500; the page then still works,
// less compressed. The copies are sent only where mod_headers is there too
// to say Vary: Accept-Encoding, without which a shared cache (a proxy, in
// the offices this tool is for) could hand brotli to a browser that did not
// ask for it. BASE is replaced by the site's base path: the rewrite targets
// are relative to it, which stays right when the folder is an Alias.
//
// Each part was run on Debian's Apache 2.4 (app/e2e's Apache test, which
// also runs it without mod_rewrite and mod_headers). Debian's mime.conf
// maps .gz to a type and .br to a language (Breton): both are undone here,
// so that app.wasm.br is typed by .wasm and encoded by .br.
const htaccess = `# Apache httpd 2.4 settings for proxycert's page, written by proxycert
# generate for the site at BASE; docs/hosting.md says how to install it.
# Needs AllowOverride FileInfo (or All) on this folder. A missing module
# only skips its part: the page still works, less compressed.

<IfModule mod_mime.c>
	AddType application/wasm .wasm
	AddType application/manifest+json .webmanifest
	AddType text/javascript .js
	AddCharset utf-8 .html .css .js .webmanifest
	# app.wasm.br and app.wasm.gz are app.wasm compressed: .wasm gives their
	# type, .br and .gz their encoding (not a type, nor Breton).
	RemoveType .br .gz
	RemoveLanguage .br
	AddEncoding br .br
	AddEncoding gzip .gz
</IfModule>

# The compressed copy the browser accepts, brotli first, in place of the
# file. Only with mod_headers, which tells caches (Vary) that the answer
# depends on Accept-Encoding.
<IfModule mod_rewrite.c>
<IfModule mod_headers.c>
	RewriteEngine On
	RewriteBase BASE
	RewriteCond %{HTTP:Accept-Encoding} \bbr\b
	RewriteCond %{REQUEST_FILENAME}.br -f
	RewriteRule ^(.+)$ $1.br [L]
	RewriteCond %{HTTP:Accept-Encoding} \bgzip\b
	RewriteCond %{REQUEST_FILENAME}.gz -f
	RewriteRule ^(.+)$ $1.gz [L]
</IfModule>
</IfModule>

<IfModule mod_headers.c>
	# Every answer is revalidated: the service worker keeps the site offline,
	# and updates must reach it.
	Header set Cache-Control "no-cache"
	Header merge Vary Accept-Encoding
</IfModule>

# Text compressed as it is sent; a copy already encoded is sent as it is.
<IfModule mod_deflate.c>
<IfModule mod_filter.c>
	AddOutputFilterByType DEFLATE text/html text/css text/javascript application/javascript
	AddOutputFilterByType DEFLATE application/json application/manifest+json image/svg+xml
</IfModule>
</IfModule>
`

// writeHtaccess writes .htaccess into the generated site in dir, served at
// base.
func writeHtaccess(dir, base string) error {
	text := strings.ReplaceAll(htaccess, "BASE", base)
	return os.WriteFile(filepath.Join(dir, htaccessName), []byte(text), 0o644)
}
