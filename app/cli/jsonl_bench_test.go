package cli

import (
	"bytes"
	"encoding/json"
	"io"
	"testing"
	"time"

	"proxycert/decoder"
	"proxycert/messages"
)

// typicalTexts are the pastes a triage script meets: whole dialogs from
// the command line's fixtures in both languages, a look-alike dialog and
// bare codes.
func typicalTexts(tb testing.TB) []string {
	var texts []string
	for _, name := range []string{"en_msg2_ctrlc.txt", "en_msg4_zero.txt", "en_ticket_msg4.txt",
		"ja_msg4_fullwidth.txt", "ja_old_msg3.txt", "en_security_alert.txt"} {
		texts = append(texts, readFixture(tb, name))
	}
	return append(texts, "0x00000018", "(Error Code 10)")
}

// jsonlInput writes texts as n lines of --jsonl input with ticket ids.
func jsonlInput(tb testing.TB, texts []string, n int) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	for i := range n {
		if err := enc.Encode(map[string]any{"id": "INC" + string(rune('0'+i%10)), "text": texts[i%len(texts)]}); err != nil {
			tb.Fatal(err)
		}
	}
	return b.Bytes()
}

// BenchmarkJSONL measures decode --jsonl from input to output on typical
// messages, reported as messages per second.
func BenchmarkJSONL(b *testing.B) {
	const lines = 1000
	in := jsonlInput(b, typicalTexts(b), lines)
	c := &cli{stdin: nil, stdout: io.Discard, stderr: io.Discard, getenv: func(string) string { return "" }}
	cat := messages.For("en")
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	cpu := cpuTime(b)
	for b.Loop() {
		c.stdin = bytes.NewReader(in)
		c.decodeJSONL(cat)
	}
	reportRate(b, lines*b.N, cpuTime(b)-cpu)
	b.ReportMetric(0, "ns/op") // per 1000 lines; the rates say it better
}

// reportRate reports messages per second of wall time and per second of
// the process's CPU time; the second holds when other work shares the
// machine.
func reportRate(b *testing.B, msgs int, cpu time.Duration) {
	b.ReportMetric(float64(msgs)/b.Elapsed().Seconds(), "msgs/s")
	if cpu > 0 {
		b.ReportMetric(float64(msgs)/cpu.Seconds(), "msgs/cpu-s")
	}
}

// BenchmarkJSONLParseOnly is decoder.Parse alone on the same messages:
// the part of BenchmarkJSONL that is not JSON.
func BenchmarkJSONLParseOnly(b *testing.B) {
	texts := typicalTexts(b)
	b.ReportAllocs()
	cpu := cpuTime(b)
	n := 0
	for b.Loop() {
		decoder.Parse(texts[n%len(texts)])
		n++
	}
	reportRate(b, b.N, cpuTime(b)-cpu)
}
