package vgt

import (
	"iter"
	"slices"
)

// This file holds the queries about what the record says beyond who is a
// member: votes and elections, plans, claims the record does not believe,
// and the counts that sources state.

// Pending returns the votes and elections not yet fulfilled: organizations
// voted in that have not yet joined, and holders elected who have not yet
// taken office. At the end of the record these are the admissions that no
// joining or taking of office has fulfilled; on a snapshot, those that had
// certainly taken place by its time and whose membership or tenure had not
// certainly begun by then (the four organizations voted in in December 2012
// are pending on 2013-01-15). A vote or election stays in the record after
// it is fulfilled: see Membership.Vote, Tenure.Election and Admissions.
func (a *Alliance) Pending() iter.Seq[Admission] {
	return func(yield func(Admission) bool) {
		at, snap := a.Snapshot()
		if !snap {
			for _, ad := range a.st().admissions() {
				if !yield(ad.clone()) {
					return
				}
			}
			return
		}
		for ad := range a.Admissions() {
			if at.Before(ad.Date.Latest()) || !ad.Fulfilled.IsZero() && !at.Before(ad.Fulfilled.Latest()) {
				continue
			}
			if !yield(ad) {
				return
			}
		}
	}
}

// Admissions returns every vote and election the record holds, fulfilled
// or not, in order of their dates (see Date.Compare). It gathers them from
// the memberships and tenures they led to, in O(n log n).
func (a *Alliance) Admissions() iter.Seq[Admission] {
	return func(yield func(Admission) bool) {
		s := a.st()
		var all []Admission
		for o := range s.everyOrg() {
			for _, ms := range [][]Membership{o.m.memberships, o.partner} {
				for _, m := range ms {
					if !m.Vote.IsZero() {
						all = append(all, m.Vote)
					}
				}
			}
		}
		for _, t := range s.tenures() {
			if !t.Election.IsZero() {
				all = append(all, t.Election)
			}
		}
		all = append(all, s.admissions()...)
		slices.SortStableFunc(all, func(x, y Admission) int { return x.Date.Compare(y.Date) })
		for _, ad := range all {
			if !yield(ad.clone()) {
				return
			}
		}
	}
}

// Plans returns the plans the record holds, in the order they were
// announced. At the end of the record it gives every plan, fulfilled or
// not (see Plan.IsFulfilled); on a snapshot, the plans outstanding at its
// time: announced certainly by then, and not fulfilled by a change that had
// certainly taken effect by then.
func (a *Alliance) Plans() iter.Seq[Plan] {
	return func(yield func(Plan) bool) {
		at, snap := a.Snapshot()
		for _, p := range a.st().plans() {
			if snap && (at.Before(p.Published.Latest()) || p.IsFulfilled() && !at.Before(p.Fulfilled.Latest())) {
				continue
			}
			if !yield(p) {
				return
			}
		}
	}
}

// Claims returns the claims the record holds but does not believe,
// disputed or unconfirmed, in order of publication; on a snapshot, those
// certainly published by its time. No answer of the Alliance uses them.
func (a *Alliance) Claims() iter.Seq[Claim] {
	return func(yield func(Claim) bool) {
		at, snap := a.Snapshot()
		for _, c := range a.st().claims() {
			if snap && at.Before(c.Published.Latest()) {
				continue
			}
			if !yield(c) {
				return
			}
		}
	}
}

// CountChecks returns, for every count that an announcement states, the
// count beside what the record holds at the last instant the
// announcement's publication date can denote, in order of publication; on
// a snapshot, those of announcements certainly published by its time.
// Each costs a snapshot of the alliance, so the sequence costs O(c·n log n)
// for c counts.
func (a *Alliance) CountChecks() iter.Seq[CountCheck] {
	return func(yield func(CountCheck) bool) {
		at, snap := a.Snapshot()
		for an := range a.st().announcements() {
			if len(an.Counts) == 0 || snap && at.Before(an.Published.Latest()) {
				continue
			}
			then := a.AsOf(an.Published.Latest())
			v := then.getView()
			for _, c := range an.Counts {
				cc := CountCheck{StatedCount: c, Announcement: an.ID, Published: an.Published}
				if c.Role != RolePartner {
					cc.Recorded += len(v.current)
					cc.Possible += len(v.possible)
				}
				if c.Role != RoleMember {
					cc.Recorded += len(v.partners)
					cc.Possible += len(v.possiblePartners)
				}
				if !yield(cc) {
					return
				}
			}
		}
	}
}

// PossiblePartners returns, on a snapshot, the partners that may have been
// active at its time but are not certain to have been. It is empty on an
// Alliance that is not a snapshot.
func (a *Alliance) PossiblePartners() iter.Seq[Partner] {
	return func(yield func(Partner) bool) {
		for _, p := range a.getView().possiblePartners {
			if !yield(p) {
				return
			}
		}
	}
}
