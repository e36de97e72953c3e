// Package schemaorg writes an alliance as schema.org JSON-LD, the form
// that search engines and knowledge graphs read.
//
// # The graph
//
// Write writes one JSON-LD document whose "@graph" holds:
//
//   - the alliance, an Organization identified by its UUID, whose "member"
//     values are OrganizationRoles: one per period of membership or
//     partnership, with roleName (the role in words: "member", "industry
//     partner", "non-governmental partner"), startDate, endDate, the
//     organization as "member", and a description that gives the sources'
//     own words for the role and the vote that admitted it; and one Role per
//     tenure of a post (roleName "Chair"), with the holder as "member": the
//     person, or where no person is named the member whose seat holds the
//     post and the body the sources name as holder, if another (the National
//     Crime Agency for its CEOP command), and a description that gives the
//     holder's title as the source gives it, the seat and the body named as
//     holder, and the election;
//   - every organization the alliance knows: a GovernmentOrganization for
//     the law-enforcement agencies (members or not) and the bodies they are
//     part of or that are part of them, an NGO for a partner admitted as
//     non-governmental, and a plain Organization otherwise (the alliance's "industry" category names what
//     it admitted an organization as, not what the organization is: it
//     holds NGOs such as ECPAT International); with alternateName,
//     parentOrganization and, for an agency, its jurisdiction as areaServed
//     (a Country; an AdministrativeArea contained in its Country for a part
//     of a country such as GB-EAW, England and Wales; a Place for the
//     European Union, the world and other groups);
//   - every person, with the agencies they held a post for, and the bodies
//     the sources name as holder for them (Homeland Security Investigations
//     for Ian Quinn), as affiliation;
//   - every announcement, a NewsArticle with headline, datePublished,
//     publisher, url (its Source), inLanguage, keywords (its tags), the
//     organizations its changes are about as "about", and in "hasPart" its
//     quotes and its plans and claims.
//
// A quote is a Quotation. A person's words are spoken by the person in the
// capacity the announcement gives (spokenByCharacter, a Role whose roleName
// is that capacity and, for a quote spoken as Chair, "Chair of the
// Virtual Global Taskforce" too), with the organization the person spoke
// for as sourceOrganization. An organization's own statement has no
// speaker: the organization is its author. Reported speech, the source's
// paraphrase rather than the speaker's words, says so in the Quotation's
// description ("Reported speech: ...").
//
// # Plans and claims are never facts
//
// A change that an announcement states in advance (a plan) or that the
// record does not believe (a disputed or unconfirmed claim) is a Claim in
// the article's "hasPart", never a role of the alliance: its text begins
// with what it is ("Planned: ...", "Disputed claim: ...", "Unconfirmed
// claim: ...") and its description says what that means. The alliance's
// milestones are not written: schema.org's Event has no status that marks
// a disputed or unconfirmed one (eventStatus says only whether a scheduled
// event was cancelled or moved), and the Popolo export has them.
//
// Every node has an "@id": "urn:uuid:" and the package's UUID for the
// alliance, organizations, people and announcements (RFC 9562's URN
// namespace, so that no web address is invented); roles, places,
// quotations and claims are blank nodes. The context is written inline
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
	"encoding/json"
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
		Type             string `json:"@type"`
		Name             string `json:"name"`
		Identifier       string `json:"identifier"`
		ContainedInPlace *place `json:"containedInPlace,omitempty"`
	}
	// role is a Role or OrganizationRole in schema.org's role pattern: it
	// stands between the alliance and its member, and carries the member
	// under the same property ("member") that leads to it.
	role struct {
		Type        string    `json:"@type"`
		RoleName    string    `json:"roleName"`
		StartDate   string    `json:"startDate,omitempty"`
		EndDate     string    `json:"endDate,omitempty"`
		Description string    `json:"description,omitempty"`
		Member      many[ref] `json:"member"`
	}
	person struct {
		ID          string `json:"@id"`
		Type        string `json:"@type"`
		Name        string `json:"name"`
		Identifier  string `json:"identifier"`
		Affiliation []ref  `json:"affiliation,omitempty"`
	}
	article struct {
		ID            string     `json:"@id"`
		Type          string     `json:"@type"`
		Headline      string     `json:"headline,omitempty"`
		DatePublished string     `json:"datePublished,omitempty"`
		Description   string     `json:"description,omitempty"`
		Publisher     *publisher `json:"publisher,omitempty"`
		URL           string     `json:"url"`
		InLanguage    string     `json:"inLanguage,omitempty"`
		Keywords      []string   `json:"keywords,omitempty"`
		About         []ref      `json:"about,omitempty"`
		HasPart       []any      `json:"hasPart,omitempty"`
	}
	publisher struct {
		Type string `json:"@type"`
		Name string `json:"name"`
	}
	quotation struct {
		Type               string `json:"@type"`
		Text               string `json:"text"`
		Description        string `json:"description,omitempty"`
		SpokenByCharacter  *actor `json:"spokenByCharacter,omitempty"`
		SourceOrganization *ref   `json:"sourceOrganization,omitempty"`
		Author             *ref   `json:"author,omitempty"`
	}
	// actor is the speaker of a quotation, in the capacity the
	// announcement gives, by the role pattern as for members.
	actor struct {
		Type              string       `json:"@type"`
		RoleName          many[string] `json:"roleName,omitempty"`
		SpokenByCharacter ref          `json:"spokenByCharacter"`
	}
	// claim is a plan or a claim that an announcement makes (see the
	// package doc).
	claim struct {
		Type        string `json:"@type"`
		Text        string `json:"text"`
		Description string `json:"description"`
		About       []ref  `json:"about,omitempty"`
	}
)

// many is a property with one value or several: JSON-LD takes a single
// value as it is and several as an array, and a single value reads better.
type many[T any] []T

// MarshalJSON writes the one value of m as it is, and several as an array.
func (m many[T]) MarshalJSON() ([]byte, error) {
	if len(m) == 1 {
		return json.Marshal(m[0])
	}
	return json.Marshal([]T(m))
}

// Write writes a as one schema.org JSON-LD document, indented, ending in a
// newline. It fails only if w does.
func Write(w io.Writer, a *vgt.Alliance) error {
	return export.WriteJSON(w, build(a), "schemaorg")
}

// id is the node identifier of a record with a UUID.
func id(u uuid.UUID) string { return "urn:uuid:" + u.String() }

func build(a *vgt.Alliance) document {
	facts := a.Facts()
	allianceName := export.Name(facts.Names)
	alliance := organization{
		ID:         id(facts.ID),
		Type:       "Organization",
		Identifier: facts.ID.String(),
		URL:        facts.Website,
	}
	alliance.Name, alliance.AlternateName = names(facts.Names, allianceName)

	government := export.Government(a)
	ngo := map[uuid.UUID]bool{}
	for m := range a.Members() {
		for ms := range m.Memberships() {
			alliance.Member = append(alliance.Member, membership(vgt.RoleMember, m.ID, ms))
		}
	}
	for p := range a.Partners() {
		for ms := range p.Partnerships() {
			if ms.Category == vgt.PartnerCategoryNonGovernmental {
				ngo[p.ID] = true
			}
			alliance.Member = append(alliance.Member, membership(vgt.RolePartner, p.ID, ms))
		}
	}
	affiliations := map[uuid.UUID][]ref{}
	affiliate := func(pe uuid.UUID, org uuid.UUID) {
		if o, ok := a.Organization(org); ok && !slices.Contains(affiliations[pe], ref{id(o.ID)}) {
			affiliations[pe] = append(affiliations[pe], ref{id(o.ID)})
		}
	}
	for t := range a.Tenures() {
		var holders many[ref]
		if pe, ok := a.Person(t.Person); ok {
			holders = many[ref]{{id(pe.ID)}}
			affiliate(pe.ID, t.Agency)
			affiliate(pe.ID, t.Unit)
		} else {
			for _, org := range []uuid.UUID{t.Agency, t.Unit} {
				if o, ok := a.Organization(org); ok {
					holders = append(holders, ref{id(o.ID)})
				}
			}
		}
		if len(holders) == 0 {
			continue
		}
		alliance.Member = append(alliance.Member, role{
			Type:      "Role",
			RoleName:  export.PostLabel(t.Post),
			StartDate: export.ISODate(t.Period.Start),
			EndDate:   export.ISODate(t.Period.End),
			Description: export.Sentences(
				export.TitleNote(t.Title),
				export.SeatNote(a, t.Agency, t.Unit),
				export.AdmissionNote(t.Election),
				export.PeriodNote(t.Period),
			),
			Member: holders,
		})
	}

	graph := []any{alliance}
	for o := range a.Organizations() {
		n := organization{
			ID:         id(o.ID),
			Type:       "Organization",
			Identifier: o.ID.String(),
			URL:        o.Website,
			AreaServed: area(o.Authority()),
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
		graph = append(graph, newsArticle(a, allianceName, an))
	}
	return document{Context: map[string]string{"@vocab": "https://schema.org/"}, Graph: graph}
}

// membership returns the role of an organization in the alliance over a
// membership, dated by the package's rule for uncertain dates.
func membership(r vgt.Role, org uuid.UUID, ms vgt.Membership) role {
	return role{
		Type:      "OrganizationRole",
		RoleName:  export.RoleLabel(r, ms.Category),
		StartDate: export.ISODate(ms.Period.Start),
		EndDate:   export.ISODate(ms.Period.End),
		Member:    many[ref]{{id(org)}},
		Description: export.Sentences(
			export.WordsNote(ms.Words()),
			export.AdmissionNote(ms.Vote),
			export.PeriodNote(ms.Period),
		),
	}
}

func newsArticle(a *vgt.Alliance, allianceName string, an vgt.Announcement) article {
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
		n.HasPart = append(n.HasPart, quote(a, allianceName, q))
	}
	for _, c := range an.Changes {
		if c.Status == 0 {
			continue
		}
		cl := claim{
			Type:        "Claim",
			Text:        export.Marked(c.Status, export.ChangeText(a, c)+"."),
			Description: export.Sentences(export.StatusNote(c.Status), effective(c)),
		}
		for _, org := range []uuid.UUID{c.Organization, c.Successor, c.Parent} {
			if o, ok := a.Organization(org); ok {
				cl.About = append(cl.About, ref{id(o.ID)})
			}
		}
		n.HasPart = append(n.HasPart, cl)
	}
	return n
}

// quote maps a quote (see the package doc).
func quote(a *vgt.Alliance, allianceName string, q vgt.Quote) quotation {
	qn := quotation{Type: "Quotation", Text: q.Text}
	if q.Reported {
		qn.Description = "Reported speech: the source's paraphrase of what was said, not the speaker's own words."
	}
	org, hasOrg := a.Organization(q.Organization)
	pe, hasSpeaker := a.Person(q.Speaker)
	switch {
	case hasSpeaker:
		speaker := &actor{Type: "Role", SpokenByCharacter: ref{id(pe.ID)}}
		if q.Capacity != "" {
			speaker.RoleName = append(speaker.RoleName, q.Capacity)
		}
		if q.Post != 0 {
			speaker.RoleName = append(speaker.RoleName, export.PostLabel(q.Post)+" of the "+allianceName)
		}
		qn.SpokenByCharacter = speaker
		if hasOrg {
			qn.SourceOrganization = &ref{id(org.ID)}
		}
	case hasOrg:
		// An organization's own statement: no one speaks it, the
		// organization is its author.
		qn.Author = &ref{id(org.ID)}
	}
	return qn
}

// effective is a sentence on when a planned or claimed change takes effect,
// or "" where it gives no date.
func effective(c vgt.Change) string {
	if c.Effective.IsZero() {
		return ""
	}
	if c.Status == vgt.StatusPlanned {
		return "Planned for (EDTF): " + c.Effective.String() + "."
	}
	return "Claimed date (EDTF): " + c.Effective.String() + "."
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

// area returns the place a jurisdiction denotes, or nil for none: a part
// of a country is an AdministrativeArea within its Country.
func area(j vgt.Jurisdiction) *place {
	if !j.IsValid() {
		return nil
	}
	p := &place{Type: "Place", Name: j.Name(language.English), Identifier: j.String()}
	switch {
	case j.IsCountry():
		p.Type = "Country"
	case j.IsSubdivision():
		p.Type = "AdministrativeArea"
		p.ContainedInPlace = area(j.Country())
	}
	return p
}
