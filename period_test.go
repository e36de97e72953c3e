package vgt_test

import (
	"encoding/json"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/virtualglobaltaskforce/vgt"
)

// mustBetween is Between for dates known to be in order.
func mustBetween(t *testing.T, start, end string) vgt.Period {
	t.Helper()
	var s, e vgt.Date
	require.NoError(t, s.UnmarshalText([]byte(start)))
	require.NoError(t, e.UnmarshalText([]byte(end)))
	p, err := vgt.Between(s, e)
	require.NoError(t, err)
	return p
}

func TestParsePeriod(t *testing.T) {
	p := vgt.MustParseDate
	tests := []struct {
		in   string
		want vgt.Period
	}{
		{"2003/2006-04", vgt.Period{Start: p("2003"), End: p("2006-04")}},
		{"2003/..", vgt.Period{Start: p("2003"), Ongoing: true}},
		{"2003/", vgt.Period{Start: p("2003")}},
		{"/2006", vgt.Period{End: p("2006")}},
		{"/..", vgt.Period{Ongoing: true}},
		{"2003/2003", vgt.Period{Start: p("2003"), End: p("2003")}},
		{"2003-05-01/2003-05-01", vgt.Period{Start: p("2003-05-01"), End: p("2003-05-01")}},
		{"2003/2003-05-01", vgt.Period{Start: p("2003"), End: p("2003-05-01")}},
		{"2003-05-01/2003", vgt.Period{Start: p("2003-05-01"), End: p("2003")}},
		{"[2011-03..2011-04]/..", vgt.Period{Start: p("[2011-03..2011-04]"), Ongoing: true}},
		{"[..2011-11-07]/[2012..2013]", vgt.Period{Start: p("[..2011-11-07]"), End: p("[2012..2013]")}},
		{"2003/[2010-03-09..]", vgt.Period{Start: p("2003"), End: p("[2010-03-09..]")}},
		{"[..2010-03-09]/2005", vgt.Period{Start: p("[..2010-03-09]"), End: p("2005")}}, // it may have started before 2005
		{"/[..2003]", vgt.Period{End: p("[..2003]")}},
		{"0001-01-01/9999-12-31", vgt.Period{Start: p("0001-01-01"), End: p("9999-12-31")}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := vgt.ParsePeriod(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.in, got.String(), "round trip")
			require.NoError(t, got.Validate())
			assert.False(t, got.IsZero())

			text, err := got.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, tt.in, string(text))
			appended, err := got.AppendText([]byte("p="))
			require.NoError(t, err)
			assert.Equal(t, "p="+tt.in, string(appended))

			var u vgt.Period
			require.NoError(t, u.UnmarshalText([]byte(tt.in)))
			assert.Equal(t, got, u)
		})
	}
}

func TestParsePeriodInvalid(t *testing.T) {
	tests := []struct{ in, why string }{
		{"", "empty period"},
		{"/", "neither start nor end is known; use the zero Period"},
		{"2003", "a period must be start/end"},
		{"2003-2006", "a period must be start/end"},
		{"2003/2004/2005", "a period has one /"},
		{"2003//", "a period has one /"},
		{"//", "a period has one /"},
		{"../2006", "an open start (..) is not supported"},
		{"../..", "an open start (..) is not supported"},
		{"2006/2003", "the period ends (2003) before it starts (2006)"},
		{"2006-04/2006-03", "the period ends (2006-03) before it starts (2006-04)"},
		{"2006-04-02/2006-04-01", "ends (2006-04-01) before it starts (2006-04-02)"},
		{"[2010-03-09..]/2005", "ends (2005) before it starts ([2010-03-09..])"},
		{"[2010-03-09..]/[..2010-03-08]", "ends ([..2010-03-08]) before it starts ([2010-03-09..])"},
		{"2011-02-30/..", "start: February 2011 has 28 days"},
		{"2003/2011-02-30", "end: February 2011 has 28 days"},
		{"2003/...", "end: want YYYY"},
		{"2003/.", "end: want YYYY"},
		{"2003/ ..", "end: want YYYY"},
		{"2003 /..", "start: want YYYY"},
		{"[..]/..", "start: a range needs at least one bound"},
		{"2003/[..]", "end: a range needs at least one bound"},
		{"2003?/..", "start: qualifiers"},
		{"2003/2006~", "end: qualifiers"},
		{"2003-01-01T00:00:00Z/..", "start: times are not supported"},
		{"2003/P3Y", "end: want YYYY"},
		{"[2011-05..2011-04]/..", "start: the bounds are out of order"},
		{"\xff/..", "start: want YYYY"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := vgt.ParsePeriod(tt.in)
			requireDateError(t, err, tt.in, tt.why)
			assert.True(t, got.IsZero())
		})
	}
}

func TestParsePeriodMessage(t *testing.T) {
	_, err := vgt.ParsePeriod("2003/2011-02-30")
	require.EqualError(t, err, `vgt: "2003/2011-02-30": invalid date: end: February 2011 has 28 days`)
	_, err = vgt.ParsePeriod("2006/2003")
	require.EqualError(t, err, `vgt: "2006/2003": invalid date: the period ends (2003) before it starts (2006)`)
}

func TestSince(t *testing.T) {
	p := vgt.Since(vgt.MustParseDate("2003"))
	assert.Equal(t, vgt.Period{Start: vgt.MustParseDate("2003"), Ongoing: true}, p)
	assert.Equal(t, "2003/..", p.String())
	require.NoError(t, p.Validate())

	unknown := vgt.Since(vgt.Date{})
	assert.Equal(t, vgt.Period{Ongoing: true}, unknown)
	assert.Equal(t, "/..", unknown.String())
	assert.False(t, unknown.IsZero(), "ongoing is a fact, even with an unknown start")
}

func TestBetween(t *testing.T) {
	p := vgt.MustParseDate
	tests := []struct {
		start, end vgt.Date
		want       string
	}{
		{p("2003"), p("2006-04"), "2003/2006-04"},
		{p("2003"), p("2003"), "2003/2003"},
		{p("2003-05-01"), p("2003-05-01"), "2003-05-01/2003-05-01"},
		{p("2003"), p("2003-01-01"), "2003/2003-01-01"}, // it may have started on the first
		{p("2003-12-31"), p("2003"), "2003-12-31/2003"}, // it may have ended on the last day
		{p("2003"), vgt.Date{}, "2003/"},                // ended at an unknown date, never ongoing
		{vgt.Date{}, p("2006"), "/2006"},
		{p("[2011-04-07..2011-05-31]"), p("[2011-05..2011-06]"), "[2011-04-07..2011-05-31]/[2011-05..2011-06]"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			got, err := vgt.Between(tt.start, tt.end)
			require.NoError(t, err)
			assert.Equal(t, vgt.Period{Start: tt.start, End: tt.end}, got)
			assert.False(t, got.Ongoing)
			assert.Equal(t, tt.want, got.String())
		})
	}

	invalid := []struct {
		start, end vgt.Date
		in, why    string
	}{
		{p("2006"), p("2003"), "2006/2003", "the period ends (2003) before it starts (2006)"},
		{p("2003-01-02"), p("2003-01-01"), "2003-01-02/2003-01-01", "ends (2003-01-01) before it starts (2003-01-02)"},
		{p("2004"), p("2003-12-31"), "2004/2003-12-31", "before it starts"},
		{p("[2011-06..]"), p("[..2011-05]"), "[2011-06..]/[..2011-05]", "before it starts"},
	}
	for _, tt := range invalid {
		t.Run(tt.in, func(t *testing.T) {
			got, err := vgt.Between(tt.start, tt.end)
			requireDateError(t, err, tt.in, tt.why)
			assert.True(t, got.IsZero())
		})
	}
}

func TestPeriodValidate(t *testing.T) {
	p := vgt.MustParseDate
	valid := []vgt.Period{
		{},
		{Ongoing: true},
		{Start: p("2003"), Ongoing: true},
		{Start: p("2003"), End: p("2006")},
		{Start: p("2003"), End: p("2003")},
		{End: p("2003")},
	}
	for _, v := range valid {
		assert.NoError(t, v.Validate(), "%#v", v)
	}

	tests := []struct {
		p       vgt.Period
		in, why string
	}{
		{vgt.Period{Start: p("2003"), End: p("2006"), Ongoing: true}, "2003/2006", "an ongoing period has no end, but End is 2006"},
		{vgt.Period{End: p("2006"), Ongoing: true}, "/2006", "an ongoing period has no end"},
		{vgt.Period{Start: p("2006"), End: p("2003")}, "2006/2003", "the period ends (2003) before it starts (2006)"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			err := tt.p.Validate()
			requireDateError(t, err, tt.in, tt.why)

			_, err = tt.p.MarshalText()
			requireDateError(t, err, tt.in, tt.why)
			_, err = json.Marshal(struct{ P vgt.Period }{tt.p})
			require.ErrorIs(t, err, vgt.ErrInvalidDate, "an invalid Period is never written")
		})
	}

	// String never fails, and an ongoing Period with an End shows both
	// facts in a form that does not parse.
	bad := vgt.Period{Start: p("2003"), End: p("2006"), Ongoing: true}
	assert.Equal(t, "2003/2006..", bad.String())
	_, err := vgt.ParsePeriod(bad.String())
	assert.ErrorIs(t, err, vgt.ErrInvalidDate)
	assert.Equal(t, "2006/2003", vgt.Period{Start: p("2006"), End: p("2003")}.String())
}

func TestPeriodZero(t *testing.T) {
	var z vgt.Period
	assert.True(t, z.IsZero())
	assert.Equal(t, "", z.String())
	require.NoError(t, z.Validate())
	text, err := z.MarshalText()
	require.NoError(t, err)
	assert.NotNil(t, text)
	assert.Empty(t, text)

	p := vgt.Since(vgt.MustParseDate("2003"))
	require.NoError(t, p.UnmarshalText(nil))
	assert.Equal(t, vgt.Period{}, p)
	p = vgt.Since(vgt.MustParseDate("2003"))
	require.NoError(t, p.UnmarshalText([]byte{}))
	assert.True(t, p.IsZero())
}

func TestPeriodUnmarshalTextError(t *testing.T) {
	for _, in := range []string{"/", "2006/2003", "2003", "2003/2011-02-30", "../2006"} {
		t.Run(in, func(t *testing.T) {
			p := mustBetween(t, "2003", "2006-04")
			err := p.UnmarshalText([]byte(in))
			requireDateError(t, err, in, "")
			assert.Equal(t, mustBetween(t, "2003", "2006-04"), p, "unchanged on error")
		})
	}
}

// instantUTC returns the instant h:mm:ss.nnn on the given day, UTC.
func instantUTC(y int, m time.Month, d, h, min, s, ns int) time.Time {
	return time.Date(y, m, d, h, min, s, ns, time.UTC)
}

func TestPeriodCovers(t *testing.T) {
	const (
		not       = vgt.CoverageNone
		possibly  = vgt.CoveragePossible
		certainly = vgt.CoverageCertain
	)
	auckland := time.FixedZone("NZST", 12*60*60)
	justBefore := func(t time.Time) time.Time { return t.Add(-time.Nanosecond) }
	tests := []struct {
		period string
		t      time.Time
		want   vgt.Coverage
	}{
		// Since 2003: possibly from its first day, certainly from the
		// start of its last.
		{"2003/..", justBefore(midnightUTC(2003, 1, 1)), not},
		{"2003/..", midnightUTC(2003, 1, 1), possibly},
		{"2003/..", midnightUTC(2003, 12, 30), possibly},
		{"2003/..", instantUTC(2003, 12, 30, 23, 59, 59, 999999999), possibly},
		{"2003/..", midnightUTC(2003, 12, 31), certainly},
		{"2003/..", midnightUTC(2050, 1, 1), certainly},
		{"2003/..", instantUTC(9999, 12, 31, 23, 59, 59, 0), certainly},

		// From 2003 to April 2006: certainly until April begins, possibly
		// until its last day begins, and certainly over from then.
		{"2003/2006-04", justBefore(midnightUTC(2003, 1, 1)), not},
		{"2003/2006-04", midnightUTC(2003, 1, 1), possibly},
		{"2003/2006-04", justBefore(midnightUTC(2003, 12, 31)), possibly},
		{"2003/2006-04", midnightUTC(2003, 12, 31), certainly},
		{"2003/2006-04", instantUTC(2006, 3, 31, 23, 59, 0, 0), certainly},
		{"2003/2006-04", justBefore(midnightUTC(2006, 4, 1)), certainly},
		{"2003/2006-04", midnightUTC(2006, 4, 1), possibly},
		{"2003/2006-04", midnightUTC(2006, 4, 29), possibly},
		{"2003/2006-04", instantUTC(2006, 4, 29, 23, 59, 0, 0), possibly},
		{"2003/2006-04", justBefore(midnightUTC(2006, 4, 30)), possibly},
		{"2003/2006-04", midnightUTC(2006, 4, 30), not},
		{"2003/2006-04", midnightUTC(2007, 1, 1), not},

		// Known to the day: the period runs from the start of its first
		// day to the start of its end day, with no doubt at either end.
		{"2003-05-01/2006-04-30", justBefore(midnightUTC(2003, 5, 1)), not},
		{"2003-05-01/2006-04-30", midnightUTC(2003, 5, 1), certainly},
		{"2003-05-01/2006-04-30", justBefore(midnightUTC(2006, 4, 30)), certainly},
		{"2003-05-01/2006-04-30", midnightUTC(2006, 4, 30), not},
		// Days are UTC days: 11:00 in Auckland on May 1 is still April 30.
		{"2003-05-01/2006-04-30", time.Date(2003, 5, 1, 11, 0, 0, 0, auckland), not},
		{"2003-05-01/2006-04-30", time.Date(2003, 5, 1, 12, 0, 0, 0, auckland), certainly},

		// A period that starts and ends on the same day covers nothing.
		{"2003-05-01/2003-05-01", justBefore(midnightUTC(2003, 5, 1)), not},
		{"2003-05-01/2003-05-01", midnightUTC(2003, 5, 1), not},
		{"2003-05-01/2003-05-01", instantUTC(2003, 5, 1, 12, 0, 0, 0), not},
		// Started and ended in 2003: possibly, never certainly.
		{"2003/2003", justBefore(midnightUTC(2003, 1, 1)), not},
		{"2003/2003", midnightUTC(2003, 1, 1), possibly},
		{"2003/2003", midnightUTC(2003, 6, 1), possibly},
		{"2003/2003", justBefore(midnightUTC(2003, 12, 31)), possibly},
		{"2003/2003", midnightUTC(2003, 12, 31), not},
		// Started on the first day of 2003, ended in 2003.
		{"2003-01-01/2003", midnightUTC(2003, 1, 1), possibly},
		{"2003-01-01/2003", midnightUTC(2003, 12, 31), not},

		// Ended at an unknown date: possibly covered, never certainly.
		{"2003/", justBefore(midnightUTC(2003, 1, 1)), not},
		{"2003/", midnightUTC(2003, 1, 1), possibly},
		{"2003/", midnightUTC(2003, 12, 31), possibly},
		{"2003/", midnightUTC(2050, 1, 1), possibly},

		// Unknown start: possibly started at any time.
		{"/2006", time.Time{}, possibly},
		{"/2006", midnightUTC(1990, 1, 1), possibly},
		{"/2006", midnightUTC(2006, 1, 1), possibly},
		{"/2006", justBefore(midnightUTC(2006, 12, 31)), possibly},
		{"/2006", midnightUTC(2006, 12, 31), not},
		{"/..", time.Time{}, possibly},
		{"/..", midnightUTC(2003, 1, 1), possibly},
		{"/..", midnightUTC(9999, 12, 31), possibly},
		{"", midnightUTC(2003, 1, 1), possibly}, // the zero Period: nothing is known

		// Ranges as bounds.
		{"[2011-04-07..2011-05-31]/..", justBefore(midnightUTC(2011, 4, 7)), not},
		{"[2011-04-07..2011-05-31]/..", midnightUTC(2011, 4, 7), possibly},
		{"[2011-04-07..2011-05-31]/..", justBefore(midnightUTC(2011, 5, 31)), possibly},
		{"[2011-04-07..2011-05-31]/..", midnightUTC(2011, 5, 31), certainly},
		{"[..2011-11-07]/..", midnightUTC(1990, 1, 1), possibly},
		{"[..2011-11-07]/..", justBefore(midnightUTC(2011, 11, 7)), possibly},
		{"[..2011-11-07]/..", midnightUTC(2011, 11, 7), certainly},
		{"[2010-03-09..]/..", justBefore(midnightUTC(2010, 3, 9)), not},
		{"[2010-03-09..]/..", midnightUTC(2010, 3, 9), possibly},
		{"[2010-03-09..]/..", justBefore(midnightUTC(9999, 12, 31)), possibly},
		{"[2010-03-09..]/..", midnightUTC(9999, 12, 31), certainly},
		{"2003/[2011-03..2011-04]", justBefore(midnightUTC(2011, 3, 1)), certainly},
		{"2003/[2011-03..2011-04]", midnightUTC(2011, 3, 1), possibly},
		{"2003/[2011-03..2011-04]", justBefore(midnightUTC(2011, 4, 30)), possibly},
		{"2003/[2011-03..2011-04]", midnightUTC(2011, 4, 30), not},
		{"2003/[..2011-11-07]", midnightUTC(2003, 12, 31), possibly}, // may have ended any time
		{"2003/[..2011-11-07]", midnightUTC(2011, 11, 7), not},
		{"2003/[2010-03-09..]", justBefore(midnightUTC(2010, 3, 9)), certainly},
		{"2003/[2010-03-09..]", midnightUTC(2050, 1, 1), possibly},
		{"2003/[2010-03-09..]", midnightUTC(9999, 12, 31), not},
	}
	for _, tt := range tests {
		t.Run(tt.period+"@"+tt.t.Format(time.RFC3339Nano), func(t *testing.T) {
			var p vgt.Period
			require.NoError(t, p.UnmarshalText([]byte(tt.period)))
			assert.Equal(t, tt.want, p.Covers(tt.t))
		})
	}
}

func TestPeriodCoversOngoingWithEnd(t *testing.T) {
	// Validate rejects this Period; Covers still answers, and an ongoing
	// period never ends.
	p := vgt.Period{Start: vgt.MustParseDate("2003"), End: vgt.MustParseDate("2006"), Ongoing: true}
	assert.Equal(t, vgt.CoverageCertain, p.Covers(midnightUTC(2010, 1, 1)))
}

func TestCoverageString(t *testing.T) {
	tests := []struct {
		c    vgt.Coverage
		want string
	}{
		{vgt.CoverageNone, "not covered"},
		{0, ""},
		{vgt.CoveragePossible, "possibly covered"},
		{vgt.CoverageCertain, "certainly covered"},
		{4, "Coverage(4)"},
		{255, "Coverage(255)"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.c.String())
	}
	assert.NotEqual(t, vgt.CoverageNone, vgt.Coverage(0), "the zero Coverage is unset, not CoverageNone")
}

// sortedPeriods are in the order Period.Compare gives: by Start, then
// known ends by End, then unknown ends, then ongoing.
var sortedPeriods = []string{
	"/2003",
	"/2006",
	"/",
	"/..",
	"2003/2003",
	"2003/2006",
	"2003/2006-04",
	"2003/",
	"2003/..",
	"[2003..2004]/2005",
	"2004/..",
}

func TestPeriodCompare(t *testing.T) {
	periods := make([]vgt.Period, len(sortedPeriods))
	for i, s := range sortedPeriods {
		if s == "/" {
			continue // the zero Period, which has no text form but ""
		}
		require.NoError(t, periods[i].UnmarshalText([]byte(s)))
	}
	for i, p := range periods {
		for j, q := range periods {
			want := 0
			switch {
			case i < j:
				want = -1
			case i > j:
				want = +1
			}
			assert.Equal(t, want, p.Compare(q), "Compare(%q, %q)", sortedPeriods[i], sortedPeriods[j])
			assert.Equal(t, want == 0, p == q)
		}
	}
	shuffled := slices.Clone(periods)
	rand.New(rand.NewPCG(3, 4)).Shuffle(len(shuffled), func(i, j int) {
		shuffled[i], shuffled[j] = shuffled[j], shuffled[i]
	})
	slices.SortFunc(shuffled, vgt.Period.Compare)
	assert.Equal(t, periods, shuffled)

	// Even an invalid Period has a place: after the valid ones with its Start.
	bad := vgt.Period{Start: vgt.MustParseDate("2003"), End: vgt.MustParseDate("2006"), Ongoing: true}
	assert.Equal(t, +1, bad.Compare(vgt.Since(vgt.MustParseDate("2003"))))
	assert.Equal(t, 0, bad.Compare(bad))
}

func TestPeriodJSON(t *testing.T) {
	type membership struct {
		Period  vgt.Period   `json:"period"`
		Chair   vgt.Period   `json:"chair,omitzero"`
		Unknown vgt.Period   `json:"unknown"`
		History []vgt.Period `json:"history"`
	}
	in := membership{
		Period:  vgt.Since(vgt.MustParseDate("2003")),
		History: []vgt.Period{mustBetween(t, "2003", "2006-04"), mustBetween(t, "[2011-03..2011-04]", ""), {End: vgt.MustParseDate("2006")}},
	}
	b, err := json.Marshal(in)
	require.NoError(t, err)
	assert.JSONEq(t, `{"period":"2003/..","unknown":"","history":["2003/2006-04","[2011-03..2011-04]/","/2006"]}`, string(b))

	var out membership
	require.NoError(t, json.Unmarshal(b, &out))
	assert.Equal(t, in, out)

	err = json.Unmarshal([]byte(`{"period":"2006/2003"}`), &out)
	requireDateError(t, err, "2006/2003", "before it starts")
}

func TestPeriodNoAlloc(t *testing.T) {
	periods := []vgt.Period{
		{},
		vgt.Since(vgt.MustParseDate("2003")),
		mustBetween(t, "2003", "2006-04"),
		mustBetween(t, "[2011-04-07..2011-05-31]", ""),
		{Start: vgt.MustParseDate("[..2011-11-07]"), End: vgt.MustParseDate("[2012..]")},
	}
	instant := midnightUTC(2008, 6, 1)
	var sink vgt.Coverage
	for _, p := range periods {
		assert.Zero(t, testing.AllocsPerRun(100, func() { sink = p.Covers(instant) }), "Covers of %q", p)
	}
	_ = sink
}

// periodSeeds are the seed inputs of FuzzParsePeriod;
// testdata/fuzz/FuzzParsePeriod holds them too.
var periodSeeds = []string{
	"2003/2006-04", "2003/..", "2003/", "/2006", "/..", "[2011-03..2011-04]/..",
	"[..2011-11-07]/[2010-03-09..]", "2007-10-30/2007-10-30",
	"", "/", "2003", "../2006", "2006/2003", "2003/2004/2005", "2003/2011-02-30", "//",
}

func FuzzParsePeriod(f *testing.F) {
	for _, s := range periodSeeds {
		f.Add(s)
	}
	instants := []time.Time{time.Time{}, midnightUTC(2003, 1, 1), midnightUTC(2011, 5, 31), latestDay}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := vgt.ParsePeriod(s)
		if err != nil {
			require.ErrorIs(t, err, vgt.ErrInvalidDate)
			require.True(t, quotes(err.Error(), s), err.Error())
			require.True(t, p.IsZero())
			return
		}
		require.Equal(t, s, p.String())
		again, err := vgt.ParsePeriod(p.String())
		require.NoError(t, err)
		require.True(t, p == again)
		require.Zero(t, p.Compare(again))
		require.NoError(t, p.Validate())
		require.False(t, p.IsZero())
		require.False(t, p.Ongoing && !p.End.IsZero())

		for _, d := range []vgt.Date{p.Start, p.End} {
			require.False(t, d.Latest().Before(d.Earliest()), "Earliest after Latest in %q", d)
		}
		if !p.Start.IsZero() && !p.End.IsZero() {
			require.False(t, p.End.Latest().Before(p.Start.Earliest()))
		}
		for _, i := range append(instants, p.Start.Earliest(), p.Start.Latest(), p.End.Earliest(), p.End.Latest()) {
			c := p.Covers(i)
			require.LessOrEqual(t, c, vgt.CoverageCertain)
			// Covers is a statement about the dates: a period that
			// certainly covers i has certainly started by i.
			if c == vgt.CoverageCertain {
				require.False(t, p.Start.IsZero())
				require.False(t, i.Before(p.Start.Latest()))
			}
		}
	})
}
