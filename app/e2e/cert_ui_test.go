package e2e

import (
	"crypto/x509"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"proxycert/decoder/cert"
	"proxycert/decoder/cert/certtest"
	"proxycert/messages"
)

// The certificate section's read errors, clock, keyboard use, looks and
// accessibility; subtests of TestE2ECert.

// testCertErrors pastes what is not a certificate: each gets its own
// message, in the UI language, and no verdict.
func testCertErrors(t *testing.T, e *e2eEnv, w certWorld) {
	full := certtest.PEM(w.mail.Cert)
	cases := []struct {
		name, text, id string
	}{
		{"truncated PEM", full[:len(full)/2], messages.CertErrTruncated},
		{"garbage base64", "-----BEGIN CERTIFICATE-----\nMIIB%%%%not*base64!!\n-----END CERTIFICATE-----\n", messages.CertErrBadBase64},
		{"private key", "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----\n", messages.CertErrPrivateKey},
		{"CSR", "-----BEGIN CERTIFICATE REQUEST-----\nMIIB\n-----END CERTIFICATE REQUEST-----\n", messages.CertErrCSR},
		{"prose", "the certificate is attached", messages.CertErrNotFound},
	}
	for _, lang := range messages.Languages() {
		c := messages.For(lang)
		tb := openCert(t, e, nameLink+lang)
		for _, tc := range cases {
			_, err := cert.Read([]byte(tc.text))
			ce, ok := err.(*cert.Error)
			if !ok || ce.ID != tc.id {
				t.Fatalf("%s: cert.Read gives %v, want %s", tc.name, err, tc.id)
			}
			want := ce.Text(c)
			tb.pasteCert(tc.text)
			tb.waitJS(fmt.Sprintf(`document.getElementById("cert-problems")?.innerText.trim() === %q`, want))
			if n := eval[int](tb, `document.querySelectorAll(".cert-finding").length`); n != 0 {
				t.Errorf("%s, %s: %d verdicts shown", lang, tc.name, n)
			}
			if got := tb.text("#cert-status"); got != want {
				t.Errorf("%s, %s: the live status %q, want %q", lang, tc.name, got, want)
			}
		}
	}
}

// testCertClock moves the clock past the certificate's end: the date flag
// is explained, and the hint says a wrong PC clock causes 0x20.
func testCertClock(t *testing.T, e *e2eEnv, w certWorld) {
	en := messages.For("en")
	tb := openCert(t, e, "/#code=0x20&server=mail.contoso.com&lang=en")
	if got := tb.text("#cert-at-hint"); !strings.Contains(got, "0x20") {
		t.Errorf("clock hint %q does not name 0x20", got)
	}
	tb.pasteCert(w.chain())
	if v, _ := tb.verdict("0x00000020"); v != "not-explained" {
		t.Errorf("today: date flag %q", v)
	}
	later := w.mail.Cert.NotAfter.Local().AddDate(0, 0, 10).Format(datetimeLocal)
	eval[bool](tb, fmt.Sprintf(`(() => {
		const at = document.getElementById("cert-at");
		at.value = %q;
		at.dispatchEvent(new Event("input", {bubbles: true}));
		return true;
	})()`, later))
	tb.waitJS(`document.querySelector("#cert-finding-0x00000020.verdict-explained") !== null`)
	when := func(t time.Time) string { return t.UTC().Format("2006-01-02 15:04 UTC") }
	end := w.mail.Cert.NotAfter
	want := messages.Fill(en.Cert[messages.CertDateExpired], "subject", "mail.contoso.com",
		"to", when(end), "at", when(end.AddDate(0, 0, 10)), "days", "10")
	if _, text := tb.verdict("0x00000020"); !strings.Contains(text, want) {
		t.Errorf("date evidence %q lacks %q", text, want)
	}
	if got := tb.text("#cert-checked-at"); !strings.Contains(got, when(end.AddDate(0, 0, 10))) {
		t.Errorf("checked-at line %q", got)
	}
}

// testCertKeyboard reaches and unfolds the section with the keyboard, with
// the focus visible.
func testCertKeyboard(t *testing.T, e *e2eEnv) {
	tb := e.open(t, nameLink+"en")
	for i := 0; ; i++ {
		if eval[bool](tb, `document.activeElement?.matches("#cert-details > summary") === true`) {
			break
		}
		if i == 80 {
			t.Fatal("Tab never reached the certificate section")
		}
		if err := chromedp.Do(tb.ctx, chromedp.KeyEvent(kb.Tab)); err != nil {
			t.Fatal(err)
		}
	}
	if style := eval[string](tb, `getComputedStyle(document.activeElement).outlineStyle`); style == "none" {
		t.Error("no visible focus on the section's summary")
	}
	if err := chromedp.Do(tb.ctx, chromedp.KeyEvent(kb.Enter), chromedp.KeyEvent(kb.Tab)); err != nil {
		t.Fatal(err)
	}
	tb.waitJS(`document.getElementById("cert-details").open && document.activeElement.id === "cert-paste"`)
}

// testCertLooks checks the section at 360 px with an answer, without
// inline styles, and in print: verdicts kept, inputs left out, even with
// the section folded.
func testCertLooks(t *testing.T, e *e2eEnv, w certWorld) {
	for _, lang := range messages.Languages() {
		tb := openCert(t, e, nameLink+lang, withViewport(360, 740))
		tb.pasteCert(w.chain())
		tb.checkNameExplained(lang, w, 3)
		if width := eval[int](tb, `document.documentElement.scrollWidth`); width > 360 {
			t.Errorf("%s: the page is %d px wide at 360 px with a certificate checked", lang, width)
		}
		if n := eval[int](tb, `document.querySelectorAll("[style]").length`); n != 0 {
			t.Errorf("%s: %d elements have inline styles", lang, n)
		}
		send(tb, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
		for _, open := range []bool{true, false} {
			eval[bool](tb, fmt.Sprintf(`(document.getElementById("cert-details").open = %v, true)`, open))
			shown := eval[map[string]bool](tb, `Object.fromEntries(["#cert-finding-0x00000010", "#cert-card-0", "#cert-paste", "#cert-drop"].map(
				s => [s, document.querySelector(s).getClientRects().length > 0]))`)
			for sel, visible := range shown {
				if want := strings.HasPrefix(sel, "#cert-finding") || strings.HasPrefix(sel, "#cert-card"); visible != want {
					t.Errorf("print, %s, open %v: %s visible %v", lang, open, sel, visible)
				}
			}
		}
	}
	// Without a certificate, print leaves the section out.
	tb := e.open(t, nameLink+"en")
	send(tb, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
	if eval[bool](tb, `document.getElementById("cert-check").getClientRects().length > 0`) {
		t.Error("print shows the empty certificate section")
	}
}

// testCertAccessibility runs axe-core with the section open and showing
// verdicts, fields and a read problem, in both languages and color
// schemes; on the Japanese page no English is left in the section.
func testCertAccessibility(t *testing.T, e *e2eEnv, w certWorld) {
	axe := readAxe(t)
	for _, lang := range messages.Languages() {
		for _, scheme := range []string{"light", "dark"} {
			tb := openCert(t, e, nameLink+lang)
			send(tb, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
				Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
			})
			files := []string{w.file(t, "notes.txt", []byte("see attachment"))}
			if err := chromedp.Do(tb.ctx, chromedp.SetUploadFiles(chromedp.ID("cert-file"), files)); err != nil {
				t.Fatal(err)
			}
			tb.waitJS(`document.getElementById("cert-problems") !== null`)
			if err := chromedp.Do(tb.ctx, chromedp.SendKeys(chromedp.ID("cert-msstd"), "msstd:*.contoso.com")); err != nil {
				t.Fatal(err)
			}
			tb.pasteCert(w.chain())
			tb.checkNameExplained(lang, w, 3)
			tb.verdict("msstd")
			for _, v := range tb.axeViolations(axe) {
				t.Errorf("%s, %s: %s", lang, scheme, v)
			}
			if lang != "ja" || scheme != "light" {
				continue
			}
			all := strings.Join(eval[[]string](tb, strings.Replace(visibleTextJS, "document.body", `document.getElementById("cert-check")`, 1)), "\n")
			// What the certificates and the file say is theirs, not the page's.
			theirs := []string{"see attachment"}
			for _, c := range []*x509.Certificate{w.mail.Cert, w.pki.Inter.Cert, w.pki.Root.Cert} {
				theirs = append(theirs, c.Subject.CommonName, c.Subject.Organization[0])
			}
			slices.SortFunc(theirs, func(a, b string) int { return len(b) - len(a) }) // "Contoso Test" before "Contoso"
			for _, s := range theirs {
				all = strings.ReplaceAll(all, s, "")
			}
			if words := stray(all); len(words) > 0 {
				t.Errorf("English left in the Japanese certificate section: %q", words)
			}
			en := messages.For("en")
			for key, s := range en.UI {
				if strings.HasPrefix(key.String(), "UIPageCert") && len(s) > 6 && strings.Contains(all, s) {
					t.Errorf("English string %q (%s) in the Japanese section", s, key)
				}
			}
			_, err := cert.Read([]byte("see attachment"))
			if want := "notes.txt: " + err.(*cert.Error).Text(messages.For("ja")); !slices.Contains(tb.texts("#cert-problems li"), want) {
				t.Errorf("the file's problem is not named in Japanese: %q", tb.texts("#cert-problems li"))
			}
		}
	}
}
