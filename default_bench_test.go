package vgt_test

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"

	"github.com/virtualglobaltaskforce/vgt"
)

// embedded returns the bytes of the embedded dataset, as Default reads
// them.
func embedded(b *testing.B) []byte {
	data, err := os.ReadFile("data/vgt.json")
	if err != nil {
		b.Fatal(err)
	}
	return data
}

// BenchmarkDefault measures what Default costs on first use: Load of the
// embedded dataset (Default itself is built once, so it is the Load that
// is timed).
func BenchmarkDefault(b *testing.B) {
	data := embedded(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := vgt.Load(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBaselineDefaultDecode decodes the same bytes with encoding/json
// into generic values: a decode with no checks at all, beside which
// BenchmarkDefault shows what validation and the fold cost.
func BenchmarkBaselineDefaultDecode(b *testing.B) {
	data := embedded(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		var v any
		if err := json.Unmarshal(data, &v); err != nil {
			b.Fatal(err)
		}
	}
}
