package vgt

import (
	"fmt"
	"slices"
	"time"

	"github.com/google/uuid"
)

// The fold applies announcements, in order of publication, to the state.
// Each change is checked against the state it applies to; an announcement
// with any bad change is rejected whole, and the builder that held its
// effects is dropped, so that the state it started from is unchanged.

// builder accumulates the effects of announcements on top of a state.
type builder struct {
	s     *state  // the state the builder started from
	ovl   *tables // written; owned by the builder
	cur   state   // s's base with the builder's overlay: what the fold reads
	owned map[*orgState]bool
	posts bool // ovl.tenures and ovl.pending are the builder's own copies
}

func newBuilder(s *state) *builder {
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

// addOrg records a new organization and indexes its names.
func (b *builder) addOrg(o Organization, intro uuid.UUID) {
	// The names slice is shared, not copied: no one changes a name list in
	// place (NewOrganization copies the caller's, and renames make a new
	// one), and Clip makes an append elsewhere copy it.
	o.names = slices.Clip(o.names)
	o.deriveNames()
	st := &orgState{doc: o, m: Member{Organization: o, Jurisdiction: o.jurisdiction, Kind: o.kind}, intro: intro}
	st.computeKeys()
	b.owned[st] = true
	b.ovl.orgs[o.ID] = st
	if intro == uuid.Nil {
		b.ovl.orgOrder = append(b.ovl.orgOrder, o.ID)
	}
	b.index(st, nil)
}

// index adds st's keys that are not in old to the key index.
func (b *builder) index(st *orgState, old []string) {
	for _, k := range st.keys {
		if slices.Contains(old, k) {
			continue
		}
		ids := b.ovl.keys[k]
		if !slices.Contains(ids, st.m.ID) {
			b.ovl.keys[k] = append(slices.Clip(ids), st.m.ID)
		}
	}
}

func (b *builder) addPerson(p Person) {
	b.ovl.people[p.ID] = p
	b.ovl.ppOrder = append(b.ovl.ppOrder, p.ID)
}

// mutPosts makes the overlay's tenures and pending admissions the
// builder's own, to change.
func (b *builder) mutPosts() {
	if b.posts {
		return
	}
	ts, ps := b.cur.tenures(), b.cur.pending()
	b.ovl.tenures = slices.Clone(ts)
	for i := range b.ovl.tenures {
		b.ovl.tenures[i].sources = slices.Clip(b.ovl.tenures[i].sources)
	}
	b.ovl.pending = slices.Clone(ps)
	for i := range b.ovl.pending {
		b.ovl.pending[i].sources = slices.Clip(b.ovl.pending[i].sources)
	}
	b.ovl.posts, b.posts = true, true
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
	for i, o := range an.Organizations {
		if b.org(o.ID) != nil {
			errs = append(errs, errorf(pathOf(pa.field("organizations"), i, "id"), o.ID.String(), ErrDuplicateID, "the alliance already knows an organization with this ID"))
			continue
		}
		b.addOrg(o, an.ID)
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
	if _, ok := b.person(q.Speaker); !ok {
		return errorf(pa.at("speaker"), q.Speaker.String(), ErrUnknownOrganization, "no such person")
	}
	if q.Post == 0 {
		return nil
	}
	for _, t := range b.tenures() {
		if t.Post == q.Post && t.Person == q.Speaker && mayInclude(t.Period, an.Published) {
			return nil
		}
	}
	p, _ := b.person(q.Speaker)
	return errorf(pa.at("post"), q.Post.String(), ErrConflict,
		"%s did not hold the post when the announcement was published (%s)", p.Name, an.Published)
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

// narrow replaces *d with e where e is more precise and consistent with it.
func narrow(d *Date, e Date) {
	if !e.IsZero() && e != *d && e.Within(*d) {
		*d = e
	}
}

func addSource(ids *[]uuid.UUID, id uuid.UUID) {
	if !slices.Contains(*ids, id) {
		*ids = append(*ids, id)
	}
}

func (b *builder) change(an *Announcement, c Change, pa path) error {
	if !c.Effective.IsZero() && c.Effective.Earliest().After(an.Published.Latest()) {
		return errorf(pa.at("effective"), c.Effective.String(), ErrConflict,
			"takes effect after the announcement was published (%s)", an.Published)
	}
	o := b.org(c.Organization)
	if o == nil {
		return errorf(pa.at("organization"), c.Organization.String(), ErrUnknownOrganization, "")
	}
	switch c.Kind {
	case ChangeKindJoined:
		return b.joined(an, c, pa)
	case ChangeKindLeft:
		return b.left(an, c, pa)
	case ChangeKindSucceeded:
		return b.succeeded(an, c, pa)
	case ChangeKindRenamed:
		return b.renamed(c)
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

func (b *builder) joined(an *Announcement, c Change, pa path) error {
	o := b.org(c.Organization)
	if c.Role == RoleMember {
		if err := canBeMember(o, &pa, "organization"); err != nil {
			return err
		}
	}
	ms := *o.roles(c.Role)
	for i, m := range ms {
		// The same join stated again: a start the new date may denote,
		// of a membership that had not certainly ended by then.
		if !m.Period.Start.Overlaps(c.Effective) || m.Predecessor != uuid.Nil ||
			!m.Period.Ongoing && !m.Period.End.IsZero() && !c.Effective.Earliest().Before(m.Period.End.Latest()) {
			continue
		}
		if m.Category != c.Category {
			return errorf(pa.at("category"), c.Category.String(), ErrConflict,
				"%s joined as %s according to %s, not as %s according to %s",
				o.m.DisplayName(), m.Category, b.describeSources(m.sources), c.Category, b.describe(an.ID))
		}
		mo := b.mutOrg(c.Organization)
		mm := &(*mo.roles(c.Role))[i]
		addSource(&mm.sources, an.ID)
		narrow(&mm.Period.Start, c.Effective)
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
	b.consumeAdmission(ChangeKindVotedIn, c)
	mo := b.mutOrg(c.Organization)
	rs := mo.roles(c.Role)
	*rs = append(*rs, Membership{Period: Since(c.Effective), Category: c.Category, sources: []uuid.UUID{an.ID}})
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
			addSource(&mm.sources, an.ID)
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
	addSource(&mm.sources, an.ID)
	return nil
}

func (b *builder) succeeded(an *Announcement, c Change, pa path) error {
	p := b.org(c.Organization)
	s := b.org(c.Successor)
	if s == nil {
		return errorf(pa.at("successor"), c.Successor.String(), ErrUnknownOrganization, "")
	}
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
			addSource(&pm.sources, an.ID)
			narrow(&pm.Period.End, c.Effective)
			sm := b.mutOrg(s.m.ID)
			for i := range sm.m.memberships {
				if sm.m.memberships[i].Predecessor == p.m.ID {
					addSource(&sm.m.memberships[i].sources, an.ID)
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
	addSource(&pm.sources, an.ID)
	sm := b.mutOrg(s.m.ID)
	sm.m.memberships = append(sm.m.memberships, Membership{Period: Since(c.Effective), Predecessor: p.m.ID, sources: []uuid.UUID{an.ID}})
	// A post held for the predecessor goes on for the successor: the
	// holder keeps the office, acting for the agency that took the seat.
	b.mutPosts()
	for i := range b.ovl.tenures {
		t := &b.ovl.tenures[i]
		if t.Agency != p.m.ID || !t.Period.Ongoing {
			continue
		}
		t.Period.End, t.Period.Ongoing = c.Effective, false
		addSource(&t.sources, an.ID)
		b.ovl.tenures = append(b.ovl.tenures, Tenure{
			Post: t.Post, Person: t.Person, Agency: s.m.ID,
			Period: Since(c.Effective), sources: []uuid.UUID{an.ID},
		})
	}
	return nil
}

// narrowHandover narrows the dates of tenures that passed from agency p to
// s on date old, to the narrower date now known.
func (b *builder) narrowHandover(p, s uuid.UUID, old, now Date) {
	if old == now {
		return
	}
	b.mutPosts()
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

func (b *builder) renamed(c Change) error {
	mo := b.mutOrg(c.Organization)
	n := c.Name
	if n.Period.IsZero() {
		n.Period = Since(c.Effective)
	}
	for _, old := range mo.m.names {
		if old.Text == n.Text && old.Kind == n.Kind && old.Lang == n.Lang && old.Period.Start.Overlaps(n.Period.Start) {
			return nil // a second source of a recorded name
		}
	}
	names := slices.Clone(mo.m.names)
	for i := range names {
		if names[i].Kind == n.Kind && names[i].Lang == n.Lang && names[i].current() {
			names[i].Period = Period{Start: names[i].Period.Start, End: c.Effective}
		}
	}
	mo.m.names = slices.Clip(append(names, n))
	mo.m.deriveNames()
	old := mo.keys
	mo.computeKeys()
	b.index(mo, old)
	return nil
}

// admitted records a vote to admit an organization (VotedIn) or an
// election to a post (Elected): pending until it joins or takes office.
func (b *builder) admitted(an *Announcement, c Change, pa path) error {
	o := b.org(c.Organization)
	if c.Kind == ChangeKindVotedIn {
		if ms := *o.roles(c.Role); len(ms) > 0 && ms[len(ms)-1].Period.Ongoing {
			return errorf(pa.at("organization"), c.Organization.String(), ErrConflict,
				"%s is voted in, but is already a %s since %s", o.m.DisplayName(), c.Role, ms[len(ms)-1].Period.Start)
		}
	} else if err := b.checkHolder(c, pa); err != nil {
		return err
	}
	b.mutPosts()
	for i := range b.ovl.pending {
		p := &b.ovl.pending[i]
		if p.Kind == c.Kind && p.Organization == c.Organization && p.Role == c.Role && p.Post == c.Post && p.Person == c.Person && p.Date.Overlaps(c.Effective) {
			addSource(&p.sources, an.ID)
			narrow(&p.Date, c.Effective)
			return nil
		}
	}
	b.ovl.pending = append(b.ovl.pending, Admission{
		Kind: c.Kind, Organization: c.Organization, Role: c.Role, Category: c.Category,
		Post: c.Post, Person: c.Person, Date: c.Effective, sources: []uuid.UUID{an.ID},
	})
	return nil
}

// consumeAdmission removes the pending admission that a joining or a
// taking of office fulfils, and returns its date.
func (b *builder) consumeAdmission(kind ChangeKind, c Change) Date {
	for i, p := range b.cur.pending() {
		if p.Kind == kind && p.Organization == c.Organization && p.Role == c.Role && p.Post == c.Post && p.Person == c.Person {
			b.mutPosts()
			b.ovl.pending = slices.Delete(b.ovl.pending, i, i+1)
			return p.Date
		}
	}
	return Date{}
}

// checkHolder checks the holder of a post: a known person, if named, acting
// for a member.
func (b *builder) checkHolder(c Change, pa path) error {
	if c.Person != uuid.Nil {
		if _, ok := b.person(c.Person); !ok {
			return errorf(pa.at("person"), c.Person.String(), ErrUnknownOrganization, "no such person")
		}
	}
	o := b.org(c.Organization)
	for _, m := range o.m.memberships {
		if mayInclude(m.Period, c.Effective) {
			return nil
		}
	}
	return errorf(pa.at("organization"), c.Organization.String(), ErrConflict,
		"%s holds the post for %s, which is not a member then", b.holderName(c.Person, c.Organization), o.m.DisplayName())
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

// sameHolder reports whether tenure t is held by the holder a change names:
// the same agency and, where the change names a person, the same person. A
// change that names only the agency ("the AFP chaired from 2009") is about
// whoever held the post for it.
func sameHolder(t Tenure, c Change) bool {
	return t.Agency == c.Organization && (c.Person == uuid.Nil || t.Person == c.Person)
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

func (b *builder) appointed(an *Announcement, c Change, pa path) error {
	if err := b.checkHolder(c, pa); err != nil {
		return err
	}
	b.mutPosts()
	ts := b.ovl.tenures
	for i := range ts {
		t := &ts[i]
		if t.Post == c.Post && sameHolder(*t, c) && t.Period.Start.Overlaps(c.Effective) {
			addSource(&t.sources, an.ID)
			b.narrowStart(i, c.Effective)
			return nil
		}
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
	elected := b.consumeAdmission(ChangeKindElected, Change{Organization: c.Organization, Post: c.Post, Person: c.Person})
	b.ovl.tenures = append(b.ovl.tenures, Tenure{
		Post: c.Post, Person: c.Person, Agency: c.Organization, Elected: elected,
		Period: Since(c.Effective), sources: []uuid.UUID{an.ID},
	})
	return nil
}

// listed records that an announcement lists an organization in a role
// without saying since when.
func (b *builder) listed(an *Announcement, c Change, pa path) error {
	o := b.org(c.Organization)
	for i, m := range *o.roles(c.Role) {
		if mayInclude(m.Period, an.Published) {
			mm := &(*b.mutOrg(o.m.ID).roles(c.Role))[i]
			addSource(&mm.sources, an.ID)
			return nil
		}
	}
	// A unit listed in place of the member it is part of (the RCMP's
	// NCECC) is a source for the member's seat.
	seen := 0
	for p := o.m.Parent; p != uuid.Nil && seen < 16; seen++ {
		po := b.org(p)
		if po == nil {
			break
		}
		for i, m := range *po.roles(c.Role) {
			if mayInclude(m.Period, an.Published) {
				mm := &(*b.mutOrg(p).roles(c.Role))[i]
				addSource(&mm.sources, an.ID)
				mm.Unit = o.m.ID
				return nil
			}
		}
		p = po.m.Parent
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
	rs := b.mutOrg(o.m.ID).roles(c.Role)
	*rs = append(*rs, Membership{Period: Since(onOrBefore(an.Published)), Category: c.Category, sources: []uuid.UUID{an.ID}})
	return nil
}

// listedHolder records that an announcement names the holder of a post
// without saying since when. Where another holder's tenure is open, the
// handover happened after the last announcement that names that holder and
// on or before this one: the fold records that range as the end of the one
// tenure and the start of the other.
func (b *builder) listedHolder(an *Announcement, c Change, pa path) error {
	c.Effective = an.Published
	if err := b.checkHolder(c, pa); err != nil {
		return err
	}
	b.mutPosts()
	ts := b.ovl.tenures
	for i := range ts {
		t := &ts[i]
		if t.Post == c.Post && sameHolder(*t, c) && mayInclude(t.Period, an.Published) {
			addSource(&t.sources, an.ID)
			b.narrowStart(i, onOrBefore(an.Published))
			return nil
		}
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
	b.ovl.tenures = append(b.ovl.tenures, Tenure{
		Post: c.Post, Person: c.Person, Agency: c.Organization,
		Period: Since(start), sources: []uuid.UUID{an.ID},
	})
	return nil
}
