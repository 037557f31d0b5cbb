package site

import (
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// go-app keeps an element's attributes in a map and writes them in Go's
// random map order, so two generations of the same page differ byte for
// byte. Sorting the attributes of each start tag makes the output
// reproducible without changing what it means.

// canonicalizeHTMLFiles rewrites every .html file directly in dir with its
// attributes in canonical order and the slim loader (loader.go).
func canonicalizeHTMLFiles(dir string) error {
	files, err := filepath.Glob(filepath.Join(dir, "*.html"))
	if err != nil {
		return err
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		if err := os.WriteFile(f, slimLoader(CanonicalHTML(b)), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// CanonicalHTML sorts the attributes of each start tag in go-app's output,
// where text is escaped (a '<' always opens a tag) and attribute values are
// Go-quoted. A tag it cannot read is left as it is.
func CanonicalHTML(b []byte) []byte {
	s := string(b) // once: sortedTag reads from each '<' on
	var out strings.Builder
	out.Grow(len(s))
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			out.WriteString(s)
			return []byte(out.String())
		}
		out.WriteString(s[:i])
		s = s[i:]
		tag, n := sortedTag(s)
		if n == 0 {
			out.WriteByte('<')
			s = s[1:]
			continue
		}
		out.WriteString(tag)
		s = s[n:]
	}
}

// sortedTag reads the start tag at the beginning of s and returns it with
// its attributes sorted, and its length in s; n is 0 when s does not start
// with a start tag it can read.
func sortedTag(s string) (tag string, n int) {
	if len(s) < 2 || !isASCIILetter(s[1]) {
		return "", 0
	}
	i := 1
	for i < len(s) && (isASCIILetter(s[i]) || s[i] >= '0' && s[i] <= '9' || s[i] == '-') {
		i++
	}
	name := s[1:i]
	var attrs []string
	for i < len(s) && s[i] == ' ' {
		i++
		start := i
		for i < len(s) && !strings.ContainsRune(" =>/\"'", rune(s[i])) {
			i++
		}
		if i == start {
			return "", 0
		}
		if i < len(s) && s[i] == '=' {
			q, err := strconv.QuotedPrefix(s[i+1:])
			if err != nil {
				return "", 0
			}
			i += 1 + len(q)
		}
		attrs = append(attrs, s[start:i])
	}
	end := ">"
	if strings.HasPrefix(s[i:], "/>") {
		end = "/>"
	} else if !strings.HasPrefix(s[i:], ">") {
		return "", 0
	}
	sort.Strings(attrs)
	var t strings.Builder
	t.WriteString("<" + name)
	for _, a := range attrs {
		t.WriteString(" " + a)
	}
	t.WriteString(end)
	return t.String(), i + len(end)
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
