package synth

import "math"

// Days are counted from 1970-01-01 (day 0) in the proleptic Gregorian
// calendar, as int32, which covers the years 0001 to 9999 the library's
// dates can name.

// noDay marks an organization that no dated change has touched yet.
const noDay int32 = math.MinInt32

var (
	minDay = daysFromCivil(1, 1, 1)      // 0001-01-01, the Earliest of an open start
	maxDay = daysFromCivil(9999, 12, 31) // 9999-12-31, the Latest of an open end
	firstD = daysFromCivil(2003, 1, 1)   // the first publication
	lastD  = daysFromCivil(2024, 12, 31) // the last publication
	spanD  = int64(lastD - firstD)
)

// daysFromCivil returns the day number of y-m-d (H. Hinnant's algorithm).
func daysFromCivil(y, m, d int) int32 {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 {
		era = (y - 399) / 400
	}
	yoe := y - era*400
	mp := m + 9
	if m > 2 {
		mp = m - 3
	}
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return int32(era*146097 + doe - 719468)
}

// civilFromDays is the inverse of daysFromCivil.
func civilFromDays(z int32) (y, m, d int) {
	zz := int(z) + 719468
	era := zz / 146097
	if zz < 0 {
		era = (zz - 146096) / 146097
	}
	doe := zz - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	if mp < 10 {
		m = mp + 3
	} else {
		m = mp - 9
	}
	if m <= 2 {
		y++
	}
	return y, m, d
}

// civ is one bound of a date as written: a year, a month (d == 0) or a day;
// y == 0 is an open bound.
type civ struct {
	y    int16
	m, d int8
}

func (c civ) earliest() int32 { return daysFromCivil(int(c.y), max(int(c.m), 1), max(int(c.d), 1)) }

func (c civ) latest() int32 {
	switch {
	case c.m == 0:
		return daysFromCivil(int(c.y), 12, 31)
	case c.d == 0:
		return daysFromCivil(int(c.y)+int(c.m)/12, int(c.m)%12+1, 1) - 1
	}
	return daysFromCivil(int(c.y), int(c.m), int(c.d))
}

func (c civ) appendTo(b []byte) []byte {
	y := int(c.y)
	b = append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10))
	if c.m != 0 {
		b = append(b, '-', byte('0'+c.m/10), byte('0'+c.m%10))
	}
	if c.d != 0 {
		b = append(b, '-', byte('0'+c.d/10), byte('0'+c.d%10))
	}
	return b
}

// date is a library Date: a simple date (lo) or a range [lo..hi], with its
// Earliest and Latest day, which is all the generator reasons with.
type date struct {
	lo, hi civ
	rng    bool
	e, l   int32
}

func dayCiv(z int32) civ {
	y, m, d := civilFromDays(z)
	return civ{int16(y), int8(m), int8(d)}
}

func simple(c civ) date { return date{lo: c, e: c.earliest(), l: c.latest()} }

func dayDate(z int32) date { return simple(dayCiv(z)) }

func monthDate(y, m int) date { return simple(civ{int16(y), int8(m), 0}) }

func yearDate(y int) date { return simple(civ{int16(y), 0, 0}) }

// rangeDate returns [lo..hi]. The caller makes sure that the bounds are
// disjoint and ordered (lo.latest() < hi.earliest()), as the library wants.
func rangeDate(lo, hi civ) date {
	d := date{lo: lo, hi: hi, rng: true, e: minDay, l: maxDay}
	if lo.y != 0 {
		d.e = lo.earliest()
	}
	if hi.y != 0 {
		d.l = hi.latest()
	}
	return d
}

// hiBound returns the Earliest of the upper bound of d as the library's
// Date.Bounds gives it: d itself for a simple date.
func (d date) hiBoundEarliest() int32 {
	if !d.rng {
		return d.e
	}
	if d.hi.y == 0 {
		return maxDay
	}
	return d.hi.earliest()
}

func (d date) appendTo(b []byte) []byte {
	if !d.rng {
		return d.lo.appendTo(b)
	}
	b = append(b, '[')
	if d.lo.y != 0 {
		b = d.lo.appendTo(b)
	}
	b = append(b, '.', '.')
	if d.hi.y != 0 {
		b = d.hi.appendTo(b)
	}
	return append(b, ']')
}

// addMonths returns the month k months after y-m.
func addMonths(y, m, k int) (int, int) {
	t := y*12 + (m - 1) + k
	return t / 12, t%12 + 1
}
