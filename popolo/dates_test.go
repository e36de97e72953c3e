package popolo

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/virtualglobaltaskforce/vgt"
)

func TestDates(t *testing.T) {
	yes, no := true, false
	d := vgt.MustParseDate
	tests := []struct {
		name   string
		period vgt.Period
		want   interval
	}{
		{"ongoing", vgt.Since(d("2003")), interval{StartDate: "2003", Ongoing: &yes, Period: "2003/.."}},
		{"ended", vgt.Period{Start: d("2003"), End: d("2006-04")}, interval{StartDate: "2003", EndDate: "2006-04", Ongoing: &no, Period: "2003/2006-04"}},
		// Ended at an unknown date: no end_date, like an ongoing one, but
		// "ongoing" is false and the EDTF interval ends in "/".
		{"ended, date unknown", vgt.Period{Start: d("2003")}, interval{StartDate: "2003", Ongoing: &no, Period: "2003/"}},
		{"range with a common month", vgt.Since(d("[2011-04-01..2011-04-07]")), interval{StartDate: "2011-04", Ongoing: &yes, Period: "[2011-04-01..2011-04-07]/.."}},
		{"range with no common year", vgt.Period{Start: d("2003"), End: d("[2005-05-24..2009]")}, interval{StartDate: "2003", Ongoing: &no, Period: "2003/[2005-05-24..2009]"}},
		{"unknown start", vgt.Period{End: d("2006")}, interval{EndDate: "2006", Ongoing: &no, Period: "/2006"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, dates(tt.period))
		})
	}
}
