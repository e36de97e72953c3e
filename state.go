package vgt

import (
	"bytes"
	"hash/maphash"
	"maps"
	"slices"

	"github.com/google/uuid"
)

// The state of an alliance is persistent: Apply returns a new state that
// shares everything it did not change with the old one. A state is a
// compacted base of tables plus a small overlay of what changed since; reads
// look in the overlay first. When the overlay grows past a bound that grows
// with the square root of the base (see compactAt), Apply merges it into a
// new base, so that an Apply costs O(√n) amortized and a lookup at most two
// map reads, while a Load builds its tables once in O(n log n).

// orgState is everything the alliance holds about one organization. Once a
// state that holds it is published, an orgState is never changed: the fold
// copies it first (see builder.mutOrg).
type orgState struct {
	// doc is the organization as its record gave it; org is what the fold
	// made of it (renames add names).
	doc Organization
	// m is the organization as a member: m.Organization is what the fold
	// made of doc, and m.memberships its memberships. It is kept whole, so
	// that Alliance.Member returns it with one copy.
	m       Member
	keys    []string // lookup keys of the organization's names, computed once
	partner []Membership
	// intro is the announcement that introduced the organization, or
	// uuid.Nil for one of the document's own organizations.
	intro uuid.UUID
}

func (o *orgState) clone() *orgState {
	c := *o
	c.m.names = slices.Clip(c.m.names)
	c.keys = slices.Clip(c.keys)
	c.m.memberships = cloneMemberships(o.m.memberships)
	c.partner = cloneMemberships(o.partner)
	return &c
}

func cloneMemberships(ms []Membership) []Membership {
	ms = slices.Clone(ms)
	// Clipped, the slices of a copy cannot be appended to in place: an
	// append copies them, and the published state keeps its own.
	for i := range ms {
		m := &ms[i]
		m.sources, m.words, m.plans = slices.Clip(m.sources), slices.Clip(m.words), slices.Clip(m.plans)
		m.Vote.sources = slices.Clip(m.Vote.sources)
	}
	return ms
}

// roles returns the memberships of o in role r.
func (o *orgState) roles(r Role) *[]Membership {
	if r == RolePartner {
		return &o.partner
	}
	return &o.m.memberships
}

// setKeys sets the lookup keys from the organization's names and their
// keys (namekey.Key of each). Weak aliases get no key: they never match on
// their own.
func (o *orgState) setKeys(names []Name, keys []string) {
	o.keys = make([]string, 0, len(names))
	// An organization has a few names; one with many gets a set, so that
	// its keys cost O(n), not O(n²).
	var seen map[string]bool
	if len(names) > 16 {
		seen = make(map[string]bool, len(names))
	}
	for i, n := range names {
		k := keys[i]
		if n.Kind == NameKindWeakAlias || k == "" {
			continue
		}
		if seen != nil {
			if seen[k] {
				continue
			}
			seen[k] = true
		} else if slices.Contains(o.keys, k) {
			continue
		}
		o.keys = append(o.keys, k)
	}
}

// skelSeed seeds the hashes of skeleton keys: random for each process, so
// that no document can be made to collide on purpose; the index is never
// stored.
var skelSeed = maphash.MakeSeed()

// A skelEntry is the name that bears a skeleton key.
type skelEntry struct {
	key  string    // the name's lookup key
	org  uuid.UUID // the organization that bears it
	text string    // the name, for messages
}

// tables hold a whole state (a base) or the part of it that changed since
// the base (an overlay).
type tables struct {
	orgs     map[uuid.UUID]*orgState
	people   map[uuid.UUID]Person
	keys     map[string][]uuid.UUID // name key to the organizations that bear it
	anns     []Announcement         // in order of application (publication)
	annIDs   map[uuid.UUID]int      // announcement ID to its index in anns
	orgOrder []uuid.UUID            // document organizations in the order first recorded
	ppOrder  []uuid.UUID            // document people in the order first recorded
	// children maps an organization to those that are or were part of it.
	children map[uuid.UUID][]uuid.UUID
	// skels maps the hash of each confusable skeleton key of every name
	// (see namekey.SkeletonHashes) to the name that bears it. Since the
	// fold refuses a name that looks like another organization's without
	// being it, every name with a skeleton has the same key: one entry
	// suffices. Hashes, not the keys, so that indexing a name allocates
	// nothing; a match is confirmed on the keys themselves.
	skels map[uint64]skelEntry
	// The lists below are small (a few per year of the alliance's
	// history); an overlay holds all of them once any changes (lists is
	// true), and the base's otherwise.
	tenures    []Tenure
	admissions []Admission // the votes and elections not yet fulfilled
	plans      []Plan
	claims     []Claim
	lists      bool
}

func newTables() *tables {
	return &tables{
		orgs:     map[uuid.UUID]*orgState{},
		people:   map[uuid.UUID]Person{},
		keys:     map[string][]uuid.UUID{},
		annIDs:   map[uuid.UUID]int{},
		children: map[uuid.UUID][]uuid.UUID{},
		skels:    map[uint64]skelEntry{},
	}
}

// clone returns a shallow copy of an overlay: new maps and slices holding
// the same (immutable) records.
func (t *tables) clone() *tables {
	return &tables{
		orgs:       maps.Clone(t.orgs),
		people:     maps.Clone(t.people),
		keys:       maps.Clone(t.keys),
		anns:       slices.Clip(t.anns),
		annIDs:     maps.Clone(t.annIDs),
		orgOrder:   slices.Clip(t.orgOrder),
		ppOrder:    slices.Clip(t.ppOrder),
		children:   maps.Clone(t.children),
		skels:      maps.Clone(t.skels),
		tenures:    slices.Clip(t.tenures),
		admissions: slices.Clip(t.admissions),
		plans:      slices.Clip(t.plans),
		claims:     slices.Clip(t.claims),
		lists:      t.lists,
	}
}

func (t *tables) size() int { return len(t.orgs) + len(t.anns) + len(t.people) }

// state is one immutable version of the alliance.
type state struct {
	facts Facts
	base  *tables
	ovl   *tables // nil when compact
}

func (s *state) org(id uuid.UUID) *orgState {
	if s.ovl != nil {
		if o, ok := s.ovl.orgs[id]; ok {
			return o
		}
	}
	return s.base.orgs[id]
}

func (s *state) person(id uuid.UUID) (Person, bool) {
	if s.ovl != nil {
		if p, ok := s.ovl.people[id]; ok {
			return p, true
		}
	}
	p, ok := s.base.people[id]
	return p, ok
}

func (s *state) hasAnnouncement(id uuid.UUID) bool {
	if s.ovl != nil {
		if _, ok := s.ovl.annIDs[id]; ok {
			return true
		}
	}
	_, ok := s.base.annIDs[id]
	return ok
}

// announcement returns the applied announcement with the given ID.
func (s *state) announcement(id uuid.UUID) *Announcement {
	if s.ovl != nil {
		if i, ok := s.ovl.annIDs[id]; ok {
			return &s.ovl.anns[i]
		}
	}
	if i, ok := s.base.annIDs[id]; ok {
		return &s.base.anns[i]
	}
	return nil
}

// lists returns the tables that hold the current tenures, admissions,
// plans and claims.
func (s *state) lists() *tables {
	if s.ovl != nil && s.ovl.lists {
		return s.ovl
	}
	return s.base
}

func (s *state) tenures() []Tenure       { return s.lists().tenures }
func (s *state) admissions() []Admission { return s.lists().admissions }
func (s *state) plans() []Plan           { return s.lists().plans }
func (s *state) claims() []Claim         { return s.lists().claims }

// skeleton returns the name that bears skeleton key sk.
func (s *state) skeleton(sk uint64) (skelEntry, bool) {
	if s.ovl != nil {
		if e, ok := s.ovl.skels[sk]; ok {
			return e, true
		}
	}
	e, ok := s.base.skels[sk]
	return e, ok
}

// children returns the organizations that are or were part of id.
func (s *state) children(id uuid.UUID) []uuid.UUID {
	if s.ovl != nil {
		if c, ok := s.ovl.children[id]; ok {
			return c
		}
	}
	return s.base.children[id]
}

// lastAnnouncement returns the announcement applied last, if any.
func (s *state) lastAnnouncement() (Announcement, bool) {
	if s.ovl != nil && len(s.ovl.anns) > 0 {
		return s.ovl.anns[len(s.ovl.anns)-1], true
	}
	if len(s.base.anns) > 0 {
		return s.base.anns[len(s.base.anns)-1], true
	}
	return Announcement{}, false
}

// announcements returns every announcement, in order of application.
func (s *state) announcements() func(yield func(*Announcement) bool) {
	return func(yield func(*Announcement) bool) {
		for i := range s.base.anns {
			if !yield(&s.base.anns[i]) {
				return
			}
		}
		if s.ovl != nil {
			for i := range s.ovl.anns {
				if !yield(&s.ovl.anns[i]) {
					return
				}
			}
		}
	}
}

// orgOrder returns every document organization's ID, in the order recorded.
func (s *state) orgOrder() func(yield func(uuid.UUID) bool) {
	return func(yield func(uuid.UUID) bool) {
		for _, id := range s.base.orgOrder {
			if !yield(id) {
				return
			}
		}
		if s.ovl != nil {
			for _, id := range s.ovl.orgOrder {
				if !yield(id) {
					return
				}
			}
		}
	}
}

// everyOrg yields every organization the alliance knows, document ones
// first, then those announcements introduced, in order.
func (s *state) everyOrg() func(yield func(*orgState) bool) {
	return func(yield func(*orgState) bool) {
		for id := range s.orgOrder() {
			if !yield(s.org(id)) {
				return
			}
		}
		for an := range s.announcements() {
			for _, o := range an.Organizations {
				if !yield(s.org(o.ID)) {
					return
				}
			}
		}
	}
}

// compactAt is the overlay size at which Apply merges the overlay into a
// new base: about √n, with a floor so that small alliances rarely compact.
func compactAt(baseSize int) int {
	n := 64
	for n*n < baseSize {
		n *= 2
	}
	return n
}

// compact returns a state with the overlay merged into a new base.
func (s *state) compact() *state {
	if s.ovl == nil {
		return s
	}
	b, o := s.base, s.ovl
	nb := &tables{
		orgs:       maps.Clone(b.orgs),
		people:     maps.Clone(b.people),
		keys:       maps.Clone(b.keys),
		anns:       slices.Concat(b.anns, o.anns),
		annIDs:     maps.Clone(b.annIDs),
		orgOrder:   slices.Concat(b.orgOrder, o.orgOrder),
		ppOrder:    slices.Concat(b.ppOrder, o.ppOrder),
		children:   maps.Clone(b.children),
		skels:      maps.Clone(b.skels),
		tenures:    b.tenures,
		admissions: b.admissions,
		plans:      b.plans,
		claims:     b.claims,
	}
	maps.Copy(nb.orgs, o.orgs)
	maps.Copy(nb.people, o.people)
	for id, i := range o.annIDs {
		nb.annIDs[id] = len(b.anns) + i
	}
	for k, ids := range o.keys {
		nb.keys[k] = mergeIDs(b.keys[k], ids)
	}
	// An overlay's children lists already hold the base's (see
	// builder.addChild).
	maps.Copy(nb.children, o.children)
	maps.Copy(nb.skels, o.skels)
	if o.lists {
		nb.tenures, nb.admissions, nb.plans, nb.claims = o.tenures, o.admissions, o.plans, o.claims
	}
	return &state{facts: s.facts, base: nb}
}

// mergeIDs returns the union of two ID lists, in a stable order: a's,
// then those of b that a lacks. Long lists get a set, so that a name that
// many organizations share costs O(n), not O(n²).
func mergeIDs(a, b []uuid.UUID) []uuid.UUID {
	out := slices.Clone(a)
	if len(a)*len(b) <= 256 {
		for _, id := range b {
			if !slices.Contains(out, id) {
				out = append(out, id)
			}
		}
		return out
	}
	seen := make(map[uuid.UUID]bool, len(a))
	for _, id := range a {
		seen[id] = true
	}
	for _, id := range b {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

// compareAnnouncements orders announcements for the fold: by publication,
// then by ID, a total order.
func compareAnnouncements(a, b *Announcement) int {
	if c := a.Published.Compare(b.Published); c != 0 {
		return c
	}
	// Bytes order as their hexadecimal text does, without formatting it.
	return bytes.Compare(a.ID[:], b.ID[:])
}
