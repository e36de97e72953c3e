package namekey

import (
	"hash/maphash"
	"unicode"
	"unicode/utf8"

	"github.com/virtualglobaltaskforce/vgt/internal/confusable"
)

// SkeletonKeys returns the two keys under which s meets every name that a
// reader could take for it, whatever the case of either: the Unicode TS #39
// confusable skeleton (package internal/confusable) of s in upper case, and
// of s in lower case, each of s without its spaces and punctuation, and
// each marked with its case so that an upper-case key meets only upper-case
// keys. Two names are confusable when they share a skeleton key, or when
// their Keys are equal (then they are the same name).
//
// Both cases are needed because the skeleton follows case, as a reader's
// eye does: the Cyrillic ЕСРАТ and the Latin ECPAT share an upper-case
// skeleton, but in lower case есрат's т looks like a small capital T, not a
// t; "rn" and "m" share a lower-case skeleton only. A skeleton key is not
// case-folded afterwards: the skeleton maps a capital I to a small l, and
// folding would make ICACALY and ICACAIY, which no reader confuses, meet.
//
// Spaces and punctuation (Unicode's P categories) are dropped before the
// skeleton is taken, as a reader passes over them (E.С.P.A.T. reads as
// ECPAT); symbols and digits are kept and mapped, since a lookalike may use
// them for a letter (|NTERPOL, 1NTERPOL), and an Arabic-Indic zero, which
// the skeleton maps to a dot, still counts.
//
// A key is empty when s has nothing but spaces and punctuation; an empty
// key matches nothing. The recommended use, with keys computed once per
// name:
//
//   - a name whose skeleton keys meet another organization's name's while
//     its Key differs is a lookalike of that name, and is refused;
//   - a query whose Key matches no name but whose skeleton keys meet a
//     name's is a lookalike of that name, and is refused as unsafe rather
//     than not found, naming the name it imitates.
func SkeletonKeys(s string) [2]string {
	var keys [2]string
	skeletonKeys(s, func(i int, k []byte) { keys[i] = string(k) })
	return keys
}

// SkeletonHashes returns the hashes, with seed, of s's two skeleton keys
// (see SkeletonKeys), and zero for an empty key. It allocates nothing for
// an ASCII s, so that an index of a large document's names by their
// skeletons costs no string per name; a caller that finds two names with
// the same hash compares their SkeletonKeys to be sure.
func SkeletonHashes(seed maphash.Seed, s string) [2]uint64 {
	var hs [2]uint64
	skeletonKeys(s, func(i int, k []byte) { hs[i] = maphash.Bytes(seed, k) })
	return hs
}

// skeletonKeys calls f with each skeleton key of s that is not empty,
// built in buffers on the stack.
func skeletonKeys(s string, f func(int, []byte)) {
	var upper, lower, out [128]byte
	u, l := upper[:0], lower[:0]
	for _, r := range s {
		if unicode.IsSpace(r) || unicode.IsPunct(r) {
			continue
		}
		u = utf8.AppendRune(u, unicode.ToUpper(r))
		l = utf8.AppendRune(l, unicode.ToLower(r))
	}
	if len(u) == 0 {
		return
	}
	f(0, confusable.AppendSkeleton(append(out[:0], 'U'), string(u)))
	f(1, confusable.AppendSkeleton(append(out[:0], 'L'), string(l)))
}

// Confusable reports whether a reader could take a for b, in some case:
// whether they share a skeleton key, or are the same name (equal Keys).
func Confusable(a, b string) bool {
	if ka := Key(a); ka != "" && ka == Key(b) {
		return true
	}
	sa, sb := SkeletonKeys(a), SkeletonKeys(b)
	for i := range sa {
		if sa[i] != "" && sa[i] == sb[i] {
			return true
		}
	}
	return false
}
