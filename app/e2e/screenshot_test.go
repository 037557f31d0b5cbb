package e2e

import (
	"encoding/base64"
	"fmt"
	"net/http"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/input"

	"proxycert/app/site"
	"proxycert/decoder"
	"proxycert/messages"
)

// Issue 18: a screenshot of the dialog, pasted, dropped or chosen, is read
// in the browser and answered as its text is. The pictures are mock-ups
// (ocrshots_test.go) in both languages at three display scales, clean, as
// JPEG at quality 60, and as whole screens, plus a desktop without the
// dialog. One page reads them all with one reader, as a helpdesk would.
// The host sends the page's Content-Security-Policy as a header too, so
// that the reader's worker, which a <meta> policy does not reach, runs
// under it: it needs no eval and no blob: URL.

// screenshotCase is one server and code the pictures show, per language.
type screenshotCase struct {
	msg          int
	server, code string
}

var screenshotCases = map[string][]screenshotCase{
	"en": {
		{2, "mail.contoso.com", "0x00000018"},
		{3, "exch01.fabrikam.local", "0x00000008"},
		{1, "proxy-02.corp.example.org", "0x80000020"},
		{4, "10.20.30.40", "0x00000010"},
		{2, "owa2019.contoso.com", "0x00000030"},
		{1, "cas-01.contoso.com", "0x00000001"},
	},
	"ja": {
		{2, "mail.contoso.co.jp", "0x00000018"},
		{3, "owa.fabrikam.co.jp", "0x00000008"},
		{1, "proxy01.corp.example.jp", "0x00000028"},
		{4, "192.168.10.5", "0x00000010"},
		{2, "webmail.contoso.co.jp", "0x00000050"},
		{1, "srv02.tokyo.example.co.jp", "0x00000004"},
	},
}

// screenshotShots lists the pictures, English first (the first one is
// read cold): each language's six cases clean at each scale (36), half of
// them also as JPEG (18), and one whole screen per language and scale (6);
// then the desktop without a dialog. The servers are names as helpdesks
// meet them, with the hard ones among them: digits right after letters
// (exch01, which OCR reads as exch0l), a hyphen the dialog may wrap at
// (cas-01), addresses.
func screenshotShots() []shot {
	var shots []shot
	for _, lang := range []string{"en", "ja"} {
		for si, scale := range []float64{1, 1.25, 1.5} {
			for ci, c := range screenshotCases[lang] {
				s := shot{Lang: lang, Msg: c.msg, Server: c.server, Code: c.code, Scale: scale}
				shots = append(shots, s)
				if (ci+si)%2 == 0 {
					s.JPEG = true
					shots = append(shots, s)
				}
				if ci == 2*si {
					s.JPEG, s.Screen = false, true
					shots = append(shots, s)
				}
			}
		}
	}
	return append(shots, shot{Lang: "en", Scale: 1, NoDialog: true})
}

// ocrHost serves the site with the page's CSP as a header and counts the
// bytes it sends under web/ocr/, by path.
type ocrHost struct {
	h     http.Handler
	mu    sync.Mutex
	bytes map[string]int64
}

func (o *ocrHost) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Security-Policy", site.CSP)
	if !strings.Contains(r.URL.Path, "/web/ocr/") {
		o.h.ServeHTTP(w, r)
		return
	}
	cw := &countingWriter{ResponseWriter: w}
	o.h.ServeHTTP(cw, r)
	o.mu.Lock()
	if o.bytes == nil {
		o.bytes = map[string]int64{}
	}
	o.bytes[r.URL.Path] += cw.n
	o.mu.Unlock()
}

// sent returns the bytes sent under web/ocr/ so far, and those of the
// Japanese data.
func (o *ocrHost) sent() (all, japanese int64) {
	o.mu.Lock()
	defer o.mu.Unlock()
	for p, n := range o.bytes {
		all += n
		if strings.HasSuffix(p, "/jpn.traineddata.gz") {
			japanese += n
		}
	}
	return all, japanese
}

type countingWriter struct {
	http.ResponseWriter
	n int64
}

func (w *countingWriter) Write(b []byte) (int, error) {
	n, err := w.ResponseWriter.Write(b)
	w.n += int64(n)
	return n, err
}

// pictureRead is what the page made of one picture.
type pictureRead struct {
	Box    string `json:"box"`    // the text box's text
	Notice string `json:"notice"` // the reader's notice, if any
	Marked bool   `json:"marked"` // the "read from an image" mark shows
}

// giveJS hands the page a picture as a paste of a file (what Ctrl+V of a
// screenshot delivers: a ClipboardEvent whose DataTransfer holds an
// image/png File and no text), or as a drop, and waits in the page until
// the reading has started and ended.
const giveJS = `(async (b64, type, how) => {
  const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  const file = new File([bytes], "screenshot", { type });
  const dt = new DataTransfer();
  dt.items.add(file);
  const box = document.getElementById("paste");
  let started = false;
  const seen = new MutationObserver(() => { started ||= !!document.getElementById("image-status"); });
  seen.observe(document.body, { subtree: true, childList: true });
  if (how === "drop") {
    box.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
  } else {
    box.dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }));
  }
  return await waitRead(() => started, seen);
})`

// waitReadJS waits until the reading has started and its status is gone.
const waitReadJS = `window.waitRead = (started, seen) => new Promise((resolve) => {
  const tick = () => {
    if (!started() || document.getElementById("image-status")) return setTimeout(tick, 20);
    seen?.disconnect();
    resolve({ box: document.getElementById("paste").value,
      notice: document.getElementById("image-notice")?.textContent ?? "",
      marked: !!document.getElementById("from-image") });
  };
  tick();
})`

// give pastes (or drops) a picture and returns what the page made of it.
func (tb *tab) give(picture []byte, jpeg bool, how string) pictureRead {
	tb.t.Helper()
	typ := "image/png"
	if jpeg {
		typ = "image/jpeg"
	}
	tb.paste("") // an empty box: what the reading puts there is the picture's
	return eval[pictureRead](tb, fmt.Sprintf(`(%s)(%q, %q, %q)`, giveJS, base64.StdEncoding.EncodeToString(picture), typ, how))
}

// clipboardPaste puts a PNG on the system clipboard and presses Ctrl+V in
// the box: the real paste path.
func (tb *tab) clipboardPaste(picture []byte) pictureRead {
	tb.t.Helper()
	tb.grantClipboard(browser.PermissionSettingGranted)
	tb.paste("")
	eval[bool](tb, fmt.Sprintf(`(async () => {
	  const bytes = Uint8Array.from(atob(%q), (c) => c.charCodeAt(0));
	  await navigator.clipboard.write([new ClipboardItem({ "image/png": new Blob([bytes], { type: "image/png" }) })]);
	  window.pasteStarted = false;
	  window.pasteSeen = new MutationObserver(() => { window.pasteStarted ||= !!document.getElementById("image-status"); });
	  window.pasteSeen.observe(document.body, { subtree: true, childList: true });
	  document.getElementById("paste").focus();
	  return true;
	})()`, base64.StdEncoding.EncodeToString(picture)))
	const ctrl = 2 // the DevTools protocol's modifier bit
	for _, typ := range []input.DispatchKeyEventType{input.DispatchKeyEventTypeRawKeyDown, input.DispatchKeyEventTypeKeyUp} {
		send(tb, input.DispatchKeyEvent, input.DispatchKeyEventParams{
			Type: typ, Key: "v", Code: "KeyV", WindowsVirtualKeyCode: 86, Modifiers: ctrl,
			Commands: []string{"paste"},
		})
	}
	return eval[pictureRead](tb, `waitRead(() => window.pasteStarted, window.pasteSeen)`)
}

func TestE2EScreenshot(t *testing.T) {
	dist := filepath.Join("..", "..", "dist")
	srv := newSiteServer(t)
	e := newOwnBrowser(t, srv.origin)
	files := siteFiles(t, dist, srv.origin, "/")
	host := &ocrHost{h: site.NewHost(dist, "no-cache")}
	srv.start(host)
	shots := screenshotShots()
	sh := newShooter(t, e)
	pictures := make([][]byte, len(shots))
	for i, s := range shots {
		pictures[i] = sh.shoot(s)
	}

	tb := e.open(t, "/")
	tb.waitCached(files)
	eval[bool](tb, waitReadJS+`, true`)
	if log := srv.requests(); logCount(log, "/web/ocr/") > 0 {
		t.Errorf("the first visit fetched the screenshot reader: %q", log)
	}

	var fig screenshotFigures
	for i, s := range shots {
		start := time.Now()
		var got pictureRead
		switch {
		case i == 0:
			got = tb.clipboardPaste(pictures[i]) // the real paste, cold
		case i == 1:
			got = tb.give(pictures[i], s.JPEG, "drop")
		default:
			got = tb.give(pictures[i], s.JPEG, "paste")
		}
		took := time.Since(start)
		all, japanese := host.sent()
		fig.add(t, s, got, took, all, japanese)
	}
	fig.check(t)
	fig.write(t, e.out)

	t.Run("cancel", func(t *testing.T) {
		tb.paste("")
		eval[bool](tb, `(window.cancelSeen = new MutationObserver(() => document.getElementById("image-cancel")?.click()),
			window.cancelSeen.observe(document.body, { subtree: true, childList: true }), true)`)
		got := tb.give(pictures[0], false, "paste")
		eval[bool](tb, `(window.cancelSeen.disconnect(), true)`)
		if got.Box != "" || got.Notice != "" {
			t.Errorf("a cancelled reading left %q in the box and the notice %q", got.Box, got.Notice)
		}
		// The reader starts again for the next picture.
		if got := tb.give(pictures[0], false, "paste"); decoder.Parse(got.Box).Code != 0x18 {
			t.Errorf("after a cancel, the next picture read %q", got.Box)
		}
	})

	t.Run("offline after the first use", func(t *testing.T) {
		srv.requests()
		srv.stop()
		tb.navigate("/")
		eval[bool](tb, waitReadJS+`, true`)
		for _, i := range []int{0, slices.IndexFunc(shots, func(s shot) bool { return s.Lang == "ja" })} {
			got := tb.give(pictures[i], shots[i].JPEG, "paste")
			if r := decoder.Parse(got.Box); r.Server != shots[i].Server || decoder.Hex(r.Code) != shots[i].Code {
				t.Errorf("offline, %s read as %q (notice %q)", shots[i], got.Box, got.Notice)
			}
		}
		if log := srv.requests(); len(log) > 0 {
			t.Errorf("the stopped server answered %q", log)
		}
	})
}

// TestE2EScreenshotOfflineAhead: the offer to work offline fetches the
// whole reader ahead of any picture, both languages, and a Japanese
// screenshot is then read with the server stopped.
func TestE2EScreenshotOfflineAhead(t *testing.T) {
	dist := filepath.Join("..", "..", "dist")
	srv := newSiteServer(t)
	e := newOwnBrowser(t, srv.origin)
	files := siteFiles(t, dist, srv.origin, "/")
	srv.start(&ocrHost{h: site.NewHost(dist, "no-cache")})
	s := shot{Lang: "ja", Msg: 2, Server: "mail.contoso.co.jp", Code: "0x00000018", Scale: 1.25}
	picture := newShooter(t, e).shoot(s)

	tb := e.open(t, "/")
	tb.waitCached(files)
	tb.click("#image-offline")
	tb.waitJS(fmt.Sprintf(`document.getElementById("image-offline-status")?.textContent === %q`,
		messages.For("en").T(messages.UIPageImageOfflineDone)))
	srv.requests()
	srv.stop()
	tb.navigate("/")
	eval[bool](tb, waitReadJS+`, true`)
	got := tb.give(picture, false, "paste")
	if r := decoder.Parse(got.Box); r.Server != s.Server || decoder.Hex(r.Code) != s.Code || !got.Marked {
		t.Errorf("offline, %s read as %q (notice %q, marked %v)", s, got.Box, got.Notice, got.Marked)
	}
	if log := srv.requests(); len(log) > 0 {
		t.Errorf("the stopped server answered %q", log)
	}
}
