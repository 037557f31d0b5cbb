package cli

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"proxycert/messages"
)

// reportKeys are the fields of `decode --json`, a public interface: the
// test fails when one is added, renamed or dropped.
var reportKeys = map[string][]string{
	"":            {"alternative", "code", "flags", "hex", "language", "otherFamily", "recognized", "server", "unknownBits", "variant", "warnings"},
	"flags":       {"name", "value", "winhttp"},
	"alternative": {"code", "flags", "hex", "reading"},
	"warnings":    {"id", "text"},
}

func TestDecodeCases(t *testing.T) {
	for _, tc := range loadCases(t, "decode.json") {
		t.Run(tc.Name, func(t *testing.T) { tc.check(t) })
	}
}

// TestDecodeJSONShape checks every object in the report, including the
// nested ones, against reportKeys, and that code is null without a code.
func TestDecodeJSONShape(t *testing.T) {
	for _, in := range []string{"18", "0x118", "0x800B0109", "hello", "", "FLAG_INVALID_CA"} {
		code, out, _ := runCLI([]string{"decode", "--json", in}, nil, nil)
		if code == statusUsage {
			t.Fatalf("decode --json %q: usage error", in)
		}
		obj := decodeOne(t, out)
		checkKeys(t, in, "", obj)
		if _, hasCode := obj["code"].(float64); hasCode == (obj["hex"] == "") {
			t.Errorf("%q: code %v does not agree with hex %q", in, obj["code"], obj["hex"])
		}
		for _, f := range obj["flags"].([]any) {
			checkKeys(t, in, "flags", f)
		}
		for _, w := range obj["warnings"].([]any) {
			checkKeys(t, in, "warnings", w)
		}
		if alt, ok := obj["alternative"].(map[string]any); ok {
			checkKeys(t, in, "alternative", alt)
			for _, f := range alt["flags"].([]any) {
				checkKeys(t, in, "flags", f)
			}
		}
	}
}

func checkKeys(t *testing.T, input, field string, v any) {
	t.Helper()
	obj, ok := v.(map[string]any)
	if !ok {
		t.Errorf("%q: %q is %T, want an object", input, field, v)
		return
	}
	var got []string
	for k := range obj {
		got = append(got, k)
	}
	slices.Sort(got)
	if want := reportKeys[field]; !slices.Equal(got, want) {
		t.Errorf("%q: keys of %q object = %v, want exactly %v", input, field, got, want)
	}
}

// decodeOne parses out as exactly one JSON object followed by a newline.
func decodeOne(t *testing.T, out string) map[string]any {
	t.Helper()
	if !strings.HasSuffix(out, "}\n") {
		t.Fatalf("output does not end with an object and a newline: %q", out)
	}
	dec := json.NewDecoder(strings.NewReader(out))
	var obj map[string]any
	if err := dec.Decode(&obj); err != nil {
		t.Fatalf("output is not a JSON object: %v\n%s", err, out)
	}
	if err := dec.Decode(new(any)); err != io.EOF {
		t.Fatalf("output holds more than one JSON value: %q", out)
	}
	return obj
}

// endless is a standard input that never ends.
type endless struct{}

func (endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = ' '
	}
	return len(p), nil
}

// TestDecodeBoundedInput feeds a dialog followed by an endless stream: the
// command must stop reading at the limit and say the rest was left out.
func TestDecodeBoundedInput(t *testing.T) {
	dialog := readFixture(t, "en_msg2_ctrlc.txt")
	stdin := io.MultiReader(strings.NewReader(dialog), endless{})
	code, out, errOut := runCLI([]string{"decode", "--json", "-"}, stdin, nil)
	if code != statusOK {
		t.Fatalf("exit %d, want %d; stderr: %s", code, statusOK, errOut)
	}
	var ids []string
	for _, w := range decodeOne(t, out)["warnings"].([]any) {
		ids = append(ids, w.(map[string]any)["id"].(string))
	}
	if !slices.Contains(ids, messages.WarnTooLong) {
		t.Errorf("warnings %v lack %q", ids, messages.WarnTooLong)
	}
}

// TestDecodeTextWidth keeps the human answer readable in a terminal: no
// line wider than textWidth unless it is a command or an unbreakable word.
func TestDecodeTextWidth(t *testing.T) {
	for _, lang := range messages.Languages() {
		for _, in := range []string{"0x800000FF", "0", "18", "0x800B0109"} {
			_, out, _ := runCLI([]string{"decode", "--lang", lang, in}, nil, nil)
			for _, line := range strings.Split(out, "\n") {
				if displayWidth(line) <= textWidth {
					continue
				}
				body := strings.TrimSpace(line)
				if strings.HasPrefix(body, messages.For(lang).T(messages.UICommand)+":") || len(lineSegments(body)) <= 2 {
					continue
				}
				t.Errorf("--lang %s %s: line of %d columns:\n%s", lang, in, displayWidth(line), line)
			}
		}
	}
}

// TestBinaryExitCodes runs the real binary, so that exit codes and the
// JSON output are proven through the process boundary.
func TestBinaryExitCodes(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool on PATH")
	}
	bin := filepath.Join(t.TempDir(), "proxycert")
	if out, err := exec.Command(goTool, "build", "-o", bin, "..").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	for _, tc := range []struct {
		args  []string
		stdin string
		exit  int
	}{
		{[]string{"decode", "--json", "0x18"}, "", statusOK},
		{[]string{"decode", "-"}, readFixture(t, "en_msg2_ctrlc.txt"), statusOK},
		{[]string{"decode", "hello"}, "", statusNotRecognized},
		{[]string{"decode", "--lang", "xx", "0x18"}, "", statusUsage},
		{[]string{"decode", "--jsonl"}, "{\"id\":1,\"text\":\"0x18\"}\n", statusOK},
		{[]string{"decode", "--jsonl"}, "{\"id\":1,\"text\":\"0x18\"}\nnot json\n", statusNotRecognized},
		{[]string{"note", "--kind", "customer", "-"}, readFixture(t, "en_msg2_ctrlc.txt"), statusOK},
		{[]string{"note", "hello"}, "", statusNotRecognized},
		{[]string{"note", "--format", "html", "0x18"}, "", statusUsage},
		{[]string{"frobnicate"}, "", statusUsage},
		{[]string{"serve", "--dir", t.TempDir(), "--no-open"}, "", statusFailed},
		{[]string{"serve", "--addr", "256.0.0.1:1", "--dir", filepath.Join("testdata", "site"), "--no-open"}, "", statusFailed},
		{[]string{"cert", "--server", "mail.contoso.com", filepath.Join(t.TempDir(), "none.cer")}, "", statusFailed},
	} {
		cmd := exec.Command(bin, tc.args...)
		cmd.Stdin = strings.NewReader(tc.stdin)
		cmd.Env = append(cleanEnv(), "LANG=C.UTF-8")
		var stdout bytes.Buffer
		cmd.Stdout = &stdout
		err := cmd.Run()
		code := 0
		var exitErr *exec.ExitError
		if errors.As(err, &exitErr) {
			code = exitErr.ExitCode()
		} else if err != nil {
			t.Fatalf("%v: %v", tc.args, err)
		}
		if code != tc.exit {
			t.Errorf("%v: exit %d, want %d", tc.args, code, tc.exit)
		}
		if slices.Contains(tc.args, "--json") {
			var names []string
			for _, f := range decodeOne(t, stdout.String())["flags"].([]any) {
				names = append(names, f.(map[string]any)["name"].(string))
			}
			if want := []string{"FLAG_INVALID_CA", "FLAG_CERT_CN_INVALID"}; !slices.Equal(names, want) {
				t.Errorf("%v: flags %v, want %v", tc.args, names, want)
			}
		}
	}
}

// cleanEnv is the test's environment without the variables that choose
// proxycert's language or page.
func cleanEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		if name != "LANG" && !strings.HasPrefix(name, "LC_") && !strings.HasPrefix(name, "PROXYCERT_") {
			env = append(env, kv)
		}
	}
	return env
}

// FuzzDecodeCommand: whatever is on standard input, decode answers without
// a usage error, prints one report of the fixed shape with --json, and
// agrees with itself between text and JSON.
func FuzzDecodeCommand(f *testing.F) {
	for _, name := range []string{"en_msg2_ctrlc.txt", "ja_old_msg3.txt", "en_ticket_msg4.txt", "en_security_alert.txt"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	for _, s := range []string{"0x18", "-2147483640", "18", "（エラー コード １０）", "FLAG_INVALID_CA|", "0x", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		code, out, _ := runCLI([]string{"decode", "--json", "-"}, strings.NewReader(in), nil)
		if code != statusOK && code != statusNotRecognized {
			t.Fatalf("exit %d for %q", code, in)
		}
		obj := decodeOne(t, out)
		checkKeys(t, in, "", obj)
		if obj["recognized"] != (code == statusOK) {
			t.Fatalf("recognized %v with exit %d", obj["recognized"], code)
		}
		if textCode, _, _ := runCLI([]string{"decode", "--lang", "ja", "-"}, strings.NewReader(in), nil); textCode != code {
			t.Fatalf("text exit %d, JSON exit %d", textCode, code)
		}
	})
}

// Example_decode shows the JSON report scripts read.
func Example_decode() {
	(&cli{stdin: strings.NewReader(""), stdout: os.Stdout, stderr: os.Stderr, getenv: func(string) string { return "" }}).
		main([]string{"decode", "--json", "0x18"})
	// Output:
	// {"recognized":true,"language":"","variant":0,"server":"","code":24,"hex":"0x00000018","flags":[{"value":8,"name":"FLAG_INVALID_CA","winhttp":"WINHTTP_CALLBACK_STATUS_FLAG_INVALID_CA"},{"value":16,"name":"FLAG_CERT_CN_INVALID","winhttp":"WINHTTP_CALLBACK_STATUS_FLAG_CERT_CN_INVALID"}],"unknownBits":0,"alternative":null,"otherFamily":"","warnings":[]}
}

// runCLI runs the command line in-process with the given standard input
// and environment; nothing of the test process's environment leaks in.
func runCLI(args []string, stdin io.Reader, env map[string]string) (code int, stdout, stderr string) {
	return newTestCLI(stdin, env).run(args...)
}

// testCLI is a cli on buffers whose browser records the addresses it is
// asked to open (and fails with openErr when set).
type testCLI struct {
	*cli
	out, errOut bytes.Buffer
	opened      []string
	openErr     error
}

func newTestCLI(stdin io.Reader, env map[string]string) *testCLI {
	if stdin == nil {
		stdin = strings.NewReader("")
	}
	tc := &testCLI{}
	tc.cli = &cli{stdin: stdin, stdout: &tc.out, stderr: &tc.errOut,
		getenv: func(k string) string { return env[k] }, browserWait: 5 * time.Second, codes: []uint32{0x18}}
	tc.openURL = func(u string) error {
		tc.opened = append(tc.opened, u)
		return tc.openErr
	}
	return tc
}

func (tc *testCLI) run(args ...string) (code int, stdout, stderr string) {
	code = tc.main(args)
	return code, tc.out.String(), tc.errOut.String()
}

func readFixture(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
