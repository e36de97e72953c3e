package vgt

import (
	"bytes"
	"cmp"
	_ "embed"
	"fmt"
	"iter"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/google/uuid"
)

// An Alliance is the state of the Virtual Global Taskforce that follows from
// applying announcements, in order, to the organizations and people they
// concern. It is immutable and safe for concurrent use: Apply returns a new
// Alliance, sharing what did not change, and leaves the old one as it was.
//
// An Alliance from Load, Default or Apply describes the alliance at the end
// of its record: Members and Partners give everyone, past and present;
// Covering and Holder answer for the present as recorded through the
// record's horizon (RecordedThrough), not for the clock's today. An
// Alliance from AsOf is a snapshot: it shows only who certainly was active
// at its time.
//
// The zero Alliance is empty and ready to use.
type Alliance struct {
	s    *state
	snap bool
	at   time.Time
	view func() *view
}

// view holds what queries derive from a state, computed once per Alliance
// on first use.
type view struct {
	members  []Member  // every member (a snapshot: the active ones), in order
	partners []Partner // likewise
	current  []Member  // members active at the end of the record, or at the snapshot's time
	possible []Member  // a snapshot's members possibly but not certainly active
	// possiblePartners are a snapshot's partners possibly but not
	// certainly active.
	possiblePartners []Partner
}

func newAlliance(s *state, snap bool, at time.Time) *Alliance {
	a := &Alliance{s: s, snap: snap, at: at}
	a.view = sync.OnceValue(a.derive)
	return a
}

// st returns the state, an empty one for the zero Alliance.
func (a *Alliance) st() *state {
	if a == nil || a.s == nil {
		return emptyState
	}
	return a.s
}

var emptyState = &state{base: newTables()}

func (a *Alliance) getView() *view {
	if a == nil || a.view == nil {
		return newAlliance(emptyState, false, time.Time{}).derive()
	}
	return a.view()
}

//go:embed data/vgt.json
var defaultJSON []byte

var defaultAlliance = sync.OnceValue(func() *Alliance {
	a, err := Load(bytes.NewReader(defaultJSON))
	if err != nil {
		// The tests load the embedded dataset; a failure here is a bug
		// in the package, not bad input.
		panic(fmt.Sprintf("vgt: the embedded dataset does not load: %v", err))
	}
	return a
})

// Default returns the alliance that the embedded dataset records: the
// Virtual Global Taskforce from its founding in 2003 to the latest public
// source the record holds (February 2025; see RecordedThrough), with every
// fact traced to the announcement that stated it. It is built once, on
// first use, and shared.
func Default() *Alliance { return defaultAlliance() }

// activity says how a role's memberships stand at the end of the record
// (snap false: active means ongoing) or at time at.
func activity(ms []Membership, snap bool, at time.Time) Coverage {
	best := CoverageNone
	for _, m := range ms {
		var c Coverage
		switch {
		case !snap && m.Period.Ongoing:
			c = CoverageCertain
		case snap:
			c = m.Period.Covers(at)
		}
		best = max(best, c)
	}
	return best
}

func partnerOf(o *orgState) Partner {
	return Partner{Organization: o.m.Organization, Category: latest(o.partner).Category, partnerships: o.partner}
}

// memberAt returns m as a snapshot at t shows it: the organization under
// the names and parent it had at t, its memberships that had possibly
// begun by t, the units that sources had named by t, and when a source
// published by t last confirmed each.
func memberAt(s *state, m Member, t time.Time) Member {
	m.Organization = m.Organization.at(t)
	m.memberships = membershipsAt(s, m.memberships, t)
	return m
}

func partnerAt(s *state, p Partner, t time.Time) Partner {
	p.Organization = p.Organization.at(t)
	p.partnerships = membershipsAt(s, p.partnerships, t)
	p.Category = latest(p.partnerships).Category
	return p
}

func membershipsAt(s *state, ms []Membership, t time.Time) []Membership {
	n := 0
	for n < len(ms) && !ms[n].Period.Start.Earliest().After(t) {
		n++
	}
	out := slices.Clip(ms[:n])
	copied := false
	own := func() {
		if !copied {
			out, copied = slices.Clone(out), true
		}
	}
	for i := range out {
		if out[i].Unit != uuid.Nil && t.Before(out[i].unitFrom.Latest()) {
			own()
			out[i].Unit = uuid.Nil
		}
		if t.Before(out[i].LastConfirmed.Latest()) {
			own()
			out[i].LastConfirmed = confirmedBy(s, out[i].sources, t)
		}
	}
	return out
}

// confirmedBy returns the publication date of the latest of the
// announcements ids that was certainly published by t, or the zero Date.
func confirmedBy(s *state, ids []uuid.UUID, t time.Time) Date {
	var last Date
	for _, id := range ids {
		an := s.announcement(id)
		if an == nil || t.Before(an.Published.Latest()) {
			continue
		}
		if last.IsZero() || an.Published.Compare(last) > 0 {
			last = an.Published
		}
	}
	return last
}

// firstStart orders organizations by when their first membership began.
func firstStart(ms []Membership) Date {
	if len(ms) == 0 {
		return Date{}
	}
	return ms[0].Period.Start
}

func (a *Alliance) derive() *view {
	s := a.st()
	v := &view{}
	for o := range s.everyOrg() {
		if len(o.m.memberships) > 0 {
			m := o.m
			if a.snap {
				m = memberAt(s, m, a.at)
			}
			switch activity(o.m.memberships, a.snap, a.at) {
			case CoverageCertain:
				v.current = append(v.current, m)
				if a.snap {
					v.members = append(v.members, m)
				}
			case CoveragePossible:
				v.possible = append(v.possible, m)
			}
			if !a.snap {
				v.members = append(v.members, m)
			}
		}
		if len(o.partner) > 0 {
			switch {
			case !a.snap:
				v.partners = append(v.partners, partnerOf(o))
			case activity(o.partner, true, a.at) == CoverageCertain:
				v.partners = append(v.partners, partnerAt(s, partnerOf(o), a.at))
			case activity(o.partner, true, a.at) == CoveragePossible:
				v.possiblePartners = append(v.possiblePartners, partnerAt(s, partnerOf(o), a.at))
			}
		}
	}
	byStart := func(x, y Organization, dx, dy Date) int {
		if c := dx.Compare(dy); c != 0 {
			return c
		}
		if c := cmp.Compare(x.Name, y.Name); c != 0 {
			return c
		}
		return bytes.Compare(x.ID[:], y.ID[:])
	}
	cmpMember := func(x, y Member) int {
		return byStart(x.Organization, y.Organization, firstStart(x.memberships), firstStart(y.memberships))
	}
	slices.SortStableFunc(v.members, cmpMember)
	slices.SortStableFunc(v.current, cmpMember)
	slices.SortStableFunc(v.possible, cmpMember)
	slices.SortStableFunc(v.partners, func(x, y Partner) int {
		return byStart(x.Organization, y.Organization, firstStart(x.partnerships), firstStart(y.partnerships))
	})
	return v
}

// Members returns every member, past and present, in order of their first
// joining; on a snapshot, only the members certainly active at its time.
func (a *Alliance) Members() iter.Seq[Member] { return slices.Values(a.getView().members) }

// Current returns the members active at the end of the record (their
// membership has not ended) or, on a snapshot, at its time: the members
// that Covering considers.
func (a *Alliance) Current() iter.Seq[Member] { return slices.Values(a.getView().current) }

// PossibleMembers returns, on a snapshot, the members that may have been
// active at its time but are not certain to have been: their membership
// began or ended on a date known only to a month, a year or a range that
// includes the time. It is empty on an Alliance that is not a snapshot.
func (a *Alliance) PossibleMembers() iter.Seq[Member] { return slices.Values(a.getView().possible) }

// Partners returns every partner, past and present, in order of their first
// joining; on a snapshot, only the partners certainly active at its time.
func (a *Alliance) Partners() iter.Seq[Partner] { return slices.Values(a.getView().partners) }

// Member returns the member with the given ID. On a snapshot it reports
// false for a member that was not certainly active at the snapshot's time.
func (a *Alliance) Member(id uuid.UUID) (Member, bool) {
	o := a.st().org(id)
	if o == nil || len(o.m.memberships) == 0 || a.snap && activity(o.m.memberships, true, a.at) != CoverageCertain {
		return Member{}, false
	}
	if a.snap {
		return memberAt(a.st(), o.m, a.at), true
	}
	return o.m, true
}

// Partner returns the partner with the given ID. On a snapshot it reports
// false for a partner that was not certainly active at the snapshot's time.
func (a *Alliance) Partner(id uuid.UUID) (Partner, bool) {
	o := a.st().org(id)
	if o == nil || len(o.partner) == 0 || a.snap && activity(o.partner, true, a.at) != CoverageCertain {
		return Partner{}, false
	}
	if a.snap {
		return partnerAt(a.st(), partnerOf(o), a.at), true
	}
	return partnerOf(o), true
}

// Organization returns any organization the alliance knows with the given
// ID: a member, a partner, or one they are part of. On a snapshot it is
// under the names and parent it had at the snapshot's time.
func (a *Alliance) Organization(id uuid.UUID) (Organization, bool) {
	if o := a.st().org(id); o != nil {
		return a.orgView(o), true
	}
	return Organization{}, false
}

// orgView returns o's organization as a shows it: as at a snapshot's time,
// or at the end of the record.
func (a *Alliance) orgView(o *orgState) Organization {
	if at, snap := a.Snapshot(); snap {
		return o.m.Organization.at(at)
	}
	return o.m.Organization
}

// Organizations returns every organization the alliance knows, in the order
// they were recorded; on a snapshot, under the names and parents they had
// at its time.
func (a *Alliance) Organizations() iter.Seq[Organization] {
	return func(yield func(Organization) bool) {
		for o := range a.st().everyOrg() {
			if !yield(a.orgView(o)) {
				return
			}
		}
	}
}

// Person returns the person with the given ID.
func (a *Alliance) Person(id uuid.UUID) (Person, bool) { return a.st().person(id) }

// People returns every person the alliance knows, in the order recorded.
func (a *Alliance) People() iter.Seq[Person] {
	return func(yield func(Person) bool) {
		s := a.st()
		for _, t := range []*tables{s.base, s.ovl} {
			if t == nil {
				continue
			}
			for _, id := range t.ppOrder {
				if !yield(t.people[id]) {
					return
				}
			}
		}
		for an := range s.announcements() {
			for _, p := range an.People {
				if !yield(p) {
					return
				}
			}
		}
	}
}

// Announcements returns the announcements in order of publication (ties
// broken by ID); on a snapshot, only those certainly published by its time.
// Each is a copy: changing it changes nothing in the alliance.
func (a *Alliance) Announcements() iter.Seq[Announcement] {
	return func(yield func(Announcement) bool) {
		for an := range a.st().announcements() {
			if a.snap && a.at.Before(an.Published.Latest()) {
				continue
			}
			if !yield(an.clone()) {
				return
			}
		}
	}
}

// Announcement returns the announcement with the given ID.
func (a *Alliance) Announcement(id uuid.UUID) (Announcement, bool) {
	if an := a.st().announcement(id); an != nil {
		return an.clone(), true
	}
	return Announcement{}, false
}

// Covering returns the members with authority over j now, as recorded
// through the record's horizon (RecordedThrough): those active at the end
// of the record whose jurisdiction contained j at the horizon, or, on a
// snapshot, those certainly active at its time whose jurisdiction contained
// j then (Europol covered GB in 2011, not in 2025). An invalid j is covered
// by no one. PossiblyCovering gives the members that may have authority
// over j.
func (a *Alliance) Covering(j Jurisdiction) iter.Seq[Member] {
	if a == nil {
		a = &Alliance{}
	}
	return func(yield func(Member) bool) {
		if !j.IsValid() {
			return
		}
		t := a.when()
		for _, m := range a.getView().current {
			if m.Jurisdiction.ContainsAt(j, t) && !yield(m) {
				return
			}
		}
	}
}

// AsOf returns a snapshot of the alliance as it certainly stood at t: only
// the members and partners whose membership certainly covered t (see
// Period.Covers), the tenures certainly in course, and the announcements
// certainly published by then. A membership that began in "2003" is
// certain from 2003-12-31, the last day "2003" can denote; one that ended
// in "2006-04" is uncertain from 2006-04-01. PossibleMembers gives those
// left out as uncertain. Applying an announcement to a snapshot gives a
// snapshot at the same time.
func (a *Alliance) AsOf(t time.Time) *Alliance { return newAlliance(a.st(), true, t.UTC()) }

// PossiblyCovering returns the members that may have authority over j,
// but are not certain to: members whose jurisdiction covers only part of
// j (the National Crime Squad, whose remit was England and Wales, over the
// United Kingdom), and, on a snapshot, members whose membership at its
// time is uncertain and whose jurisdiction covered j or part of it then.
// Covering gives those certain to have authority; the two never share a
// member. An invalid j is covered by no one.
func (a *Alliance) PossiblyCovering(j Jurisdiction) iter.Seq[Member] {
	return func(yield func(Member) bool) {
		if !j.IsValid() {
			return
		}
		t := a.when()
		v := a.getView()
		for _, m := range v.current {
			if !m.Jurisdiction.ContainsAt(j, t) && m.Jurisdiction.OverlapsAt(j, t) && !yield(m) {
				return
			}
		}
		for _, m := range v.possible {
			if m.Jurisdiction.OverlapsAt(j, t) && !yield(m) {
				return
			}
		}
	}
}

// when returns the instant a's answers are for: a snapshot's time, or the
// last instant of the record's horizon, never the clock's today.
func (a *Alliance) when() time.Time {
	if at, snap := a.Snapshot(); snap {
		return at
	}
	return a.RecordedThrough().Latest()
}

// Snapshot reports the time of a snapshot made by AsOf, and false for an
// alliance that is not a snapshot.
func (a *Alliance) Snapshot() (time.Time, bool) {
	if a == nil {
		return time.Time{}, false
	}
	return a.at, a.snap
}

// Holder returns the tenure of the holder of post p: at the end of the
// record, the tenure that has not ended; on a snapshot, the one certainly in
// course at its time.
func (a *Alliance) Holder(p Post) (Tenure, bool) {
	ts := a.st().tenures()
	for i := len(ts) - 1; i >= 0; i-- {
		t := ts[i]
		if t.Post != p {
			continue
		}
		if !a.snap && t.Period.Ongoing || a.snap && t.Period.Covers(a.at) == CoverageCertain {
			return t, true
		}
	}
	return Tenure{}, false
}

// Tenures returns every tenure of every post, in the order recorded; on a
// snapshot, only those that had possibly begun by its time.
func (a *Alliance) Tenures() iter.Seq[Tenure] {
	return func(yield func(Tenure) bool) {
		for _, t := range a.st().tenures() {
			if a.snap && t.Period.Covers(a.at) == CoverageNone && t.Period.Start.Earliest().After(a.at) {
				continue
			}
			if !yield(t) {
				return
			}
		}
	}
}

// RecordedThrough returns the record's horizon: the publication date of
// the latest announcement it holds, in the order of the fold (see
// Date.Compare), or the zero Date for an alliance with no announcements.
// What the alliance says of the present (Current, Covering, Holder, an
// ongoing Period) is true as recorded through this date, not necessarily
// today: a member may have left, or a chair handed over, since. A snapshot
// has the horizon of the record it was made from.
func (a *Alliance) RecordedThrough() Date {
	an, _ := a.st().lastAnnouncement()
	return an.Published
}

// Facts returns what the alliance records of itself: its names, website and
// milestones.
func (a *Alliance) Facts() Facts { return a.st().facts.clone() }

// Apply returns a new Alliance: a with the announcement applied. Each change
// is checked against the state it applies to, and the whole announcement is
// rejected, with every problem at once, if any change is wrong: an unknown
// organization (unless the announcement introduces it), joining while
// already active, leaving while not a member, a successor that does not
// exist, an effective date after publication, two holders of one post at
// once, a quote of someone as Chair who did not hold the post. A second
// announcement of a recorded fact adds a source to it; one that contradicts
// it is an error that names both. On error Apply returns nil and every
// problem, joined (see Error); a is never changed.
//
// An announcement published after every one already applied costs O(√n)
// amortized in the size of the alliance; one that belongs earlier makes
// Apply fold the whole record again, in O(n log n). Lookups by ID and by
// name on the new Alliance cost what they did on a; its lists of members
// and partners (Members, Current, Covering, ...) are built on first use, in
// O(n log n).
func (a *Alliance) Apply(an Announcement) (*Alliance, error) {
	if a == nil {
		a = &Alliance{}
	}
	an = an.clone()
	for i := range an.Organizations {
		an.Organizations[i].deriveNames()
	}
	if err := an.validate(rootPath("announcement")); err != nil {
		return nil, err
	}
	s := a.st()
	if err := s.checkNew(&an, rootPath("announcement")); err != nil {
		return nil, err
	}
	if last, ok := s.lastAnnouncement(); ok && compareAnnouncements(&an, &last) < 0 {
		r := s.record()
		r.anns = append(r.anns, an)
		ns, err := r.build()
		if err != nil {
			return nil, callerPaths(err, r.anns)
		}
		return newAlliance(ns, a.snap, a.at), nil
	}
	b := newBuilder(s)
	if err := b.apply(an, rootPath("announcement")); err != nil {
		return nil, err
	}
	return newAlliance(b.result(), a.snap, a.at), nil
}

// callerPaths rewrites the paths of the errors of a record rebuilt with an
// announcement that Apply was given, the last of anns, so that they
// describe what the caller passed: "announcements[7].changes[0]" becomes
// "announcement.changes[0]"; a problem that the announcement causes in
// another, later one (a departure now dated twice) is reported at
// "announcement", naming that other announcement.
func callerPaths(err error, anns []Announcement) error {
	mine := fmt.Sprintf("announcements[%d]", len(anns)-1)
	return mapErrors(err, func(e *Error) *Error {
		if rest, ok := strings.CutPrefix(e.Path, mine); ok && (rest == "" || rest[0] == '.' || rest[0] == '[') {
			e.Path = "announcement" + rest
			return e
		}
		where, at := "the record", " at "+e.Path
		if i, rest, ok := annIndex(e.Path); ok && i < len(anns)-1 {
			other := &anns[i]
			where = fmt.Sprintf("announcement %s (%s), published %s,", other.ID, other.Source, other.Published)
			at = " at " + strings.TrimPrefix(rest, ".")
			if rest == "" {
				at = ""
			}
		}
		e.Err = fmt.Errorf("applied at its place in time, it makes %s fail%s: %w", where, at, e.Err)
		e.Path = "announcement"
		return e
	})
}

// annIndex parses a path that starts "announcements[i]" into i and the
// rest of the path.
func annIndex(p string) (int, string, bool) {
	rest, ok := strings.CutPrefix(p, "announcements[")
	if !ok {
		return 0, "", false
	}
	num, rest, ok := strings.Cut(rest, "]")
	i, err := strconv.Atoi(num)
	if !ok || err != nil || i < 0 {
		return 0, "", false
	}
	return i, rest, true
}

// Validate checks every record of the alliance again and folds its
// announcements again from the start, and reports every problem at once
// (see Error). An Alliance made by this package's functions is valid; the
// check is for callers that want to prove it, after a change of this
// package's rules, say.
func (a *Alliance) Validate() error {
	_, err := a.st().record().build()
	return err
}
