package page

import (
	"html"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"proxycert/decoder/cert"
	"proxycert/decoder/cert/certtest"
	"proxycert/messages"
)

// The certificates of these tests are made around certNow (certtest).
var certNow = time.Now().UTC().Truncate(time.Minute)

// go-app writes attributes in any order: a tag is read attribute by
// attribute.
var (
	certLiTag     = regexp.MustCompile(`<li [^>]*>`)
	certFindingID = regexp.MustCompile(`id="cert-finding-([^"]+)"`)
	certVerdictOf = regexp.MustCompile(`class="cert-finding verdict-([a-z-]+)"`)
)

// findings returns the verdicts the section shows, by finding id.
func certFindings(page string) map[string]string {
	out := map[string]string{}
	for _, tag := range certLiTag.FindAllString(page, -1) {
		id, v := certFindingID.FindStringSubmatch(tag), certVerdictOf.FindStringSubmatch(tag)
		if id != nil && v != nil {
			out[id[1]] = v[1]
		}
	}
	return out
}

func TestCertCheckNameExplained(t *testing.T) {
	p := certtest.New(t, certNow)
	leaf := p.Server(t, time.Time{}, "mail.contoso.com", "autodiscover.contoso.com")
	s := &certCheck{Lang: "en", Server: "srv.company.local", Code: 0x10, HasCode: true}
	s.setPaste(certtest.PEM(p.Root.Cert, leaf.Cert, p.Inter.Cert))
	page := app.HTMLString(s)
	en := messages.For("en")

	if got := certFindings(page); len(got) != 1 || got["0x00000010"] != string(cert.Explained) {
		t.Errorf("findings %v, want only 0x00000010 explained", got)
	}
	for _, want := range []string{
		messages.Fill(en.Cert[messages.CertFlagsFor], "code", "0x00000010"),
		en.Cert[messages.CertVerdictExplained],
		"mail.contoso.com, autodiscover.contoso.com", // the SAN list, in the evidence
		"srv.company.local",
		en.Cert[messages.CertReordered],
		certtest.Thumbprint(leaf.Cert),
		`value="srv.company.local"`, // the server field, from the dialog
		`aria-live="polite"`,
	} {
		if !strings.Contains(page, want) && !strings.Contains(page, html.EscapeString(want)) {
			t.Errorf("section lacks %q", want)
		}
	}
	// One table per certificate, the server's first.
	roles := regexp.MustCompile(`class="cert-card cert-([a-z]+)"`).FindAllStringSubmatch(page, -1)
	if len(roles) != 3 || roles[0][1] != "leaf" || roles[1][1] != "intermediate" || roles[2][1] != "root" {
		t.Errorf("tables %v, want leaf, intermediate, root", roles)
	}
	status := messages.Fill(en.T(messages.UIPageCertStatus), "count", "3", "verdicts",
		messages.Fill(en.T(messages.UIPageCertVerdict), "flag", en.Flags[0x10].Title, "verdict", en.Cert[messages.CertVerdictExplained]))
	if !strings.Contains(page, ">"+html.EscapeString(status)+"<") {
		t.Errorf("live status is not %q", status)
	}
}

func TestCertCheckInputs(t *testing.T) {
	p := certtest.New(t, certNow)
	leaf := p.Server(t, time.Time{}, "mail.contoso.com")
	chain := certtest.PEM(leaf.Cert, p.Inter.Cert)
	ja := messages.For("ja")
	tests := []struct {
		name  string
		check *certCheck
		paste string
		files []certSource
		want  map[string]string // finding id to verdict
		has   []string
		lacks []string
	}{
		{"no code: every flag", &certCheck{Lang: "en", Server: "mail.contoso.com"}, chain, nil,
			map[string]string{"0x00000001": "cannot-tell", "0x00000002": "not-explained", "0x00000004": "cannot-tell",
				"0x00000008": "cannot-tell", "0x00000010": "not-explained", "0x00000020": "not-explained",
				"0x00000040": "not-explained", "0x80000000": "cannot-tell"},
			[]string{messages.For("en").Cert[messages.CertFlagsAll]}, nil},
		{"edited server wins over the dialog's", &certCheck{Lang: "en", Server: "mail.contoso.com", Code: 0x10, HasCode: true,
			server: "owa.fabrikam.com", serverSet: true}, chain, nil,
			map[string]string{"0x00000010": "explained"}, []string{`value="owa.fabrikam.com"`}, nil},
		{"code 0 with a principal name", &certCheck{Lang: "en", Server: "mail.contoso.com", HasCode: true,
			msstd: "msstd:*.contoso.com"}, chain, nil,
			map[string]string{"msstd": "explained"}, []string{messages.For("en").T(messages.UIPageCertNoFlags)}, nil},
		{"clock after the end of validity", &certCheck{Lang: "en", Code: 0x20, HasCode: true,
			at: leaf.Cert.NotAfter.Local().AddDate(0, 0, 3).Format(clockLayout)}, chain, nil,
			map[string]string{"0x00000020": "explained"}, nil, nil},
		{"a private key, in Japanese", &certCheck{Lang: "ja"}, "-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n", nil,
			map[string]string{}, []string{`id="cert-problems"`, ja.Cert[messages.CertErrPrivateKey]}, []string{`id="cert-verdicts"`}},
		{"a bad file beside a good paste", &certCheck{Lang: "en", Code: 0x10, HasCode: true, Server: "mail.contoso.com"}, chain, []certSource{readSource("notes.txt", []byte("hello")), {Name: "gone.cer", Err: errUnreadable}},
			map[string]string{"0x00000010": "not-explained"},
			[]string{"notes.txt: ", "gone.cer: " + messages.For("en").T(messages.UIPageCertFileUnreadable), `id="cert-files"`}, nil},
		{"a DER file alone", &certCheck{Lang: "en", Code: 0x10, HasCode: true, Server: "srv.company.local"}, "",
			[]certSource{readSource("mail.cer", leaf.Cert.Raw)},
			map[string]string{"0x00000010": "explained"}, []string{"Files read: mail.cer"}, []string{`id="cert-problems"`}},
		{"empty", &certCheck{Lang: "en"}, "  \n", nil,
			map[string]string{}, []string{messages.For("en").T(messages.UIPageCertEmpty), `class="cert-check cert-none"`}, []string{`id="cert-problems"`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.check.setPaste(tc.paste)
			tc.check.setFiles(tc.files)
			page := app.HTMLString(tc.check)
			got := certFindings(page)
			if len(got) != len(tc.want) {
				t.Errorf("findings %v, want %v", got, tc.want)
			}
			for id, v := range tc.want {
				if got[id] != v {
					t.Errorf("finding %s: %q, want %q", id, got[id], v)
				}
			}
			for _, s := range tc.has {
				if !strings.Contains(page, s) && !strings.Contains(page, html.EscapeString(s)) {
					t.Errorf("lacks %q", s)
				}
			}
			for _, s := range tc.lacks {
				if strings.Contains(page, s) {
					t.Errorf("holds %q", s)
				}
			}
			if strings.Contains(page, " style=") {
				t.Error("inline style")
			}
		})
	}
}

func TestParseClock(t *testing.T) {
	for in, want := range map[string]time.Time{
		"2026-05-01T09:30":        time.Date(2026, 5, 1, 9, 30, 0, 0, time.Local),
		"2026-05-01T09:30:15":     time.Date(2026, 5, 1, 9, 30, 15, 0, time.Local),
		"2026-05-01T09:30:15.250": time.Date(2026, 5, 1, 9, 30, 15, 250e6, time.Local),
		"":                        {},
		"2026-05-01":              {},
		"yesterday":               {},
	} {
		if got := parseClock(in); !got.Equal(want) {
			t.Errorf("parseClock(%q) = %v, want %v", in, got, want)
		}
	}
}
