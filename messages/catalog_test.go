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
// constant added there without a text fails here until it is listed.
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
		messages.WarnCodeCut, messages.WarnLookalike}
	wantErrors = []string{messages.ErrEmpty, messages.ErrTooBig, messages.ErrUnknownName,
		messages.ErrBadNumber, messages.ErrNothing}
	wantUI = []string{messages.UIReading, messages.UIVariant, messages.UINoVariant, messages.UILanguage,
		messages.UIServer, messages.UIServerWhere, messages.UICode, messages.UIFlags, messages.UINoFlags,
		messages.UIUnknownBits, messages.UIMeaning, messages.UICauses, messages.UIFixes,
		messages.UIFirstChecks, messages.UIResolution, messages.UIWarnings, messages.UIAlternative,
		messages.UIWhere, messages.UICommand, messages.UINotThis, messages.UIOpenURL,
		messages.UINoBrowser, messages.UIServerPlaceholder}
)

// Placeholders the comments in keys.go allow. The decoder fills exactly
// these; any other name would reach the reader as "{name}".
var (
	warnPlaceholders = set("code", "variant", "bits", "decimal", "digits", "count", "limit", "written")
	errPlaceholders  = set("text", "pos", "limit")
	stepPlaceholders = set("server") // Step.Where/Do/Command and Explanation.Text
	noPlaceholders   = set()
	anyPlaceholder   = set("*") // another package's template, checked by its own tests

	// uiPlaceholders lists the UI keys of keys.go that take a placeholder;
	// the others take none. Keys with the prefix "page." belong to the
	// page and those with "note." to package decoder/note, which fill
	// their own (and test that none is left unfilled).
	uiPlaceholders = map[string]map[string]bool{
		messages.UIVariant:     set("variant"),
		messages.UIAlternative: set("code"),
		messages.UIOpenURL:     set("url"),
		"jsonl.too-long":       set("limit"), // decode --jsonl
		"jsonl.text-too-long":  set("limit"),
	}
)

// rule says which placeholders a string may hold: names for a plain field,
// byKey for a map whose keys differ (the UI strings).
type rule struct {
	names map[string]bool
	byKey func(key string) map[string]bool
}

func uiRule(key string) map[string]bool {
	if strings.HasPrefix(key, "page.") || strings.HasPrefix(key, "note.") {
		return anyPlaceholder
	}
	if names, ok := uiPlaceholders[key]; ok {
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
		messages.UIVariant:     {"variant"},
		messages.UIAlternative: {"code"},
		messages.UIOpenURL:     {"url"},
	},
}

// catalogFields are the Catalog fields this test knows the rules for. A
// string map added by another package (such as Cert) is still checked for
// gaps and for agreement between languages, but its placeholders are left
// to that package's tests.
var catalogFields = set("Lang", "Name", "Who", "Flags", "FirstChecks", "Resolutions", "ZeroCode",
	"Win32Misread", "Families", "NearMisses", "Warnings", "Errors", "UI", "Dialogs", "Anchors")

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
				child = rule{names: allowed.byKey(fmt.Sprint(k.Interface()))}
			}
			w.walk(fmt.Sprintf("%s[%#v]", path, k.Interface()), v.MapIndex(k), false, child)
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
			for i, d := range c.Dialogs {
				for j, m := range d.Messages {
					if n := strings.Count(m, "%s"); n != 2 {
						t.Errorf("%s.Dialogs[%d].Messages[%d] has %d %%s, want 2 (server and code)", lang, i, j, n)
					}
				}
			}
		})
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
		}, `.UI["code"] uses {code}`},
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
			out = append(out, fmt.Sprintf("%s: key %#v is missing", what, k))
		}
	}
	for _, k := range got {
		if !slices.Contains(want, k) {
			out = append(out, fmt.Sprintf("%s: key %#v is not a known key", what, k))
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
	)
	for _, k := range wantUI {
		if _, ok := c.UI[k]; !ok {
			out = append(out, fmt.Sprintf("UI: key %q is missing", k))
		}
	}
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

// stringMap returns the catalog's map[string]string field by name.
func stringMap(c *messages.Catalog, field string) map[string]string {
	return reflect.ValueOf(*c).FieldByName(field).Interface().(map[string]string)
}

// disagreements compares a catalog with English: the same keys in every
// string map (the UI keys the page adds and the Cert texts included), and
// the same placeholders in each warning, error and UI text.
func disagreements(en, c *messages.Catalog) []string {
	var out []string
	for f := range catalogType.Fields() {
		if f.Type != reflect.TypeFor[map[string]string]() {
			continue
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
		}, keysProblems, `UI: key "no-browser" is missing`},
		{"error without the input", func(c *messages.Catalog) {
			c.Errors = maps.Clone(c.Errors)
			c.Errors[messages.ErrUnknownName] = "Not a flag name."
		}, keysProblems, `lacks {text}`},
		{"page key in one language only", func(c *messages.Catalog) {
			c.UI = maps.Clone(c.UI)
			c.UI["page.only-here"] = "text"
		}, func(c *messages.Catalog) []string { return disagreements(en, c) }, `UI (compared with en): key "page.only-here" is not a known key`},
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
	if len(langs) == 0 || langs[0] != "en" {
		t.Fatalf("Languages() = %v, want English first", langs)
	}
	for _, l := range langs {
		if !messages.Supported(l) {
			t.Errorf("Supported(%q) = false for a listed language", l)
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
		{"xx", "en"},
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
		{"ja-JP", false}, {"EN", false}, {"", false}, {"xx", false},
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

func TestT(t *testing.T) {
	en := messages.For("en")
	if got, want := en.T(messages.UIServer), en.UI[messages.UIServer]; got != want || got == "" {
		t.Errorf("T(%q) = %q, want %q", messages.UIServer, got, want)
	}
	if got := en.T("page.no-such-key"); got != "page.no-such-key" {
		t.Errorf("T of a missing key = %q, want the key itself", got)
	}
	c := &messages.Catalog{UI: map[string]string{"blank": ""}}
	if got := c.T("blank"); got != "blank" {
		t.Errorf("T of an empty text = %q, want the key itself", got)
	}
	if got := (&messages.Catalog{}).T("any"); got != "any" {
		t.Errorf("T with no UI map = %q, want the key itself", got)
	}
}
