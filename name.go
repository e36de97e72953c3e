package vgt

import (
	"time"

	"golang.org/x/text/language"
)

// A NameKind says what kind of name a Name is.
type NameKind uint8

// The kinds of name. The zero NameKind is unset and not valid on a Name.
const (
	// NameKindOfficial is a name the organization uses of itself, in some language.
	NameKindOfficial NameKind = iota + 1
	// NameKindAcronym is an abbreviation by initials, such as AFP or CEOP.
	NameKindAcronym
	// NameKindShort is a shorter form in common use, such as "Interpol".
	NameKindShort
	// NameKindFormer is a name no longer in use; it stays matchable.
	NameKindFormer
	// NameKindAlias is another name by which others know the organization.
	NameKindAlias
	// NameKindWeakAlias is a name too generic to identify the organization on
	// its own (such as "the taskforce"); [Alliance.Lookup] never matches it.
	NameKindWeakAlias
)

var nameKindNames = []string{"", "official", "acronym", "short", "former", "alias", "weakAlias"}

// String returns the text form of k ("official", "acronym", ...), the empty
// string for the zero NameKind, and "NameKind(n)" for a value out of range.
func (k NameKind) String() string { return enumString("NameKind", nameKindNames, k) }

// MarshalText implements encoding.TextMarshaler.
func (k NameKind) MarshalText() ([]byte, error) { return enumMarshal("NameKind", nameKindNames, k) }

// UnmarshalText implements encoding.TextUnmarshaler; empty text gives the zero NameKind.
func (k *NameKind) UnmarshalText(text []byte) error {
	return enumUnmarshal("name kind", nameKindNames, nil, text, k)
}

// ParseNameKind returns the NameKind whose text form is s.
func ParseNameKind(s string) (NameKind, error) {
	return enumParse[NameKind]("name kind", nameKindNames, nil, s)
}

// A Name is one name of an organization or person: its text, the language
// it is in, its kind, and when it was in use.
type Name struct {
	// Text is the name itself, safe text in Unicode normalization form NFC.
	Text string
	// Lang is the language of Text; language.Und where it has none (an
	// acronym used in every language).
	Lang language.Tag
	// Kind says what kind of name this is.
	Kind NameKind
	// Period is when the name was in use; the zero Period means that no
	// dates are recorded. A name whose period has ended stays matchable.
	Period Period
}

// inUseAt reports whether n was in use at t at least as surely as c says:
// a name with no dates counts as in use at every time.
func (n Name) inUseAt(t time.Time, c Coverage) bool {
	return n.Period == (Period{}) || n.Period.Covers(t) >= c
}

// current reports whether n is still in use at the end of the record: its
// period is ongoing or carries no dates.
func (n Name) current() bool {
	return n.Period == (Period{}) || n.Period.Ongoing
}
