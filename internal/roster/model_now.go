//go:build !vgtmodel

package roster

// TODO(lead): the model extension (spec/model.md) adds Alliance.Plans,
// Claims, CountChecks and PossiblyCovering and Tenure.Unit. When it lands
// on main, delete this file and the build line of model_next.go, which
// uses them; until then the roster has no plans, claims or count checks
// to note, and PossiblyCovering finds only a snapshot's uncertain members.

import (
	"github.com/google/uuid"

	"github.com/virtualglobaltaskforce/vgt"
)

// tenureUnit returns the unit that the sources name as holder of a
// tenure's post.
func tenureUnit(vgt.Tenure) uuid.UUID { return uuid.Nil }

// modelNotes returns the notes the record keeps: plans, claims and count
// checks.
func modelNotes(*vgt.Alliance) []note { return nil }

// PossiblyCovering returns the members that may have authority over j but
// are not certain to: on a snapshot, the members whose membership at its
// time is uncertain and whose jurisdiction contained j then.
func PossiblyCovering(a *vgt.Alliance, j vgt.Jurisdiction) []vgt.Member {
	at, snap := a.Snapshot()
	if !snap || !j.IsValid() {
		return nil
	}
	var out []vgt.Member
	for m := range a.PossibleMembers() {
		if m.Jurisdiction.ContainsAt(j, at) {
			out = append(out, m)
		}
	}
	return out
}
