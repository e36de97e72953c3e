package safetext

// CheckUnicode and CheckNameUnicode expose the general path to the tests,
// which check that the ASCII fast path decides every ASCII text the way it
// does.
func CheckUnicode(s string) *Problem     { return checkUnicode(s, false) }
func CheckNameUnicode(s string) *Problem { return checkUnicode(s, true) }

// RuneNamesUnicodeVersion and ScriptExtensionsVersion let the tests check
// that the generated tables come from the Unicode version of Go's tables.
const (
	RuneNamesUnicodeVersion = runeNamesUnicodeVersion
	ScriptExtensionsVersion = scriptExtensionsVersion
)

// EncodePunycode and DecodePunycode expose the Punycode codec to the tests.
var (
	EncodePunycode = encodePunycode
	DecodePunycode = decodePunycode
)
