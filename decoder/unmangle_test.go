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
		{`server\u0027s\r\nOutlook \"x\" \\ \/ \t\x27`, "server's\nOutlook \"x\" \\ /  '"},
		{`\u30d7\u30ed \ud83d\ude00 \ud83d. \xe3`, "プロ 😀 . \\xe3"},
		{`C:\Users\d \q`, `C:\Users\d \q`},
		{"com.`r`nOutlook `nOutlook `nslookup`", "com.\nOutlook \nOutlook `nslookup`"},
		{"There%20is%20a+problem%2C%E3%83%97", "There is a problem,プ"},
		{"100% sure, a+b %20 %41 %42", "100% sure, a+b %20 %41 %42"}, // spaces: not URL-encoded as a whole
		{"a%20b%20c%FF%20d", "a b c%FF d"},
		{"server&amp;#39;s &amp;rsquo; &amp;amp; &amp;", "server's \u2019 &amp; &"},
		{"=E3=83=97=E3=\r\n=81=AE x=\ny", "プの xy"},
	} {
		got := unmangle(c.in)
		if got != c.want {
			t.Errorf("unmangle(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func FuzzUnmangle(f *testing.F) {
	for _, s := range []string{"&#39;&amp;&#x2019;", "<p>a<br>b</p>", "=E2=80=99=\n", "â€™ãƒ—", "&#;", "<", "=", "&", `\ud83d\ude00\r\n`, "`r`n", "a%20b%20c%E3%83"} {
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
