//go:build !wasm

package main

import "runtime/debug"

// version names this build of proxycert in ticket notes. Release builds
// set it at link time:
//
//	go build -ldflags "-X main.version=v1.2.0" -o bin/proxycert ./app
//
// The page names its build with the site version instead (go-app's
// GOAPP_VERSION, a hash of the site's files; see cmd_generate.go).
var version = ""

// buildVersion returns version when the build set it, else the commit Go
// stamped into the binary from the git checkout it was built in (12 hex
// digits, "+dirty" when there were uncommitted changes), else "dev" (as
// under go run or go test, which stamp no commit).
func buildVersion() string {
	if version != "" {
		return version
	}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "dev"
	}
	var rev, dirty string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = "+dirty"
			}
		}
	}
	if rev == "" {
		return "dev"
	}
	return rev[:min(12, len(rev))] + dirty
}
