package vgtcsv_test

import (
	"fmt"
	"strings"

	"github.com/virtualglobaltaskforce/vgt"
	"github.com/virtualglobaltaskforce/vgt/vgtcsv"
)

// example is a small alliance: a member agency with authority over England
// and Wales that joined in 2003 and whose seat passed to another in a month
// of 2006, a partner whose name a spreadsheet would take for a formula, and
// a claim that the record does not believe.
func example() *vgt.Alliance {
	a, err := vgt.Load(strings.NewReader(`{
	  "alliance": {"id": "1bc59415-3610-4b6b-9a06-fd2e22c77193",
	    "names": [{"text": "Virtual Global Taskforce", "lang": "en", "kind": "official"}]},
	  "organizations": [
	    {"id": "cff1dd6b-ce74-4bff-8fa6-8764e816430a", "names": [{"text": "National Crime Squad", "lang": "en", "kind": "official"}, {"text": "NCS", "kind": "acronym"}],
	     "jurisdiction": "GB-EAW", "kind": "nationalAgency"},
	    {"id": "5a6bfcce-67fb-4f09-8e7c-b61492cba798", "names": [{"text": "CEOP", "kind": "acronym"}],
	     "jurisdiction": "GB", "kind": "nationalAgency"},
	    {"id": "7057c4c4-9005-4ddf-a9b2-75640e62abfb", "names": [{"text": "=HYPERLINK(\"http://example.com\")", "lang": "en", "kind": "official"}]}],
	  "announcements": [
	    {"id": "e7914331-dd67-44f0-acff-c057aa813081", "title": "Police and industry tackle on-line child abuse",
	     "published": "[2005-01..2006-04]", "publisher": "Out-Law News", "source": "https://www.pinsentmasons.com/", "language": "en",
	     "changes": [{"kind": "joined", "effective": "2003", "organization": "cff1dd6b-ce74-4bff-8fa6-8764e816430a", "role": "member", "words": "founding members"}]},
	    {"id": "1200540b-f328-4365-8162-162b2f640ec7", "title": "Cybercop crusade", "published": "2006-04-19",
	     "publisher": "The Guardian", "source": "https://www.theguardian.com/", "language": "en", "tags": ["Society", "Children"],
	     "changes": [
	       {"kind": "succeeded", "effective": "2006-04", "organization": "cff1dd6b-ce74-4bff-8fa6-8764e816430a", "successor": "5a6bfcce-67fb-4f09-8e7c-b61492cba798"},
	       {"kind": "joined", "effective": "2006-04", "organization": "7057c4c4-9005-4ddf-a9b2-75640e62abfb", "role": "partner", "category": "nonGovernmental"},
	       {"kind": "listed", "status": "unconfirmed", "organization": "cff1dd6b-ce74-4bff-8fa6-8764e816430a", "role": "member"}]}]
	}`))
	if err != nil {
		panic(err)
	}
	return a
}

// crlf turns RFC 4180's line ends into those of an example's output.
var crlf = strings.NewReplacer("\r\n", "\n")

// Dates are EDTF's exact text; the partner's name begins with an
// apostrophe, so that a spreadsheet shows it rather than running it. The
// unconfirmed claim that the National Crime Squad was a member in 2006 is
// no row.
func ExampleWriteMembers() {
	var b strings.Builder
	if err := vgtcsv.WriteMembers(&b, example()); err != nil {
		fmt.Println(err)
	}
	fmt.Print(crlf.Replace(b.String()))
	// Output:
	// organization_id,organization,acronym,role,category,jurisdiction,jurisdiction_name,start,end,ongoing,unit_id,unit,words,vote,vote_words,last_confirmed,sources
	// cff1dd6b-ce74-4bff-8fa6-8764e816430a,National Crime Squad,NCS,member,,GB-EAW,England and Wales,2003,2006-04,false,,,founding members,,,2006-04-19,https://www.pinsentmasons.com/ https://www.theguardian.com/
	// 5a6bfcce-67fb-4f09-8e7c-b61492cba798,CEOP,CEOP,member,,GB,United Kingdom,2006-04,,true,,,,,,2006-04-19,https://www.theguardian.com/
	// 7057c4c4-9005-4ddf-a9b2-75640e62abfb,"'=HYPERLINK(""http://example.com"")",,partner,nonGovernmental,,,2006-04,,true,,,,,,2006-04-19,https://www.theguardian.com/
}

func ExampleWriteAnnouncements() {
	var b strings.Builder
	if err := vgtcsv.WriteAnnouncements(&b, example()); err != nil {
		fmt.Println(err)
	}
	fmt.Print(crlf.Replace(b.String()))
	// Output:
	// announcement_id,published,publisher,title,language,source,tags,changes,plans,claims,quotes
	// e7914331-dd67-44f0-acff-c057aa813081,[2005-01..2006-04],Out-Law News,Police and industry tackle on-line child abuse,en,https://www.pinsentmasons.com/,,1,0,0,0
	// 1200540b-f328-4365-8162-162b2f640ec7,2006-04-19,The Guardian,Cybercop crusade,en,https://www.theguardian.com/,Society; Children,3,0,1,0
}
