package main

import (
	"net/url"
	"reflect"
	"strings"
	"testing"

	"proxycert/decoder"
	"proxycert/messages"
)

// kbDialog fills one of the catalog's published wordings.
func kbDialog(lang string, copy, msg int, server, code string) string {
	return fillDialog(messages.For(lang).Dialogs[copy].Messages[msg-1], server, code)
}

func TestReplaceCode(t *testing.T) {
	tests := []struct {
		text, codeText string
		code           uint32
		want           string
		ok             bool
	}{
		{"x (0x00000018) y", "(0x00000018)", 0x8, "x (0x00000008) y", true},
		{"Outlook … (Error Code 10)", "(Error Code 10)", 0x30, "Outlook … (Error Code 0x00000030)", true},
		{"… (エラー コード １０)", "(エラー コード １０)", 0x10, "… (エラー コード 0x00000010)", true},
		{"（０ｘ１８）", "（０ｘ１８）", 0x8, "（0x00000008）", true},
		{"no digits here", "Code", 0x8, "", false},
		{"FLAG_INVALID_CA", "FLAG_INVALID_CA", 0x8, "", false},
		{"text", "(0x8)", 0x8, "", false}, // codeText not in text
	}
	for _, tt := range tests {
		got, ok := replaceCode(tt.text, tt.codeText, tt.code)
		if got != tt.want || ok != tt.ok {
			t.Errorf("replaceCode(%q, %q, %#x) = %q, %v; want %q, %v", tt.text, tt.codeText, tt.code, got, ok, tt.want, tt.ok)
		}
	}
}

// TestWithCode checks that the checklist keeps a pasted dialog's words and
// swaps its code, and falls back to the bare code with the server kept.
func TestWithCode(t *testing.T) {
	dialogs := []string{
		kbDialog("en", 0, 2, "mail.contoso.com", "0x00000018"),
		kbDialog("en", 0, 4, "mail.contoso.com", "10"),
		kbDialog("ja", 0, 3, "mail.contoso.co.jp", "0x00000008"),
		kbDialog("ja", 1, 4, "mail.contoso.co.jp", "１０"),
	}
	for _, text := range dialogs {
		in, r := entry{}.typed(text)
		if !r.Recognized || !r.HasCode {
			t.Fatalf("%q not read: %+v", text, r)
		}
		next := in.withCode(r, 0x80000021)
		nr := next.result()
		if !nr.HasCode || nr.Code != 0x80000021 {
			t.Errorf("withCode on %q gave %q, read as %#x", text, next.Text, nr.Code)
		}
		if nr.Variant != r.Variant || nr.Language != r.Language || nr.Server != r.Server {
			t.Errorf("withCode on %q lost the dialog: %+v, was %+v", text, nr, r)
		}
		if strings.Count(next.Text, "0x80000021") != 1 {
			t.Errorf("withCode on %q gave %q", text, next.Text)
		}
	}

	// A bare code, or nothing, becomes the bare new code; a server given
	// apart is kept.
	for _, in := range []entry{{}, {Text: "0x8", Server: "mail.contoso.com"}, {Text: "FLAG_INVALID_CA"}, {Text: "hello"}} {
		r := in.result()
		next := in.withCode(r, 0x18)
		if next.Text != "0x00000018" || next.Server != r.Server {
			t.Errorf("withCode(%+v) = %+v", in, next)
		}
	}
}

func TestTypedServer(t *testing.T) {
	linked := entry{Text: "0x18", Server: "link.contoso.com"}
	if r := linked.result(); r.Server != "link.contoso.com" {
		t.Errorf("server from link not applied: %q", r.Server)
	}
	// Typing another bare code keeps the link's server...
	in, r := linked.typed("0x8")
	if in.Server != "link.contoso.com" || r.Server != "link.contoso.com" {
		t.Errorf("bare code dropped the server: %+v %q", in, r.Server)
	}
	// ...a dialog that names its own replaces it.
	in, r = linked.typed(kbDialog("en", 0, 1, "mail.contoso.com", "0x8"))
	if in.Server != "" || r.Server != "mail.contoso.com" {
		t.Errorf("dialog's server not used: %+v %q", in, r.Server)
	}
	// Blank text is the empty state, not an error.
	if _, r := linked.typed("  \n"); r.Recognized || r.Err != nil {
		t.Errorf("blank text read as %+v", r)
	}
}

func TestOpenLink(t *testing.T) {
	en2 := kbDialog("en", 0, 2, "mail.contoso.com", "0x00000018")
	tests := []struct {
		params string
		want   opened
	}{
		{"", opened{Empty: true}},
		{"code=0x18&server=mail.contoso.com&lang=ja", opened{In: entry{Text: "0x18", Server: "mail.contoso.com"}, Lang: "ja"}},
		{"code=0x8&server=mail.contoso.com&msg=3", opened{In: entry{Text: "0x8", Server: "mail.contoso.com", Variant: 3}}},
		{"code=0x8&msg=7", opened{In: entry{Text: "0x8"}, Problems: []linkProblem{{"page.link-bad-msg", []string{"msg", "7"}}}}},
		{"?code=0x18", opened{In: entry{Text: "0x18"}}},
		{"#text=" + url.QueryEscape(en2), opened{In: entry{Text: en2}}},
		{"utm_source=ticket&code=8", opened{In: entry{Text: "8"}}},
		{"code=0x18&lang=de", opened{In: entry{Text: "0x18"}, Problems: []linkProblem{{"page.link-bad-lang", []string{"lang", "de"}}}}},
		{"code=0x18&server=%3Cscript%3E", opened{In: entry{Text: "0x18"}, Problems: []linkProblem{{"page.link-bad-server", []string{"server", "<script>"}}}}},
		{"code=0xZZ", opened{In: entry{Text: "0xZZ"}, Problems: []linkProblem{{"page.link-bad-code", []string{"code", "0xZZ"}}}}},
		{"code=0x800B0109", opened{In: entry{Text: "0x800B0109"}, Problems: []linkProblem{{"page.link-bad-code", []string{"code", "0x800B0109"}}}}},
		{"server=mail.contoso.com", opened{In: entry{Server: "mail.contoso.com"}, Problems: []linkProblem{{Key: "page.link-no-code"}}}},
		{"code=%zz", opened{Problems: []linkProblem{{Key: "page.link-unreadable"}}}},
		// As templates and ticket systems write links.
		{"CODE=0x18&Server=mail.contoso.com&lang=JA", opened{In: entry{Text: "0x18", Server: "mail.contoso.com"}, Lang: "ja"}},
		{"code=0x18&lang=ja-JP", opened{In: entry{Text: "0x18"}, Lang: "ja"}},
		{"code=0x18&code=0x20", opened{In: entry{Text: "0x18"}, Problems: []linkProblem{{"page.link-repeated", []string{"name", "code", "values", "0x18, 0x20"}}}}},
		{"code=0x18&code=0x18", opened{In: entry{Text: "0x18"}}},
		{"text=" + url.QueryEscape(url.QueryEscape(en2)), opened{In: entry{Text: en2}}},
		{"text=" + url.QueryEscape(url.QueryEscape("(Error Code 10)")), opened{In: entry{Text: "(Error Code 10)"}}},
		// Kept as written: it reads as nothing either way.
		{"text=" + url.QueryEscape("%41%42"), opened{In: entry{Text: "%41%42"}}},
	}
	for _, tt := range tests {
		if got := openLink(tt.params); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("openLink(%q) = %+v\nwant %+v", tt.params, got, tt.want)
		}
	}
}

func TestLinkRoundTrip(t *testing.T) {
	base, _ := url.Parse("https://intranet.example/proxycert/?code=1#old")
	for _, text := range []string{
		kbDialog("ja", 1, 2, "mail.contoso.co.jp", "0x00000018"),
		"0x80000020",
		"Der Name des Sicherheitszertifikats ist ungültig & <b>",
	} {
		in, r := entry{}.typed(text)
		u := pageURL(base, in.linkFor(r, "ja"))
		if u.RawQuery != "" || u.Path != "/proxycert/" {
			t.Errorf("pageURL kept %q", u.String())
		}
		back, err := url.Parse(u.String())
		if err != nil {
			t.Fatal(err)
		}
		o := openLink(linkParams(back))
		got := o.In.result()
		if o.Lang != "ja" || got.Code != r.Code || got.Server != r.Server || got.Recognized != r.Recognized {
			t.Errorf("%q: link %s reads back as %+v, want %+v", text, u, got, r)
		}
	}
	if p := (entry{}).linkFor(decoder.Result{}, "en"); p != "" {
		t.Errorf("empty state has link %q", p)
	}
}

func TestValidServer(t *testing.T) {
	for s, want := range map[string]bool{
		"mail.contoso.com":         true,
		"MAIL-01.corp.local:443":   true,
		"2001:db8::1":              true,
		"[servername]":             false, // a template's stand-in (links drop brackets round a name)
		"メール.example.jp":           true,
		"exchange_01":              true,
		"mail contoso":             false,
		"<img src=x>":              false,
		"javascript:alert(1)":      false,
		"https://mail.contoso.com": false,
		"...":                      false,
		strings.Repeat("a", 256):   false,
	} {
		if got := validServer(s); got != want {
			t.Errorf("validServer(%q) = %v", s, got)
		}
	}
}

func TestLinkParams(t *testing.T) {
	for addr, want := range map[string]string{
		"https://h.example/#code=0x18":                             "code=0x18",
		"https://h.example/?code=0x18&server=a.example":            "code=0x18&server=a.example",
		"https://h.example/?code=0x18&server=a.example#top":        "code=0x18&server=a.example", // an anchor a ticket system added
		"https://h.example/?code=0x18&server=a.example#":           "code=0x18&server=a.example",
		"https://h.example/?utm_source=mail#code=0x18":             "code=0x18",
		"https://h.example/?code=0x18#server=a.example":            "server=a.example&code=0x18",
		"https://h.example/?code=0x20#code=0x18":                   "code=0x18&code=0x20", // the fragment's first
		"https://h.example/?code%3D0x18%26server%3Da.example#c-12": "code%3D0x18%26server%3Da.example",
		"https://h.example/":                                       "",
	} {
		u, err := url.Parse(addr)
		if err != nil {
			t.Fatal(err)
		}
		if got := linkParams(u); got != want {
			t.Errorf("linkParams(%s) = %q, want %q", addr, got, want)
		}
	}
}

func TestChooseLang(t *testing.T) {
	tests := []struct{ link, remembered, browser, want string }{
		{"ja", "en", "en-US", "ja"},
		{"", "ja", "en-US", "ja"},
		{"", "", "ja-JP", "ja"},
		{"", "", "de-DE", "en"},
		{"de", "", "", "en"},
		{"", "xx", "ja", "ja"},
	}
	for _, tt := range tests {
		if got := chooseLang(tt.link, tt.remembered, tt.browser); got != tt.want {
			t.Errorf("chooseLang(%q, %q, %q) = %q, want %q", tt.link, tt.remembered, tt.browser, got, tt.want)
		}
	}
}

func FuzzOpenLink(f *testing.F) {
	f.Add("code=0x18&server=mail.contoso.com&lang=ja")
	f.Add("text=%E3%83%97&lang=xx")
	f.Add("code=%zz&&==")
	f.Add("code%3D0x18%26server%3D%255B%253Cx%253E%255D")
	f.Add("/?server=https%3A%2F%2F%E2%80%8B%5B::1%5D:443/x")
	f.Fuzz(func(t *testing.T, params string) {
		o := openLink(params)
		if o.Lang != "" && !messages.Supported(o.Lang) {
			t.Errorf("unsupported language %q accepted", o.Lang)
		}
		if o.In.Server != "" && !validServer(o.In.Server) {
			t.Errorf("bad server %q accepted", o.In.Server)
		}
		for _, p := range o.Problems {
			if _, ok := messages.For("en").UI[p.Key]; !ok {
				t.Errorf("problem key %q has no text", p.Key)
			}
		}
		o.In.result() // must not panic
	})
}

func FuzzReplaceCode(f *testing.F) {
	f.Add("… (Error Code 10)", "(error code 10)", uint32(0x18))
	f.Add("（エラー　コード　１０）", "(エラー コード 10)", uint32(8))
	f.Fuzz(func(t *testing.T, text, codeText string, code uint32) {
		got, ok := replaceCode(text, codeText, code)
		if ok && !strings.Contains(got, decoder.Hex(code)) {
			t.Errorf("replaceCode(%q, %q, %#x) = %q without the code", text, codeText, code, got)
		}
	})
}
