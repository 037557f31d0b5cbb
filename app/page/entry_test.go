package page

import (
	"net/url"
	"reflect"
	"strings"
	"testing"

	"proxycert/decoder"
	"proxycert/messages"
)

// TestWithCode checks that the checklist keeps a pasted dialog's words and
// swaps its code, and falls back to the bare code with the server kept.
func TestWithCode(t *testing.T) {
	dialogs := []string{
		messages.Dialogs["en"][0].Fill(2, "mail.contoso.com", "0x00000018"),
		messages.Dialogs["en"][0].Fill(4, "mail.contoso.com", "10"),
		messages.Dialogs["ja"][0].Fill(3, "mail.contoso.co.jp", "0x00000008"),
		messages.Dialogs["ja"][1].Fill(4, "mail.contoso.co.jp", "１０"),
	}
	for _, text := range dialogs {
		in, r := Entry{}.Typed(text)
		if !r.Recognized || !r.HasCode {
			t.Fatalf("%q not read: %+v", text, r)
		}
		next := in.withCode(r, 0x80000021)
		nr := next.Result()
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
	for _, in := range []Entry{{}, {Text: "0x8", Server: "mail.contoso.com"}, {Text: "FLAG_INVALID_CA"}, {Text: "hello"}} {
		r := in.Result()
		next := in.withCode(r, 0x18)
		if next.Text != "0x00000018" || next.Server != r.Server {
			t.Errorf("withCode(%+v) = %+v", in, next)
		}
	}
}

func TestTypedServer(t *testing.T) {
	linked := Entry{Text: "0x18", Server: "link.contoso.com"}
	if r := linked.Result(); r.Server != "link.contoso.com" {
		t.Errorf("server from link not applied: %q", r.Server)
	}
	// Typing another bare code keeps the link's server...
	in, r := linked.Typed("0x8")
	if in.Server != "link.contoso.com" || r.Server != "link.contoso.com" {
		t.Errorf("bare code dropped the server: %+v %q", in, r.Server)
	}
	// ...a dialog that names its own replaces it.
	in, r = linked.Typed(messages.Dialogs["en"][0].Fill(1, "mail.contoso.com", "0x8"))
	if in.Server != "" || r.Server != "mail.contoso.com" {
		t.Errorf("dialog's server not used: %+v %q", in, r.Server)
	}
	// Blank text is the empty state, not an error.
	if _, r := linked.Typed("  \n"); r.Recognized || r.Err != nil {
		t.Errorf("blank text read as %+v", r)
	}
}

func TestOpenLink(t *testing.T) {
	en2 := messages.Dialogs["en"][0].Fill(2, "mail.contoso.com", "0x00000018")
	tests := []struct {
		params string
		want   Opened
	}{
		{"", Opened{Empty: true}},
		{"code=0x18&server=mail.contoso.com&lang=ja", Opened{In: Entry{Text: "0x18", Server: "mail.contoso.com"}, Lang: "ja"}},
		{"code=0x8&server=mail.contoso.com&msg=3", Opened{In: Entry{Text: "0x8", Server: "mail.contoso.com", Variant: 3}}},
		{"code=0x8&msg=7", Opened{In: Entry{Text: "0x8"}, Problems: []decoder.LinkProblem{{Key: messages.UIPageLinkBadMsg, Args: []string{"msg", "7"}}}}},
		{"?code=0x18", Opened{In: Entry{Text: "0x18"}}},
		{"#text=" + url.QueryEscape(en2), Opened{In: Entry{Text: en2}}},
		{"utm_source=ticket&code=8", Opened{In: Entry{Text: "8"}}},
		{"code=0x18&lang=de", Opened{In: Entry{Text: "0x18"}, Problems: []decoder.LinkProblem{{Key: messages.UIPageLinkBadLang, Args: []string{"lang", "de", "langs", strings.Join(messages.Languages(), ", ")}}}}},
		{"code=0x18&server=%3Cscript%3E", Opened{In: Entry{Text: "0x18"}, Problems: []decoder.LinkProblem{{Key: messages.UIPageLinkBadServer, Args: []string{"server", "<script>"}}}}},
		{"code=0xZZ", Opened{In: Entry{Text: "0xZZ"}, Problems: []decoder.LinkProblem{{Key: messages.UIPageLinkBadCode, Args: []string{"code", "0xZZ"}}}}},
		{"code=0x800B0109", Opened{In: Entry{Text: "0x800B0109"}, Problems: []decoder.LinkProblem{{Key: messages.UIPageLinkBadCode, Args: []string{"code", "0x800B0109"}}}}},
		{"server=mail.contoso.com", Opened{In: Entry{Server: "mail.contoso.com"}, Problems: []decoder.LinkProblem{{Key: messages.UIPageLinkNoCode}}}},
		{"code=%zz", Opened{Problems: []decoder.LinkProblem{{Key: messages.UIPageLinkUnreadable}}}},
		// As templates and ticket systems write links.
		{"CODE=0x18&Server=mail.contoso.com&lang=JA", Opened{In: Entry{Text: "0x18", Server: "mail.contoso.com"}, Lang: "ja"}},
		{"code=0x18&lang=ja-JP", Opened{In: Entry{Text: "0x18"}, Lang: "ja"}},
		{"code=0x18&code=0x20", Opened{In: Entry{Text: "0x18"}, Problems: []decoder.LinkProblem{{Key: messages.UIPageLinkRepeated, Args: []string{"name", "code", "values", "0x18, 0x20"}}}}},
		{"code=0x18&code=0x18", Opened{In: Entry{Text: "0x18"}}},
		{"text=" + url.QueryEscape(url.QueryEscape(en2)), Opened{In: Entry{Text: en2}}},
		{"text=" + url.QueryEscape(url.QueryEscape("(Error Code 10)")), Opened{In: Entry{Text: "(Error Code 10)"}}},
		// Kept as written: it reads as nothing either way.
		{"text=" + url.QueryEscape("%41%42"), Opened{In: Entry{Text: "%41%42"}}},
	}
	for _, tt := range tests {
		if got := OpenLink(tt.params); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("OpenLink(%q) = %+v\nwant %+v", tt.params, got, tt.want)
		}
	}
}

func TestLinkRoundTrip(t *testing.T) {
	// Opened at a code page, as from a link: links made there point from
	// the page's own address, not from below the code page.
	base, _ := url.Parse("https://intranet.example/proxycert/code/0x00000010/?code=1#old")
	for _, text := range []string{
		messages.Dialogs["ja"][1].Fill(2, "mail.contoso.co.jp", "0x00000018"),
		"0x80000020",
		"Der Name des Sicherheitszertifikats ist ungültig & <b>",
	} {
		in, r := Entry{}.Typed(text)
		addr, _ := in.shareLink(base, r, "ja")
		u, err := url.Parse(addr)
		if err != nil {
			t.Fatal(err)
		}
		if u.RawQuery != "" || pageURL(u) != "https://intranet.example/proxycert/" {
			t.Errorf("the shared link %q kept the query, or is on another page than %q", addr, pageURL(u))
		}
		o := OpenLink(linkParams(u))
		got := o.In.Result()
		if o.Lang != "ja" || got.Code != r.Code || got.Server != r.Server || got.Recognized != r.Recognized {
			t.Errorf("%q: link %s reads back as %+v, want %+v", text, u, got, r)
		}
	}
	if addr, _ := (Entry{}).shareLink(base, decoder.Result{}, "en"); addr != "https://intranet.example/proxycert/" {
		t.Errorf("empty state has link %q", addr)
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
