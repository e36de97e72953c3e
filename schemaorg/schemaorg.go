// Package schemaorg writes an alliance as schema.org JSON-LD, the form
// that search engines and knowledge graphs read.
//
// # The graph
//
// Write writes one JSON-LD document whose "@graph" holds:
//
//   - the alliance, an Organization identified by its UUID, whose "member"
//     values are OrganizationRoles: one per period of membership or
//     partnership, with roleName ("member", or the partner's category and
//     "partner", such as "industry partner"), startDate, endDate and the
//     organization as "member"; and one Role per tenure of a post (roleName
//     "chair") with the holder, a person or an agency, as "member";
//   - every organization the alliance knows: a GovernmentOrganization for
//     the member agencies and the bodies they are part of or that are part
//     of them, an NGO for a partner admitted as non-governmental, and a plain
//     Organization otherwise (the alliance's "industry" category names what
//     it admitted an organization as, not what the organization is: it
//     holds NGOs such as ECPAT International); with alternateName,
//     parentOrganization and, for a member, its jurisdiction as areaServed
//     (a Country, or a Place for the European Union, the world and other
//     groups);
//   - every person, with the agencies they held a post for as affiliation;
//   - every announcement, a NewsArticle with headline, datePublished,
//     publisher, url (its Source), inLanguage, keywords (its tags), the
//     organizations its changes are about as "about", and each quote as a
//     Quotation in "hasPart", spoken by the person in the capacity the
//     announcement gives (a Role whose roleName is that capacity).
//
// Every node has an "@id": "urn:uuid:" and the package's UUID for the
// alliance, organizations, people and announcements (RFC 9562's URN
// namespace, so that no web address is invented); roles, places and
// quotations are blank nodes. The context is written inline
// ({"@vocab": "https://schema.org/"}) so that a JSON-LD processor needs no
// network access. scripts/validate-formats parses the output with a JSON-LD
// processor (rdflib) and checks that every type and property is in the
// schema.org vocabulary, and that each property is one its node's type has.
//
// # Uncertain dates
//
// One rule, everywhere: startDate, endDate and datePublished are the
// Date's own text when it is a year, a month or a day ("2003", "2010-06",
// "2007-10-30"), which schema.org's ISO 8601 Date takes as it is; a day
// known only to lie in a range ("[2011-04-07..2011-05-31]") becomes the
// common prefix of its bounds ("2011"), and is left out where they share no
// year. No day is ever invented. schema.org has no way to say "ended at an
// unknown date" or to give bounds, so wherever those properties say less
// than the record (a range, an unknown start, or an end at an unknown
// date), the node's description gives the exact EDTF (ISO 8601-2) text:
// "Period (EDTF): 2003/" for a role that ended at an unknown date, beside no
// endDate, whereas an ongoing role simply has no endDate; "Published
// (EDTF): [2011-04-07..2011-05-31]" for an article.
//
// # Regenerating the golden file
//
// The golden test compares Write's output for vgt.Default() with
// testdata/default.jsonld. When the embedded record grows, regenerate it
// with
//
//	go test ./schemaorg -update
//
// and review the diff.
package schemaorg

import (
	"io"
	"slices"

	"github.com/google/uuid"
	"golang.org/x/text/language"

	"github.com/virtualglobaltaskforce/vgt"
	"github.com/virtualglobaltaskforce/vgt/internal/export"
)

// The nodes this package writes. Each field is one schema.org property; a
// new fact goes into one struct here and the one function that fills it.
type (
	document struct {
		Context map[string]string `json:"@context"`
		Graph   []any             `json:"@graph"`
	}
	ref struct {
		ID string `json:"@id"`
	}
	organization struct {
		ID                 string   `json:"@id"`
		Type               string   `json:"@type"`
		Name               string   `json:"name"`
		AlternateName      []string `json:"alternateName,omitempty"`
		Identifier         string   `json:"identifier"`
		URL                string   `json:"url,omitempty"`
		ParentOrganization *ref     `json:"parentOrganization,omitempty"`
		AreaServed         *place   `json:"areaServed,omitempty"`
		Member             []role   `json:"member,omitempty"`
	}
	place struct {
		Type       string `json:"@type"`
		Name       string `json:"name"`
		Identifier string `json:"identifier"`
	}
	// role is a Role or OrganizationRole in schema.org's role pattern: it
	// stands between the alliance and its member, and carries the member
	// under the same property ("member") that leads to it.
	role struct {
		Type        string `json:"@type"`
		RoleName    string `json:"roleName"`
		StartDate   string `json:"startDate,omitempty"`
		EndDate     string `json:"endDate,omitempty"`
		Description string `json:"description,omitempty"`
		Member      ref    `json:"member"`
	}
	person struct {
		ID          string `json:"@id"`
		Type        string `json:"@type"`
		Name        string `json:"name"`
		Identifier  string `json:"identifier"`
		Affiliation []ref  `json:"affiliation,omitempty"`
	}
	article struct {
		ID            string      `json:"@id"`
		Type          string      `json:"@type"`
		Headline      string      `json:"headline,omitempty"`
		DatePublished string      `json:"datePublished,omitempty"`
		Description   string      `json:"description,omitempty"`
		Publisher     *publisher  `json:"publisher,omitempty"`
		URL           string      `json:"url"`
		InLanguage    string      `json:"inLanguage,omitempty"`
		Keywords      []string    `json:"keywords,omitempty"`
		About         []ref       `json:"about,omitempty"`
		HasPart       []quotation `json:"hasPart,omitempty"`
	}
	publisher struct {
		Type string `json:"@type"`
		Name string `json:"name"`
	}
	quotation struct {
		Type              string `json:"@type"`
		Text              string `json:"text"`
		SpokenByCharacter *actor `json:"spokenByCharacter,omitempty"`
	}
	// actor is the speaker of a quotation, in the capacity the
	// announcement gives, by the role pattern as for members.
	actor struct {
		Type              string `json:"@type"`
		RoleName          string `json:"roleName,omitempty"`
		SpokenByCharacter ref    `json:"spokenByCharacter"`
	}
)

// Write writes a as one schema.org JSON-LD document, indented, ending in a
// newline. It fails only if w does.
func Write(w io.Writer, a *vgt.Alliance) error {
	return export.WriteJSON(w, build(a), "schemaorg")
}

// id is the node identifier of a record with a UUID.
func id(u uuid.UUID) string { return "urn:uuid:" + u.String() }

func build(a *vgt.Alliance) document {
	facts := a.Facts()
	alliance := organization{
		ID:         id(facts.ID),
		Type:       "Organization",
		Identifier: facts.ID.String(),
		URL:        facts.Website,
	}
	alliance.Name, alliance.AlternateName = names(facts.Names, export.Name(facts.Names))

	government := export.Government(a)
	ngo := map[uuid.UUID]bool{}
	areas := map[uuid.UUID]*place{}
	for m := range a.Members() {
		areas[m.ID] = area(m.Jurisdiction)
		for ms := range m.Memberships() {
			alliance.Member = append(alliance.Member, membership("member", m.ID, ms.Period))
		}
	}
	for p := range a.Partners() {
		for ms := range p.Partnerships() {
			if ms.Category == vgt.PartnerCategoryNonGovernmental {
				ngo[p.ID] = true
			}
			alliance.Member = append(alliance.Member, membership(ms.Category.String()+" partner", p.ID, ms.Period))
		}
	}
	affiliations := map[uuid.UUID][]ref{}
	for t := range a.Tenures() {
		agency, hasAgency := a.Organization(t.Agency)
		holder := agency.ID
		if pe, ok := a.Person(t.Person); ok {
			holder = pe.ID
			if ag := (ref{id(agency.ID)}); hasAgency && !slices.Contains(affiliations[pe.ID], ag) {
				affiliations[pe.ID] = append(affiliations[pe.ID], ag)
			}
		} else if !hasAgency {
			continue
		}
		r := membership(t.Post.String(), holder, t.Period)
		r.Type = "Role"
		alliance.Member = append(alliance.Member, r)
	}

	graph := []any{alliance}
	for o := range a.Organizations() {
		n := organization{
			ID:         id(o.ID),
			Type:       "Organization",
			Identifier: o.ID.String(),
			URL:        o.Website,
			AreaServed: areas[o.ID],
		}
		switch {
		case government[o.ID]:
			n.Type = "GovernmentOrganization"
		case ngo[o.ID]:
			n.Type = "NGO"
		}
		n.Name, n.AlternateName = names(slices.Collect(o.Names()), o.Name)
		if parent, ok := a.Organization(o.Parent); ok {
			n.ParentOrganization = &ref{id(parent.ID)}
		}
		graph = append(graph, n)
	}
	for pe := range a.People() {
		graph = append(graph, person{ID: id(pe.ID), Type: "Person", Name: pe.Name, Identifier: pe.ID.String(), Affiliation: affiliations[pe.ID]})
	}
	for an := range a.Announcements() {
		graph = append(graph, newsArticle(a, an))
	}
	return document{Context: map[string]string{"@vocab": "https://schema.org/"}, Graph: graph}
}

// membership returns the role of holder in the alliance over p, dated by
// the package's rule for uncertain dates.
func membership(name string, holder uuid.UUID, p vgt.Period) role {
	r := role{
		Type:        "OrganizationRole",
		RoleName:    name,
		StartDate:   export.ISODate(p.Start),
		EndDate:     export.ISODate(p.End),
		Member:      ref{id(holder)},
		Description: export.PeriodNote(p),
	}
	return r
}

func newsArticle(a *vgt.Alliance, an vgt.Announcement) article {
	n := article{
		ID:            id(an.ID),
		Type:          "NewsArticle",
		Headline:      an.Title,
		DatePublished: export.ISODate(an.Published),
		URL:           an.Source,
		Keywords:      an.Tags,
	}
	if an.Published.IsRange() {
		n.Description = "Published (EDTF): " + an.Published.String()
	}
	if an.Publisher != "" {
		n.Publisher = &publisher{Type: "Organization", Name: an.Publisher}
	}
	if an.Language != language.Und {
		n.InLanguage = an.Language.String()
	}
	for _, c := range an.Changes {
		if o, ok := a.Organization(c.Organization); ok && !slices.Contains(n.About, ref{id(o.ID)}) {
			n.About = append(n.About, ref{id(o.ID)})
		}
	}
	for _, q := range an.Quotes {
		qn := quotation{Type: "Quotation", Text: q.Text}
		if pe, ok := a.Person(q.Speaker); ok {
			qn.SpokenByCharacter = &actor{Type: "Role", RoleName: q.Capacity, SpokenByCharacter: ref{id(pe.ID)}}
		}
		n.HasPart = append(n.HasPart, qn)
	}
	return n
}

// names returns primary, the name to show, and the texts of the other
// names.
func names(ns []vgt.Name, primary string) (string, []string) {
	var others []string
	for _, n := range ns {
		if n.Text != primary && !slices.Contains(others, n.Text) {
			others = append(others, n.Text)
		}
	}
	return primary, others
}

// area returns the place a jurisdiction denotes, or nil for none.
func area(j vgt.Jurisdiction) *place {
	if !j.IsValid() {
		return nil
	}
	t := "Place"
	if j.IsCountry() {
		t = "Country"
	}
	return &place{Type: t, Name: j.Name(language.English), Identifier: j.String()}
}
