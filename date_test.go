package vgt_test

import (
	"encoding/json"
	"errors"
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/virtualglobaltaskforce/vgt"
)

// midnightUTC returns midnight UTC on the given day, the form Earliest and Latest
// return.
func midnightUTC(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// latestDay is the Latest of a Date with no known end.
var latestDay = midnightUTC(9999, time.December, 31)

// requireDateError checks that err is the package's error for input in:
// it wraps ErrInvalidDate, is an *Error carrying in, quotes in, and says
// why.
func requireDateError(t *testing.T, err error, in, why string) {
	t.Helper()
	require.Error(t, err)
	require.ErrorIs(t, err, vgt.ErrInvalidDate)
	var e *vgt.Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, in, e.Value)
	assert.Equal(t, "", e.Path)
	assert.Contains(t, err.Error(), "vgt: "+strconv.Quote(in)+": invalid date: ")
	assert.Contains(t, err.Error(), why)
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in        string
		precision vgt.Precision
		isRange   bool
		earliest  time.Time
		latest    time.Time
	}{
		{"2003", vgt.PrecisionYear, false, midnightUTC(2003, 1, 1), midnightUTC(2003, 12, 31)},
		{"0001", vgt.PrecisionYear, false, time.Time{}, midnightUTC(1, 12, 31)},
		{"9999", vgt.PrecisionYear, false, midnightUTC(9999, 1, 1), latestDay},
		{"2010-06", vgt.PrecisionMonth, false, midnightUTC(2010, 6, 1), midnightUTC(2010, 6, 30)},
		{"2010-02", vgt.PrecisionMonth, false, midnightUTC(2010, 2, 1), midnightUTC(2010, 2, 28)},
		{"2012-02", vgt.PrecisionMonth, false, midnightUTC(2012, 2, 1), midnightUTC(2012, 2, 29)},
		{"2000-02", vgt.PrecisionMonth, false, midnightUTC(2000, 2, 1), midnightUTC(2000, 2, 29)},
		{"1900-02", vgt.PrecisionMonth, false, midnightUTC(1900, 2, 1), midnightUTC(1900, 2, 28)},
		{"2010-12", vgt.PrecisionMonth, false, midnightUTC(2010, 12, 1), midnightUTC(2010, 12, 31)},
		{"2007-10-30", vgt.PrecisionDay, false, midnightUTC(2007, 10, 30), midnightUTC(2007, 10, 30)},
		{"2012-02-29", vgt.PrecisionDay, false, midnightUTC(2012, 2, 29), midnightUTC(2012, 2, 29)},
		{"2000-02-29", vgt.PrecisionDay, false, midnightUTC(2000, 2, 29), midnightUTC(2000, 2, 29)},
		{"2011-01-31", vgt.PrecisionDay, false, midnightUTC(2011, 1, 31), midnightUTC(2011, 1, 31)},
		{"0001-01-01", vgt.PrecisionDay, false, time.Time{}, time.Time{}},
		{"9999-12-31", vgt.PrecisionDay, false, latestDay, latestDay},
		{"[2011-04-07..2011-05-31]", vgt.PrecisionDay, true, midnightUTC(2011, 4, 7), midnightUTC(2011, 5, 31)},
		{"[2011-03..2011-04]", vgt.PrecisionMonth, true, midnightUTC(2011, 3, 1), midnightUTC(2011, 4, 30)},
		{"[2005-06..2009]", vgt.PrecisionMonth, true, midnightUTC(2005, 6, 1), midnightUTC(2009, 12, 31)},
		{"[2005..2009-06-15]", vgt.PrecisionDay, true, midnightUTC(2005, 1, 1), midnightUTC(2009, 6, 15)},
		{"[2003..2004]", vgt.PrecisionYear, true, midnightUTC(2003, 1, 1), midnightUTC(2004, 12, 31)},
		{"[2011-04-07..2011-04-08]", vgt.PrecisionDay, true, midnightUTC(2011, 4, 7), midnightUTC(2011, 4, 8)},
		{"[2011-04-30..2011-05]", vgt.PrecisionDay, true, midnightUTC(2011, 4, 30), midnightUTC(2011, 5, 31)},
		{"[2010-12..2011]", vgt.PrecisionMonth, true, midnightUTC(2010, 12, 1), midnightUTC(2011, 12, 31)},
		{"[..2011-11-07]", vgt.PrecisionDay, true, time.Time{}, midnightUTC(2011, 11, 7)},
		{"[..2011]", vgt.PrecisionYear, true, time.Time{}, midnightUTC(2011, 12, 31)},
		{"[2010-03-09..]", vgt.PrecisionDay, true, midnightUTC(2010, 3, 9), latestDay},
		{"[2010-03..]", vgt.PrecisionMonth, true, midnightUTC(2010, 3, 1), latestDay},
		{"[0001..]", vgt.PrecisionYear, true, time.Time{}, latestDay},
		{"[..9999]", vgt.PrecisionYear, true, time.Time{}, latestDay},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, err := vgt.ParseDate(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.in, d.String(), "round trip")
			assert.False(t, d.IsZero())
			assert.Equal(t, tt.isRange, d.IsRange())
			assert.Equal(t, tt.precision, d.Precision())
			assert.Equal(t, tt.earliest, d.Earliest())
			assert.Equal(t, tt.latest, d.Latest())
			assert.Equal(t, time.UTC, d.Earliest().Location())
			assert.Equal(t, time.UTC, d.Latest().Location())

			text, err := d.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, tt.in, string(text))
			appended, err := d.AppendText([]byte("x="))
			require.NoError(t, err)
			assert.Equal(t, "x="+tt.in, string(appended))

			var u vgt.Date
			require.NoError(t, u.UnmarshalText([]byte(tt.in)))
			assert.Equal(t, d, u)
			assert.Equal(t, d, vgt.MustParseDate(tt.in))
		})
	}
}

func TestParseDateInvalid(t *testing.T) {
	tests := []struct{ in, why string }{
		{"", "empty date; use the zero Date for an unknown date"},
		// Impossible dates.
		{"2011-02-30", "February 2011 has 28 days"},
		{"2010-02-29", "February 2010 has 28 days"},
		{"1900-02-29", "February 1900 has 28 days"},
		{"2011-04-31", "April 2011 has 30 days"},
		{"2011-01-32", "January 2011 has 31 days"},
		{"2011-13", "month 13 out of range 01..12"},
		{"2011-00", "month 00 out of range 01..12"},
		{"2011-13-01", "month 13 out of range 01..12"},
		{"2011-01-00", "day 00 out of range 01..31"},
		{"0000", "year 0000 out of range 0001..9999"},
		{"0000-01-01", "year 0000 out of range 0001..9999"},
		// Malformed.
		{"203", "want YYYY, YYYY-MM, YYYY-MM-DD or [lo..hi]"},
		{"20030", "want YYYY"},
		{"12003", "want YYYY"},
		{"2003-1", "want YYYY"},
		{"2003-1-01", "want YYYY"},
		{"2003-01-1", "want YYYY"},
		{"2003-001", "want YYYY"},
		{"2003-01-", "want YYYY"},
		{"2003-", "want YYYY"},
		{"20030101", "want YYYY"},
		{"2003/01/01", "an interval is a Period"},
		{"2003.01.01", "want YYYY"},
		{"2003_01", "want YYYY"},
		{"２００３", "want YYYY"},
		{"abcd", "want YYYY"},
		{"2003-ab", "want YYYY"},
		{"2003-01-ab", "want YYYY"},
		{" 2003", "want YYYY"},
		{"2003 ", "want YYYY"},
		{"2003\n", "want YYYY"},
		{"2003\x00", "want YYYY"},
		{"\xff\xfe", "want YYYY"},
		{"2003-+1", "want YYYY"},
		{"2003-01-+1", "want YYYY"},
		// EDTF features that a Date does not take.
		{"2003?", "qualifiers"},
		{"2003~", "qualifiers"},
		{"2003%", "qualifiers"},
		{"2003-06?", "qualifiers"},
		{"?2003", "qualifiers"},
		{"-2003", "without sign or Y prefix"},
		{"+2003", "without sign or Y prefix"},
		{"Y12003", "without sign or Y prefix"},
		{"Y2003", "without sign or Y prefix"},
		{"y2003", "without sign or Y prefix"},
		{"2003-01-01T00:00:00Z", "times are not supported"},
		{"2003-01-01t00", "times are not supported"},
		{"2003-01-01 12:00", "times are not supported"},
		{"200X", "unspecified digits"},
		{"2003-XX", "unspecified digits"},
		{"2003-21", "month 21 out of range"}, // EDTF's season "Spring 2003"
		{"{2003,2004}", "nested brackets and sets"},
		{"2003,2004", "lists are not supported"},
		// Ranges.
		{"[..]", "a range needs at least one bound"},
		{"[]", "a range must be [lo..hi]"},
		{"[", "a range must end with ]"},
		{"[2003", "a range must end with ]"},
		{"[2003..2004", "a range must end with ]"},
		{"[2003..2004]]", "upper bound: nested brackets"},
		{"[2003]", "a range must be [lo..hi]"},
		{"[2003,2004]", "lists are not supported"},
		{"[2003..2004,2006]", "upper bound: lists are not supported"},
		{"[2003,2004..2006]", "lower bound: lists are not supported"},
		{"[[2003..2004]..2006]", "lower bound: nested brackets"},
		{"[2003..[2004..2005]]", "upper bound: nested brackets"},
		{"[2003...2004]", "upper bound: want YYYY"},
		{"[2003..2004..]", "upper bound: want YYYY"},
		{"[2003.. 2004]", "upper bound: want YYYY"},
		{"[ 2003..2004]", "lower bound: want YYYY"},
		{"[2003..2004] ", "a range must end with ]"},
		{"[2003?..2004]", "lower bound: qualifiers"},
		{"[2003..2004~]", "upper bound: qualifiers"},
		{"[-2003..2004]", "lower bound: only years 0001..9999"},
		{"[2011-02-30..2011-04]", "lower bound: February 2011 has 28 days"},
		{"[2011-02..2011-13]", "upper bound: month 13 out of range"},
		{"[2011-05..2011-04]", "the bounds are out of order: 2011-05 is after 2011-04"},
		{"[2012..2011]", "the bounds are out of order: 2012 is after 2011"},
		{"[2011-04-08..2011-04-07]", "the bounds are out of order"},
		{"[2011..2011-05]", "the bounds overlap: 2011 and 2011-05 share days"},
		{"[2011-05..2011]", "the bounds overlap: 2011-05 and 2011 share days"},
		{"[2011-05..2011-05-31]", "the bounds overlap"},
		{"[2011-05-31..2011-05]", "the bounds overlap"},
		{"[2011..2011]", "the bounds are equal; write 2011 alone"},
		{"[2011-04-07..2011-04-07]", "the bounds are equal; write 2011-04-07 alone"},
		{"[2011..2011-12-31]", "the bounds overlap"},
		{"2003..2004", "want YYYY"},
		{"..2004", "want YYYY"},
		{"2003/", "an interval is a Period"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, err := vgt.ParseDate(tt.in)
			requireDateError(t, err, tt.in, tt.why)
			assert.True(t, d.IsZero())
			assert.Panics(t, func() { vgt.MustParseDate(tt.in) })
		})
	}
}

func TestParseDateMessage(t *testing.T) {
	_, err := vgt.ParseDate("2011-02-30")
	require.EqualError(t, err, `vgt: "2011-02-30": invalid date: February 2011 has 28 days`)
	_, err = vgt.ParseDate("[2011-05..2011-04]")
	require.EqualError(t, err, `vgt: "[2011-05..2011-04]": invalid date: the bounds are out of order: 2011-05 is after 2011-04`)
	_, err = vgt.ParseDate("")
	require.EqualError(t, err, `vgt: "": invalid date: empty date; use the zero Date for an unknown date`)
}

func TestDateOf(t *testing.T) {
	tests := []struct {
		year  int
		month time.Month
		day   int
		want  string
	}{
		{2003, 0, 0, "2003"},
		{2010, time.June, 0, "2010-06"},
		{2007, time.October, 30, "2007-10-30"},
		{2012, time.February, 29, "2012-02-29"},
		{1, time.January, 1, "0001-01-01"},
		{9999, time.December, 31, "9999-12-31"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			d, err := vgt.DateOf(tt.year, tt.month, tt.day)
			require.NoError(t, err)
			assert.Equal(t, tt.want, d.String())
			assert.Equal(t, vgt.MustParseDate(tt.want), d)
		})
	}
}

func TestDateOfInvalid(t *testing.T) {
	tests := []struct {
		year  int
		month time.Month
		day   int
		in    string
		why   string
	}{
		{0, 0, 0, "0000", "year 0 out of range 0001..9999"},
		{10000, 0, 0, "10000", "year 10000 out of range"},
		{-1, 0, 0, "-001", "year -1 out of range"},
		{2011, 13, 0, "2011-13", "month 13 out of range 01..12"},
		{2011, -1, 0, "2011--1", "month -1 out of range"},
		{2011, 0, 5, "2011-00-05", "a day needs a month"},
		{2011, time.February, 30, "2011-02-30", "February 2011 has 28 days"},
		{2010, time.February, 29, "2010-02-29", "February 2010 has 28 days"},
		{2011, time.June, 31, "2011-06-31", "June 2011 has 30 days"},
		{2011, time.June, 32, "2011-06-32", "day 32 out of range 01..31"},
		{2011, time.June, 256, "2011-06-256", "day 256 out of range"},
		{2011, time.June, -1, "2011-06--1", "day -1 out of range"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, err := vgt.DateOf(tt.year, tt.month, tt.day)
			requireDateError(t, err, tt.in, tt.why)
			assert.True(t, d.IsZero())
		})
	}
}

func TestDateBetween(t *testing.T) {
	p := vgt.MustParseDate
	tests := []struct {
		lo, hi vgt.Date
		want   string
	}{
		{p("2011-04-07"), p("2011-05-31"), "[2011-04-07..2011-05-31]"},
		{p("2011-03"), p("2011-04"), "[2011-03..2011-04]"},
		{p("2005-06"), p("2009"), "[2005-06..2009]"},
		{vgt.Date{}, p("2011-11-07"), "[..2011-11-07]"},
		{p("2010-03-09"), vgt.Date{}, "[2010-03-09..]"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			d, err := vgt.DateBetween(tt.lo, tt.hi)
			require.NoError(t, err)
			assert.Equal(t, tt.want, d.String())
			assert.Equal(t, p(tt.want), d)
			assert.True(t, d.IsRange())
			lo, hi := d.Bounds()
			assert.Equal(t, tt.lo, lo)
			assert.Equal(t, tt.hi, hi)
		})
	}

	invalid := []struct {
		lo, hi vgt.Date
		in     string
		why    string
	}{
		{vgt.Date{}, vgt.Date{}, "[..]", "a range needs at least one bound"},
		{p("2011-05"), p("2011-04"), "[2011-05..2011-04]", "the bounds are out of order"},
		{p("2011"), p("2011-05"), "[2011..2011-05]", "the bounds overlap"},
		{p("2011"), p("2011"), "[2011..2011]", "the bounds are equal"},
		{p("[2003..2004]"), p("2006"), "[[2003..2004]..2006]", "must be simple dates, not ranges"},
		{p("2003"), p("[..2006]"), "[2003..[..2006]]", "must be simple dates, not ranges"},
	}
	for _, tt := range invalid {
		t.Run(tt.in, func(t *testing.T) {
			d, err := vgt.DateBetween(tt.lo, tt.hi)
			requireDateError(t, err, tt.in, tt.why)
			assert.True(t, d.IsZero())
		})
	}
}

func TestDateBounds(t *testing.T) {
	p := vgt.MustParseDate
	tests := []struct {
		in     vgt.Date
		lo, hi vgt.Date
	}{
		{vgt.Date{}, vgt.Date{}, vgt.Date{}},
		{p("2003"), p("2003"), p("2003")},
		{p("2007-10-30"), p("2007-10-30"), p("2007-10-30")},
		{p("[2005-06..2009]"), p("2005-06"), p("2009")},
		{p("[..2011-11-07]"), vgt.Date{}, p("2011-11-07")},
		{p("[2010-03-09..]"), p("2010-03-09"), vgt.Date{}},
	}
	for _, tt := range tests {
		t.Run(tt.in.String(), func(t *testing.T) {
			lo, hi := tt.in.Bounds()
			assert.Equal(t, tt.lo, lo)
			assert.Equal(t, tt.hi, hi)
			assert.False(t, lo.IsRange())
			assert.False(t, hi.IsRange())
			// The bounds carry the range's first and last days.
			assert.Equal(t, tt.in.Earliest(), lo.Earliest())
			assert.Equal(t, tt.in.Latest(), hi.Latest())
		})
	}
}

func TestDateZero(t *testing.T) {
	var d vgt.Date
	assert.True(t, d.IsZero())
	assert.False(t, d.IsRange())
	assert.Equal(t, vgt.Precision(0), d.Precision())
	assert.Equal(t, "", d.String())
	assert.Equal(t, time.Time{}, d.Earliest())
	assert.Equal(t, latestDay, d.Latest())
	text, err := d.MarshalText()
	require.NoError(t, err)
	assert.NotNil(t, text)
	assert.Empty(t, text)

	// Empty text is the zero Date, replacing whatever was there.
	e := vgt.MustParseDate("2003")
	require.NoError(t, e.UnmarshalText(nil))
	assert.True(t, e.IsZero())
	e = vgt.MustParseDate("2003")
	require.NoError(t, e.UnmarshalText([]byte{}))
	assert.Equal(t, vgt.Date{}, e)
}

func TestDateUnmarshalTextError(t *testing.T) {
	for _, in := range []string{"2011-02-30", "[..]", "2003?", " "} {
		t.Run(in, func(t *testing.T) {
			d := vgt.MustParseDate("2007-10-30")
			err := d.UnmarshalText([]byte(in))
			requireDateError(t, err, in, "")
			assert.Equal(t, vgt.MustParseDate("2007-10-30"), d, "unchanged on error")
		})
	}
}

func TestDateComparable(t *testing.T) {
	a := vgt.MustParseDate("2003")
	b, err := vgt.DateOf(2003, 0, 0)
	require.NoError(t, err)
	assert.True(t, a == b)
	assert.True(t, a != vgt.MustParseDate("2003-01"))
	assert.True(t, a != vgt.MustParseDate("[2003-01..2003-12]"), "same days, different Dates")

	seen := map[vgt.Date]string{}
	for _, s := range []string{"2003", "2003-01", "2003-01-01", "[2003-01..2003-12]", "[..2003]", "[2003..]", ""} {
		var d vgt.Date
		require.NoError(t, d.UnmarshalText([]byte(s)))
		_, dup := seen[d]
		require.False(t, dup, "%q collides", s)
		seen[d] = s
	}
	assert.Equal(t, "2003", seen[b])
	assert.Equal(t, "", seen[vgt.Date{}])
}

func TestDateContains(t *testing.T) {
	p := vgt.MustParseDate
	paris := time.FixedZone("CEST", 2*60*60)
	tests := []struct {
		d    vgt.Date
		t    time.Time
		want bool
	}{
		{p("2003"), midnightUTC(2003, 1, 1), true},
		{p("2003"), midnightUTC(2003, 1, 1).Add(-time.Nanosecond), false},
		{p("2003"), midnightUTC(2003, 12, 31), true},
		{p("2003"), midnightUTC(2004, 1, 1).Add(-time.Nanosecond), true},
		{p("2003"), midnightUTC(2004, 1, 1), false},
		{p("2010-02"), midnightUTC(2010, 2, 28).Add(23 * time.Hour), true},
		{p("2010-02"), midnightUTC(2010, 3, 1), false},
		{p("2007-10-30"), midnightUTC(2007, 10, 30), true},
		{p("2007-10-30"), midnightUTC(2007, 10, 30).Add(24*time.Hour - 1), true},
		{p("2007-10-30"), midnightUTC(2007, 10, 31), false},
		{p("2007-10-30"), midnightUTC(2007, 10, 29).Add(24*time.Hour - 1), false},
		// Days are UTC days: 01:00 in Paris on the 31st is the 30th in UTC.
		{p("2007-10-30"), time.Date(2007, 10, 31, 1, 0, 0, 0, paris), true},
		{p("2007-10-30"), time.Date(2007, 10, 30, 1, 0, 0, 0, paris), false},
		{p("[2011-04-07..2011-05-31]"), midnightUTC(2011, 4, 6), false},
		{p("[2011-04-07..2011-05-31]"), midnightUTC(2011, 4, 7), true},
		{p("[2011-04-07..2011-05-31]"), midnightUTC(2011, 5, 31).Add(12 * time.Hour), true},
		{p("[2011-04-07..2011-05-31]"), midnightUTC(2011, 6, 1), false},
		{p("[..2011-11-07]"), time.Time{}, true},
		{p("[..2011-11-07]"), midnightUTC(2011, 11, 8), false},
		{p("[2010-03-09..]"), midnightUTC(2010, 3, 8), false},
		{p("[2010-03-09..]"), midnightUTC(9999, 12, 31).Add(24*time.Hour - 1), true},
		{p("[2010-03-09..]"), midnightUTC(9999, 12, 31).Add(24 * time.Hour), false},
		{vgt.Date{}, time.Time{}, true},
		{vgt.Date{}, time.Now(), true},
		{vgt.Date{}, time.Time{}.Add(-time.Nanosecond), false},
	}
	for _, tt := range tests {
		t.Run(tt.d.String()+"@"+tt.t.Format(time.RFC3339Nano), func(t *testing.T) {
			assert.Equal(t, tt.want, tt.d.Contains(tt.t))
		})
	}
}

func TestDateOverlapsWithin(t *testing.T) {
	tests := []struct {
		d, e     string
		overlaps bool
		dInE     bool // d.Within(e)
		eInD     bool // e.Within(d)
	}{
		{"2003", "2003", true, true, true},
		{"2003", "2003-05", true, false, true},
		{"2003", "2003-05-01", true, false, true},
		{"2003-05", "2003-05-31", true, false, true},
		{"2003", "2004", false, false, false},
		{"2003-12-31", "2004-01-01", false, false, false},
		{"2003-12", "2004", false, false, false},
		{"2003", "[2003-12-31..2004-01]", true, false, false},
		{"2003", "[2003-01..2003-12]", true, true, true},
		{"[..2003]", "2003-06", true, false, true},
		{"[..2003]", "2004", false, false, false},
		{"[2003..]", "[..2003]", true, false, false},
		{"[2004..]", "[..2003]", false, false, false},
		{"[2011-04-07..2011-05-31]", "2011-04", true, false, false},
		{"[2011-04-07..2011-05-31]", "2011-04-30", true, false, true},
		{"[2011-04-07..2011-05-31]", "[2011-03..2011-06]", true, true, false},
		{"", "2003", true, false, true},
		{"", "[..2003]", true, false, true},
		{"", "", true, true, true},
		{"", "[0001..]", true, true, true},
		{"0001-01-01", "", true, true, false},
		{"9999-12-31", "", true, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.d+"|"+tt.e, func(t *testing.T) {
			var d, e vgt.Date
			require.NoError(t, d.UnmarshalText([]byte(tt.d)))
			require.NoError(t, e.UnmarshalText([]byte(tt.e)))
			assert.Equal(t, tt.overlaps, d.Overlaps(e), "d.Overlaps(e)")
			assert.Equal(t, tt.overlaps, e.Overlaps(d), "e.Overlaps(d)")
			assert.Equal(t, tt.dInE, d.Within(e), "d.Within(e)")
			assert.Equal(t, tt.eInD, e.Within(d), "e.Within(d)")
		})
	}
}

// sortedDates are in the order Compare gives: by Earliest, then Latest,
// then text form.
var sortedDates = []string{
	"0001-01-01",
	"0001-01",
	"0001",
	"[..2003]",
	"[..2011-11-07]",
	"",         // can be any day, so ends with 9999 ...
	"[0001..]", // ... and ties with this on days, so the text decides
	"2003-01-01",
	"2003-01",
	"2003",
	"[2003-01..2003-12]", // the same days as 2003
	"[2003..2004]",
	"[2003..]",
	"2003-02",
	"2012-02-29",
	"9999",
	"9999-12",
	"9999-12-31",
}

func TestDateCompare(t *testing.T) {
	dates := make([]vgt.Date, len(sortedDates))
	for i, s := range sortedDates {
		require.NoError(t, dates[i].UnmarshalText([]byte(s)))
	}
	for i, d := range dates {
		for j, e := range dates {
			want := 0
			switch {
			case i < j:
				want = -1
			case i > j:
				want = +1
			}
			assert.Equal(t, want, d.Compare(e), "Compare(%q, %q)", sortedDates[i], sortedDates[j])
			assert.Equal(t, want == 0, d == e, "== agrees with Compare for %q, %q", sortedDates[i], sortedDates[j])
		}
	}

	shuffled := slices.Clone(dates)
	rand.New(rand.NewPCG(1, 2)).Shuffle(len(shuffled), func(i, j int) {
		shuffled[i], shuffled[j] = shuffled[j], shuffled[i]
	})
	slices.SortFunc(shuffled, vgt.Date.Compare)
	assert.Equal(t, dates, shuffled)
}

func TestPrecisionString(t *testing.T) {
	tests := []struct {
		p    vgt.Precision
		want string
	}{
		{0, ""},
		{vgt.PrecisionYear, "year"},
		{vgt.PrecisionMonth, "month"},
		{vgt.PrecisionDay, "day"},
		{4, "Precision(4)"},
		{255, "Precision(255)"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.p.String())
	}
	assert.Less(t, vgt.PrecisionYear, vgt.PrecisionMonth, "coarser precisions sort first")
	assert.Less(t, vgt.PrecisionMonth, vgt.PrecisionDay)
}

func TestDateJSON(t *testing.T) {
	type record struct {
		Published vgt.Date   `json:"published"`
		Effective vgt.Date   `json:"effective"`
		Seen      vgt.Date   `json:"seen,omitzero"`
		Dates     []vgt.Date `json:"dates"`
	}
	in := record{
		Published: vgt.MustParseDate("[2011-04-07..2011-05-31]"),
		Dates:     []vgt.Date{vgt.MustParseDate("2003"), vgt.MustParseDate("2010-06"), vgt.MustParseDate("[..2011-11-07]")},
	}
	b, err := json.Marshal(in)
	require.NoError(t, err)
	assert.JSONEq(t, `{"published":"[2011-04-07..2011-05-31]","effective":"","dates":["2003","2010-06","[..2011-11-07]"]}`, string(b))

	var out record
	require.NoError(t, json.Unmarshal(b, &out))
	assert.Equal(t, in, out)

	// Map keys use the text form too.
	m := map[vgt.Date]int{vgt.MustParseDate("2003"): 1, vgt.MustParseDate("2007-10-30"): 2}
	b, err = json.Marshal(m)
	require.NoError(t, err)
	assert.JSONEq(t, `{"2003":1,"2007-10-30":2}`, string(b))
	var m2 map[vgt.Date]int
	require.NoError(t, json.Unmarshal(b, &m2))
	assert.Equal(t, m, m2)

	err = json.Unmarshal([]byte(`{"published":"2011-02-30"}`), &out)
	requireDateError(t, err, "2011-02-30", "February 2011 has 28 days")
	err = json.Unmarshal([]byte(`{"published":2003}`), &out)
	require.Error(t, err)
	assert.False(t, errors.Is(err, vgt.ErrInvalidDate), "a JSON number is a type error, not a date error")
}

func TestDateNoAlloc(t *testing.T) {
	dates := []vgt.Date{
		{},
		vgt.MustParseDate("2003"),
		vgt.MustParseDate("2010-06"),
		vgt.MustParseDate("2007-10-30"),
		vgt.MustParseDate("[2011-04-07..2011-05-31]"),
		vgt.MustParseDate("[..2011-11-07]"),
		vgt.MustParseDate("[2010-03-09..]"),
	}
	at := midnightUTC(2008, 6, 1)
	var sink time.Time
	var ok bool
	for _, d := range dates {
		assert.Zero(t, testing.AllocsPerRun(100, func() { sink = d.Earliest() }), "Earliest of %q", d)
		assert.Zero(t, testing.AllocsPerRun(100, func() { sink = d.Latest() }), "Latest of %q", d)
		assert.Zero(t, testing.AllocsPerRun(100, func() { ok = d.Contains(at) }), "Contains of %q", d)
		assert.Zero(t, testing.AllocsPerRun(100, func() { ok = d.Overlaps(dates[1]) && d.Within(dates[2]) }), "Overlaps of %q", d)
	}
	_, _ = sink, ok
}

// dateSeeds are the seed inputs of FuzzParseDate; testdata/fuzz/FuzzParseDate
// holds them too, with the inputs that once broke the parser.
var dateSeeds = []string{
	"2003", "2010-06", "2007-10-30", "2012-02-29", "0001-01-01", "9999-12-31",
	"[2011-04-07..2011-05-31]", "[2011-03..2011-04]", "[2005-06..2009]",
	"[..2011-11-07]", "[2010-03-09..]",
	"", "2011-02-30", "2011-13", "0000", "[..]", "[2011-05..2011-04]", "[2011..2011-05]",
	"2003?", "-2003", "Y12003", "2003-01-01T00:00", "[[2003..2004]..2006]", "[2003,2004]",
}

func FuzzParseDate(f *testing.F) {
	for _, s := range dateSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := vgt.ParseDate(s)
		if err != nil {
			require.ErrorIs(t, err, vgt.ErrInvalidDate)
			require.True(t, quotes(err.Error(), s), err.Error())
			require.True(t, d.IsZero())
			return
		}
		// The text form is canonical: whatever parses prints back as it was.
		require.Equal(t, s, d.String())
		again, err := vgt.ParseDate(d.String())
		require.NoError(t, err)
		require.True(t, d == again)
		require.Zero(t, d.Compare(again))

		require.False(t, d.IsZero())
		require.False(t, d.Latest().Before(d.Earliest()), "Earliest after Latest")
		require.True(t, d.Contains(d.Earliest()))
		require.True(t, d.Contains(d.Latest()))
		require.True(t, d.Within(d))
		require.True(t, d.Overlaps(d))
		require.NotZero(t, d.Precision())

		lo, hi := d.Bounds()
		if d.IsRange() {
			rebuilt, err := vgt.DateBetween(lo, hi)
			require.NoError(t, err)
			require.True(t, d == rebuilt)
			require.True(t, lo.IsZero() || lo.Latest().Before(hi.Earliest()) || hi.IsZero())
		} else {
			require.True(t, lo == d && hi == d)
			rebuilt, err := vgt.DateOf(d.Earliest().Year(), monthOf(d), dayOf(d))
			require.NoError(t, err)
			require.True(t, d == rebuilt)
		}
	})
}

// monthOf and dayOf give the arguments of DateOf that rebuild a simple d.
func monthOf(d vgt.Date) time.Month {
	if d.Precision() < vgt.PrecisionMonth {
		return 0
	}
	return d.Earliest().Month()
}

func dayOf(d vgt.Date) int {
	if d.Precision() < vgt.PrecisionDay {
		return 0
	}
	return d.Earliest().Day()
}
