package messages_test

import (
	"fmt"
	"maps"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"proxycert/messages"
)

// The key sets every catalog must have, written out from keys.go so that a
// constant added there without a text fails here until it is listed. The UI
// keys are all the generated Key constants (allKeys).
var (
	wantWho   = []messages.Who{messages.UserPC, messages.Helpdesk, messages.ServerOwner}
	wantFlags = []uint32{0x1, 0x2, 0x4, 0x8, 0x10, 0x20, 0x40, 0x80000000}
	wantRes   = []int{1, 2, 3}

	wantFamilies = []string{messages.FamilyHRESULT, messages.FamilyWinHTTP,
		messages.FamilyCertTrust, messages.FamilyIgnoreFlags, messages.FamilyBrowser}
	wantNearMisses = []string{messages.NearMissSecurityAlert, messages.NearMissCannotVerify,
		messages.NearMissEncrypted}
	wantWarnings = []string{messages.WarnVariant3Code, messages.WarnNameNoCN, messages.WarnUnknownBits,
		messages.WarnAmbiguous, messages.WarnNoCode, messages.WarnNoServer, messages.WarnSeveralCodes,
		messages.WarnOtherLanguage, messages.WarnDecimalOverHex, messages.WarnTooLong,
		messages.WarnCodeCut, messages.WarnLookalike, messages.WarnPartUnread, messages.WarnLookalikeHost}
	wantErrors = []string{messages.ErrEmpty, messages.ErrTooBig, messages.ErrUnknownName,
		messages.ErrBadNumber, messages.ErrNothing}
)

// allKeys returns every Key constant: they start at 1, and the generated
// names end where String falls back to the number.
func allKeys() []messages.Key {
	var keys []messages.Key
	for k := messages.Key(1); !strings.HasPrefix(k.String(), "Key("); k++ {
		keys = append(keys, k)
	}
	return keys
}

// Placeholders the comments in keys.go allow. The decoder fills exactly
// these; any other name would reach the reader as "{name}".
var (
	warnPlaceholders = set("code", "variant", "bits", "decimal", "digits", "count", "limit", "written", "server")
	errPlaceholders  = set("text", "pos", "limit")
	stepPlaceholders = set("server") // Step.Where/Do/Command and Explanation.Text
	noPlaceholders   = set()
	anyPlaceholder   = set("*") // another package's template, checked by its own tests

	// uiPlaceholders lists the shared UI keys that take a placeholder; the
	// others take none. Keys named UIPage… belong to the page and UINote…
	// to package app/note, which fill their own (and test that none is
	// left unfilled).
	uiPlaceholders = map[messages.Key]map[string]bool{
		messages.UIVariant:          set("variant"),
		messages.UIAlternative:      set("code"),
		messages.UIJSONLTooLong:     set("limit"), // decode --jsonl
		messages.UIJSONLTextTooLong: set("limit"),
	}
)

// rule says which placeholders a string may hold: names for a plain field,
// byKey for a map whose keys differ (the UI strings).
type rule struct {
	names map[string]bool
	byKey func(key any) map[string]bool
}

func uiRule(key any) map[string]bool {
	k := key.(messages.Key)
	if name := k.String(); strings.HasPrefix(name, "UIPage") || strings.HasPrefix(name, "UINote") {
		return anyPlaceholder
	}
	if names, ok := uiPlaceholders[k]; ok {
		return names
	}
	return noPlaceholders
}

// Placeholders a text must hold, or the value it exists to show is lost.
var mustHold = map[string]map[string][]string{
	"Errors": {
		messages.ErrTooBig:      {"text"},
		messages.ErrUnknownName: {"text", "pos"},
		messages.ErrBadNumber:   {"text", "pos"},
	},
	"UI": {
		messages.UIVariant.String():         {"variant"},
		messages.UIAlternative.String():     {"code"},
		messages.UIPageLinkBadLang.String(): {"lang", "langs"},
	},
}

// catalogFields are the Catalog fields this test knows the rules for. A
// string map added by another package (such as Cert) is still checked for
// gaps and for agreement between languages, but its placeholders are left
// to that package's tests.
var catalogFields = set("Lang", "Name", "LangNames", "Who", "Flags", "FirstChecks", "Resolutions", "ZeroCode",
	"Win32Misread", "Families", "NearMisses", "Warnings", "Errors", "UI")

var placeholderRE = regexp.MustCompile(`\{([A-Za-z][A-Za-z0-9_.-]*)\}`)

func set(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}

func placeholders(s string) []string {
	var out []string
	for _, m := range placeholderRE.FindAllStringSubmatch(s, -1) {
		if !slices.Contains(out, m[1]) {
			out = append(out, m[1])
		}
	}
	slices.Sort(out)
	return out
}

// walker checks every value of a catalog: no empty string, slice or map
// unless the field is tagged `messages:"optional"`, every Step for a known
// party, and placeholders only where they will be filled.
type walker struct {
	errorf func(format string, args ...any)
	who    map[messages.Who]bool
}

func newWalker(errorf func(format string, args ...any)) walker {
	w := walker{errorf, make(map[messages.Who]bool)}
	for _, who := range wantWho {
		w.who[who] = true
	}
	return w
}

var (
	stepType        = reflect.TypeFor[messages.Step]()
	explanationType = reflect.TypeFor[messages.Explanation]()
	catalogType     = reflect.TypeFor[messages.Catalog]()
)

func (w walker) walk(path string, v reflect.Value, optional bool, allowed rule) {
	switch v.Kind() {
	case reflect.String:
		w.text(path, v.String(), optional, allowed.names)
	case reflect.Slice, reflect.Array:
		if v.Len() == 0 && !optional {
			w.errorf("%s is empty", path)
		}
		for i := range v.Len() {
			w.walk(fmt.Sprintf("%s[%d]", path, i), v.Index(i), false, allowed)
		}
	case reflect.Map:
		if v.Len() == 0 && !optional {
			w.errorf("%s is empty", path)
		}
		keys := v.MapKeys()
		slices.SortFunc(keys, func(a, b reflect.Value) int {
			return strings.Compare(fmt.Sprint(a.Interface()), fmt.Sprint(b.Interface()))
		})
		for _, k := range keys {
			child := allowed
			if allowed.byKey != nil {
				child = rule{names: allowed.byKey(k.Interface())}
			}
			w.walk(fmt.Sprintf("%s[%s]", path, keyText(k.Interface())), v.MapIndex(k), false, child)
		}
	case reflect.Struct:
		if v.Type() == stepType {
			if who := v.Interface().(messages.Step).Who; !w.who[who] {
				w.errorf("%s.Who is %q, not one of %v", path, who, wantWho)
			}
		}
		for i := range v.NumField() {
			f := v.Type().Field(i)
			w.walk(path+"."+f.Name, v.Field(i), f.Tag.Get("messages") == "optional", fieldPlaceholders(v.Type(), f.Name))
		}
	}
}

func (w walker) text(path, s string, optional bool, allowed map[string]bool) {
	if s == "" {
		if !optional {
			w.errorf("%s is empty", path)
		}
		return
	}
	if allowed["*"] {
		return // another package's template: separators such as ", " are fine
	}
	if strings.TrimSpace(s) != s {
		w.errorf("%s has leading or trailing space: %q", path, s)
	}
	for _, p := range placeholders(s) {
		if !allowed[p] {
			w.errorf("%s uses {%s}, which is never filled there (allowed: %v)", path, p, slices.Sorted(maps.Keys(allowed)))
		}
	}
}

// keyText writes a map key for a message: a Key by its constant's name, any
// other key as Go would.
func keyText(k any) string {
	if key, ok := k.(messages.Key); ok {
		return key.String()
	}
	return fmt.Sprintf("%#v", k)
}

// fieldPlaceholders says which placeholders a field's strings may hold.
func fieldPlaceholders(parent reflect.Type, field string) rule {
	switch {
	case parent == stepType && field != "Who":
		return rule{names: stepPlaceholders}
	case parent == explanationType && field == "Text":
		return rule{names: stepPlaceholders}
	case parent == catalogType && field == "Warnings":
		return rule{names: warnPlaceholders}
	case parent == catalogType && field == "Errors":
		return rule{names: errPlaceholders}
	case parent == catalogType && field == "UI":
		return rule{byKey: uiRule}
	case parent == catalogType && !catalogFields[field]:
		return rule{names: anyPlaceholder}
	}
	return rule{names: noPlaceholders}
}

// TestCatalogComplete walks every field of every catalog.
func TestCatalogComplete(t *testing.T) {
	for _, lang := range messages.Languages() {
		t.Run(lang, func(t *testing.T) {
			c := messages.For(lang)
			if c.Lang != lang {
				t.Fatalf("For(%q) returned the %q catalog", lang, c.Lang)
			}
			newWalker(t.Errorf).walk(lang, reflect.ValueOf(*c), false, rule{names: noPlaceholders})
		})
	}
}

// TestDialogs checks the published wordings: each language's are
// recognised (DialogAnchors has the language), and each message has the
// two %s that Fill replaces with the server and the code.
func TestDialogs(t *testing.T) {
	for lang, dialogs := range messages.Dialogs {
		if _, ok := messages.DialogAnchors[lang]; !ok || len(dialogs) == 0 {
			t.Errorf("Dialogs[%q]: no anchors for the language, or no wording", lang)
		}
		for i, d := range dialogs {
			for j, m := range d.Messages {
				if n := strings.Count(m, "%s"); n != 2 || d.Source == "" {
					t.Errorf("Dialogs[%q][%d].Messages[%d] has %d %%s, want 2 (server and code), and a source", lang, i, j, n)
				}
			}
		}
	}
}

// TestWalkerCatchesGaps breaks a copy of the English catalog in one way at a
// time and checks that the walker reports it, so that a passing
// TestCatalogComplete means something.
func TestWalkerCatchesGaps(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(c *messages.Catalog)
		want   string
	}{
		{"empty label", func(c *messages.Catalog) {
			c.Who = maps.Clone(c.Who)
			c.Who[messages.Helpdesk] = ""
		}, `.Who["helpdesk"] is empty`},
		{"unknown party", func(c *messages.Catalog) {
			c.FirstChecks = slices.Clone(c.FirstChecks)
			c.FirstChecks[0].Who = "admin"
		}, `.FirstChecks[0].Who is "admin"`},
		{"step without a place", func(c *messages.Catalog) {
			c.FirstChecks = slices.Clone(c.FirstChecks)
			c.FirstChecks[1].Where = ""
		}, `.FirstChecks[1].Where is empty`},
		{"no causes", func(c *messages.Catalog) {
			c.Flags = maps.Clone(c.Flags)
			f := c.Flags[0x8]
			f.Causes = nil
			c.Flags[0x8] = f
		}, `.Flags[0x8].Causes is empty`},
		{"server where it is never filled", func(c *messages.Catalog) {
			c.Flags = maps.Clone(c.Flags)
			f := c.Flags[0x10]
			f.Meaning += " ({server})"
			c.Flags[0x10] = f
		}, `.Flags[0x10].Meaning uses {server}`},
		{"placeholder keys.go does not allow", func(c *messages.Catalog) {
			c.Warnings = maps.Clone(c.Warnings)
			c.Warnings[messages.WarnSeveralCodes] = "{cnt} codes"
		}, `uses {cnt}`},
		{"UI placeholder keys.go does not list", func(c *messages.Catalog) {
			c.UI = maps.Clone(c.UI)
			c.UI[messages.UICode] = "Code {code}"
		}, `.UI[UICode] uses {code}`},
		{"stray space", func(c *messages.Catalog) {
			c.UI = maps.Clone(c.UI)
			c.UI[messages.UICode] += " "
		}, `has leading or trailing space`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := *messages.For("en")
			tt.mutate(&c)
			var got []string
			newWalker(func(format string, args ...any) {
				got = append(got, fmt.Sprintf(format, args...))
			}).walk("en", reflect.ValueOf(c), false, rule{names: noPlaceholders})
			if !slices.ContainsFunc(got, func(s string) bool { return strings.Contains(s, tt.want) }) {
				t.Errorf("walker did not report %q; it reported %q", tt.want, got)
			}
			if slices.ContainsFunc(got, func(s string) bool { return strings.Contains(s, ".Command is empty") }) {
				t.Errorf("walker reported an optional Command as a gap: %q", got)
			}
		})
	}
}

// keyProblems lists keys missing from got and keys in got that want lacks.
func keyProblems[K comparable](what string, got, want []K) []string {
	var out []string
	for _, k := range want {
		if !slices.Contains(got, k) {
			out = append(out, fmt.Sprintf("%s: key %s is missing", what, keyText(k)))
		}
	}
	for _, k := range got {
		if !slices.Contains(want, k) {
			out = append(out, fmt.Sprintf("%s: key %s is not a known key", what, keyText(k)))
		}
	}
	return out
}

// keysProblems checks that the maps hold exactly the keys keys.go defines,
// and that texts hold the placeholders they exist to show.
func keysProblems(c *messages.Catalog) []string {
	out := slices.Concat(
		keyProblems("Who", slices.Collect(maps.Keys(c.Who)), wantWho),
		keyProblems("Flags", slices.Collect(maps.Keys(c.Flags)), wantFlags),
		keyProblems("Resolutions", slices.Collect(maps.Keys(c.Resolutions)), wantRes),
		keyProblems("Families", slices.Collect(maps.Keys(c.Families)), wantFamilies),
		keyProblems("NearMisses", slices.Collect(maps.Keys(c.NearMisses)), wantNearMisses),
		keyProblems("Warnings", slices.Collect(maps.Keys(c.Warnings)), wantWarnings),
		keyProblems("Errors", slices.Collect(maps.Keys(c.Errors)), wantErrors),
		keyProblems("UI", slices.Collect(maps.Keys(c.UI)), allKeys()),
		langNameProblems(c),
	)
	for field, keys := range mustHold {
		texts := stringMap(c, field)
		for key, names := range keys {
			got := placeholders(texts[key])
			for _, n := range names {
				if !slices.Contains(got, n) {
					out = append(out, fmt.Sprintf("%s[%q] = %q lacks {%s}", field, key, texts[key], n))
				}
			}
		}
	}
	return out
}

func TestCatalogKeys(t *testing.T) {
	for _, lang := range messages.Languages() {
		t.Run(lang, func(t *testing.T) {
			for _, p := range keysProblems(messages.For(lang)) {
				t.Error(p)
			}
		})
	}
}

// langNameProblems lists names of languages that have no catalog, and
// empty names.
func langNameProblems(c *messages.Catalog) []string {
	var out []string
	for lang, name := range c.LangNames {
		if !messages.Supported(lang) || name == "" {
			out = append(out, fmt.Sprintf("LangNames[%q] = %q: no such catalog, or no name", lang, name))
		}
	}
	return out
}

// stringMap returns the catalog's map of texts field by name, a UI map
// keyed by the keys' names.
func stringMap(c *messages.Catalog, field string) map[string]string {
	switch m := reflect.ValueOf(*c).FieldByName(field).Interface().(type) {
	case map[string]string:
		return m
	case map[messages.Key]string:
		out := make(map[string]string, len(m))
		for k, text := range m {
			out[k.String()] = text
		}
		return out
	}
	panic(field + " is no map of texts")
}

// disagreements compares a catalog with English: the same keys in every
// map of texts (the UI and the Cert texts included), and the same
// placeholders in each warning, error and UI text.
func disagreements(en, c *messages.Catalog) []string {
	var out []string
	for f := range catalogType.Fields() {
		if f.Type != reflect.TypeFor[map[string]string]() && f.Type != reflect.TypeFor[map[messages.Key]string]() || f.Name == "LangNames" {
			continue // a catalog names the other languages, not its own
		}
		want, got := stringMap(en, f.Name), stringMap(c, f.Name)
		out = append(out, keyProblems(f.Name+" (compared with en)", slices.Collect(maps.Keys(got)), slices.Collect(maps.Keys(want)))...)
		if f.Name != "Warnings" && f.Name != "Errors" && f.Name != "UI" {
			continue // other packages' templates may leave placeholders out
		}
		for _, k := range slices.Sorted(maps.Keys(want)) {
			other, ok := got[k]
			if !ok {
				continue
			}
			if pe, po := placeholders(want[k]), placeholders(other); !slices.Equal(pe, po) {
				out = append(out, fmt.Sprintf("%s[%q]: en uses %v, %s uses %v", f.Name, k, pe, c.Lang, po))
			}
		}
	}
	return out
}

func TestCatalogsAgree(t *testing.T) {
	en := messages.For("en")
	for _, lang := range messages.Languages() {
		if lang == "en" {
			continue
		}
		t.Run(lang, func(t *testing.T) {
			for _, p := range disagreements(en, messages.For(lang)) {
				t.Error(p)
			}
		})
	}
}

// TestKeyChecksCatchGaps breaks copies of the English catalog and checks
// that the key and agreement checks report it.
func TestKeyChecksCatchGaps(t *testing.T) {
	en := messages.For("en")
	if p := keysProblems(en); len(p) != 0 {
		t.Fatalf("English has key problems, so this test proves nothing: %q", p)
	}
	tests := []struct {
		name   string
		mutate func(c *messages.Catalog)
		check  func(c *messages.Catalog) []string
		want   string
	}{
		{"missing flag", func(c *messages.Catalog) {
			c.Flags = maps.Clone(c.Flags)
			delete(c.Flags, 0x40)
		}, keysProblems, "Flags: key 0x40 is missing"},
		{"unknown warning", func(c *messages.Catalog) {
			c.Warnings = maps.Clone(c.Warnings)
			c.Warnings["typo-id"] = "text"
		}, keysProblems, `Warnings: key "typo-id" is not a known key`},
		{"missing UI key", func(c *messages.Catalog) {
			c.UI = maps.Clone(c.UI)
			delete(c.UI, messages.UINoBrowser)
		}, keysProblems, `UI: key UINoBrowser is missing`},
		{"error without the input", func(c *messages.Catalog) {
			c.Errors = maps.Clone(c.Errors)
			c.Errors[messages.ErrUnknownName] = "Not a flag name."
		}, keysProblems, `lacks {text}`},
		{"UI key in one language only", func(c *messages.Catalog) {
			c.UI = maps.Clone(c.UI)
			c.UI[messages.Key(10000)] = "text"
		}, func(c *messages.Catalog) []string { return disagreements(en, c) }, `UI (compared with en): key "Key(10000)" is not a known key`},
		{"name of a language without a catalog", func(c *messages.Catalog) {
			c.LangNames = map[string]string{"de": "German"}
		}, keysProblems, `LangNames["de"] = "German": no such catalog`},
		{"placeholder renamed in translation", func(c *messages.Catalog) {
			c.Warnings = maps.Clone(c.Warnings)
			c.Warnings[messages.WarnTooLong] = "longer than {count}"
		}, func(c *messages.Catalog) []string { return disagreements(en, c) }, `Warnings["too-long"]: en uses [limit]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := *en
			tt.mutate(&c)
			got := tt.check(&c)
			if !slices.ContainsFunc(got, func(s string) bool { return strings.Contains(s, tt.want) }) {
				t.Errorf("not reported: %q; reported %q", tt.want, got)
			}
		})
	}
}

func TestLanguages(t *testing.T) {
	langs := messages.Languages()
	if len(langs) == 0 || langs[0] != "en" || !slices.IsSorted(langs[1:]) {
		t.Fatalf("Languages() = %v, want English first, then by tag", langs)
	}
	for _, l := range langs {
		if !messages.Supported(l) || messages.For(l).Lang != l {
			t.Errorf("%q is listed, but Supported or For does not find its catalog", l)
		}
	}
	langs[0] = "changed"
	if messages.Languages()[0] != "en" {
		t.Error("Languages returns the package's own slice")
	}
}

// TestLangName checks the fallbacks: a catalog's own entry, else the
// language's own name, else the tag.
func TestLangName(t *testing.T) {
	en := messages.For("en")
	c := &messages.Catalog{LangNames: map[string]string{"ja": "Japanisch"}}
	for _, tt := range []struct{ got, want string }{
		{c.LangName("ja"), "Japanisch"},
		{c.LangName("en"), en.Name},
		{c.LangName("zz"), "zz"},
	} {
		if tt.got != tt.want {
			t.Errorf("LangName = %q, want %q", tt.got, tt.want)
		}
	}
	for _, lang := range messages.Languages() {
		for _, other := range messages.Languages() {
			if messages.For(lang).LangName(other) == "" {
				t.Errorf("%s names %s with an empty string", lang, other)
			}
		}
	}
}

func TestFor(t *testing.T) {
	tests := []struct{ in, want string }{
		{"ja", "ja"},
		{"ja-JP", "ja"},
		{"JA-jp", "ja"},
		{" ja_JP ", "ja"},
		{"en", "en"},
		{"en-GB", "en"},
		{"", "en"},
		{"zz", "en"}, // not xx: newlang_test.go adds a catalog xx
		{"de-DE", "en"},
		{"jav", "en"}, // Javanese, not Japanese
	}
	for _, tt := range tests {
		if got := messages.For(tt.in).Lang; got != tt.want {
			t.Errorf("For(%q).Lang = %q, want %q", tt.in, got, tt.want)
		}
	}
	if messages.For("ja") != messages.For("ja-JP") {
		t.Error("For returns different catalogs for ja and ja-JP")
	}
}

func TestSupported(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"en", true}, {"ja", true},
		{"ja-JP", false}, {"EN", false}, {"", false}, {"zz", false},
	}
	for _, tt := range tests {
		if got := messages.Supported(tt.in); got != tt.want {
			t.Errorf("Supported(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestFill(t *testing.T) {
	tests := []struct {
		text  string
		pairs []string
		want  string
	}{
		{"KB message {variant}", []string{"variant", "3"}, "KB message 3"},
		{"{text} at {pos}", []string{"text", "FLAG_X", "pos", "12"}, "FLAG_X at 12"},
		{"{a}{a}", []string{"a", "x"}, "xx"},
		{"{a} and {b}", []string{"a", "1"}, "1 and {b}"},           // a missing value shows
		{"{a}", []string{"a", "{b}", "b", "2"}, "{b}"},             // values are not expanded again
		{"a{x}b", []string{"x", ""}, "ab"},                         // an empty value
		{"{a}", []string{"a"}, "{a}"},                              // a name without a value is ignored
		{"no placeholder", []string{"a", "1"}, "no placeholder"},   // nothing to fill
		{"{server}", nil, "{server}"},                              // no pairs
		{"{Variant}", []string{"variant", "1"}, "{Variant}"},       // names are case-sensitive
		{"日本語 {code} です", []string{"code", "0x18"}, "日本語 0x18 です"}, // any text around it
	}
	for _, tt := range tests {
		if got := messages.Fill(tt.text, tt.pairs...); got != tt.want {
			t.Errorf("Fill(%q, %q) = %q, want %q", tt.text, tt.pairs, got, tt.want)
		}
	}
}

// TestT checks that T never shows a key's name or a blank: a catalog
// without a text gives the English one.
func TestT(t *testing.T) {
	en := messages.For("en")
	if got, want := en.T(messages.UIServer), en.UI[messages.UIServer]; got != want || got == "" {
		t.Errorf("T(UIServer) = %q, want %q", got, want)
	}
	want := en.UI[messages.UICode]
	for _, c := range []*messages.Catalog{
		{UI: map[messages.Key]string{messages.UICode: ""}},
		{UI: map[messages.Key]string{}},
		{},
	} {
		if got := c.T(messages.UICode); got != want {
			t.Errorf("T of a missing or empty text = %q, want the English %q", got, want)
		}
	}
	var none messages.Key
	if got := en.T(none); got != "" || none.String() != "Key(0)" {
		t.Errorf("the zero Key gives %q and is called %s, want no text and Key(0)", got, none)
	}
}
