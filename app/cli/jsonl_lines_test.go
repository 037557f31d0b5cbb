package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"proxycert/messages"
)

// TestJSONLLineReading pins how a line is read, beyond triage.jsonl: the
// rules encoding/json brings (keys in any case, escaped keys, the last of
// two equal keys wins, invalid UTF-8 read as U+FFFD) and the ones decodeLine
// adds on top (a "text" of the wrong type is an error even when a string
// "text" follows; an object or array id is an error; the id goes back
// exactly as written).
func TestJSONLLineReading(t *testing.T) {
	en := messages.For("en")
	for _, tc := range []struct {
		line string
		id   string       // the id as echoed, "" for none
		err  messages.Key // the error, 0 for a decoded line
	}{
		{line: `{"text":"0x18","text":1}`, err: messages.UIJSONLTextType},
		{line: `{"text":1,"text":"0x18"}`, err: messages.UIJSONLTextType},
		{line: `{"id":"a","TEXT":true}`, id: `"a"`, err: messages.UIJSONLTextType},
		{line: `{"text":{"code":"0x18"}}`, err: messages.UIJSONLTextType},
		{line: `{"text":["0x18"]}`, err: messages.UIJSONLTextType},
		{line: `{"text":"0x18","text":null}`, err: messages.UIJSONLNoText},
		{line: `{"text":null}`, err: messages.UIJSONLNoText},
		{line: `{"id":[1],"text":5}`, err: messages.UIJSONLIDType},
		{line: `{"id":{"n":1},"text":"0x18"}`, err: messages.UIJSONLIDType},
		{line: `{"id":01,"text":"0x18"}`, err: messages.UIJSONLBadJSON},
		{line: `{"text":"0x18"} x`, err: messages.UIJSONLBadJSON},
		{line: `"0x18"`, err: messages.UIJSONLBadJSON},
		{line: `{"iD":"x","id":null,"text":"0x18"}`, id: `null`},
		{line: `{"id":"a","text":"0x18","Id":"b"}`, id: `"b"`},
		{line: `{"te\u0078t":"0x18"}`},
		{line: ` {"id" : -0.5e+3 , "text" : "0x18"} `, id: `-0.5e+3`},
		{line: `{"id":"INC\u0031\/2","text":"0x18"}`, id: `"INC\u0031\/2"`},
		{line: `{"id":"<a&b>","text":"0x18"}`, id: `"<a&b>"`},
		{line: "{\"text\":\"\xfe(0x00000018)\"}"},
	} {
		code, out, errOut := runCLI([]string{"decode", "--jsonl"}, strings.NewReader(tc.line), nil)
		if errOut != "" || strings.Count(out, "\n") != 1 {
			t.Errorf("%s: stderr %q, output %q; want one line", tc.line, errOut, out)
			continue
		}
		var got struct {
			ID         json.RawMessage `json:"id"`
			Error      string          `json:"error"`
			Recognized bool            `json:"recognized"`
		}
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatalf("%s: %v: %s", tc.line, err, out)
		}
		if wantPrefix := `{"id":` + tc.id + `,`; tc.id != "" && !strings.HasPrefix(out, wantPrefix) || tc.id == "" && got.ID != nil {
			t.Errorf("%s: answer %s, want the id %s", tc.line, out, tc.id)
		}
		switch {
		case tc.err != 0 && got.Error != en.T(tc.err):
			t.Errorf("%s: error %q, want %q", tc.line, got.Error, en.T(tc.err))
		case tc.err == 0 && (!got.Recognized || code != statusOK):
			t.Errorf("%s: exit %d, answer %s; want 0x18 decoded", tc.line, code, out)
		}
	}
}
