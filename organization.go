package vgt

import (
	"iter"
	"slices"
	"time"

	"github.com/google/uuid"
	"golang.org/x/text/language"
)

// An Organization is who an agency or partner is: the facts that do not come
// and go with membership. Member and Partner embed it.
//
// Name and Acronym are derived from the organization's names, for display:
// Name is its current official name in English (or, lacking one, its first
// current official name), and Acronym its current acronym. Every name,
// former ones included, is available from Names.
type Organization struct {
	// ID identifies the organization for good; see the package doc.
	ID uuid.UUID
	// Name is the current official name, in English where there is one.
	Name string
	// Acronym is the current acronym, or empty.
	Acronym string
	// Website is the organization's own site, an absolute http or https
	// URL, or empty.
	Website string
	// Parent is the organization this one is part of (NCECC is part of the
	// RCMP), or uuid.Nil: at the end of the record, or on a snapshot at its
	// time. In a record's organizations, and in an announcement that
	// introduces one, it is the parent the organization had when the
	// record first knew it; a ChangeKindParentChanged change moves it, and
	// Parents gives the whole history.
	Parent uuid.UUID

	names        []Name
	jurisdiction Jurisdiction
	kind         MemberKind
	parents      []Affiliation // from the fold; nil before it
	asOf         time.Time     // a snapshot's time, for an organization as it was then
}

// An Affiliation is a period in which an organization was part of another:
// CEOP was part of the National Crime Agency from 2013-10-07.
type Affiliation struct {
	// Parent is the organization it was part of, or uuid.Nil for a period
	// in which it was part of none.
	Parent uuid.UUID
	// Period is when; the zero Period where no dates are recorded (the
	// parent the record first knew).
	Period Period
}

// Parents returns the organization's parents over time, oldest first: the
// parent the record first knew, then one for each ChangeKindParentChanged
// change. An organization that was never part of another yields nothing.
func (o Organization) Parents() iter.Seq[Affiliation] {
	return func(yield func(Affiliation) bool) {
		if o.parents == nil {
			if o.Parent != uuid.Nil {
				yield(Affiliation{Parent: o.Parent})
			}
			return
		}
		for _, a := range o.parents {
			if !yield(a) {
				return
			}
		}
	}
}

// at returns o as it was at t: named by the names in use then (those whose
// period certainly covers t, or, lacking one of a kind, possibly covers
// it; names with no dates always count), and with the parent it had then.
func (o Organization) at(t time.Time) Organization {
	o.Name, o.Acronym, o.asOf = "", "", t
	o.deriveNamesBy(func(n Name) bool { return n.inUseAt(t, CoverageCertain) })
	if o.Name == "" {
		o.deriveNamesBy(func(n Name) bool { return n.inUseAt(t, CoveragePossible) })
	}
	if o.Name == "" {
		o.deriveNames()
	}
	if len(o.parents) > 0 {
		o.Parent = uuid.Nil
		for _, a := range o.parents {
			if a.Period == (Period{}) || a.Period.Covers(t) != CoverageNone {
				o.Parent = a.Parent
			}
		}
	}
	return o
}

// NewOrganization returns an organization with the given ID and names, for
// an announcement to introduce. j and kind are the jurisdiction and kind of
// an agency that may join as a member; a partner may leave them zero. The
// names are copied; Name and Acronym are derived from them. Set Website and
// Parent on the result as needed; Apply validates it all.
func NewOrganization(id uuid.UUID, names []Name, j Jurisdiction, kind MemberKind) Organization {
	o := Organization{ID: id, names: slices.Clip(slices.Clone(names)), jurisdiction: j, kind: kind}
	o.deriveNames()
	return o
}

// Authority returns the jurisdiction over which the organization has
// authority as a law-enforcement agency, and the zero Jurisdiction for one
// that is not an agency (a partner). It is not named Jurisdiction because
// Member has a field of that name, which would hide the method on a Member
// and leave m.Jurisdiction and p.Jurisdiction() meaning the same thing in
// two spellings; on a Member, m.Authority() == m.Jurisdiction.
func (o Organization) Authority() Jurisdiction { return o.jurisdiction }

// MemberKind returns the kind of member the organization is or may become
// (a national agency, an international organization), and zero for one that
// is not an agency. On a Member, m.MemberKind() == m.Kind.
func (o Organization) MemberKind() MemberKind { return o.kind }

// Names returns every name of the organization, current and former, in the
// order they were recorded.
func (o Organization) Names() iter.Seq[Name] { return slices.Values(o.names) }

// deriveNames sets Name and Acronym from the names in use at the end of
// the record.
func (o *Organization) deriveNames() {
	o.Name, o.Acronym = "", ""
	o.deriveNamesBy(Name.current)
	if o.Name == "" && len(o.names) > 0 {
		o.Name = o.names[0].Text
	}
}

// deriveNamesBy sets Name and Acronym, where they are empty, from the
// names that inUse accepts: the first official name in English (or, lacking
// one, the first official name), and the first acronym.
func (o *Organization) deriveNamesBy(inUse func(Name) bool) {
	var first string
	for _, n := range o.names {
		if !inUse(n) {
			continue
		}
		switch n.Kind {
		case NameKindOfficial:
			if first == "" {
				first = n.Text
			}
			if o.Name == "" && isEnglish(n.Lang) {
				o.Name = n.Text
			}
		case NameKindAcronym:
			if o.Acronym == "" {
				o.Acronym = n.Text
			}
		}
	}
	if o.Name == "" {
		o.Name = first
	}
}

func isEnglish(t language.Tag) bool {
	b, _ := t.Base()
	return b.String() == "en"
}

// NameIn returns the organization's official name in the language of t
// (Servizio Polizia Postale e delle Comunicazioni in Italian), or Name
// where it has none in that language: the current name, or on an
// organization from a snapshot (see Alliance.AsOf), the name in use at
// the snapshot's time.
func (o Organization) NameIn(t language.Tag) string {
	want, _ := t.Base()
	pick := func(inUse func(Name) bool) string {
		for _, n := range o.names {
			if n.Kind == NameKindOfficial && inUse(n) {
				if b, _ := n.Lang.Base(); b == want {
					return n.Text
				}
			}
		}
		return ""
	}
	if o.asOf.IsZero() {
		if s := pick(Name.current); s != "" {
			return s
		}
		return o.Name
	}
	if s := pick(func(n Name) bool { return n.inUseAt(o.asOf, CoverageCertain) }); s != "" {
		return s
	}
	if s := pick(func(n Name) bool { return n.inUseAt(o.asOf, CoveragePossible) }); s != "" {
		return s
	}
	return o.Name
}

// DisplayName returns "Name (ACRONYM)", or Name alone where there is no
// acronym or the name is the acronym.
func (o Organization) DisplayName() string {
	if o.Acronym == "" || o.Acronym == o.Name {
		return o.Name
	}
	return o.Name + " (" + o.Acronym + ")"
}

// A Person is someone who holds a post or speaks in an announcement.
type Person struct {
	// ID identifies the person for good; see the package doc.
	ID uuid.UUID
	// Name is the person's name as the sources give it.
	Name string
}
