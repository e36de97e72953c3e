// Package isodate writes a vgt.Date in the reduced ISO 8601 form that
// Popolo, schema.org and FollowTheMoney take ("2003", "2010-06",
// "2007-10-30"), for the packages that export to them.
//
// A Date that is a year, a month or a day is already in that form. A day
// known only to lie in a range ("[2011-04-07..2011-05-31]") has no ISO 8601
// form; the nearest honest one is the finest year, month or day that
// contains every day of the range: the common prefix of its bounds, "2011"
// here. Where the bounds share no year ("[2005-05-24..2009]", an open
// range, the zero Date) there is none, and Reduced returns "": no format
// gets an invented day.
package isodate

import (
	"time"

	"github.com/virtualglobaltaskforce/vgt"
)

// Reduced returns the finest reduced ISO 8601 date (YYYY-MM-DD, YYYY-MM or
// YYYY) that contains every day d can denote, or "" if no year does.
func Reduced(d vgt.Date) string {
	lo, hi := d.Earliest().Format(time.DateOnly), d.Latest().Format(time.DateOnly)
	// Earliest is the first day d can denote and Latest the last, so the
	// longest common prefix of the two that ends on a unit boundary (day,
	// month, year) is the finest unit that holds them both.
	for _, n := range [...]int{len("2006-01-02"), len("2006-01"), len("2006")} {
		if lo[:n] == hi[:n] {
			return lo[:n]
		}
	}
	return ""
}
