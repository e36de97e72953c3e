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

// languages are the languages of the package's messages, English first:
// it is what a language the package lacks gets.
var languages = []language.Tag{
	language.English, language.French, language.Italian, language.Spanish, language.German, language.Arabic,
}

// Languages returns the languages the package's messages are in (Count's
// words): English, French, Italian, Spanish, German and Arabic, English
// first. A program that shows the package's words in its reader's language
// can build a language.Matcher from them.
func Languages() []language.Tag { return slices.Clone(languages) }

// countForms are the words of one Counted in one language, by CLDR plural
// category. Only Arabic uses zero, two, few and many; a language that does
// not leaves them empty and never selects them.
type countForms struct {
	zero, one, two, few, many, other string
}

// countWords are Count's words: countWords[what][i] is the entry for
// languages[i]. The one and two forms of Arabic name the number in words
// ("شريك واحد", "شريكان"), as Arabic does, and zero says "no partners".
var countWords = [...][6]countForms{
	CountedMemberAgencies: {
		{one: "%d member agency", other: "%d member agencies"},
		{one: "%d service membre", other: "%d services membres"},
		{one: "%d agenzia membro", other: "%d agenzie membro"},
		{one: "%d agencia miembro", other: "%d agencias miembro"},
		{one: "%d Mitgliedsbehörde", other: "%d Mitgliedsbehörden"},
		{zero: "لا وكالات أعضاء", one: "وكالة عضو واحدة", two: "وكالتان عضوان", few: "%d وكالات أعضاء", many: "%d وكالةً عضوًا", other: "%d وكالة عضو"},
	},
	CountedPartners: {
		{one: "%d partner", other: "%d partners"},
		{one: "%d partenaire", other: "%d partenaires"},
		{one: "%d partner", other: "%d partner"},
		{one: "%d socio", other: "%d socios"},
		{one: "%d Partner", other: "%d Partner"},
		{zero: "لا شركاء", one: "شريك واحد", two: "شريكان", few: "%d شركاء", many: "%d شريكًا", other: "%d شريك"},
	},
	CountedAnnouncements: {
		{one: "%d announcement", other: "%d announcements"},
		{one: "%d annonce", other: "%d annonces"},
		{one: "%d comunicato", other: "%d comunicati"},
		{one: "%d anuncio", other: "%d anuncios"},
		{one: "%d Mitteilung", other: "%d Mitteilungen"},
		{zero: "لا إعلانات", one: "إعلان واحد", two: "إعلانان", few: "%d إعلانات", many: "%d إعلانًا", other: "%d إعلان"},
	},
}

// messages is the package's own catalog of the few sentences it composes.
// It is built once and only read after, and it is never the global catalog
// (message.DefaultCatalog), so that a program importing the package keeps
// its own.
var messages = func() catalog.Catalog {
	b := catalog.NewBuilder(catalog.Fallback(language.English))
	for what := CountedMemberAgencies; int(what) < len(countWords); what++ {
		for i, f := range countWords[what] {
			var cases []any
			for _, c := range []struct {
				form plural.Form
				msg  string
			}{{plural.Zero, f.zero}, {plural.One, f.one}, {plural.Two, f.two}, {plural.Few, f.few}, {plural.Many, f.many}, {plural.Other, f.other}} {
				if c.msg != "" {
					cases = append(cases, c.form, c.msg)
				}
			}
			if err := b.Set(languages[i], countedNames[what], plural.Selectf(1, "%d", cases...)); err != nil {
				panic(err) // the catalog is a constant; a bad entry is a bug
			}
		}
	}
	return b
}()

var messageMatcher = language.NewMatcher(languages)

// Count returns a count of things in language t with the plural form that
// CLDR gives the language: Count(language.French, 1, CountedPartners) is
// "1 partenaire", and Arabic has six forms (0, 1, 2, 3–10, 11–99, and
// 100 and more). The number is written in the language's digits and
// grouping. A language the package has no messages for gets English (see
// Languages). For a Counted that is zero or out of range, Count returns the
// number alone, formatted for t.
func Count(t language.Tag, n int, what Counted) string {
	// The printer is for the catalog language that best matches t, so that a
	// language the catalog lacks gets English words and English plurals.
	_, i, _ := messageMatcher.Match(t)
	p := message.NewPrinter(languages[i], message.Catalog(messages))
	if what == 0 || int(what) >= len(countedNames) {
		return p.Sprint(n)
	}
	return p.Sprintf(countedNames[what], n)
}

// Counted names what Count counts.
type Counted uint8

// The things Count counts. The zero Counted is unset.
const (
	CountedMemberAgencies Counted = iota + 1
	CountedPartners
	CountedAnnouncements
)

// countedNames are the text forms; they are also the keys of the catalog.
var countedNames = []string{"", "memberAgencies", "partners", "announcements"}

// String returns the text form of c ("partners", ...), the empty string
// for the zero Counted, and "Counted(n)" for a value out of range.
func (c Counted) String() string { return enumString("Counted", countedNames, c) }

// MarshalText implements encoding.TextMarshaler.
func (c Counted) MarshalText() ([]byte, error) { return enumMarshal("Counted", countedNames, c) }

// AppendText implements encoding.TextAppender: it appends the text form of
// c to b, as MarshalText gives it.
func (c Counted) AppendText(b []byte) ([]byte, error) {
	text, err := c.MarshalText()
	if err != nil {
		return b, err
	}
	return append(b, text...), nil
}

// UnmarshalText implements encoding.TextUnmarshaler; empty text gives the
// zero Counted.
func (c *Counted) UnmarshalText(text []byte) error {
	return enumUnmarshal("counted", countedNames, nil, text, c)
}

// ParseCounted returns the Counted whose text form is s.
func ParseCounted(s string) (Counted, error) {
	return enumParse[Counted]("counted", countedNames, nil, s)
}
