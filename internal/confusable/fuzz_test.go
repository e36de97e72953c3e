package confusable_test

import (
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/virtualglobaltaskforce/vgt/internal/confusable"
)

// FuzzSkeleton checks that Skeleton never panics, gives valid UTF-8 in NFD,
// is its own skeleton, agrees with AppendSkeleton, and gives canonically
// equivalent texts (NFC and NFD forms) the same skeleton.
func FuzzSkeleton(f *testing.F) {
	for _, s := range []string{
		"INTERPOL", "INTERP0L", "\u0415\u0421\u0420\u0410\u0422", "Krak\u00f3w", "Krako\u0301w", "\u01c4",
		"\ufe81", "\u320e", "100%", "a\xffb", "", "m", "\u3007",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := confusable.Skeleton(s)
		if !utf8.ValidString(k) || !norm.NFD.IsNormalString(k) {
			t.Fatalf("Skeleton(%q) = %q is not valid NFD", s, k)
		}
		if kk := confusable.Skeleton(k); kk != k {
			t.Fatalf("Skeleton(%q) = %q, but Skeleton(%q) = %q", s, k, k, kk)
		}
		if got := string(confusable.AppendSkeleton([]byte("x"), s)); got != "x"+k {
			t.Fatalf("AppendSkeleton(%q) = %q, Skeleton = %q", s, got, k)
		}
		if utf8.ValidString(s) {
			if c := confusable.Skeleton(norm.NFC.String(s)); c != k {
				t.Fatalf("Skeleton(%q) = %q, but Skeleton of its NFC = %q", s, k, c)
			}
		}
	})
}
