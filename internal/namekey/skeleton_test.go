package namekey_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/virtualglobaltaskforce/vgt/internal/namekey"
)

func TestSkeletonKeys(t *testing.T) {
	assert.Equal(t, [2]string{"UECPAT", "Lecpat"}, namekey.SkeletonKeys("ECPAT"))
	assert.Equal(t, [2]string{"UECPAT", "Lecpa\u1d1b"}, namekey.SkeletonKeys("\u0415\u0421\u0420\u0410\u0422"))
	assert.Equal(t, [2]string{"UlNTERPOL", "Linterpol"}, namekey.SkeletonKeys("INTERPOL"))
	assert.Equal(t, namekey.SkeletonKeys("ECPAT"), namekey.SkeletonKeys("E.\u0421.P.A.T."), "punctuation is passed over")
	assert.Equal(t, [2]string{"", ""}, namekey.SkeletonKeys("..."))
}

func TestConfusable(t *testing.T) {
	for _, p := range [][2]string{
		{"ECPAT", "\u0415\u0421\u0420\u0410\u0422"},   // All Cyrillic, upper case.
		{"ECPAT", "\u0415\u0441\u0440\u0430\u0442"},   // Cyrillic, mixed case: meets in upper case.
		{"ecpat", "\u0415\u0421\u0420\u0410\u0422"},   // Case does not matter.
		{"INTERPOL", "INTERP0L"},                      // Digit zero.
		{"INTERPOL", "|NTERPOL"},                      // Vertical line.
		{"INTERPOL", "1NTERPOL"},                      // Digit one.
		{"INTERPOL", "INTERP\u3007L"},                 // Han zero.
		{"Europol", "Eur\u03bfpol"},                   // Greek omicron.
		{"paypal", "\u0440\u0430\u0443\u0440\u0430l"}, // Cyrillic р, а, у.
		{"modern", "rnodern"},                         // Lower case only.
		{"Polizia di Stato", "Polizia di Stato"},      // Itself.
		{"Polizia di Stato", "POLIZIA DI STATO"},      // The same key.
		{"Kraków", "Krakow"},                          // The same key.
	} {
		assert.True(t, namekey.Confusable(p[0], p[1]), "%q and %q", p[0], p[1])
		assert.True(t, namekey.Confusable(p[1], p[0]), "%q and %q", p[1], p[0])
	}
	for _, p := range [][2]string{
		{"Europol", "Eurojust"},
		{"Polizia di Stato", "Polizia Postale"},
		{"INTERPOL", "INTERPAL"},
		{"ECPAT", "ECPAT International"},
		{"\u0411\u0430\u0440", "\u0425\u0430\u0440"}, // Cyrillic Бар and Хар.
		{"\u30d0\u30b9", "\u30cf\u30b9"},             // バス and ハス: the dakuten is no lookalike.
		{"ICACALY", "ICACAIY"},                       // The skeleton maps I to l, not L.
		{"\u0665\u0660", "\u0665\u0660\u0660"},       // ٥٠ and ٥٠٠: an Arabic zero counts.
		{"...", "..."},                               // No letters: no key.
	} {
		assert.False(t, namekey.Confusable(p[0], p[1]), "%q and %q", p[0], p[1])
	}
}
