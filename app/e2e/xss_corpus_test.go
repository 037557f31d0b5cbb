package e2e

import (
	"bufio"
	"encoding/base64"
	"html"
	"os"
	"strconv"
	"strings"
	"testing"
)

// xssPayload is one hostile input of testdata/xss/payloads.txt.
type xssPayload struct {
	Category string
	Text     string
	Line     int
}

func (p xssPayload) String() string {
	return p.Category + " payload (payloads.txt:" + strconv.Itoa(p.Line) + ") " + strconv.Quote(p.Text)
}

// loadXSSPayloads reads the corpus; see the file's header for its format.
func loadXSSPayloads(t *testing.T) []xssPayload {
	t.Helper()
	f, err := os.Open("testdata/xss/payloads.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []xssPayload
	category := ""
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "# == "):
			category = strings.TrimPrefix(line, "# == ")
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "q:"):
			text, err := strconv.Unquote(strings.TrimPrefix(line, "q:"))
			if err != nil {
				t.Fatalf("payloads.txt:%d: q: needs a Go quoted string: %v", n, err)
			}
			out = append(out, xssPayload{category, text, n})
		default:
			out = append(out, xssPayload{category, line, n})
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestXSSCorpus keeps the corpus what the browser test relies on: at least
// 50 distinct payloads in every category the issue names, each with a
// canary the test watches for.
func TestXSSCorpus(t *testing.T) {
	payloads := loadXSSPayloads(t)
	if len(payloads) < 50 {
		t.Errorf("%d payloads, want at least 50", len(payloads))
	}
	seen := map[string]int{}
	perCategory := map[string]int{}
	for _, p := range payloads {
		if first, dup := seen[p.Text]; dup {
			t.Errorf("%s repeats line %d", p, first)
		}
		seen[p.Text] = p.Line
		perCategory[p.Category]++
		if p.Category == "" {
			t.Errorf("%s comes before any category", p)
		}
		if !hasCanary(p.Text) {
			t.Errorf("%s has no canary (__xss++ or alert)", p)
		}
	}
	for _, c := range []string{
		"script tags", "event handlers", "javascript, data and vbscript URLs", "SVG and MathML",
		"HTML entities and encoded forms", "template injection", "CSS",
		"attribute and context breakouts", "flag names and codes", "full-width and other Unicode forms",
	} {
		if perCategory[c] < 3 {
			t.Errorf("category %q has %d payloads, want at least 3", c, perCategory[c])
		}
	}
}

// hasCanary reports whether a payload would bump the canary if it ran: it
// names __xss or alert, maybe in full-width letters, HTML entities or
// base64.
func hasCanary(s string) bool {
	plain := strings.Map(func(r rune) rune {
		if r >= '！' && r <= '～' {
			return r - '！' + '!'
		}
		return r
	}, html.UnescapeString(s))
	if _, b64, ok := strings.Cut(s, "base64,"); ok {
		if d, err := base64.StdEncoding.DecodeString(b64); err == nil {
			plain += string(d)
		}
	}
	return strings.Contains(plain, "__xss") || strings.Contains(plain, "alert")
}
