package schemaorg

import (
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"

	"github.com/virtualglobaltaskforce/vgt"
)

func TestMembershipDates(t *testing.T) {
	d := vgt.MustParseDate
	holder := uuid.MustParse("cff1dd6b-ce74-4bff-8fa6-8764e816430a")
	tests := []struct {
		name             string
		period           vgt.Period
		start, end, desc string
	}{
		{"ongoing", vgt.Since(d("2003")), "2003", "", ""},
		{"ended", vgt.Period{Start: d("2003"), End: d("2006-04")}, "2003", "2006-04", ""},
		// Ended at an unknown date: no endDate, like an ongoing role, but
		// the description says so.
		{"ended, date unknown", vgt.Period{Start: d("2003")}, "2003", "", "Period (EDTF): 2003/"},
		{"range with a common month", vgt.Since(d("[2011-04-01..2011-04-07]")), "2011-04", "", "Period (EDTF): [2011-04-01..2011-04-07]/.."},
		{"range with no common year", vgt.Period{Start: d("2003"), End: d("[2005-05-24..2009]")}, "2003", "", "Period (EDTF): 2003/[2005-05-24..2009]"},
		{"unknown start", vgt.Since(vgt.Date{}), "", "", "Period (EDTF): /.."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := membership(vgt.RoleMember, holder, vgt.Membership{Period: tt.period})
			assert.Equal(t, role{
				Type: "OrganizationRole", RoleName: "member", StartDate: tt.start, EndDate: tt.end, Description: tt.desc,
				Member: many[ref]{{"urn:uuid:cff1dd6b-ce74-4bff-8fa6-8764e816430a"}},
			}, r)
		})
	}
}
