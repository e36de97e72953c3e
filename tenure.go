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
// itself where no person is named.
type Tenure struct {
	// Post is the office held.
	Post Post
	// Person is the holder, or uuid.Nil where the agency holds the post
	// with no person named.
	Person uuid.UUID
	// Agency is the member the holder acts for. When a member's seat passes
	// to a successor, a tenure held for it ends and the holder's tenure
	// goes on for the successor.
	Agency uuid.UUID
	// Elected is when the holder was elected, if an announcement said so;
	// zero otherwise.
	Elected Date
	// Period is when the holder was in office.
	Period Period

	sources []uuid.UUID
}

// Sources returns the IDs of the announcements that stated this tenure, in
// the order they were applied.
func (t Tenure) Sources() []uuid.UUID { return slices.Clone(t.sources) }

// An Admission is a pending decision of the alliance: an organization voted
// in (or a holder elected to a post) that has not yet joined (or taken
// office).
type Admission struct {
	// Kind is VotedIn or Elected.
	Kind ChangeKind
	// Organization is the organization voted in, or the agency of the
	// holder-elect.
	Organization uuid.UUID
	// Role and Category are what the organization was voted in as.
	Role     Role
	Category PartnerCategory
	// Post and Person are the post and holder-elect, for Elected.
	Post   Post
	Person uuid.UUID
	// Date is when the vote or election took place.
	Date Date

	sources []uuid.UUID
}

// Sources returns the IDs of the announcements that stated the admission.
func (a Admission) Sources() []uuid.UUID { return slices.Clone(a.sources) }
