package namekey_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/virtualglobaltaskforce/vgt/internal/namekey"
	"github.com/virtualglobaltaskforce/vgt/internal/safetext"
)

// FuzzKey checks the properties that matching relies on, for every text that
// safetext accepts (the others never reach keys): a key is its own key, case
// does not change it, AppendKey appends what Key returns, and the ASCII fast
// path agrees with the general path; and that SkeletonKeys never panics and
// gives valid UTF-8.
func FuzzKey(f *testing.F) {
	for _, s := range []string{
		"INTERPOL", "A.F.P.", "Missing & Exploited", "ＥＵＲＯＰＯＬ", "Straße", "İSTANBUL",
		"ΟΔΟΣ", "وزارة الداخلية", "中华人民共和国公安部", "МВД России", "Łódź", "Þórshöfn",
		"ᾳ", "ǅ", "ｶﾞ", "INHOPE’s", "Émirats arabes unis",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := namekey.Key(s)
		if got := string(namekey.AppendKey([]byte("x"), s)); got != "x"+k {
			t.Fatalf("AppendKey(%q) = %q, Key = %q", s, got, k)
		}
		if isASCII(s) {
			if u := string(namekey.AppendKeyUnicode(nil, s)); u != k {
				t.Fatalf("ASCII path %q, general path %q, for %q", k, u, s)
			}
		}
		if utf8.ValidString(s) {
			if ref := namekey.ReferenceKey(s); ref != k {
				t.Fatalf("Key(%q) = %q, but the whole-string reference gives %q", s, k, ref)
			}
		}
		for _, sk := range namekey.SkeletonKeys(s) {
			if !utf8.ValidString(sk) {
				t.Fatalf("SkeletonKeys(%q) holds %q, not valid UTF-8", s, sk)
			}
		}
		if safetext.Check(s, 1<<10) != nil {
			return
		}
		if !utf8.ValidString(k) {
			t.Fatalf("Key(%q) = %q is not valid UTF-8", s, k)
		}
		if kk := namekey.Key(k); kk != k {
			t.Fatalf("Key(%q) = %q, but Key(%q) = %q", s, k, k, kk)
		}
		if u := namekey.Key(strings.ToUpper(s)); u != k {
			t.Fatalf("Key(%q) = %q, but Key(ToUpper) = Key(%q) = %q", s, k, strings.ToUpper(s), u)
		}
		if l := namekey.Key(strings.ToLower(s)); l != k {
			t.Fatalf("Key(%q) = %q, but Key(ToLower) = Key(%q) = %q", s, k, strings.ToLower(s), l)
		}
	})
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
