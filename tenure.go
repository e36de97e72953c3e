package vgt

import (
	"slices"

	"github.com/google/uuid"
)

// A Post is an office of the alliance.
type Post uint8

// The posts. The zero Post is unset.
const (
	// PostChair chairs the alliance.
	PostChair Post = iota + 1
)

var postNames = []string{"", "chair"}

// String returns the text form of p, the empty string for the zero Post,
// and "Post(n)" for a value out of range.
func (p Post) String() string { return enumString("Post", postNames, p) }

// MarshalText implements encoding.TextMarshaler.
func (p Post) MarshalText() ([]byte, error) { return enumMarshal("Post", postNames, p) }

// UnmarshalText implements encoding.TextUnmarshaler; empty text gives the zero Post.
func (p *Post) UnmarshalText(text []byte) error {
	return enumUnmarshal("post", postNames, nil, text, p)
}

// ParsePost returns the Post whose text form is s.
func ParsePost(s string) (Post, error) { return enumParse[Post]("post", postNames, nil, s) }

// A Tenure is one holder's time in a post, with the announcements that
// stated it. The holder is a person acting for an agency, or the agency
// itself where no person is named. The post belongs to the agency's seat:
// where the sources name a unit of the member (ICE's Homeland Security
// Investigations for the seat of the Department of Homeland Security) or
// the body the member is part of (the National Crime Agency for its CEOP
// command), Agency is the member and Unit the organization named.
type Tenure struct {
	// Post is the office held.
	Post Post
	// Person is the holder, or uuid.Nil where the agency holds the post
	// with no person named.
	Person uuid.UUID
	// Agency is the member whose seat holds the post. When a member's
	// seat passes to a successor, a tenure held for it ends and the
	// holder's tenure goes on for the successor; when a member leaves, its
	// tenures end.
	Agency uuid.UUID
	// Unit is the organization the sources name as holder where it is not
	// the member itself (a unit of the member, or the body it is part
	// of), or uuid.Nil.
	Unit uuid.UUID
	// Title is the holder's title as the source gives it, or empty.
	Title string
	// Election is the election that led to the tenure, if an announcement
	// recorded one; the zero Admission otherwise.
	Election Admission
	// Period is when the holder was in office.
	Period Period

	sources []uuid.UUID
	plans   []uuid.UUID
}

// Sources returns the IDs of the announcements that stated this tenure, in
// the order they were applied.
func (t Tenure) Sources() []uuid.UUID { return slices.Clone(t.sources) }

// Plans returns the IDs of the announcements whose plans this tenure
// fulfilled ("the AFP will chair from November 2024"), in the order they
// were applied.
func (t Tenure) Plans() []uuid.UUID { return slices.Clone(t.plans) }

// An Admission is a decision of the alliance: an organization voted in (or
// a holder elected to a post), pending until it joins (or takes office).
// The decision stays in the record after that: Fulfilled says when the
// membership or tenure it led to began, and the membership or tenure
// carries it (Membership.Vote, Tenure.Election).
type Admission struct {
	// Kind is ChangeKindVotedIn or ChangeKindElected.
	Kind ChangeKind
	// Organization is the organization voted in, or the agency (or the
	// unit or parent naming its seat) of the holder-elect.
	Organization uuid.UUID
	// Role and Category are what the organization was voted in as.
	Role     Role
	Category PartnerCategory
	// Post and Person are the post and holder-elect, for an election;
	// Person is uuid.Nil where an agency was elected with no person named.
	Post   Post
	Person uuid.UUID
	// Date is when the vote or election took place; "on or before" the
	// publication where the source gives no date.
	Date Date
	// Words are the source's own words for what the organization was
	// voted in as ("law enforcement partners").
	Words string
	// Fulfilled is when the membership or tenure it led to began; the
	// zero Date while it is pending.
	Fulfilled Date

	sources []uuid.UUID
	seat    uuid.UUID // the member whose seat an election names
}

// IsZero reports whether a is the zero Admission: no vote or election.
func (a Admission) IsZero() bool { return a.Kind == 0 }

// Sources returns the IDs of the announcements that stated the admission.
func (a Admission) Sources() []uuid.UUID { return slices.Clone(a.sources) }
