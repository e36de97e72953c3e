package jsonscan_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/virtualglobaltaskforce/vgt/internal/jsonscan"
)

// realisticDoc returns a document shaped like the library's data file, with
// n announcements (about 7 KB each if indented as the data file is, 4.5 KB
// if compact): names in several scripts, UUIDs, URLs, dates, quotes with
// escaped characters.
func realisticDoc(n int, indent bool) string {
	type name struct {
		Text string `json:"text"`
		Lang string `json:"lang,omitempty"`
		Kind string `json:"kind"`
	}
	type org struct {
		ID           string `json:"id"`
		Names        []name `json:"names"`
		Jurisdiction string `json:"jurisdiction,omitempty"`
		Kind         string `json:"kind,omitempty"`
		Website      string `json:"website,omitempty"`
	}
	type quote struct {
		Speaker  string `json:"speaker"`
		Capacity string `json:"capacity,omitempty"`
		Text     string `json:"text"`
	}
	type change struct {
		Kind         string `json:"kind"`
		Effective    string `json:"effective"`
		Organization string `json:"organization"`
		Role         string `json:"role,omitempty"`
	}
	type announcement struct {
		ID        string   `json:"id"`
		Title     string   `json:"title,omitempty"`
		Published string   `json:"published"`
		Publisher string   `json:"publisher,omitempty"`
		Source    string   `json:"source"`
		Language  string   `json:"language"`
		Tags      []string `json:"tags,omitempty"`
		Quotes    []quote  `json:"quotes,omitempty"`
		Changes   []change `json:"changes,omitempty"`
		Orgs      []org    `json:"organizations,omitempty"`
	}
	uuid := func(i int) string {
		return fmt.Sprintf("%08x-de0d-44f8-be6e-%012x", i*2654435761%(1<<32), i*40503)
	}
	names := []name{
		{"Australian Federal Police", "en", "official"}, {"AFP", "", "acronym"},
		{"القوة العالمية الافتراضية", "ar", "alias"}, {"Полиция Австралии", "ru", "alias"},
		{"Office central pour la répression des violences aux personnes", "fr", "official"},
	}
	var doc struct {
		Alliance      map[string]any `json:"alliance"`
		Organizations []org          `json:"organizations"`
		Announcements []announcement `json:"announcements"`
	}
	doc.Alliance = map[string]any{"names": names, "website": "http://www.virtualglobaltaskforce.com/"}
	for i := range 40 {
		doc.Organizations = append(doc.Organizations, org{uuid(i), names[:1+i%5], "AU", "nationalAgency", "https://www.afp.gov.au/"})
	}
	for i := range n {
		a := announcement{
			ID: uuid(1000 + i), Title: "Police and industry tackle on-line child abuse <" + fmt.Sprint(i) + ">",
			Published: "[2005-01..2006-04]", Publisher: "Out-Law News (Pinsent Masons)",
			Source:   "https://www.pinsentmasons.com/out-law/news/police-and-industry-tackle-on-line-child-abuse?id=" + fmt.Sprint(i),
			Language: "en", Tags: []string{"membership", "chair", "operation"},
		}
		for j := range 3 {
			a.Quotes = append(a.Quotes, quote{"Jim Gamble", "chair", strings.Repeat(`The "Virtual Global Taskforce" — a partnership of law-enforcement agencies.\n `, 1+j)})
		}
		for j := range 20 {
			a.Changes = append(a.Changes, change{"joined", "2003-12-0" + fmt.Sprint(1+j%9), uuid(j), "member"})
		}
		a.Orgs = doc.Organizations[:3]
		doc.Announcements = append(doc.Announcements, a)
	}
	b, err := json.Marshal(doc)
	if indent {
		b, err = json.MarshalIndent(doc, "", "  ")
	}
	if err != nil {
		panic(err)
	}
	return string(b)
}

func BenchmarkScan(b *testing.B) {
	for _, bc := range []struct {
		name string
		doc  []byte
	}{
		{"indented", []byte(realisticDoc(140, true))},
		{"compact", []byte(realisticDoc(220, false))},
		{"smallobjects", smallObjects(16_000)},
	} {
		lim := jsonscan.Limits{MaxDepth: 64, MaxStringBytes: 4096, MaxValues: 1 << 22}
		if err := jsonscan.Scan(bc.doc, lim); err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("%s-%dKB", bc.name, len(bc.doc)>>10), func(b *testing.B) {
			b.SetBytes(int64(len(bc.doc)))
			b.ReportAllocs()
			for b.Loop() {
				if err := jsonscan.Scan(bc.doc, lim); err != nil {
					b.Fatal(err)
				}
			}
		})
		// For comparison: what encoding/json spends to check syntax only.
		b.Run(bc.name+"-json.Valid", func(b *testing.B) {
			b.SetBytes(int64(len(bc.doc)))
			b.ReportAllocs()
			for b.Loop() {
				if !json.Valid(bc.doc) {
					b.Fatal("invalid")
				}
			}
		})
	}
}
