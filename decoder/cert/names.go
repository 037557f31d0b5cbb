package cert

import (
	"crypto/x509"
	"net"
	"strings"

	"proxycert/messages"
)

// normalizeHost turns what people type for a server into the host name a
// client compares: https://Mail.Contoso.com:443/rpc/rpcproxy.dll becomes
// mail.contoso.com, [2001:db8::1]:443 becomes 2001:db8::1.
func normalizeHost(s string) string {
	s = strings.TrimFunc(s, isBlank)
	if _, after, ok := strings.Cut(s, "://"); ok {
		s = after
	}
	if i := strings.IndexAny(s, "/?#"); i >= 0 {
		s = s[:i]
	}
	if i := strings.LastIndexByte(s, '@'); i >= 0 {
		s = s[i+1:]
	}
	if strings.HasPrefix(s, "[") {
		if j := strings.IndexByte(s, ']'); j > 0 {
			s = s[1:j]
		}
	} else if strings.Count(s, ":") == 1 {
		s, _, _ = strings.Cut(s, ":")
	}
	return strings.TrimSuffix(strings.ToLower(s), ".")
}

// trimMsstd drops the "msstd:" prefix Outlook shows before the principal name.
func trimMsstd(s string) string {
	s = strings.TrimFunc(s, isBlank)
	if hasPrefixFold(s, "msstd:") {
		s = s[len("msstd:"):]
	}
	return strings.TrimFunc(s, isBlank)
}

// fold is the form names are compared in: lower case, no trailing dot.
func fold(name string) string { return strings.TrimSuffix(strings.ToLower(name), ".") }

// matchHost reports whether the certificate name pattern covers host, as
// RFC 6125 has clients do: a wildcard is a whole left-most label standing
// for exactly one label, and never sits right under a public suffix. For a
// wildcard that does not cover host but looks as if it might, it also
// returns the id of the evidence that says why not.
func matchHost(pattern, host string) (ok bool, nearMiss string) {
	p := fold(pattern)
	if p == host {
		return true, ""
	}
	first, rest, dotted := strings.Cut(p, ".")
	if !strings.Contains(p, "*") || !dotted {
		return false, ""
	}
	if first != "*" || strings.Contains(rest, "*") {
		if looseMatch(p, host) {
			return false, messages.CertNameWildcardPartial
		}
		return false, ""
	}
	under := strings.HasSuffix(host, "."+rest)
	switch {
	case publicSuffix(rest):
		if under {
			return false, messages.CertNameWildcardTooWide
		}
	case host == rest:
		return false, messages.CertNameWildcardApex
	case under && !strings.Contains(strings.TrimSuffix(host, "."+rest), "."):
		return true, ""
	case under:
		return false, messages.CertNameWildcardDepth
	}
	return false, ""
}

// looseMatch reports whether a partial-label wildcard pattern such as
// f*.contoso.com would cover host if its * were taken as "any characters
// within the label", which RFC 6125 clients refuse.
func looseMatch(pattern, host string) bool {
	pl, hl := strings.Split(pattern, "."), strings.Split(host, ".")
	if len(pl) != len(hl) {
		return false
	}
	for i, p := range pl {
		pre, suf, star := strings.Cut(p, "*")
		if !star && p != hl[i] || star && (len(hl[i]) < len(pre)+len(suf) ||
			!strings.HasPrefix(hl[i], pre) || !strings.HasSuffix(hl[i], suf)) {
			return false
		}
	}
	return true
}

// twoLabelSuffixes are common public suffixes of two labels. Without the
// full Public Suffix List this is the short list that stops *.co.jp and
// *.co.uk from passing for an organisation's wildcard.
var twoLabelSuffixes = map[string]bool{
	"co.jp": true, "ne.jp": true, "or.jp": true, "ac.jp": true, "go.jp": true, "ad.jp": true,
	"ed.jp": true, "gr.jp": true, "lg.jp": true, "co.uk": true, "org.uk": true, "ac.uk": true,
	"gov.uk": true, "com.au": true, "net.au": true, "org.au": true, "com.cn": true, "com.tw": true,
	"com.hk": true, "co.kr": true, "co.nz": true, "co.za": true, "com.br": true, "com.sg": true,
	"co.in": true, "com.mx": true,
}

// publicSuffix reports whether a wildcard's remainder is too short to be
// one organisation's domain: a single label (*.com, *.local) or a known
// two-label public suffix.
func publicSuffix(rest string) bool {
	return !strings.Contains(rest, ".") || twoLabelSuffixes[rest]
}

// internalSuffixes end names that only resolve inside a company network.
// Public CAs stopped issuing certificates for them in November 2015.
var internalSuffixes = []string{".local", ".lan", ".internal", ".corp", ".localdomain", ".intranet", ".home", ".private", ".ad"}

func internalName(host string) bool {
	if net.ParseIP(host) != nil {
		return false
	}
	if !strings.Contains(host, ".") {
		return true
	}
	for _, s := range internalSuffixes {
		if strings.HasSuffix(host, s) {
			return true
		}
	}
	return false
}

// nameCheck compares the server with the leaf's names the way Windows does:
// the DNS alternative names when there are any, else the common name; an
// IP address against the IP alternative names.
func nameCheck(leaf *x509.Certificate, server string) (Verdict, []Evidence) {
	if server == "" {
		return CannotTell, []Evidence{{ID: messages.CertNoServer}}
	}
	if ip := net.ParseIP(server); ip != nil {
		for _, a := range leaf.IPAddresses {
			if a.Equal(ip) {
				return NotExplained, []Evidence{ev(messages.CertNameMatchIP, "server", server)}
			}
		}
		return Explained, []Evidence{ev(messages.CertNameIPNoMatch, "server", server, "ips", joinIPs(leaf.IPAddresses))}
	}
	cn := leaf.Subject.CommonName
	names := leaf.DNSNames
	var out []Evidence
	if len(names) == 0 {
		if cn == "" {
			return Explained, []Evidence{ev(messages.CertNameNoNames, "server", server)}
		}
		if ok, _ := matchHost(cn, server); ok {
			return NotExplained, []Evidence{ev(messages.CertNameMatchCN, "server", server, "cn", cn)}
		}
		out = append(out, ev(messages.CertNameNoMatchCN, "server", server, "cn", cn))
		names = []string{cn}
	} else {
		for _, n := range names {
			if ok, _ := matchHost(n, server); ok {
				return NotExplained, []Evidence{ev(messages.CertNameMatchSAN, "server", server, "name", n)}
			}
		}
		out = append(out, ev(messages.CertNameNoMatch, "server", server, "names", strings.Join(names, ", ")))
		if ok, _ := matchHost(cn, server); ok && cn != "" {
			out = append(out, ev(messages.CertNameCNIgnored, "server", server, "cn", cn))
		}
	}
	for _, n := range names {
		if _, why := matchHost(n, server); why != "" {
			out = append(out, ev(why, "server", server, "pattern", n))
		}
	}
	if internalName(server) {
		out = append(out, ev(messages.CertNameInternal, "server", server))
	}
	return Explained, out
}

// principal checks the msstd principal name. Outlook compares it with the
// certificate's names as text, not as a host against patterns: Windows
// before Vista SP1 with the common name only, later Windows with the common
// name and the DNS alternative names. So a wildcard certificate needs the
// wildcard itself as principal name.
func principal(leaf *x509.Certificate, name string) (Verdict, []Evidence) {
	want := fold(name)
	cn := leaf.Subject.CommonName
	if cn != "" && fold(cn) == want {
		return NotExplained, []Evidence{ev(messages.CertMsstdCN, "name", name)}
	}
	for _, n := range leaf.DNSNames {
		if fold(n) == want {
			return CannotTell, []Evidence{ev(messages.CertMsstdSANOnly, "name", name, "cn", cn)}
		}
	}
	all := leaf.DNSNames
	if cn != "" {
		all = append([]string{cn}, all...)
	}
	for _, n := range all {
		if ok, _ := matchHost(n, want); ok && strings.HasPrefix(n, "*") {
			e := ev(messages.CertMsstdWildcard, "name", name, "pattern", n)
			e.Command = `Set-OutlookProvider EXPR -CertPrincipalName "msstd:` + n + `"`
			return Explained, []Evidence{e}
		}
	}
	return Explained, []Evidence{ev(messages.CertMsstdNoMatch, "name", name, "names", strings.Join(dedupeFold(all), ", "))}
}

func dedupeFold(names []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, n := range names {
		if !seen[fold(n)] {
			seen[fold(n)] = true
			out = append(out, n)
		}
	}
	return out
}

func joinIPs(ips []net.IP) string {
	s := make([]string, len(ips))
	for i, ip := range ips {
		s[i] = ip.String()
	}
	return strings.Join(s, ", ")
}

// ev builds an evidence item from its id and placeholder pairs.
func ev(id string, args ...string) Evidence { return Evidence{ID: id, Args: args} }
