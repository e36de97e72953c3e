// Package popolo writes an alliance as a Popolo JSON document
// (popoloproject.com), the interchange format of civic-tech and open-data
// projects for organizations, people, memberships and posts.
//
// # The document
//
// Write writes one JSON object with the collections Popolo defines:
//
//   - "organizations": the alliance itself first, then every organization the
//     alliance knows (members, partners and the bodies they are part of),
//     each with its other_names (a name no longer in use noted as "former",
//     or as "former official", "former acronym" where an official name or
//     acronym ended, with its end_date), an identifier in the scheme "vgt"
//     (its UUID), its parent_id, its classification ("alliance", the member's
//     kind such as "nationalAgency", or "partner") and, for an agency, the
//     area_id of its jurisdiction;
//   - "persons": every person the alliance knows;
//   - "memberships": each period in which an organization was a member or a
//     partner of the alliance (role "member" or "partner", label the role in
//     words such as "non-governmental partner"; the organization as
//     "member", the alliance as "organization_id"), and each tenure of a
//     post (role "chair": "post_id", and "person_id" with "on_behalf_of_id"
//     for a person acting for an agency, or the agency as "member" where no
//     person is named; label the holder's title as the source gives it),
//     each with the announcements that stated it as "sources" (url: the
//     announcement's Source). "on_behalf_of_id" and "member" are always the
//     member whose seat holds the post; where the sources name another body
//     as holder (Homeland Security Investigations for the seat of the
//     Department of Homeland Security, the National Crime Agency for its
//     CEOP command), "unit_id" names it;
//   - "posts": the alliance's posts that someone has held;
//   - "areas": the agencies' jurisdictions, by code, classified "country",
//     "subdivision" (an ISO 3166-2 code such as GB-EAW, England and Wales,
//     with its country as parent_id and among the areas) or "group";
//   - "events": the alliance's milestones (classification "milestone"), the
//     plans that announcements made (classification "plan") and the claims
//     the record holds but does not believe (classification "claim"; see
//     below).
//
// Every object validates against the Popolo JSON Schemas (schemas/*.json in
// the popolo-spec repository); scripts/validate-formats checks it.
//
// IDs are the package's UUIDs in canonical form, so that they join with the
// other exports; what has no UUID of its own takes its owner's and a
// suffix: "<organization>-member-1" is the organization's first membership,
// "<alliance>-chair-2" the second tenure of the chair, "<alliance>-chair" the
// post, "<alliance>-milestone-3" the third milestone, "<alliance>-plan-1"
// and "<alliance>-claim-1" the first plan and claim. Areas are identified by
// their jurisdiction code ("AU", "EU", "001", "GB-EAW"). The IDs are
// stable: the same record gives the same IDs in every run.
//
// # Plans and claims are never facts
//
// An event that is not stated as having happened carries its vgt.Status as
// Popolo's event "status" ("planned", "disputed" or "unconfirmed"), says
// what that means in its "description", and its name begins with the
// status in words: "Disputed claim: Ernie Allen is chairman of the
// alliance.", "Planned: A new website is due to go live.", so that no one
// who reads only the name takes it for a fact. A stated milestone has no
// status. A plan (vgt.Alliance.Plans) is an event with status "planned"
// named for the planned change ("Planned: Korean National Police Agency
// joins as member; ..."), dated by its planned date, whose description says
// whether and when a later change fulfilled it. A claim (vgt.Alliance.Claims)
// is an event with status "disputed" or "unconfirmed", dated by the claimed
// change's effective date where it has one. Neither is ever written as a
// membership: the memberships are what the record believes.
//
// # Extension fields
//
// Popolo lets a document add fields; this one adds, and documents here, only
// these: "recorded_through" at the top (the record's horizon, see
// vgt.Alliance.RecordedThrough: "ongoing" means as recorded through then);
// on memberships "ongoing", "period", "category" (a partner's category, as
// its code), "predecessor_id" and "successor_id" (the member whose seat it
// took over, or that took it over), "unit_id" (the body the sources name as
// holding the seat or the post, where it is not the member itself),
// "words" (the sources' own words for the role, such as "private industry
// partners"), "vote" (the vote that admitted the organization) or
// "election" (the election that led to a tenure), each an object with
// "date" (EDTF), "words" and "sources", "last_confirmed" (the publication
// date, in EDTF, of the latest announcement that stated the membership) and
// "plans" (the announcements whose plans the membership or tenure fulfilled,
// as sources); on other_names "lang" (BCP 47) and "period"; on events "date"
// (the exact EDTF date).
//
// # Uncertain dates
//
// One rule, everywhere: start_date and end_date are the Date's own text
// when it is a year, a month or a day ("2003", "2010-06", "2007-10-30"),
// which Popolo's reduced ISO 8601 takes as it is; a day known only to lie in
// a range ("[2011-04-07..2011-05-31]") becomes the common prefix of its
// bounds ("2011"), and is left out where they share no year. No day is ever
// invented. The extension field "period" keeps the exact EDTF interval
// (ISO 8601-2) beside them, as vgt.Period's text form, and "ongoing" says
// whether it has ended: an ongoing membership has no end_date and
// "ongoing": true ("period" ends in "/.."); one that ended at an unknown
// date has no end_date and "ongoing": false ("period" ends in "/"). An end
// known only to lie in a range whose bounds share no year has no end_date
// either, and "period" gives the range.
//
// # Regenerating the golden file
//
// The golden test compares Write's output for vgt.Default() with
// testdata/default.json. When the embedded record grows, regenerate it with
//
//	go test ./popolo -update
//
// and review the diff.
package popolo

import (
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/google/uuid"
	"golang.org/x/text/language"

	"github.com/virtualglobaltaskforce/vgt"
	"github.com/virtualglobaltaskforce/vgt/internal/export"
)

// The Popolo objects this package writes. Each field is one Popolo property
// (or one documented extension); a new fact goes into one struct here and
// the one function that fills it.
type (
	document struct {
		RecordedThrough string         `json:"recorded_through,omitempty"`
		Organizations   []organization `json:"organizations"`
		Persons         []person       `json:"persons"`
		Memberships     []membership   `json:"memberships"`
		Posts           []post         `json:"posts"`
		Areas           []area         `json:"areas"`
		Events          []event        `json:"events"`
	}
	organization struct {
		ID             string       `json:"id"`
		Name           string       `json:"name"`
		OtherNames     []otherName  `json:"other_names,omitempty"`
		Identifiers    []identifier `json:"identifiers"`
		Classification string       `json:"classification,omitempty"`
		ParentID       string       `json:"parent_id,omitempty"`
		AreaID         string       `json:"area_id,omitempty"`
		Links          []link       `json:"links,omitempty"`
	}
	otherName struct {
		Name string `json:"name"`
		Note string `json:"note"`
		Lang string `json:"lang,omitempty"`
		interval
	}
	identifier struct {
		Identifier string `json:"identifier"`
		Scheme     string `json:"scheme"`
	}
	link struct {
		URL  string `json:"url"`
		Note string `json:"note,omitempty"`
	}
	person struct {
		ID          string       `json:"id"`
		Name        string       `json:"name"`
		Identifiers []identifier `json:"identifiers"`
	}
	// memberRef is Popolo's membership "member": an organization that is a
	// member, by ID.
	memberRef struct {
		Type string `json:"@type"`
		ID   string `json:"id"`
	}
	membership struct {
		ID             string     `json:"id"`
		Label          string     `json:"label,omitempty"`
		Role           string     `json:"role"`
		Member         *memberRef `json:"member,omitempty"`
		PersonID       string     `json:"person_id,omitempty"`
		OrganizationID string     `json:"organization_id"`
		PostID         string     `json:"post_id,omitempty"`
		OnBehalfOfID   string     `json:"on_behalf_of_id,omitempty"`
		interval
		Sources       []link     `json:"sources,omitempty"`
		Category      string     `json:"category,omitempty"`
		PredecessorID string     `json:"predecessor_id,omitempty"`
		SuccessorID   string     `json:"successor_id,omitempty"`
		UnitID        string     `json:"unit_id,omitempty"`
		Words         []string   `json:"words,omitempty"`
		Vote          *admission `json:"vote,omitempty"`
		Election      *admission `json:"election,omitempty"`
		LastConfirmed string     `json:"last_confirmed,omitempty"`
		Plans         []link     `json:"plans,omitempty"`
	}
	// admission is the extension object of a vote or an election.
	admission struct {
		Date    string `json:"date,omitempty"`
		Words   string `json:"words,omitempty"`
		Sources []link `json:"sources,omitempty"`
	}
	// interval is the dates of a membership or name by the package's rule
	// for uncertain dates.
	interval struct {
		StartDate string `json:"start_date,omitempty"`
		EndDate   string `json:"end_date,omitempty"`
		Ongoing   *bool  `json:"ongoing,omitempty"`
		Period    string `json:"period,omitempty"`
	}
	post struct {
		ID             string `json:"id"`
		Label          string `json:"label"`
		Role           string `json:"role"`
		OrganizationID string `json:"organization_id"`
	}
	area struct {
		ID             string `json:"id"`
		Name           string `json:"name"`
		Identifier     string `json:"identifier"`
		Classification string `json:"classification"`
		ParentID       string `json:"parent_id,omitempty"`
	}
	event struct {
		ID             string `json:"id"`
		Name           string `json:"name"`
		Description    string `json:"description,omitempty"`
		Classification string `json:"classification"`
		Status         string `json:"status,omitempty"`
		StartDate      string `json:"start_date,omitempty"`
		Date           string `json:"date,omitempty"`
		OrganizationID string `json:"organization_id"`
		Sources        []link `json:"sources"`
	}
)

// Write writes a as one Popolo JSON document, indented, ending in a newline.
// It fails only if w does.
func Write(w io.Writer, a *vgt.Alliance) error {
	return export.WriteJSON(w, build(a), "popolo")
}

// build maps the alliance to the document.
func build(a *vgt.Alliance) document {
	facts := a.Facts()
	self := facts.ID.String()
	d := document{
		RecordedThrough: a.RecordedThrough().String(),
		Persons:         []person{},
		Memberships:     []membership{},
		Posts:           []post{},
		Areas:           []area{},
		Events:          []event{},
	}

	alliance := organization{
		ID:             self,
		Identifiers:    vgtID(self),
		Classification: "alliance",
	}
	alliance.Name, alliance.OtherNames = names(facts.Names, export.Name(facts.Names))
	if facts.Website != "" {
		alliance.Links = []link{{URL: facts.Website, Note: "website"}}
	}
	d.Organizations = append(d.Organizations, alliance)

	classes := map[string]string{}
	jurisdictions := map[vgt.Jurisdiction]bool{}
	for m := range a.Members() {
		classes[m.ID.String()] = m.Kind.String()
		i := 0
		for ms := range m.Memberships() {
			i++
			d.Memberships = append(d.Memberships, orgMembership(a, self, m.Organization, vgt.RoleMember, i, ms))
		}
	}
	for p := range a.Partners() {
		if _, ok := classes[p.ID.String()]; !ok {
			classes[p.ID.String()] = "partner"
		}
		i := 0
		for ms := range p.Partnerships() {
			i++
			d.Memberships = append(d.Memberships, orgMembership(a, self, p.Organization, vgt.RolePartner, i, ms))
		}
	}
	for o := range a.Organizations() {
		id := o.ID.String()
		org := organization{
			ID:             id,
			Identifiers:    vgtID(id),
			Classification: classes[id],
		}
		org.Name, org.OtherNames = names(slices.Collect(o.Names()), o.Name)
		if parent, ok := a.Organization(o.Parent); ok {
			org.ParentID = parent.ID.String()
		}
		if j := o.Authority(); j.IsValid() {
			org.AreaID = j.String()
			jurisdictions[j] = true
		}
		if o.Website != "" {
			org.Links = []link{{URL: o.Website, Note: "website"}}
		}
		d.Organizations = append(d.Organizations, org)
	}
	for pe := range a.People() {
		id := pe.ID.String()
		d.Persons = append(d.Persons, person{ID: id, Name: pe.Name, Identifiers: vgtID(id)})
	}

	held := map[vgt.Post]int{}
	for t := range a.Tenures() {
		postID := self + "-" + t.Post.String()
		if held[t.Post] == 0 {
			d.Posts = append(d.Posts, post{ID: postID, Label: export.PostLabel(t.Post), Role: t.Post.String(), OrganizationID: self})
		}
		held[t.Post]++
		d.Memberships = append(d.Memberships, tenure(a, self, postID, held[t.Post], t))
	}

	d.Areas = areas(jurisdictions)
	d.Events = events(a, self, facts.Milestones)
	return d
}

// areas returns the areas of the jurisdictions, and of the country of each
// subdivision among them, sorted by code.
func areas(js map[vgt.Jurisdiction]bool) []area {
	for j := range js {
		if j.IsSubdivision() {
			js[j.Country()] = true
		}
	}
	out := []area{}
	for j := range js {
		if !j.IsValid() {
			continue
		}
		ar := area{ID: j.String(), Name: j.Name(language.English), Identifier: j.String(), Classification: "group"}
		switch {
		case j.IsCountry():
			ar.Classification = "country"
		case j.IsSubdivision():
			ar.Classification = "subdivision"
			ar.ParentID = j.Country().String()
		}
		out = append(out, ar)
	}
	slices.SortFunc(out, func(x, y area) int { return strings.Compare(x.ID, y.ID) })
	return out
}

// events returns the milestones, then the plans, then the claims, each
// marked by its status (see the package doc).
func events(a *vgt.Alliance, self string, milestones []vgt.Milestone) []event {
	out := []event{}
	for i, m := range milestones {
		out = append(out, event{
			ID:             self + "-milestone-" + strconv.Itoa(i+1),
			Name:           export.Marked(m.Status, m.Text),
			Description:    export.StatusNote(m.Status),
			Classification: "milestone",
			Status:         m.Status.String(),
			StartDate:      export.ISODate(m.Date),
			Date:           m.Date.String(),
			OrganizationID: self,
			Sources:        []link{{URL: m.Source}},
		})
	}
	i := 0
	for p := range a.Plans() {
		i++
		fulfilment := "No change in the record fulfils it, as recorded through " + a.RecordedThrough().String() + "."
		if p.IsFulfilled() {
			fulfilment = "Fulfilled by a change effective " + p.Fulfilled.String() + " (EDTF)"
			if ls := sources(a, []uuid.UUID{p.FulfilledBy}); len(ls) > 0 {
				fulfilment += ", as stated by " + ls[0].Note + " (" + ls[0].URL + ")"
			}
			fulfilment += "."
		}
		out = append(out, event{
			ID:             self + "-plan-" + strconv.Itoa(i),
			Name:           export.Marked(p.Change.Status, export.ChangeText(a, p.Change)+"."),
			Description:    export.Sentences(export.StatusNote(p.Change.Status), fulfilment),
			Classification: "plan",
			Status:         p.Change.Status.String(),
			StartDate:      export.ISODate(p.Change.Effective),
			Date:           p.Change.Effective.String(),
			OrganizationID: self,
			Sources:        nonNil(sources(a, []uuid.UUID{p.Announcement})),
		})
	}
	i = 0
	for c := range a.Claims() {
		i++
		out = append(out, event{
			ID:             self + "-claim-" + strconv.Itoa(i),
			Name:           export.Marked(c.Change.Status, export.ChangeText(a, c.Change)+"."),
			Description:    export.StatusNote(c.Change.Status),
			Classification: "claim",
			Status:         c.Change.Status.String(),
			StartDate:      export.ISODate(c.Change.Effective),
			Date:           c.Change.Effective.String(),
			OrganizationID: self,
			Sources:        nonNil(sources(a, []uuid.UUID{c.Announcement})),
		})
	}
	return out
}

// orgMembership maps the i-th (from 1) membership of org in role.
func orgMembership(a *vgt.Alliance, self string, org vgt.Organization, role vgt.Role, i int, ms vgt.Membership) membership {
	id := org.ID.String()
	return membership{
		ID:             id + "-" + role.String() + "-" + strconv.Itoa(i),
		Label:          export.RoleLabel(role, ms.Category),
		Role:           role.String(),
		Member:         &memberRef{Type: "Organization", ID: id},
		OrganizationID: self,
		interval:       dates(ms.Period),
		Sources:        sources(a, ms.Sources()),
		Category:       ms.Category.String(),
		PredecessorID:  orgID(a, ms.Predecessor),
		SuccessorID:    orgID(a, ms.Successor),
		UnitID:         orgID(a, ms.Unit),
		Words:          ms.Words(),
		Vote:           vote(a, ms.Vote),
		LastConfirmed:  ms.LastConfirmed.String(),
		Plans:          sources(a, ms.Plans()),
	}
}

// tenure maps the n-th (from 1) tenure of a post.
func tenure(a *vgt.Alliance, self, postID string, n int, t vgt.Tenure) membership {
	m := membership{
		ID:             postID + "-" + strconv.Itoa(n),
		Label:          t.Title,
		Role:           t.Post.String(),
		OrganizationID: self,
		PostID:         postID,
		interval:       dates(t.Period),
		Sources:        sources(a, t.Sources()),
		UnitID:         orgID(a, t.Unit),
		Election:       vote(a, t.Election),
		Plans:          sources(a, t.Plans()),
	}
	agency := orgID(a, t.Agency)
	if pe, ok := a.Person(t.Person); ok {
		m.PersonID = pe.ID.String()
		m.OnBehalfOfID = agency
	} else if agency != "" {
		m.Member = &memberRef{Type: "Organization", ID: agency}
	}
	return m
}

// vote maps a vote or an election, or gives nil for none.
func vote(a *vgt.Alliance, ad vgt.Admission) *admission {
	if ad.IsZero() {
		return nil
	}
	return &admission{Date: ad.Date.String(), Words: ad.Words, Sources: sources(a, ad.Sources())}
}

// dates applies the package's rule for uncertain dates (see the package
// doc) to a membership's or tenure's period.
func dates(p vgt.Period) interval {
	ongoing := p.Ongoing
	iv := interval{
		StartDate: export.ISODate(p.Start),
		Ongoing:   &ongoing,
		Period:    p.String(),
	}
	if !p.End.IsZero() {
		iv.EndDate = export.ISODate(p.End)
	}
	return iv
}

// names returns the name to show and the other names of an organization
// or of the alliance: primary is the name to show, the first of ns with its
// text and kind official, or any of them.
func names(ns []vgt.Name, primary string) (string, []otherName) {
	at := slices.IndexFunc(ns, func(n vgt.Name) bool { return n.Kind == vgt.NameKindOfficial && n.Text == primary })
	if at < 0 {
		at = slices.IndexFunc(ns, func(n vgt.Name) bool { return n.Text == primary })
	}
	var others []otherName
	for i, n := range ns {
		if i == at {
			continue
		}
		note := n.Kind.String()
		if export.IsFormer(n) && n.Kind != vgt.NameKindFormer {
			note = "former " + note
		}
		on := otherName{Name: n.Text, Note: note}
		if n.Lang != language.Und {
			on.Lang = n.Lang.String()
		}
		if !n.Period.IsZero() {
			// A name's zero Period means "no dates recorded", not "ended
			// at an unknown date": it gets no dates at all.
			on.interval = dates(n.Period)
		}
		others = append(others, on)
	}
	return primary, others
}

// sources maps announcement IDs to Popolo source links: the announcement's
// Source as url, and who published it, when and under what title as note.
func sources(a *vgt.Alliance, ids []uuid.UUID) []link {
	var ls []link
	for _, id := range ids {
		an, ok := a.Announcement(id)
		if !ok {
			continue
		}
		note := an.Publisher + ", " + an.Published.String()
		if an.Title != "" {
			note += ": " + an.Title
		}
		ls = append(ls, link{URL: an.Source, Note: note})
	}
	return ls
}

// nonNil returns ls, or an empty list for nil: an event's "sources" is
// always a list.
func nonNil(ls []link) []link {
	if ls == nil {
		return []link{}
	}
	return ls
}

// orgID returns the ID of the organization id names, or "" for uuid.Nil or
// an organization the alliance does not know.
func orgID(a *vgt.Alliance, id uuid.UUID) string {
	if o, ok := a.Organization(id); ok {
		return o.ID.String()
	}
	return ""
}

// vgtID is the identifiers of a record: its UUID in the scheme "vgt".
func vgtID(id string) []identifier {
	return []identifier{{Identifier: id, Scheme: "vgt"}}
}
