// Package namekey computes the key under which a name is matched, so that a
// query finds an organization whatever case, width, accents, punctuation and
// spacing either is written in: "A.F.P.", "afp" and "a f p" are one key, and
// so are "ＥＵＲＯＰＯＬ" and "Europol", "Missing & Exploited" and "Missing
// and Exploited".
//
// A key is for comparison only; it is not meant to be shown. Letters of
// different scripts stay different, so a key never makes a Cyrillic or Greek
// lookalike equal to a Latin name. Deciding whether a name is safe at all is
// the job of package safetext, which callers run first.
//
// What golang.org/x/text does and what this package adds:
//
//   - golang.org/x/text/width folds full- and half-width forms, the part of
//     NFKC that a key needs (ＥＵＲＯＰＯＬ is EUROPOL);
//   - golang.org/x/text/cases.Fold applies Unicode full case folding (ß is
//     ss, ẞ is ss, Σ and ς are σ);
//   - golang.org/x/text/unicode/norm decomposes (NFD), so that accents
//     become nonspacing marks (Mn), which this package drops, as
//     runes.Remove(runes.In(unicode.Mn)) would, but inside its own loop;
//   - this package adds a table for the letters that carry a stroke or are
//     ligatures and that NFD leaves whole, "&" read as "and", the removal of
//     punctuation, symbols and spaces, and the removal of the Arabic tatweel.
//
// An all-ASCII name takes a fast path that neither allocates (given room in
// dst) nor calls into x/text.
package namekey

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// Key returns the key of s as a string, to be stored in a map or compared;
// see [AppendKey] for the rules. A name with no letter or digit has the
// empty key, which should match nothing.
func Key(s string) string {
	if isKey(s) {
		return s // Already a key: lower-case ASCII letters and digits.
	}
	var buf [64]byte
	return string(AppendKey(buf[:0], s))
}

// isKey reports whether s is its own key by the ASCII rules, which lets Key
// return it without copying.
func isKey(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !('a' <= c && c <= 'z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}

// AppendKey appends the key of s to dst and returns the extended buffer, so
// that callers that build many keys can reuse one buffer. The key is s with
// full- and half-width forms folded, Unicode full case folding applied,
// accents removed (NFD, then nonspacing marks dropped), the letters that NFD
// leaves whole spelled in Latin base letters (Ø, Ł, Đ, Ð, Ħ, Ŧ and ı as o, l,
// d, d, h, t and i; Æ, Œ and Þ as ae, oe and th), "&" read as "and", and
// every punctuation sign, symbol, space and Arabic tatweel dropped. Letters
// and digits of every script are kept, and so are spacing marks (Mc).
//
// If s has no letter or digit, nothing is appended: the empty key matches
// nothing, so "..." or "&" cannot match every name that is all punctuation.
//
// Runes that are none of letter, digit, mark, punctuation, symbol or space,
// such as control, format (U+200B ZERO WIDTH SPACE), private-use and
// unassigned runes, and default-ignorable ones, are kept as they are, and
// invalid UTF-8 becomes U+FFFD: a name that carries hidden characters does
// not get the key of a clean name even if a caller forgot to run safetext.
//
// Keys are stable under themselves and under case: AppendKey(nil, Key(s))
// is Key(s), and Key(strings.ToUpper(s)) is Key(s) for any safe s.
func AppendKey(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return appendKeyUnicode(dst, s)
		}
	}
	return appendKeyASCII(dst, s)
}

// appendKeyASCII is AppendKey for an all-ASCII s. It gives the same key as
// appendKeyUnicode would, which the tests check.
func appendKeyASCII(dst []byte, s string) []byte {
	start := len(dst)
	seen := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if k := asciiKey[c]; k != 0 {
			dst = append(dst, k)
			seen = true
			continue
		}
		// Everything else is rare in a query: let appendASCII decide.
		dst, seen = appendASCII(dst, c, seen)
	}
	if !seen {
		return dst[:start]
	}
	return dst
}

// asciiKey maps an ASCII letter or digit to its byte in a key, and every
// other byte to 0: one table read per byte on the path most queries take.
var asciiKey = func() (t [256]byte) {
	for c := '0'; c <= '9'; c++ {
		t[c] = byte(c)
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = byte(c)
		t[c-'a'+'A'] = byte(c)
	}
	return t
}()

// isASCIISpace reports the ASCII controls that have the White_Space
// property, which a key drops with the other spaces.
func isASCIISpace(c byte) bool {
	return c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// folder applies Unicode full case folding. x/text documents a Fold Caser
// as stateless and safe for concurrent use, so one value serves every call.
var folder = cases.Fold()

// appendKeyUnicode is AppendKey for any s. It goes rune by rune, which gives
// the same key as width-folding, case-folding and decomposing the whole
// string in turn would, because width folding and full case folding map
// each rune on its own, and NFD differs from per-rune decomposition only in
// the order of combining marks, which a key drops (the few spacing marks
// with a nonzero combining class, such as some viramas, aside: for them the
// order could differ in text that is not in NFC). The tests check this
// against the whole-string way, rune by rune and by fuzzing. Going
// rune by rune lets ASCII letters skip x/text, and lets the keys of other
// runes be cached (keyPages).
func appendKeyUnicode(dst []byte, s string) []byte {
	start := len(dst)
	seen := false
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			dst, seen = appendASCII(dst, c, seen)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == utf8.RuneError && n <= 1:
			dst = utf8.AppendRune(dst, utf8.RuneError) // Kept: see AppendKey.
		case r <= 0xFFFF:
			k := &keyPages[r>>8]()[r&0xff]
			dst = append(dst, k.key...)
			seen = seen || k.seen
		default:
			dst, seen = appendRuneKey(dst, r, seen)
		}
	}
	if !seen {
		return dst[:start]
	}
	return dst
}

// A rune's key does not depend on the runes around it, so the keys of the
// runes of the Basic Multilingual Plane are computed once per block of 256,
// on first use, behind sync.OnceValue, and looked up after: x/text's width,
// case and normalization tables cost about 100 ns a rune.

// runeKey is the key of one rune, and whether it holds a letter or digit.
type runeKey struct {
	key  string
	seen bool
}

var keyPages = func() (p [256]func() *[256]runeKey) {
	for i := range p {
		p[i] = sync.OnceValue(func() *[256]runeKey {
			var page [256]runeKey
			for k := range page {
				if r := rune(i)<<8 + rune(k); r >= utf8.RuneSelf && utf8.ValidRune(r) {
					key, seen := appendRuneKey(nil, r, false)
					page[k] = runeKey{string(key), seen}
				}
			}
			return &page
		})
	}
	return p
}()

// appendRuneKey appends the key of one valid rune that is not ASCII.
func appendRuneKey(dst []byte, r rune, seen bool) ([]byte, bool) {
	// 1. Width folding: ＥＵＲＯＰＯＬ is EUROPOL.
	if p := width.LookupRune(r); p.Folded() != 0 {
		r = p.Folded()
	}
	if r < utf8.RuneSelf {
		return appendASCII(dst, byte(r), seen)
	}
	// 2. Full case folding: ß is ss. scratch holds the rune and its case
	// folding (at most three runes).
	var scratch [4 + 3*utf8.UTFMax]byte
	src := utf8.AppendRune(scratch[:0], r)
	m, _, err := folder.Transform(scratch[4:], src, true)
	folded := scratch[4 : 4+m]
	if err != nil {
		folded = src // Unreachable: one folded rune fits in scratch.
	}
	for len(folded) > 0 {
		f, fn := utf8.DecodeRune(folded)
		// 3. Canonical decomposition: é is e and a mark, which step 4
		// drops. x/text's tables leave Hangul syllables out.
		switch d := norm.NFD.Properties(folded[:fn]).Decomposition(); {
		case isHangulSyllable(f):
			dst, seen = appendHangul(dst, f), true
		case d == nil:
			dst, seen = appendRune(dst, f, seen)
		default:
			for len(d) > 0 {
				g, gn := utf8.DecodeRune(d)
				dst, seen = appendRune(dst, g, seen)
				d = d[gn:]
			}
		}
		folded = folded[fn:]
	}
	return dst, seen
}

// appendASCII appends the key of one ASCII byte: the letter or digit (and
// seen, which records that the key has one), "and" for "&", nothing for a
// space, punctuation sign or symbol, and the byte itself for a control
// character that is not a space.
func appendASCII(dst []byte, c byte, seen bool) ([]byte, bool) {
	switch {
	case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		return append(dst, c), true
	case 'A' <= c && c <= 'Z':
		return append(dst, c+'a'-'A'), true
	case c == '&':
		return append(dst, "and"...), seen
	case c == 0x7f || c < 0x20 && !isASCIISpace(c):
		return append(dst, c), seen // A hidden control: kept, see AppendKey.
	}
	return dst, seen
}

// appendRune is step 4 for one case-folded, decomposed rune: it drops marks,
// punctuation, symbols, spaces and the tatweel, spells the letters of
// foldLetter, and keeps letters and digits.
func appendRune(dst []byte, r rune, seen bool) ([]byte, bool) {
	if r < utf8.RuneSelf {
		return appendASCII(dst, byte(r), seen)
	}
	if isCherokee(r) {
		r = unicode.ToUpper(r)
	}
	if t := foldLetter(r); t != "" {
		return append(dst, t...), true
	}
	switch {
	case r == 0x0640:
		// ARABIC TATWEEL only stretches a word; it is not a letter.
		return dst, seen
	case isIgnorable(r):
		return utf8.AppendRune(dst, r), seen // Hidden: kept, see AppendKey.
	case unicode.In(r, unicode.L, unicode.N):
		return utf8.AppendRune(dst, r), true
	case unicode.Is(unicode.Mc, r):
		// Spacing marks (Indic vowel signs) are part of how a word is
		// spelled, not accents; they stay, but alone make no key.
		return utf8.AppendRune(dst, r), seen
	case unicode.In(r, unicode.Mn, unicode.Me, unicode.P, unicode.S, unicode.White_Space):
		// Accents, enclosing marks, punctuation, symbols and spaces.
		return dst, seen
	}
	return utf8.AppendRune(dst, r), seen // Control, format, private use, unassigned.
}

// Hangul syllables decompose by arithmetic (The Unicode Standard, §3.12)
// rather than by table, and x/text's norm.Properties leaves them out.
const (
	hangulBase  = 0xAC00
	hangulCount = 11172
	jamoL       = 0x1100
	jamoV       = 0x1161
	jamoT       = 0x11A7
	jamoVCount  = 21
	jamoTCount  = 28
)

func isHangulSyllable(r rune) bool {
	return hangulBase <= r && r < hangulBase+hangulCount
}

// appendHangul appends the conjoining jamo of the Hangul syllable r: a
// leading consonant, a vowel and, if the syllable has one, a trailing
// consonant.
func appendHangul(dst []byte, r rune) []byte {
	i := r - hangulBase
	dst = utf8.AppendRune(dst, jamoL+i/(jamoVCount*jamoTCount))
	dst = utf8.AppendRune(dst, jamoV+i%(jamoVCount*jamoTCount)/jamoTCount)
	if t := i % jamoTCount; t != 0 {
		dst = utf8.AppendRune(dst, jamoT+t)
	}
	return dst
}

// isIgnorable reports the default-ignorable runes that Unicode classes as
// letters or nonspacing marks (Hangul fillers, variation selectors, the
// combining grapheme joiner): they are invisible, so a key keeps them rather
// than let them count as letters or vanish as accents. U+FFFD stands for
// lost bytes and is kept too.
func isIgnorable(r rune) bool {
	return r == utf8.RuneError ||
		unicode.Is(unicode.Other_Default_Ignorable_Code_Point, r) ||
		unicode.Is(unicode.Variation_Selector, r)
}

// isCherokee reports the Cherokee letters, whose case folding x/text gets
// wrong: Unicode folds Cherokee to upper case (its lower-case letters were
// added after the upper-case ones, in Unicode 8.0, and folding is stable), but
// cases.Fold swaps the two cases, so that folding twice gives back the
// input. AppendKey maps both cases to upper case after cases.Fold, as
// CaseFolding.txt says, which keeps keys idempotent.
func isCherokee(r rune) bool {
	return 0x13A0 <= r && r <= 0x13FF || 0xAB70 <= r && r <= 0xABBF
}

// foldLetter spells in Latin base letters the letters that have no canonical
// decomposition, because their stroke, bar or ligature is part of the letter
// and not a combining mark: NFD leaves Ø, Ł, Đ, Ħ and Ŧ whole, so without
// this table "Łódź" would not match "Lodz" while "Kraków" matches "Krakow".
// The input is already case-folded, so only lower-case letters appear; ı,
// the Turkish dotless i, is not changed by case folding at all. Ligatures and
// Þ are spelled out the way English writes them (Æ as ae, Þ as th).
func foldLetter(r rune) string {
	switch r {
	case 'ø': // U+00F8, from Ø
		return "o"
	case 'ł': // U+0142, from Ł
		return "l"
	case 'đ', 'ð': // U+0111 from Đ, U+00F0 from Ð
		return "d"
	case 'ħ': // U+0127, from Ħ
		return "h"
	case 'ŧ': // U+0167, from Ŧ
		return "t"
	case 'ı': // U+0131
		return "i"
	case 'æ': // U+00E6, from Æ
		return "ae"
	case 'œ': // U+0153, from Œ
		return "oe"
	case 'þ': // U+00FE, from Þ
		return "th"
	}
	return ""
}
