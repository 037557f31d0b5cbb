package cli

import (
	"strings"
	"testing"
)

// FuzzJSONL: whatever standard input holds, decode --jsonl answers each
// non-blank line with one JSON object of the fixed shape, in order, with
// the numbers of bad lines, and an exit code that agrees.
func FuzzJSONL(f *testing.F) {
	f.Add(readFixture(f, "triage.jsonl"))
	for _, s := range []string{"{\"text\":\"0x18\"}", "\n\n", "{", "\uFEFF{\"id\":1,\"text\":\"x\"}\r\n{}", `{"text":"\ud83d"}`, "{\"text\":\"\\u0000\"}\n[]",
		`{"text":1,"text":"0x18"}`, `{"ID":{},"Text":"0x18"}`, "{\"te\\u0078t\":\"0x18\",\"id\":-1e9}\nnull\n\"0x18\"", "{\"text\":\"\xff(0x18)\"}"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, stdin string) {
		code, out, errOut := runCLI([]string{"decode", "--jsonl"}, strings.NewReader(stdin), nil)
		if code != statusOK && code != statusNotRecognized || errOut != "" {
			t.Fatalf("exit %d, stderr %q", code, errOut)
		}
		var want int
		for i, l := range strings.Split(stdin, "\n") {
			if i == 0 {
				l = strings.TrimPrefix(l, "\uFEFF")
			}
			if strings.TrimSpace(l) != "" {
				want++
			}
		}
		objs := jsonLines(t, out)
		if len(objs) != want {
			t.Fatalf("%d answers for %d lines:\n%s", len(objs), want, out)
		}
		allGood, last := true, 0.0
		for _, o := range objs {
			checkJSONLKeys(t, o)
			if line, ok := o["line"].(float64); ok {
				if line <= last {
					t.Fatalf("line %v after line %v", line, last)
				}
				last, allGood = line, false
			} else if o["recognized"] != true {
				allGood = false
			}
		}
		if allGood != (code == statusOK) {
			t.Fatalf("exit %d, yet every line decoded: %v", code, allGood)
		}
	})
}
