package vgt_test

import (
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/google/uuid"
	"golang.org/x/text/language"

	"github.com/virtualglobaltaskforce/vgt"
)

func ExampleDefault() {
	a := vgt.Default()
	then := a.AsOf(time.Date(2011, 6, 1, 0, 0, 0, 0, time.UTC))
	for m := range then.Members() {
		fmt.Printf("%s (%s)\n", m.Name, m.Jurisdiction)
	}
	chair, _ := then.Holder(vgt.PostChair)
	p, _ := a.Person(chair.Person)
	fmt.Println("Chair:", p.Name)
	// Output:
	// INTERPOL (001)
	// Royal Canadian Mounted Police (CA)
	// United States Department of Homeland Security (US)
	// Child Exploitation and Online Protection Centre (GB)
	// Italian Postal and Communication Police Service (IT)
	// Australian Federal Police (AU)
	// Ministry of Interior of the United Arab Emirates (AE)
	// New Zealand Police (NZ)
	// Europol (EU)
	// Chair: Neil Gaughan
}

func ExampleAlliance_Lookup() {
	a := vgt.Default()
	for _, name := range []string{"A.F.P.", "interpol", "ＥＵＲＯＰＯＬ", "Servizio Polizia Postale e delle Comunicazioni", "National Crime Squad"} {
		org, err := a.Lookup(name)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%s: %s\n", name, org.Name)
	}
	// Output:
	// A.F.P.: Australian Federal Police
	// interpol: INTERPOL
	// ＥＵＲＯＰＯＬ: Europol
	// Servizio Polizia Postale e delle Comunicazioni: Italian Postal and Communication Police Service
	// National Crime Squad: National Crime Squad for England and Wales
}

func ExampleAlliance_Lookup_refused() {
	a := vgt.Default()
	for _, name := range []string{"INTERP\u041eL", "Euro\u200bpol", "Interpool"} {
		_, err := a.Lookup(name)
		switch {
		case errors.Is(err, vgt.ErrUnsafeText):
			fmt.Println("refused:", err)
		case errors.Is(err, vgt.ErrNotFound):
			fmt.Println("not found:", err)
		}
	}
	// Output:
	// refused: vgt: "INTERPОL" at byte 6: unsafe text: Cyrillic letter U+041E in a Latin word
	// refused: vgt: "Euro\u200bpol" at byte 4: unsafe text: invisible character U+200B ZERO WIDTH SPACE
	// not found: vgt: "Interpool": not found: no organization has this name
}

func ExampleAlliance_Lookup_ambiguous() {
	a := vgt.Default()
	// Every Arabic-speaking state has a وزارة الداخلية, a Ministry of Interior.
	qatar := vgt.NewOrganization(uuid.MustParse("4f0c8a52-1d2e-4b3a-9c4d-5e6f7a8b9c0d"), []vgt.Name{
		{Text: "Ministry of Interior of Qatar", Lang: language.English, Kind: vgt.NameKindOfficial},
		{Text: "وزارة الداخلية", Lang: language.Arabic, Kind: vgt.NameKindOfficial},
	}, vgt.MustParseJurisdiction("QA"), vgt.MemberKindNationalAgency)
	b, err := a.Apply(vgt.Announcement{
		ID:            uuid.MustParse("7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"),
		Published:     vgt.MustParseDate("2011-12"),
		Source:        "https://example.org/qatar",
		Language:      language.English,
		Organizations: []vgt.Organization{qatar},
	})
	if err != nil {
		panic(err)
	}
	_, err = b.Lookup("وزارة الداخلية")
	fmt.Println(errors.Is(err, vgt.ErrAmbiguous))
	fmt.Println(err)
	// Output:
	// true
	// vgt: "وزارة الداخلية": ambiguous: 2 organizations bear this name: Ministry of Interior of Qatar [4f0c8a52-1d2e-4b3a-9c4d-5e6f7a8b9c0d]; Ministry of Interior of the United Arab Emirates [ab0fc3dc-6311-402c-99ec-d6a1706adb53]
}

func ExampleAlliance_Covering() {
	a := vgt.Default()
	for _, code := range []string{"FR", "NZ", "GB"} {
		var who []string
		for m := range a.Covering(vgt.MustParseJurisdiction(code)) {
			who = append(who, m.DisplayName())
		}
		fmt.Println(code, who)
	}
	// In 2011 the United Kingdom was in the European Union.
	var who []string
	for m := range a.AsOf(time.Date(2011, 6, 1, 0, 0, 0, 0, time.UTC)).Covering(vgt.MustParseJurisdiction("GB")) {
		who = append(who, m.DisplayName())
	}
	fmt.Println("GB in 2011", who)
	// Output:
	// FR [INTERPOL Europol]
	// NZ [INTERPOL New Zealand Police]
	// GB [INTERPOL Child Exploitation and Online Protection Command (CEOP)]
	// GB in 2011 [INTERPOL Child Exploitation and Online Protection Centre (CEOP) Europol]
}

func ExampleAlliance_AsOf() {
	a := vgt.Default()
	then := a.AsOf(time.Date(2008, 6, 1, 0, 0, 0, 0, time.UTC))
	for m := range then.Members() {
		fmt.Println("member:", m.DisplayName(), m.Membership().Period)
	}
	// The Australian seat passed from the AHTCC to the AFP on a date the
	// sources bound only to between February 2008 and December 2009.
	// Agencies that later sources list without saying since when may
	// have been members too.
	for m := range then.PossibleMembers() {
		fmt.Println("possibly:", m.DisplayName(), m.Membership().Period)
	}
	// Output:
	// member: INTERPOL 2003/..
	// member: Royal Canadian Mounted Police (RCMP) 2003/..
	// member: United States Department of Homeland Security (DHS) 2003/..
	// member: Child Exploitation and Online Protection Centre (CEOP) 2006-04/..
	// member: Italian Postal and Communication Police Service 2007-10-30/..
	// possibly: Colombian National Police [..2015-04-21]/..
	// possibly: Directorate of Criminal Investigations (DCI) [..2023-04-19]/..
	// possibly: National Bureau of Investigation (NBI) [..2024-11]/..
	// possibly: Philippine National Police (PNP) [..2024-11]/..
	// possibly: Australian High Tech Crime Centre (AHTCC) 2003/[2008-02..2009-12]
	// possibly: Australian Federal Police (AFP) [2008-02..2009-12]/..
}

func ExampleAlliance_Apply() {
	a := vgt.Default()
	hotline := vgt.NewOrganization(uuid.MustParse("2b6f0e2a-8c1d-4e3f-a5b6-c7d8e9f0a1b2"), []vgt.Name{
		{Text: "Example Hotline", Lang: language.English, Kind: vgt.NameKindOfficial},
	}, vgt.Jurisdiction{}, 0)
	an := vgt.Announcement{
		ID:            uuid.MustParse("3c7a1f3b-9d2e-4f40-b6c7-d8e9f0a1b2c3"),
		Title:         "A new partner",
		Published:     vgt.MustParseDate("2025-03-04"),
		Source:        "https://example.org/hotline",
		Language:      language.English,
		Organizations: []vgt.Organization{hotline},
		Changes: []vgt.Change{{
			Kind: vgt.ChangeKindJoined, Effective: vgt.MustParseDate("2025-03"),
			Organization: hotline.ID, Role: vgt.RolePartner, Category: vgt.PartnerCategoryNonGovernmental,
		}},
	}
	b, err := a.Apply(an)
	if err != nil {
		panic(err)
	}
	fmt.Println(len(slices.Collect(a.Partners())), "partners before,", len(slices.Collect(b.Partners())), "after")

	// Applying it again is refused, and changes nothing.
	_, err = b.Apply(an)
	fmt.Println(err)
	// Output:
	// 13 partners before, 14 after
	// vgt: announcement.id: "3c7a1f3b-9d2e-4f40-b6c7-d8e9f0a1b2c3": duplicate ID: an announcement with this ID was already applied
}

func ExampleParseJurisdiction() {
	for _, code := range []string{"fr", "UK", "EU", "001", "SU", "FRA"} {
		j, err := vgt.ParseJurisdiction(code)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%s: %s\n", j, j.Name(language.English))
	}
	// Output:
	// FR: France
	// GB: United Kingdom
	// EU: European Union
	// 001: World
	// vgt: "SU": invalid jurisdiction: withdrawn from ISO 3166-1 with no single successor (it was the USSR, dissolved in 1991)
	// vgt: "FRA": invalid jurisdiction: alpha-3 codes are not accepted; use "FR"
}

func ExampleJurisdiction_Name() {
	for _, code := range []string{"GB", "EU", "NZ", "AE"} {
		j := vgt.MustParseJurisdiction(code)
		fmt.Printf("%s | %s | %s | %s\n", j.Name(language.French), j.Name(language.Italian), j.Name(language.German), j.Name(language.Arabic))
	}
	// Output:
	// Royaume-Uni | Regno Unito | Vereinigtes Königreich | المملكة المتحدة
	// Union européenne | Unione Europea | Europäische Union | الاتحاد الأوروبي
	// Nouvelle-Zélande | Nuova Zelanda | Neuseeland | نيوزيلندا
	// Émirats arabes unis | Emirati Arabi Uniti | Vereinigte Arabische Emirate | الإمارات العربية المتحدة
}

func ExampleParseDate() {
	for _, s := range []string{"2003", "2010-06", "2007-10-30", "[2011-04-07..2011-05-31]", "[..2011-11-07]", "2011-02-30"} {
		d, err := vgt.ParseDate(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%-26s %s to %s\n", d, d.Earliest().Format(time.DateOnly), d.Latest().Format(time.DateOnly))
	}
	// Output:
	// 2003                       2003-01-01 to 2003-12-31
	// 2010-06                    2010-06-01 to 2010-06-30
	// 2007-10-30                 2007-10-30 to 2007-10-30
	// [2011-04-07..2011-05-31]   2011-04-07 to 2011-05-31
	// [..2011-11-07]             0001-01-01 to 2011-11-07
	// vgt: "2011-02-30": invalid date: February 2011 has 28 days
}

func ExampleCount() {
	for _, n := range []int{0, 1, 3} {
		fmt.Printf("%s | %s\n", vgt.Count(language.English, n, vgt.CountedPartners), vgt.Count(language.French, n, vgt.CountedPartners))
	}
	// Output:
	// 0 partners | 0 partenaire
	// 1 partner | 1 partenaire
	// 3 partners | 3 partenaires
}
