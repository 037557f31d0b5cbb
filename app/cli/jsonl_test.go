package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"os"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"proxycert/decoder"
	"proxycert/messages"
)

// TestJSONLFixture decodes testdata/triage.jsonl, tickets as a script
// exports them (good lines, blank lines, bad JSON, missing or mistyped
// fields, \u escapes with a surrogate pair, keys in capitals, nested
// extra fields), and checks each output line against triage.want.jsonl:
// the fields given there must have those values, "error" naming the
// message (see triageErrors).
func TestJSONLFixture(t *testing.T) {
	for _, lang := range messages.Languages() {
		code, out, errOut := runCLI([]string{"decode", "--jsonl", "--lang", lang}, strings.NewReader(readFixture(t, "triage.jsonl")), nil)
		if code != statusNotRecognized || errOut != "" {
			t.Errorf("%s: exit %d, stderr %q; want %d (the file has bad lines) and no stderr", lang, code, errOut, statusNotRecognized)
		}
		got := jsonLines(t, out)
		want := jsonLines(t, readFixture(t, "triage.want.jsonl"))
		if len(got) != len(want) {
			t.Fatalf("%s: %d output lines, want %d:\n%s", lang, len(got), len(want), out)
		}
		for i, w := range want {
			if name, ok := w["error"].(string); ok {
				key, known := triageErrors[name]
				if !known {
					t.Fatalf("triage.want.jsonl: unknown error %q", name)
				}
				w["error"] = messages.Fill(messages.For(lang).T(key), "limit", "")
			}
			for k, v := range w {
				if !reflect.DeepEqual(got[i][k], v) {
					t.Errorf("%s: line %d: %q = %#v, want %#v", lang, i+1, k, got[i][k], v)
				}
			}
			checkJSONLKeys(t, got[i])
		}
	}
}

// triageErrors are the messages triage.want.jsonl expects, by the names
// it gives them.
var triageErrors = map[string]messages.Key{
	"jsonl.bad-json":  messages.UIJSONLBadJSON,
	"jsonl.no-text":   messages.UIJSONLNoText,
	"jsonl.text-type": messages.UIJSONLTextType,
	"jsonl.id-type":   messages.UIJSONLIDType,
}

// checkJSONLKeys: an output object is an error ({id?, line, error}) or a
// report with exactly decode --json's keys and an optional id.
func checkJSONLKeys(t *testing.T, obj map[string]any) {
	t.Helper()
	keys := slices.Sorted(maps.Keys(obj))
	keys = slices.DeleteFunc(keys, func(k string) bool { return k == "id" })
	if _, isErr := obj["error"]; isErr {
		if !slices.Equal(keys, []string{"error", "line"}) {
			t.Errorf("error object has keys %v", keys)
		}
		return
	}
	if !slices.Equal(keys, reportKeys[""]) {
		t.Errorf("report object has keys %v, want %v and an optional id", keys, reportKeys[""])
	}
}

func jsonLines(t testing.TB, s string) []map[string]any {
	t.Helper()
	var out []map[string]any
	for l := range strings.Lines(s) {
		var obj map[string]any
		if err := json.Unmarshal([]byte(l), &obj); err != nil {
			t.Fatalf("not one JSON object per line: %v: %q", err, l)
		}
		out = append(out, obj)
	}
	return out
}

// TestJSONLIsJSON: each report line is decode --json's output for the
// same text, byte for byte, with "id" put first.
func TestJSONLIsJSON(t *testing.T) {
	for i, text := range append(typicalTexts(t), "0x800B0109", "18", "hello", " ") {
		line, _ := json.Marshal(map[string]any{"id": i, "text": text})
		_, got, _ := runCLI([]string{"decode", "--jsonl", "--lang", "ja"}, bytes.NewReader(line), nil)
		_, want, _ := runCLI([]string{"decode", "--json", "--lang", "ja", "-"}, strings.NewReader(text), nil)
		if prefix := fmt.Sprintf(`{"id":%d,`, i); got != prefix+strings.TrimPrefix(want, "{") {
			t.Errorf("%q:\n--jsonl %s--json  %s", text, got, want)
		}
	}
}

func TestJSONLExit(t *testing.T) {
	for _, tc := range []struct {
		name, stdin string
		args        []string
		exit        int
		lines       int
	}{
		{"all recognised", "{\"text\":\"0x18\"}\n\n{\"id\":1,\"text\":\"(Error Code 20)\"}\r\n", nil, statusOK, 2},
		{"one not recognised", "{\"text\":\"0x18\"}\n{\"text\":\"hello\"}", nil, statusNotRecognized, 2},
		{"empty input", "", nil, statusOK, 0},
		{"blank lines only", "\n \n\t\n", nil, statusOK, 0},
		{"a byte order mark", "\uFEFF{\"text\":\"0x18\"}\n", nil, statusOK, 1},
		{"- names standard input", "{\"text\":\"0x18\"}", []string{"-"}, statusOK, 1},
		{"TEXT is a usage error", "", []string{"0x18"}, statusUsage, 0},
	} {
		code, out, _ := runCLI(append([]string{"decode", "--jsonl"}, tc.args...), strings.NewReader(tc.stdin), nil)
		if n := strings.Count(out, "\n"); code != tc.exit || n != tc.lines {
			t.Errorf("%s: exit %d with %d lines, want %d with %d:\n%s", tc.name, code, n, tc.exit, tc.lines, out)
		}
	}
}

// TestJSONLLongLines: a line longer than the reader holds is skipped to
// its end and reported with its number, and the run goes on; a text longer
// than the decoder reads is reported too.
func TestJSONLLongLines(t *testing.T) {
	huge := `{"id":"big","text":"` + strings.Repeat("a", jsonlMaxLine) + `"}`
	long := `{"id":"long","text":"` + strings.Repeat("b", decoder.MaxInput+1) + `"}`
	stdin := strings.Join([]string{huge, `{"text":"0x18"}`, long, `{"text":"0x10"}`}, "\n")
	code, out, _ := runCLI([]string{"decode", "--jsonl"}, strings.NewReader(stdin), nil)
	got := jsonLines(t, out)
	en := messages.For("en")
	want := []map[string]any{
		{"line": 1.0, "error": messages.Fill(en.T(messages.UIJSONLTooLong), "limit", strconv.Itoa(jsonlMaxLine))},
		{"hex": "0x00000018"},
		{"id": "long", "line": 3.0, "error": messages.Fill(en.T(messages.UIJSONLTextTooLong), "limit", strconv.Itoa(decoder.MaxInput))},
		{"hex": "0x00000010"},
	}
	if code != statusNotRecognized || len(got) != len(want) {
		t.Fatalf("exit %d, %d lines; want %d, %d:\n%.500s", code, len(got), statusNotRecognized, len(want), out)
	}
	for i, w := range want {
		for k, v := range w {
			if got[i][k] != v {
				t.Errorf("line %d: %q = %v, want %v", i+1, k, got[i][k], v)
			}
		}
	}
}

// TestJSONLStreams: each answer is out as soon as its line is in, so a
// script can feed tickets one by one through a pipe.
func TestJSONLStreams(t *testing.T) {
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	done := make(chan int, 1)
	go func() {
		done <- (&cli{stdin: inR, stdout: outW, stderr: io.Discard, getenv: func(string) string { return "" }}).main([]string{"decode", "--jsonl"})
		outW.Close()
	}()
	answers := bufio.NewReader(outR)
	for i, text := range []string{"0x18", "0x20", "0x8"} {
		fmt.Fprintf(inW, "{\"id\":%d,\"text\":%q}\n", i, text)
		line, err := answers.ReadString('\n') // blocks until the answer is written
		if err != nil || !strings.HasPrefix(line, fmt.Sprintf(`{"id":%d,`, i)) {
			t.Fatalf("answer to line %d: %q, %v", i+1, line, err)
		}
	}
	inW.Close()
	if rest, _ := io.ReadAll(answers); len(rest) != 0 || <-done != statusOK {
		t.Errorf("after the last line: %q", rest)
	}
}

// Example_decodeJSONL triages tickets exported one JSON object per line.
func Example_decodeJSONL() {
	tickets := `{"id": "INC0012345", "text": "…proxy server's security certificate, mail.contoso.com. … (0x00000018)"}
{"id": "INC0012346", "text": "Security Alert: The name on the security certificate is invalid or does not match the name of the site."}
{"id": "INC0012347"}
`
	(&cli{stdin: strings.NewReader(tickets), stdout: os.Stdout, stderr: os.Stderr, getenv: func(string) string { return "" }}).
		main([]string{"decode", "--jsonl"})
	// Output:
	// {"id":"INC0012345","recognized":true,"language":"","variant":0,"server":"","code":24,"hex":"0x00000018","flags":[{"value":8,"name":"FLAG_INVALID_CA","winhttp":"WINHTTP_CALLBACK_STATUS_FLAG_INVALID_CA"},{"value":16,"name":"FLAG_CERT_CN_INVALID","winhttp":"WINHTTP_CALLBACK_STATUS_FLAG_CERT_CN_INVALID"}],"unknownBits":0,"alternative":null,"otherFamily":"","warnings":[]}
	// {"id":"INC0012346","recognized":false,"language":"","variant":0,"server":"","code":null,"hex":"","flags":[],"unknownBits":0,"alternative":null,"otherFamily":"","warnings":[]}
	// {"id":"INC0012347","line":3,"error":"The object has no \"text\", or it is empty."}
}
