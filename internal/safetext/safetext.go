// Package safetext decides whether a text, such as the name of an
// organization, is safe to store, to show and to match.
//
// Names are an attack surface: a lookalike (INTERPОL with a Cyrillic О, ECPAT
// behind a hidden bidirectional override, Euro<U+200B>pol) must never pass for
// the real organization, and a name must look the same to every reader.
// [Check] therefore accepts only text that is non-empty, bounded in length,
// valid UTF-8, already in Unicode normalization form NFC, free of control,
// format, invisible, private-use, unassigned and noncharacter code points,
// spaced only with single inner U+0020 SPACE characters, free of
// compatibility lookalikes of letters and digits, and whose words each keep
// to one script.
//
// What golang.org/x/text provides and what this package adds:
//
//   - golang.org/x/text/unicode/norm decides NFC.
//   - golang.org/x/text/secure/precis, through the OpaqueString profile
//     (RFC 8265) and its FreeformClass (RFC 8264), is run as a cross-check
//     on every non-ASCII text: it rejects what PRECIS disallows and this
//     package has no rule for, such as the Arabic tatweel U+0640, old Hangul
//     jamo and a MIDDLE DOT outside the Catalan l·l (the RFC 5892 contextual
//     rules).
//   - golang.org/x/text/width tells the full- and half-width forms, which
//     are allowed because keys fold them, from other compatibility forms.
//   - golang.org/x/text/unicode/runenames names the offending rune in a
//     [Problem], through a small table that gen.go extracts from it, so
//     that programs do not link its table of every Unicode name.
//   - This package adds what those do not do: a Problem that says which
//     rune is wrong and where; the space rules; the rejection of invisible
//     default-ignorable code points and of compatibility letters (which
//     PRECIS FreeformClass allows); and the mixed-script rule. x/text has no
//     confusables data (Unicode TS #39), so the mixed-script rule is this
//     package's own; see [Check].
//
// Check decides a text of printable ASCII without allocating and without
// calling into x/text, since most names are ASCII.
package safetext

//go:generate go run gen.go

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/secure/precis"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// Problem says why a text is unsafe and where, so that an error message can
// point at the offending character instead of only rejecting the whole text.
type Problem struct {
	// Pos is the byte offset in the text of the offending rune.
	Pos int
	// Rune is the offending rune; it is utf8.RuneError for invalid UTF-8,
	// and 0 when the text is empty.
	Rune rune
	// Reason says, in English, what is wrong, for example
	// "bidirectional override U+202E RIGHT-TO-LEFT OVERRIDE" or
	// "Cyrillic letter U+041E in a Latin word".
	Reason string
}

// Error describes the problem and gives its byte offset, so that a Problem
// can be returned or wrapped as an error.
func (p *Problem) Error() string {
	if p == nil {
		return "<nil>"
	}
	return p.Reason + " at byte " + strconv.Itoa(p.Pos)
}

// Check reports the first reason why s is not safe as a name, or nil if it
// is safe. It never panics, whatever s holds.
//
// Check returns a *Problem rather than an error so that callers compare it
// with nil before they wrap it: a nil *Problem stored in an error variable
// would not be a nil error.
//
// The rules:
//
//   - s is not empty and is at most maxBytes bytes long (a maxBytes of zero
//     or less admits nothing, so that a forgotten limit fails closed);
//   - every rune is valid UTF-8, is assigned (per Go's unicode tables), and
//     is not a control character (Cc, including tab and newline), a format
//     character (Cf: bidirectional controls, zero-width characters, the soft
//     hyphen, ...), another default-ignorable code point (variation
//     selectors, Hangul fillers, the combining grapheme joiner, ...), the
//     BRAILLE PATTERN BLANK, an object or replacement character, a
//     private-use character (Co), a noncharacter, or a space other than
//     U+0020;
//   - U+0020 is neither at the start nor at the end, and never doubled;
//   - no letter, mark or digit is a compatibility variant that NFKC would
//     replace (mathematical alphanumerics such as 𝐈, Roman numerals,
//     superscripts, ligatures, Arabic presentation forms), except the full-
//     and half-width forms and the few such letters that are the ordinary
//     spelling in their script (Thai SARA AM, Lao AM, HO NO and HO MO,
//     Armenian ech-yiwn);
//   - a combining mark follows a letter, a digit or another mark, so that
//     no mark is drawn over a space or a punctuation sign;
//   - each word (a maximal run of letters, marks and digits) keeps to one
//     script, not counting runes of the Common and Inherited scripts, except
//     for the combinations of Han with Hiragana, Katakana, Bopomofo or
//     Hangul, and of those with Latin, that Unicode TS #39 allows in its
//     Highly Restrictive level; so Latin never mixes with Cyrillic or Greek
//     in a word, and neither do Cyrillic and Greek, nor Latin and Armenian;
//   - s is in normalization form NFC;
//   - s passes the PRECIS OpaqueString profile.
//
// The length comes first, so that a huge text costs little; then the rules
// on runes, spaces, marks and words, in the order of the text; then NFC;
// then PRECIS.
//
// The mixed-script rule is this package's own: x/text has no confusables
// table. It catches lookalikes inside a word; it does not catch a word
// written wholly in another script (ЕСРАТ in Cyrillic), which is safe to
// show as what it is and which no key made from Latin letters can match.
func Check(s string, maxBytes int) *Problem {
	if s == "" {
		return &Problem{Reason: "empty"}
	}
	if len(s) > maxBytes {
		return tooLong(s, maxBytes)
	}
	// ASCII fast path: printable ASCII and single inner spaces are safe,
	// since ASCII is NFC, has one script and is allowed by PRECIS.
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			return checkUnicode(s)
		case c == ' ':
			if p := spaceProblem(s, i); p != nil {
				return p
			}
		case c < 0x20 || c == 0x7f:
			return controlProblem(i, rune(c))
		}
	}
	return nil
}

// tooLong reports the first rune of s that does not fit in maxBytes.
func tooLong(s string, maxBytes int) *Problem {
	limit := max(maxBytes, 0)
	pos := limit
	// Back up to the start of the rune that straddles the limit; a rune is
	// at most utf8.UTFMax bytes, so invalid input cannot make this loop long.
	for k := 0; k < utf8.UTFMax-1 && pos > 0 && !utf8.RuneStart(s[pos]); k++ {
		pos--
	}
	r, _ := utf8.DecodeRuneInString(s[pos:])
	return &Problem{Pos: pos, Rune: r, Reason: "longer than " + strconv.Itoa(limit) + " bytes"}
}

// spaceProblem checks the U+0020 at s[i]: names are spaced with single
// inner spaces, so that two names that look the same are the same.
func spaceProblem(s string, i int) *Problem {
	switch {
	case i == 0:
		return &Problem{Pos: i, Rune: ' ', Reason: "leading space"}
	case i == len(s)-1:
		return &Problem{Pos: i, Rune: ' ', Reason: "trailing space"}
	case s[i-1] == ' ':
		return &Problem{Pos: i, Rune: ' ', Reason: "double space"}
	}
	return nil
}

func controlProblem(i int, r rune) *Problem {
	return &Problem{Pos: i, Rune: r, Reason: fmt.Sprintf("control character %U", r)}
}

// checkUnicode applies every rule to a text that is not all ASCII.
func checkUnicode(s string) *Problem {
	var w word
	prevInWord := false
	needPrecis := false
	nfcRunes := true // every rune is NFC alone and starts a segment
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size <= 1 {
			return &Problem{Pos: i, Rune: utf8.RuneError, Reason: "invalid UTF-8"}
		}
		var inWord, isMark bool
		var script int
		if r < utf8.RuneSelf {
			if p := runeProblem(s, i, r); p != nil {
				return p
			}
			inWord, script = isWordRune(r), scriptOf(r)
		} else if r <= 0xFFFF {
			info := infoOf(r)
			if info&infoProblem != 0 {
				return runeProblem(s, i, r)
			}
			inWord, isMark = info&infoWord != 0, info&infoMark != 0
			script = int(info&infoScript) - 1
			needPrecis = needPrecis || info&infoPrecis != 0
			nfcRunes = nfcRunes && info&infoNFC != 0
		} else {
			if p := runeProblem(s, i, r); p != nil {
				return p
			}
			inWord, isMark, script = isWordRune(r), unicode.Is(unicode.M, r), scriptOf(r)
			needPrecis, nfcRunes = true, false
		}
		if isMark && !prevInWord {
			return &Problem{Pos: i, Rune: r, Reason: "combining mark " + named(r) + " without a base letter"}
		}
		var p *Problem
		if inWord {
			p = w.add(i, r, script)
		} else {
			p = w.end()
		}
		if p != nil {
			return p
		}
		prevInWord = inWord
		i += size
	}
	if p := w.end(); p != nil {
		return p
	}
	if !nfcRunes {
		if p := nfcProblem(s); p != nil {
			return p
		}
	}
	// PRECIS can object only to a rune it disallows or allows in context
	// alone; once the other rules pass, a text without one passes it too.
	if !needPrecis {
		return nil
	}
	return precisProblem(s)
}

// isWordRune reports whether r belongs in a word: a letter, mark or digit.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.In(r, unicode.L, unicode.M, unicode.N)
}

// runeProblem applies the rules that look at one rune, r at s[i], alone.
func runeProblem(s string, i int, r rune) *Problem {
	if r < utf8.RuneSelf {
		switch {
		case r == ' ':
			return spaceProblem(s, i)
		case r < 0x20 || r == 0x7f:
			return controlProblem(i, r)
		}
		return nil
	}
	switch {
	case unicode.Is(unicode.Cc, r):
		return controlProblem(i, r)
	case unicode.Is(unicode.Bidi_Control, r):
		return &Problem{Pos: i, Rune: r, Reason: bidiKind(r) + " " + named(r)}
	case unicode.Is(unicode.Cf, r), isInvisible(r):
		return &Problem{Pos: i, Rune: r, Reason: "invisible character " + named(r)}
	case unicode.Is(unicode.Z, r):
		return &Problem{Pos: i, Rune: r, Reason: "space character " + named(r) + " (only U+0020 is allowed)"}
	case unicode.Is(unicode.Noncharacter_Code_Point, r):
		return &Problem{Pos: i, Rune: r, Reason: fmt.Sprintf("noncharacter %U", r)}
	case unicode.Is(unicode.Co, r):
		return &Problem{Pos: i, Rune: r, Reason: fmt.Sprintf("private-use character %U", r)}
	case unicode.Is(unicode.Cs, r), unicode.Is(unicode.Cn, r):
		return &Problem{Pos: i, Rune: r, Reason: fmt.Sprintf("unassigned code point %U", r)}
	case r == utf8.RuneError, r == 0xFFFC:
		// A valid U+FFFD says that text was lost on the way; U+FFFC stands
		// for an object that a name cannot hold.
		return &Problem{Pos: i, Rune: r, Reason: "replacement character " + named(r)}
	case isCompatibilityVariant(s[i:], r):
		return &Problem{Pos: i, Rune: r, Reason: fmt.Sprintf("compatibility character %U, a variant of %q", r, norm.NFKC.String(string(r)))}
	}
	return nil
}

// bidiKind names the kind of a Bidi_Control rune: every one of them can
// reorder what a reader sees without changing what a program compares.
func bidiKind(r rune) string {
	switch {
	case r == 0x202D || r == 0x202E:
		return "bidirectional override"
	case 0x202A <= r && r <= 0x202C:
		return "bidirectional embedding"
	case 0x2066 <= r && r <= 0x2069:
		return "bidirectional isolate"
	}
	return "bidirectional mark"
}

// isInvisible reports the default-ignorable code points that are not format
// characters (Cf is rejected on its own) and the blank-looking runes that
// Unicode does not call default-ignorable. Go's unicode package has no
// Default_Ignorable_Code_Point table; Unicode derives that property as
// Other_Default_Ignorable_Code_Point + Cf + Variation_Selector, minus
// White_Space (rejected as spaces), FFF9..FFFB and 13430..1343F (Cf), and the
// prepended concatenation marks (Cf), so these tables and Cf cover it.
func isInvisible(r rune) bool {
	return unicode.Is(unicode.Variation_Selector, r) ||
		unicode.Is(unicode.Other_Default_Ignorable_Code_Point, r) ||
		r == 0x2800 // BRAILLE PATTERN BLANK: a printing character that shows nothing.
}

// compatibilityAllowed lists the letters that NFKC would change but that are
// the ordinary spelling in their script, so that names in Thai, Lao and
// Armenian pass.
func compatibilityAllowed(r rune) bool {
	switch r {
	case 0x0E33, // THAI CHARACTER SARA AM
		0x0EB3,         // LAO VOWEL SIGN AM
		0x0EDC, 0x0EDD, // LAO HO NO, LAO HO MO
		0x0587: // ARMENIAN SMALL LIGATURE ECH YIWN
		return true
	}
	return false
}

// isCompatibilityVariant reports whether r, the first rune of s, is a
// letter, mark or digit that is a compatibility variant of another (NFKC
// would replace it): 𝐈 for I, ⅰ for i, ª for a, ﬁ for fi. Such runes look
// like ordinary letters but do not match them, which is what a lookalike is.
// Full- and half-width forms are allowed: East Asian text uses them and
// namekey folds them with x/text/width.
func isCompatibilityVariant(s string, r rune) bool {
	if !unicode.In(r, unicode.L, unicode.M, unicode.N) || compatibilityAllowed(r) {
		return false
	}
	// For a rune that NFC leaves alone, NFKC changes it exactly when its
	// compatibility decomposition differs from its canonical one. A rune
	// that NFC changes is reported by the NFC rule.
	c := s[:utf8.RuneLen(r)]
	if !bytes.Equal(norm.NFKD.PropertiesString(c).Decomposition(), norm.NFD.PropertiesString(c).Decomposition()) && norm.NFC.IsNormalString(c) {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianFullwidth, width.EastAsianHalfwidth:
			return false
		}
		return true
	}
	return false
}

// runeName pairs a rune with its Unicode name.
type runeName struct {
	r    rune
	name string
}

// named gives "U+200B ZERO WIDTH SPACE" for the runes of runeNames, and
// "U+0301" for the others.
func named(r rune) string {
	if i, ok := slices.BinarySearchFunc(runeNames, r, func(n runeName, r rune) int { return int(n.r - r) }); ok {
		return fmt.Sprintf("%U %s", r, runeNames[i].name)
	}
	return fmt.Sprintf("%U", r)
}

// nfcProblem reports the first rune where s differs from its NFC form, so
// that a name has one encoding and compares equal to itself.
func nfcProblem(s string) *Problem {
	if norm.NFC.QuickSpanString(s) == len(s) {
		return nil
	}
	n := norm.NFC.String(s)
	if n == s {
		return nil
	}
	i := 0
	for i < len(s) && i < len(n) && s[i] == n[i] {
		i++
	}
	i = min(i, len(s)-1)
	for k := 0; k < utf8.UTFMax-1 && i > 0 && !utf8.RuneStart(s[i]); k++ {
		i--
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return &Problem{Pos: i, Rune: r, Reason: "not in Unicode normalization form NFC"}
}

// precisContextual lists the runes that RFC 5892 allows only in context
// (CONTEXTO), which x/text's class tables mark as disallowed.
func precisContextual(r rune) bool {
	switch {
	case r == 0x00B7, r == 0x0375, r == 0x05F3, r == 0x05F4, r == 0x30FB:
		return true
	case 0x0660 <= r && r <= 0x0669, 0x06F0 <= r && r <= 0x06F9:
		return true
	}
	return false
}

// precisProblem cross-checks s with the PRECIS OpaqueString profile
// (FreeformClass, NFC, contextual rules) and reports the rune PRECIS objects
// to: a rune its class disallows outright, or else the first contextual rune
// (a MIDDLE DOT, an Arabic-Indic digit, ...) at which a prefix of s already
// fails.
func precisProblem(s string) *Problem {
	_, err := precis.OpaqueString.String(s)
	if err == nil {
		return nil
	}
	allowed := precis.OpaqueString.Allowed()
	pos, bad := -1, rune(0)
	for i, r := range s {
		if precisContextual(r) {
			if pos < 0 {
				if _, perr := precis.OpaqueString.String(s[:i+utf8.RuneLen(r)]); perr != nil {
					pos, bad = i, r
				}
			}
		} else if !allowed.Contains(r) {
			pos, bad = i, r
			break
		}
	}
	if pos < 0 {
		pos = 0
		bad, _ = utf8.DecodeRuneInString(s)
	}
	return &Problem{Pos: pos, Rune: bad, Reason: named(bad) + " rejected by PRECIS OpaqueString (" + err.Error() + ")"}
}
