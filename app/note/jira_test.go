package note

import (
	"fmt"
	"regexp"
	"strings"
)

// Jira wiki markup has no Go parser, and the npm converter jira2md is a
// list of regular expressions that knows no backslash escapes (it turns
// "*a* msstd:\*.contoso.com" into "**a* msstd:\**.contoso.com"), so it
// cannot judge escaped text. readJira is a strict reader of the subset the
// writer makes, following the rules of Jira's renderer: a backslash
// escapes only -#*_+?^~|%{}[]()!@ and "\\" breaks the line; a macro's
// body is raw up to its closing tag, in any letter case. Every character
// that starts markup must be escaped except where the subset puts markup.

// jiraSpecial are the characters that start Jira markup wherever they
// stand: *bold* _italic_ +underline+ ^sup^ ~sub~ ??cite?? {macro} [link]
// !image! |table| # lists, and (y) (x) (!) style emoticons.
const jiraSpecial = `*_+^~?{}[]!|#()`

// jiraEscapes are the characters a backslash escapes in Jira.
const jiraEscapes = `-#*_+?^~|%{}[]()!@`

var (
	jiraHeading = regexp.MustCompile(`^h([1-6])\. (.*)$`)
	jiraLink    = regexp.MustCompile(`^\[(.*)\|([^|\]\s]+)\]$`)
	jiraCodeTag = regexp.MustCompile(`(?i)\{code\}`)
	jiraNoFmt   = regexp.MustCompile(`(?i)\{noformat\}`)
)

// readJira reads a Jira note back into blocks; see the comment above.
func readJira(src string) ([]block, error) {
	lines := strings.Split(strings.TrimSuffix(src, "\n"), "\n")
	var out []block
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		var b block
		var err error
		switch {
		case l == "":
			continue
		case l == "{noformat}":
			end := i + 1
			for end < len(lines) && !jiraNoFmt.MatchString(lines[end]) {
				end++
			}
			if end == len(lines) || lines[end] != "{noformat}" {
				return out, fmt.Errorf("line %d: {noformat} not closed on a line of its own", i+1)
			}
			b = block{kind: literal, text: strings.Join(lines[i+1:end], "\n")}
			i = end
		case jiraHeading.MatchString(l):
			m := jiraHeading.FindStringSubmatch(l)
			b = block{kind: heading, level: int(m[1][0]-'0') - 1}
			b.text, err = jiraInline(m[2])
		case strings.HasPrefix(l, "* ") || strings.HasPrefix(l, "# "):
			marker := l[:2]
			for ; i < len(lines) && strings.HasPrefix(lines[i], marker); i++ {
				if marker == "* " {
					var it item
					it.label, it.text, err = readLabelled(lines[i][2:])
					b.items = append(b.items, it)
				} else {
					var s step
					s, err = jiraStep(lines[i][2:])
					b.steps = append(b.steps, s)
				}
				if err != nil {
					return out, fmt.Errorf("line %d: %v", i+1, err)
				}
			}
			i--
			b.kind = map[string]blockKind{"* ": bullets, "# ": steps}[marker]
		case jiraLink.MatchString(l):
			m := jiraLink.FindStringSubmatch(l)
			b = block{kind: link, url: m[2]}
			b.text, err = jiraInline(m[1])
		default:
			b.kind = paragraph
			b.label, b.text, err = readLabelled(l)
		}
		if err != nil {
			return out, fmt.Errorf("line %d: %v in %q", i+1, err, l)
		}
		out = append(out, b)
	}
	return out, nil
}

// jiraStep reads "*who:* do \\ _where:_ place {code}command{code}".
func jiraStep(l string) (s step, err error) {
	if loc := jiraCodeTag.FindStringIndex(l); loc != nil && !escapedAt(l, loc[0]) {
		body := l[loc[1]:]
		end := jiraCodeTag.FindStringIndex(body)
		if end == nil || end[1] != len(body) {
			return s, fmt.Errorf("{code} not closed at the end of the step")
		}
		s.command = body[:end[0]]
		l = strings.TrimSuffix(l[:loc[0]], " ")
	}
	l, place, hasPlace := strings.Cut(l, ` \\ `)
	if s.who, s.do, err = readLabelled(l); err != nil || !hasPlace {
		return s, err
	}
	label, rest, ok := delimited(place, '_')
	if !ok || !strings.HasSuffix(label, ":") {
		return s, fmt.Errorf("step place %q lacks its _label:_", place)
	}
	s.where, err = jiraInline(strings.TrimPrefix(rest, " "))
	return s, err
}

// readLabelled reads "*label:* text" or text alone.
func readLabelled(l string) (label, text string, err error) {
	if raw, rest, ok := delimited(l, '*'); ok {
		if label, err = jiraInline(raw); err != nil {
			return "", "", err
		}
		label, l = strings.TrimSuffix(label, ":"), strings.TrimPrefix(rest, " ")
	}
	text, err = jiraInline(l)
	return label, text, err
}

// delimited splits "*raw* rest" at the next unescaped closing mark.
func delimited(s string, mark byte) (raw, rest string, ok bool) {
	if len(s) == 0 || s[0] != mark {
		return "", s, false
	}
	for i := 1; i < len(s); i++ {
		if s[i] == mark && !escapedAt(s, i) {
			return s[1:i], s[i+1:], true
		}
	}
	return "", s, false
}

// escapedAt reports whether a backslash escapes s[i] (and is not itself
// the second half of a line break).
func escapedAt(s string, i int) bool {
	return i > 0 && s[i-1] == '\\' && (i < 2 || s[i-2] != '\\') && strings.IndexByte(jiraEscapes, s[i]) >= 0
}

// jiraInline returns the text Jira shows for s, and fails on any character
// that would start markup there.
func jiraInline(s string) (string, error) {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case strings.HasPrefix(s[i:], "&#92;"):
			b.WriteByte('\\')
			i += len("&#92;") - 1
		case c == '\\' && i+1 < len(s) && s[i+1] == '\\':
			return b.String(), fmt.Errorf(`line break \\ at %d`, i)
		case c == '\\' && i+1 < len(s) && strings.IndexByte(jiraEscapes, s[i+1]) >= 0:
			b.WriteByte(s[i+1])
			i++
		case strings.IndexByte(jiraSpecial, c) >= 0:
			return b.String(), fmt.Errorf("unescaped %q at %d", c, i)
		case c == '-' && (i == 0 || i == len(s)-1 || !wordByte(s[i-1]) || !wordByte(s[i+1])):
			return b.String(), fmt.Errorf("unescaped - at a word's edge at %d", i)
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), nil
}

func wordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c >= 0x80
}
