package decoder_test

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"proxycert/decoder"
)

// linkField is one name="value" of a case in testdata/links.
var linkField = regexp.MustCompile(`(\w+)=("(?:[^"\\]|\\.)*")`)

// TestParseLinkFixtures reads every case in testdata/links: parameters as
// links arrive from mail and ticket systems, and what ParseLink must read.
func TestParseLinkFixtures(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "links", "params.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cases := 0
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		params, fields, ok := strings.Cut(text, "\t")
		if !ok {
			t.Fatalf("params.txt:%d: no tab between the parameters and the fields", line)
		}
		want := map[string]string{}
		for _, m := range linkField.FindAllStringSubmatch(fields, -1) {
			v, err := strconv.Unquote(m[2])
			if err != nil {
				t.Fatalf("params.txt:%d: %s: %v", line, m[0], err)
			}
			want[m[1]] = v
		}
		l, err := decoder.ParseLink(params)
		got := map[string]string{"code": l.Code, "server": l.Server, "text": l.Text, "lang": l.Lang}
		if l.Variant != 0 {
			got["msg"] = strconv.Itoa(l.Variant)
		}
		for _, pe := range decoder.ParamErrors(err) {
			key := "badmsg"
			if pe.Repeated {
				key = "repeated"
			}
			got[key] = pe.Name
		}
		for _, k := range []string{"code", "server", "msg", "text", "lang", "repeated", "badmsg"} {
			if got[k] != want[k] {
				t.Errorf("params.txt:%d: ParseLink(%q): %s = %q, want %q", line, params, k, got[k], want[k])
			}
		}
		cases++
	}
	if err := sc.Err(); err != nil || cases < 30 {
		t.Fatalf("read %d cases from params.txt (%v)", cases, err)
	}
}
