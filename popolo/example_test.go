package popolo_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/virtualglobaltaskforce/vgt"
	"github.com/virtualglobaltaskforce/vgt/popolo"
)

// The membership of a member agency, and the tenure of a chair acting for
// it: a Popolo post membership with person_id and on_behalf_of_id, and the
// holder's title as label. The year "2003" stays a year; the tenure's
// start, known only as "on or before 2005-05-23", has no start_date, and
// its exact EDTF interval is in "period".
func ExampleWrite() {
	a, err := vgt.Load(strings.NewReader(`{
	  "alliance": {"id": "1bc59415-3610-4b6b-9a06-fd2e22c77193",
	    "names": [{"text": "Virtual Global Taskforce", "lang": "en", "kind": "official"}]},
	  "organizations": [{"id": "cff1dd6b-ce74-4bff-8fa6-8764e816430a",
	    "names": [{"text": "National Crime Squad", "lang": "en", "kind": "official"}],
	    "jurisdiction": "GB", "kind": "nationalAgency"}],
	  "people": [{"id": "82aad158-dd73-42c1-ab57-b4aaaff9444b", "name": "Jim Gamble"}],
	  "announcements": [{"id": "9d2917de-5d13-45ca-b1e4-c3851f1b8a42",
	    "title": "Virtual Global Taskforce", "published": "2005-05-23", "publisher": "Arma dei Carabinieri",
	    "source": "https://www.carabinieri.it/", "language": "en",
	    "changes": [
	      {"kind": "joined", "effective": "2003", "organization": "cff1dd6b-ce74-4bff-8fa6-8764e816430a", "role": "member"},
	      {"kind": "listed", "organization": "cff1dd6b-ce74-4bff-8fa6-8764e816430a", "post": "chair", "person": "82aad158-dd73-42c1-ab57-b4aaaff9444b",
	       "title": "Deputy Director General of the National Crime Squad"}]}]
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	var buf bytes.Buffer
	if err := popolo.Write(&buf, a); err != nil {
		fmt.Println(err)
		return
	}
	var doc struct{ Memberships []json.RawMessage }
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		fmt.Println(err)
		return
	}
	for _, m := range doc.Memberships {
		var out bytes.Buffer
		_ = json.Indent(&out, m, "", "  ")
		fmt.Println(out.String())
	}
	// Output:
	// {
	//   "id": "cff1dd6b-ce74-4bff-8fa6-8764e816430a-member-1",
	//   "label": "member",
	//   "role": "member",
	//   "member": {
	//     "@type": "Organization",
	//     "id": "cff1dd6b-ce74-4bff-8fa6-8764e816430a"
	//   },
	//   "organization_id": "1bc59415-3610-4b6b-9a06-fd2e22c77193",
	//   "start_date": "2003",
	//   "ongoing": true,
	//   "period": "2003/..",
	//   "sources": [
	//     {
	//       "url": "https://www.carabinieri.it/",
	//       "note": "Arma dei Carabinieri, 2005-05-23: Virtual Global Taskforce"
	//     }
	//   ],
	//   "last_confirmed": "2005-05-23"
	// }
	// {
	//   "id": "1bc59415-3610-4b6b-9a06-fd2e22c77193-chair-1",
	//   "label": "Deputy Director General of the National Crime Squad",
	//   "role": "chair",
	//   "person_id": "82aad158-dd73-42c1-ab57-b4aaaff9444b",
	//   "organization_id": "1bc59415-3610-4b6b-9a06-fd2e22c77193",
	//   "post_id": "1bc59415-3610-4b6b-9a06-fd2e22c77193-chair",
	//   "on_behalf_of_id": "cff1dd6b-ce74-4bff-8fa6-8764e816430a",
	//   "ongoing": true,
	//   "period": "[..2005-05-23]/..",
	//   "sources": [
	//     {
	//       "url": "https://www.carabinieri.it/",
	//       "note": "Arma dei Carabinieri, 2005-05-23: Virtual Global Taskforce"
	//     }
	//   ]
	// }
}

// A milestone announced in advance, a planned joining and an unconfirmed
// claim become events whose status says what they are, and whose names say
// it too, so that none reads as a fact.
func ExampleWrite_plansAndClaims() {
	a, err := vgt.Load(strings.NewReader(`{
	  "alliance": {"id": "1bc59415-3610-4b6b-9a06-fd2e22c77193",
	    "names": [{"text": "Virtual Global Taskforce", "lang": "en", "kind": "official"}],
	    "milestones": [{"date": "2011-06", "text": "A new website is due to go live.",
	      "source": "https://www.europol.europa.eu/", "status": "planned"}]},
	  "organizations": [{"id": "3744f760-3a8d-42b9-90fb-1c17ccebd5bb",
	    "names": [{"text": "Federal Bureau of Investigation", "lang": "en", "kind": "official"}],
	    "jurisdiction": "US", "kind": "nationalAgency"}],
	  "announcements": [{"id": "59a19d21-8091-4288-a298-a6df20e375ff",
	    "title": "Encryption statement", "published": "2023-04-20", "publisher": "MediaNama",
	    "source": "https://www.medianama.com/", "language": "en",
	    "changes": [
	      {"kind": "listed", "status": "unconfirmed", "organization": "3744f760-3a8d-42b9-90fb-1c17ccebd5bb", "role": "member"},
	      {"kind": "joined", "status": "planned", "effective": "2024", "organization": "3744f760-3a8d-42b9-90fb-1c17ccebd5bb", "role": "member"}]}]
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	var buf bytes.Buffer
	if err := popolo.Write(&buf, a); err != nil {
		fmt.Println(err)
		return
	}
	var doc struct {
		Events []struct{ Classification, Status, Name string }
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range doc.Events {
		fmt.Printf("%s (%s): %s\n", e.Classification, e.Status, e.Name)
	}
	// Output:
	// milestone (planned): Planned: A new website is due to go live.
	// plan (planned): Planned: Federal Bureau of Investigation joins as member.
	// claim (unconfirmed): Unconfirmed claim: Federal Bureau of Investigation is listed as member.
}
