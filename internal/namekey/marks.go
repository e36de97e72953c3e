package namekey

import "unicode"

// This file decides which combining marks a key drops. Dropping every
// nonspacing mark, as a plain "remove accents" does, would make distinct
// letters one: Japanese バ and ハ differ by a dakuten, Russian Й and И by a
// breve, Hindi क् and क by a virama, and Thai vowels are nonspacing marks.
// A key must never match a name that its reader would call another, so it
// drops a mark only where readers of the base letter's script treat it as
// optional, and keeps it everywhere else:
//
//   - Latin: every accent (é, ñ, ł's stroke is foldLetter's), as people
//     type names without them: "Kraków" is "Krakow", "Polícia" "Policia".
//   - Greek: the tonos and the accents and breathings of polytonic
//     spelling, which upper-case Greek leaves out ("ΑΣΤΥΝΟΜΙΑ" is
//     "Αστυνομία"); not the dialytika, which upper case keeps and which
//     parts a diphthong (αϊ from αι).
//   - Hebrew: the vowel points and cantillation marks, which ordinary
//     Hebrew does not write.
//   - Arabic: the harakat and Quranic marks, which ordinary Arabic does not
//     write, and the hamza and madda on an alef (أ, إ, آ), which writers
//     commonly leave off; not the hamza on waw or yeh (ؤ, ئ), which makes
//     another letter.
//
// Marks on a base that the key drops (punctuation, symbols, spaces) go with
// it. Every other script keeps its marks: Cyrillic (Й, Ё, Ї, Ќ are letters of
// their own), Japanese, the Indic scripts, Thai, and the rest. A query that
// leaves out such a mark finds nothing rather than another name.

// markFold says which nonspacing marks after a base are optional.
type markFold uint8

const (
	keepMarks markFold = iota
	foldLatin
	foldGreek
	foldHebrew
	foldArabic
	foldArabicAlef // after an alef: also the hamza and the madda
	// foldAll: after a base that the key drops (punctuation, a symbol, a
	// space), whose marks are left with nothing to change: ≠ is = and a
	// stroke, and the key of "a≠b" is the key of "ab", as it would be if
	// its marks stayed and then fell on the a.
	foldAll
)

// baseFold returns the markFold of the case-folded, decomposed base r.
func baseFold(r rune) markFold {
	switch {
	case r == 0x0627: // ARABIC LETTER ALEF
		return foldArabicAlef
	case r == 0x0640: // ARABIC TATWEEL, of the Common script, carries harakat.
		return foldArabic
	case unicode.Is(unicode.Latin, r):
		return foldLatin
	case unicode.Is(unicode.Greek, r):
		return foldGreek
	case unicode.Is(unicode.Hebrew, r):
		return foldHebrew
	case unicode.Is(unicode.Arabic, r):
		return foldArabic
	}
	return keepMarks
}

// Bits of markBits.
const (
	markNonspacing = 1 << iota // Mn: only these may be optional
	markInherited              // of the Inherited script: a generic accent
	markHebrew                 // a Hebrew point or cantillation mark
	markArabic                 // a haraka or Quranic mark
	markHamzaMadda             // U+0653..U+0655: madda and hamza, above and below
	markDialytika              // U+0308 COMBINING DIAERESIS
)

// markBits classifies a mark for optional, once, so that keys read no table
// for a mark that a cached page holds.
func markBits(m rune) uint8 {
	var b uint8
	if unicode.Is(unicode.Mn, m) {
		b |= markNonspacing
	}
	if unicode.Is(unicode.Inherited, m) {
		b |= markInherited
	}
	if unicode.Is(unicode.Hebrew, m) {
		b |= markHebrew
	}
	switch {
	case 0x0653 <= m && m <= 0x0655:
		b |= markHamzaMadda
	case unicode.Is(unicode.Arabic, m), 0x064B <= m && m <= 0x065F, m == 0x0670:
		b |= markArabic
	}
	if m == 0x0308 {
		b |= markDialytika
	}
	return b
}

// optional reports whether a mark of markBits bits is dropped after a base
// of markFold f.
func optional(f markFold, bits uint8) bool {
	if f == keepMarks || bits&markNonspacing == 0 {
		return false
	}
	switch f {
	case foldLatin:
		return bits&markInherited != 0
	case foldGreek:
		return bits&markInherited != 0 && bits&markDialytika == 0
	case foldHebrew:
		return bits&markHebrew != 0
	case foldArabic:
		return bits&markArabic != 0
	case foldArabicAlef:
		return bits&(markArabic|markHamzaMadda) != 0
	case foldAll:
		return true
	}
	return false
}
