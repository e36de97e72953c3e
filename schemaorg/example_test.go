package schemaorg_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/virtualglobaltaskforce/vgt"
	"github.com/virtualglobaltaskforce/vgt/schemaorg"
)

// An announcement becomes a NewsArticle, its quote a Quotation spoken by
// the person in the capacity the announcement gives. Its publication, known
// only to lie between two days of 2011, is "2011" in datePublished and
// exact in the description.
func ExampleWrite() {
	a, err := vgt.Load(strings.NewReader(`{
	  "alliance": {"id": "1bc59415-3610-4b6b-9a06-fd2e22c77193",
	    "names": [{"text": "Virtual Global Taskforce", "lang": "en", "kind": "official"}]},
	  "organizations": [{"id": "c9104de5-c189-4e9a-af22-5677fd767e85",
	    "names": [{"text": "ECPAT International", "lang": "en", "kind": "official"}]}],
	  "people": [{"id": "92f1d9fb-c466-4ea2-a0ad-c8d03903ae49", "name": "Kathleen Speake"}],
	  "announcements": [{"id": "49005b2a-548e-4b78-a322-a073804e6841",
	    "title": "New industry support for Virtual Global Taskforce", "published": "[2011-04-07..2011-05-31]",
	    "publisher": "Europol", "source": "https://europol.europa.eu/", "language": "en", "tags": ["News"],
	    "quotes": [{"speaker": "92f1d9fb-c466-4ea2-a0ad-c8d03903ae49",
	      "capacity": "Executive Director of ECPAT International", "text": "We all have a duty of care to protect them."}],
	    "changes": [{"kind": "joined", "effective": "[2011-03..2011-04]",
	      "organization": "c9104de5-c189-4e9a-af22-5677fd767e85", "role": "partner", "category": "nonGovernmental"}]}]
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	var buf bytes.Buffer
	if err := schemaorg.Write(&buf, a); err != nil {
		fmt.Println(err)
		return
	}
	var doc struct {
		Graph []json.RawMessage `json:"@graph"`
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		fmt.Println(err)
		return
	}
	var out bytes.Buffer
	_ = json.Indent(&out, doc.Graph[len(doc.Graph)-1], "", "  ")
	fmt.Println(out.String())
	// Output:
	// {
	//   "@id": "urn:uuid:49005b2a-548e-4b78-a322-a073804e6841",
	//   "@type": "NewsArticle",
	//   "headline": "New industry support for Virtual Global Taskforce",
	//   "datePublished": "2011",
	//   "description": "Published (EDTF): [2011-04-07..2011-05-31]",
	//   "publisher": {
	//     "@type": "Organization",
	//     "name": "Europol"
	//   },
	//   "url": "https://europol.europa.eu/",
	//   "inLanguage": "en",
	//   "keywords": [
	//     "News"
	//   ],
	//   "about": [
	//     {
	//       "@id": "urn:uuid:c9104de5-c189-4e9a-af22-5677fd767e85"
	//     }
	//   ],
	//   "hasPart": [
	//     {
	//       "@type": "Quotation",
	//       "text": "We all have a duty of care to protect them.",
	//       "spokenByCharacter": {
	//         "@type": "Role",
	//         "roleName": "Executive Director of ECPAT International",
	//         "spokenByCharacter": {
	//           "@id": "urn:uuid:92f1d9fb-c466-4ea2-a0ad-c8d03903ae49"
	//         }
	//       }
	//     }
	//   ]
	// }
}

// A quote spoken as Chair names the post beside the speaker's own
// capacity, and the organization the speaker spoke for; reported speech
// says that it is a paraphrase; an organization's own statement has the
// organization as author and no speaker.
func ExampleWrite_quotes() {
	a, err := vgt.Load(strings.NewReader(`{
	  "alliance": {"id": "1bc59415-3610-4b6b-9a06-fd2e22c77193",
	    "names": [{"text": "Virtual Global Taskforce", "lang": "en", "kind": "official"}]},
	  "organizations": [{"id": "ccef4049-8a8b-499c-ae66-ac359c2d8b3f",
	    "names": [{"text": "National Crime Agency", "lang": "en", "kind": "official"}],
	    "jurisdiction": "GB", "kind": "nationalAgency"}],
	  "people": [{"id": "4ef89a65-5148-47da-915c-d8db8d36fe3e", "name": "Wendy Hart"}],
	  "announcements": [{"id": "9d2917de-5d13-45ca-b1e4-c3851f1b8a42",
	    "title": "NCA takes the chair", "published": "2021-10-20", "publisher": "NCA",
	    "source": "https://www.nationalcrimeagency.gov.uk/", "language": "en",
	    "quotes": [
	      {"speaker": "4ef89a65-5148-47da-915c-d8db8d36fe3e", "organization": "ccef4049-8a8b-499c-ae66-ac359c2d8b3f",
	       "capacity": "NCA deputy director", "post": "chair", "reported": true, "text": "The VGT met first in 2004."},
	      {"organization": "ccef4049-8a8b-499c-ae66-ac359c2d8b3f", "text": "The NCA is proud to chair the VGT."}],
	    "changes": [
	      {"kind": "joined", "effective": "2021-10", "organization": "ccef4049-8a8b-499c-ae66-ac359c2d8b3f", "role": "member"},
	      {"kind": "appointed", "effective": "2021-10", "organization": "ccef4049-8a8b-499c-ae66-ac359c2d8b3f", "post": "chair",
	       "person": "4ef89a65-5148-47da-915c-d8db8d36fe3e"}]}]
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	var buf bytes.Buffer
	if err := schemaorg.Write(&buf, a); err != nil {
		fmt.Println(err)
		return
	}
	var doc struct {
		Graph []struct {
			HasPart json.RawMessage `json:"hasPart"`
		} `json:"@graph"`
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		fmt.Println(err)
		return
	}
	var out bytes.Buffer
	_ = json.Indent(&out, doc.Graph[len(doc.Graph)-1].HasPart, "", "  ")
	fmt.Println(out.String())
	// Output:
	// [
	//   {
	//     "@type": "Quotation",
	//     "text": "The VGT met first in 2004.",
	//     "description": "Reported speech: the source's paraphrase of what was said, not the speaker's own words.",
	//     "spokenByCharacter": {
	//       "@type": "Role",
	//       "roleName": [
	//         "NCA deputy director",
	//         "Chair of the Virtual Global Taskforce"
	//       ],
	//       "spokenByCharacter": {
	//         "@id": "urn:uuid:4ef89a65-5148-47da-915c-d8db8d36fe3e"
	//       }
	//     },
	//     "sourceOrganization": {
	//       "@id": "urn:uuid:ccef4049-8a8b-499c-ae66-ac359c2d8b3f"
	//     }
	//   },
	//   {
	//     "@type": "Quotation",
	//     "text": "The NCA is proud to chair the VGT.",
	//     "author": {
	//       "@id": "urn:uuid:ccef4049-8a8b-499c-ae66-ac359c2d8b3f"
	//     }
	//   }
	// ]
}
