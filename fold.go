package vgt

import (
	"fmt"
	"slices"
	"time"

	"github.com/google/uuid"

	"github.com/virtualglobaltaskforce/vgt/internal/namekey"
)

// The fold applies announcements, in order of publication, to the state.
// Each change is checked against the state it applies to; an announcement
// with any bad change is rejected whole, and the builder that held its
// effects is dropped, so that the state it started from is unchanged.
//
// Only a change with the zero Status changes who is a member, partner or
// holder. A plan is kept until a change does what it announced; a disputed
// or unconfirmed claim is kept as it was made.

// maxParentDepth bounds every walk up or down the parents of
// organizations, so that no record, however made, can make one loop or
// recurse without end.
const maxParentDepth = 16

// builder accumulates the effects of announcements on top of a state.
type builder struct {
	s     *state  // the state the builder started from
	ovl   *tables // written; owned by the builder
	cur   state   // s's base with the builder's overlay: what the fold reads
	owned map[*orgState]bool
	// names indexes the names of the organizations whose name lists the
	// builder has copied, and may change in place; dirty are those whose
	// Name and Acronym are derived again when the builder is done.
	names map[*orgState]*nameIndex
	dirty map[*orgState]bool
	// ownedKeys and ownedChildren are the index entries the builder has
	// copied, and may append to.
	ownedKeys     map[string]bool
	ownedChildren map[uuid.UUID]bool
	lists         bool // ovl's lists are the builder's own copies
	// admIdx and planIdx find the pending admissions and the plans of an
	// organization (or, for elections and posts, of a seat) without a scan
	// of them all; built on first use from the lists.
	admIdx, planIdx map[uuid.UUID][]int
}

// A nameIndex finds an organization's names by text, and its current
// ones, without a scan of every name: so that a document that renames one
// organization n times costs O(n), not O(n²).
type nameIndex struct {
	byText  map[string][]int
	current []int
	keys    map[string]bool // the organization's lookup keys
}

func newBuilder(s *state) *builder {
	// The maps other than owned are made on first use: most Applies
	// rename nothing and share no key.
	b := &builder{s: s, owned: map[*orgState]bool{}}
	if s.ovl != nil {
		b.ovl = s.ovl.clone()
	} else {
		b.ovl = newTables()
	}
	b.cur = state{facts: s.facts, base: s.base, ovl: b.ovl}
	return b
}

// result returns the state the builder built: for a builder over an empty
// state, its tables become the base.
func (b *builder) result() *state {
	for o := range b.dirty {
		o.m.deriveNames()
	}
	if b.s.base.size() == 0 && b.s.ovl == nil {
		return &state{facts: b.s.facts, base: b.ovl}
	}
	ns := &state{facts: b.s.facts, base: b.s.base, ovl: b.ovl}
	if b.ovl.size() > compactAt(b.s.base.size()) {
		ns = ns.compact()
	}
	return ns
}

func (b *builder) org(id uuid.UUID) *orgState              { return b.cur.org(id) }
func (b *builder) person(id uuid.UUID) (Person, bool)      { return b.cur.person(id) }
func (b *builder) hasAnnouncement(id uuid.UUID) bool       { return b.cur.hasAnnouncement(id) }
func (b *builder) announcement(id uuid.UUID) *Announcement { return b.cur.announcement(id) }
func (b *builder) tenures() []Tenure                       { return b.cur.tenures() }

// mutOrg returns a copy of the organization that the builder owns and may
// change, recording it in the overlay.
func (b *builder) mutOrg(id uuid.UUID) *orgState {
	o := b.org(id)
	if o == nil || b.owned[o] {
		return o
	}
	c := o.clone()
	b.owned[c] = true
	b.ovl.orgs[id] = c
	return c
}

// nameIndexOf returns the index of the names of an organization the
// builder owns, copying its names once per builder so that they may be
// changed in place.
func (b *builder) nameIndexOf(o *orgState) *nameIndex {
	if ix := b.names[o]; ix != nil {
		return ix
	}
	o.m.names = slices.Clone(o.m.names)
	ix := &nameIndex{byText: make(map[string][]int, len(o.m.names)), keys: make(map[string]bool, len(o.keys))}
	for _, k := range o.keys {
		ix.keys[k] = true
	}
	for i, n := range o.m.names {
		ix.byText[n.Text] = append(ix.byText[n.Text], i)
		if n.current() {
			ix.current = append(ix.current, i)
		}
	}
	if b.names == nil {
		b.names = map[*orgState]*nameIndex{}
	}
	b.names[o] = ix
	return ix
}

// addOrg records a new organization and indexes its names. p locates the
// organization in error messages: a name that looks like another
// organization's is refused (see indexSkeletons).
func (b *builder) addOrg(o Organization, intro uuid.UUID, p path) error {
	// The names slice is shared, not copied: no one changes a name list in
	// place (NewOrganization copies the caller's, and the fold copies
	// before it changes one; see mutNames), and Clip makes an append
	// elsewhere copy it.
	o.names = slices.Clip(o.names)
	o.parents = nil
	o.deriveNames()
	st := &orgState{doc: o, m: Member{Organization: o, Jurisdiction: o.jurisdiction, Kind: o.kind}, intro: intro}
	if o.Parent != uuid.Nil {
		st.m.parents = []Affiliation{{Parent: o.Parent}}
		b.addChild(o.Parent, o.ID)
	}
	// Each name's key is made once, for the lookup index and for the
	// confusable check alike.
	var small [8]string
	keys := small[:0]
	for _, n := range o.names {
		keys = append(keys, namekey.Key(n.Text))
	}
	st.setKeys(o.names, keys)
	b.owned[st] = true
	b.ovl.orgs[o.ID] = st
	if intro == uuid.Nil {
		b.ovl.orgOrder = append(b.ovl.orgOrder, o.ID)
	}
	for _, k := range st.keys {
		b.indexKey(k, o.ID)
	}
	names := p.field("names")
	var errs []error
	for i, n := range o.names {
		if err := b.indexSkeletons(o.ID, n.Text, keys[i], names.elem(i)); err != nil {
			errs = append(errs, err)
		}
	}
	return joinErrors(errs)
}

// sameSkeleton reports whether a and b share skeleton key i, confirming a
// match of their hashes.
func sameSkeleton(i int, a, b string) bool {
	return namekey.SkeletonKeys(a)[i] == namekey.SkeletonKeys(b)[i]
}

// indexSkeletons records the confusable skeleton keys of name text of
// organization id, and refuses a name that a reader could take for another
// organization's name without its being that name (ЕСРАТ in Cyrillic beside
// ECPAT), following Unicode TS #39. p locates the name.
func (b *builder) indexSkeletons(id uuid.UUID, text, key string, p path) error {
	for i, h := range namekey.SkeletonHashes(skelSeed, text) {
		if h == 0 {
			continue
		}
		e, ok := b.cur.skeleton(h)
		switch {
		case !ok:
			b.ovl.skels[h] = skelEntry{key: key, org: id, text: text}
		case e.key != key && e.org != id && sameSkeleton(i, e.text, text):
			return &Error{Path: p.at("text"), Value: text, Pos: 0, Err: fmt.Errorf(
				"%w: it looks like %q, a name of %s, without being that name (a confusable of Unicode TS #39)",
				ErrUnsafeText, e.text, b.orgName(e.org))}
		}
	}
	return nil
}

// indexKey records that organization id, which did not bear key k, now
// does. The overlay's list holds the organizations that took the key since
// the base; Lookup reads both.
func (b *builder) indexKey(k string, id uuid.UUID) {
	ids := b.ovl.keys[k]
	if !b.ownedKeys[k] {
		// The list may be shared with a published state: copy it once,
		// and append to the copy after.
		ids = slices.Clone(ids)
		if b.ownedKeys == nil {
			b.ownedKeys = map[string]bool{}
		}
		b.ownedKeys[k] = true
	}
	b.ovl.keys[k] = append(ids, id)
}

// addChild records that child is, or was, part of parent.
func (b *builder) addChild(parent, child uuid.UUID) {
	cs := b.cur.children(parent)
	if !b.ownedChildren[parent] {
		cs = slices.Clone(cs)
		if b.ownedChildren == nil {
			b.ownedChildren = map[uuid.UUID]bool{}
		}
		b.ownedChildren[parent] = true
	}
	if !slices.Contains(cs, child) {
		cs = append(cs, child)
	}
	b.ovl.children[parent] = cs
}

func (b *builder) addPerson(p Person) {
	b.ovl.people[p.ID] = p
	b.ovl.ppOrder = append(b.ovl.ppOrder, p.ID)
}

// mutLists makes the overlay's tenures, admissions, plans and claims the
// builder's own, to change.
func (b *builder) mutLists() {
	if b.lists {
		return
	}
	l := b.cur.lists()
	b.ovl.tenures = slices.Clone(l.tenures)
	for i := range b.ovl.tenures {
		t := &b.ovl.tenures[i]
		t.sources, t.plans = slices.Clip(t.sources), slices.Clip(t.plans)
	}
	b.ovl.admissions = slices.Clone(l.admissions)
	for i := range b.ovl.admissions {
		b.ovl.admissions[i].sources = slices.Clip(b.ovl.admissions[i].sources)
	}
	b.ovl.plans = slices.Clone(l.plans)
	b.ovl.claims = slices.Clone(l.claims)
	b.ovl.lists, b.lists = true, true
}

// describe names an announcement in an error message.
func (b *builder) describe(id uuid.UUID) string {
	if an := b.announcement(id); an != nil {
		return fmt.Sprintf("announcement %s (%s)", id, an.Source)
	}
	return "announcement " + id.String()
}

// describeSources names the announcements that stated a fact.
func (b *builder) describeSources(ids []uuid.UUID) string {
	if len(ids) == 0 {
		return "no announcement"
	}
	return b.describe(ids[0])
}

func (b *builder) orgName(id uuid.UUID) string {
	if o := b.org(id); o != nil {
		return o.m.DisplayName()
	}
	return id.String()
}

// apply applies one announcement, which Validate has passed, to the
// builder. pa locates the announcement in error messages.
func (b *builder) apply(an Announcement, pa path) error {
	if b.hasAnnouncement(an.ID) {
		return errorf(pa.at("id"), an.ID.String(), ErrDuplicateID, "an announcement with this ID was already applied")
	}
	var errs []error
	orgsPath := pa.field("organizations")
	for i, o := range an.Organizations {
		if b.org(o.ID) != nil {
			errs = append(errs, errorf(pathOf(pa.field("organizations"), i, "id"), o.ID.String(), ErrDuplicateID, "the alliance already knows an organization with this ID"))
			continue
		}
		if err := b.addOrg(o, an.ID, orgsPath.elem(i)); err != nil {
			errs = append(errs, err)
		}
	}
	for i, p := range an.People {
		if _, ok := b.person(p.ID); ok {
			errs = append(errs, errorf(pathOf(pa.field("people"), i, "id"), p.ID.String(), ErrDuplicateID, "the alliance already knows a person with this ID"))
			continue
		}
		b.ovl.people[p.ID] = p
	}
	if len(errs) > 0 {
		return joinErrors(errs)
	}
	// The announcement is recorded before its changes apply, so that
	// messages about them can name it.
	b.ovl.annIDs[an.ID] = len(b.ovl.anns)
	b.ovl.anns = append(b.ovl.anns, an)
	changes := pa.field("changes")
	for i, c := range an.Changes {
		if err := b.change(&an, c, changes.elem(i)); err != nil {
			errs = append(errs, err)
		}
	}
	quotes := pa.field("quotes")
	for i, q := range an.Quotes {
		if err := b.quote(&an, q, quotes.elem(i)); err != nil {
			errs = append(errs, err)
		}
	}
	return joinErrors(errs)
}

func (b *builder) quote(an *Announcement, q Quote, pa path) error {
	var speaker Person
	if q.Speaker != uuid.Nil {
		p, ok := b.person(q.Speaker)
		if !ok {
			return errorf(pa.at("speaker"), q.Speaker.String(), ErrUnknownOrganization, "no such person")
		}
		speaker = p
	}
	if q.Organization != uuid.Nil && b.org(q.Organization) == nil {
		return errorf(pa.at("organization"), q.Organization.String(), ErrUnknownOrganization, "")
	}
	if q.Post == 0 {
		return nil
	}
	seat, _ := b.seat(q.Organization, RoleMember, an.Published)
	ts := b.tenures()
	for i := len(ts) - 1; i >= 0; i-- {
		t := ts[i]
		if t.Post != q.Post {
			continue
		}
		if mayInclude(t.Period, an.Published) &&
			(q.Speaker != uuid.Nil && t.Person == q.Speaker || q.Speaker == uuid.Nil && seat != uuid.Nil && t.Agency == seat) {
			return nil
		}
		if endedBefore(t.Period, an.Published) {
			break
		}
	}
	who := speaker.Name
	if q.Speaker == uuid.Nil {
		who = b.orgName(q.Organization)
	}
	return errorf(pa.at("post"), q.Post.String(), ErrConflict,
		"%s did not hold the post when the announcement was published (%s)", who, an.Published)
}

// mayInclude reports whether period p may include some day that d can
// denote.
func mayInclude(p Period, d Date) bool {
	if p.Start.Earliest().After(d.Latest()) {
		return false
	}
	return p.Ongoing || p.End.IsZero() || p.End.Latest().After(d.Earliest())
}

// onOrBefore returns the date "on or before d": an open range up to d's
// last bound.
func onOrBefore(d Date) Date {
	_, hi := d.Bounds()
	if hi.IsZero() {
		return Date{}
	}
	r, err := DateBetween(Date{}, hi)
	if err != nil {
		return Date{}
	}
	return r
}

// onOrAfter returns the date "on or after d": an open range from d's
// first bound.
func onOrAfter(d Date) Date {
	lo, _ := d.Bounds()
	if lo.IsZero() {
		return Date{}
	}
	r, err := DateBetween(lo, Date{})
	if err != nil {
		return Date{}
	}
	return r
}

// narrow replaces *d with e where e is more precise and consistent with it.
func narrow(d *Date, e Date) {
	if !e.IsZero() && e != *d && e.Within(*d) {
		*d = e
	}
}

// addSource records announcement id as a source. The fold adds the
// announcement it applies, the latest, so a source already recorded is the
// last one: checking it alone keeps a fact stated n times at O(n).
func addSource(ids *[]uuid.UUID, id uuid.UUID) {
	if n := len(*ids); n == 0 || (*ids)[n-1] != id {
		*ids = append(*ids, id)
	}
}

// confirm records announcement an, and the words of its change c, as a
// source of membership m.
func confirm(m *Membership, an *Announcement, c Change) {
	addSource(&m.sources, an.ID)
	if m.LastConfirmed.IsZero() || an.Published.Compare(m.LastConfirmed) > 0 {
		m.LastConfirmed = an.Published
	}
	if c.Words != "" && !slices.Contains(m.words, c.Words) {
		m.words = append(m.words, c.Words)
	}
}

// newMembership returns the membership that change c of an begins.
func newMembership(an *Announcement, c Change, start Date) Membership {
	m := Membership{Period: Since(start), Category: c.Category}
	confirm(&m, an, c)
	return m
}

func (b *builder) change(an *Announcement, c Change, pa path) error {
	o := b.org(c.Organization)
	if o == nil {
		return errorf(pa.at("organization"), c.Organization.String(), ErrUnknownOrganization, "")
	}
	if c.Successor != uuid.Nil && b.org(c.Successor) == nil {
		return errorf(pa.at("successor"), c.Successor.String(), ErrUnknownOrganization, "")
	}
	if c.Parent != uuid.Nil && b.org(c.Parent) == nil {
		return errorf(pa.at("parent"), c.Parent.String(), ErrUnknownOrganization, "")
	}
	if c.Person != uuid.Nil {
		if _, ok := b.person(c.Person); !ok {
			return errorf(pa.at("person"), c.Person.String(), ErrUnknownOrganization, "no such person")
		}
	}
	switch c.Status {
	case StatusPlanned:
		b.plan(an, c)
		return nil
	case StatusDisputed, StatusUnconfirmed:
		b.mutLists()
		b.ovl.claims = append(b.ovl.claims, Claim{Change: c, Announcement: an.ID, Published: an.Published})
		return nil
	}
	if !c.Effective.IsZero() && c.Effective.Earliest().After(an.Published.Latest()) {
		return errorf(pa.at("effective"), c.Effective.String(), ErrConflict,
			"takes effect after the announcement was published (%s); a change announced in advance has the status %q",
			an.Published, StatusPlanned)
	}
	switch c.Kind {
	case ChangeKindJoined:
		return b.joined(an, c, pa)
	case ChangeKindLeft:
		return b.left(an, c, pa)
	case ChangeKindSucceeded:
		return b.succeeded(an, c, pa)
	case ChangeKindRenamed:
		return b.renamed(an, c, pa)
	case ChangeKindNamed:
		return b.named(an, c, pa)
	case ChangeKindParentChanged:
		return b.parentChanged(an, c, pa)
	case ChangeKindVotedIn, ChangeKindElected:
		return b.admitted(an, c, pa)
	case ChangeKindAppointed:
		return b.appointed(an, c, pa)
	case ChangeKindListed:
		if c.Post != 0 {
			return b.listedHolder(an, c, pa)
		}
		return b.listed(an, c, pa)
	}
	return errorf(pa.at("kind"), c.Kind.String(), ErrInvalid, "unknown change kind")
}

// canBeMember checks that an organization has what a member needs.
func canBeMember(o *orgState, pa *path, field string) error {
	if !o.m.jurisdiction.IsValid() || o.m.kind == 0 {
		return errorf(pa.at(field), o.m.ID.String(), ErrInvalid, "%s has no jurisdiction or member kind, so it cannot be a member", o.m.DisplayName())
	}
	return nil
}

// parentAt returns the organization that o was part of at d, as far as
// the record says: the latest affiliation whose period may include d.
func parentAt(o *orgState, d Date) uuid.UUID {
	p := uuid.Nil
	for _, a := range o.m.parents {
		if a.Period == (Period{}) || mayInclude(a.Period, d) {
			p = a.Parent
		}
	}
	return p
}

// holds reports whether o may have been active in role r at d.
func holds(o *orgState, r Role, d Date) bool {
	for _, m := range *o.roles(r) {
		if mayInclude(m.Period, d) {
			return true
		}
	}
	return false
}

// seat returns the organization whose seat in role r id names at d: id
// itself where it may have held one then; else the nearest organization it
// was part of that may have; else the one organization that was part of
// it and may have (the National Crime Agency names the seat of its CEOP
// command). It reports false where none, or more than one below, did.
func (b *builder) seat(id uuid.UUID, r Role, d Date) (uuid.UUID, bool) {
	o := b.org(id)
	if o == nil {
		return uuid.Nil, false
	}
	if holds(o, r, d) {
		return id, true
	}
	for p, depth := parentAt(o, d), 0; p != uuid.Nil && depth < maxParentDepth; depth++ {
		po := b.org(p)
		if po == nil {
			break
		}
		if holds(po, r, d) {
			return p, true
		}
		p = parentAt(po, d)
	}
	found, n := uuid.Nil, 0
	level := []uuid.UUID{id}
	for depth := 0; depth < maxParentDepth && len(level) > 0 && n == 0; depth++ {
		var next []uuid.UUID
		for _, p := range level {
			for _, c := range b.cur.children(p) {
				co := b.org(c)
				if co == nil || parentAt(co, d) != p {
					continue
				}
				if holds(co, r, d) {
					found, n = c, n+1
				}
				next = append(next, c)
			}
		}
		level = next
	}
	return found, n == 1
}

func (b *builder) joined(an *Announcement, c Change, pa path) error {
	o := b.org(c.Organization)
	if c.Role == RoleMember {
		if err := canBeMember(o, &pa, "organization"); err != nil {
			return err
		}
	}
	ms := *o.roles(c.Role)
	// The same join stated again: a start the new date may denote, of a
	// membership that had not certainly ended by then. Starts are in
	// order, so the scan stops at the first membership that began
	// certainly before the new date.
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		if m.Period.Start.Latest().Before(c.Effective.Earliest()) {
			break
		}
		if !m.Period.Start.Overlaps(c.Effective) || m.Predecessor != uuid.Nil ||
			!m.Period.Ongoing && !m.Period.End.IsZero() && !c.Effective.Earliest().Before(m.Period.End.Latest()) {
			continue
		}
		if m.Category != c.Category {
			return errorf(pa.at("category"), c.Category.String(), ErrConflict,
				"%s joined as %s according to %s, not as %s according to %s",
				o.m.DisplayName(), m.Category, b.describeSources(m.sources), c.Category, b.describe(an.ID))
		}
		mm := &(*b.mutOrg(c.Organization).roles(c.Role))[i]
		confirm(mm, an, c)
		narrow(&mm.Period.Start, c.Effective)
		mm.plans = append(mm.plans, b.fulfilPlans(an, c, c.Organization)...)
		return nil
	}
	if n := len(ms); n > 0 {
		last := ms[n-1]
		if last.Period.Ongoing {
			return errorf(pa.at("organization"), c.Organization.String(), ErrConflict,
				"%s is already a %s since %s according to %s; %s says it joined %s",
				o.m.DisplayName(), c.Role, last.Period.Start, b.describeSources(last.sources), b.describe(an.ID), c.Effective)
		}
		if c.Effective.Latest().Before(last.Period.End.Earliest()) {
			return errorf(pa.at("effective"), c.Effective.String(), ErrConflict,
				"%s joins before its previous %s ship ended (%s, according to %s)",
				o.m.DisplayName(), c.Role, last.Period.End, b.describeSources(last.sources))
		}
	}
	m := newMembership(an, c, c.Effective)
	m.Vote = b.fulfilVote(c, c.Effective)
	m.plans = b.fulfilPlans(an, c, c.Organization)
	rs := b.mutOrg(c.Organization).roles(c.Role)
	*rs = append(*rs, m)
	return nil
}

func (b *builder) left(an *Announcement, c Change, pa path) error {
	o := b.org(c.Organization)
	ms := *o.roles(c.Role)
	if len(ms) == 0 {
		return errorf(pa.at("organization"), c.Organization.String(), ErrConflict,
			"%s leaves, but was never a %s", o.m.DisplayName(), c.Role)
	}
	last := ms[len(ms)-1]
	mo := b.mutOrg(c.Organization)
	mm := &(*mo.roles(c.Role))[len(ms)-1]
	if !last.Period.Ongoing {
		if last.Period.End.IsZero() || last.Period.End.Overlaps(c.Effective) {
			confirm(mm, an, c)
			if last.Period.End.IsZero() {
				mm.Period.End = c.Effective
			}
			narrow(&mm.Period.End, c.Effective)
			return nil
		}
		return errorf(pa.at("organization"), c.Organization.String(), ErrConflict,
			"%s leaves on %s, but its %s ship ended %s according to %s",
			o.m.DisplayName(), c.Effective, c.Role, last.Period.End, b.describeSources(last.sources))
	}
	if c.Effective.Latest().Before(last.Period.Start.Earliest()) {
		return errorf(pa.at("effective"), c.Effective.String(), ErrConflict,
			"%s leaves before it joined (%s)", o.m.DisplayName(), last.Period.Start)
	}
	mm.Period.End, mm.Period.Ongoing = c.Effective, false
	confirm(mm, an, c)
	b.fulfilPlans(an, c, c.Organization)
	if c.Role == RoleMember {
		// A member that leaves gives up the posts held for its seat.
		b.endTenures(c.Organization, an, c.Effective, nil)
	}
	return nil
}

// endTenures ends, at d, the ongoing tenures held for agency's seat. With
// successor, each goes on for the successor's seat, the holder keeping the
// office.
func (b *builder) endTenures(agency uuid.UUID, an *Announcement, d Date, successor *uuid.UUID) {
	held := false
	for _, t := range b.tenures() {
		if t.Agency == agency && t.Period.Ongoing {
			held = true
			break
		}
	}
	if !held {
		return
	}
	b.mutLists()
	for i := range b.ovl.tenures {
		t := &b.ovl.tenures[i]
		if t.Agency != agency || !t.Period.Ongoing {
			continue
		}
		t.Period.End, t.Period.Ongoing = d, false
		addSource(&t.sources, an.ID)
		if successor != nil {
			b.ovl.tenures = append(b.ovl.tenures, Tenure{
				Post: t.Post, Person: t.Person, Agency: *successor, Title: t.Title,
				Period: Since(d), sources: []uuid.UUID{an.ID},
			})
		}
	}
}

func (b *builder) succeeded(an *Announcement, c Change, pa path) error {
	p := b.org(c.Organization)
	s := b.org(c.Successor)
	if err := canBeMember(s, &pa, "successor"); err != nil {
		return err
	}
	ms := p.m.memberships
	if len(ms) == 0 {
		return errorf(pa.at("organization"), c.Organization.String(), ErrConflict,
			"%s passes on a seat it never held", p.m.DisplayName())
	}
	last := ms[len(ms)-1]
	if !last.Period.Ongoing {
		if last.Successor == c.Successor && last.Period.End.Overlaps(c.Effective) {
			// A second source of a recorded succession.
			old := last.Period.End
			pm := &b.mutOrg(p.m.ID).m.memberships[len(ms)-1]
			confirm(pm, an, c)
			narrow(&pm.Period.End, c.Effective)
			sm := b.mutOrg(s.m.ID)
			for i := range sm.m.memberships {
				if sm.m.memberships[i].Predecessor == p.m.ID {
					confirm(&sm.m.memberships[i], an, c)
					narrow(&sm.m.memberships[i].Period.Start, c.Effective)
				}
			}
			b.narrowHandover(p.m.ID, s.m.ID, old, pm.Period.End)
			return nil
		}
		return errorf(pa.at("organization"), c.Organization.String(), ErrConflict,
			"%s is no longer a member (its membership ended %s according to %s)",
			p.m.DisplayName(), last.Period.End, b.describeSources(last.sources))
	}
	if n := len(s.m.memberships); n > 0 && s.m.memberships[n-1].Period.Ongoing {
		return errorf(pa.at("successor"), c.Successor.String(), ErrConflict,
			"%s is already a member since %s according to %s",
			s.m.DisplayName(), s.m.memberships[n-1].Period.Start, b.describeSources(s.m.memberships[n-1].sources))
	}
	if c.Effective.Latest().Before(last.Period.Start.Earliest()) {
		return errorf(pa.at("effective"), c.Effective.String(), ErrConflict,
			"the seat passes before %s held it (%s)", p.m.DisplayName(), last.Period.Start)
	}
	pm := &b.mutOrg(p.m.ID).m.memberships[len(ms)-1]
	pm.Period.End, pm.Period.Ongoing, pm.Successor = c.Effective, false, s.m.ID
	confirm(pm, an, c)
	sm := b.mutOrg(s.m.ID)
	nm := newMembership(an, c, c.Effective)
	nm.Predecessor = p.m.ID
	nm.plans = b.fulfilPlans(an, c, c.Organization)
	sm.m.memberships = append(sm.m.memberships, nm)
	// A post held for the predecessor goes on for the successor: the
	// holder keeps the office, acting for the agency that took the seat.
	b.endTenures(p.m.ID, an, c.Effective, &s.m.ID)
	return nil
}

// narrowHandover narrows the dates of tenures that passed from agency p to
// s on date old, to the narrower date now known.
func (b *builder) narrowHandover(p, s uuid.UUID, old, now Date) {
	if old == now {
		return
	}
	b.mutLists()
	for i := range b.ovl.tenures {
		t := &b.ovl.tenures[i]
		if t.Agency == p && t.Period.End == old {
			t.Period.End = now
		}
		if t.Agency == s && t.Period.Start == old {
			t.Period.Start = now
		}
	}
}

// addName adds name n to organization mo, which the builder owns, and
// indexes its keys; p locates the name. It does nothing where mo already
// bears the name, of the same kind and language, with a start that may be
// the same, and refuses a name that looks like another organization's.
func (b *builder) addName(mo *orgState, n Name, p path) error {
	ix := b.nameIndexOf(mo)
	for _, i := range ix.byText[n.Text] {
		old := mo.m.names[i]
		if old.Kind == n.Kind && old.Lang == n.Lang && old.Period.Start.Overlaps(n.Period.Start) {
			return nil
		}
	}
	key := namekey.Key(n.Text)
	if err := b.indexSkeletons(mo.m.ID, n.Text, key, p); err != nil {
		return err
	}
	i := len(mo.m.names)
	mo.m.names = append(mo.m.names, n)
	ix.byText[n.Text] = append(ix.byText[n.Text], i)
	if n.current() {
		ix.current = append(ix.current, i)
	}
	if b.dirty == nil {
		b.dirty = map[*orgState]bool{}
	}
	b.dirty[mo] = true
	if n.Kind != NameKindWeakAlias {
		// Checking the organization's keys keeps the index free of
		// duplicates.
		if key != "" && !ix.keys[key] {
			ix.keys[key] = true
			mo.keys = append(mo.keys, key)
			b.indexKey(key, mo.m.ID)
		}
	}
	return nil
}

func (b *builder) renamed(an *Announcement, c Change, pa path) error {
	n := c.Name
	if n.Period.IsZero() {
		n.Period = Since(c.Effective)
	}
	mo := b.mutOrg(c.Organization)
	ix := b.nameIndexOf(mo)
	names := mo.m.names
	for _, i := range ix.byText[n.Text] {
		old := names[i]
		if old.Kind == n.Kind && old.Lang == n.Lang && old.Period.Start.Overlaps(n.Period.Start) {
			return nil // a second source of a recorded name
		}
	}
	// The current name of the same kind and language ends.
	keep := ix.current[:0]
	for _, i := range ix.current {
		old := &names[i]
		if old.Kind != n.Kind || old.Lang != n.Lang {
			keep = append(keep, i)
			continue
		}
		if c.Effective.Latest().Before(old.Period.Start.Earliest()) {
			return errorf(pa.at("effective"), c.Effective.String(), ErrConflict,
				"%s is renamed before its name %q came into use (%s)", mo.m.DisplayName(), old.Text, old.Period.Start)
		}
		old.Period = Period{Start: old.Period.Start, End: c.Effective}
	}
	ix.current = keep
	if err := b.addName(mo, n, pa.field("name")); err != nil {
		return err
	}
	b.fulfilPlans(an, c, c.Organization)
	return nil
}

// named records a name that announcement an uses for an organization, with
// no date of its own: in use on the publication, from and until no one
// knows when. It ends no other name.
func (b *builder) named(an *Announcement, c Change, pa path) error {
	n := c.Name
	if n.Period.IsZero() {
		n.Period = Period{Start: onOrBefore(an.Published), End: onOrAfter(an.Published)}
	}
	return b.addName(b.mutOrg(c.Organization), n, pa.field("name"))
}

func (b *builder) parentChanged(an *Announcement, c Change, pa path) error {
	// The new parent must not be part of the organization, at any depth.
	for p, depth := c.Parent, 0; p != uuid.Nil; depth++ {
		if p == c.Organization || depth >= maxParentDepth {
			return errorf(pa.at("parent"), c.Parent.String(), ErrConflict,
				"%s would be part of itself through %s", b.orgName(c.Organization), b.orgName(c.Parent))
		}
		po := b.org(p)
		if po == nil {
			break
		}
		p = parentAt(po, c.Effective)
	}
	mo := b.mutOrg(c.Organization)
	ps := slices.Clone(mo.m.parents)
	if n := len(ps); n > 0 {
		last := &ps[n-1]
		switch {
		case last.Parent == c.Parent:
			return nil // a second source
		case last.Period == (Period{}):
			last.Period = Period{End: c.Effective}
		case last.Period.Ongoing:
			if c.Effective.Latest().Before(last.Period.Start.Earliest()) {
				return errorf(pa.at("effective"), c.Effective.String(), ErrConflict,
					"%s leaves %s before it became part of it (%s)", mo.m.DisplayName(), b.orgName(last.Parent), last.Period.Start)
			}
			last.Period = Period{Start: last.Period.Start, End: c.Effective}
		}
	}
	mo.m.parents = append(ps, Affiliation{Parent: c.Parent, Period: Since(c.Effective)})
	mo.m.Parent = c.Parent
	if c.Parent != uuid.Nil {
		b.addChild(c.Parent, c.Organization)
	}
	b.fulfilPlans(an, c, c.Organization)
	return nil
}

// admKey is the key under which the index files an admission: the seat of
// an election, the organization of a vote.
func admKey(a *Admission) uuid.UUID {
	if a.Kind == ChangeKindElected {
		return a.seat
	}
	return a.Organization
}

// admissionsOf returns the indexes of the admissions filed under id.
func (b *builder) admissionsOf(id uuid.UUID) []int {
	if b.admIdx == nil {
		b.admIdx = map[uuid.UUID][]int{}
		for i := range b.cur.admissions() {
			k := admKey(&b.cur.admissions()[i])
			b.admIdx[k] = append(b.admIdx[k], i)
		}
	}
	return b.admIdx[id]
}

// admitted records a vote to admit an organization (VotedIn) or an
// election to a post (Elected). It stays in the record; a joining or a
// taking of office fulfils it.
func (b *builder) admitted(an *Announcement, c Change, pa path) error {
	o := b.org(c.Organization)
	date := c.Effective
	if date.IsZero() {
		date = onOrBefore(an.Published)
	}
	seat := uuid.Nil
	if c.Kind == ChangeKindVotedIn {
		if ms := *o.roles(c.Role); len(ms) > 0 && ms[len(ms)-1].Period.Ongoing {
			return errorf(pa.at("organization"), c.Organization.String(), ErrConflict,
				"%s is voted in, but is already a %s since %s", o.m.DisplayName(), c.Role, ms[len(ms)-1].Period.Start)
		}
	} else {
		s, ok := b.seat(c.Organization, RoleMember, date)
		if !ok {
			return errorf(pa.at("organization"), c.Organization.String(), ErrConflict,
				"%s is elected to %s for %s, which holds no member's seat then", b.holderName(c.Person, c.Organization), c.Post, o.m.DisplayName())
		}
		seat = s
	}
	ad := Admission{
		Kind: c.Kind, Organization: c.Organization, Role: c.Role, Category: c.Category,
		Post: c.Post, Person: c.Person, Date: date, Words: c.Words, sources: []uuid.UUID{an.ID}, seat: seat,
	}
	k := admKey(&ad)
	for _, i := range b.admissionsOf(k) {
		p := &b.cur.admissions()[i]
		if p.Kind == c.Kind && p.Organization == c.Organization && p.Role == c.Role && p.Post == c.Post && p.Person == c.Person && p.Date.Overlaps(date) {
			b.mutLists()
			p = &b.ovl.admissions[i]
			addSource(&p.sources, an.ID)
			narrow(&p.Date, date)
			return nil
		}
	}
	b.mutLists()
	b.admIdx[k] = append(b.admIdx[k], len(b.ovl.admissions))
	b.ovl.admissions = append(b.ovl.admissions, ad)
	return nil
}

// fulfilVote marks the pending vote that admitted c.Organization in c.Role
// as fulfilled on start, and returns it; the zero Admission where there is
// none.
func (b *builder) fulfilVote(c Change, start Date) Admission {
	for _, i := range b.admissionsOf(c.Organization) {
		if a := &b.cur.admissions()[i]; a.Kind == ChangeKindVotedIn && a.Role == c.Role {
			if ad, ok := b.fulfil(i, start); ok {
				return ad
			}
		}
	}
	return Admission{}
}

// fulfilElection marks the pending election to post that a holder taking
// office for seat fulfils: one of the seat (or of a unit or parent naming
// it), of person or of no one named.
func (b *builder) fulfilElection(post Post, seat, person uuid.UUID, start Date) Admission {
	for _, i := range b.admissionsOf(seat) {
		if a := &b.cur.admissions()[i]; a.Kind == ChangeKindElected && a.Post == post && (a.Person == uuid.Nil || a.Person == person) {
			if ad, ok := b.fulfil(i, start); ok {
				return ad
			}
		}
	}
	return Admission{}
}

// fulfil marks admission i fulfilled on start, if it had possibly taken
// place by then, and returns it. The list holds pending admissions only: a
// fulfilled one leaves it for the membership or tenure it led to
// (Membership.Vote, Tenure.Election), so that the list, which every
// Apply copies, stays as short as what is pending.
func (b *builder) fulfil(i int, start Date) (Admission, bool) {
	a := b.cur.admissions()[i]
	if a.Date.Earliest().After(start.Latest()) {
		return Admission{}, false
	}
	b.mutLists()
	b.ovl.admissions = slices.Delete(b.ovl.admissions, i, i+1)
	b.admIdx = nil // the indexes after i moved
	a.Fulfilled = start
	return a.clone(), true
}

func (a Admission) clone() Admission {
	a.sources = slices.Clip(a.sources)
	return a
}

// planKey is the key under which the index files a plan: the seat of a
// plan for a post, the organization of any other.
func planKey(p *Plan) uuid.UUID {
	if p.seat != uuid.Nil {
		return p.seat
	}
	return p.Change.Organization
}

// plansOf returns the indexes of the plans filed under id.
func (b *builder) plansOf(id uuid.UUID) []int {
	if b.planIdx == nil {
		b.planIdx = map[uuid.UUID][]int{}
		for i := range b.cur.plans() {
			k := planKey(&b.cur.plans()[i])
			b.planIdx[k] = append(b.planIdx[k], i)
		}
	}
	return b.planIdx[id]
}

// plan records a change announced in advance.
func (b *builder) plan(an *Announcement, c Change) {
	p := Plan{Change: c, Announcement: an.ID, Published: an.Published}
	if c.Post != 0 {
		p.seat, _ = b.seat(c.Organization, RoleMember, an.Published)
	}
	b.plansOf(uuid.Nil) // build the index before the list grows
	b.mutLists()
	k := planKey(&p)
	b.planIdx[k] = append(b.planIdx[k], len(b.ovl.plans))
	b.ovl.plans = append(b.ovl.plans, p)
}

// fulfilPlans marks as fulfilled the outstanding plans that change c of an
// does (the same kind of change, for the same organization or seat, role
// or post, and holder if the plan named one), and returns the
// announcements of those plans.
func (b *builder) fulfilPlans(an *Announcement, c Change, seat uuid.UUID) []uuid.UUID {
	var ids []uuid.UUID
	try := func(i int) {
		p := &b.cur.plans()[i]
		pc := p.Change
		if p.IsFulfilled() || pc.Kind != c.Kind || pc.Role != c.Role || pc.Post != c.Post ||
			pc.Organization != c.Organization && (p.seat == uuid.Nil || p.seat != seat) ||
			pc.Person != uuid.Nil && pc.Person != c.Person || pc.Successor != c.Successor || pc.Parent != c.Parent {
			return
		}
		b.mutLists()
		fp := &b.ovl.plans[i]
		fp.FulfilledBy, fp.Fulfilled = an.ID, c.Effective
		addSource(&ids, p.Announcement)
	}
	for _, i := range b.plansOf(c.Organization) {
		try(i)
	}
	if seat != c.Organization {
		for _, i := range b.plansOf(seat) {
			try(i)
		}
	}
	return ids
}

func (b *builder) holderName(person, agency uuid.UUID) string {
	if p, ok := b.person(person); ok {
		return p.Name
	}
	return b.orgName(agency)
}

// lastTenure returns the index of the latest tenure of post, or -1.
func lastTenure(ts []Tenure, post Post) int {
	for i := len(ts) - 1; i >= 0; i-- {
		if ts[i].Post == post {
			return i
		}
	}
	return -1
}

// sameHolder reports whether tenure t is held by the holder a change names
// for seat: the same seat and, where the change names a person, the same
// person. A change that names only the agency ("the AFP chaired from
// 2009") is about whoever held the post for it.
func sameHolder(t Tenure, seat, person uuid.UUID) bool {
	return t.Agency == seat && (person == uuid.Nil || t.Person == person)
}

// findTenure returns the index of the latest tenure of post, held by the
// holder that a change names for seat, that in accepts, or -1. The tenures
// of a post follow one another, so the scan stops at the first that ended
// certainly before d: every earlier one ended earlier still.
func findTenure(ts []Tenure, post Post, seat, person uuid.UUID, d Date, in func(Tenure) bool) int {
	for i := len(ts) - 1; i >= 0; i-- {
		t := ts[i]
		if t.Post != post {
			continue
		}
		if sameHolder(t, seat, person) && in(t) {
			return i
		}
		if endedBefore(t.Period, d) {
			break
		}
	}
	return -1
}

// endedBefore reports whether p certainly ended before any day d can
// denote.
func endedBefore(p Period, d Date) bool {
	return !p.Ongoing && !p.End.IsZero() && p.End.Latest().Before(d.Earliest())
}

// narrowStart narrows the start of tenure i to d, where d is more precise,
// and with it the end of the tenure that ended when this one began.
func (b *builder) narrowStart(i int, d Date) {
	ts := b.ovl.tenures
	old := ts[i].Period.Start
	narrow(&ts[i].Period.Start, d)
	if old == ts[i].Period.Start || old.IsZero() {
		return
	}
	for j := range ts {
		if j != i && ts[j].Post == ts[i].Post && ts[j].Period.End == old {
			ts[j].Period.End = ts[i].Period.Start
		}
	}
}

// holderSeat resolves the seat for which change c names a holder at d.
func (b *builder) holderSeat(c Change, d Date, pa path) (uuid.UUID, error) {
	seat, ok := b.seat(c.Organization, RoleMember, d)
	if !ok {
		return uuid.Nil, errorf(pa.at("organization"), c.Organization.String(), ErrConflict,
			"%s holds the post for %s, which holds no member's seat then", b.holderName(c.Person, c.Organization), b.orgName(c.Organization))
	}
	return seat, nil
}

// unitOf returns the organization a change names as holder, where it is
// not the seat itself.
func unitOf(c Change, seat uuid.UUID) uuid.UUID {
	if c.Organization == seat {
		return uuid.Nil
	}
	return c.Organization
}

func (b *builder) appointed(an *Announcement, c Change, pa path) error {
	seat, err := b.holderSeat(c, c.Effective, pa)
	if err != nil {
		return err
	}
	b.mutLists()
	ts := b.ovl.tenures
	if i := findTenure(ts, c.Post, seat, c.Person, c.Effective, func(t Tenure) bool { return t.Period.Start.Overlaps(c.Effective) }); i >= 0 {
		addSource(&ts[i].sources, an.ID)
		if ts[i].Title == "" {
			ts[i].Title = c.Title
		}
		b.narrowStart(i, c.Effective)
		return nil
	}
	if i := lastTenure(ts, c.Post); i >= 0 {
		cur := &ts[i]
		if c.Effective.Compare(cur.Period.Start) <= 0 || !cur.Period.Ongoing && cur.Period.End.Earliest().After(c.Effective.Latest()) {
			return errorf(pa.at("effective"), c.Effective.String(), ErrConflict,
				"two holders of %s at once: %s holds it since %s according to %s",
				c.Post, b.holderName(cur.Person, cur.Agency), cur.Period.Start, b.describeSources(cur.sources))
		}
		if cur.Period.Ongoing {
			cur.Period.End, cur.Period.Ongoing = c.Effective, false
			addSource(&cur.sources, an.ID)
		}
	}
	t := Tenure{
		Post: c.Post, Person: c.Person, Agency: seat, Unit: unitOf(c, seat), Title: c.Title,
		Period: Since(c.Effective), sources: []uuid.UUID{an.ID},
	}
	t.Election = b.fulfilElection(c.Post, seat, c.Person, c.Effective)
	t.plans = b.fulfilPlans(an, c, seat)
	b.ovl.tenures = append(b.ovl.tenures, t)
	return nil
}

// listed records that an announcement lists an organization in a role
// without saying since when.
func (b *builder) listed(an *Announcement, c Change, pa path) error {
	o := b.org(c.Organization)
	seat, ok := b.seat(c.Organization, c.Role, an.Published)
	if ok {
		so := b.org(seat)
		ms := *so.roles(c.Role)
		for i := len(ms) - 1; i >= 0; i-- {
			m := ms[i]
			if !mayInclude(m.Period, an.Published) {
				continue
			}
			if c.Category != 0 && m.Category != 0 && m.Category != c.Category {
				return errorf(pa.at("category"), c.Category.String(), ErrConflict,
					"%s is a %s partner according to %s, not %s according to %s",
					so.m.DisplayName(), m.Category, b.describeSources(m.sources), c.Category, b.describe(an.ID))
			}
			mm := &(*b.mutOrg(seat).roles(c.Role))[i]
			confirm(mm, an, c)
			if mm.Category == 0 {
				// An earlier listing did not say the category; this one does.
				mm.Category = c.Category
			}
			// A unit listed in place of the member it is part of (the
			// RCMP's NCECC) names the part that holds the seat.
			if seat != c.Organization && b.isPartOf(c.Organization, seat, an.Published) && mm.Unit != c.Organization {
				mm.Unit, mm.unitFrom = c.Organization, an.Published
			}
			return nil
		}
	}
	if c.Role == RoleMember {
		if err := canBeMember(o, &pa, "organization"); err != nil {
			return err
		}
	}
	ms := *o.roles(c.Role)
	if n := len(ms); n > 0 && ms[n-1].Period.Ongoing {
		return errorf(pa.at("organization"), c.Organization.String(), ErrConflict,
			"%s is listed as a %s before it joined (%s, according to %s)",
			o.m.DisplayName(), c.Role, ms[n-1].Period.Start, b.describeSources(ms[n-1].sources))
	}
	start := onOrBefore(an.Published)
	m := newMembership(an, c, start)
	m.Vote = b.fulfilVote(c, start)
	rs := b.mutOrg(o.m.ID).roles(c.Role)
	*rs = append(*rs, m)
	return nil
}

// isPartOf reports whether unit was part of org at d, at any depth.
func (b *builder) isPartOf(unit, org uuid.UUID, d Date) bool {
	o := b.org(unit)
	for depth := 0; o != nil && depth < maxParentDepth; depth++ {
		p := parentAt(o, d)
		if p == org {
			return true
		}
		o = b.org(p)
	}
	return false
}

// listedHolder records that an announcement names the holder of a post
// without saying since when. Where another holder's tenure is open, the
// handover happened after the last announcement that names that holder and
// on or before this one: the fold records that range as the end of the one
// tenure and the start of the other.
func (b *builder) listedHolder(an *Announcement, c Change, pa path) error {
	seat, err := b.holderSeat(c, an.Published, pa)
	if err != nil {
		return err
	}
	b.mutLists()
	ts := b.ovl.tenures
	if i := findTenure(ts, c.Post, seat, c.Person, an.Published, func(t Tenure) bool { return mayInclude(t.Period, an.Published) }); i >= 0 {
		t := &ts[i]
		addSource(&t.sources, an.ID)
		if t.Title == "" {
			t.Title = c.Title
		}
		b.narrowStart(i, onOrBefore(an.Published))
		return nil
	}
	start := onOrBefore(an.Published)
	if i := lastTenure(ts, c.Post); i >= 0 && ts[i].Period.Ongoing {
		cur := &ts[i]
		var last time.Time
		for _, id := range cur.sources {
			if a := b.announcement(id); a != nil && a.Published.Earliest().After(last) {
				last = a.Published.Earliest()
			}
		}
		if d := cur.Period.Start.Earliest(); d.After(last) {
			last = d
		}
		after := last.AddDate(0, 0, 1)
		lo, err := DateOf(after.Year(), after.Month(), after.Day())
		_, hi := an.Published.Bounds()
		var r Date
		if err == nil {
			r, err = DateBetween(lo, hi)
		}
		if err != nil {
			return errorf(pa.at("person"), c.Person.String(), ErrConflict,
				"%s is named as holder of %s, but the handover from %s cannot be placed: it must fall after %s (the last day an announcement names %s as holder, %s) and on or before this announcement's publication (%s)",
				b.holderName(c.Person, c.Organization), c.Post, b.holderName(cur.Person, cur.Agency), last.Format(time.DateOnly),
				b.holderName(cur.Person, cur.Agency), b.describeSources(cur.sources), an.Published)
		}
		start = r
		cur.Period.End, cur.Period.Ongoing = start, false
		addSource(&cur.sources, an.ID)
	}
	t := Tenure{
		Post: c.Post, Person: c.Person, Agency: seat, Unit: unitOf(c, seat), Title: c.Title,
		Period: Since(start), sources: []uuid.UUID{an.ID},
	}
	t.Election = b.fulfilElection(c.Post, seat, c.Person, start)
	b.ovl.tenures = append(b.ovl.tenures, t)
	return nil
}
