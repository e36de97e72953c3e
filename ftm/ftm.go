// Package ftm writes an alliance as FollowTheMoney (FtM) entities, the data
// model of Aleph and OpenSanctions that investigators load and link.
//
// # The entities
//
// Write writes one entity a line (JSON lines), each an object with "id",
// "schema" and "properties" (every property a list of strings), in FtM's
// own schemata and property names:
//
//   - the alliance: an Organization;
//   - every organization it knows: a PublicBody for the law-enforcement
//     agencies (members or not) and the bodies they are part of or that are
//     part of them, an Organization otherwise; with name, alias (acronyms,
//     short names, aliases and other official names in use), previousName
//     (former names, and official names, acronyms and short names whose
//     period has ended: Research In Motion, RIM), weakAlias, website and,
//     for an agency, its jurisdiction in FtM's country codes ("gb", "eu",
//     "zz" for the world). FtM has no codes for parts of countries, so an
//     agency whose jurisdiction is one
//     (GB-EAW, England and Wales: the National Crime Squad) has its country
//     ("gb") as jurisdiction and the exact ISO 3166-2 code in notes. An
//     organization that is part of another gets an UnknownLink to it with
//     role "part of", one for each period the record gives, dated (FtM's
//     "parent" is deprecated, and being a unit of a police force is no
//     ownership);
//   - every person: a Person;
//   - each period of membership or partnership: a Membership of the
//     organization in the alliance, with role (the role in words: "member",
//     "industry partner", "non-governmental partner") and a description
//     that gives the sources' own words for the role and the vote that
//     admitted it;
//   - the chair: a Position of the alliance; each tenure of a person an
//     Occupancy of it, whose description gives the holder's title as the
//     source gives it, the member whose seat holds the post, the body the
//     sources name as holder where it is another, and the election; and,
//     where the person acted for an agency, a Representation (the person as
//     agent, the agency as client). A tenure held by an agency with no
//     person named is a Membership with role "Chair". Where the sources name
//     another body as holder (Homeland Security Investigations for the seat
//     of the Department of Homeland Security, the National Crime Agency for
//     its CEOP command), a Representation has that body as agent and the
//     member whose seat it is as client;
//   - every announcement: an Article (title, publishedAt, publisher,
//     sourceUrl, language, keywords), and a Documentation linking it to each
//     organization its changes are about (role: what the change did, in
//     words, such as "joined" or "parent changed"), to each person it
//     quotes (role "quoted", or "quoted as Chair"; summary: the quote), and
//     to each organization that makes a statement in its own name (role
//     "statement"). Reported speech is marked in the summary ("Reported
//     speech, not verbatim: ...").
//
// Memberships, occupancies and representations carry startDate, endDate,
// status and, as sourceUrl, the Sources of the announcements that stated
// them. scripts/validate-formats checks every entity against FtM's own
// model (the schema definitions of the npm package
// @alephdata/followthemoney): its schema exists, each property is one the
// schema has, each value is of the property's type, and each required
// property is there.
//
// # Plans and claims are never facts
//
// FtM's links (Membership, Occupancy, Representation) state a relation as a
// fact, and no property of theirs marks one as planned or disputed that
// every tool would heed; a status of "disputed" would still draw the link.
// So a change an announcement states in advance (a plan) or that the
// record does not believe (a disputed or unconfirmed claim) is never a
// link: it appears only on the Documentation of the announcement that
// makes it, whose role begins with what it is ("Planned: joined",
// "Unconfirmed claim: listed") and whose summary says it in words
// ("Unconfirmed claim: Federal Bureau of Investigation is listed as
// member."). The alliance's milestones are not written: FtM has no schema
// for an event in an organization's own history, and the Popolo export
// has them, marked by status.
//
// # IDs
//
// An entity's ID is "vgt-" and the package's UUID of the record it maps
// ("vgt-1bc59415-3610-4b6b-9a06-fd2e22c77193" for the alliance); an entity
// with no UUID of its own takes its owner's and a suffix:
// "vgt-<organization>-member-1" is the organization's first membership,
// "vgt-<alliance>-chair" the Position, "vgt-<alliance>-chair-2" the second
// tenure of it ("...-chair-2-agency" and "...-chair-2-unit" its
// Representations), "vgt-<organization>-part-of-<parent>" the link to a
// parent ("...-2" for its second period there), "vgt-<announcement>-<entity>"
// a Documentation. The IDs are not hashed, as FtM tools often do with keys:
// a UUID is already unique and stable, so a hash would add nothing but hide
// it, and the readable form lets a reader find the record in the package
// and join the entities with the Popolo and schema.org exports, which use
// the same UUIDs. The "vgt-" prefix keeps them apart from other datasets'
// IDs in a shared Aleph collection.
//
// # Uncertain dates
//
// One rule, everywhere: a date property is the Date's own text when it is
// a year, a month or a day ("2003", "2010-06", "2007-10-30"), since FtM's
// date type takes a prefix of ISO 8601 as a date of that precision; a day
// known only to lie in a range ("[2011-04-07..2011-05-31]") becomes the
// common prefix of its bounds ("2011"), and is left out where they share no
// year. No day is ever invented. status is "current" for an ongoing period
// and "ended" for one that has ended, so that one that ended at an unknown
// date (status "ended", no endDate) is never taken for a current one; and
// wherever the dates say less than the record (a range, an unknown start
// or end), description gives the exact EDTF (ISO 8601-2) text, such as
// "Period (EDTF): 2003/[2005-05-24..2009]", or "Published (EDTF):
// [2011-04-07..2011-05-31]" on an Article.
//
// # Regenerating the golden file
//
// The golden test compares Write's output for vgt.Default() with
// testdata/default.ftm.json. When the embedded record grows, regenerate it
// with
//
//	go test ./ftm -update
//
// and review the diff.
package ftm

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/google/uuid"
	"golang.org/x/text/language"

	"github.com/virtualglobaltaskforce/vgt"
	"github.com/virtualglobaltaskforce/vgt/internal/export"
)

// An entity is one FtM entity: every property a list of strings.
type entity struct {
	ID         string              `json:"id"`
	Schema     string              `json:"schema"`
	Properties map[string][]string `json:"properties"`
}

func newEntity(id, schema string) *entity {
	return &entity{ID: id, Schema: schema, Properties: map[string][]string{}}
}

// add appends the non-empty values to a property, each once.
func (e *entity) add(prop string, values ...string) {
	for _, v := range values {
		if v != "" && !slices.Contains(e.Properties[prop], v) {
			e.Properties[prop] = append(e.Properties[prop], v)
		}
	}
}

// Write writes a as FtM entities, one JSON object a line. It fails only if
// w does.
func Write(w io.Writer, a *vgt.Alliance) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, e := range build(a) {
		if err := enc.Encode(e); err != nil {
			return fmt.Errorf("ftm: %w", err)
		}
	}
	return nil
}

// entityID is the ID of the entity that maps a record with a UUID, with
// the parts of a suffix for an entity that has no UUID of its own.
func entityID(u uuid.UUID, suffix ...string) string {
	return strings.Join(append([]string{"vgt", u.String()}, suffix...), "-")
}

func build(a *vgt.Alliance) []*entity {
	facts := a.Facts()
	self := entityID(facts.ID)
	allianceName := export.Name(facts.Names)
	postName := func(p vgt.Post) string { return export.PostLabel(p) + " of the " + allianceName }
	alliance := newEntity(self, "Organization")
	addNames(alliance, facts.Names, allianceName)
	alliance.add("website", facts.Website)
	out := []*entity{alliance}

	government := export.Government(a)
	var memberships []*entity
	for m := range a.Members() {
		i := 0
		for ms := range m.Memberships() {
			i++
			memberships = append(memberships, membership(a, self, m.ID, vgt.RoleMember, i, ms))
		}
	}
	for p := range a.Partners() {
		i := 0
		for ms := range p.Partnerships() {
			i++
			memberships = append(memberships, membership(a, self, p.ID, vgt.RolePartner, i, ms))
		}
	}

	for o := range a.Organizations() {
		schema := "Organization"
		if government[o.ID] {
			schema = "PublicBody"
		}
		e := newEntity(entityID(o.ID), schema)
		addNames(e, slices.Collect(o.Names()), o.Name)
		e.add("website", o.Website)
		if j := o.Authority(); j.IsValid() {
			e.add("jurisdiction", country(j))
			if j.IsSubdivision() {
				// FtM has country codes only: the code of the
				// country, and the exact one in words.
				e.add("notes", "Jurisdiction (ISO 3166-2): "+j.String()+", "+j.Name(language.English)+"; FtM has no code for it, and jurisdiction gives its country.")
			}
		}
		out = append(out, e)
		out = append(out, partOf(a, o)...)
	}
	for pe := range a.People() {
		e := newEntity(entityID(pe.ID), "Person")
		e.add("name", pe.Name)
		out = append(out, e)
	}
	out = append(out, memberships...)

	held := map[vgt.Post]int{}
	for t := range a.Tenures() {
		position := entityID(facts.ID, t.Post.String())
		if held[t.Post] == 0 {
			e := newEntity(position, "Position")
			e.add("name", postName(t.Post))
			e.add("organization", self)
			out = append(out, e)
		}
		held[t.Post]++
		id := entityID(facts.ID, t.Post.String(), strconv.Itoa(held[t.Post]))
		agency, hasAgency := a.Organization(t.Agency)
		pe, hasPerson := a.Person(t.Person)
		notes := []string{
			export.TitleNote(t.Title),
			export.SeatNote(a, t.Agency, t.Unit),
			export.AdmissionNote(t.Election),
		}
		switch {
		case hasPerson:
			occ := interval(a, newEntity(id, "Occupancy"), t.Period, t.Sources(), notes...)
			occ.add("holder", entityID(pe.ID))
			occ.add("post", position)
			out = append(out, occ)
			if hasAgency {
				rep := interval(a, newEntity(id+"-agency", "Representation"), t.Period, t.Sources())
				rep.add("agent", entityID(pe.ID))
				rep.add("client", entityID(agency.ID))
				rep.add("role", postName(t.Post))
				out = append(out, rep)
			}
		case hasAgency:
			m := interval(a, newEntity(id, "Membership"), t.Period, t.Sources(), notes...)
			m.add("member", entityID(agency.ID))
			m.add("organization", self)
			m.add("role", export.PostLabel(t.Post))
			out = append(out, m)
		}
		if unit, ok := a.Organization(t.Unit); ok && hasAgency {
			rep := interval(a, newEntity(id+"-unit", "Representation"), t.Period, t.Sources(), export.SeatNote(a, t.Agency, t.Unit))
			rep.add("agent", entityID(unit.ID))
			rep.add("client", entityID(agency.ID))
			rep.add("role", postName(t.Post))
			out = append(out, rep)
		}
	}

	for an := range a.Announcements() {
		out = append(out, article(a, an)...)
	}
	return out
}

// partOf returns the UnknownLinks of an organization to the bodies it has
// been part of, one per period, dated where the record dates it.
func partOf(a *vgt.Alliance, o vgt.Organization) []*entity {
	var out []*entity
	seen := map[uuid.UUID]int{}
	for af := range o.Parents() {
		parent, ok := a.Organization(af.Parent)
		if !ok {
			continue
		}
		seen[parent.ID]++
		id := entityID(o.ID, "part-of", parent.ID.String())
		if n := seen[parent.ID]; n > 1 {
			id += "-" + strconv.Itoa(n)
		}
		link := newEntity(id, "UnknownLink")
		if !af.Period.IsZero() {
			// The zero Period means that no dates are recorded, not that
			// the link ended at an unknown date.
			link = interval(a, link, af.Period, nil)
		}
		link.add("subject", entityID(o.ID))
		link.add("object", entityID(parent.ID))
		link.add("role", "part of")
		out = append(out, link)
	}
	return out
}

// membership returns the i-th (from 1) Membership of org in the alliance
// in role.
func membership(a *vgt.Alliance, self string, org uuid.UUID, role vgt.Role, i int, ms vgt.Membership) *entity {
	e := newEntity(entityID(org, role.String(), strconv.Itoa(i)), "Membership")
	e = interval(a, e, ms.Period, ms.Sources(), export.WordsNote(ms.Words()), export.AdmissionNote(ms.Vote))
	e.add("member", entityID(org))
	e.add("organization", self)
	e.add("role", export.RoleLabel(role, ms.Category))
	return e
}

// interval sets the dates, status, description and sources of an entity
// of an Interval schema by the package's rule for uncertain dates. The
// description is the notes, then what the dates leave out of p.
func interval(a *vgt.Alliance, e *entity, p vgt.Period, sources []uuid.UUID, notes ...string) *entity {
	e.add("startDate", export.ISODate(p.Start))
	e.add("endDate", export.ISODate(p.End))
	if p.Ongoing {
		e.add("status", "current")
	} else {
		e.add("status", "ended")
	}
	e.add("description", export.Sentences(append(notes, export.PeriodNote(p))...))
	for _, id := range sources {
		if an, ok := a.Announcement(id); ok {
			e.add("sourceUrl", an.Source)
		}
	}
	return e
}

// article returns the Article of an announcement and the Documentations
// that link it to what it is about.
func article(a *vgt.Alliance, an vgt.Announcement) []*entity {
	art := newEntity(entityID(an.ID), "Article")
	art.add("title", an.Title)
	art.add("publishedAt", export.ISODate(an.Published))
	if an.Published.IsRange() {
		art.add("description", "Published (EDTF): "+an.Published.String())
	}
	art.add("publisher", an.Publisher)
	art.add("sourceUrl", an.Source)
	if base, conf := an.Language.Base(); conf != language.No && an.Language != language.Und {
		art.add("language", base.ISO3())
	}
	art.add("keywords", an.Tags...)
	out := []*entity{art}

	docs := map[uuid.UUID]*entity{}
	doc := func(about uuid.UUID) *entity {
		if d, ok := docs[about]; ok {
			return d
		}
		d := newEntity(entityID(an.ID, about.String()), "Documentation")
		d.add("document", art.ID)
		d.add("entity", entityID(about))
		docs[about] = d
		out = append(out, d)
		return d
	}
	for _, c := range an.Changes {
		o, ok := a.Organization(c.Organization)
		if !ok {
			continue
		}
		d := doc(o.ID)
		d.add("role", export.Marked(c.Status, export.ChangeKindLabel(c.Kind)))
		if c.Status != 0 {
			d.add("summary", export.Marked(c.Status, export.ChangeText(a, c)+"."))
		}
	}
	for _, q := range an.Quotes {
		text := q.Text
		if q.Reported {
			text = "Reported speech, not verbatim: " + text
		}
		if pe, ok := a.Person(q.Speaker); ok {
			d := doc(pe.ID)
			if q.Post != 0 {
				d.add("role", "quoted as "+export.PostLabel(q.Post))
			} else {
				d.add("role", "quoted")
			}
			d.add("summary", text)
		} else if o, ok := a.Organization(q.Organization); ok {
			d := doc(o.ID)
			d.add("role", "statement")
			d.add("summary", text)
		}
	}
	return out
}

// addNames sets name to primary and files the other names under FtM's
// properties for them: previousName for a name no longer in use (see
// export.IsFormer).
func addNames(e *entity, ns []vgt.Name, primary string) {
	e.add("name", primary)
	for _, n := range ns {
		switch {
		case n.Text == primary:
		case export.IsFormer(n):
			e.add("previousName", n.Text)
		case n.Kind == vgt.NameKindWeakAlias:
			e.add("weakAlias", n.Text)
		default:
			e.add("alias", n.Text)
		}
	}
}

// country returns FtM's country code for a jurisdiction: the lower-case
// ISO 3166-1 code of a country, that of its country for a part of one,
// "eu" for the European Union, "zz" (FtM's "Global") for the world, and ""
// for what FtM has no code for.
func country(j vgt.Jurisdiction) string {
	switch {
	case j == vgt.World:
		return "zz"
	case j == vgt.EuropeanUnion, j.IsCountry():
		return strings.ToLower(j.String())
	case j.IsSubdivision():
		return country(j.Country())
	}
	return ""
}
