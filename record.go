package vgt

import (
	"fmt"
	"slices"
	"strings"

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
	for i, o := range r.orgs {
		es.add(b.addOrg(o, uuid.Nil, orgs.elem(i)))
	}
	for _, p := range r.people {
		b.addPerson(p)
	}
	for _, i := range order {
		es.add(b.apply(r.anns[i], anns.elem(i)))
	}
	// Parents may be introduced by announcements, so they are checked
	// once every organization is known.
	parents := parentCheck{parent: func(id uuid.UUID) (uuid.UUID, bool) {
		if o := b.org(id); o != nil {
			return o.doc.Parent, true
		}
		return uuid.Nil, false
	}}
	for i, o := range r.orgs {
		es.add(parents.check(o, func() string { return fmt.Sprintf("organizations[%d]", i) }))
	}
	for i, an := range r.anns {
		for j, o := range an.Organizations {
			es.add(parents.check(o, func() string { return fmt.Sprintf("announcements[%d].organizations[%d]", i, j) }))
		}
	}
	if len(es) > 0 {
		return nil, es.err()
	}
	return b.result(), nil
}

// parentCheck checks that each organization's parent exists and that
// following parents never comes back to where it started, in time linear
// in the number of organizations however long their chains: each
// organization is walked through once, and a walk stops at one already
// known to lead to no cycle.
type parentCheck struct {
	// parent returns the parent of the organization with the given ID
	// (uuid.Nil for none), and false for an organization that does not
	// exist.
	parent func(uuid.UUID) (uuid.UUID, bool)
	// seen is onWay for the organizations on the walk under way, and done
	// for those known to lead to no cycle (or to one already reported).
	seen map[uuid.UUID]uint8
	way  []uuid.UUID
}

const (
	onWay = iota + 1
	done
)

// check checks o's parent; at gives o's path, for an error.
func (c *parentCheck) check(o Organization, at func() string) error {
	if o.Parent == uuid.Nil {
		return nil
	}
	if _, ok := c.parent(o.Parent); !ok {
		return errorf(at()+".parent", o.Parent.String(), ErrUnknownOrganization, "no organization has this ID")
	}
	if c.seen == nil {
		c.seen = map[uuid.UUID]uint8{}
	}
	// Walk up from o until an organization with no parent, one known to
	// be fine, or one already on the way: a cycle.
	c.way = c.way[:0]
	var err error
	for id := o.ID; id != uuid.Nil; {
		if st := c.seen[id]; st == done {
			break
		} else if st == onWay {
			i := slices.Index(c.way, id)
			names := make([]string, 0, len(c.way)-i+1)
			for _, x := range append(c.way[i:], id) {
				names = append(names, x.String())
			}
			err = errorf(at()+".parent", o.Parent.String(), ErrInvalid,
				"the organizations are parts of each other in a cycle: %s", strings.Join(names, " is part of "))
			break
		}
		c.seen[id] = onWay
		c.way = append(c.way, id)
		next, ok := c.parent(id)
		if !ok {
			break // a dangling parent, reported where it is given
		}
		id = next
	}
	// A cycle is reported once, from the first organization found on it.
	for _, x := range c.way {
		c.seen[x] = done
	}
	return err
}

// idTaken says what already bears id in s: an organization, a person, an
// announcement or the alliance itself. IDs are unique across all four, as
// Load checks of a whole document, so that an announcement that Apply
// accepts writes a document that Load reads back.
func (s *state) idTaken(id uuid.UUID) (what string, ok bool) {
	switch {
	case id == s.facts.ID && id != uuid.Nil:
		return "the alliance", true
	case s.org(id) != nil:
		return "an organization", true
	case s.hasAnnouncement(id):
		return "an announcement", true
	}
	if _, ok := s.person(id); ok {
		return "a person", true
	}
	return "", false
}

// checkNew checks what an announcement introduces against the state it is
// applied to, as Load checks a whole document: its ID and the IDs of the
// organizations and people it introduces are new to s and to each other,
// and each organization's parent exists (in s or in the announcement) and
// leads to no cycle. pa locates the announcement in error messages. Apply
// calls it whatever the announcement's place in time.
func (s *state) checkNew(an *Announcement, pa path) error {
	var es errs
	mine := make(map[uuid.UUID]string, 1+len(an.Organizations)+len(an.People))
	if s.hasAnnouncement(an.ID) {
		// The announcement was applied before: what it introduces is
		// known too, and saying so again would only bury the reason.
		return errorf(pa.at("id"), an.ID.String(), ErrDuplicateID, "an announcement with this ID was already applied")
	}
	claim := func(id uuid.UUID, at string) {
		if what, ok := s.idTaken(id); ok {
			es.add(errorf(at, id.String(), ErrDuplicateID, "the alliance already knows %s with this ID", what))
			return
		}
		if first, ok := mine[id]; ok {
			es.add(errorf(at, id.String(), ErrDuplicateID, "also the ID of %s", first))
			return
		}
		mine[id] = at
	}
	claim(an.ID, pa.at("id"))
	orgs, people := pa.field("organizations"), pa.field("people")
	for i, o := range an.Organizations {
		claim(o.ID, pathOf(orgs, i, "id"))
	}
	for i, p := range an.People {
		claim(p.ID, pathOf(people, i, "id"))
	}
	if len(es) > 0 {
		return es.err()
	}
	introduced := make(map[uuid.UUID]*Organization, len(an.Organizations))
	for i := range an.Organizations {
		introduced[an.Organizations[i].ID] = &an.Organizations[i]
	}
	parents := parentCheck{parent: func(id uuid.UUID) (uuid.UUID, bool) {
		if o, ok := introduced[id]; ok {
			return o.Parent, true
		}
		if o := s.org(id); o != nil {
			// The state's organizations lead to no cycle, and none of
			// them can be part of one the announcement introduces.
			return uuid.Nil, true
		}
		return uuid.Nil, false
	}}
	for i, o := range an.Organizations {
		es.add(parents.check(o, func() string { e := orgs.elem(i); return e.String() }))
	}
	return es.err()
}
