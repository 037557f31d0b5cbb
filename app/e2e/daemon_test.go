package e2e

import (
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// daemon is a web server from the distribution (nginx, Apache) that a test
// runs in the foreground with a configuration of its own, on a loopback
// address of its own, writing its pid, logs and temporary files into the
// test's folder. It is a siteHost.
type daemon struct {
	t       *testing.T
	name    string   // for messages: "nginx"
	command []string // the program and its arguments
	addr    string   // 127.0.0.1:port, which the configuration listens on
	logs    []string // files shown when it fails to start
	br      bool     // whether the configuration sends app.wasm as brotli

	cmd    *exec.Cmd
	exited chan error
}

// newDaemon reserves a loopback address for a server named name; the
// caller writes its configuration for d.addr and sets d.command.
func newDaemon(t *testing.T, name string) *daemon {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	d := &daemon{t: t, name: name, addr: ln.Addr().String()}
	ln.Close()
	t.Cleanup(d.stop)
	return d
}

// program returns the path of a server's program: on PATH, else where
// Debian installs it. With PROXYCERT_E2E=1 a missing server fails the
// test: CI installs it (.ci/run).
func program(t *testing.T, name, debianPath, debianPackage string) string {
	t.Helper()
	if p, err := exec.LookPath(name); err == nil {
		return p
	}
	if _, err := os.Stat(debianPath); err == nil {
		return debianPath
	}
	t.Fatalf("no %s on PATH nor at %s: install Debian's %s package (.ci/run does)", name, debianPath, debianPackage)
	return ""
}

// asRoot reports whether the test runs as root, as in CI; the servers then
// hand requests to workers of an unprivileged user, which must be able to
// read the site (servedFolder).
func asRoot() bool { return os.Geteuid() == 0 }

func (d *daemon) origin() string { return "http://" + d.addr }
func (d *daemon) brotli() bool   { return d.br }

// start runs the server and returns once its address accepts connections;
// a server that exits first fails the test with its logs.
func (d *daemon) start() {
	d.t.Helper()
	d.stop()
	out, err := os.CreateTemp(d.t.TempDir(), d.name+"-output-")
	if err != nil {
		d.t.Fatal(err)
	}
	defer out.Close()
	cmd := exec.Command(d.command[0], d.command[1:]...)
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		d.t.Fatalf("starting %s: %v", d.name, err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	d.cmd, d.exited = cmd, exited
	for deadline := time.Now().Add(15 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		select {
		case err := <-exited:
			d.cmd = nil
			d.t.Fatalf("%s exited at start (%v):\n%s", d.name, err, d.logText(out.Name()))
		default:
		}
		if conn, err := net.Dial("tcp", d.addr); err == nil {
			conn.Close()
			return
		}
		if time.Now().After(deadline) {
			d.t.Fatalf("%s does not listen on %s:\n%s", d.name, d.addr, d.logText(out.Name()))
		}
	}
}

// stop ends the server (SIGTERM: both close every connection at once) and
// waits for it to exit.
func (d *daemon) stop() {
	if d.cmd == nil {
		return
	}
	d.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-d.exited:
	case <-time.After(15 * time.Second):
		d.cmd.Process.Kill()
		<-d.exited
	}
	d.cmd = nil
}

// logText returns the server's output and logs, for a failure message.
func (d *daemon) logText(output string) string {
	text := ""
	for _, name := range append([]string{output}, d.logs...) {
		b, err := os.ReadFile(name)
		if err != nil {
			continue
		}
		text += fmt.Sprintf("--- %s\n%s", filepath.Base(name), b)
	}
	return text
}
