package page

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// withCode fills p with text whose {name} placeholder stands for a command
// or a name to type, which goes into a <code> element: it keeps its own
// letters in every language, and reads as something to type.
func withCode(p app.HTMLP, text, name, code string) app.HTMLP {
	before, after, found := strings.Cut(text, "{"+name+"}")
	if !found {
		return p.Text(text)
	}
	return p.Body(app.Text(before), app.Code().Text(code), app.Text(after))
}
