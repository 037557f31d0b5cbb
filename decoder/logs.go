package decoder

// loggedAt reads the number after a log's label (a messages.LogLabels cue):
// "failed with error 12045", "returned -2146762487", "hr=800B0109",
// "status: 12175". Logs print GetLastError and HRESULTs in decimal or in
// hex without 0x, so the number is a code only when it is another family's:
// a WinHTTP error, or an HRESULT. Anything else after such a word ("status
// 200", "error 5") is no code of this dialog either, and is left alone. A
// 0x number is left to the scanner, which reads it the same way wherever
// it stands.
func loggedAt(n string, h hit) (cand, bool) {
	j := afterLabel(n, h.end)
	k := j
	if k < len(n) && n[k] == '-' {
		k++
	}
	for k < len(n) && isWordByte(n[k]) {
		k++
	}
	if k == j || hasXPrefix(n[j:]) || k < len(n) && n[k] == '.' && k+1 < len(n) && isDigit(n[k+1]) {
		return cand{}, false // nothing, a 0x number, or a version such as 16.0.1
	}
	num, errID := readNumber(n[j:k])
	if errID != "" {
		return cand{}, false
	}
	c := numCand(h.start, k, candLabel, num)
	return c, c.fam.id != ""
}
