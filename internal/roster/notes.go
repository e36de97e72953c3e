package roster

// This file reads what the model records beyond members and partners: plans,
// claims, count checks, the units that hold posts, and who may cover a
// jurisdiction.

import (
	"slices"

	"github.com/google/uuid"

	"github.com/virtualglobaltaskforce/vgt"
)

func tenureUnit(t vgt.Tenure) uuid.UUID { return t.Unit }

// modelNotes returns the notes the record keeps: plans not yet fulfilled,
// disputed and unconfirmed claims, and stated counts that the record does
// not bear out, in that order.
func modelNotes(a *vgt.Alliance) []note {
	var out []note
	for p := range a.Plans() {
		if p.IsFulfilled() {
			continue
		}
		c := p.Change
		out = append(out, note{kind: notePlanned, org: c.Organization, role: c.Role, post: c.Post, effective: c.Effective, published: p.Published})
	}
	for c := range a.Claims() {
		k := noteDisputed
		if c.Change.Status == vgt.StatusUnconfirmed {
			k = noteUnconfirmed
		}
		ch := c.Change
		out = append(out, note{kind: k, org: ch.Organization, role: ch.Role, post: ch.Post, published: c.Published, words: ch.Words})
	}
	for c := range a.CountChecks() {
		if c.Agrees() {
			continue
		}
		out = append(out, note{kind: noteCount, published: c.Published, words: c.Words, n: c.N, recorded: c.Recorded, possible: c.Possible})
	}
	return out
}

// PossiblyCovering returns the members that may have authority over j but
// are not certain to (Alliance.PossiblyCovering).
func PossiblyCovering(a *vgt.Alliance, j vgt.Jurisdiction) []vgt.Member {
	return slices.Collect(a.PossiblyCovering(j))
}
