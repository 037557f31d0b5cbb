package site

import "testing"

func TestOGMetas(t *testing.T) {
	page := "<head>\n    <meta content=\"https://\" property=\"og:url\">\n    <meta content=\"T\" property=\"og:title\">\n" +
		"    <meta content=\"https://\" property=\"og:image\">\n</head>"
	got, n := ogMetas(page, "", "")
	if want := "<head>\n    <meta content=\"T\" property=\"og:title\">\n</head>"; got != want || n != 2 {
		t.Errorf("without an address: %d metas, page\n%s", n, got)
	}
	got, _ = ogMetas(page, "https://h/p/", "code/0x00000018/")
	if want := "<head>\n    <meta content=\"https://h/p/code/0x00000018/\" property=\"og:url\">\n" +
		"    <meta content=\"https://h/p/web/icon-512.png\" property=\"og:image\">\n" +
		"    <meta content=\"T\" property=\"og:title\">\n</head>"; got != want {
		t.Errorf("with an address:\n%s\nwant\n%s", got, want)
	}
	for p, want := range map[string]string{"index.html": "", "code/0x00000018/ja/index.html": "code/0x00000018/ja/", "about.html": "about"} {
		if got := pagePath(p); got != want {
			t.Errorf("pagePath(%q) = %q, want %q", p, got, want)
		}
	}
	for _, tc := range []struct {
		url, base string
		ok        bool
	}{
		{"https://h/p/", "/p/", true}, {"https://h/p", "/p/", true}, {"http://h/", "/", true},
		{"h/p/", "/p/", false}, {"https://h/q/", "/p/", false}, {"https://h/p/?x", "/p/", false}, {"ftp://h/", "/", false},
	} {
		if err := checkPublicURL(tc.url, tc.base); (err == nil) != tc.ok {
			t.Errorf("checkPublicURL(%q, %q) = %v", tc.url, tc.base, err)
		}
	}
}
