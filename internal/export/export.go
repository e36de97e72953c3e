// Package export holds what the packages that export an alliance to other
// formats (popolo, schemaorg, ftm) need alike and the vgt API does not give
// directly: a Date in reduced ISO 8601 and a note of what it leaves out,
// the alliance's own name, which organizations are government bodies, a
// post's name, and how a JSON document is written.
package export

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/google/uuid"
	"golang.org/x/text/language"

	"github.com/virtualglobaltaskforce/vgt"
)

// ISODate returns the finest reduced ISO 8601 date (YYYY-MM-DD, YYYY-MM or
// YYYY) that contains every day d can denote, or "" if no year does.
//
// A Date that is a year, a month or a day is already in that form, and
// comes back as it is. A day known only to lie in a range
// ("[2011-04-07..2011-05-31]") has no ISO 8601 form; the nearest honest one
// is the finest year, month or day that contains every day of the range:
// the common prefix of its bounds, "2011" here. Where the bounds share no
// year ("[2005-05-24..2009]", an open range, the zero Date) there is none:
// no format gets an invented day.
func ISODate(d vgt.Date) string {
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

// PeriodNote returns what a format's ISO 8601 start and end dates (as
// ISODate writes them) leave out of p, in EDTF, the text form of
// vgt.Period: "Period (EDTF): 2003/" for a period that ended at an unknown
// date, which an end date left out would otherwise confuse with an ongoing
// one; "Period (EDTF): [2005-05-24..2009]/.." for one whose start is known
// only to lie in a range. It returns "" where the dates say it all: both
// ends are simple Dates (or the period is ongoing) and the start is known.
func PeriodNote(p vgt.Period) string {
	if p.Start.IsZero() || p.Start.IsRange() || p.End.IsRange() || !p.Ongoing && p.End.IsZero() {
		return "Period (EDTF): " + p.String()
	}
	return ""
}

// Name returns the name to show for the alliance, from its names: the
// first official name in English, or else the first official name, or else
// the first name ("" for none). An Organization has this as its Name; the
// alliance's Facts do not.
func Name(ns []vgt.Name) string {
	for _, ok := range []func(vgt.Name) bool{
		func(n vgt.Name) bool { return n.Kind == vgt.NameKindOfficial && n.Lang == language.English },
		func(n vgt.Name) bool { return n.Kind == vgt.NameKindOfficial },
		func(vgt.Name) bool { return true },
	} {
		if i := slices.IndexFunc(ns, ok); i >= 0 {
			return ns[i].Text
		}
	}
	return ""
}

// Government returns the organizations of a that are government bodies
// as far as the record shows: the law-enforcement agencies (those with a
// jurisdiction, members or not, such as the FBI that a source claims is
// one), the bodies they are part of, and the units of either (NCECC of the
// RCMP, ICE of DHS). The record says nothing of what a partner is: its
// category is what the alliance admitted it as.
func Government(a *vgt.Alliance) map[uuid.UUID]bool {
	government := map[uuid.UUID]bool{}
	parent := map[uuid.UUID]uuid.UUID{}
	var agencies []uuid.UUID
	for o := range a.Organizations() {
		parent[o.ID] = o.Parent
		if o.Authority().IsValid() {
			agencies = append(agencies, o.ID)
		}
	}
	for m := range a.Members() {
		agencies = append(agencies, m.ID)
	}
	for _, agency := range agencies {
		for id := agency; id != uuid.Nil && !government[id]; id = parent[id] {
			government[id] = true
		}
	}
	// Down to every unit of a marked body; each pass marks one more level.
	for changed := true; changed; {
		changed = false
		for id, p := range parent {
			if !government[id] && government[p] {
				government[id], changed = true, true
			}
		}
	}
	return government
}

// PostLabel returns the name of a post for people: "Chair".
func PostLabel(p vgt.Post) string {
	s := p.String()
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// WriteJSON writes v as one indented JSON document ending in a newline,
// with errors prefixed by pkg ("popolo: ..."). It leaves "&", "<" and ">"
// as they are, so that names such as "Missing & Exploited" stay readable:
// the document is not meant to be embedded in HTML.
func WriteJSON(w io.Writer, v any, pkg string) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("%s: %w", pkg, err)
	}
	return nil
}
