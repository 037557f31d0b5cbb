//go:build !wasm

package main

func hostMain(args []string) int { return 2 }
