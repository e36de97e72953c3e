package namekey

import (
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// AppendKeyUnicode exposes the general path to the tests, which check that
// the ASCII fast path gives the same keys.
var AppendKeyUnicode = appendKeyUnicode

// ReferenceKey computes a key the slow, obvious way: x/text's width folding,
// case folding and NFD chained over the whole string, then the same last
// step as AppendKey, which decides each mark by the base before it. The tests check that AppendKey, which goes rune by
// rune, agrees with it.
func ReferenceKey(s string) string {
	t := transform.Chain(width.Fold, cases.Fold(), norm.NFD)
	d, _, err := transform.String(t, s)
	if err != nil {
		panic(err)
	}
	var dst []byte
	var st keyState
	for _, r := range d {
		if isHangulSyllable(r) {
			panic("NFD left a Hangul syllable")
		}
		dst = st.appendRune(dst, r)
	}
	if !st.seen || !utf8.ValidString(s) {
		return ""
	}
	return string(dst)
}
