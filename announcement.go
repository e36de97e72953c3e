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
	// Counts are the numbers of members or partners the announcement
	// states ("12 law enforcement agencies and 11 private sector
	// partners"). The record keeps them as stated; CountChecks compares
	// each with the roster at the publication.
	Counts []StatedCount
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
	an.Counts = slices.Clone(an.Counts)
	return an
}

// A Quote is what someone said in an announcement, or an organization's
// own statement.
type Quote struct {
	// Speaker is the person quoted, or uuid.Nil for a statement that an
	// organization makes in its own name (then Organization is required).
	Speaker uuid.UUID
	// Organization is the organization the speaker spoke for, or that
	// makes the statement; uuid.Nil where the source does not say.
	Organization uuid.UUID
	// Capacity is the speaker's title, in the announcement's words
	// ("Executive Director of ECPAT International").
	Capacity string
	// Post is the alliance post the speaker spoke as, if any. Apply checks
	// that the speaker (or, for an organization's statement, the
	// organization's seat) held it when the announcement was published.
	Post Post
	// Text is what was said: the words as quoted or, for reported speech,
	// the source's paraphrase. Where a source gives only the opening
	// words, Text ends with "…".
	Text string
	// Reported marks reported speech: the source's paraphrase of what was
	// said, not the speaker's own words.
	Reported bool
}

// A StatedCount is a number of members or partners that an announcement
// states, in its own words.
type StatedCount struct {
	// N is the number stated.
	N int
	// Role is what was counted: RoleMember, RolePartner, or the zero Role
	// for members and partners counted together ("18 law enforcement
	// agencies and private sector partners").
	Role Role
	// Words are the source's words for what it counted ("law enforcement
	// agencies").
	Words string
}

// A Status says how an announcement asserts a change or a milestone. The
// zero Status is a statement that the change happened: the fold applies
// it. Every other Status keeps the change in the record, with its source,
// but never lets it make anyone a member, partner or holder.
type Status uint8

// The statuses. The zero Status is unset: the change is stated as having
// happened.
const (
	// StatusPlanned marks a change announced in advance ("will officially
	// become members at a formal signing in April 2013"). A plan may take
	// effect after its announcement's publication; a later change that
	// does the planned thing fulfils it (see Plan).
	StatusPlanned Status = iota + 1
	// StatusDisputed marks a claim that contradicts the record (an
	// article that has the AFP chair "from 2009 to 2019"). See Claim.
	StatusDisputed
	// StatusUnconfirmed marks a claim that no reliable source confirms (a
	// news site that lists the FBI as a member). See Claim.
	StatusUnconfirmed
)

var statusNames = []string{"", "planned", "disputed", "unconfirmed"}

// String returns the text form of s, the empty string for the zero Status,
// and "Status(n)" for a value out of range.
func (s Status) String() string { return enumString("Status", statusNames, s) }

// AppendText implements encoding.TextAppender: it appends the text form of
// s to b, nothing for the zero Status.
func (s Status) AppendText(b []byte) ([]byte, error) { return enumAppend("Status", statusNames, s, b) }

// MarshalText implements encoding.TextMarshaler.
func (s Status) MarshalText() ([]byte, error) { return enumMarshal("Status", statusNames, s) }

// UnmarshalText implements encoding.TextUnmarshaler; empty text gives the zero Status.
func (s *Status) UnmarshalText(text []byte) error {
	return enumUnmarshal("status", statusNames, nil, text, s)
}

// ParseStatus returns the Status whose text form is s.
func ParseStatus(s string) (Status, error) { return enumParse[Status]("status", statusNames, nil, s) }

// A ChangeKind says what a Change records.
type ChangeKind uint8

// The kinds of change. The zero ChangeKind is unset.
const (
	// ChangeKindVotedIn: the alliance voted to admit Organization in
	// Role, to join at a later signing. It makes no one a member or
	// partner; the vote stays in the record (Pending, Membership.Vote).
	ChangeKindVotedIn ChangeKind = iota + 1
	// ChangeKindJoined: Organization joined in Role (a partner in
	// Category).
	ChangeKindJoined
	// ChangeKindLeft: Organization left Role, ending any post held for
	// its seat.
	ChangeKindLeft
	// ChangeKindSucceeded: Organization's seat passed to Successor, which
	// became a member as Organization ceased to be one.
	ChangeKindSucceeded
	// ChangeKindRenamed: Organization took the name Name, ending the
	// current name of the same kind and language.
	ChangeKindRenamed
	// ChangeKindElected: Person (acting for Organization), or
	// Organization itself where Person is uuid.Nil, was elected to Post;
	// not yet in office. The election stays in the record
	// (Tenure.Election).
	ChangeKindElected
	// ChangeKindAppointed: Person (acting for Organization), or
	// Organization itself, took office in Post, ending the previous
	// holder's tenure.
	ChangeKindAppointed
	// ChangeKindListed: the announcement lists Organization in Role, or
	// as holder of Post, without saying since when. It adds the
	// announcement as a source of a membership (or tenure) that covers the
	// publication, or records one that began on or before it.
	ChangeKindListed
	// ChangeKindNamed: the announcement calls Organization by Name, a
	// name the record had not known, without saying when it came into use
	// ("Kenya National Police Service" for the Directorate of Criminal
	// Investigations). The name is recorded as in use at the publication;
	// Lookup matches it, and it ends no other name.
	ChangeKindNamed
	// ChangeKindParentChanged: from Effective, Organization is part of
	// Parent (of none where Parent is uuid.Nil): CEOP became a command of
	// the National Crime Agency on 2013-10-07.
	ChangeKindParentChanged
)

var changeKindNames = []string{"", "votedIn", "joined", "left", "succeeded", "renamed", "elected", "appointed", "listed", "named", "parentChanged"}

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

// A Change is one thing an announcement states happened (or, with a
// Status, plans or claims), with its own effective date. Which fields apply
// depends on Kind; the others must be zero.
//
// A source may name a member's seat at another level than the member
// itself: a unit (the RCMP's NCECC, ICE's Homeland Security
// Investigations) or the body the member is part of (the National Crime
// Agency for its CEOP command). Listed, elected and appointed changes, and
// quotes, resolve such a name to the member whose seat it is.
type Change struct {
	// Kind says what happened.
	Kind ChangeKind
	// Status is the zero Status for a change that happened, or says that
	// it was planned, or is disputed or unconfirmed.
	Status Status
	// Effective is when it took effect, often earlier than the
	// publication ("last month"). It must not be later than the
	// publication, except in a plan. It must be zero for ChangeKindListed
	// and ChangeKindNamed, which take the publication; ChangeKindVotedIn
	// and ChangeKindElected may leave it zero when the source gives no
	// date, for "on or before the publication".
	Effective Date
	// Organization is the organization the change is about; for
	// ChangeKindElected and ChangeKindAppointed, the agency (or a unit or
	// parent naming its seat) the holder acts for.
	Organization uuid.UUID
	// Role is the role joined, left, voted in or listed.
	Role Role
	// Category is the partner category, for a partner joining, voted in
	// or listed.
	Category PartnerCategory
	// Successor is the organization that took over the seat, for
	// ChangeKindSucceeded.
	Successor uuid.UUID
	// Name is the new name, for ChangeKindRenamed, or the name used, for
	// ChangeKindNamed.
	Name Name
	// Post is the post, for ChangeKindElected, ChangeKindAppointed and a
	// listed holder.
	Post Post
	// Person is the holder, for ChangeKindElected and ChangeKindAppointed;
	// uuid.Nil where the agency holds the post with no person named.
	Person uuid.UUID
	// Title is the holder's title as the source gives it, for elected,
	// appointed and listed holders ("Assistant Commissioner").
	Title string
	// Parent is the organization that Organization becomes part of, for
	// ChangeKindParentChanged; uuid.Nil for none.
	Parent uuid.UUID
	// Words are the source's own words for the role or the act, beside
	// the normalized Role and Category: "private industry partners", "law
	// enforcement partners", "Affiliate members", or for a claim what it
	// claims ("chaired the VGT from 2009 to 2019").
	Words string
}
