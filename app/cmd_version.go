//go:build !wasm

package main

import (
	"fmt"
	"runtime"
)

func init() {
	register(command{
		name:    "version",
		args:    "",
		summary: "print this build's version (also --version)",
		run: func(c *cli, args []string) int {
			if len(args) > 0 {
				fmt.Fprintf(c.stderr, "proxycert version: takes no arguments, got %q\nUsage: proxycert version\n", args[0])
				return exitUsage
			}
			fmt.Fprintf(c.stdout, "proxycert %s (%s, %s/%s)\n", buildVersion(), runtime.Version(), runtime.GOOS, runtime.GOARCH)
			return exitOK
		},
	})
}
