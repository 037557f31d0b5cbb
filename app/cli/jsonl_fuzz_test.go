package cli

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// FuzzJSONL: whatever standard input holds, decode --jsonl answers each
// non-blank line with one JSON object of the fixed shape, in order, with
// the numbers of bad lines, and an exit code that agrees.
func FuzzJSONL(f *testing.F) {
	f.Add(readFixture(f, "triage.jsonl"))
	for _, s := range []string{"{\"text\":\"0x18\"}", "\n\n", "{", "\uFEFF{\"id\":1,\"text\":\"x\"}\r\n{}", `{"text":"\ud83d"}`, "{\"text\":\"\\u0000\"}\n[]"} {
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

// FuzzScanObject holds the fast line reader to encoding/json's answers:
// whenever scanObject reads a line, encoding/json reads the same id and
// text from it.
func FuzzScanObject(f *testing.F) {
	for l := range strings.Lines(readFixture(f, "triage.jsonl")) {
		f.Add([]byte(strings.TrimSuffix(l, "\n")))
	}
	for _, s := range []string{`{"text":"a","text":1}`, `{"text":1,"text":"a"}`, `{"Text":"\ud83d\ude2d\ud800x"}`, `{"id":-0.5e+3,"text":"\/"}`,
		`{"id":01}`, `{"iD":"x","id":null}`, `{"text":"\u00e9"} x`, " {\t\"text\" : \"a\" } "} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		fast, ok := scanObject(line)
		if !ok {
			return
		}
		slow, errKey := unmarshalLine(line)
		if errKey != "" {
			t.Fatalf("scanObject read %q, encoding/json says %s", line, errKey)
		}
		// A text of the wrong type is an error whatever else "text" held.
		if !bytes.Equal(fast.id, slow.id) ||
			(fast.textKind == stringValue) != (slow.textKind == stringValue) ||
			(fast.textKind == otherScalar) != (slow.textKind == otherScalar) ||
			fast.textKind == stringValue && fast.text != slow.text {
			t.Fatalf("%q: scanObject read %+v, encoding/json %+v", line, fast, slow)
		}
		if fast.id != nil && !json.Valid(fast.id) {
			t.Fatalf("%q: id %q is no JSON value", line, fast.id)
		}
	})
}
