package namekey_test

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/virtualglobaltaskforce/vgt/internal/namekey"
	"github.com/virtualglobaltaskforce/vgt/internal/safetext"
)

func TestKey(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		// Case, punctuation and spacing.
		{"acronym with dots", "A.F.P.", "afp"},
		{"acronym plain", "AFP", "afp"},
		{"acronym spaced", "a f p", "afp"},
		{"hyphen and apostrophe", "INHOPE’s Hot-Line", "inhopeshotline"},
		{"en dash", "Policia de la Generalitat – Mossos d'Esquadra", "policiadelageneralitatmossosdesquadra"},
		{"name", "Virtual Global Taskforce", "virtualglobaltaskforce"},
		{"parentheses", "Child Exploitation and Online Protection Centre (CEOP)", "childexploitationandonlineprotectioncentreceop"},
		{"digits kept", "Project 2003/04", "project200304"},
		// Ampersand.
		{"ampersand", "Missing & Exploited", "missingandexploited"},
		{"and", "Missing and Exploited", "missingandexploited"},
		{"ampersand unspaced", "AT&T", "atandt"},
		{"fullwidth ampersand", "Ａ＆Ｂ", "aandb"},
		// Width.
		{"fullwidth", "ＥＵＲＯＰＯＬ", "europol"},
		{"halfwidth katakana", "ｹｲｻﾂ", "ケイサツ"},
		// Case folding.
		{"sharp s", "Straße", "strasse"},
		{"capital sharp s", "STRAẞE", "strasse"},
		{"final sigma", "ΟΔΟΣ", "οδοσ"},
		{"final sigma lower", "οδος", "οδοσ"},
		{"dotted capital I", "İSTANBUL", "istanbul"},
		// Accents.
		{"french", "Émirats arabes unis", "emiratsarabesunis"},
		{"portuguese", "Polícia Judiciária", "policiajudiciaria"},
		{"greek tonos", "Ελληνική Αστυνομία", "ελληνικηαστυνομια"},
		{"greek upper", "ΕΛΛΗΝΙΚΗ ΑΣΤΥΝΟΜΙΑ", "ελληνικηαστυνομια"},
		{"vietnamese", "Bộ Công an", "bocongan"},
		// Letters that NFD leaves whole.
		{"o with stroke", "Økokrim", "okokrim"},
		{"l with stroke", "Łódź", "lodz"},
		{"d with stroke", "Đà Nẵng", "danang"},
		{"eth", "Ðorð", "dord"},
		{"h with stroke", "Ħamrun", "hamrun"},
		{"t with stroke", "Ŧ", "t"},
		{"dotless i", "ıstanbul", "istanbul"},
		{"ae", "Æsir", "aesir"},
		{"oe", "Œuvre", "oeuvre"},
		{"thorn", "Þórshöfn", "thorshofn"},
		// Other scripts.
		{"arabic", "وزارة الداخلية", "وزارةالداخلية"},
		{"arabic tatweel", "وزارة الداخليـــة", "وزارةالداخلية"},
		{"arabic harakat", "وَزَارَة", "وزارة"},
		{"arabic hamza on alef", "الإمارات", "الامارات"},
		{"arabic hamza on waw kept", "مؤسسة", "مو\u0654سسة"},
		{"hebrew niqqud", "שָׁלוֹם", "שלום"},
		{"greek dialytika kept", "Ευρωπαϊκή", "ευρωπαι\u0308κη"},
		{"cyrillic breve kept", "Йошкар-Ола", "и\u0306ошкаро\u043bа"},
		{"japanese dakuten kept", "バス", "ハ\u3099ス"},
		{"halfwidth dakuten", "ﾊﾞｽ", "ハ\u3099ス"},
		{"devanagari", "पुलिस", "पुलिस"},
		{"thai", "ตำรวจ", "ตำรวจ"},
		{"mark on a symbol goes with it", "a≠b", "ab"},
		{"marks reordered", "й\u0327", "и\u0327\u0306"},
		{"chinese", "中华人民共和国公安部", "中华人民共和国公安部"},
		{"russian", "МВД России", "мвдроссии"},
		{"cyrillic lookalike stays cyrillic", "INTERPОL", "interpоl"},
		// Keys with nothing in them.
		{"empty", "", ""},
		{"punctuation only", "...", ""},
		{"ampersand only", "&", ""},
		{"symbols only", "– ’ €", ""},
		// Hidden runes stay, so a spoof never gets a clean name's key.
		{"zero width space", "Euro\u200bpol", "euro\u200bpol"},
		{"bidi override", "\u202eECPAT", "\u202eecpat"},
		{"control", "Euro\x00pol", "euro\x00pol"},
		{"variation selector", "Europol\ufe0f", "europol\ufe0f"},
		{"invalid UTF-8", "Euro\xffpol", "euro\ufffdpol"},
		{"tab is a space", "Euro\tpol", "europol"},
		{"no-break space is a space", "Euro\u00a0pol", "europol"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, namekey.Key(tt.in))
			if utf8.ValidString(tt.in) {
				assert.Equal(t, tt.want, namekey.ReferenceKey(tt.in), "reference")
			}
			assert.Equal(t, "prefix:"+tt.want, string(namekey.AppendKey([]byte("prefix:"), tt.in)))
		})
	}
}

func TestKeyEquivalences(t *testing.T) {
	groups := [][]string{
		{"A.F.P.", "AFP", "a f p", "afp", "Ａ．Ｆ．Ｐ．"},
		{"Missing & Exploited", "Missing and Exploited", "MISSING AND EXPLOITED", "missing-and-exploited"},
		{"Europol", "EUROPOL", "ＥＵＲＯＰＯＬ", "euro pol", "Éuropol"},
		{"أمن", "امن", "إمن", "آمن"}, // Hamza and madda on alef fold to alef through NFD.
		{"カ", "ｶ"},                   // Width.
		{"ガ", "ｶﾞ", "カ\u3099"},       // Width, and the dakuten kept in NFD.
		{"バ", "ﾊﾞ"},
		{"Kraków", "Krakow", "KRAKÓW"},
		{"Αστυνομία", "ΑΣΤΥΝΟΜΙΑ", "Αστυνομια", "ἀστυνομία"}, // Tonos and breathings.
		{"ΕΥΡΩΠΑΪΚΗ", "Ευρωπαϊκή", "ευρωπαϊκη"},              // Dialytika kept, tonos not.
		{"שָׁלוֹם", "שלום"},                                  // Niqqud.
		{"وَزَارَة", "وزارة", "وُزارةٌ"},                     // Harakat.
		{"الإمارات", "الامارات", "الأمارات"},                 // Hamza on alef.
		{"Ďáblice", "Dablice"},                               // Latin accents.
		{"Bộ Công an", "Bo Cong an"},
	}
	for _, g := range groups {
		want := namekey.Key(g[0])
		require.NotEmpty(t, want, g[0])
		for _, s := range g[1:] {
			assert.Equal(t, want, namekey.Key(s), "%q and %q", g[0], s)
		}
	}
	distinct := [][2]string{
		// Marks that make another letter outside Latin, Greek, Hebrew
		// and Arabic accents: a key keeps them, so Lookup never guesses.
		{"バ", "ハ"},  // Japanese dakuten.
		{"ﾊﾞ", "ﾊ"}, // The same in half width.
		{"パ", "ハ"},  // Handakuten.
		{"Й", "И"},  // Cyrillic breve.
		{"йод", "иод"},
		{"Ёлка", "Елка"},  // Cyrillic diaeresis: its own letter.
		{"Їжак", "Іжак"},  // Ukrainian ї and і.
		{"ќ", "к"},        // Macedonian kje.
		{"क्", "क"},       // Devanagari virama.
		{"पुलिस", "पलिस"}, // Devanagari vowel sign u.
		{"สำนักงาน", "สำนกงาน"}, // Thai vowel sign mai han-akat.
		{"ตำรวจ", "ตารวจ"},      // Thai sara am and sara aa.
		{"ϊ", "ι"},              // Greek dialytika.
		{"مؤسسة", "موسسة"},      // Hamza on waw.
		{"هيئة", "هيىة"},        // Hamza on yeh.
		{"한국", "항국"},
		{"INTERPOL", "INTERPОL"},         // Cyrillic О.
		{"ECPAT", "ЕСРАТ"},               // All Cyrillic.
		{"Europol", "Euro\u200bpol"},     // Zero width space.
		{"Europol", "Eur\u03bfpol"},      // Greek ο.
		{"INTERPOL", "INTERP0L"},         // Digit zero.
		{"ECPAT", "\u202eTAPCE"},         // Bidi override.
		{"Europol", "Europol\u034f"},     // Combining grapheme joiner.
		{"Europol", "Europol\U000e0001"}, // Tag character.
	}
	for _, d := range distinct {
		assert.NotEqual(t, namekey.Key(d[0]), namekey.Key(d[1]), "%q and %q", d[0], d[1])
	}
}

// TestKeyASCIIMatchesUnicodePath checks that the fast path is only faster:
// every ASCII byte gets the key the general path gives it.
func TestKeyASCIIMatchesUnicodePath(t *testing.T) {
	var all strings.Builder
	for c := 0; c < 0x80; c++ {
		s := "x" + string(rune(c)) + "Y"
		assert.Equal(t, string(namekey.AppendKeyUnicode(nil, s)), namekey.Key(s), "byte %#x", c)
		all.WriteByte(byte(c))
	}
	assert.Equal(t, string(namekey.AppendKeyUnicode(nil, all.String())), namekey.Key(all.String()))
}

func TestAppendKeyASCIIDoesNotAllocate(t *testing.T) {
	buf := make([]byte, 0, 64)
	for _, s := range []string{"A.F.P.", "Missing & Exploited", "Virtual Global Taskforce", "..."} {
		allocs := testing.AllocsPerRun(100, func() {
			buf = namekey.AppendKey(buf[:0], s)
		})
		assert.Zero(t, allocs, s)
	}
	// Key returns a string that is already a key as it is.
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = namekey.Key("europol") }))
}

func TestKeyIdempotentAndCaseInsensitive(t *testing.T) {
	for _, s := range []string{
		"Straße", "İSTANBUL", "ΟΔΟΣ", "ǅ", "ᾳ", "ﬃ", "Missing & Exploited", "Ŀ", "ß", "ŉ", "ΐ",
		"ᲀ", "ꭰ", "ა", "ǰ", "µ", "ſ", "K", "Å", "Ω", "ﬅ", "ｶﾞ", "ⓐ", "Ⅻ",
	} {
		k := namekey.Key(s)
		assert.Equal(t, k, namekey.Key(k), "Key(Key(%q))", s)
		assert.Equal(t, k, namekey.Key(strings.ToUpper(s)), "Key(ToUpper(%q))", s)
		assert.Equal(t, k, namekey.Key(strings.ToLower(s)), "Key(ToLower(%q))", s)
	}
}

// TestKeyEveryRune checks every rune, alone and inside a word: its key is
// the one the whole-string reference gives, and the key is its own key; for
// a letter, upper, lower and title case give the same key. It caught
// x/text's Cherokee case folding, which is not idempotent.
func TestKeyEveryRune(t *testing.T) {
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) || 0x40000 <= r && r < 0xE0000 || r >= 0xF0000 && r&0xFFFF > 0x10 {
			continue // Planes 4 to 13 are unassigned, and 15 and 16 private use.
		}
		for _, s := range []string{string(r), "a" + string(r) + "b"} {
			k := namekey.Key(s)
			if ref := namekey.ReferenceKey(s); ref != k {
				t.Errorf("%U: Key(%q) = %q, reference %q", r, s, k, ref)
			}
			if namekey.Key(k) != k {
				t.Errorf("%U: Key(Key(%q)) = %q, want %q", r, s, namekey.Key(k), k)
			}
			if !unicode.IsLetter(r) {
				continue
			}
			for _, c := range []rune{unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r)} {
				if c2 := strings.ReplaceAll(s, string(r), string(c)); namekey.Key(c2) != k {
					t.Errorf("%U: Key(%q) = %q, but Key(%q) = %q", r, s, k, c2, namekey.Key(c2))
				}
			}
		}
	}
}

// TestKeyRandomSafeNames builds names from pieces that mix scripts, cases,
// accents, widths and punctuation, keeps those that safetext accepts, and
// checks the properties FuzzKey checks, which random bytes seldom reach.
func TestKeyRandomSafeNames(t *testing.T) {
	pieces := []string{
		"Europol", "INTERPOL", "Straße", "İ", "ı", "Ø", "Łódź", "Þ", "Æ", "Œ", "ǅ", "ΐ", "ᾳ", "Σ", "ς",
		"Ελληνική", "МВД", "России", "وزارة", "أ", "إ", "ـ", "中华", "警察", "カ", "ガ", "ｶﾞ", "ＥＵＲＯ",
		"Ꭰ", "ꭰ", "ა", "Ა", "한국", "पुलिस", "สำนัก", "é", "ñ", "&", ".", "’", "–", "-", " ", "1", "٣",
	}
	rng := rand.New(rand.NewPCG(1, 2))
	accepted := 0
	for range 20000 {
		var b strings.Builder
		for range 1 + rng.IntN(6) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if safetext.Check(s, 256) != nil {
			continue
		}
		accepted++
		k := namekey.Key(s)
		require.Equal(t, k, namekey.Key(k), "Key(Key(%q))", s)
		require.Equal(t, k, namekey.Key(strings.ToUpper(s)), "Key(ToUpper(%q))", s)
		require.Equal(t, k, namekey.Key(strings.ToLower(s)), "Key(ToLower(%q))", s)
		require.Equal(t, namekey.ReferenceKey(s), k, "reference for %q", s)
	}
	assert.Greater(t, accepted, 1000)
}
