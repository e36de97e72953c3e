package vgt_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"runtime"
	"testing"

	"github.com/google/uuid"
	"golang.org/x/text/language"

	"github.com/virtualglobaltaskforce/vgt"
	"github.com/virtualglobaltaskforce/vgt/internal/synth"
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

// BenchmarkLookupUnicode looks up, in turn, a full-width Italian name and
// an Arabic one: each operation is one lookup.
func BenchmarkLookupUnicode(b *testing.B) {
	a := vgt.Default()
	queries := []string{"ＳＥＲＶＩＺＩＯ Polizia Postale e delle Comunicazioni", "وزارة الداخلية"}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		o, err := a.Lookup(queries[i%len(queries)])
		if err != nil {
			b.Fatal(err)
		}
		sinkOrg = o
		i++
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

// sizes are the alliance sizes of BenchmarkLoad and BenchmarkApply.
var sizes = []int{1000, 10000, 100000}

// documents caches synthetic documents, which take a while to make at
// n=100000.
var documents = map[int][]byte{}

func document(n int) []byte {
	if d, ok := documents[n]; ok {
		return d
	}
	d := synth.Document(synth.Options{Orgs: n, Seed: 1})
	documents[n] = d
	return d
}

func BenchmarkLoad(b *testing.B) {
	for _, n := range sizes {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			data := document(n)
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			var a *vgt.Alliance
			for b.Loop() {
				var err error
				a, err = vgt.Load(bytes.NewReader(data))
				if err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			b.ReportMetric(retainedPerOrg(b, data, n), "B/org")
			runtime.KeepAlive(a)
		})
	}
}

// retainedPerOrg loads data once more and returns the heap it keeps,
// after garbage collection, per organization.
func retainedPerOrg(b *testing.B, data []byte, n int) float64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	a, err := vgt.Load(bytes.NewReader(data))
	if err != nil {
		b.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(a)
	return float64(after.HeapAlloc-before.HeapAlloc) / float64(n)
}

// plainDoc is the document as plain structs: what encoding/json decodes
// with no validation and no conversion, for BenchmarkBaselineDecode.
type plainDoc struct {
	Alliance struct {
		Names []plainName `json:"names"`
	} `json:"alliance"`
	Organizations []struct {
		ID           string      `json:"id"`
		Names        []plainName `json:"names"`
		Jurisdiction string      `json:"jurisdiction"`
		Kind         string      `json:"kind"`
		Website      string      `json:"website"`
		Parent       string      `json:"parent"`
	} `json:"organizations"`
	People []struct {
		ID   string `json:"id"`
		Name string `json:"name"`
	} `json:"people"`
	Announcements []struct {
		ID        string   `json:"id"`
		Title     string   `json:"title"`
		Published string   `json:"published"`
		Publisher string   `json:"publisher"`
		Source    string   `json:"source"`
		Language  string   `json:"language"`
		Tags      []string `json:"tags"`
		Quotes    []struct {
			Speaker, Capacity, Post, Text string
		} `json:"quotes"`
		Changes []struct {
			Kind         string     `json:"kind"`
			Effective    string     `json:"effective"`
			Organization string     `json:"organization"`
			Role         string     `json:"role"`
			Category     string     `json:"category"`
			Successor    string     `json:"successor"`
			Name         *plainName `json:"name"`
			Post         string     `json:"post"`
			Person       string     `json:"person"`
		} `json:"changes"`
	} `json:"announcements"`
}

type plainName struct {
	Text   string `json:"text"`
	Lang   string `json:"lang"`
	Kind   string `json:"kind"`
	Period string `json:"period"`
}

// BenchmarkBaselineDecode decodes the same bytes as BenchmarkLoad with
// encoding/json into plain structs: the least a Load can cost.
func BenchmarkBaselineDecode(b *testing.B) {
	for _, n := range sizes {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			data := document(n)
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				var d plainDoc
				if err := json.Unmarshal(data, &d); err != nil {
					b.Fatal(err)
				}
				if len(d.Organizations) == 0 {
					b.Fatal("no organizations")
				}
			}
		})
	}
}

// BenchmarkApply applies one announcement, which introduces an
// organization and has it join, to an alliance of n organizations.
func BenchmarkApply(b *testing.B) {
	for _, n := range sizes {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			a, err := vgt.Load(bytes.NewReader(document(n)))
			if err != nil {
				b.Fatal(err)
			}
			o := vgt.NewOrganization(uuid.MustParse("5d1c0e6e-7a55-4d5c-9b57-3c2f6e0a9b11"), []vgt.Name{
				{Text: "Benchmark Police", Lang: language.English, Kind: vgt.NameKindOfficial},
			}, vgt.MustParseJurisdiction("CH"), vgt.MemberKindNationalAgency)
			an := vgt.Announcement{
				ID: uuid.MustParse("9e8d7c6b-5a49-4382-b716-05f4e3d2c1b0"), Title: "Benchmark",
				Published: vgt.MustParseDate("2030-01-01"), Source: "https://example.org/bench", Language: language.English,
				Organizations: []vgt.Organization{o},
				Changes:       []vgt.Change{{Kind: vgt.ChangeKindJoined, Effective: vgt.MustParseDate("2030"), Organization: o.ID, Role: vgt.RoleMember}},
			}
			b.ReportAllocs()
			for b.Loop() {
				next, err := a.Apply(an)
				if err != nil {
					b.Fatal(err)
				}
				if _, ok := next.Member(o.ID); !ok {
					b.Fatal("not a member")
				}
			}
		})
	}
}
