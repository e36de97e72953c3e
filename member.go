package vgt

import (
	"iter"
	"slices"

	"github.com/google/uuid"
)

// A MemberKind says what kind of law-enforcement body a member is.
type MemberKind uint8

// The kinds of member. The zero MemberKind is unset.
const (
	// MemberKindNationalAgency is a law-enforcement agency of one state, such as the
	// Australian Federal Police.
	MemberKindNationalAgency MemberKind = iota + 1
	// MemberKindInternationalOrganization is a law-enforcement body of many states,
	// such as INTERPOL or Europol.
	MemberKindInternationalOrganization
)

var memberKindNames = []string{"", "nationalAgency", "internationalOrganization"}

// String returns the text form of k, the empty string for the zero
// MemberKind, and "MemberKind(n)" for a value out of range.
func (k MemberKind) String() string { return enumString("MemberKind", memberKindNames, k) }

// MarshalText implements encoding.TextMarshaler.
func (k MemberKind) MarshalText() ([]byte, error) {
	return enumMarshal("MemberKind", memberKindNames, k)
}

// UnmarshalText implements encoding.TextUnmarshaler; empty text gives the zero MemberKind.
func (k *MemberKind) UnmarshalText(text []byte) error {
	return enumUnmarshal("member kind", memberKindNames, nil, text, k)
}

// ParseMemberKind returns the MemberKind whose text form is s.
func ParseMemberKind(s string) (MemberKind, error) {
	return enumParse[MemberKind]("member kind", memberKindNames, nil, s)
}

// A Member is a law-enforcement agency that is or was a member of the
// alliance, with its history of membership.
type Member struct {
	Organization
	// Jurisdiction is the territory over which the agency has authority.
	Jurisdiction Jurisdiction
	// Kind says whether it is a national agency or an international
	// organization.
	Kind MemberKind

	memberships []Membership
}

// Memberships returns the member's periods of membership, oldest first.
func (m Member) Memberships() iter.Seq[Membership] { return slices.Values(m.memberships) }

// Membership returns the member's latest period of membership.
func (m Member) Membership() Membership { return latest(m.memberships) }

// latest returns the last of ms, or the zero Membership.
func latest(ms []Membership) Membership {
	if len(ms) == 0 {
		return Membership{}
	}
	return ms[len(ms)-1]
}

// A Membership is one period in which an organization was a member or a
// partner, with the announcements that stated it.
type Membership struct {
	// Period is when the organization was a member or partner. Ongoing
	// means ongoing as recorded through the record's horizon
	// (Alliance.RecordedThrough): no source states a departure.
	Period Period
	// Category is the partner category; zero for a member.
	Category PartnerCategory
	// Predecessor is the member whose seat this membership took over
	// (CEOP took over the seat of the National Crime Squad), or uuid.Nil.
	Predecessor uuid.UUID
	// Successor is the member that took over the seat when this membership
	// ended, or uuid.Nil.
	Successor uuid.UUID
	// Unit is the part of the organization that the latest announcement
	// listing it named as holding the seat (the RCMP's National Child
	// Exploitation Coordination Centre), or uuid.Nil. A snapshot shows a
	// unit only from the first announcement that named it.
	Unit uuid.UUID
	// Vote is the vote that admitted the organization, if an announcement
	// recorded one; the zero Admission otherwise.
	Vote Admission
	// LastConfirmed is the publication date of the latest announcement
	// that stated or listed the membership: how recently a source
	// confirmed it.
	LastConfirmed Date

	sources  []uuid.UUID
	words    []string
	plans    []uuid.UUID
	unitFrom Date // publication of the first announcement naming Unit
}

// Sources returns the IDs of the announcements that stated this membership,
// in the order they were applied.
func (m Membership) Sources() []uuid.UUID { return slices.Clone(m.sources) }

// Words returns the sources' own words for the role ("private industry
// partners", "member countries"), each once, in the order they were
// applied.
func (m Membership) Words() []string { return slices.Clone(m.words) }

// Plans returns the IDs of the announcements whose plans this membership
// fulfilled, in the order they were applied.
func (m Membership) Plans() []uuid.UUID { return slices.Clone(m.plans) }
