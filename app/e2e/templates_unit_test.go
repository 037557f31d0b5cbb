package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"proxycert/decoder"
)

// The link templates of docs/links.md turn a ticket's description into a link to
// the page. Each lives in testdata/templates exactly as docs/links.md shows it;
// the tests here check that docs/links.md still shows it, evaluate it for sample
// tickets with the few rules of its language it uses, and read the link
// back as the page does.

// documentedBase is the page address the documented templates use.
const documentedBase = "https://tools.contoso.com/proxycert/"

// linkTemplates are the documented templates and how each is evaluated,
// given the ticket's description.
var linkTemplates = []struct {
	file string
	eval func(src, description string) (string, error)
}{
	{"servicenow-ui-action.js", evalServiceNow},
	{"zendesk-url-builder.json", evalURLBuilder},
	{"zendesk-liquid.txt", evalLiquid},
	{"jira-smart-value.txt", evalSmartValue},
}

// templateLink is the link one template builds.
type templateLink struct{ Name, URL string }

// templateLinks evaluates every documented template for a ticket whose
// description is text and returns the links they build, on base instead
// of the documented address: the page's browser test opens each one and
// checks the answer.
func templateLinks(t testing.TB, base, text string) []templateLink {
	t.Helper()
	var out []templateLink
	for _, tpl := range linkTemplates {
		u, err := tpl.eval(readTemplate(t, tpl.file), text)
		if err != nil {
			t.Fatalf("%s: %v", tpl.file, err)
		}
		rest, ok := strings.CutPrefix(u, documentedBase)
		if !ok {
			t.Fatalf("%s builds %q, which is not on %s", tpl.file, u, documentedBase)
		}
		out = append(out, templateLink{tpl.file, base + rest})
	}
	return out
}

func readTemplate(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "templates", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestTemplatesInDocs: docs/links.md shows each template exactly as tested.
func TestTemplatesInDocs(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "docs", "links.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tpl := range linkTemplates {
		if !strings.Contains(string(readme), "\n"+readTemplate(t, tpl.file)+"```") {
			t.Errorf("docs/links.md does not show testdata/templates/%s in a code block as it is", tpl.file)
		}
	}
}

// TestTemplatesRoundTrip builds each template's link for sample tickets
// and reads it back as the page does: the whole description comes back,
// and it reads as the same dialog, code and server.
func TestTemplatesRoundTrip(t *testing.T) {
	tickets := []string{
		cliFixture(t, "en_msg2_ctrlc.txt"),
		cliFixture(t, "ja_seed_msg2.txt"),
		cliFixture(t, "en_ticket_msg4.txt"),
		cliFixture(t, "ja_msg4_fullwidth.txt"),
		"Hi team,\r\nOutlook says (Error Code 10) since 9:00 & \"it's\" 100% broken; see #42 + [attached] (~user*)!?/=😭\r\n",
	}
	for _, text := range tickets {
		want := decoder.Parse(text)
		for _, l := range templateLinks(t, documentedBase, text) {
			_, fragment, ok := strings.Cut(l.URL, "#")
			if !ok || !strings.HasPrefix(fragment, "text=") {
				t.Fatalf("%s: %q has no #text=", l.Name, l.URL)
			}
			link, err := decoder.ParseLink(fragment)
			if err != nil {
				t.Fatalf("%s: the page cannot read %q: %v", l.Name, l.URL, err)
			}
			if link.Text != text {
				t.Errorf("%s: the link carries %q, want the description %q", l.Name, link.Text, text)
			}
			got := link.Result()
			if got.Recognized != want.Recognized || got.Code != want.Code || got.Server != want.Server || got.Variant != want.Variant {
				t.Errorf("%s: the link reads as %s on %q (message %d), the ticket as %s on %q (message %d)", l.Name,
					decoder.Hex(got.Code), got.Server, got.Variant, decoder.Hex(want.Code), want.Server, want.Variant)
			}
		}
	}
}

// TestTemplateEncoders pins down what each language's URL encoding leaves
// as it is: the templates depend on the differences being harmless.
func TestTemplateEncoders(t *testing.T) {
	const in = "a b+c/é~*'()!&=#%;"
	for _, tc := range []struct {
		name      string
		encode    func(string) string
		want      string
		keepsSpec string
	}{
		{"JavaScript encodeURIComponent", encodeURIComponent, "a%20b%2Bc%2F%C3%A9~*'()!%26%3D%23%25%3B", "-_.!~*'()"},
		{"Liquid url_encode (Ruby CGI.escape)", liquidURLEncode, "a+b%2Bc%2F%C3%A9~%2A%27%28%29%21%26%3D%23%25%3B", "-_.~"},
		{"Jira urlEncode (Java URLEncoder)", jiraURLEncode, "a+b%2Bc%2F%C3%A9%7E*%27%28%29%21%26%3D%23%25%3B", "-_.*"},
	} {
		if got := tc.encode(in); got != tc.want {
			t.Errorf("%s(%q) = %q, want %q", tc.name, in, got, tc.want)
		}
		for c := byte(0x21); c < 0x7F; c++ {
			alnum := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
			if kept := tc.encode(string(c)) == string(c); kept != (alnum || strings.IndexByte(tc.keepsSpec, c) >= 0) {
				t.Errorf("%s keeps %q: %v", tc.name, c, kept)
			}
		}
	}
}

// TestTemplateEvaluatorsRefuse: the evaluators know only what the
// templates use, so a template that drifted to something else fails.
func TestTemplateEvaluatorsRefuse(t *testing.T) {
	for _, tc := range []struct {
		name string
		eval func(string, string) (string, error)
		src  string
	}{
		{"unknown JS function", evalServiceNow, "function f() {\n\tg_navigation.open(escape(g_form.getValue('description')), '_blank');\n}\n"},
		{"unknown ServiceNow field", evalServiceNow, "function f() {\n\tg_navigation.open(g_form.getValue('comments'), '_blank');\n}\n"},
		{"no g_navigation.open", evalServiceNow, "function f() {\n\tvar a = 'x';\n}\n"},
		{"unknown Liquid filter", evalLiquid, "x{{ticket.description | uri_escape}}"},
		{"unknown Zendesk placeholder", evalLiquid, "x{{ticket.title | url_encode}}"},
		{"unknown smart value function", evalSmartValue, "x{{issue.description.htmlEncode}}"},
		{"URL builder without a URL", evalURLBuilder, `[{"title": "x"}]`},
	} {
		if u, err := tc.eval(tc.src, "0x18"); err == nil {
			t.Errorf("%s: evaluated to %q", tc.name, u)
		}
	}
}

// percentEncode writes s as UTF-8 with every byte percent-encoded except
// ASCII letters, digits and keep; spacePlus writes a space as "+".
func percentEncode(s, keep string, spacePlus bool) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte(keep, c) >= 0:
			b.WriteByte(c)
		case c == ' ' && spacePlus:
			b.WriteByte('+')
		default:
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

// encodeURIComponent is ECMAScript's (ServiceNow, Zendesk's URL Builder).
func encodeURIComponent(s string) string { return percentEncode(s, "-_.!~*'()", false) }

// liquidURLEncode is Liquid's url_encode filter, Ruby's CGI.escape.
func liquidURLEncode(s string) string { return percentEncode(s, "-_.~", true) }

// jiraURLEncode is the urlEncode smart value function, Java's
// URLEncoder.encode with UTF-8.
func jiraURLEncode(s string) string { return percentEncode(s, "-_.*", true) }
