package note

import (
	"bufio"
	"bytes"
	"fmt"
	stdhtml "html"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
)

// gfm parses as GitHub and GitLab do: CommonMark plus tables,
// strikethrough, task lists and bare-URL links, the strictest reading a
// note will meet.
var gfm = goldmark.New(goldmark.WithExtensions(extension.GFM))

// readMarkdown parses a Markdown note with goldmark and reads it back into
// blocks, so that a test can compare what a reader sees with what the
// note meant to say. Anything the writer never makes (HTML, images,
// quotes, tables, thematic breaks, a link inside text, emphasis other than
// a label) is an error: it can only come from text that escaped escaping.
func readMarkdown(src string) ([]block, error) {
	r := mdReader{src: []byte(src)}
	root := gfm.Parser().Parse(text.NewReader(r.src))
	var out []block
	for n := root.FirstChild(); n != nil; n = n.NextSibling() {
		b, err := r.block(n)
		if err != nil {
			return out, err
		}
		out = append(out, b)
	}
	return out, nil
}

type mdReader struct{ src []byte }

func (r mdReader) block(n ast.Node) (block, error) {
	switch n := n.(type) {
	case *ast.Heading:
		t, err := r.inline(n)
		return block{kind: heading, level: n.Level, text: t}, err
	case *ast.Paragraph:
		if l, ok := n.FirstChild().(*ast.Link); ok && n.ChildCount() == 1 {
			t, err := r.inline(l)
			return block{kind: link, text: t, url: string(l.Destination)}, err
		}
		label, t, err := r.labelled(n)
		return block{kind: paragraph, label: label, text: t}, err
	case *ast.FencedCodeBlock:
		return block{kind: literal, text: r.code(n)}, nil
	case *ast.List:
		if n.IsOrdered() {
			s, err := r.steps(n)
			return block{kind: steps, steps: s}, err
		}
		var items []item
		for li := n.FirstChild(); li != nil; li = li.NextSibling() {
			if li.ChildCount() != 1 {
				return block{}, fmt.Errorf("bullet with %d blocks", li.ChildCount())
			}
			label, t, err := r.labelled(li.FirstChild())
			if err != nil {
				return block{}, err
			}
			items = append(items, item{label, t})
		}
		return block{kind: bullets, items: items}, nil
	}
	return block{}, fmt.Errorf("unexpected %s block: %q", n.Kind(), r.raw(n))
}

// steps reads an ordered list: "**who:** do", then "*where:* place" and a
// fenced command, each in the item.
func (r mdReader) steps(list *ast.List) ([]step, error) {
	var out []step
	for li := list.FirstChild(); li != nil; li = li.NextSibling() {
		var s step
		var err error
		for c := li.FirstChild(); c != nil && err == nil; c = c.NextSibling() {
			switch {
			case c == li.FirstChild():
				s.who, s.do, err = r.labelled(c)
			case c.Kind() == ast.KindFencedCodeBlock:
				s.command = r.code(c.(*ast.FencedCodeBlock))
			default:
				var label string
				if label, s.where, err = r.labelled(c); err == nil && label != "where" {
					err = fmt.Errorf("step part %q is not the place", label)
				}
			}
		}
		if err != nil {
			return out, err
		}
		out = append(out, s)
	}
	return out, nil
}

// labelled reads "**label:** text" (or "*label:* text" for a step's place,
// returned as "where"), or text alone.
func (r mdReader) labelled(n ast.Node) (label, t string, err error) {
	if e, ok := n.FirstChild().(*ast.Emphasis); ok {
		if label, err = r.inline(e); err != nil {
			return "", "", err
		}
		label = strings.TrimSuffix(label, ":")
		if e.Level == 1 {
			label = "where"
		}
		n.RemoveChild(n, e)
	}
	t, err = r.inline(n)
	return label, strings.TrimSpace(t), err
}

// inline returns the text a reader sees in n: escapes resolved, entities
// decoded. Any inline markup is an error, except a bare http(s) address
// that GitHub's extension makes a link of: the reader sees the same text.
func (r mdReader) inline(n ast.Node) (string, error) {
	var b strings.Builder
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			b.WriteString(r.unescape(c.Segment.Value(r.src)))
			if c.SoftLineBreak() || c.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.WriteString(r.unescape(c.Value))
		case *ast.AutoLink:
			u := string(c.URL(r.src))
			if !strings.HasPrefix(u, "https://") && !strings.HasPrefix(u, "http://") {
				return b.String(), fmt.Errorf("autolink to %q", u)
			}
			b.WriteString(string(c.Label(r.src)))
		default:
			kind := c.Kind().String()
			if _, ok := c.(*extast.Strikethrough); ok {
				kind = "strikethrough"
			}
			return b.String(), fmt.Errorf("markup %s in %q", kind, r.raw(n))
		}
	}
	return b.String(), nil
}

// unescape resolves backslash escapes and entities as goldmark's HTML
// renderer does, then undoes its HTML escaping.
func (r mdReader) unescape(v []byte) string {
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	html.DefaultWriter.Write(w, v)
	w.Flush()
	return stdhtml.UnescapeString(buf.String())
}

func (r mdReader) code(n *ast.FencedCodeBlock) string {
	var lines []string
	for i := 0; i < n.Lines().Len(); i++ {
		seg := n.Lines().At(i)
		lines = append(lines, strings.TrimRight(string(seg.Value(r.src)), "\n"))
	}
	return strings.Join(lines, "\n")
}

// raw is a node's source, for error messages.
func (r mdReader) raw(n ast.Node) string {
	if n.Type() == ast.TypeBlock && n.Lines().Len() > 0 {
		return string(n.Lines().Value(r.src))
	}
	var b strings.Builder
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if t, ok := c.(*ast.Text); ok {
			b.Write(t.Segment.Value(r.src))
		}
	}
	return b.String()
}
