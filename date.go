package vgt

import (
	"fmt"
	"strings"
	"time"
)

// A Precision is the unit a simple Date is known to: a year, a month or a
// day. The zero Precision means that the date is unknown.
//
// The Precision of a range (a day known only to lie between two bounds) is
// the finer Precision of its bounds, the unit its bounds are stated in: the
// Precision of "[2011-04-07..2011-05-31]" is Day, that of
// "[2005-06..2009]" Month and that of "[..2011]" Year. A range is always
// less certain than its Precision suggests; use Earliest and Latest, not the
// Precision, to reason about which days it denotes.
type Precision uint8

// The precisions, from the coarsest to the finest, so that p < q means
// that q is the finer unit.
const (
	// PrecisionYear is the precision of a date such as "2003".
	PrecisionYear Precision = iota + 1
	// PrecisionMonth is the precision of a date such as "2010-06".
	PrecisionMonth
	// PrecisionDay is the precision of a date such as "2007-10-30".
	PrecisionDay
)

var precisionNames = []string{"", "year", "month", "day"}

// String returns "year", "month" or "day"; the zero Precision gives the
// empty string and a value out of range gives "Precision(n)", so that
// String never fails.
func (p Precision) String() string { return enumString("Precision", precisionNames, p) }

// MarshalText implements encoding.TextMarshaler: "year", "month" or "day",
// empty for the zero Precision.
func (p Precision) MarshalText() ([]byte, error) {
	return enumMarshal("Precision", precisionNames, p)
}

// AppendText implements encoding.TextAppender: it appends the text form of
// p to b, nothing for the zero Precision.
func (p Precision) AppendText(b []byte) ([]byte, error) {
	return enumAppend("Precision", precisionNames, p, b)
}

// UnmarshalText implements encoding.TextUnmarshaler; empty text gives the
// zero Precision.
func (p *Precision) UnmarshalText(text []byte) error {
	return enumUnmarshal("precision", precisionNames, nil, text, p)
}

// ParsePrecision returns the Precision whose text form is s: "year",
// "month" or "day".
func ParsePrecision(s string) (Precision, error) {
	return enumParse[Precision]("precision", precisionNames, nil, s)
}

// A civil is a calendar date known to a year, a month or a day, with the
// parts that are not known left zero. The zero civil is no date at all;
// Date uses it for an unknown date and for the open bound of a range.
// Keeping the parts rather than a time.Time is what lets "2003" print back
// as "2003" and keeps Date small and comparable.
type civil struct {
	y    uint16 // 1 to 9999, or 0 for no date
	m, d uint8  // 1 to 12 and 1 to 31, or 0 where not known
}

func (c civil) isZero() bool { return c.y == 0 }

func (c civil) precision() Precision {
	switch {
	case c.y == 0:
		return 0
	case c.m == 0:
		return PrecisionYear
	case c.d == 0:
		return PrecisionMonth
	}
	return PrecisionDay
}

// earliest returns the first day c can denote, at UTC midnight. c must not
// be zero.
func (c civil) earliest() time.Time {
	return time.Date(int(c.y), time.Month(max(c.m, 1)), int(max(c.d, 1)), 0, 0, 0, 0, time.UTC)
}

// latest returns the last day c can denote, at UTC midnight. c must not be
// zero. Day 0 of the next month is the last day of this one, which
// time.Date normalises for us, leap years included.
func (c civil) latest() time.Time {
	switch c.precision() {
	case PrecisionYear:
		return time.Date(int(c.y), time.December, 31, 0, 0, 0, 0, time.UTC)
	case PrecisionMonth:
		return time.Date(int(c.y), time.Month(c.m)+1, 0, 0, 0, 0, 0, time.UTC)
	}
	return time.Date(int(c.y), time.Month(c.m), int(c.d), 0, 0, 0, 0, time.UTC)
}

func (c civil) appendTo(b []byte) []byte {
	y := c.y
	b = append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10))
	if c.m != 0 {
		b = append(b, '-', '0'+c.m/10, '0'+c.m%10)
	}
	if c.d != 0 {
		b = append(b, '-', '0'+c.d/10, '0'+c.d%10)
	}
	return b
}

func (c civil) String() string { return string(c.appendTo(make([]byte, 0, 10))) }

// lastDay is the Latest of a date with no known end: the last day that a
// four-digit year can name.
func lastDay() time.Time { return time.Date(9999, time.December, 31, 0, 0, 0, 0, time.UTC) }

// A Date is a point in time known to a precision: a year ("2003"), a month
// ("2010-06"), a day ("2007-10-30"), or one day known only to lie in a
// range ("[2011-04-07..2011-05-31]", "[..2011-11-07]", "[2010-03-09..]").
// Announcements rarely say more than "in 2003" or "last month", and a
// time.Time would have to invent the rest; a Date records what is known
// and no more.
//
// Its text form is that of EDTF (ISO 8601-2, the Extended Date/Time
// Format): a range is EDTF's "one of a set" with a single range in it. The
// text form is canonical and round-trips exactly: "2003" stays "2003" and
// is never padded to "2003-01-01".
//
// Date is a small value, like netip.Addr: it is comparable with == and
// usable as a map key, and two Dates are equal exactly when their text
// forms are. The zero Date means that the date is unknown; it can denote
// any day from 0001-01-01 to 9999-12-31, and it has the empty text form.
//
// # In a database
//
// A Date is stored as its text form in a TEXT column, and the zero Date as
// NULL (see [Date.Value] and [Date.Scan]). The text does not sort as the
// dates do: "2003" sorts before "2003-01", which [Date.Compare] puts first
// since it ends sooner, and a range begins with "[". To sort or select by
// date, store [Date.Earliest] and [Date.Latest] in two columns beside the
// text:
//
//	CREATE TABLE joined (org TEXT, date TEXT, earliest TIMESTAMP, latest TIMESTAMP)
//	db.Exec(`INSERT INTO joined VALUES (?, ?, ?, ?)`, id, d, d.Earliest(), d.Latest())
//
// ORDER BY earliest, latest, date is then the order of Date.Compare;
// WHERE latest < t selects the dates every day of which began before t,
// and WHERE earliest < t those some day of which did. For a cache,
// [Date.MarshalBinary] gives a short binary form.
type Date struct {
	// A simple date is lo, with hi zero. A range has its bounds in lo and
	// hi, zero where open, and never both zero. Keeping one
	// representation per text form is what makes == agree with String.
	lo, hi  civil
	isRange bool
}

// ParseDate parses the text form of a Date: "YYYY" (a year from 0001 to
// 9999), "YYYY-MM", "YYYY-MM-DD", or "[lo..hi]" where each bound is one of
// those three forms or empty for an open bound (not both). The bounds of a
// range must be strictly ordered and disjoint: the last day of lo must come
// before the first day of hi, so that the range says more than either
// bound alone.
//
// Impossible dates (2011-02-30, month 13, day 00) are errors, and so is
// everything else in EDTF: qualifiers (?, ~, %), unspecified digits,
// negative or five-digit years, times, lists and nested brackets. The
// empty string is an error too: use the zero Date for an unknown date.
// Every error wraps ErrInvalidDate and quotes s.
func ParseDate(s string) (Date, error) {
	d, why := parseDate(s)
	if why != "" {
		return Date{}, errorf("", s, ErrInvalidDate, "%s", why)
	}
	return d, nil
}

// MustParseDate is like ParseDate but panics if s is not a valid Date. It
// is meant for constants and tests, not for input.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// DateOf returns the Date for a year, a month and a day. A zero month
// gives a Date known to the year, and a zero day a Date known to the
// month; a day without a month is an error. The year must be from 1 to
// 9999, and the date must exist. DateOf(0, 0, 0) is an error too: the zero
// Date, Date{}, is the unknown date.
func DateOf(year int, month time.Month, day int) (Date, error) {
	text := fmt.Sprintf("%04d-%02d-%02d", year, int(month), day)
	switch {
	case month == 0 && day == 0:
		text = fmt.Sprintf("%04d", year)
	case day == 0:
		text = fmt.Sprintf("%04d-%02d", year, int(month))
	}
	switch {
	case year < 1 || year > 9999:
		return Date{}, errorf("", text, ErrInvalidDate, "year %d out of range 0001..9999", year)
	case month < 0 || month > 12:
		return Date{}, errorf("", text, ErrInvalidDate, "month %d out of range 01..12", int(month))
	case month == 0 && day != 0:
		return Date{}, errorf("", text, ErrInvalidDate, "a day needs a month")
	case day < 0 || day > 31:
		return Date{}, errorf("", text, ErrInvalidDate, "day %d out of range 01..31", day)
	}
	c := civil{y: uint16(year), m: uint8(month), d: uint8(day)}
	if why := checkDay(c); why != "" {
		return Date{}, errorf("", text, ErrInvalidDate, "%s", why)
	}
	return Date{lo: c}, nil
}

// DateBetween returns the Date that denotes one day from lo to hi: the
// range "[lo..hi]". Either bound may be the zero Date, for a range open at
// that end ("on or before hi", "on or after lo"), but not both. The bounds
// must be simple Dates, not ranges, and they must be strictly ordered and
// disjoint: lo.Latest() must be before hi.Earliest().
func DateBetween(lo, hi Date) (Date, error) {
	d := Date{lo: lo.lo, hi: hi.lo, isRange: true}
	text := "[" + lo.String() + ".." + hi.String() + "]"
	switch {
	case lo.isRange || hi.isRange:
		return Date{}, errorf("", text, ErrInvalidDate, "the bounds of a range must be simple dates, not ranges")
	case lo.IsZero() && hi.IsZero():
		return Date{}, errorf("", text, ErrInvalidDate, "a range needs at least one bound; use the zero Date for an unknown date")
	}
	if why := checkRange(d.lo, d.hi); why != "" {
		return Date{}, errorf("", text, ErrInvalidDate, "%s", why)
	}
	return d, nil
}

// parseDate is ParseDate without the error value: it returns why s is not
// a Date, or "" if it is, so that ParsePeriod can say which end is wrong
// in an error that quotes the whole period.
func parseDate(s string) (Date, string) {
	if s == "" {
		return Date{}, "empty date; use the zero Date for an unknown date"
	}
	if s[0] != '[' {
		c, why := parseCivil(s)
		return Date{lo: c}, why
	}
	if len(s) < 2 || s[len(s)-1] != ']' {
		return Date{}, "a range must end with ]"
	}
	inner := s[1 : len(s)-1]
	i := strings.Index(inner, "..")
	if i < 0 {
		if strings.Contains(inner, ",") {
			return Date{}, "lists are not supported; a Date is one day of a single range [lo..hi]"
		}
		return Date{}, "a range must be [lo..hi]"
	}
	los, his := inner[:i], inner[i+2:]
	if los == "" && his == "" {
		return Date{}, "a range needs at least one bound; use the zero Date for an unknown date"
	}
	var d Date
	d.isRange = true
	var why string
	if los != "" {
		if d.lo, why = parseCivil(los); why != "" {
			return Date{}, "lower bound: " + why
		}
	}
	if his != "" {
		if d.hi, why = parseCivil(his); why != "" {
			return Date{}, "upper bound: " + why
		}
	}
	if why := checkRange(d.lo, d.hi); why != "" {
		return Date{}, why
	}
	return d, ""
}

// parseCivil parses "YYYY", "YYYY-MM" or "YYYY-MM-DD". It names the EDTF
// features it does not support, so that a user who wrote "2003?" learns
// that the qualifier, not the year, is the problem.
func parseCivil(s string) (civil, string) {
	switch {
	case s == "":
		return civil{}, "empty date"
	case strings.ContainsAny(s, "?~%"):
		return civil{}, "qualifiers (?, ~, %) are not supported"
	case s[0] == '-' || s[0] == '+' || s[0] == 'Y' || s[0] == 'y':
		return civil{}, "only years 0001..9999 are supported, without sign or Y prefix"
	case strings.ContainsAny(s, "Tt:"):
		return civil{}, "times are not supported; a Date is a year, a month or a day"
	case strings.ContainsAny(s, "Xx"):
		return civil{}, "unspecified digits (X) are not supported; use a range"
	case strings.ContainsAny(s, "[]{}"):
		return civil{}, "nested brackets and sets are not supported"
	case strings.Contains(s, ","):
		return civil{}, "lists are not supported; a Date is one day of a single range [lo..hi]"
	case strings.Contains(s, "/"):
		return civil{}, "an interval is a Period, not a Date; use ParsePeriod"
	}
	n := len(s)
	if n != 4 && n != 7 && n != 10 || n >= 7 && s[4] != '-' || n == 10 && s[7] != '-' {
		return civil{}, "want YYYY, YYYY-MM, YYYY-MM-DD or [lo..hi]"
	}
	y, ok := atoi(s[:4])
	if !ok {
		return civil{}, "want YYYY, YYYY-MM, YYYY-MM-DD or [lo..hi]"
	}
	if y == 0 {
		return civil{}, "year 0000 out of range 0001..9999"
	}
	c := civil{y: uint16(y)}
	if n == 4 {
		return c, ""
	}
	m, ok := atoi(s[5:7])
	if !ok {
		return civil{}, "want YYYY, YYYY-MM, YYYY-MM-DD or [lo..hi]"
	}
	if m < 1 || m > 12 {
		return civil{}, "month " + s[5:7] + " out of range 01..12"
	}
	c.m = uint8(m)
	if n == 7 {
		return c, ""
	}
	dd, ok := atoi(s[8:10])
	if !ok {
		return civil{}, "want YYYY, YYYY-MM, YYYY-MM-DD or [lo..hi]"
	}
	if dd < 1 {
		return civil{}, "day " + s[8:10] + " out of range 01..31"
	}
	c.d = uint8(dd)
	return c, checkDay(c)
}

// atoi parses ASCII decimal digits only: strconv.Atoi would accept a sign.
func atoi(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// checkDay says why c's day does not exist in its month, or returns "".
func checkDay(c civil) string {
	if c.d == 0 {
		return ""
	}
	if n := daysIn(time.Month(c.m), int(c.y)); int(c.d) > n {
		return fmt.Sprintf("%s %04d has %d days", time.Month(c.m), c.y, n)
	}
	return ""
}

func daysIn(m time.Month, year int) int {
	return time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// checkRange says why [lo..hi] is not a range, or returns "". The bounds
// must be disjoint as well as ordered: "[2011..2011-05]" says no more than
// "2011", and a range that could be written more simply would break the
// rule that each Date has one text form.
func checkRange(lo, hi civil) string {
	if lo.isZero() || hi.isZero() {
		return ""
	}
	switch {
	case lo == hi:
		return fmt.Sprintf("the bounds are equal; write %s alone", lo)
	case lo.earliest().After(hi.latest()):
		return fmt.Sprintf("the bounds are out of order: %s is after %s", lo, hi)
	case !lo.latest().Before(hi.earliest()):
		return fmt.Sprintf("the bounds overlap: %s and %s share days, and the lower bound must end before the upper bound begins", lo, hi)
	}
	return ""
}

// IsZero reports whether d is the zero Date, the unknown date.
func (d Date) IsZero() bool { return d == Date{} }

// IsRange reports whether d is a day known only to lie between two
// bounds, as in "[2011-04-07..2011-05-31]".
func (d Date) IsRange() bool { return d.isRange }

// Bounds returns the bounds of a range, the zero Date where it is open.
// For a simple Date, both are d itself, and for the zero Date both are
// zero, so that lo.Earliest() and hi.Latest() are always d's.
func (d Date) Bounds() (lo, hi Date) {
	if d.isRange {
		return Date{lo: d.lo}, Date{lo: d.hi}
	}
	return d, d
}

// Precision returns the unit d is known to: Year, Month or Day, or zero
// for the zero Date. For a range it is the finer Precision of its bounds;
// see Precision.
func (d Date) Precision() Precision {
	if d.isRange {
		return max(d.lo.precision(), d.hi.precision())
	}
	return d.lo.precision()
}

// Earliest returns the first day d can denote, at midnight UTC: January 1
// for a year, the first of the month for a month. A range open at its
// start, and the zero Date, give time.Time{}, 0001-01-01, the earliest day
// that a Date can name, so that comparisons need no special case.
func (d Date) Earliest() time.Time {
	if d.lo.isZero() {
		return time.Time{}
	}
	return d.lo.earliest()
}

// Latest returns the last day d can denote, at midnight UTC: December 31
// for a year, the last of the month for a month. It is the start of that
// day, not its end: the instants that d covers run up to Latest plus 24
// hours (see Contains). A range open at its end, and the zero Date, give
// 9999-12-31, the latest day that a Date can name.
func (d Date) Latest() time.Time {
	c := d.lo
	if d.isRange {
		c = d.hi
	}
	if c.isZero() {
		return lastDay()
	}
	return c.latest()
}

// Contains reports whether t falls on a day that d can denote: whether
// d.Earliest() <= t < d.Latest() plus 24 hours. Days are UTC days,
// whatever t's location. The zero Date contains every instant from
// 0001-01-01 to the end of 9999.
func (d Date) Contains(t time.Time) bool {
	return !t.Before(d.Earliest()) && t.Before(d.Latest().Add(24*time.Hour))
}

// Overlaps reports whether some day can be denoted by both d and e. Since
// the zero Date can denote any day, it overlaps every Date.
func (d Date) Overlaps(e Date) bool {
	return !d.Earliest().After(e.Latest()) && !e.Earliest().After(d.Latest())
}

// Within reports whether every day d can denote, e can denote too: d
// lies inside e, as "2003-05" lies inside "2003". Every Date is within the
// zero Date, and within itself; two Dates that denote the same days, such
// as "2003" and "[2003-01..2003-12]", are within each other.
func (d Date) Within(e Date) bool {
	return !d.Earliest().Before(e.Earliest()) && !d.Latest().After(e.Latest())
}

// Compare returns -1, 0 or +1 as d sorts before, with or after e: by
// Earliest, then by Latest (so "2003" follows "2003-01", which it
// contains), then by text form. It is a total order, and Compare returns
// 0 exactly when d == e. The zero Date, which can be any day, sorts with
// the Dates whose Earliest is 0001-01-01, after those that end sooner.
func (d Date) Compare(e Date) int {
	if c := d.Earliest().Compare(e.Earliest()); c != 0 {
		return c
	}
	if c := d.Latest().Compare(e.Latest()); c != 0 {
		return c
	}
	if d == e {
		return 0
	}
	// Different Dates with the same days, such as "2011" and
	// "[2011-01..2011-12]": the text forms differ, so they break the tie.
	var a, b [32]byte
	return strings.Compare(string(d.appendTo(a[:0])), string(e.appendTo(b[:0])))
}

func (d Date) appendTo(b []byte) []byte {
	if !d.isRange {
		if d.lo.isZero() {
			return b
		}
		return d.lo.appendTo(b)
	}
	b = append(b, '[')
	if !d.lo.isZero() {
		b = d.lo.appendTo(b)
	}
	b = append(b, '.', '.')
	if !d.hi.isZero() {
		b = d.hi.appendTo(b)
	}
	return append(b, ']')
}

// String returns the text form of d (see ParseDate), or the empty string
// for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return string(d.appendTo(make([]byte, 0, 24)))
}

// AppendText implements encoding.TextAppender: it appends the text form of
// d to b, nothing for the zero Date. It never fails.
func (d Date) AppendText(b []byte) ([]byte, error) { return d.appendTo(b), nil }

// MarshalText implements encoding.TextMarshaler: the text form of d, empty
// for the zero Date, so that an unknown date is "" in JSON. It never
// fails.
func (d Date) MarshalText() ([]byte, error) { return d.appendTo(make([]byte, 0, 24)), nil }

// UnmarshalText implements encoding.TextUnmarshaler. Empty text gives the
// zero Date; other text must be as ParseDate accepts. On error, *d is
// unchanged.
func (d *Date) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*d = Date{}
		return nil
	}
	p, err := ParseDate(string(text))
	if err != nil {
		return err
	}
	*d = p
	return nil
}
