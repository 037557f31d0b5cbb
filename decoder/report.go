package decoder

import "proxycert/messages"

// Report is a Result in the JSON shape scripts depend on; the field names
// and meanings are a public interface of the command line.
type Report struct {
	Recognized  bool               `json:"recognized"`
	Language    string             `json:"language"`
	Variant     int                `json:"variant"`
	Server      string             `json:"server"`
	Code        *uint32            `json:"code"`
	Hex         string             `json:"hex"`
	Flags       []Flag             `json:"flags"`
	UnknownBits uint32             `json:"unknownBits"`
	Alternative *ReportAlternative `json:"alternative"`
	OtherFamily string             `json:"otherFamily"`
	Warnings    []ReportWarning    `json:"warnings"`
}

// ReportAlternative is the JSON form of an Alternative.
type ReportAlternative struct {
	Reading string `json:"reading"`
	Code    uint32 `json:"code"`
	Hex     string `json:"hex"`
	Flags   []Flag `json:"flags"`
}

// ReportWarning is a warning with its text in the report's language.
type ReportWarning struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

// Report returns r in its JSON shape, with warning texts from c. Slices are
// never nil, so they encode as [] rather than null.
func (r Result) Report(c *messages.Catalog) Report {
	rep := Report{
		Recognized:  r.Recognized,
		Language:    r.Language,
		Variant:     r.Variant,
		Server:      r.Server,
		Flags:       nonNil(r.Flags),
		UnknownBits: r.UnknownBits,
		OtherFamily: r.OtherFamily,
		Warnings:    []ReportWarning{},
	}
	if r.HasCode {
		code := r.Code
		rep.Code, rep.Hex = &code, Hex(code)
	}
	if a := r.Alternative; a != nil {
		rep.Alternative = &ReportAlternative{a.Reading, a.Code, Hex(a.Code), nonNil(a.Flags)}
	}
	for _, w := range r.Warnings {
		rep.Warnings = append(rep.Warnings, ReportWarning{w.ID, w.Text(c)})
	}
	return rep
}

func nonNil(f []Flag) []Flag {
	if f == nil {
		return []Flag{}
	}
	return f
}
