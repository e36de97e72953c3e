package namekey

import (
	"strings"

	"github.com/virtualglobaltaskforce/vgt/internal/confusable"
)

// SkeletonKeys returns the two keys under which s meets every name that a
// reader could take for it, whatever the case of either: [Key] of the
// Unicode TS #39 confusable skeleton (package internal/confusable) of s in
// upper case, and of s in lower case. Two names are confusable when they
// share a skeleton key; they are the same name when their keys are equal.
//
// Both cases are needed because the skeleton follows case, as a reader's
// eye does, while keys do not: the Cyrillic ЕСРАТ and the Latin ECPAT share
// an upper-case skeleton, but in lower case есрат's т looks like a small
// capital T, not a t; "rn" and "m" share a lower-case skeleton only. The
// skeleton is taken of s itself, not of its key, because a key drops the
// punctuation that a lookalike may use for a letter (|NTERPOL).
//
// A key is empty when the skeleton has no letter or digit; an empty key
// matches nothing. The recommended use, with keys computed once per name:
//
//   - a name whose skeleton keys meet another organization's name's while
//     its Key differs is a lookalike of that name, and is refused;
//   - a query whose Key matches no name but whose skeleton keys meet a
//     name's is a lookalike of that name, and is refused as unsafe rather
//     than not found, naming the name it imitates.
func SkeletonKeys(s string) [2]string {
	return [2]string{
		Key(confusable.Skeleton(strings.ToUpper(s))),
		Key(confusable.Skeleton(strings.ToLower(s))),
	}
}

// Confusable reports whether a and b share a skeleton key: whether a reader
// could take one for the other, in some case. A name is confusable with
// itself, and with every name of the same key.
func Confusable(a, b string) bool {
	ka, kb := SkeletonKeys(a), SkeletonKeys(b)
	for _, x := range ka {
		if x != "" && (x == kb[0] || x == kb[1]) {
			return true
		}
	}
	return false
}
