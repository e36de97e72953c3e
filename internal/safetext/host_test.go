package safetext_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/virtualglobaltaskforce/vgt/internal/safetext"
)

// Vectors of RFC 3492 §7.1 and well-known registered names.
var punycodeVectors = []struct{ u, a string }{
	{"bücher", "bcher-kva"},
	{"münchen", "mnchen-3ya"},
	{"españa", "espaa-rta"},
	{"пример", "e1afmkfd"},
	{"他们为什么不说中文", "ihqwcrb4cv8a8dqg056pqjye"}, // RFC 3492 (B)
	{"почемужеонинеговорятпорусски", "b1abfaaepdrnnbgefbadotcwatmq2g4l"}, // RFC 3492 (I)
	{"ليهمابتكلموشعربي؟", "egbpdaj6bu4bxfgehfvwxn"},                      // RFC 3492 (A)
	{"3年B組金八先生", "3B-ww4c5e180e575a65lsy2b"},                             // RFC 3492 (L)
}

func TestPunycode(t *testing.T) {
	for _, v := range punycodeVectors {
		a, ok := safetext.EncodePunycode(v.u)
		require.True(t, ok, v.u)
		assert.Equal(t, v.a, a, v.u)
		u, ok := safetext.DecodePunycode(strings.ToLower(v.a))
		require.True(t, ok, v.a)
		assert.Equal(t, strings.ToLower(v.u), strings.ToLower(u), v.a)
	}
	for _, bad := range []string{"9999999999a", "bcher-kv", "abc-!", "\u00e9-kva", "zzzzzzzzzzzzzzzzzzzz"} {
		_, ok := safetext.DecodePunycode(bad)
		assert.False(t, ok, bad)
	}
}

func TestCheckHostAccepts(t *testing.T) {
	for _, h := range []string{
		"europol.europa.eu",
		"www.interpol.int",
		"EUROPOL.EUROPA.EU",
		"example.org.",
		"192.0.2.1",
		"a-b.c",
		"xn--bcher-kva.example",
		"XN--BCHER-KVA.example",
		"xn--bcher-KVA.example",
		"bücher.example",
		"xn--mgbh0fb.xn--kgbechtv", // مثال.إختبار
		"مثال.إختبار",
		"пример.рф",
		"xn--e1afmkfd.xn--p1ai",
		"ουτοπία.δπθ.gr",
		"例え.テスト",
		"polizia.it",
		strings.Repeat("a", 63) + ".example",
	} {
		t.Run(h, func(t *testing.T) {
			assert.Nil(t, safetext.CheckHost(h))
		})
	}
}

func TestCheckHostRejects(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		pos    int
		r      rune
		reason string
	}{
		{"empty", "", 0, 0, "empty host"},
		{"empty label", "europol..eu", 8, '.', "empty label"},
		{"only a dot", ".", 0, '.', "empty label"},
		{"two final dots", "europol.eu..", 11, '.', "empty label"},
		{"underscore", "euro_pol.eu", 4, '_', `'_' in a host label (only letters, digits and hyphens)`},
		{"space", "euro pol.eu", 4, ' ', `' ' in a host label (only letters, digits and hyphens)`},
		{"leading hyphen", "-europol.eu", 0, '-', "hyphen at the start or end of a label"},
		{"trailing hyphen", "europol-.eu", 7, '-', "hyphen at the start or end of a label"},
		{"reserved label", "ab--cd.eu", 2, '-', "reserved label (hyphens in the third and fourth places)"},
		{"long label", strings.Repeat("a", 64) + ".eu", 63, 'a', "label longer than 63 bytes"},
		{"long host", strings.Repeat("abcdefghi.", 26) + "eu", 250, 'a', "host longer than 253 bytes in ASCII form"},
		{"bad punycode", "xn--99999999999.eu", 0, 'x', `invalid Punycode in label "xn--99999999999"`},
		{"punycode of ASCII", "xn--europol-.eu", 11, '-', "hyphen at the start or end of a label"},
		{"Cyrillic o in a Latin label", "europ\u043el.eu", 5, 0x43e, "Cyrillic letter U+043E in a Latin word"},
		{"the same as an A-label", "xn--europl-0qf.eu", 0, 0x43e, `Cyrillic letter U+043E in a Latin word in xn--europl-0qf ("europоl")`},
		{"whole-script lookalike", "\u0430\u0440\u0440\u04cf\u0435.com", 0, 0x430, `label "аррӏе" is a lookalike of an ASCII label (skeleton "appie")`},
		{"whole-script lookalike A-label", "xn--80ak6aa92e.com", 0, 0x430, `label "аррӏе" is a lookalike of an ASCII label (skeleton "appie") in xn--80ak6aa92e ("аррӏе")`},
		{"ECPAT in Cyrillic", "\u0435\u0441\u0440\u0430\u0442.org", 0, 0x435, `label "есрат" is a lookalike of an ASCII label (skeleton "ECPAT")`},
		{"Latin and Greek words", "europol-\u03b5\u03c5\u03c1\u03c9\u03c0\u03bf\u03bb.eu", 8, 0x3b5, "Greek letter U+03B5 in a Latin word"},
		{"ideographic full stop", "europol\u3002eu", 7, 0x3002, "Bopomofo/Han/… sign U+3002 in a Latin word"},
		{"dash", "b\u00fccher\u2013x.example", 7, 0x2013, "U+2013 in a host label (only letters, marks, digits and hyphens)"},
		{"fullwidth letters", "\uff45\uff55\uff52\uff4f\uff50\uff4f\uff4c.eu", 0, 0xff45, "full- or half-width form U+FF45 in a host label"},
		{"zero width joiner", "euro\u200dpol.eu", 4, 0x200d, "invisible character U+200D ZERO WIDTH JOINER"},
		{"circled letter", "\u24d4uropol.eu", 0, 0x24d4, `compatibility character U+24D4, a variant of "e"`},
		{"not NFC", "bu\u0308cher.example", 1, 'u', "not in Unicode normalization form NFC"},
		{"non-canonical A-label", "xn---e1afmkfd.example", 0, 'x', `label "xn---e1afmkfd" is not the canonical Punycode of "пример"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := safetext.CheckHost(tt.in)
			require.NotNil(t, p, "%q", tt.in)
			if tt.reason == "" {
				return
			}
			assert.Equal(t, safetext.Problem{Pos: tt.pos, Rune: tt.r, Reason: tt.reason}, *p, "%q", tt.in)
		})
	}
}
