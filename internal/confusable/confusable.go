// Package confusable computes the confusable skeleton of a text, as
// Unicode Technical Standard #39 (Unicode Security Mechanisms), section 4,
// defines it: two texts that a reader could take for one another, such as
// "ECPAT" in Latin and "ЕСРАТ" in Cyrillic, or "INTERPOL" and "INTERP0L",
// have the same skeleton.
//
// golang.org/x/text has no confusables data, so this package generates its
// own table from Unicode's confusables.txt (see gen.go and fetch.sh), of the
// Unicode version of Go's unicode package; [UnicodeVersion] names it.
//
// A skeleton is for comparison only: it is not meant to be shown, and it is
// not a readable text ("m" becomes "rn", "I" becomes "l").
package confusable

//go:generate go run gen.go

import (
	"slices"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Skeleton returns the skeleton of s: s in normalization form NFD, each
// code point replaced by its prototype in confusables.txt (most are their
// own), and the result put in NFD again. Invalid UTF-8 becomes U+FFFD.
//
// Skeleton repeats the last two steps until nothing changes, which UTS #39
// does not: in its data a few prototypes, once in NFD, hold code points that
// have prototypes of their own (U+01C4 Ǆ gives D, Z and a caron, and the
// caron's prototype is a breve; thirteen code points in all). Repeating
// makes the skeleton its own skeleton, so that comparing skeletons is an
// equivalence, and it only ever joins texts whose one-pass skeletons differ,
// never parts two that UTS #39 calls confusable.
//
// Skeleton is case-sensitive, as UTS #39 is: "ECPAT" and "ЕСРАТ" share a
// skeleton, while "ecpat" and "есрат" do not, because the lower-case
// Cyrillic те looks like a small capital T, not a t. Callers that match
// without regard to case compare the skeletons of the upper- and of the
// lower-case forms.
func Skeleton(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return string(AppendSkeleton(nil, s))
		}
	}
	if !asciiChanges(s) {
		return s
	}
	var buf [64]byte
	return string(AppendSkeleton(buf[:0], s))
}

// maxPasses bounds the passes of AppendSkeleton: the data of Unicode 15.0
// needs two, and TestSkeletonEveryRune checks that every code point's
// skeleton is stable.
const maxPasses = 4

// AppendSkeleton appends the skeleton of s to dst and returns the extended
// buffer. It does not allocate for an ASCII s when dst has room.
func AppendSkeleton(dst []byte, s string) []byte {
	start := len(dst)
	if isASCII(s) {
		// ASCII is its own NFD, and the prototypes of ASCII are their own.
		for i := 0; i < len(s); i++ {
			dst = append(dst, asciiPrototype[s[i]]...)
		}
		return dst
	}
	cur := norm.NFD.String(s)
	var buf []byte
	for range maxPasses {
		buf = buf[:0]
		for _, r := range cur {
			buf = appendPrototype(buf, r)
		}
		next := norm.NFD.String(string(buf))
		if next == cur {
			break
		}
		cur = next
	}
	return append(dst[:start], cur...)
}

// Confusable reports whether a and b have the same skeleton: whether a
// reader could take one for the other. A text is confusable with itself.
func Confusable(a, b string) bool {
	return Skeleton(a) == Skeleton(b)
}

// appendPrototype appends the prototype of r, which is r itself for a code
// point that confusables.txt does not list.
func appendPrototype(dst []byte, r rune) []byte {
	if p, ok := prototype(r); ok {
		return append(dst, p...)
	}
	return utf8.AppendRune(dst, r)
}

// prototype returns the prototype confusables.txt gives r, if it lists r.
func prototype(r rune) (string, bool) {
	i, ok := slices.BinarySearch(sources[:], r)
	if !ok {
		return "", false
	}
	from := uint16(0)
	if i > 0 {
		from = protoEnd[i-1]
	}
	return prototypes[from:protoEnd[i]], true
}

// asciiPrototype holds the prototype of every ASCII byte, so that the
// skeleton of an ASCII text costs one table read a byte.
var asciiPrototype = func() (t [utf8.RuneSelf]string) {
	for c := range t {
		if p, ok := prototype(rune(c)); ok {
			t[c] = p
		} else {
			t[c] = string(rune(c))
		}
	}
	return t
}()

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// asciiChanges reports whether the skeleton of the ASCII text s differs
// from s.
func asciiChanges(s string) bool {
	for i := 0; i < len(s); i++ {
		if p := asciiPrototype[s[i]]; len(p) != 1 || p[0] != s[i] {
			return true
		}
	}
	return false
}
