package decoder

// Parse reads a pasted dialog, a code in any form, or a list of flag names.
// It never fails: what could not be read is in Result.Err and Warnings.
func Parse(text string) Result {
	panic("decoder.Parse: not written yet")
}
