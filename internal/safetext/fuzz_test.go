package safetext_test

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/secure/precis"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"

	"github.com/virtualglobaltaskforce/vgt/internal/safetext"
)

// FuzzCheck checks that Check and CheckName never panic, that a Problem
// points at the rune it names, that the ASCII fast path agrees with the
// general path, that CheckName accepts only what Check accepts, and that
// what Check accepts keeps the promises safe text makes: valid UTF-8, NFC,
// accepted by PRECIS, spaced with single inner U+0020, nothing hidden, no
// word that mixes Latin with Cyrillic, Greek, Han, kana or Hangul, no
// compatibility lookalike of a letter, and broken by any zero-width space
// slipped into it.
func FuzzCheck(f *testing.F) {
	for _, s := range []string{
		"INTERPOL", "INTERP\u041eL", "\u202eECPAT", "Euro\u200bpol", "A.F.P.", "Missing & Exploited",
		"وزارة الداخلية", "中华人民共和国公安部", "Ελληνική Αστυνομία", "МВД России", "INHOPE’s",
		"E\u0301mirats", "col·laboració", "a·b", "\u0661\u06f2", "ＥＵＲＯＰＯＬ", "\U0001d408NTERPOL",
		" a", "a ", "a  b", "", "\xff", "\u0301", "東京・", "한국 경찰청", "NHKニュース",
		"INTERP\u3007L", "E.\u0421.P.A.T.", "E. \u0421. P. A. T.", "\u24baCPAT", "\u24a0cpat", "\U0001d404CPAT",
		"ECPAT\U0001d159", "Euro\u3164pol", "\u2800", "\u30cf\u309b", "Europol \u2013 \u0395\u03c5\u03c1\u03c9\u03c0\u03cc\u03bb",
		"ICPO \u56fd\u969b", "INTERP\u30fcL", "E\u20ddCPAT",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		const limit = 64
		p := safetext.Check(s, limit)
		pn := safetext.CheckName(s, limit)
		if ascii(s) && s != "" && len(s) <= limit {
			if u := safetext.CheckUnicode(s); !equalProblems(p, u) {
				t.Fatalf("Check(%q): fast path %v, general path %v", s, p, u)
			}
			if u := safetext.CheckNameUnicode(s); !equalProblems(pn, u) {
				t.Fatalf("CheckName(%q): fast path %v, general path %v", s, pn, u)
			}
		}
		if pn == nil && p != nil {
			t.Fatalf("CheckName(%q) = nil, but Check = %v", s, p)
		}
		if pn != nil {
			if pn.Reason == "" || pn.Pos < 0 || s != "" && pn.Pos >= len(s) {
				t.Fatalf("CheckName(%q) = %#v", s, pn)
			}
			if r, _ := utf8.DecodeRuneInString(s[pn.Pos:]); s != "" && r != pn.Rune {
				t.Fatalf("CheckName(%q) = %#v, but the rune at %d is %U", s, pn, pn.Pos, r)
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
		for _, w := range strings.Split(s, " ") {
			if latin, other := mixesLookalikes(w); latin && other {
				t.Fatalf("Check(%q) = nil, but its word %q mixes Latin with a lookalike script", s, w)
			}
		}
		for _, r := range s {
			if k := norm.NFKC.String(string(r)); k != string(r) && width.LookupRune(r).Kind() != width.EastAsianFullwidth &&
				width.LookupRune(r).Kind() != width.EastAsianHalfwidth && !strings.ContainsRune("\u0e33\u0eb3\u0edc\u0edd\u0587", r) &&
				strings.IndexFunc(k, func(v rune) bool { return unicode.In(v, unicode.L, unicode.M, unicode.N) }) >= 0 {
				t.Fatalf("Check(%q) = nil, but it holds %U, a compatibility variant of %q", s, r, k)
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

// mixesLookalikes reports whether the word w holds a Latin letter and a
// letter of a script whose letters can pass for Latin ones, by Go's own
// script tables.
func mixesLookalikes(w string) (latin, other bool) {
	for _, r := range w {
		switch {
		case unicode.Is(unicode.Latin, r):
			latin = true
		case unicode.In(r, unicode.Cyrillic, unicode.Greek, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul,
			unicode.Bopomofo, unicode.Armenian, unicode.Cherokee):
			other = true
		}
	}
	return latin, other
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

// FuzzCheckHost checks that CheckHost never panics, that a Problem points
// inside the host, that what it accepts has no empty or overlong label and
// only labels that Check accepts, and that Punycode decodes what it encodes.
func FuzzCheckHost(f *testing.F) {
	for _, s := range []string{
		"europol.europa.eu", "xn--bcher-kva.example", "bücher.example", "xn--80ak6aa92e.com", "аррӏе.com",
		"xn---e1afmkfd.example", "europ\u043el.eu", "a..b", ".", "", "xn--99999999999.eu", "例え.テスト",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, host string) {
		if a, ok := safetext.EncodePunycode(host); ok {
			if u, ok := safetext.DecodePunycode(a); !ok || u != host {
				t.Fatalf("Punycode %q of %q decodes to %q, %v", a, host, u, ok)
			}
		}
		p := safetext.CheckHost(host)
		if p != nil {
			if p.Reason == "" || p.Pos < 0 || host != "" && p.Pos >= len(host) {
				t.Fatalf("CheckHost(%q) = %#v", host, p)
			}
			_ = p.Error()
			return
		}
		labels := strings.Split(strings.TrimSuffix(host, "."), ".")
		for _, l := range labels {
			if l == "" || safetext.Check(l, len(l)) != nil {
				t.Fatalf("CheckHost(%q) = nil, but its label %q is empty or unsafe", host, l)
			}
			if ascii(l) && len(l) > 63 {
				t.Fatalf("CheckHost(%q) = nil, but its label %q is too long", host, l)
			}
		}
	})
}
