package export_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"

	"github.com/virtualglobaltaskforce/vgt"
	"github.com/virtualglobaltaskforce/vgt/internal/export"
)

func TestISODate(t *testing.T) {
	tests := []struct {
		date string
		want string
	}{
		{"2003", "2003"},
		{"2010-06", "2010-06"},
		{"2007-10-30", "2007-10-30"},
		{"2024-02", "2024-02"}, // a leap month stays a month
		{"[2011-04-07..2011-05-31]", "2011"},
		{"[2011-04-01..2011-04-07]", "2011-04"},
		{"[2010-06-16..2010-06-17]", "2010-06"},
		{"[2011-04-01..2011-04-30]", "2011-04"}, // the whole month: the month, not a day
		{"[2011-01..2011-12]", "2011"},
		{"[2011-03..2011-11-07]", "2011"},
		{"[2005-05-24..2009]", ""}, // no common year
		{"[2005-01..2006-04]", ""},
		{"[..2011-11-07]", ""}, // open start
		{"[2010-06-16..]", ""}, // open end
		{"", ""},               // the zero Date: unknown
	}
	for _, tt := range tests {
		t.Run(tt.date, func(t *testing.T) {
			var d vgt.Date
			if tt.date != "" {
				d = vgt.MustParseDate(tt.date)
			}
			got := export.ISODate(d)
			assert.Equal(t, tt.want, got)
			if got != "" {
				// Honest: every day d can denote lies in the reduced date.
				assert.True(t, d.Within(vgt.MustParseDate(got)), "%s within %s", d, got)
			}
		})
	}
}

func TestName(t *testing.T) {
	en, it := language.English, language.Italian
	tests := []struct {
		name  string
		names []vgt.Name
		want  string
	}{
		{"official in English first", []vgt.Name{{Text: "VGT", Kind: vgt.NameKindAcronym}, {Text: "Taskforce", Lang: it, Kind: vgt.NameKindOfficial}, {Text: "Virtual Global Taskforce", Lang: en, Kind: vgt.NameKindOfficial}}, "Virtual Global Taskforce"},
		{"else official", []vgt.Name{{Text: "VGT", Kind: vgt.NameKindAcronym}, {Text: "Taskforce", Lang: it, Kind: vgt.NameKindOfficial}}, "Taskforce"},
		{"else the first", []vgt.Name{{Text: "VGT", Kind: vgt.NameKindAcronym}, {Text: "VGTF", Kind: vgt.NameKindAcronym}}, "VGT"},
		{"none", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, export.Name(tt.names))
		})
	}
}

func TestPeriodNote(t *testing.T) {
	d := vgt.MustParseDate
	tests := []struct {
		period vgt.Period
		want   string
	}{
		{vgt.Since(d("2003")), ""},
		{vgt.Period{Start: d("2003"), End: d("2006-04")}, ""},
		{vgt.Period{Start: d("2003")}, "Period (EDTF): 2003/"}, // ended at an unknown date
		{vgt.Since(d("[2011-04-01..2011-04-07]")), "Period (EDTF): [2011-04-01..2011-04-07]/.."},
		{vgt.Period{Start: d("2003"), End: d("[2005-05-24..2009]")}, "Period (EDTF): 2003/[2005-05-24..2009]"},
		{vgt.Since(vgt.Date{}), "Period (EDTF): /.."},
	}
	for _, tt := range tests {
		t.Run(tt.period.String(), func(t *testing.T) {
			assert.Equal(t, tt.want, export.PeriodNote(tt.period))
		})
	}
}
