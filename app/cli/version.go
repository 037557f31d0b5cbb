package cli

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

func runVersion(c *cli, args []string) int {
	if len(args) == 1 && (args[0] == "-h" || args[0] == "--help" || args[0] == "-help") {
		fmt.Fprintln(c.stdout, "Usage: proxycert version\n  print this build's version (also proxycert --version)")
		return statusOK
	}
	if len(args) > 0 {
		fmt.Fprintf(c.stderr, "proxycert version: takes no arguments, got %q\nUsage: proxycert version\n", args[0])
		return statusUsage
	}
	fmt.Fprintf(c.stdout, "proxycert %s (%s, %s/%s)\n", buildVersion(), runtime.Version(), runtime.GOOS, runtime.GOARCH)
	return statusOK
}

// version names this build of proxycert in ticket notes. Release builds
// set it at link time:
//
//	go build -ldflags "-X proxycert/app/cli.version=v1.2.0" -o bin/proxycert ./app
//
// The page names its build with the site version instead (go-app's
// GOAPP_VERSION, a hash of the site's files; see package site).
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
