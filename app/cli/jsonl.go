package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"

	"proxycert/decoder"
	"proxycert/messages"
)

// jsonlMaxLine is the longest input line read: a text of decoder.MaxInput
// bytes written as JSON at its most verbose (\u00XX for every byte), with
// room for the id and the field names. A longer line is skipped, never
// held in memory whole.
const jsonlMaxLine = 6*decoder.MaxInput + 4096

// jsonlIn is one input line: {"id": …, "text": "…"}. The id stays raw so
// that it goes back exactly as it came; other fields are ignored.
type jsonlIn struct {
	ID   json.RawMessage `json:"id"`
	Text *string         `json:"text"`
}

// jsonlOut is one output line: the id, then decode --json's fields
// unchanged, or, for a line that could not be decoded, its number and why.
type jsonlOut struct {
	ID json.RawMessage `json:"id,omitempty"`
	*decoder.Report
	Line  int    `json:"line,omitempty"`
	Error string `json:"error,omitempty"`
}

// decodeJSONL decodes standard input line by line, one JSON object a line,
// and writes one JSON object per line, in the same order: the report of
// decode --json with "id" first when the line had one, or for a bad line
// (not a JSON object, no text, too long) {"id", "line", "error"} with the
// message in cat's language. Blank lines are skipped. It exits 0 when every
// line was decoded and recognised, 1 when a line was bad or not
// recognised, or reading failed.
func (c *cli) decodeJSONL(cat *messages.Catalog) int {
	in := bufio.NewReaderSize(c.stdin, jsonlMaxLine)
	out := bufio.NewWriterSize(c.stdout, 64<<10)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false) // warnings may say <server>; keep them readable
	status := statusOK
	for n := 1; ; n++ {
		if in.Buffered() == 0 {
			// About to wait for input: let a reader of a pipe see what
			// is done so far.
			if err := out.Flush(); err != nil {
				return c.jsonlFailed("writing", err)
			}
		}
		line, tooLong, err := nextLine(in)
		if err == io.EOF {
			break
		}
		if err != nil {
			out.Flush()
			return c.jsonlFailed("reading standard input", err)
		}
		if n == 1 {
			line = bytes.TrimPrefix(line, []byte("\uFEFF")) // a BOM from Windows tools
		}
		if !tooLong && len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		o := decodeLine(line, tooLong, cat)
		if o.Error != "" {
			o.Line = n
		}
		if o.Report == nil || !o.Report.Recognized {
			status = statusNotRecognized
		}
		if err := enc.Encode(o); err != nil {
			return c.jsonlFailed("writing", err)
		}
	}
	if err := out.Flush(); err != nil {
		return c.jsonlFailed("writing", err)
	}
	return status
}

func (c *cli) jsonlFailed(what string, err error) int {
	fmt.Fprintf(c.stderr, "proxycert decode: %s: %v\n", what, err)
	return statusFailed
}

// nextLine returns the next line without its line break. A line that does
// not fit the reader's buffer is read to its end and dropped, and reported
// as too long. The last line may lack a line break; io.EOF comes after it.
func nextLine(r *bufio.Reader) (line []byte, tooLong bool, err error) {
	line, err = r.ReadSlice('\n')
	for errors.Is(err, bufio.ErrBufferFull) {
		tooLong, line = true, nil
		_, err = r.ReadSlice('\n')
	}
	if err == io.EOF && (len(line) > 0 || tooLong) {
		err = nil
	}
	line = bytes.TrimSuffix(line, []byte("\n"))
	return bytes.TrimSuffix(line, []byte("\r")), tooLong, err
}

// decodeLine reads and decodes one line. encoding/json reads it, with
// its rules: keys match in any case, the last of two equal keys wins, and
// a "text" that is no string is a type error reported after the rest of
// the object was read, so that it stays an error even when a string
// "text" follows. The type error names the field by its tag, "text",
// however the line spelt the key.
func decodeLine(line []byte, tooLong bool, cat *messages.Catalog) jsonlOut {
	if tooLong {
		return jsonlError(nil, cat, messages.UIJSONLTooLong, strconv.Itoa(jsonlMaxLine))
	}
	var in jsonlIn
	err := json.Unmarshal(line, &in)
	var typeErr *json.UnmarshalTypeError
	textType := errors.As(err, &typeErr) && typeErr.Field == "text"
	switch {
	case err != nil && !textType:
		return jsonlError(nil, cat, messages.UIJSONLBadJSON, "")
	case len(in.ID) > 0 && (in.ID[0] == '{' || in.ID[0] == '['):
		return jsonlError(nil, cat, messages.UIJSONLIDType, "")
	case textType:
		return jsonlError(in.ID, cat, messages.UIJSONLTextType, "")
	case in.Text == nil || *in.Text == "":
		return jsonlError(in.ID, cat, messages.UIJSONLNoText, "")
	case len(*in.Text) > decoder.MaxInput:
		return jsonlError(in.ID, cat, messages.UIJSONLTextTooLong, strconv.Itoa(decoder.MaxInput))
	}
	rep := decoder.Parse(*in.Text).Report(cat)
	return jsonlOut{ID: in.ID, Report: &rep}
}

// jsonlError is the answer to a bad line: the catalog's message for key,
// its {limit} filled with limit.
func jsonlError(id json.RawMessage, cat *messages.Catalog, key messages.Key, limit string) jsonlOut {
	return jsonlOut{ID: id, Error: messages.Fill(cat.T(key), "limit", limit)}
}
