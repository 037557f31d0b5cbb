package site

// writeHostConfig writes, into the generated site in dir served at base,
// the configuration the common hosts read from the folder they serve:
// web.config for IIS and .htaccess for Apache httpd. An admin who copies
// the folder gets the types, the compressed copies and the cache headers
// the page needs, without editing the server's own configuration. nginx and
// GitHub Pages read nothing from the folder; docs/hosting.md covers them.
func writeHostConfig(dir, base string) error {
	if err := writeWebConfig(dir, base); err != nil {
		return err
	}
	return writeHtaccess(dir, base)
}
