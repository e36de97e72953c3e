package vgt

import (
	"iter"
	"slices"

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
	// RCMP), or uuid.Nil.
	Parent uuid.UUID

	names        []Name
	jurisdiction Jurisdiction
	kind         MemberKind
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

// deriveNames sets Name and Acronym from the names.
func (o *Organization) deriveNames() {
	o.Name, o.Acronym = "", ""
	var first string
	for _, n := range o.names {
		if !n.current() {
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
	if o.Name == "" && len(o.names) > 0 {
		o.Name = o.names[0].Text
	}
}

func isEnglish(t language.Tag) bool {
	b, _ := t.Base()
	return b.String() == "en"
}

// NameIn returns the organization's current official name in the language
// of t (Servizio Polizia Postale e delle Comunicazioni in Italian), or Name
// where it has none in that language.
func (o Organization) NameIn(t language.Tag) string {
	want, _ := t.Base()
	for _, n := range o.names {
		if n.Kind == NameKindOfficial && n.current() {
			if b, _ := n.Lang.Base(); b == want {
				return n.Text
			}
		}
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
