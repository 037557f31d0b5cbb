package page

// go-app writes a boolean attribute that is false as name="false", which
// HTML reads as true: a pre-rendered <details open="false"> is open and a
// <section hidden="false"> hidden. These helpers set hidden and open only
// when they are true; a value going back to false removes the attribute,
// which closes or shows the element again. (Checkboxes are another case:
// see checkbox.)

// hide sets the hidden attribute of el when v is true.
func hide[T interface{ Hidden(bool) T }](el T, v bool) T {
	if v {
		return el.Hidden(true)
	}
	return el
}

// opened sets the open attribute of a <details> el when v is true.
func opened[T interface{ Open(bool) T }](el T, v bool) T {
	if v {
		return el.Open(true)
	}
	return el
}
