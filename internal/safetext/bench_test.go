package safetext_test

import (
	"testing"
	"unicode/utf8"

	"github.com/virtualglobaltaskforce/vgt/internal/safetext"
)

// Each benchmark has a baseline beside it, utf8.ValidString over the same
// text, so that the ratio between the two holds on a noisy machine.

const (
	asciiName   = "National Center for Missing & Exploited" // 39 bytes
	unicodeName = "Gendarmerie royale du Canada – Émirats"  // 40 bytes, é and –
)

func BenchmarkCheckASCII(b *testing.B) {
	b.SetBytes(int64(len(asciiName)))
	for b.Loop() {
		if safetext.Check(asciiName, 256) != nil {
			b.Fatal("rejected")
		}
	}
}

func BenchmarkCheckASCIIBaseline(b *testing.B) {
	b.SetBytes(int64(len(asciiName)))
	for b.Loop() {
		if !utf8.ValidString(asciiName) {
			b.Fatal("invalid")
		}
	}
}

func BenchmarkCheckUnicode(b *testing.B) {
	b.SetBytes(int64(len(unicodeName)))
	for b.Loop() {
		if safetext.Check(unicodeName, 256) != nil {
			b.Fatal("rejected")
		}
	}
}

func BenchmarkCheckUnicodeBaseline(b *testing.B) {
	b.SetBytes(int64(len(unicodeName)))
	for b.Loop() {
		if !utf8.ValidString(unicodeName) {
			b.Fatal("invalid")
		}
	}
}

func BenchmarkCheckNameUnicode(b *testing.B) {
	b.SetBytes(int64(len(unicodeName)))
	for b.Loop() {
		if safetext.CheckName(unicodeName, 256) != nil {
			b.Fatal("rejected")
		}
	}
}
