// Package namekey computes the key under which a name is matched, so that a
// query finds an organization whatever case, width, accents, punctuation and
// spacing either is written in: "A.F.P.", "afp" and "a f p" are one key, and
// so are "ＥＵＲＯＰＯＬ" and "Europol", "Missing & Exploited" and "Missing
// and Exploited".
//
// A key is for comparison only; it is not meant to be shown. Letters of
// different scripts stay different, so a key never makes a Cyrillic or Greek
// lookalike equal to a Latin name, and a key drops only the marks that
// readers of their script leave out (accents in Latin, the tonos in Greek,
// vowel points in Hebrew and Arabic), never one that makes another letter
// (the dakuten of バ, the breve of Й, a Devanagari virama, a Thai vowel):
// see marks.go. Deciding whether a name is safe at all is the job of package
// safetext, which callers run first; whether it passes for another name is
// the job of [SkeletonKeys].
//
// What golang.org/x/text does and what this package adds:
//
//   - golang.org/x/text/width folds full- and half-width forms, the part of
//     NFKC that a key needs (ＥＵＲＯＰＯＬ is EUROPOL);
//   - golang.org/x/text/cases.Fold applies Unicode full case folding (ß is
//     ss, ẞ is ss, Σ and ς are σ);
//   - golang.org/x/text/unicode/norm decomposes (NFD), so that accents
//     become nonspacing marks (Mn), which this package drops where the base
//     letter's script treats them as optional, and keeps, in canonical
//     order, elsewhere;
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
// decomposed (NFD), the optional marks dropped (accents on Latin letters,
// Greek tonos and breathings, Hebrew points, Arabic harakat and the hamza
// and madda on an alef, and the marks of a dropped sign) and every other
// mark kept, the letters that NFD leaves whole spelled in Latin base
// letters (Ø, Ł, Đ, Ð, Ħ, Ŧ and ı as o, l, d, d, h, t and i; Æ, Œ and Þ as
// ae, oe and th), "&" read as "and", and every punctuation sign, symbol,
// space and Arabic tatweel dropped. Letters
// and digits of every script are kept. A key is in NFD, not NFC: "Й" has the
// key "и" followed by U+0306 COMBINING BREVE, and so does the query "й".
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
// string in turn, then deciding each mark by the base before it, would:
// width folding and full case folding map each rune on its own, and NFD
// differs from per-rune decomposition only in the order of combining marks,
// which the kept marks restore as they are appended (keyState.appendMark).
// The tests check this against the whole-string way, rune by rune and by
// fuzzing. Going rune by rune lets ASCII letters skip x/text, and lets the
// keys of other runes be cached (keyPages).
func appendKeyUnicode(dst []byte, s string) []byte {
	st := keyState{start: len(dst), runStart: len(dst)}
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			dst = st.appendStarter(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == utf8.RuneError && n <= 1:
			dst = st.appendRune(dst, utf8.RuneError) // Kept: see AppendKey.
		case r <= 0xFFFF:
			k := &keyPages[r>>8]()[r&0xff]
			switch k.kind {
			case kindStarter:
				dst = append(dst, k.key...)
				st.seen = st.seen || k.seen
				st.fold = k.fold
				st.runStart, st.prevCCC = len(dst)-int(k.tail), k.ccc
			case kindMark:
				if !optional(st.fold, k.bits) {
					dst = st.appendMark(dst, k.mark, k.ccc)
				}
			default:
				dst = appendRuneKey(dst, r, &st)
			}
		default:
			dst = appendRuneKey(dst, r, &st)
		}
	}
	if !st.seen {
		return dst[:st.start]
	}
	return dst
}

// keyState is what the key of a rune depends on besides the rune: the base
// before it, which decides whether a nonspacing mark is an optional accent,
// and the combining classes of the marks kept since the last starter, which
// put them in canonical order.
type keyState struct {
	start    int      // where the key starts in dst
	seen     bool     // the key has a letter or digit
	fold     markFold // which marks the last base lets go
	runStart int      // where the marks after the last starter start in dst
	prevCCC  uint8    // combining class of the last of them
}

// appendStarter appends the key of an ASCII byte, a starter (combining
// class 0) that ends a run of marks; a letter is Latin.
func (st *keyState) appendStarter(dst []byte, c byte) []byte {
	dst, st.seen = appendASCII(dst, c, st.seen)
	switch {
	case 'a' <= c|0x20 && c|0x20 <= 'z':
		st.fold = foldLatin
	case '0' <= c && c <= '9', c < 0x20, c == 0x7f:
		st.fold = keepMarks
	default: // Punctuation, symbols, spaces: dropped.
		st.fold = foldAll
	}
	st.runStart, st.prevCCC = len(dst), 0
	return dst
}

// appendRune is step 4 for one rune of the case-folded, decomposed text: a
// base (any rune that is not a mark) sets which marks after it are optional
// and drops or keeps itself by appendBase; a nonspacing mark that the base
// makes optional is dropped; every other mark is kept, in canonical order.
func (st *keyState) appendRune(dst []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		return st.appendStarter(dst, byte(r))
	}
	ccc := cccOf(r)
	if isIgnorable(r) {
		// Hidden: kept, see AppendKey, and no base for the marks after it.
		dst = utf8.AppendRune(dst, r)
		st.fold = keepMarks
		if ccc == 0 {
			st.runStart, st.prevCCC = len(dst), 0
		}
		return dst
	}
	if !unicode.Is(unicode.M, r) {
		n := len(dst)
		dst, st.seen = appendBase(dst, r, st.seen)
		st.fold = baseFold(r)
		if len(dst) == n && r != 0x0640 {
			st.fold = foldAll // Dropped: see foldAll.
		}
		if ccc == 0 {
			st.runStart, st.prevCCC = len(dst), 0
		}
		return dst
	}
	if optional(st.fold, markBits(r)) {
		return dst
	}
	return st.appendMark(dst, r, ccc)
}

// appendMark appends a kept mark of combining class ccc, moving it before
// the marks of a higher class that were kept since the last starter, as the
// canonical ordering of NFD would. Such an order arises only between runes
// (й, then a cedilla, in NFC), so the loop that moves the mark is rare.
func (st *keyState) appendMark(dst []byte, m rune, ccc uint8) []byte {
	if ccc == 0 {
		dst = utf8.AppendRune(dst, m)
		st.runStart, st.prevCCC = len(dst), 0
		return dst
	}
	if ccc >= st.prevCCC {
		st.prevCCC = ccc
		return utf8.AppendRune(dst, m)
	}
	at := len(dst)
	for at > st.runStart {
		r, n := utf8.DecodeLastRune(dst[:at])
		if cccOf(r) <= ccc {
			break
		}
		at -= n
	}
	var buf [utf8.UTFMax]byte
	enc := buf[:utf8.EncodeRune(buf[:], m)]
	dst = append(dst, enc...)
	copy(dst[at+len(enc):], dst[at:len(dst)-len(enc)])
	copy(dst[at:], enc)
	return dst
}

func cccOf(r rune) uint8 {
	var buf [utf8.UTFMax]byte
	return norm.NFD.Properties(buf[:utf8.EncodeRune(buf[:], r)]).CCC()
}

// The key of a rune depends on the runes before it only through keyState,
// and for most runes not at all, so the keys of the runes of the Basic
// Multilingual Plane are computed once per block of 256, on first use,
// behind sync.OnceValue, and looked up after: x/text's width, case and
// normalization tables cost about 100 ns a rune.

// Kinds of runeKey.
const (
	// kindStarter: the rune's folded, decomposed form starts with a base
	// of combining class 0, so its key and the state after it do not
	// depend on what came before.
	kindStarter = iota
	// kindMark: the rune's form is one mark, which is kept or dropped by
	// the base before it.
	kindMark
	// kindOther: anything else (a mark that decomposes into two); its key
	// is computed each time.
	kindOther
)

// runeKey is the key of one rune, as keyState needs it.
type runeKey struct {
	key  string
	seen bool // key holds a letter or digit
	kind uint8
	fold markFold // kindStarter: which marks the rune lets go after it
	tail uint8    // kindStarter: bytes of key's trailing marks after its last starter
	ccc  uint8    // kindStarter: combining class of the last of them; kindMark: of the mark
	bits uint8    // kindMark: markBits of the mark
	mark rune     // kindMark: the mark
}

var keyPages = func() (p [256]func() *[256]runeKey) {
	for i := range p {
		p[i] = sync.OnceValue(func() *[256]runeKey {
			var page [256]runeKey
			for k := range page {
				if r := rune(i)<<8 + rune(k); r >= utf8.RuneSelf && utf8.ValidRune(r) {
					page[k] = newRuneKey(r)
				}
			}
			return &page
		})
	}
	return p
}()

// newRuneKey works out the runeKey of r from its folded, decomposed form.
func newRuneKey(r rune) runeKey {
	form := foldedForm(r)
	first, _ := utf8.DecodeRuneInString(form)
	isMark := unicode.Is(unicode.M, first)
	switch {
	case isMark && isIgnorable(first):
		// A variation selector: kept whatever the base, by appendRune.
	case first < utf8.RuneSelf || !isMark && cccOf(first) == 0:
		st := keyState{}
		key := appendRuneKey(nil, r, &st)
		return runeKey{
			key: string(key), seen: st.seen, kind: kindStarter, fold: st.fold,
			tail: uint8(len(key) - st.runStart), ccc: st.prevCCC,
		}
	case isMark && utf8.RuneCountInString(form) == 1:
		return runeKey{key: form, kind: kindMark, ccc: cccOf(first), bits: markBits(first), mark: first}
	}
	return runeKey{kind: kindOther}
}

// foldedForm returns r width-folded, case-folded and decomposed (NFD), the
// text whose runes appendRuneKey passes to keyState.appendRune.
func foldedForm(r rune) string {
	var b []byte
	forEachFolded(r, func(f rune) { b = utf8.AppendRune(b, f) })
	return string(b)
}

// appendRuneKey appends the key of one valid rune that is not ASCII.
func appendRuneKey(dst []byte, r rune, st *keyState) []byte {
	forEachFolded(r, func(f rune) { dst = st.appendRune(dst, f) })
	return dst
}

// forEachFolded calls fn with each rune of r width-folded, case-folded and
// decomposed, in order.
func forEachFolded(r rune, fn func(rune)) {
	// 1. Width folding: ＥＵＲＯＰＯＬ is EUROPOL, ｶﾞ is カ and a dakuten.
	if p := width.LookupRune(r); p.Folded() != 0 {
		r = p.Folded()
	}
	if r < utf8.RuneSelf {
		fn(r)
		return
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
		f, fn1 := utf8.DecodeRune(folded)
		// 3. Canonical decomposition: é is e and a mark. x/text's tables
		// leave Hangul syllables out.
		switch d := norm.NFD.Properties(folded[:fn1]).Decomposition(); {
		case isHangulSyllable(f):
			forEachJamo(f, fn)
		case d == nil:
			fn(f)
		default:
			for len(d) > 0 {
				g, gn := utf8.DecodeRune(d)
				fn(g)
				d = d[gn:]
			}
		}
		folded = folded[fn1:]
	}
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

// appendBase appends the key of a case-folded, decomposed rune that is not
// ASCII and not a mark: it drops punctuation, symbols, spaces and the
// tatweel, spells the letters of foldLetter, and keeps letters and digits.
func appendBase(dst []byte, r rune, seen bool) ([]byte, bool) {
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
	case unicode.In(r, unicode.P, unicode.S, unicode.White_Space):
		// Punctuation, symbols and spaces.
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

// forEachJamo calls fn with the conjoining jamo of the Hangul syllable r: a
// leading consonant, a vowel and, if the syllable has one, a trailing
// consonant.
func forEachJamo(r rune, fn func(rune)) {
	i := r - hangulBase
	fn(jamoL + i/(jamoVCount*jamoTCount))
	fn(jamoV + i%(jamoVCount*jamoTCount)/jamoTCount)
	if t := i % jamoTCount; t != 0 {
		fn(jamoT + t)
	}
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
