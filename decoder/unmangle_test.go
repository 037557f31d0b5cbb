package decoder

import (
	"testing"
	"unicode/utf8"
)

func TestUnmangle(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"plain text stays", "plain text stays"},
		{"server&#39;s", "server's"},
		{"server&#x2019;s &amp; &AMP; &lt;b&gt;", "server\u2019s & & <b>"},
		{"&#0; &#xD800; &#99999999; &bogus; & alone", "&#0; &#xD800; &#99999999; &bogus; & alone"},
		{"<p>one</p><p>two<br/>three</p>", "\none\n\ntwo\nthree\n"},
		{"mail.<b>contoso</b>.com", "mail.contoso.com"},
		{"<server> <Server Name> <unknown-tag>", "<server> <Server Name> <unknown-tag>"},
		{"a < b > c", "a < b > c"},
		{"server=E2=80=99s mail.c=\nontoso.com x=\r\ny", "server\u2019s mail.contoso.com xy"},
		{"code=20 a=3D b =C3", "code=20 a=3D b =C3"},
		{"=E3=83=97=E3=83=AD", "プロ"},
		{"serverâ€™s", "server’s"},
		{"Â naïve café", "Â naïve café"},
	} {
		got := unmangle(c.in)
		if got != c.want {
			t.Errorf("unmangle(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func FuzzUnmangle(f *testing.F) {
	for _, s := range []string{"&#39;&amp;&#x2019;", "<p>a<br>b</p>", "=E2=80=99=\n", "â€™ãƒ—", "&#;", "<", "=", "&"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := unmangle(s)
		if len(out) > len(s) {
			t.Fatalf("unmangle(%q) grew to %q", s, out)
		}
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Fatalf("unmangle(%q) = %q: not valid UTF-8", s, out)
		}
	})
}
