package vgt_test

import (
	"testing"

	"github.com/google/uuid"

	"github.com/virtualglobaltaskforce/vgt"
)

// Each benchmark has a baseline beside it, run in the same process, so
// that the ratio between them holds on a noisy machine: see BENCHMARKS.md.

var (
	sinkMember vgt.Member
	sinkOrg    vgt.Organization
	sinkInt    int
)

func BenchmarkMemberByID(b *testing.B) {
	a := vgt.Default()
	id := org(b, a, "Europol").ID
	b.ReportAllocs()
	for b.Loop() {
		m, ok := a.Member(id)
		if !ok {
			b.Fatal("not found")
		}
		sinkMember = m
	}
}

// BenchmarkBaselineMapUUID is a hit in a plain map from ID to Member: the
// least a lookup by ID can cost.
func BenchmarkBaselineMapUUID(b *testing.B) {
	a := vgt.Default()
	m := map[uuid.UUID]vgt.Member{}
	for x := range a.Members() {
		m[x.ID] = x
	}
	id := org(b, a, "Europol").ID
	b.ReportAllocs()
	for b.Loop() {
		x, ok := m[id]
		if !ok {
			b.Fatal("not found")
		}
		sinkMember = x
	}
}

func BenchmarkLookupASCII(b *testing.B) {
	a := vgt.Default()
	b.ReportAllocs()
	for b.Loop() {
		o, err := a.Lookup("Royal Canadian Mounted Police")
		if err != nil {
			b.Fatal(err)
		}
		sinkOrg = o
	}
}

func BenchmarkLookupUnicode(b *testing.B) {
	a := vgt.Default()
	b.ReportAllocs()
	for b.Loop() {
		o, err := a.Lookup("ＳＥＲＶＩＺＩＯ Polizia Postale e delle Comunicazioni")
		if err != nil {
			b.Fatal(err)
		}
		sinkOrg = o
		o, err = a.Lookup("وزارة الداخلية")
		if err != nil {
			b.Fatal(err)
		}
		sinkOrg = o
	}
}

// BenchmarkBaselineMapString is a hit in a plain map from the exact name
// to the organization: no normalization, no safety check.
func BenchmarkBaselineMapString(b *testing.B) {
	a := vgt.Default()
	m := map[string]vgt.Organization{}
	for o := range a.Organizations() {
		m[o.Name] = o
	}
	b.ReportAllocs()
	for b.Loop() {
		o, ok := m["Royal Canadian Mounted Police"]
		if !ok {
			b.Fatal("not found")
		}
		sinkOrg = o
	}
}

func BenchmarkCovering(b *testing.B) {
	a := vgt.Default()
	fr := vgt.MustParseJurisdiction("FR")
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		for range a.Covering(fr) {
			n++
		}
		if n != 2 {
			b.Fatalf("%d members cover FR", n)
		}
		sinkInt = n
	}
}
