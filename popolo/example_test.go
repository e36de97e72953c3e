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
// it: a Popolo post membership with person_id and on_behalf_of_id. The
// year "2003" stays a year; the tenure's start, known only as "on or before
// 2005-05-23", has no start_date, and its exact EDTF interval is in
// "period".
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
	      {"kind": "listed", "organization": "cff1dd6b-ce74-4bff-8fa6-8764e816430a", "post": "chair", "person": "82aad158-dd73-42c1-ab57-b4aaaff9444b"}]}]
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
	//   ]
	// }
	// {
	//   "id": "1bc59415-3610-4b6b-9a06-fd2e22c77193-chair-1",
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
