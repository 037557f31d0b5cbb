package e2e

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"
)

// Evaluators for the documented link templates (docs/links.md), each knowing just the part
// of its template language the templates use, so that a template that
// drifts to anything else fails its test instead of passing unread.

// evalServiceNow runs a client script made of one function whose body
// assigns variables and calls g_navigation.open: the JavaScript a UI
// action needs, with string literals, +, encodeURIComponent and
// g_form.getValue('description').
func evalServiceNow(src, description string) (string, error) {
	p, err := newJS(src, map[string]string{"g_form.getValue('description')": description})
	if err != nil {
		return "", err
	}
	if err := p.expect("function", "", "(", ")", "{"); err != nil {
		return "", err
	}
	var url string
	for p.peek() != "}" && p.peek() != "" {
		switch p.next() {
		case "var":
			name := p.next()
			if err := p.expect("="); err != nil {
				return "", err
			}
			if p.vars[name], err = p.expr(); err != nil {
				return "", err
			}
		case "g_navigation.open":
			if err := p.expect("("); err != nil {
				return "", err
			}
			if url, err = p.expr(); err != nil {
				return "", err
			}
			if err := p.expect(",", "'_blank'", ")"); err != nil {
				return "", err
			}
		default:
			return "", fmt.Errorf("statement %q", p.toks[p.i-1])
		}
		if err := p.expect(";"); err != nil {
			return "", err
		}
	}
	if err := p.expect("}"); err != nil || p.peek() != "" || url == "" {
		return "", fmt.Errorf("want one function that calls g_navigation.open (%v)", err)
	}
	return url, nil
}

// evalURLBuilder reads the settings of Zendesk's URL Builder app, which
// evaluates {{…}} in each URL as a JavaScript expression over the ticket.
func evalURLBuilder(src, description string) (string, error) {
	var links []struct{ Title, URL string }
	if err := json.Unmarshal([]byte(src), &links); err != nil || len(links) != 1 || links[0].URL == "" {
		return "", fmt.Errorf("want one {title, url}: %v", err)
	}
	return fillTemplate(links[0].URL, func(e string) (string, error) {
		p, err := newJS(e, map[string]string{"ticket.description": description})
		if err != nil {
			return "", err
		}
		v, err := p.expr()
		if err == nil && p.peek() != "" {
			err = fmt.Errorf("%q after the expression", p.peek())
		}
		return v, err
	})
}

// evalLiquid fills Zendesk placeholders with Liquid filters.
func evalLiquid(src, description string) (string, error) {
	return fillTemplate(strings.TrimSpace(src), func(e string) (string, error) {
		parts := strings.Split(e, "|")
		if strings.TrimSpace(parts[0]) != "ticket.description" {
			return "", fmt.Errorf("placeholder %q", parts[0])
		}
		v := description
		for _, f := range parts[1:] {
			if strings.TrimSpace(f) != "url_encode" {
				return "", fmt.Errorf("filter %q", f)
			}
			v = liquidURLEncode(v)
		}
		return v, nil
	})
}

// evalSmartValue fills Jira automation smart values.
func evalSmartValue(src, description string) (string, error) {
	return fillTemplate(strings.TrimSpace(src), func(e string) (string, error) {
		rest, ok := strings.CutPrefix(e, "issue.description")
		if !ok {
			return "", fmt.Errorf("smart value %q", e)
		}
		v := description
		for _, fn := range strings.Split(rest, ".")[1:] {
			if fn != "urlEncode" {
				return "", fmt.Errorf("function %q", fn)
			}
			v = jiraURLEncode(v)
		}
		return v, nil
	})
}

var templateExpr = regexp.MustCompile(`\{\{(.+?)\}\}`)

// fillTemplate replaces each {{expression}} with its value.
func fillTemplate(s string, eval func(string) (string, error)) (string, error) {
	var err error
	out := templateExpr.ReplaceAllStringFunc(s, func(m string) string {
		v, e := eval(strings.TrimSpace(m[2 : len(m)-2]))
		if e != nil && err == nil {
			err = e
		}
		return v
	})
	return out, err
}

// js reads the few JavaScript forms the templates use.
type js struct {
	toks   []string
	i      int
	vars   map[string]string
	values map[string]string // field reads such as g_form.getValue('description')
}

var jsToken = regexp.MustCompile(`^(?:\s+|//[^\n]*|[A-Za-z_$][\w$.]*(?:\('[a-z_]+'\))?|'(?:[^'\\\n]|\\.)*'|[(){}+,;=])`)

func newJS(src string, values map[string]string) (*js, error) {
	p := &js{vars: map[string]string{}, values: values}
	for src != "" {
		m := jsToken.FindString(src)
		if m == "" {
			return nil, fmt.Errorf("cannot read %.20q", src)
		}
		if t := strings.TrimSpace(m); t != "" && !strings.HasPrefix(t, "//") {
			p.toks = append(p.toks, t)
		}
		src = src[len(m):]
	}
	return p, nil
}

func (p *js) peek() string {
	if p.i < len(p.toks) {
		return p.toks[p.i]
	}
	return ""
}

func (p *js) next() string {
	t := p.peek()
	p.i++
	return t
}

// expect reads the given tokens; "" stands for any one token.
func (p *js) expect(toks ...string) error {
	for _, want := range toks {
		if got := p.next(); got != want && (want != "" || got == "") {
			return fmt.Errorf("got %q, want %q", got, want)
		}
	}
	return nil
}

// expr reads term ("+" term)*.
func (p *js) expr() (string, error) {
	v, err := p.term()
	for err == nil && p.peek() == "+" {
		p.next()
		var w string
		w, err = p.term()
		v += w
	}
	return v, err
}

func (p *js) term() (string, error) {
	t := p.next()
	switch {
	case strings.HasPrefix(t, "'"):
		return strings.NewReplacer(`\'`, `'`, `\\`, `\`).Replace(t[1 : len(t)-1]), nil
	case t == "encodeURIComponent":
		if err := p.expect("("); err != nil {
			return "", err
		}
		v, err := p.expr()
		if err == nil {
			err = p.expect(")")
		}
		if !utf8.ValidString(v) {
			err = fmt.Errorf("encodeURIComponent: malformed text") // JavaScript throws URIError
		}
		return encodeURIComponent(v), err
	}
	if v, ok := p.vars[t]; ok {
		return v, nil
	}
	if v, ok := p.values[t]; ok {
		return v, nil
	}
	return "", fmt.Errorf("unknown %q", t)
}
