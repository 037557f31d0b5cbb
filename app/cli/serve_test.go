package cli

import (
	"errors"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"proxycert/messages"
)

// serveOnce runs `proxycert serve` in-process on a free port, fetches the
// page, stops the server and returns what the command printed.
func serveOnce(t *testing.T, c *testCLI, args ...string) (page string, code int, stdout, stderr string) {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "index.html"), []byte("<p>proxycert</p>"), 0o644); err != nil {
		t.Fatal(err)
	}
	ready := make(chan *http.Server, 1)
	var addr string
	c.serveReady = func(u string, srv *http.Server) { addr = u; ready <- srv }
	done := make(chan struct{})
	go func() {
		defer close(done)
		code, stdout, stderr = c.run(append([]string{"serve", "--addr", "127.0.0.1:0", "--dir", dir}, args...)...)
	}()
	var srv *http.Server
	select {
	case srv = <-ready:
	case <-done:
		t.Fatalf("serve stopped: %d %q %q", code, stdout, stderr)
	}
	res, err := http.Get(addr)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if got := res.Header.Get("Cache-Control"); got != "no-cache" {
		t.Errorf("Cache-Control %q", got)
	}
	srv.Close()
	<-done
	if !strings.Contains(stdout, addr) {
		t.Errorf("serve did not print its address %s: %q", addr, stdout)
	}
	return string(b), code, stdout, stderr
}

func TestServeOpensBrowser(t *testing.T) {
	c := newTestCLI(nil, nil)
	page, code, stdout, _ := serveOnce(t, c)
	opened := c.opened
	if page != "<p>proxycert</p>" || code != statusOK {
		t.Errorf("serve gave %q, exit %d", page, code)
	}
	if len(opened) != 1 || !strings.Contains(stdout, opened[0]) {
		t.Errorf("opened %q, printed %q", opened, stdout)
	}
}

func TestServeWithoutBrowser(t *testing.T) {
	c := newTestCLI(nil, nil)
	c.openErr = errors.New("no display")
	page, _, _, stderr := serveOnce(t, c)
	if page == "" || !strings.Contains(stderr, messages.For("en").T(messages.UINoBrowser)) {
		t.Errorf("without a browser: page %q, stderr %q", page, stderr)
	}
}

// TestServeLauncherFailed: a launcher that ran and failed (xdg-open with
// no desktop exits 3) gets the fallback line alone, not "exit status 3".
func TestServeLauncherFailed(t *testing.T) {
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh to make a failing launcher with")
	}
	c := newTestCLI(nil, nil)
	c.openErr = exec.Command(sh, "-c", "exit 3").Run()
	_, _, _, stderr := serveOnce(t, c)
	if want := messages.For("en").T(messages.UINoBrowser) + "\n  http://"; !strings.HasPrefix(stderr, want) || strings.Contains(stderr, "exit status") {
		t.Errorf("launcher failed: stderr %q, want only the fallback line", stderr)
	}
}

func TestServeNoOpen(t *testing.T) {
	c := newTestCLI(nil, nil)
	serveOnce(t, c, "--no-open")
	if len(c.opened) > 0 {
		t.Errorf("opened %q despite --no-open", c.opened)
	}
}

func TestServeErrors(t *testing.T) {
	code, _, stderr := runCLI([]string{"serve", "--dir", t.TempDir(), "--no-open"}, nil, nil)
	if code != statusFailed || !strings.Contains(stderr, "./build.sh build") {
		t.Errorf("serve without a site: %d %q", code, stderr)
	}
	code, _, stderr = runCLI([]string{"serve", "extra"}, nil, nil)
	if code != statusUsage || !strings.Contains(stderr, "extra") {
		t.Errorf("serve with an argument: %d %q", code, stderr)
	}
}

// TestServeBase serves a site generated for a sub-path under that path,
// read from its manifest unless --base says otherwise.
func TestServeBase(t *testing.T) {
	dir := t.TempDir()
	for name, data := range map[string]string{
		"index.html":           "<p>proxycert</p>",
		"manifest.webmanifest": `{"scope":"/proxycert/","start_url":"/proxycert/"}`,
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, tt := range []struct {
		args       []string
		page, miss string
	}{
		{nil, "/proxycert/", "/"},
		{[]string{"--base", "/tools/pc"}, "/tools/pc/", "/proxycert/"},
	} {
		ready := make(chan string, 1)
		var srv *http.Server
		c := newTestCLI(nil, nil)
		c.serveReady = func(u string, s *http.Server) { srv = s; ready <- u }
		done := make(chan struct{})
		var stdout, stderr string
		go func() {
			defer close(done)
			_, stdout, stderr = c.run(append([]string{"serve", "--addr", "127.0.0.1:0", "--dir", dir, "--no-open"}, tt.args...)...)
		}()
		var u string
		select {
		case u = <-ready:
		case <-done:
			t.Fatalf("serve %q stopped: %q", tt.args, stderr)
		}
		root := strings.TrimSuffix(u, tt.page)
		for path, want := range map[string]int{tt.page: 200, tt.miss: 404} {
			res, err := http.Get(root + path)
			if err != nil {
				t.Fatal(err)
			}
			res.Body.Close()
			if res.StatusCode != want {
				t.Errorf("serve %q: GET %s: %d, want %d", tt.args, path, res.StatusCode, want)
			}
		}
		srv.Close()
		<-done
		if root == u || !strings.Contains(stdout, u) {
			t.Errorf("serve %q: address %s, printed %q", tt.args, u, stdout)
		}
	}
	code, _, stderr := runCLI([]string{"serve", "--dir", dir, "--base", "/a b/", "--no-open"}, nil, nil)
	if code != statusUsage || !strings.Contains(stderr, "--base") {
		t.Errorf("bad --base: %d %q", code, stderr)
	}
}

// TestServeLog: with --log, each request is a line of the access log;
// without it, there is none.
func TestServeLog(t *testing.T) {
	_, _, stdout, _ := serveOnce(t, newTestCLI(nil, nil), "--no-open", "--log")
	if !strings.Contains(stdout, "\nGET / 200 16 identity\n") {
		t.Errorf("no access log line for GET /: %q", stdout)
	}
	_, _, stdout, _ = serveOnce(t, newTestCLI(nil, nil), "--no-open")
	if strings.Contains(stdout, "GET /") {
		t.Errorf("a log without --log: %q", stdout)
	}
}
