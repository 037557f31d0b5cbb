package tlscheck

import (
	"errors"
	"fmt"
	"net"
	"strconv"
	"strings"
)

// Target is the server to connect to.
type Target struct {
	Host string // a DNS name in lower case without a trailing dot, or an IP address
	Port int
}

// DefaultPort is the port of HTTPS, which Outlook Anywhere uses unless the
// proxy server name gives another.
const DefaultPort = 443

// Addr returns host:port, with brackets around an IPv6 address.
func (t Target) Addr() string { return net.JoinHostPort(t.Host, strconv.Itoa(t.Port)) }

// ParseTarget reads HOST[:PORT] as people type or paste it:
// mail.contoso.com, mail.contoso.com:8443, 192.0.2.10, [2001:db8::1]:443,
// 2001:db8::1, or the address Outlook shows for the proxy server
// (https://mail.contoso.com/rpc/rpcproxy.dll). The port is 443 unless
// given. The error says what is wrong with the input, in English, as the
// command line's other usage errors do.
func ParseTarget(s string) (Target, error) {
	in := strings.TrimSpace(s)
	if in == "" {
		return Target{}, errors.New("no server given: name the proxy server, as in mail.contoso.com or mail.contoso.com:443")
	}
	rest := in
	if scheme, after, ok := strings.Cut(rest, "://"); ok {
		if !strings.EqualFold(scheme, "https") {
			return Target{}, fmt.Errorf("%q: only https:// addresses have a certificate to read; give the host name alone, as in mail.contoso.com", in)
		}
		rest = after
		if i := strings.IndexAny(rest, "/?#"); i >= 0 {
			rest = rest[:i]
		}
	}
	if strings.Contains(rest, "@") {
		return Target{}, fmt.Errorf("%q: a user name has no place in the server name; give the host name alone", in)
	}
	host, portText, err := splitHostPort(rest)
	if err != nil {
		return Target{}, fmt.Errorf("%q: %v", in, err)
	}
	t := Target{Host: host, Port: DefaultPort}
	if portText != "" {
		p, err := strconv.Atoi(portText)
		if err != nil || p < 1 || p > 65535 || portText[0] == '+' || portText[0] == '-' {
			return Target{}, fmt.Errorf("%q: the port %q is not a number from 1 to 65535", in, portText)
		}
		t.Port = p
	}
	if ip := net.ParseIP(host); ip != nil {
		t.Host = ip.String()
		return t, nil
	}
	if err := checkHostName(host); err != nil {
		return Target{}, fmt.Errorf("%q: %v", in, err)
	}
	t.Host = strings.TrimSuffix(strings.ToLower(host), ".")
	return t, nil
}

// splitHostPort splits host[:port]; an IPv6 address is either bracketed
// or stands alone without a port.
func splitHostPort(s string) (host, port string, err error) {
	if strings.HasPrefix(s, "[") {
		end := strings.IndexByte(s, ']')
		if end < 0 {
			return "", "", errors.New("the [ of an IPv6 address is not closed")
		}
		host, after := s[1:end], s[end+1:]
		if net.ParseIP(host) == nil || !strings.Contains(host, ":") {
			return "", "", fmt.Errorf("%q in brackets is not an IPv6 address", host)
		}
		if after == "" {
			return host, "", nil
		}
		port, ok := strings.CutPrefix(after, ":")
		if !ok || port == "" {
			return "", "", fmt.Errorf("%q after the IPv6 address is not :PORT", after)
		}
		return host, port, nil
	}
	switch strings.Count(s, ":") {
	case 0:
		return s, "", nil
	case 1:
		host, port, _ = strings.Cut(s, ":")
		if port == "" {
			return "", "", errors.New("the port after the colon is missing")
		}
		return host, port, nil
	}
	if net.ParseIP(s) == nil {
		return "", "", errors.New("too many colons: write an IPv6 address with a port as [2001:db8::1]:443")
	}
	return s, "", nil
}

// checkHostName accepts a DNS name: dot-separated labels of letters,
// digits, hyphens and underscores (which internal names sometimes have),
// none empty or longer than 63 characters, 253 in all.
func checkHostName(h string) error {
	name := strings.TrimSuffix(h, ".")
	if name == "" {
		return errors.New("the host name is empty")
	}
	if len(name) > 253 {
		return errors.New("the host name is longer than 253 characters")
	}
	for _, label := range strings.Split(name, ".") {
		if label == "" {
			return errors.New("the host name has an empty label (two dots in a row, or a leading dot)")
		}
		if len(label) > 63 {
			return fmt.Errorf("the label %q is longer than 63 characters", label)
		}
		for _, r := range label {
			if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
				return fmt.Errorf("%q is not allowed in a host name", r)
			}
		}
	}
	return nil
}
