package namekey_test

import (
	"bytes"
	"testing"

	"golang.org/x/text/cases"

	"github.com/virtualglobaltaskforce/vgt/internal/namekey"
)

// Each benchmark has a baseline beside it, so that the ratio between the two
// holds on a noisy machine.

const (
	asciiName   = "National Center for Missing & Exploited" // 39 bytes
	unicodeName = "Gendarmerie royale du Canada – Émirats"  // 40 bytes, é and –
)

func BenchmarkAppendKeyASCII(b *testing.B) {
	buf := make([]byte, 0, 64)
	b.SetBytes(int64(len(asciiName)))
	for b.Loop() {
		buf = namekey.AppendKey(buf[:0], asciiName)
	}
}

// BenchmarkAppendKeyASCIIBaseline lower-cases the same name with
// bytes.ToLower, a floor for any key.
func BenchmarkAppendKeyASCIIBaseline(b *testing.B) {
	src := []byte(asciiName)
	b.SetBytes(int64(len(asciiName)))
	for b.Loop() {
		_ = bytes.ToLower(src)
	}
}

func BenchmarkAppendKeyUnicode(b *testing.B) {
	buf := make([]byte, 0, 64)
	b.SetBytes(int64(len(unicodeName)))
	for b.Loop() {
		buf = namekey.AppendKey(buf[:0], unicodeName)
	}
}

// BenchmarkAppendKeyUnicodeBaseline case-folds the same name with x/text
// alone, one of the steps that AppendKey takes.
func BenchmarkAppendKeyUnicodeBaseline(b *testing.B) {
	fold := cases.Fold()
	b.SetBytes(int64(len(unicodeName)))
	for b.Loop() {
		_ = fold.String(unicodeName)
	}
}
