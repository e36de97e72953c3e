package safetext_test

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/secure/precis"
	"golang.org/x/text/unicode/norm"

	"github.com/virtualglobaltaskforce/vgt/internal/safetext"
)

// FuzzCheck checks that Check never panics, that a Problem points at the
// rune it names, that the ASCII fast path agrees with the general path, and
// that what Check accepts keeps the promises safe text makes: valid UTF-8,
// NFC, accepted by PRECIS, spaced with single inner U+0020, nothing hidden,
// and broken by any zero-width space slipped into it.
func FuzzCheck(f *testing.F) {
	for _, s := range []string{
		"INTERPOL", "INTERP\u041eL", "\u202eECPAT", "Euro\u200bpol", "A.F.P.", "Missing & Exploited",
		"وزارة الداخلية", "中华人民共和国公安部", "Ελληνική Αστυνομία", "МВД России", "INHOPE’s",
		"E\u0301mirats", "col·laboració", "a·b", "\u0661\u06f2", "ＥＵＲＯＰＯＬ", "\U0001d408NTERPOL",
		" a", "a ", "a  b", "", "\xff", "\u0301", "東京・", "한국 경찰청", "NHKニュース",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		const limit = 64
		p := safetext.Check(s, limit)
		if ascii(s) && s != "" && len(s) <= limit {
			if u := safetext.CheckUnicode(s); !equalProblems(p, u) {
				t.Fatalf("Check(%q): fast path %v, general path %v", s, p, u)
			}
		}
		if p != nil {
			if p.Reason == "" || p.Pos < 0 || p.Pos > len(s) || s != "" && p.Pos == len(s) {
				t.Fatalf("Check(%q) = %#v", s, p)
			}
			if s != "" {
				if r, _ := utf8.DecodeRuneInString(s[p.Pos:]); r != p.Rune {
					t.Fatalf("Check(%q) = %#v, but the rune at %d is %U", s, p, p.Pos, r)
				}
			}
			_ = p.Error()
			return
		}
		if s == "" || len(s) > limit || !utf8.ValidString(s) || !norm.NFC.IsNormalString(s) {
			t.Fatalf("Check(%q) = nil, but it is empty, too long, invalid or not NFC", s)
		}
		if s[0] == ' ' || s[len(s)-1] == ' ' || strings.Contains(s, "  ") {
			t.Fatalf("Check(%q) = nil, but it is badly spaced", s)
		}
		if got, err := precis.OpaqueString.String(s); err != nil || got != s {
			t.Fatalf("Check(%q) = nil, but PRECIS OpaqueString gives %q, %v", s, got, err)
		}
		for _, r := range s {
			if r != ' ' && unicode.In(r, unicode.C, unicode.Z, unicode.Variation_Selector, unicode.Other_Default_Ignorable_Code_Point) {
				t.Fatalf("Check(%q) = nil, but it holds %U", s, r)
			}
		}
		if safetext.Check(s, len(s)) != nil || safetext.Check(s, len(s)-1) == nil {
			t.Fatalf("Check(%q) does not apply its length limit exactly", s)
		}
		for i := range s {
			if spoof := s[:i] + "\u200b" + s[i:]; safetext.Check(spoof, limit+3) == nil {
				t.Fatalf("Check(%q) = nil", spoof)
			}
		}
	})
}

func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func equalProblems(a, b *safetext.Problem) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}
