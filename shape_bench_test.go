package vgt_test

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/virtualglobaltaskforce/vgt"
	"github.com/virtualglobaltaskforce/vgt/internal/synth"
)

// shapeSizes are the sizes of BenchmarkLoadShape: a decade apart, so that
// the ratio of their times is the growth per decade (10× is linear).
var shapeSizes = []int{1000, 10000}

// BenchmarkLoadShape loads documents of one lopsided shape each (see
// synth.Shapes): one organization renamed n times, one with n names, n
// organizations with one name, n tags, n joinings and leavings, n
// appointments, n sources of one membership, a chain of n parents, and n
// errors. Each shape runs at two sizes a decade apart: the ratio of their
// times is the growth per decade, which BENCHMARKS.md records.
func BenchmarkLoadShape(b *testing.B) {
	for _, sh := range synth.Shapes {
		for _, n := range shapeSizes {
			b.Run(fmt.Sprintf("shape=%s/n=%d", sh.Name, n), func(b *testing.B) {
				data := sh.Doc(n)
				b.SetBytes(int64(len(data)))
				b.ReportAllocs()
				for b.Loop() {
					a, err := vgt.Load(bytes.NewReader(data))
					if sh.Valid && err != nil {
						b.Fatal(err)
					}
					if !sh.Valid && a != nil {
						b.Fatal("a document with errors loaded")
					}
				}
			})
		}
	}
}
