package ftm

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/virtualglobaltaskforce/vgt"
)

func TestIntervalDates(t *testing.T) {
	d := vgt.MustParseDate
	tests := []struct {
		name   string
		period vgt.Period
		want   map[string][]string
	}{
		{"ongoing", vgt.Since(d("2003")), map[string][]string{"startDate": {"2003"}, "status": {"current"}}},
		{"ended", vgt.Period{Start: d("2003"), End: d("2006-04")}, map[string][]string{"startDate": {"2003"}, "endDate": {"2006-04"}, "status": {"ended"}}},
		// Ended at an unknown date: no endDate, but status "ended".
		{"ended, date unknown", vgt.Period{Start: d("2003")}, map[string][]string{"startDate": {"2003"}, "status": {"ended"}, "description": {"Period (EDTF): 2003/"}}},
		{"range with a common month", vgt.Since(d("[2011-04-01..2011-04-07]")), map[string][]string{"startDate": {"2011-04"}, "status": {"current"}, "description": {"Period (EDTF): [2011-04-01..2011-04-07]/.."}}},
		{"range with no common year", vgt.Period{Start: d("2003"), End: d("[2005-05-24..2009]")}, map[string][]string{"startDate": {"2003"}, "status": {"ended"}, "description": {"Period (EDTF): 2003/[2005-05-24..2009]"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := interval(&vgt.Alliance{}, newEntity("x", "Membership"), tt.period, nil)
			assert.Equal(t, tt.want, e.Properties)
		})
	}
}
