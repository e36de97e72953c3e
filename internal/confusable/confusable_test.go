package confusable_test

import (
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/unicode/norm"

	"github.com/virtualglobaltaskforce/vgt/internal/confusable"
)

func TestSkeleton(t *testing.T) {
	tests := []struct{ in, want string }{
		// Lines of confusables.txt, one each.
		{"\u0430", "a"},        // CYRILLIC SMALL LETTER A
		{"\u0421", "C"},        // CYRILLIC CAPITAL LETTER ES
		{"1", "l"},             // DIGIT ONE
		{"I", "l"},             // LATIN CAPITAL LETTER I
		{"0", "O"},             // DIGIT ZERO
		{"m", "rn"},            // LATIN SMALL LETTER M
		{"\u0442", "\u1d1b"},   // CYRILLIC SMALL LETTER TE: a small capital T
		{"%", "\u00ba/\u2080"}, // PERCENT SIGN
		{"\u3007", "O"},        // IDEOGRAPHIC NUMBER ZERO
		{"\U0001d404", "E"},    // MATHEMATICAL BOLD CAPITAL E
		{"\u24ba", "\u24ba"},   // CIRCLED LATIN CAPITAL LETTER E: not listed
		{"ECPAT", "ECPAT"},     // Prototypes are their own.
		{"\u0415\u0421\u0420\u0410\u0422", "ECPAT"}, // ЕСРАТ, all Cyrillic
		{"INTERP0L", "lNTERPOL"},
		{"INTERPOL", "lNTERPOL"},
		{"Kraków", "Krako\u0301w"},   // NFD first.
		{"\u320e", "(\u1100\u1161)"}, // A prototype that is not NFD is made NFD.
		{"", ""},
		{"a\xffb", "a\ufffdb"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, confusable.Skeleton(tt.in))
			assert.Equal(t, "x"+tt.want, string(confusable.AppendSkeleton([]byte("x"), tt.in)))
		})
	}
}

func TestConfusable(t *testing.T) {
	for _, p := range [][2]string{
		{"ECPAT", "\u0415\u0421\u0420\u0410\u0422"},
		{"INTERPOL", "INTERP\u041eL"},
		{"INTERPOL", "lNTERP0L"},
		{"Europol", "Eur\u03bfpol"},
		{"paypal", "\u0440\u0430\u0443\u0440\u0430l"},
		{"modern", "rnodern"},
		{"Europol", "Europol"},
	} {
		assert.True(t, confusable.Confusable(p[0], p[1]), "%q and %q", p[0], p[1])
	}
	for _, p := range [][2]string{
		{"ecpat", "\u0435\u0441\u0440\u0430\u0442"}, // lower-case те
		{"Europol", "EUROPOL"},
		{"INTERPOL", "INTERPAL"},
	} {
		assert.False(t, confusable.Confusable(p[0], p[1]), "%q and %q", p[0], p[1])
	}
}

// TestSkeletonEveryRune checks, for every code point alone and between two
// letters, that the skeleton is NFD and its own skeleton: confusables.txt
// maps each code point to a prototype that maps to itself.
func TestSkeletonEveryRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		for _, s := range []string{string(r), "a" + string(r) + "b"} {
			k := confusable.Skeleton(s)
			if !norm.NFD.IsNormalString(k) {
				t.Errorf("%U: Skeleton(%q) = %q is not NFD", r, s, k)
			}
			if kk := confusable.Skeleton(k); kk != k {
				t.Errorf("%U: Skeleton(%q) = %q, Skeleton of that %q", r, s, k, kk)
			}
		}
	}
}

func TestAppendSkeletonASCIIDoesNotAllocate(t *testing.T) {
	buf := make([]byte, 0, 64)
	for _, s := range []string{"INTERPOL", "National Center for Missing & Exploited", "A.F.P. 100%"} {
		assert.Zero(t, testing.AllocsPerRun(100, func() {
			buf = confusable.AppendSkeleton(buf[:0], s)
		}), s)
	}
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = confusable.Skeleton("ECPAT") }))
}

func TestUnicodeVersion(t *testing.T) {
	assert.Equal(t, unicode.Version, confusable.UnicodeVersion, "run fetch.sh and go generate in internal/confusable")
}
