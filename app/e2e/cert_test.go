package e2e

import (
	"crypto/x509"
	"encoding/base64"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"

	"proxycert/decoder/cert/certtest"
	"proxycert/messages"
)

// TestE2ECert drives the "Check the certificate" section in Chromium with
// certificates made in the test: pasted as a PEM chain, chosen with the
// file picker, dropped on the drop zone. Nothing of the certificate may
// leave the page: no request, nothing in the address or in storage.
func TestE2ECert(t *testing.T) {
	e := newE2E(t)
	p := certtest.New(t, time.Now().UTC().Truncate(time.Minute))
	w := certWorld{
		pki:  p,
		mail: p.Server(t, time.Time{}, "mail.contoso.com", "autodiscover.contoso.com"),
		dir:  t.TempDir(),
	}
	t.Run("PasteChain", func(t *testing.T) { testCertPaste(t, e, w) })
	t.Run("FilePicker", func(t *testing.T) { testCertFilePicker(t, e, w) })
	t.Run("DropZone", func(t *testing.T) { testCertDrop(t, e, w) })
	t.Run("ReadErrors", func(t *testing.T) { testCertErrors(t, e, w) })
	t.Run("Clock", func(t *testing.T) { testCertClock(t, e, w) })
	t.Run("Keyboard", func(t *testing.T) { testCertKeyboard(t, e) })
	t.Run("Looks", func(t *testing.T) { testCertLooks(t, e, w) })
	t.Run("Accessibility", func(t *testing.T) { testCertAccessibility(t, e, w) })
}

// certWorld is the test PKI and a server certificate for mail.contoso.com.
type certWorld struct {
	pki  *certtest.PKI
	mail certtest.Cert
	dir  string // where certificate files are written for the picker
}

// chain is the server certificate's chain, pasted out of order.
func (w certWorld) chain() string {
	return certtest.PEM(w.pki.Root.Cert, w.mail.Cert, w.pki.Inter.Cert)
}

// file writes der to a file named name and returns its path.
func (w certWorld) file(t *testing.T, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(w.dir, name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// nameLink is the acceptance case: a dialog naming srv.company.local with
// code 0x10.
const nameLink = "/#code=0x10&server=srv.company.local&lang="

// openCert opens link and unfolds the certificate section.
func openCert(t *testing.T, e *e2eEnv, link string, opts ...tabOption) *tab {
	t.Helper()
	tb := e.open(t, link, opts...)
	// Every address the page gives itself from now on, for checkPrivate.
	eval[bool](tb, `(() => {
		window.certTestAddresses = [];
		for (const name of ["replaceState", "pushState"]) {
			const real = history[name].bind(history);
			history[name] = (state, title, url) => (window.certTestAddresses.push(String(url ?? "")), real(state, title, url));
		}
		return true;
	})()`)
	tb.click("#cert-details > summary")
	tb.waitJS(`document.getElementById("cert-details").open && document.getElementById("cert-paste").offsetParent !== null`)
	return tb
}

// pasteCert replaces the certificate text box's content as a paste does.
func (tb *tab) pasteCert(text string) {
	tb.t.Helper()
	if err := chromedp.Do(tb.ctx, chromedp.Focus(chromedp.ID("cert-paste"))); err != nil {
		tb.t.Fatal(err)
	}
	eval[bool](tb, `(document.getElementById("cert-paste").select(), true)`)
	send(tb, input.InsertText, input.InsertTextParams{Text: text})
}

// verdict waits for the finding of one flag ("0x00000010", or "msstd") and
// returns its verdict class and its text.
func (tb *tab) verdict(id string) (string, string) {
	tb.t.Helper()
	sel := "#cert-finding-" + id
	tb.waitJS(fmt.Sprintf(`document.querySelector(%q) !== null`, sel))
	class := eval[string](tb, fmt.Sprintf(`[...document.querySelector(%q).classList].find(c => c.startsWith("verdict-")) ?? ""`, sel))
	return strings.TrimPrefix(class, "verdict-"), tb.text(sel)
}

// checkNameExplained asserts the acceptance case on screen: the name flag
// is explained, with both names, and the fields of the chain are shown.
func (tb *tab) checkNameExplained(lang string, w certWorld, tables int) {
	tb.t.Helper()
	c := messages.For(lang)
	verdict, text := tb.verdict("0x00000010")
	if verdict != "explained" || !strings.Contains(text, c.Cert[messages.CertVerdictExplained]) {
		tb.t.Errorf("%s: name flag %q: %q", lang, verdict, text)
	}
	for _, name := range []string{"mail.contoso.com, autodiscover.contoso.com", "srv.company.local"} {
		if !strings.Contains(text, name) {
			tb.t.Errorf("%s: the name finding does not show %q: %q", lang, name, text)
		}
	}
	if n := eval[int](tb, `document.querySelectorAll(".cert-finding:not(#cert-finding-msstd)").length`); n != 1 {
		tb.t.Errorf("%s: %d findings for code 0x10", lang, n)
	}
	if got := tb.text("#cert-status"); !strings.Contains(got, c.Flags[0x10].Title) || !strings.Contains(got, c.Cert[messages.CertVerdictExplained]) {
		tb.t.Errorf("%s: live status %q", lang, got)
	}
	if n := eval[int](tb, `document.querySelectorAll("#cert-fields .cert-card").length`); n != tables {
		tb.t.Errorf("%s: %d field tables, want %d", lang, n, tables)
	}
	leaf := tb.text("#cert-card-0")
	for _, want := range []string{c.Cert[messages.CertRoleLeaf], "mail.contoso.com", "autodiscover.contoso.com",
		certtest.Thumbprint(w.mail.Cert), c.Cert[messages.CertFieldSHA256], c.Cert[messages.CertFieldEKU]} {
		if !strings.Contains(leaf, want) {
			tb.t.Errorf("%s: the server certificate's table lacks %q", lang, want)
		}
	}
}

// certMaterial returns pieces that would betray the certificate if they
// appeared in the address, storage or a request.
func certMaterial(c *x509.Certificate) []string {
	b64 := base64.StdEncoding.EncodeToString(c.Raw)
	return []string{"BEGIN", b64[40:80], strings.NewReplacer("+", "-", "/", "_").Replace(b64[80:120]), certtest.Thumbprint(c)}
}

// checkPrivate asserts that nothing of the certificate left the page:
// no request since before it was given (requests counts them), nothing in
// the address, in any address the page set meanwhile, in the history state
// or in the storages.
func (tb *tab) checkPrivate(c *x509.Certificate, requests int, address string) {
	tb.t.Helper()
	time.Sleep(300 * time.Millisecond) // let anything that would go out go
	tb.mu.Lock()
	after := append([]string(nil), tb.urls[requests:]...)
	tb.mu.Unlock()
	if len(after) > 0 {
		tb.t.Errorf("requests after the certificate was given: %q", after)
	}
	if href := eval[string](tb, `location.href`); href != address {
		tb.t.Errorf("the address changed from %s to %s", address, href)
	}
	kept := eval[string](tb, `location.href + JSON.stringify(window.certTestAddresses) + JSON.stringify(history.state) +
		JSON.stringify(localStorage) + JSON.stringify(sessionStorage)`)
	for _, piece := range certMaterial(c) {
		if strings.Contains(kept, piece) {
			tb.t.Errorf("%q from the certificate is kept in the address or storage", piece)
		}
	}
}

func (tb *tab) requestCount() int {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	return len(tb.urls)
}

// testCertPaste is the acceptance case: a chain for mail.contoso.com
// pasted out of order, a dialog naming srv.company.local with 0x10.
func testCertPaste(t *testing.T, e *e2eEnv, w certWorld) {
	for _, lang := range messages.Languages() {
		tb := openCert(t, e, nameLink+lang)
		if got := eval[string](tb, `document.getElementById("cert-server").value`); got != "srv.company.local" {
			t.Errorf("%s: server field %q, want the dialog's", lang, got)
		}
		if eval[string](tb, `document.getElementById("cert-at").value`) == "" {
			t.Errorf("%s: the clock field is empty, want now", lang)
		}
		requests, address := tb.requestCount(), eval[string](tb, `location.href`)
		tb.pasteCert(w.chain())
		tb.checkNameExplained(lang, w, 3)
		if got := tb.text("#cert-notes"); !strings.Contains(got, messages.For(lang).Cert[messages.CertReordered]) {
			t.Errorf("%s: notes %q lack the reordering", lang, got)
		}
		// "Copy link" copies the address, which holds no certificate.
		tb.checkPrivate(w.mail.Cert, requests, address)

		// The section follows the code: ticking 0x8 in the checklist makes
		// it 0x18, which the page writes into the address (so the hook of
		// checkPrivate is seen to work), still without the certificate.
		tb.click("#check-0x00000008")
		tb.waitJS(`document.getElementById("cert-finding-0x00000008") !== null`)
		if got := tb.texts(".cert-finding h4 code"); !slices.Equal(got, []string{"0x00000008", "0x00000010"}) {
			t.Errorf("%s: findings for 0x18: %q", lang, got)
		}
		if eval[int](tb, `window.certTestAddresses.length`) == 0 || linkOf(t, tb.location()).Code != "0x00000018" {
			t.Errorf("%s: the address did not follow the checklist: %s", lang, tb.location())
		}
		tb.checkPrivate(w.mail.Cert, tb.requestCount(), eval[string](tb, `location.href`))

		// An edited server name is checked instead of the dialog's.
		eval[bool](tb, `(document.getElementById("cert-server").select(), true)`)
		if err := chromedp.Do(tb.ctx, chromedp.SendKeys(chromedp.ID("cert-server"), "autodiscover.contoso.com")); err != nil {
			t.Fatal(err)
		}
		tb.waitJS(`document.querySelector("#cert-finding-0x00000010.verdict-not-explained") !== null`)
	}
}

// testCertFilePicker chooses a DER file and a PEM file with the file
// input, as the file dialog would.
func testCertFilePicker(t *testing.T, e *e2eEnv, w certWorld) {
	tb := openCert(t, e, nameLink+"en")
	requests, address := tb.requestCount(), eval[string](tb, `location.href`)
	files := []string{
		w.file(t, "mail.cer", w.mail.Cert.Raw),
		w.file(t, "issuing.pem", []byte(certtest.PEM(w.pki.Inter.Cert))),
	}
	if err := chromedp.Do(tb.ctx, chromedp.SetUploadFiles(chromedp.ID("cert-file"), files)); err != nil {
		t.Fatal(err)
	}
	tb.waitJS(`document.getElementById("cert-files")?.innerText.includes("mail.cer, issuing.pem") === true`)
	tb.checkNameExplained("en", w, 2)
	tb.checkPrivate(w.mail.Cert, requests, address)

	// Removing the files empties the answer and gives the focus back.
	tb.click("#cert-clear")
	tb.waitJS(`document.querySelector(".cert-finding") === null`)
	tb.waitJS(`document.activeElement.id === "cert-file"`)
}

// testCertDrop drops a DER file on the drop zone twice: as the browser
// does it (Input.dispatchDragEvent with a file), and as script builds it
// (a DataTransfer holding a File made from bytes), which also shows that
// the page keeps the browser from opening the dropped file.
func testCertDrop(t *testing.T, e *e2eEnv, w certWorld) {
	tb := openCert(t, e, nameLink+"en")
	requests, address := tb.requestCount(), eval[string](tb, `location.href`)
	path := w.file(t, "mail-dropped.der", w.mail.Cert.Raw)
	x, y := dropPoint(tb)
	data := &input.DragData{Files: []string{path}, DragOperationsMask: 1}
	for _, typ := range []input.DispatchDragEventType{input.DispatchDragEventTypeDragEnter, input.DispatchDragEventTypeDragOver} {
		send(tb, input.DispatchDragEvent, input.DispatchDragEventParams{Type: typ, X: x, Y: y, Data: data})
	}
	tb.waitJS(`document.getElementById("cert-drop").classList.contains("cert-dragging")`)
	send(tb, input.DispatchDragEvent, input.DispatchDragEventParams{Type: input.DispatchDragEventTypeDrop, X: x, Y: y, Data: data})
	tb.waitJS(`document.getElementById("cert-files")?.innerText.includes("mail-dropped.der") === true`)
	tb.checkNameExplained("en", w, 1)
	if eval[bool](tb, `document.getElementById("cert-drop").classList.contains("cert-dragging")`) {
		t.Error("the drop zone still shows a drag after the drop")
	}
	tb.checkPrivate(w.mail.Cert, requests, address)

	// A drop built in script: the chain in one PEM file and the leaf again
	// as DER (duplicates are read once).
	tb = openCert(t, e, nameLink+"en")
	requests, address = tb.requestCount(), eval[string](tb, `location.href`)
	prevented := eval[bool](tb, fmt.Sprintf(`(() => {
		const bytes = Uint8Array.from(atob(%q), ch => ch.charCodeAt(0));
		const dt = new DataTransfer();
		dt.items.add(new File([bytes], "mail.der"));
		dt.items.add(new File([%q], "chain.pem"));
		const zone = document.getElementById("cert-drop");
		zone.dispatchEvent(new DragEvent("dragenter", {dataTransfer: dt, bubbles: true, cancelable: true}));
		zone.dispatchEvent(new DragEvent("dragover", {dataTransfer: dt, bubbles: true, cancelable: true}));
		const drop = new DragEvent("drop", {dataTransfer: dt, bubbles: true, cancelable: true});
		zone.dispatchEvent(drop);
		return drop.defaultPrevented;
	})()`, base64.StdEncoding.EncodeToString(w.mail.Cert.Raw), w.chain()))
	if !prevented {
		t.Error("the drop was not prevented: the browser would open the file instead of the page")
	}
	tb.waitJS(`document.getElementById("cert-files")?.innerText.includes("mail.der, chain.pem") === true`)
	tb.checkNameExplained("en", w, 3)
	tb.checkPrivate(w.mail.Cert, requests, address)
}

// dropPoint returns the middle of the drop zone, scrolled into view, in
// the viewport's CSS pixels.
func dropPoint(tb *tab) (float64, float64) {
	tb.t.Helper()
	p := eval[[]float64](tb, `(() => {
		const zone = document.getElementById("cert-drop");
		zone.scrollIntoView({block: "center"});
		const r = zone.getBoundingClientRect();
		return [r.left + r.width / 2, r.top + 8];
	})()`)
	return p[0], p[1]
}
