package main

// routes registers the page's components; see page.go.
func routes() {}
