package e2e

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"

	"proxycert/app/page"
	"proxycert/decoder"
	"proxycert/messages"
)

// What the XSS test reads from the page, and what the Go model of the page
// says it should read: see e2e_xss_test.go.

// xssWatchJS runs first in every document: the canary payloads bump, and a
// snapshot of what the test checks, with an audit of the DOM against the
// tags the page renders for harmless input.
const xssWatchJS = `window.__xss = 0;
window.__xssState = (allowed, audit) => {
	const el = (id) => document.getElementById(id);
	const text = (sel) => (document.querySelector(sel)?.innerText ?? "");
	const bad = [], counts = {};
	if (audit) {
	const urlAttr = /^(href|src|action|formaction|xlink:href|data|poster|background|srcset|ping|codebase|to|from|values)$/i;
	for (const node of document.querySelectorAll("*")) {
		counts[node.localName] = (counts[node.localName] || 0) + 1;
		for (const a of node.attributes) {
			if (/^on/i.test(a.name) || a.name === "style" || a.name === "srcdoc") bad.push(node.localName + " " + a.name);
			if (urlAttr.test(a.name) && /^[\s\x00-\x20]*(javascript|vbscript|data):/i.test(a.value)) bad.push(node.localName + " " + a.name + "=" + a.value);
		}
		if (node.href && typeof node.href === "string" && new URL(node.href, location.href).origin !== location.origin) bad.push(node.localName + " href to " + node.href);
	}
	if (allowed) {
		for (const [tag, n] of Object.entries(counts)) {
			if (!(tag in allowed)) bad.push("new element <" + tag + ">");
			else if (n > allowed[tag] && /^(script|style|link|meta|base|iframe|object|embed|img|svg|math|video|audio|source|form|a|input|textarea|select|button|details|marquee)$/.test(tag)) bad.push(n + " <" + tag + "> elements, at most " + allowed[tag] + " for harmless input");
		}
	}
	}
	return {xss: window.__xss, value: el("paste")?.value ?? null, hash: location.hash,
		summary: text("#summary"), notice: text("#link-notice"), server: text("#reading-server code"),
		asWritten: text("#reading-code .as-written"), inputError: text("#input-error"), counts, bad};
};`

// xssState is what __xssState returns.
type xssState struct {
	XSS        int            `json:"xss"`
	Value      *string        `json:"value"`
	Hash       string         `json:"hash"`
	Summary    string         `json:"summary"`
	Notice     string         `json:"notice"`
	Server     string         `json:"server"`
	AsWritten  string         `json:"asWritten"`
	InputError string         `json:"inputError"`
	Counts     map[string]int `json:"counts"`
	Bad        []string       `json:"bad"`
}

// state reads the page; audit adds the DOM audit, which is slower.
func (x *xssTab) state(audit bool) xssState {
	allowed, _ := json.Marshal(x.allowed)
	return eval[xssState](x.tab, fmt.Sprintf(`__xssState(%s, %t)`, allowed, audit))
}

// sharedFragment is the address bar's fragment (with its #) for a state:
// the page's shared link (decoder.ShareLink) without a language, as no
// language was chosen on the page, none for a blank text box.
func sharedFragment(base, text string, r decoder.Result) string {
	if strings.TrimSpace(text) == "" {
		return ""
	}
	addr, _ := decoder.ShareLink(base, r, text, "")
	if _, frag, ok := strings.Cut(addr, "#"); ok {
		return "#" + frag
	}
	return ""
}

// expect is the page's state as the Go model predicts it.
type expect struct {
	value, hash, summary, server, asWritten, inputError string
	notices                                             []string
}

// predict returns what the page shows for the model's state in English.
func (x *xssTab) predict(problems []decoder.LinkProblem) expect {
	c := messages.For("en")
	r := x.model.Result()
	// wasm_exec.js hands Go strings to JavaScript through a TextDecoder,
	// which drops a leading byte order mark: the box shows the rest.
	w := expect{value: strings.TrimPrefix(x.model.Text, "\ufeff")}
	w.hash = sharedFragment(x.e.origin+"/", x.model.Text, r)
	w.summary = page.Summary(c, r, decoder.Explain(r, c), strings.TrimSpace(x.model.Text) == "")
	if r.Recognized {
		w.server = r.Server
		if r.HasCode && r.CodeText != "" && r.CodeText != decoder.Hex(r.Code) {
			w.asWritten = messages.Fill(c.T(messages.UIPageAsWritten), "text", r.CodeText)
		}
	}
	if r.Err != nil {
		w.inputError = r.Err.Text(c)
	}
	for _, p := range problems {
		w.notices = append(w.notices, messages.Fill(c.T(p.Key), p.Args...))
	}
	return w
}

// collapse is how CSS shows text in normal flow: runs of ASCII white space
// as one space, none at the ends.
var asciiSpace = regexp.MustCompile(`[ \t\n\r\f]+`)

func collapse(s string) string { return strings.Trim(asciiSpace.ReplaceAllString(s, " "), " ") }

// diff says how the state differs from the prediction, "" if it does not.
func (w expect) diff(s xssState) string {
	var d []string
	if s.Value == nil || *s.Value != w.value {
		d = append(d, fmt.Sprintf("text box holds %.80q, want %.80q", deref(s.Value), w.value))
	}
	for _, f := range []struct{ name, got, want string }{
		{"address fragment", s.Hash, w.hash},
		{"summary", collapse(s.Summary), collapse(w.summary)},
		{"server", collapse(s.Server), collapse(w.server)},
		{"code as written", collapse(s.AsWritten), collapse(w.asWritten)},
		{"input error", collapse(s.InputError), collapse(w.inputError)},
	} {
		if f.got != f.want {
			d = append(d, fmt.Sprintf("%s %.80q, want %.80q", f.name, f.got, f.want))
		}
	}
	for _, n := range w.notices {
		if !strings.Contains(collapse(s.Notice), collapse(n)) {
			d = append(d, fmt.Sprintf("link notice %.80q lacks %.80q", s.Notice, n))
		}
	}
	if len(w.notices) == 0 && s.Notice != "" {
		d = append(d, fmt.Sprintf("link notice %.80q, want none", s.Notice))
	}
	return strings.Join(d, "; ")
}

func deref(s *string) string {
	if s == nil {
		return "<no text box>"
	}
	return *s
}
