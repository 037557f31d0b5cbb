package cli

import (
	"errors"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"proxycert/decoder"
)

func TestOpenCases(t *testing.T) {
	for _, tc := range loadCases(t, "open.json") {
		t.Run(tc.Name, func(t *testing.T) { tc.check(t) })
	}
}

// TestOpenLinkRoundTrip: the page reads back from the printed link the
// same answer the command line gives for the input.
func TestOpenLinkRoundTrip(t *testing.T) {
	for _, name := range []string{"en_msg2_ctrlc.txt", "ja_old_msg3.txt", "en_ticket_msg4.txt", "en_security_alert.txt"} {
		in := readFixture(t, name)
		code, out, errOut := runCLI([]string{"open", "--lang", "ja", "-"}, strings.NewReader(in), nil)
		if code != statusOK {
			t.Fatalf("%s: exit %d: %s", name, code, errOut)
		}
		u, err := url.Parse(strings.TrimSpace(out))
		if err != nil {
			t.Fatalf("%s: %q: %v", name, out, err)
		}
		link, err := decoder.ParseLink(decoder.LinkParams(u.EscapedPath(), u.RawQuery, u.EscapedFragment()))
		if err != nil {
			t.Fatalf("%s: %q: %v", name, out, err)
		}
		if link.Lang != "ja" {
			t.Errorf("%s: lang %q, want ja", name, link.Lang)
		}
		want, got := decoder.Parse(in), link.Result()
		if got.Recognized != want.Recognized || got.Code != want.Code || got.Server != want.Server ||
			got.OtherFamily != want.OtherFamily || got.NearMiss != want.NearMiss {
			t.Errorf("%s: link reads as %+v, input as %+v", name, got, want)
		}
	}
}

func TestCheckBase(t *testing.T) {
	for _, tc := range []struct{ in, want, err string }{
		{"http://127.0.0.1:8080/", "http://127.0.0.1:8080/", ""},
		{"  HTTPS://Tools.Contoso.com  ", "https://Tools.Contoso.com/", ""},
		{"http://[::1]:8080/app/#x=1", "http://[::1]:8080/app/", ""},
		{"https://tools.contoso.com/p?team=a#", "https://tools.contoso.com/p?team=a", ""},
		{"file:///srv/proxycert/index.html", "", "http:// or https://"},
		{"127.0.0.1:8080", "", "http:// or https://"},
		{"http:///path", "", "no host"},
		{"http://:8080/", "", "no host"},
		{"http://bad host/", "", "not a web address"},
	} {
		got, err := checkBase(tc.in)
		switch {
		case tc.err == "" && err != nil:
			t.Errorf("checkBase(%q): %v", tc.in, err)
		case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
			t.Errorf("checkBase(%q) error %v, want one saying %q", tc.in, err, tc.err)
		case got != tc.want:
			t.Errorf("checkBase(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// fakeLauncher puts a script named like a browser launcher first on PATH
// and returns the file it appends its argument to. The script also writes
// to its standard output, which must not reach ours.
func fakeLauncher(t *testing.T, body string) string {
	t.Helper()
	dir := t.TempDir()
	log := filepath.Join(dir, "opened")
	script := "#!/bin/sh\necho launcher noise\nprintf '%s\\n' \"$1\" >> '" + log + "'\n" + body + "\n"
	if err := os.WriteFile(filepath.Join(dir, "xdg-open"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no shell to run a fake launcher")
	}
	t.Setenv("PATH", dir+string(os.PathListSeparator)+filepath.Dir(sh))
	return log
}

func TestOpenInBrowser(t *testing.T) {
	t.Run("launcher succeeds", func(t *testing.T) {
		log := fakeLauncher(t, "exit 0")
		const addr = "http://127.0.0.1:8080/#code=0x00000018"
		if err := newTestCLI(nil, nil).openInBrowser(addr); err != nil {
			t.Fatal(err)
		}
		if b, _ := os.ReadFile(log); string(b) != addr+"\n" {
			t.Errorf("launcher got %q, want %q", b, addr)
		}
	})
	t.Run("launcher fails", func(t *testing.T) {
		fakeLauncher(t, "exit 3")
		if err := newTestCLI(nil, nil).openInBrowser("http://127.0.0.1:8080/"); err == nil {
			t.Error("no error from a failing launcher")
		}
	})
	t.Run("no launcher", func(t *testing.T) {
		t.Setenv("PATH", t.TempDir())
		err := newTestCLI(nil, nil).openInBrowser("http://127.0.0.1:8080/")
		if !errors.Is(err, exec.ErrNotFound) {
			t.Errorf("error %v, want one wrapping exec.ErrNotFound", err)
		}
	})
	t.Run("launcher keeps running", func(t *testing.T) {
		fakeLauncher(t, "exec sleep 10")
		c := newTestCLI(nil, nil)
		c.browserWait = 50 * time.Millisecond
		if err := c.openInBrowser("http://127.0.0.1:8080/"); err != nil {
			t.Errorf("a launcher still running is a browser that started; got %v", err)
		}
	})
}
