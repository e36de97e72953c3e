package safetext

// CheckUnicode exposes the general path to the tests, which check that the
// ASCII fast path decides every ASCII text the way it does.
var CheckUnicode = checkUnicode

// RuneNamesUnicodeVersion lets the tests check that the generated names
// come from the Unicode version of Go's tables.
const RuneNamesUnicodeVersion = runeNamesUnicodeVersion
