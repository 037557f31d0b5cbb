package e2e

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"proxycert/app/note"
	"proxycert/app/site"
	"proxycert/decoder"
	"proxycert/messages"
)

// testNoteLinkBack opens the link in the work note in a new tab: the same
// answer. A reading of this dialog travels as its code, server and KB
// message number (decoder.ShareLink), however long the ticket it came
// from; a server that came from a link travels with the code.
func testNoteLinkBack(t *testing.T, e *e2eEnv) {
	seed := seedTexts(t)["ja"]
	en := messages.For("en")
	for _, tc := range []struct {
		name, open, paste string
		quoted            string // the text the note quotes and links with
		whole             bool   // the link carries the text
		linked            want   // the answer the note's link opens
	}{
		{"seed", "/", seed, seed, false, want{lang: "en", variant: 2, server: "mail.contoso.com", code: 0x18, res: 1}},
		{"long ticket", "/", longTicket(seed), strings.ReplaceAll(longTicket(seed), "\r\n", "\n"), false,
			want{lang: "en", variant: 2, server: "mail.contoso.com", code: 0x18, res: 1}},
		{"code and server", "/#code=0x18&server=mail.contoso.com&lang=en", "", "", false,
			want{lang: "en", server: "mail.contoso.com", code: 0x18, res: 1}},
	} {
		tb := e.open(t, tc.open)
		if tc.paste != "" {
			tb.paste(tc.paste)
			tb.checkAnswer(tc.name, seedWant("en", "ja"))
		}
		tb.openNote()
		work := tb.pageNote(tc.quoted, "en", note.Work, note.Text)
		if tc.quoted == "" {
			r := decoder.Parse(eval[string](tb, `document.getElementById("paste").value`))
			r.Server = "mail.contoso.com" // the link's, as the page applies it
			// The opened link named English, so the note's link does too.
			work = note.Compose(r, "", en, note.Options{Base: e.origin + "/", Version: eval[string](tb, `goappEnv.GOAPP_VERSION`), LinkLang: "en"})
		}
		tb.waitPreview(work)
		prefix := en.T(messages.UINoteLink) + ": "
		at := strings.Index(work, "\n"+prefix)
		if at < 0 {
			t.Fatalf("%s: no link in the work note", tc.name)
		}
		link, _, _ := strings.Cut(work[at+1+len(prefix):], "\n")
		if !strings.HasPrefix(link, e.origin+"/") || !strings.Contains(link, "#") || len(link) >= decoder.MaxLink {
			t.Fatalf("%s: the note links to %q", tc.name, link)
		}
		if got := strings.Contains(link, "#text="); got != tc.whole {
			t.Errorf("%s: the link carries the text: %v, want %v (%s)", tc.name, got, tc.whole, link)
		}
		if strings.Contains(work, en.T(messages.UINoteLinkShort)) {
			t.Errorf("%s: the note says the link is short, though the reading is all of it", tc.name)
		}
		other := e.open(t, strings.TrimPrefix(link, e.origin))
		other.checkAnswer(link, tc.linked)
		if other.text("#summary") != tb.text("#summary") {
			t.Errorf("%s: the link shows %q, the page %q", tc.name, other.text("#summary"), tb.text("#summary"))
		}
	}
}

// longTicket wraps text in a ticket thread long enough that no link can
// carry it.
func longTicket(text string) string {
	var b strings.Builder
	b.WriteString("Hello helpdesk,\r\nOutlook keeps showing this since this morning:\r\n\r\n" + text + "\r\n\r\n")
	for i := range 40 {
		fmt.Fprintf(&b, "Update %d: still the same after restarting the PC and reconnecting to the VPN; colleagues see it too.\r\n", i+1)
	}
	return b.String()
}

// testNoteOtherInputs: a look-alike dialog and another code family get a
// note that says what they are, with the page's own reading.
func testNoteOtherInputs(t *testing.T, e *e2eEnv) {
	en := messages.For("en")
	for _, tc := range []struct {
		name, text, customer string
	}{
		{"near miss", cliFixture(t, "en_security_alert.txt"), en.T(messages.UINoteCustomerOtherDialog)},
		{"HRESULT", "0x800B0109", en.T(messages.UINoteCustomerOtherCode)},
		{"nonsense", "hello world", en.T(messages.UINoteCustomerNeedMessage)},
	} {
		tb := e.open(t, "/")
		tb.paste(tc.text)
		tb.waitJS(`document.getElementById("summary").innerText.trim() !== ""`)
		tb.openNote()
		work := tb.pageNote(tc.text, "en", note.Work, note.Text)
		tb.chooseNote(note.Work, note.Text, work)
		if title := tb.text("#summary"); !strings.Contains(work, title) {
			t.Errorf("%s: the work note does not say what the page says (%q)", tc.name, title)
		}
		tb.chooseNote(note.Customer, note.Text, tb.pageNote(tc.text, "en", note.Customer, note.Text))
		if got := eval[string](tb, `document.getElementById("note-preview").value`); !strings.Contains(got, tc.customer) {
			t.Errorf("%s: customer comment %q", tc.name, got)
		}
	}
}

// TestE2ENoteSubPath: on a site under /proxycert/, the work note links
// back under the prefix, and the link opens the same answer there.
func TestE2ENoteSubPath(t *testing.T) {
	const base = "/proxycert/"
	srv := newSiteServer(t)
	e := newOwnBrowser(t, srv.origin)
	sub := deploy(t, base, "sub", false)
	srv.start(&site.Host{Root: os.DirFS(sub.dir), CacheControl: "no-cache", Base: base})
	text := seedTexts(t)["en"]
	tb := e.open(t, base)
	tb.paste(text)
	tb.checkAnswer(text, seedWant("en", "en"))
	tb.openNote()
	work := note.Compose(decoder.Parse(text), text, messages.For("en"), note.Options{Base: srv.origin + base, Version: sub.version})
	tb.waitPreview(work)
	// No language was chosen on the page: the link names none.
	link, _ := decoder.ShareLink(srv.origin+base, decoder.Parse(text), text, "")
	if !strings.Contains(work, link) || !strings.HasPrefix(link, srv.origin+base) {
		t.Fatalf("the work note links to %q", link)
	}
	// The link carries the reading: code, server and KB message.
	other := e.open(t, strings.TrimPrefix(link, srv.origin))
	other.checkAnswer(link, want{lang: "en", variant: 2, server: "mail.contoso.com", code: 0x18, res: 1})
	if got := eval[string](other, `location.pathname`); !strings.HasPrefix(got, base) {
		t.Errorf("the note's link opened %s", got)
	}
}
