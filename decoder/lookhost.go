package decoder

import "strings"

// unlookHost reads a server name whose digits came out as the letters they
// look like, as reading a screenshot does ("1O.2O.3O.4O", "l0.0.0.5"), and
// returns it with those letters as digits. Only a name that is clearly an
// IPv4 address is changed: four labels of at most three characters, each a
// digit or a look-alike (O or o for 0, l or I for 1), every label a
// number up to 255 once read so, and a digit in the last label. That last
// rule is what makes it safe: a DNS name's last label (its top-level domain)
// is never numeric, so such a name cannot be a host name whose O or l was
// meant; within any other name, O, o, l and I are letters (exch0l, h2o,
// lol), and a screenshot's misreading of them is left for the user to
// correct.
func unlookHost(name string) (string, bool) {
	labels := strings.Split(name, ".")
	if len(labels) != 4 || !strings.ContainsAny(labels[3], "0123456789") {
		return name, false
	}
	var b strings.Builder
	changed := false
	for i, label := range labels {
		if label == "" || len(label) > 3 {
			return name, false
		}
		if i > 0 {
			b.WriteByte('.')
		}
		value := 0
		for j := 0; j < len(label); j++ {
			d, look := lookDigit(label[j])
			if d < 0 {
				return name, false
			}
			changed = changed || look
			value = value*10 + d
			b.WriteByte(byte('0' + d))
		}
		if value > 255 {
			return name, false
		}
	}
	if !changed {
		return name, false
	}
	return b.String(), true
}

// lookDigit returns the digit c is or looks like, and whether it only looks
// like one; -1 when it is neither.
func lookDigit(c byte) (digit int, look bool) {
	switch {
	case isDigit(c):
		return int(c - '0'), false
	case c == 'O' || c == 'o':
		return 0, true
	case c == 'l' || c == 'I':
		return 1, true
	}
	return -1, false
}
