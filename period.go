package vgt

import (
	"strings"
	"time"
)

// A Period is a span of time whose ends are Dates: a membership, a tenure
// of a post. It says explicitly how it ends, because a record that lacks
// an end date may mean "still going on" or "ended, we do not know when",
// and guessing the first would keep a departed member on the roster.
//
// A Period is a small comparable value. The zero Period has an unknown
// start and ended at an unknown date: it says nothing, and its text form
// is empty.
//
// # What the dates mean
//
// A Date on a change means that the change took effect at the start (UTC
// midnight) of some day the Date denotes. So a period that started in
// "2003" has possibly started from 2003-01-01T00:00Z, and has certainly
// started from 2003-12-31T00:00Z, the start of the last day it could have
// started on. Likewise it has possibly ended from End.Earliest() and
// certainly ended from End.Latest(), which is the start of the last
// possible day: a period that ended in "2006-04" still certainly covers
// 2006-03-31T23:59Z, possibly covers 2006-04-29T23:59Z, and certainly no
// longer covers 2006-04-30T00:00Z. See [Period.Covers]; [Alliance.AsOf]
// keeps what certainly covers its time.
type Period struct {
	// Start is when the period began; the zero Date means that the start
	// is unknown (it may have begun at any time).
	Start Date
	// End is when the period ended. The zero Date, with Ongoing false,
	// means that it ended at an unknown date. It must be zero when
	// Ongoing is true.
	End Date
	// Ongoing reports that the period has not ended. It is never inferred
	// from a missing End.
	Ongoing bool
}

// Since returns the ongoing Period that started at start. A zero start
// means that the start is unknown.
func Since(start Date) Period { return Period{Start: start, Ongoing: true} }

// Between returns the Period that started at start and ended at end. A
// zero start means that the start is unknown, and a zero end that it
// ended at an unknown date. It is an error for the period to end certainly
// before it started, when end.Latest() is before start.Earliest(); a
// period whose dates overlap (it started and ended in 2003) is fine.
func Between(start, end Date) (Period, error) {
	p := Period{Start: start, End: end}
	if err := p.Validate(); err != nil {
		return Period{}, err
	}
	return p, nil
}

// IsZero reports whether p is the zero Period: unknown start, ended at an
// unknown date.
func (p Period) IsZero() bool { return p == Period{} }

// Validate reports whether p is well formed: an ongoing Period has no End,
// and a Period does not end certainly before it starts (End.Latest()
// before Start.Earliest()). The error wraps ErrInvalidDate and quotes p.
func (p Period) Validate() error {
	if p.Ongoing && !p.End.IsZero() {
		return errorf("", p.Start.String()+"/"+p.End.String(), ErrInvalidDate,
			"an ongoing period has no end, but End is %s", p.End)
	}
	if why := checkOrder(p.Start, p.End); why != "" {
		return errorf("", p.String(), ErrInvalidDate, "%s", why)
	}
	return nil
}

// checkOrder says why a period from start to end is impossible, or
// returns "". Unknown ends never conflict: a zero Date can be any day.
func checkOrder(start, end Date) string {
	if start.IsZero() || end.IsZero() || !end.Latest().Before(start.Earliest()) {
		return ""
	}
	return "the period ends (" + end.String() + ") before it starts (" + start.String() + ")"
}

// A Coverage says whether a Period covers an instant: certainly, possibly
// or not. It has three values because the Dates at either end may be
// known only to a year or a range; a caller that needs a yes or a no
// chooses which of the two uncertain answers it can live with.
type Coverage uint8

// The coverages. The zero Coverage is unset: [Period.Covers] never returns
// it.
const (
	// CoverageNone means that at the instant, the period had certainly not
	// started, or had certainly ended.
	CoverageNone Coverage = iota + 1
	// CoveragePossible means that the period may have been running at the
	// instant, but its dates do not say for certain.
	CoveragePossible
	// CoverageCertain means that the period had certainly started and
	// certainly not ended at the instant.
	CoverageCertain
)

// coverageNames are the text forms of the coverages, short and in lower
// camel case like every other enumeration's; coverageWords are the phrases
// String gives for a reader, which ParseCoverage accepts too.
var (
	coverageNames   = []string{"", "none", "possible", "certain"}
	coverageWords   = []string{"", "not covered", "possibly covered", "certainly covered"}
	coverageAliases = map[string]Coverage{
		"not covered": CoverageNone, "possibly covered": CoveragePossible, "certainly covered": CoverageCertain,
	}
)

// String returns "not covered", "possibly covered" or "certainly
// covered", the empty string for the zero Coverage, or "Coverage(n)" for a
// value out of range, so that it never fails. The text form
// (MarshalText) is shorter: "none", "possible" or "certain". ParseCoverage
// accepts both.
func (c Coverage) String() string { return enumString("Coverage", coverageWords, c) }

// MarshalText implements encoding.TextMarshaler: "none", "possible" or
// "certain", empty for the zero Coverage.
func (c Coverage) MarshalText() ([]byte, error) { return enumMarshal("Coverage", coverageNames, c) }

// AppendText implements encoding.TextAppender: it appends the text form of
// c to b, nothing for the zero Coverage.
func (c Coverage) AppendText(b []byte) ([]byte, error) {
	return enumAppend("Coverage", coverageNames, c, b)
}

// UnmarshalText implements encoding.TextUnmarshaler; empty text gives the
// zero Coverage.
func (c *Coverage) UnmarshalText(text []byte) error {
	return enumUnmarshal("coverage", coverageNames, coverageAliases, text, c)
}

// ParseCoverage returns the Coverage whose text form is s ("none",
// "possible" or "certain"), or whose String is s ("possibly covered").
func ParseCoverage(s string) (Coverage, error) {
	return enumParse("coverage", coverageNames, coverageAliases, s)
}

// Covers reports whether p covers the instant t, by the rules set out on
// Period:
//
//   - the start has certainly happened by t iff t >= Start.Latest(), and
//     possibly iff t >= Start.Earliest(); an unknown start has possibly
//     happened at any t and certainly at none;
//   - the period has certainly ended by t iff t >= End.Latest(), and
//     possibly iff t >= End.Earliest(); an ongoing period has not ended
//     at any t, and one that ended at an unknown date has possibly ended
//     at any t and certainly at none.
//
// Covers returns CoverageCertain if the start has certainly happened and
// the period has not possibly ended, CoveragePossible if the start has
// possibly happened and the period has not certainly ended, and
// CoverageNone otherwise. It treats an ongoing period as ongoing even if it
// has an End, which Validate rejects.
func (p Period) Covers(t time.Time) Coverage {
	startCertain := !p.Start.IsZero() && !t.Before(p.Start.Latest())
	startPossible := p.Start.IsZero() || !t.Before(p.Start.Earliest())
	endCertain := !p.Ongoing && !p.End.IsZero() && !t.Before(p.End.Latest())
	endPossible := !p.Ongoing && (p.End.IsZero() || !t.Before(p.End.Earliest()))
	switch {
	case startCertain && !endPossible:
		return CoverageCertain
	case startPossible && !endCertain:
		return CoveragePossible
	}
	return CoverageNone
}

// Compare returns -1, 0 or +1 as p sorts before, with or after q: by
// Start (see Date.Compare), then periods that ended at a known date, by
// End, then those that ended at an unknown date, then ongoing ones. It
// returns 0 exactly when p == q.
func (p Period) Compare(q Period) int {
	if c := p.Start.Compare(q.Start); c != 0 {
		return c
	}
	if a, b := p.endRank(), q.endRank(); a != b {
		if a < b {
			return -1
		}
		return +1
	}
	return p.End.Compare(q.End)
}

// endRank orders the ways a Period can end; 3 is the invalid ongoing
// period with an End, which still needs a place in a total order.
func (p Period) endRank() int {
	switch {
	case !p.Ongoing && !p.End.IsZero():
		return 0
	case !p.Ongoing:
		return 1
	case p.End.IsZero():
		return 2
	}
	return 3
}

// ParsePeriod parses the text form of a Period, an EDTF interval
// "start/end":
//
//	2003/2006-04  started in 2003, ended in April 2006
//	2003/..       started in 2003, ongoing (EDTF's open end)
//	2003/         started in 2003, ended at an unknown date (EDTF's unknown end)
//	/2006         unknown start, ended in 2006
//	/..           unknown start, ongoing
//
// Each end may be any form that ParseDate accepts, ranges included. The
// zero Period has the empty text form, which only UnmarshalText accepts:
// ParsePeriod("") and ParsePeriod("/") are errors, so that no Period has
// two text forms. An open start ("../2006") is an error too: every period
// here began at some time, which may be unknown. Every error wraps
// ErrInvalidDate and quotes s.
func ParsePeriod(s string) (Period, error) {
	p, why := parsePeriod(s)
	if why != "" {
		return Period{}, errorf("", s, ErrInvalidDate, "%s", why)
	}
	return p, nil
}

// MustParsePeriod is like ParsePeriod but panics if s is not a valid
// Period. It is meant for constants and tests, not for input.
func MustParsePeriod(s string) Period {
	p, err := ParsePeriod(s)
	if err != nil {
		panic(err)
	}
	return p
}

func parsePeriod(s string) (Period, string) {
	if s == "" {
		return Period{}, "empty period; use the zero Period for a period nothing is known of"
	}
	i := strings.IndexByte(s, '/')
	if i < 0 {
		return Period{}, "a period must be start/end"
	}
	starts, ends := s[:i], s[i+1:]
	if strings.IndexByte(ends, '/') >= 0 {
		return Period{}, "a period has one /"
	}
	if starts == "" && ends == "" {
		return Period{}, "neither start nor end is known; use the zero Period, whose text is empty"
	}
	if starts == ".." {
		return Period{}, "an open start (..) is not supported; leave the start empty if it is unknown"
	}
	var p Period
	var why string
	if starts != "" {
		if p.Start, why = parseDate(starts); why != "" {
			return Period{}, "start: " + why
		}
	}
	switch ends {
	case "":
	case "..":
		p.Ongoing = true
	default:
		if p.End, why = parseDate(ends); why != "" {
			return Period{}, "end: " + why
		}
	}
	if why := checkOrder(p.Start, p.End); why != "" {
		return Period{}, why
	}
	return p, ""
}

func (p Period) appendTo(b []byte) []byte {
	if p.IsZero() {
		return b
	}
	b = p.Start.appendTo(b)
	b = append(b, '/')
	if p.Ongoing {
		return append(b, '.', '.')
	}
	return p.End.appendTo(b)
}

// String returns the text form of p (see ParsePeriod), or the empty string
// for the zero Period. An ongoing Period with an End, which Validate
// rejects, gives "start/end..", which ParsePeriod rejects too, so that the
// mistake shows rather than losing either fact.
func (p Period) String() string {
	if p.Ongoing && !p.End.IsZero() {
		return p.Start.String() + "/" + p.End.String() + ".."
	}
	return string(p.appendTo(make([]byte, 0, 48)))
}

// AppendText implements encoding.TextAppender: it appends the text form of
// p to b, nothing for the zero Period. It fails if p does not Validate.
func (p Period) AppendText(b []byte) ([]byte, error) {
	if err := p.Validate(); err != nil {
		return b, err
	}
	return p.appendTo(b), nil
}

// MarshalText implements encoding.TextMarshaler: the text form of p, empty
// for the zero Period. It fails if p does not Validate, so that an
// invalid Period is never written.
func (p Period) MarshalText() ([]byte, error) { return p.AppendText(make([]byte, 0, 48)) }

// UnmarshalText implements encoding.TextUnmarshaler. Empty text gives the
// zero Period; other text must be as ParsePeriod accepts. On error, *p is
// unchanged.
func (p *Period) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*p = Period{}
		return nil
	}
	q, err := ParsePeriod(string(text))
	if err != nil {
		return err
	}
	*p = q
	return nil
}
