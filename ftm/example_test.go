package ftm_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/virtualglobaltaskforce/vgt"
	"github.com/virtualglobaltaskforce/vgt/ftm"
)

// A member agency becomes a PublicBody with FtM's country code, its
// membership a Membership whose start, known only to lie in the first week
// of April 2011, is "2011-04", and the announcement an Article with a
// Documentation of what it is about.
func ExampleWrite() {
	a, err := vgt.Load(strings.NewReader(`{
	  "alliance": {"id": "1bc59415-3610-4b6b-9a06-fd2e22c77193",
	    "names": [{"text": "Virtual Global Taskforce", "lang": "en", "kind": "official"}, {"text": "VGT", "kind": "acronym"}]},
	  "organizations": [{"id": "ad3fc993-9c98-4cc9-8cdd-798826195047",
	    "names": [{"text": "Europol", "lang": "en", "kind": "official"}],
	    "jurisdiction": "EU", "kind": "internationalOrganization"}],
	  "announcements": [{"id": "e2de8934-6548-4158-a91b-2be5615088f7",
	    "title": "Europol joins the Virtual Global Taskforce", "published": "2011-04-07", "publisher": "INTERPOL",
	    "source": "https://www.interpol.int/", "language": "en",
	    "changes": [{"kind": "joined", "effective": "[2011-04-01..2011-04-07]",
	      "organization": "ad3fc993-9c98-4cc9-8cdd-798826195047", "role": "member"}]}]
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := ftm.Write(os.Stdout, a); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {"id":"vgt-1bc59415-3610-4b6b-9a06-fd2e22c77193","schema":"Organization","properties":{"alias":["VGT"],"name":["Virtual Global Taskforce"]}}
	// {"id":"vgt-ad3fc993-9c98-4cc9-8cdd-798826195047","schema":"PublicBody","properties":{"jurisdiction":["eu"],"name":["Europol"]}}
	// {"id":"vgt-ad3fc993-9c98-4cc9-8cdd-798826195047-member-1","schema":"Membership","properties":{"description":["Period (EDTF): [2011-04-01..2011-04-07]/.."],"member":["vgt-ad3fc993-9c98-4cc9-8cdd-798826195047"],"organization":["vgt-1bc59415-3610-4b6b-9a06-fd2e22c77193"],"role":["member"],"sourceUrl":["https://www.interpol.int/"],"startDate":["2011-04"],"status":["current"]}}
	// {"id":"vgt-e2de8934-6548-4158-a91b-2be5615088f7","schema":"Article","properties":{"language":["eng"],"publishedAt":["2011-04-07"],"publisher":["INTERPOL"],"sourceUrl":["https://www.interpol.int/"],"title":["Europol joins the Virtual Global Taskforce"]}}
	// {"id":"vgt-e2de8934-6548-4158-a91b-2be5615088f7-ad3fc993-9c98-4cc9-8cdd-798826195047","schema":"Documentation","properties":{"document":["vgt-e2de8934-6548-4158-a91b-2be5615088f7"],"entity":["vgt-ad3fc993-9c98-4cc9-8cdd-798826195047"],"role":["joined"]}}
}

// FtM has no code for England and Wales, the National Crime Squad's remit:
// its jurisdiction is its country's code, and notes keep the exact one.
// Its official name before a renaming is a previous name, not an alias.
func ExampleWrite_jurisdictionAndNames() {
	a, err := vgt.Load(strings.NewReader(`{
	  "alliance": {"id": "1bc59415-3610-4b6b-9a06-fd2e22c77193",
	    "names": [{"text": "Virtual Global Taskforce", "lang": "en", "kind": "official"}]},
	  "organizations": [{"id": "cff1dd6b-ce74-4bff-8fa6-8764e816430a",
	    "names": [{"text": "National Crime Squad", "lang": "en", "kind": "official", "period": "/2005"},
	      {"text": "National Crime Squad for England and Wales", "lang": "en", "kind": "official", "period": "2005/.."}],
	    "jurisdiction": "GB-EAW", "kind": "nationalAgency"}]
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := ftm.Write(os.Stdout, a); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {"id":"vgt-1bc59415-3610-4b6b-9a06-fd2e22c77193","schema":"Organization","properties":{"name":["Virtual Global Taskforce"]}}
	// {"id":"vgt-cff1dd6b-ce74-4bff-8fa6-8764e816430a","schema":"PublicBody","properties":{"jurisdiction":["gb"],"name":["National Crime Squad for England and Wales"],"notes":["Jurisdiction (ISO 3166-2): GB-EAW, England and Wales; FtM has no code for it, and jurisdiction gives its country."],"previousName":["National Crime Squad"]}}
}
