package safetext_test

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/virtualglobaltaskforce/vgt/internal/safetext"
)

const maxBytes = 256

func TestCheckAccepts(t *testing.T) {
	for _, s := range []string{
		// ASCII.
		"INTERPOL",
		"Virtual Global Taskforce",
		"U.S. Immigration and Customs Enforcement",
		"National Center for Missing & Exploited Children",
		"ECPAT International",
		"Child Exploitation and Online Protection Centre (CEOP)",
		"Ministry of Interior, United Arab Emirates",
		"A",
		"~!@#$%^&*()_+{}|:\"<>?`-=[]\\;',./",
		// Latin with accents and typographic punctuation.
		"Servizio Polizia Postale e delle Comunicazioni",
		"Gendarmerie nationale",
		"Émirats arabes unis",
		"Polícia Judiciária",
		"Bundeskriminalamt – Zentralstelle für Kinderpornografie",
		"INHOPE’s",
		"“Project Spade”",
		"Łódź",
		"Þjóðskrá Íslands",
		"Bộ Công an",
		"İstanbul Emniyet Müdürlüğü",
		"col·laboració", // A Catalan l·l: PRECIS allows the middle dot here.
		// Other scripts.
		"وزارة الداخلية",
		"وزارة الداخلية – الإمارات العربية المتحدة",
		"中华人民共和国公安部",
		"警察庁",
		"東京都・警視庁",
		"한국 경찰청",
		"Ελληνική Αστυνομία",
		"МВД России",
		"משטרת ישראל",
		"केंद्रीय अन्वेषण ब्यूरो",
		"สำนักงานตำรวจแห่งชาติ", // THAI CHARACTER SARA AM is a compatibility character, allowed.
		"Հայաստանի ոստիկանություն",
		"საქართველოს შინაგან საქმეთა სამინისტრო",
		"٣ مارس ٢٠١١",
		// Scripts that mix between words (Check, not CheckName), and the
		// writing systems of TS #39 in one word.
		"Ministère de l'Intérieur (МВД России)",
		"Europol – Ευρωπόλ",
		"NHK ニュース",
		"サイバー犯罪対策課",       // Katakana, the prolonged sound mark and Han: Japanese.
		"大韓民國 경찰청",        // Han and Hangul: Korean.
		"東京・警視庁",          // KATAKANA MIDDLE DOT among Han.
		"وزارة، الداخلية", // ARABIC COMMA, whose Script_Extensions has Arabic.
		"وَزَارَة",        // Harakat are Inherited, with Arabic among their extensions.
		"Polizia Postale e delle Comunicazioni – Servizio Centrale",
		"Perché l'Arma è così", // Italian accents and an apostrophe.
		"N° 3 …",               // Punctuation variants are not letters.
		// Width variants, which keys fold.
		"ＥＵＲＯＰＯＬ",
		"ｹｲｻﾂ",
	} {
		t.Run(s, func(t *testing.T) {
			assert.Nil(t, safetext.Check(s, maxBytes))
		})
	}
}

func TestCheckRejects(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		pos    int
		r      rune
		reason string
	}{
		// Emptiness and length are in TestCheckLength.
		// Invalid UTF-8.
		{"invalid byte", "Euro\xffpol", 4, utf8.RuneError, "invalid UTF-8"},
		{"truncated rune", "Europ\xc3", 5, utf8.RuneError, "invalid UTF-8"},
		{"surrogate half", "a\xed\xa0\x80", 1, utf8.RuneError, "invalid UTF-8"},
		{"overlong encoding", "\xc0\xafetc", 0, utf8.RuneError, "invalid UTF-8"},
		// Control characters.
		{"NUL", "Euro\x00pol", 4, 0, "control character U+0000"},
		{"tab", "Euro\tpol", 4, '\t', "control character U+0009"},
		{"newline", "Europol\n", 7, '\n', "control character U+000A"},
		{"DEL", "Euro\x7fpol", 4, 0x7f, "control character U+007F"},
		{"C1 control", "Europol\u0085", 7, 0x85, "control character U+0085"},
		{"escape after non-ASCII", "Émirats\x1b[31m", 8, 0x1b, "control character U+001B"},
		// Bidirectional controls.
		{"RLO", "\u202eECPAT", 0, 0x202e, "bidirectional override U+202E RIGHT-TO-LEFT OVERRIDE"},
		{"LRO", "ECPAT\u202d", 5, 0x202d, "bidirectional override U+202D LEFT-TO-RIGHT OVERRIDE"},
		{"RLE", "EC\u202bPAT", 2, 0x202b, "bidirectional embedding U+202B RIGHT-TO-LEFT EMBEDDING"},
		{"PDF", "ECPAT\u202c", 5, 0x202c, "bidirectional embedding U+202C POP DIRECTIONAL FORMATTING"},
		{"RLI", "\u2067ECPAT", 0, 0x2067, "bidirectional isolate U+2067 RIGHT-TO-LEFT ISOLATE"},
		{"PDI", "ECPAT\u2069", 5, 0x2069, "bidirectional isolate U+2069 POP DIRECTIONAL ISOLATE"},
		{"RLM", "ECPAT\u200f", 5, 0x200f, "bidirectional mark U+200F RIGHT-TO-LEFT MARK"},
		{"LRM", "\u200eECPAT", 0, 0x200e, "bidirectional mark U+200E LEFT-TO-RIGHT MARK"},
		{"ALM", "وزارة\u061c", 10, 0x061c, "bidirectional mark U+061C ARABIC LETTER MARK"},
		// Invisible characters.
		{"zero width space", "Euro\u200bpol", 4, 0x200b, "invisible character U+200B ZERO WIDTH SPACE"},
		{"ZWNJ", "Euro\u200cpol", 4, 0x200c, "invisible character U+200C ZERO WIDTH NON-JOINER"},
		{"ZWJ", "Euro\u200dpol", 4, 0x200d, "invisible character U+200D ZERO WIDTH JOINER"},
		{"word joiner", "Euro\u2060pol", 4, 0x2060, "invisible character U+2060 WORD JOINER"},
		{"BOM", "\ufeffEuropol", 0, 0xfeff, "invisible character U+FEFF ZERO WIDTH NO-BREAK SPACE"},
		{"soft hyphen", "Euro\u00adpol", 4, 0xad, "invisible character U+00AD SOFT HYPHEN"},
		{"invisible times", "a\u2062b", 1, 0x2062, "invisible character U+2062 INVISIBLE TIMES"},
		{"tag", "Europol\U000e0041", 7, 0xe0041, "invisible character U+E0041 TAG LATIN CAPITAL LETTER A"},
		{"Mongolian vowel separator", "a\u180eb", 1, 0x180e, "invisible character U+180E MONGOLIAN VOWEL SEPARATOR"},
		{"variation selector", "Europol\ufe0f", 7, 0xfe0f, "invisible character U+FE0F VARIATION SELECTOR-16"},
		{"variation selector supplement", "Europol\U000e0100", 7, 0xe0100, "invisible character U+E0100 VARIATION SELECTOR-17"},
		{"combining grapheme joiner", "Euro\u034fpol", 4, 0x034f, "invisible character U+034F COMBINING GRAPHEME JOINER"},
		{"Hangul choseong filler", "\u115f", 0, 0x115f, "invisible character U+115F HANGUL CHOSEONG FILLER"},
		{"Hangul jungseong filler", "a\u1160", 1, 0x1160, "invisible character U+1160 HANGUL JUNGSEONG FILLER"},
		{"Hangul filler", "\u3164", 0, 0x3164, "invisible character U+3164 HANGUL FILLER"},
		{"halfwidth Hangul filler", "\uffa0", 0, 0xffa0, "invisible character U+FFA0 HALFWIDTH HANGUL FILLER"},
		{"Khmer inherent vowel", "\u1780\u17b4", 3, 0x17b4, "invisible character U+17B4 KHMER VOWEL INHERENT AQ"},
		{"braille blank", "Euro\u2800pol", 4, 0x2800, "invisible character U+2800 BRAILLE PATTERN BLANK"},
		{"null notehead", "ECPAT\U0001d159", 5, 0x1d159, "invisible character U+1D159 MUSICAL SYMBOL NULL NOTEHEAD"},
		{"null notehead inside", "EC\U0001d159PAT", 2, 0x1d159, "invisible character U+1D159 MUSICAL SYMBOL NULL NOTEHEAD"},
		{"Hangul filler in a word", "Euro\u3164pol", 4, 0x3164, "invisible character U+3164 HANGUL FILLER"},
		{"Khitan filler", "\U00016fe4", 0, 0x16fe4, "invisible character U+16FE4 KHITAN SMALL SCRIPT FILLER"},
		// Enclosing marks.
		{"enclosing circle", "E\u20ddCPAT", 1, 0x20dd, "enclosing mark U+20DD COMBINING ENCLOSING CIRCLE"},
		{"enclosing keycap", "ECPAT\u20e3", 5, 0x20e3, "enclosing mark U+20E3 COMBINING ENCLOSING KEYCAP"},
		{"enclosing circle after space", "Europol \u20dd", 8, 0x20dd, "enclosing mark U+20DD COMBINING ENCLOSING CIRCLE"},
		{"unassigned default ignorable", "a\u2065", 1, 0x2065, "invisible character U+2065"},
		// Spaces.
		{"leading space", " Europol", 0, ' ', "leading space"},
		{"trailing space", "Europol ", 7, ' ', "trailing space"},
		{"double space", "Euro  pol", 5, ' ', "double space"},
		{"only a space", " ", 0, ' ', "leading space"},
		{"leading space before non-ASCII", " Émirats", 0, ' ', "leading space"},
		{"double space after non-ASCII", "Émirats  arabes", 9, ' ', "double space"},
		{"trailing space after non-ASCII", "Émirats ", 8, ' ', "trailing space"},
		{"no-break space", "Euro\u00a0pol", 4, 0xa0, "space character U+00A0 NO-BREAK SPACE (only U+0020 is allowed)"},
		{"ideographic space", "警察\u3000庁", 6, 0x3000, "space character U+3000 IDEOGRAPHIC SPACE (only U+0020 is allowed)"},
		{"thin space", "a\u2009b", 1, 0x2009, "space character U+2009 THIN SPACE (only U+0020 is allowed)"},
		{"ogham space mark", "a\u1680b", 1, 0x1680, "space character U+1680 OGHAM SPACE MARK (only U+0020 is allowed)"},
		{"line separator", "a\u2028b", 1, 0x2028, "space character U+2028 LINE SEPARATOR (only U+0020 is allowed)"},
		{"paragraph separator", "a\u2029b", 1, 0x2029, "space character U+2029 PARAGRAPH SEPARATOR (only U+0020 is allowed)"},
		// Private use, noncharacters, unassigned code points.
		{"private use", "Europol\ue000", 7, 0xe000, "private-use character U+E000"},
		{"supplementary private use", "\U000f0000", 0, 0xf0000, "private-use character U+F0000"},
		{"noncharacter FFFE", "a\ufffe", 1, 0xfffe, "noncharacter U+FFFE"},
		{"noncharacter FDD0", "a\ufdd0", 1, 0xfdd0, "noncharacter U+FDD0"},
		{"noncharacter 10FFFF", "a\U0010ffff", 1, 0x10ffff, "noncharacter U+10FFFF"},
		{"unassigned", "a\u0378", 1, 0x0378, "unassigned code point U+0378"},
		{"unassigned astral", "a\U0003ffff", 1, 0x3ffff, "noncharacter U+3FFFF"},
		{"unassigned plane 4", "a\U00040000", 1, 0x40000, "unassigned code point U+40000"},
		{"replacement character", "Euro\ufffdpol", 4, utf8.RuneError, "replacement character U+FFFD REPLACEMENT CHARACTER"},
		{"object replacement", "Euro\ufffcpol", 4, 0xfffc, "replacement character U+FFFC OBJECT REPLACEMENT CHARACTER"},
		// Compatibility variants of letters and digits.
		{"mathematical bold", "\U0001d408NTERPOL", 0, 0x1d408, `compatibility character U+1D408, a variant of "I"`},
		{"roman numeral", "\u2160NTERPOL", 0, 0x2160, `compatibility character U+2160, a variant of "I"`},
		{"ligature", "Of\ufb01ce", 2, 0xfb01, `compatibility character U+FB01, a variant of "fi"`},
		{"superscript", "G8\u00b2", 2, 0xb2, `compatibility character U+00B2, a variant of "2"`},
		{"mathematical digit", "INTERP\U0001d7ceL", 6, 0x1d7ce, `compatibility character U+1D7CE, a variant of "0"`},
		{"double-struck", "\u211dCMP", 0, 0x211d, `compatibility character U+211D, a variant of "R"`},
		{"Arabic presentation form", "\ufef7", 0, 0xfef7, `compatibility character U+FEF7, a variant of "لأ"`},
		{"ordinal indicator", "N\u00ba 1", 1, 0xba, `compatibility character U+00BA, a variant of "o"`},
		{"modifier letter", "Euro\u1d56ol", 4, 0x1d56, `compatibility character U+1D56, a variant of "p"`},
		{"circled letter", "\u24baCPAT", 0, 0x24ba, `compatibility character U+24BA, a variant of "E"`},
		{"parenthesised letter", "\u24a0cpat", 0, 0x24a0, `compatibility character U+24A0, a variant of "(e)"`},
		{"mathematical bold E", "\U0001d404CPAT", 0, 0x1d404, `compatibility character U+1D404, a variant of "E"`},
		{"parenthesised ideograph", "\u3231\u8b66\u5bdf", 0, 0x3231, `compatibility character U+3231, a variant of "(株)"`},
		{"circled digit", "Europol \u2460", 8, 0x2460, `compatibility character U+2460, a variant of "1"`},
		{"trade mark sign", "ECPAT\u2122", 5, 0x2122, `compatibility character U+2122, a variant of "TM"`},
		{"numero sign", "\u2116 1", 0, 0x2116, `compatibility character U+2116, a variant of "No"`},
		{"square letters", "\u3390", 0, 0x3390, `compatibility character U+3390, a variant of "Hz"`},
		{"spacing dakuten", "\u30cf\u309b", 3, 0x309b, "compatibility character U+309B, a variant of \" \u3099\""},
		{"spacing acute", "Cafe\u00b4", 4, 0xb4, "compatibility character U+00B4, a variant of \" \u0301\""},
		{"fraction", "\u00bd", 0, 0xbd, "compatibility character U+00BD, a variant of \"1\u20442\""},
		// Combining marks without a base.
		{"mark at start", "\u0301Europol", 0, 0x301, "combining mark U+0301 without a base letter"},
		{"mark after space", "Europol \u0301", 8, 0x301, "combining mark U+0301 without a base letter"},
		{"mark after punctuation", "U.S.\u0338", 4, 0x338, "combining mark U+0338 without a base letter"},
		// Mixed scripts in one word.
		{"Cyrillic O in INTERPOL", "INTERP\u041eL", 6, 0x41e, "Cyrillic letter U+041E in a Latin word"},
		{"Cyrillic first", "\u041eINTERPOL", 0, 0x41e, "Cyrillic letter U+041E in a Latin word"},
		{"Cyrillic ES in ECPAT", "E\u0421PAT International", 1, 0x421, "Cyrillic letter U+0421 in a Latin word"},
		{"Greek omicron in Europol", "Eur\u03bfpol", 3, 0x3bf, "Greek letter U+03BF in a Latin word"},
		{"Latin in a Cyrillic word", "МВД P\u043e\u0441\u0441\u0438\u0438", 7, 'P', "Latin letter U+0050 in a Cyrillic word"},
		{"Latin a in a Greek word", "Αστυνομ\u0069α", 14, 'i', "Latin letter U+0069 in a Greek word"},
		{"Cyrillic and Greek", "\u0391\u0392\u0393\u0414", 6, 0x414, "Cyrillic letter U+0414 in a Greek word"},
		{"Armenian o", "Europ\u0585l", 5, 0x585, "Armenian letter U+0585 in a Latin word"},
		{"Cherokee E", "\u13acuropol", 0, 0x13ac, "Cherokee letter U+13AC in a Latin word"},
		{"second word", "Policia \u0420olicia", 8, 0x420, "Cyrillic letter U+0420 in a Latin word"},
		{"across a digit", "Europol2\u0435", 8, 0x435, "Cyrillic letter U+0435 in a Latin word"},
		{"Arabic digit in a Latin word", "Europol\u0663", 7, 0x663, "Arabic digit U+0663 in a Latin word"},
		{"Hangul with kana", "\ud55c\u30ab\u30ab", 0, 0xd55c, "Hangul letter U+D55C in a Katakana word"},
		{"five scripts", "a\u4e00\u3042\u30a2\ud55c", 1, 0x4e00, "Han letter U+4E00 in a Latin word"},
		{"Han zero in INTERPOL", "INTERP\u3007L", 6, 0x3007, "Han number U+3007 in a Latin word"},
		{"Latin and Katakana", "NHK\u30cb\u30e5\u30fc\u30b9", 3, 0x30cb, "Katakana letter U+30CB in a Latin word"},
		{"Latin in a Katakana word", "J\u30ea\u30fc\u30b0", 0, 'J', "Latin letter U+004A in a Katakana word"},
		{"Bopomofo in a Latin word", "Europ\u3106l", 5, 0x3106, "Bopomofo letter U+3106 in a Latin word"},
		{"Cyrillic between dots", "E.\u0421.P.A.T.", 2, 0x421, "Cyrillic letter U+0421 in a Latin word"},
		{"Cyrillic after a hyphen", "Inter-P\u043el", 7, 0x43e, "Cyrillic letter U+043E in a Latin word"},
		{"prolonged sound mark in a Latin word", "INTERP\u30fcL", 6, 0x30fc, "Hiragana/Katakana letter U+30FC in a Latin word"},
		{"dakuten on a Latin letter", "Europa\u3099", 6, 0x3099, "Hiragana/Katakana mark U+3099 in a Latin word"},
		{"Devanagari danda after Latin", "Europol\u0964", 7, 0x964, "Bengali/Devanagari/… sign U+0964 in a Latin word"},
		// NFC.
		{"decomposed e acute", "E\u0301mirats", 0, 'E', "not in Unicode normalization form NFC"},
		{"decomposed later", "Polic\u0131a Judicia\u0301ria", 15, 'a', "not in Unicode normalization form NFC"},
		{"angstrom sign", "\u212bngstr\u00f6m", 0, 0x212b, "not in Unicode normalization form NFC"},
		{"kelvin sign", "\u212aripos", 0, 0x212a, "not in Unicode normalization form NFC"},
		{"CJK compatibility ideograph", "\uf900", 0, 0xf900, "not in Unicode normalization form NFC"},
		{"marks out of order", "a\u0301\u0323", 0, 'a', "not in Unicode normalization form NFC"},
		// PRECIS.
		{"tatweel", "وزارة الداخليـة", 25, 0x640, "U+0640 ARABIC TATWEEL rejected by PRECIS OpaqueString (precis: disallowed rune encountered)"},
		{"middle dot outside l·l", "Euro\u00b7pol", 4, 0xb7, "U+00B7 MIDDLE DOT rejected by PRECIS OpaqueString (precis: contextual rule violated)"},
		{"mixed Arabic-Indic digits", "\u0661\u06f2", 2, 0x6f2, "U+06F2 EXTENDED ARABIC-INDIC DIGIT TWO rejected by PRECIS OpaqueString (precis: contextual rule violated)"},
		{"katakana middle dot without Japanese", "A\u30fbB", 1, 0x30fb, "Bopomofo/Han/… sign U+30FB in a Latin word"},
		{"katakana middle dot between words", "A \u30fb B", 2, 0x30fb, "U+30FB KATAKANA MIDDLE DOT rejected by PRECIS OpaqueString (precis: contextual rule violated)"},
		{"old Hangul jamo", "\u1113\u1161", 0, 0x1113, "U+1113 rejected by PRECIS OpaqueString (precis: disallowed rune encountered)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := safetext.Check(tt.in, maxBytes)
			require.NotNil(t, p, "%q", tt.in)
			assert.Equal(t, safetext.Problem{Pos: tt.pos, Rune: tt.r, Reason: tt.reason}, *p, "%q", tt.in)
		})
	}
}

func TestCheckNameAccepts(t *testing.T) {
	for _, s := range []string{
		"INTERPOL",
		"Polizia di Stato",
		"Servizio Polizia Postale e delle Comunicazioni",
		"Arma dei Carabinieri – Comando per la Tutela del Lavoro",
		"Perché l'Arma è così",
		"وزارة الداخلية",
		"القوة العالمية الافتراضية",
		"وزارة الداخلية – الإمارات العربية المتحدة",
		"МВД России",
		"Ελληνική Αστυνομία",
		"警視庁",
		"サイバー犯罪対策課",
		"ICPO 国際刑事警察機構", // Latin with Han: Highly Restrictive.
		"NHK ニュース",      // Latin with Katakana.
		"한국 경찰청",
		"KNPA 경찰청",      // Latin with Hangul.
		"大韓民國 경찰청",      // Han with Hangul.
		"注音 ㄅㄆㄇ",        // Han with Bopomofo.
		"Taiwan 注音 ㄅㄆㄇ", // Latin with Han and Bopomofo.
		"משטרת ישראל",
		"ＥＵＲＯＰＯＬ",
		"Europol 2025",
	} {
		t.Run(s, func(t *testing.T) {
			assert.Nil(t, safetext.CheckName(s, maxBytes))
			assert.Nil(t, safetext.Check(s, maxBytes))
		})
	}
}

func TestCheckNameRejects(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		pos    int
		r      rune
		reason string
	}{
		{"Latin and Greek", "Europol \u2013 \u0395\u03c5\u03c1\u03c9\u03c0\u03cc\u03bb", 12, 0x395, "Greek letter U+0395 in a Latin name"},
		{"spaced Cyrillic letter", "E. \u0421. P. A. T.", 3, 0x421, "Cyrillic letter U+0421 in a Latin name"},
		{"Latin and Cyrillic words", "Minist\u00e8re de l'Int\u00e9rieur (\u041c\u0412\u0414 \u0420\u043e\u0441\u0441\u0438\u0438)", 28, 0x41c, "Cyrillic letter U+041C in a Latin name"},
		{"Cyrillic and Latin words", "\u041c\u0412\u0414 \u0420\u043e\u0441\u0441\u0438\u0438 Europol", 20, 'E', "Latin letter U+0045 in a Cyrillic name"},
		{"Arabic and Latin", "\u0648\u0632\u0627\u0631\u0629 Interior", 0, 0x648, "Arabic letter U+0648 in a Latin name"},
		{"kana and Hangul", "\u30cb\u30e5\u30fc\u30b9 \ud55c\uad6d", 13, 0xd55c, "Hangul letter U+D55C in a Katakana name"},
		{"Latin, kana and Hangul", "Europol \u30cb\u30e5\u30fc\u30b9 \ud55c\uad6d", 21, 0xd55c, "Hangul letter U+D55C in a Latin name"},
		// The word rules come first.
		{"mixed word", "Europol \u0395\u03c5\u03c1\u03c9\u03c0\u03bfl", 20, 'l', "Latin letter U+006C in a Greek word"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := safetext.CheckName(tt.in, maxBytes)
			require.NotNil(t, p, "%q", tt.in)
			assert.Equal(t, safetext.Problem{Pos: tt.pos, Rune: tt.r, Reason: tt.reason}, *p, "%q", tt.in)
		})
	}
}

func TestCheckLength(t *testing.T) {
	assert.Equal(t, &safetext.Problem{Reason: "empty"}, safetext.Check("", maxBytes))

	ascii := strings.Repeat("a", 256)
	assert.Nil(t, safetext.Check(ascii, 256))
	assert.Equal(t, &safetext.Problem{Pos: 256, Rune: 'b', Reason: "longer than 256 bytes"}, safetext.Check(ascii+"b", 256))

	// é is two bytes: the limit falls inside the rune that does not fit.
	accents := strings.Repeat("é", 5) // 10 bytes
	assert.Nil(t, safetext.Check(accents, 10))
	assert.Equal(t, &safetext.Problem{Pos: 8, Rune: 'é', Reason: "longer than 9 bytes"}, safetext.Check(accents, 9))
	assert.Equal(t, &safetext.Problem{Pos: 4, Rune: 'é', Reason: "longer than 5 bytes"}, safetext.Check(accents, 5))

	// A forgotten limit fails closed.
	assert.Equal(t, &safetext.Problem{Pos: 0, Rune: 'a', Reason: "longer than 0 bytes"}, safetext.Check("a", 0))
	assert.Equal(t, &safetext.Problem{Pos: 0, Rune: 'a', Reason: "longer than 0 bytes"}, safetext.Check("a", -1))

	// The limit is checked before anything else, so a huge text costs little.
	huge := strings.Repeat("\x80", 1<<20)
	assert.Equal(t, &safetext.Problem{Pos: 253, Rune: utf8.RuneError, Reason: "longer than 256 bytes"}, safetext.Check(huge, 256))
}

func TestProblemError(t *testing.T) {
	p := safetext.Check("INTERP\u041eL", maxBytes)
	require.NotNil(t, p)
	assert.EqualError(t, p, "Cyrillic letter U+041E in a Latin word at byte 6")
	var nilProblem *safetext.Problem
	assert.Equal(t, "<nil>", nilProblem.Error())
}

func TestCheckASCIIFastPathDoesNotAllocate(t *testing.T) {
	for _, s := range []string{
		"INTERPOL",
		"National Center for Missing & Exploited Children",
		"U.S. Immigration and Customs Enforcement",
		strings.Repeat("x", 256),
	} {
		assert.Zero(t, testing.AllocsPerRun(100, func() {
			if safetext.Check(s, maxBytes) != nil {
				panic(s)
			}
		}), s)
	}
}

// TestCheckRejectsEveryHiddenRune checks whole Unicode classes rather than
// examples: no control, format, default-ignorable, private-use, unassigned,
// noncharacter or non-ASCII space rune passes, wherever it stands.
func TestCheckRejectsEveryHiddenRune(t *testing.T) {
	tables := map[string]*unicode.RangeTable{
		"Cc": unicode.Cc, "Cf": unicode.Cf, "Co": unicode.Co, "Z": unicode.Z,
		"Variation_Selector":                 unicode.Variation_Selector,
		"Other_Default_Ignorable_Code_Point": unicode.Other_Default_Ignorable_Code_Point,
		"Noncharacter_Code_Point":            unicode.Noncharacter_Code_Point,
		"Bidi_Control":                       unicode.Bidi_Control,
		"Join_Control":                       unicode.Join_Control,
	}
	for name, table := range tables {
		n := 0
		for r := rune(0); r <= unicode.MaxRune; r++ {
			if !unicode.Is(table, r) || r == ' ' {
				continue
			}
			n++
			for _, s := range []string{string(r), "a" + string(r), "a" + string(r) + "b", string(r) + "é"} {
				if safetext.Check(s, maxBytes) == nil {
					t.Errorf("%s: Check(%q) = nil", name, s)
				}
			}
		}
		assert.Positive(t, n, name)
	}
	for r := rune(0x80); r <= 0x3ffff; r++ {
		if unicode.Is(unicode.Cn, r) && safetext.Check("a"+string(r)+"b", maxBytes) == nil {
			t.Errorf("unassigned %U passes", r)
		}
	}
}

func TestTablesMatchUnicodeVersion(t *testing.T) {
	assert.Equal(t, unicode.Version, safetext.RuneNamesUnicodeVersion, "run go generate in internal/safetext")
	assert.Equal(t, unicode.Version, safetext.ScriptExtensionsVersion, "run internal/confusable/fetch.sh, then go generate in internal/safetext")
}
