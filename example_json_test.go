package vgt_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/virtualglobaltaskforce/vgt"
)

// A small document: one agency, and the announcement of its joining.
const smallDocument = `{
  "alliance": {"id": "1bc59415-3610-4b6b-9a06-fd2e22c77193", "names": [{"text": "Virtual Global Taskforce", "lang": "en", "kind": "official"}]},
  "organizations": [
    {"id": "0a3e9e66-de0d-44f8-be6e-09f21fb5f71b", "names": [
       {"text": "Australian Federal Police", "lang": "en", "kind": "official"},
       {"text": "AFP", "kind": "acronym"}],
     "jurisdiction": "AU", "kind": "nationalAgency"}
  ],
  "people": [],
  "announcements": [
    {"id": "e7914331-dd67-44f0-acff-c057aa813081", "title": "The AFP joins", "published": "2009-06-15",
     "source": "https://example.org/afp-joins", "language": "en",
     "changes": [{"kind": "joined", "effective": "2009-06", "organization": "0a3e9e66-de0d-44f8-be6e-09f21fb5f71b", "role": "member",
                  "words": "law enforcement partner"}]}
  ]
}`

func ExampleLoad() {
	a, err := vgt.Load(strings.NewReader(smallDocument))
	if err != nil {
		fmt.Println(err)
		return
	}
	for m := range a.Members() {
		fmt.Printf("%s, %s, member %s\n", m.DisplayName(), m.Jurisdiction, m.Membership().Period)
	}
	fmt.Println("recorded through", a.RecordedThrough())
	// Output:
	// Australian Federal Police (AFP), AU, member 2009-06/..
	// recorded through 2009-06-15
}

func ExampleAlliance_WriteJSON() {
	a := vgt.Default()
	var doc bytes.Buffer
	if err := a.WriteJSON(&doc); err != nil {
		fmt.Println(err)
		return
	}
	b, err := vgt.Load(&doc)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("same members:", slices.EqualFunc(slices.Collect(a.Members()), slices.Collect(b.Members()),
		func(x, y vgt.Member) bool { return x.ID == y.ID }))
	// Output:
	// same members: true
}

// An Alliance marshals with encoding/json through WriteJSON and Load, so
// that it can sit inside a service's own JSON.
func ExampleAlliance_MarshalJSON() {
	type snapshot struct {
		Label    string        `json:"label"`
		Alliance *vgt.Alliance `json:"alliance"`
	}
	a, _ := vgt.Load(strings.NewReader(smallDocument))
	b, err := json.Marshal(snapshot{Label: "test", Alliance: a})
	if err != nil {
		fmt.Println(err)
		return
	}
	var back snapshot
	if err := json.Unmarshal(b, &back); err != nil {
		fmt.Println(err)
		return
	}
	for m := range back.Alliance.Members() {
		fmt.Println(back.Label, m.Name)
	}
	// Output:
	// test Australian Federal Police
}

// A Member marshals to the document's lower-camel-case form, with its
// memberships: each with the sources' own words for the role, when a
// source last confirmed it, and the announcements that stated it.
func ExampleMember_MarshalJSON() {
	a, err := vgt.Load(strings.NewReader(smallDocument))
	if err != nil {
		fmt.Println(err)
		return
	}
	org, _ := a.Lookup("AFP")
	m, _ := a.Member(org.ID)
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(m); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {
	//   "id": "0a3e9e66-de0d-44f8-be6e-09f21fb5f71b",
	//   "names": [
	//     {
	//       "text": "Australian Federal Police",
	//       "lang": "en",
	//       "kind": "official"
	//     },
	//     {
	//       "text": "AFP",
	//       "kind": "acronym"
	//     }
	//   ],
	//   "jurisdiction": "AU",
	//   "kind": "nationalAgency",
	//   "name": "Australian Federal Police",
	//   "acronym": "AFP",
	//   "memberships": [
	//     {
	//       "period": "2009-06/..",
	//       "lastConfirmed": "2009-06-15",
	//       "words": [
	//         "law enforcement partner"
	//       ],
	//       "sources": [
	//         "e7914331-dd67-44f0-acff-c057aa813081"
	//       ]
	//     }
	//   ]
	// }
}
