// Package e2e holds the browser tests: they drive real browsers against the
// generated site in ../../dist, served by site.Host or by real nginx and
// Apache, black-box through the page as users meet it. The cross-engine
// suite for Firefox and WebKit is in engines/ (Node.js). ./build.sh test
// builds the site and sets PROXYCERT_E2E=1; without it the browser tests
// skip.
package e2e

import (
	"os"
	"testing"

	"proxycert/app/page"
)

func TestMain(m *testing.M) {
	// The routes main registers: tests that generate a site of their own
	// (updates, sub-paths, hosts) pre-render them.
	page.Routes()
	os.Exit(m.Run())
}

// fewCodes are the code pages of the sites the tests generate themselves:
// every page is a whole render, slow under the race detector, and the
// tests that look at code pages use ../../dist, which has them all.
var fewCodes = []uint32{0x18, 0x40}
