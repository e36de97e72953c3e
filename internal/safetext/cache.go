package safetext

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/secure/precis"
	"golang.org/x/text/unicode/norm"
)

// Most of the rules look at one rune at a time, through a dozen Unicode
// tables and the normalization data: about 2 µs for a 40-byte name. A name
// keeps to a few blocks of the Basic Multilingual Plane, so the answers for
// its runes are computed once per block of 256 runes, by the same functions
// that decide a rune outside the cache, and looked up after. Each block is
// built once, on first use, behind sync.OnceValue, so the cache is safe for
// concurrent use and holds nothing that depends on the text checked.

// runeInfo is what the rules need to know of one rune of the BMP.
type runeInfo uint32

const (
	infoClass   runeInfo = 0x3ff   // index in classes of the rune's script class
	infoProblem runeInfo = 1 << 10 // runeProblem reports it, whatever the text around it
	infoWord    runeInfo = 1 << 11 // a letter, mark or digit
	infoMark    runeInfo = 1 << 12
	infoPrecis  runeInfo = 1 << 13 // PRECIS OpaqueString disallows it, or allows it only in context
	// infoNFC: the rune is NFC on its own and starts a segment (it cannot
	// combine with, or be reordered around, what precedes it). A text of
	// such runes is NFC, since NFC treats each segment on its own.
	infoNFC runeInfo = 1 << 14
)

// pages holds one builder per block of 256 BMP runes.
var pages = func() (p [256]func() *[256]runeInfo) {
	for i := range p {
		p[i] = sync.OnceValue(func() *[256]runeInfo { return buildPage(rune(i) << 8) })
	}
	return p
}()

func buildPage(first rune) *[256]runeInfo {
	var page [256]runeInfo
	allowed := precis.OpaqueString.Allowed()
	var buf [utf8.UTFMax]byte
	for k := range page {
		r := first + rune(k)
		if utf8.ValidRune(r) && r >= utf8.RuneSelf {
			n := utf8.EncodeRune(buf[:], r)
			if runeProblem(string(buf[:n]), 0, r) != nil {
				page[k] |= infoProblem
			}
		}
		if isWordRune(r) {
			page[k] |= infoWord
		}
		if unicode.Is(unicode.M, r) {
			page[k] |= infoMark
		}
		if !allowed.Contains(r) || precisContextual(r) {
			page[k] |= infoPrecis
		}
		if utf8.ValidRune(r) {
			n := utf8.EncodeRune(buf[:], r)
			if p := norm.NFC.Properties(buf[:n]); p.BoundaryBefore() && norm.NFC.IsNormal(buf[:n]) {
				page[k] |= infoNFC
			}
		}
		page[k] |= runeInfo(classOf(r))
	}
	return &page
}

// infoOf returns the cached facts of a BMP rune r (r < 0x10000).
func infoOf(r rune) runeInfo { return pages[r>>8]()[r&0xff] }
