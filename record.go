package vgt

import (
	"fmt"
	"slices"

	"github.com/google/uuid"
)

// Facts is what the alliance records of itself.
type Facts struct {
	// ID identifies the alliance itself for good, as IDs of organizations
	// do (see the package doc); exports to other formats use it. It must
	// not be uuid.Nil.
	ID uuid.UUID
	// Names are the alliance's names ("Virtual Global Taskforce", "VGT",
	// "Virtual Global Task Force").
	Names []Name
	// Website is the alliance's site, an absolute http or https URL.
	Website string
	// Milestones are dated events in the alliance's own history that no
	// change records (its creation, the launch of its website), each with
	// its source. Where sources disagree, each has its milestone.
	Milestones []Milestone
}

// A Milestone is a dated event in the alliance's history, with its source.
type Milestone struct {
	// Date is when it happened.
	Date Date
	// Text says what happened, in English.
	Text string
	// Source is where it is stated: an absolute http or https URL.
	Source string
	// Status is the zero Status for something that happened; a milestone
	// announced in advance ("a new website is due in June 2011") is
	// StatusPlanned, and one that contradicts the record, or that no
	// reliable source confirms, is StatusDisputed or StatusUnconfirmed.
	Status Status
}

func (f Facts) clone() Facts {
	f.Names = slices.Clone(f.Names)
	f.Milestones = slices.Clone(f.Milestones)
	return f
}

// record is an alliance as its document states it: the facts, the
// organizations and people, and the announcements. Building a record
// validates it and folds its announcements into a state.
type record struct {
	facts  Facts
	orgs   []Organization
	people []Person
	anns   []Announcement
}

// record returns the document that s was built from, with the
// announcements in the order they were applied.
func (s *state) record() *record {
	r := &record{facts: s.facts}
	for id := range s.orgOrder() {
		r.orgs = append(r.orgs, s.org(id).doc)
	}
	for _, t := range []*tables{s.base, s.ovl} {
		if t == nil {
			continue
		}
		for _, id := range t.ppOrder {
			r.people = append(r.people, t.people[id])
		}
	}
	for an := range s.announcements() {
		r.anns = append(r.anns, *an)
	}
	return r
}

// build validates the record, reporting every problem at once, and folds
// its announcements in order of publication. It costs O(n log n) in the
// number of records: one sort, and a fold whose steps each touch only the
// organizations a change names.
func (r *record) build() (*state, error) {
	var es errs
	es.add(r.facts.validate(rootPath("alliance")))
	// seen remembers where each ID was first used, as a place rendered
	// only for the message about a duplicate.
	type place struct {
		list, sub string
		i, j      int
	}
	render := func(pl place) string {
		if pl.list == "alliance" {
			return "alliance.id"
		}
		s := fmt.Sprintf("%s[%d]", pl.list, pl.i)
		if pl.sub != "" {
			s += fmt.Sprintf(".%s[%d]", pl.sub, pl.j)
		}
		return s + ".id"
	}
	seen := make(map[uuid.UUID]place, len(r.orgs)+len(r.people)+len(r.anns))
	claim := func(id uuid.UUID, pl place) {
		if first, ok := seen[id]; ok {
			es.add(errorf(render(pl), id.String(), ErrDuplicateID, "also the ID of %s", render(first)))
			return
		}
		seen[id] = pl
	}
	if r.facts.ID != uuid.Nil {
		claim(r.facts.ID, place{list: "alliance"})
	}
	orgs, people, anns := rootPath("organizations"), rootPath("people"), rootPath("announcements")
	for i, o := range r.orgs {
		es.add(o.validate(orgs.elem(i)))
		claim(o.ID, place{list: "organizations", i: i})
	}
	for i, p := range r.people {
		es.add(p.validate(people.elem(i)))
		claim(p.ID, place{list: "people", i: i})
	}
	for i, an := range r.anns {
		es.add(an.validate(anns.elem(i)))
		claim(an.ID, place{list: "announcements", i: i})
		for j, o := range an.Organizations {
			claim(o.ID, place{list: "announcements", i: i, sub: "organizations", j: j})
		}
		for j, p := range an.People {
			claim(p.ID, place{list: "announcements", i: i, sub: "people", j: j})
		}
	}
	if len(es) > 0 {
		return nil, es.err()
	}
	order := make([]int, len(r.anns))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int { return compareAnnouncements(&r.anns[i], &r.anns[j]) })
	b := newBuilder(&state{facts: r.facts, base: newTables()})
	// The tables start at the size they will have, not doubling their way
	// there.
	b.ovl.orgs = make(map[uuid.UUID]*orgState, len(r.orgs)+len(r.anns)/8)
	b.ovl.keys = make(map[string][]uuid.UUID, 3*len(r.orgs))
	b.ovl.annIDs = make(map[uuid.UUID]int, len(r.anns))
	b.ovl.anns = make([]Announcement, 0, len(r.anns))
	b.ovl.orgOrder = make([]uuid.UUID, 0, len(r.orgs))
	for _, o := range r.orgs {
		b.addOrg(o, uuid.Nil)
	}
	for _, p := range r.people {
		b.addPerson(p)
	}
	for _, i := range order {
		es.add(b.apply(r.anns[i], anns.elem(i)))
	}
	// Parents may be introduced by announcements, so they are checked
	// once every organization is known.
	checkParent := func(o Organization, at func() string) {
		if o.Parent != uuid.Nil && b.org(o.Parent) == nil {
			es.add(errorf(at()+".parent", o.Parent.String(), ErrUnknownOrganization, ""))
		}
	}
	for i, o := range r.orgs {
		checkParent(o, func() string { return fmt.Sprintf("organizations[%d]", i) })
	}
	for i, an := range r.anns {
		for j, o := range an.Organizations {
			checkParent(o, func() string { return fmt.Sprintf("announcements[%d].organizations[%d]", i, j) })
		}
	}
	if len(es) > 0 {
		return nil, es.err()
	}
	return b.result(), nil
}
