//go:build wasm

package main

// hostMain is never reached in the browser: app.RunWhenOnBrowser does not
// return there.
func hostMain([]string) int { return 0 }
