package confusable_test

import (
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/virtualglobaltaskforce/vgt/internal/confusable"
)

// Each benchmark has a baseline beside it, norm.NFD over the same text (the
// first step of a skeleton), so that the ratio holds on a noisy machine.

const (
	asciiName   = "National Center for Missing & Exploited" // 39 bytes
	unicodeName = "Gendarmerie royale du Canada – Émirats"  // 40 bytes, é and –
)

func BenchmarkAppendSkeletonASCII(b *testing.B) {
	buf := make([]byte, 0, 64)
	b.SetBytes(int64(len(asciiName)))
	for b.Loop() {
		buf = confusable.AppendSkeleton(buf[:0], asciiName)
	}
}

func BenchmarkAppendSkeletonASCIIBaseline(b *testing.B) {
	buf := make([]byte, 0, 64)
	b.SetBytes(int64(len(asciiName)))
	for b.Loop() {
		buf = norm.NFD.AppendString(buf[:0], asciiName)
	}
}

func BenchmarkAppendSkeletonUnicode(b *testing.B) {
	buf := make([]byte, 0, 64)
	b.SetBytes(int64(len(unicodeName)))
	for b.Loop() {
		buf = confusable.AppendSkeleton(buf[:0], unicodeName)
	}
}

func BenchmarkAppendSkeletonUnicodeBaseline(b *testing.B) {
	buf := make([]byte, 0, 64)
	b.SetBytes(int64(len(unicodeName)))
	for b.Loop() {
		buf = norm.NFD.AppendString(buf[:0], unicodeName)
	}
}
