package safetext

// CheckUnicode exposes the general path to the tests, which check that the
// ASCII fast path decides every ASCII text the way it does.
var CheckUnicode = checkUnicode
