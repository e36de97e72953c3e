package vgt

import (
	"slices"

	"github.com/google/uuid"
	"golang.org/x/text/language"
)

// An Announcement is a dated public record through which the alliance, or
// one of its members, speaks: a press release or news item, with its quotes
// and the changes it states. Applying announcements in order of publication
// gives the state of the alliance.
type Announcement struct {
	// ID identifies the announcement for good; see the package doc.
	ID uuid.UUID
	// Title is the title as published, in Language.
	Title string
	// Published is when the announcement was published; an undated release
	// carries the bounds the evidence gives, such as
	// "[2011-04-07..2011-05-31]". It must not be zero.
	Published Date
	// Publisher names who published it, such as "Europol".
	Publisher string
	// Source is where the announcement can be read: an absolute http or
	// https URL.
	Source string
	// Language is the language of the announcement.
	Language language.Tag
	// Tags are the publisher's tags, in the publisher's words.
	Tags []string
	// Quotes are the people quoted, in order.
	Quotes []Quote
	// Changes are what the announcement states happened, each with its own
	// effective date.
	Changes []Change
	// Organizations are organizations this announcement introduces: the
	// alliance learns of them here, and the changes may name them.
	Organizations []Organization
	// People are people this announcement introduces.
	People []Person
}

// clone returns a deep copy of an, so that no caller can change a record
// the alliance holds.
func (an Announcement) clone() Announcement {
	an.Tags = slices.Clone(an.Tags)
	an.Quotes = slices.Clone(an.Quotes)
	an.Changes = slices.Clone(an.Changes)
	an.Organizations = slices.Clone(an.Organizations)
	for i := range an.Organizations {
		an.Organizations[i].names = slices.Clip(an.Organizations[i].names)
	}
	an.People = slices.Clone(an.People)
	return an
}

// A Quote is what someone said in an announcement.
type Quote struct {
	// Speaker is the person quoted.
	Speaker uuid.UUID
	// Capacity is the capacity in which the speaker spoke, in the
	// announcement's words ("Executive Director of ECPAT International").
	Capacity string
	// Post is the alliance post the speaker spoke as, if any. Apply checks
	// that the speaker held it when the announcement was published.
	Post Post
	// Text is what was said.
	Text string
}

// A ChangeKind says what a Change records.
type ChangeKind uint8

// The kinds of change. The zero ChangeKind is unset.
const (
	// ChangeKindVotedIn: the alliance voted to admit Organization in Role, to join at a
	// later signing; it is pending, not yet a member or partner.
	ChangeKindVotedIn ChangeKind = iota + 1
	// ChangeKindJoined: Organization joined in Role (a partner in Category).
	ChangeKindJoined
	// ChangeKindLeft: Organization left Role.
	ChangeKindLeft
	// ChangeKindSucceeded: Organization's seat passed to Successor, which became a
	// member as Organization ceased to be one.
	ChangeKindSucceeded
	// ChangeKindRenamed: Organization took the name Name.
	ChangeKindRenamed
	// ChangeKindElected: Person (acting for Organization), or Organization itself
	// where Person is uuid.Nil, was elected to Post; not yet in office.
	ChangeKindElected
	// ChangeKindAppointed: Person (acting for Organization), or Organization itself,
	// took office in Post, ending the previous holder's tenure.
	ChangeKindAppointed
	// ChangeKindListed: the announcement lists Organization in Role without saying
	// since when. It adds the announcement as a source of a membership
	// that covers the publication, or records one that began on or before
	// it.
	ChangeKindListed
)

var changeKindNames = []string{"", "votedIn", "joined", "left", "succeeded", "renamed", "elected", "appointed", "listed"}

// String returns the text form of k, the empty string for the zero
// ChangeKind, and "ChangeKind(n)" for a value out of range.
func (k ChangeKind) String() string { return enumString("ChangeKind", changeKindNames, k) }

// MarshalText implements encoding.TextMarshaler.
func (k ChangeKind) MarshalText() ([]byte, error) {
	return enumMarshal("ChangeKind", changeKindNames, k)
}

// UnmarshalText implements encoding.TextUnmarshaler; empty text gives the zero ChangeKind.
func (k *ChangeKind) UnmarshalText(text []byte) error {
	return enumUnmarshal("change kind", changeKindNames, nil, text, k)
}

// ParseChangeKind returns the ChangeKind whose text form is s.
func ParseChangeKind(s string) (ChangeKind, error) {
	return enumParse[ChangeKind]("change kind", changeKindNames, nil, s)
}

// A Role is the standing an organization has in the alliance.
type Role uint8

// The roles. The zero Role is unset.
const (
	// RoleMember is a law-enforcement member.
	RoleMember Role = iota + 1
	// RolePartner is a private-sector or non-governmental partner.
	RolePartner
)

var roleNames = []string{"", "member", "partner"}

// String returns the text form of r, the empty string for the zero Role,
// and "Role(n)" for a value out of range.
func (r Role) String() string { return enumString("Role", roleNames, r) }

// MarshalText implements encoding.TextMarshaler.
func (r Role) MarshalText() ([]byte, error) { return enumMarshal("Role", roleNames, r) }

// UnmarshalText implements encoding.TextUnmarshaler; empty text gives the zero Role.
func (r *Role) UnmarshalText(text []byte) error {
	return enumUnmarshal("role", roleNames, nil, text, r)
}

// ParseRole returns the Role whose text form is s.
func ParseRole(s string) (Role, error) { return enumParse[Role]("role", roleNames, nil, s) }

// A Change is one thing an announcement states happened, with its own
// effective date. Which fields apply depends on Kind; the others must be
// zero.
type Change struct {
	// Kind says what happened.
	Kind ChangeKind
	// Effective is when it took effect, often earlier than the
	// publication ("last month"). It must not be later than the
	// publication. It must be zero for Listed, which takes the publication.
	Effective Date
	// Organization is the organization the change is about; for Elected
	// and Appointed, the agency the holder acts for.
	Organization uuid.UUID
	// Role is the role joined, left, voted in or listed.
	Role Role
	// Category is the partner category, for a partner joining or voted in.
	Category PartnerCategory
	// Successor is the organization that took over the seat, for Succeeded.
	Successor uuid.UUID
	// Name is the new name, for Renamed.
	Name Name
	// Post is the post, for Elected and Appointed.
	Post Post
	// Person is the holder, for Elected and Appointed; uuid.Nil where the
	// agency holds the post with no person named.
	Person uuid.UUID
}
