package vgt

import "github.com/google/uuid"

// A Plan is a change announced in advance: the four organizations voted in
// in December 2012 "will officially become members" at a signing in April
// 2013; the UAE was to take the chair in November 2015. A plan never makes
// anyone a member, partner or holder. A later change that does the planned
// thing (the same kind of change, for the same organization or seat, role
// or post) fulfils it, whenever it happens, and the membership or tenure
// it brings keeps the plan's announcement (Membership.Plans,
// Tenure.Plans); a plan that no change fulfils stays a plan.
type Plan struct {
	// Change is what was planned; Change.Effective is the planned date.
	Change Change
	// Announcement is the announcement that announced the plan.
	Announcement uuid.UUID
	// Published is that announcement's publication date.
	Published Date
	// FulfilledBy is the announcement whose change did the planned thing,
	// or uuid.Nil while the plan is outstanding.
	FulfilledBy uuid.UUID
	// Fulfilled is when the planned thing happened: the effective date of
	// the change that fulfilled the plan, or the zero Date.
	Fulfilled Date

	seat uuid.UUID // the member whose seat an election or appointment names
}

// IsFulfilled reports whether a change did what the plan announced.
func (p Plan) IsFulfilled() bool { return p.FulfilledBy != uuid.Nil }

// A Claim is a change that an announcement asserts but the record does not
// believe: one that contradicts the record (StatusDisputed) or that no
// reliable source confirms (StatusUnconfirmed). The record keeps it with
// its source and never uses it for an answer.
type Claim struct {
	// Change is what the announcement claims; Change.Status says why the
	// record does not believe it.
	Change Change
	// Announcement is the announcement that makes the claim.
	Announcement uuid.UUID
	// Published is that announcement's publication date.
	Published Date
}

// A CountCheck compares a number of members or partners that an
// announcement states with what the record holds at the announcement's
// publication. No source states a departure, and the record invents none:
// where Recorded exceeds N, organizations may have left without a source
// saying so, or the source counted differently.
type CountCheck struct {
	StatedCount
	// Announcement is the announcement that states the count.
	Announcement uuid.UUID
	// Published is that announcement's publication date.
	Published Date
	// Recorded is how many members or partners (as StatedCount.Role says)
	// the record holds as certainly active at the last instant the
	// publication date can denote.
	Recorded int
	// Possible is how many more it holds as possibly active then.
	Possible int
}

// Agrees reports whether the stated count lies between what the record
// holds certainly and possibly.
func (c CountCheck) Agrees() bool { return c.Recorded <= c.N && c.N <= c.Recorded+c.Possible }
