package vgt

import (
	"slices"

	"golang.org/x/text/collate"
	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
)

// SortMembers sorts members by their names in language t (NameIn), in the
// order of t's collation ("Émirats" among the E's in French). Each call
// uses its own collate.Collator, since a Collator is not safe for
// concurrent use.
func SortMembers(ms []Member, t language.Tag) {
	c := collate.New(t, collate.Loose)
	slices.SortStableFunc(ms, func(x, y Member) int { return c.CompareString(x.NameIn(t), y.NameIn(t)) })
}

// SortPartners sorts partners by their names in language t, in the order
// of t's collation.
func SortPartners(ps []Partner, t language.Tag) {
	c := collate.New(t, collate.Loose)
	slices.SortStableFunc(ps, func(x, y Partner) int { return c.CompareString(x.NameIn(t), y.NameIn(t)) })
}

// messages is the package's own catalog of the few sentences it composes,
// in English and French. It is built once and only read after, and it is
// never the global catalog (message.DefaultCatalog), so that a program
// importing the package keeps its own.
var messages = func() catalog.Catalog {
	b := catalog.NewBuilder(catalog.Fallback(language.English))
	set := func(t language.Tag, key string, one, other string) {
		if err := b.Set(t, key, plural.Selectf(1, "%d", plural.One, one, plural.Other, other)); err != nil {
			panic(err) // the catalog is a constant; a bad entry is a bug
		}
	}
	set(language.English, "%d member agencies", "%d member agency", "%d member agencies")
	set(language.French, "%d member agencies", "%d service membre", "%d services membres")
	set(language.English, "%d partners", "%d partner", "%d partners")
	set(language.French, "%d partners", "%d partenaire", "%d partenaires")
	set(language.English, "%d announcements", "%d announcement", "%d announcements")
	set(language.French, "%d announcements", "%d annonce", "%d annonces")
	return b
}()

var messageMatcher = language.NewMatcher(messages.Languages())

// Count returns a count of things in language t with the plural form the
// language needs: Count(language.French, 1, Partners) is "1 partenaire".
// Languages the package has no messages for get English.
func Count(t language.Tag, n int, what Counted) string {
	// The printer is for the catalog language that best matches t, so that a
	// language the catalog lacks gets English words and English plurals.
	tag, _, _ := messageMatcher.Match(t)
	p := message.NewPrinter(tag, message.Catalog(messages))
	return p.Sprintf(countKeys[what], n)
}

// Counted names what Count counts.
type Counted uint8

// The things Count counts. The zero Counted is unset.
const (
	CountedMemberAgencies Counted = iota + 1
	CountedPartners
	CountedAnnouncements
)

var countKeys = [...]string{"", "%d member agencies", "%d partners", "%d announcements"}
