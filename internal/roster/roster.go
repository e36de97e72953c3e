// Package roster is the view of the alliance's roster that the roster
// command prints and vgthttp serves as a page: its members, partners,
// chair, pending votes and notes, in one of six languages, with names and
// dates isolated where their direction differs from the page's.
//
// Build reads only the public API of package vgt. Every date stays in its
// EDTF form, and "now" is always "as recorded through" the record's
// horizon (Alliance.RecordedThrough), never today.
package roster

import (
	"slices"
	"strings"
	"time"

	"github.com/google/uuid"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/virtualglobaltaskforce/vgt"
)

// A Roster is the alliance's roster, in one language, ready to print.
type Roster struct {
	// Lang is the page's language, one of Languages.
	Lang language.Tag
	// Dir is the page's direction, "ltr" or "rtl".
	Dir string
	// Labels are the page's headings in its language.
	Labels Labels
	// Title is the alliance's name and acronym.
	Title Line
	// RecordedThrough is the record's horizon: what the roster says of the
	// present holds as recorded through this date.
	RecordedThrough vgt.Date
	// Horizon says so in the page's language: "As recorded through
	// 2025-06." or, for a snapshot, "As it certainly stood on 2011-06-01,
	// as recorded through 2025-06."
	Horizon Line
	// MembersHeading counts the members ("9 member agencies").
	MembersHeading string
	// Members are the members certainly active at the end of the record
	// (or at the snapshot's time), in the order of the language's
	// collation.
	Members []Member
	// Possible are a snapshot's members possibly but not certainly active
	// at its time.
	Possible []Member
	// Former are the members whose membership has ended, at the end of the
	// record; a snapshot has none, since it shows only who was active.
	Former []Member
	// PartnersHeading counts the partners ("4 partners").
	PartnersHeading string
	// Partners are the partners by category, in the order of the
	// categories.
	Partners []PartnerGroup
	// Chair is the holder of the chair: "Neil Gaughan, for the Australian
	// Federal Police (AFP)", with since when; or that no chair is known for
	// certain.
	Chair Line
	// Pending are the votes and elections not yet fulfilled.
	Pending []Line
	// Notes are what the record holds but does not believe or has not
	// seen happen: plans not yet fulfilled, disputed and unconfirmed
	// claims, and counts stated by sources that differ from the record.
	Notes []Line
	// Sources says how many announcements the roster is drawn from.
	Sources Line
	// Languages are the other languages of the roster, for links.
	Languages []Language
}

// Labels are the roster's headings and fixed words in one language.
type Labels struct {
	Roster, Member, Jurisdiction, Since, Membership, Partner string
	Possible, PossibleWhy, Former, Chair, Pending, Notes     string
	NoPending, NoNotes                                       string
	Languages                                                string
}

// A Member is one member agency on the roster.
type Member struct {
	// ID is the member's ID.
	ID uuid.UUID
	// Name is the member's name in the page's language where the record
	// has one (its official name in English otherwise), with its acronym.
	Name Span
	// Unit names the unit that holds the member's seat ("through National
	// Child Exploitation Coordination Centre (NCECC)"), or is empty.
	Unit Line
	// Full is Name followed by Unit, as one line of text.
	Full Line
	// Jurisdiction is the name of the member's jurisdiction in the page's
	// language.
	Jurisdiction Span
	// Since is when its latest membership began; Period is that
	// membership's whole period, for the possible and former members.
	Since, Period Span
}

// A PartnerGroup is the partners of one category.
type PartnerGroup struct {
	Category vgt.PartnerCategory
	// Heading names the category in the page's language.
	Heading  string
	Partners []Partner
}

// A Partner is one partner on the roster.
type Partner struct {
	ID    uuid.UUID
	Name  Span
	Since Span
}

// A Language is one language of the roster, named in itself.
type Language struct {
	Tag  language.Tag
	Name Span
}

// Match returns the roster's language that best suits a reader's: the
// roster language named by lang (a BCP 47 tag such as "fr" or "ar-EG"), or
// else by accept (an Accept-Language header), or else English.
func Match(lang, accept string) language.Tag {
	_, i := language.MatchStrings(Matcher, lang, accept)
	return languages[i]
}

// Build returns the roster of a, in language t (matched to Languages:
// "fr-CA" gives French, "ja" English). a may be an alliance at the end of
// its record or a snapshot from AsOf.
func Build(a *vgt.Alliance, t language.Tag) *Roster {
	_, i, _ := Matcher.Match(t)
	t = languages[i]
	s := newSpeller(t)
	r := &Roster{
		Lang: t, Dir: s.dir, RecordedThrough: a.RecordedThrough(),
		Labels: Labels{
			Roster: s.word(msgRoster), Member: s.word(msgColMember), Jurisdiction: s.word(msgColJurisdiction),
			Since: s.word(msgColSince), Membership: s.word(msgColMembership), Partner: s.word(msgColPartner),
			Possible: s.word(msgPossible), PossibleWhy: s.word(msgPossibleWhy), Former: s.word(msgFormer),
			Chair: s.word(msgChair), Pending: s.word(msgPending), Notes: s.word(msgNotes),
			NoPending: s.word(msgNoPending), NoNotes: s.word(msgNoNotes),
			Languages: s.word(msgLanguages),
		},
	}
	r.Title = title(s, a.Facts())
	if at, ok := a.Snapshot(); ok {
		r.Horizon = s.line(msgSnapshot, s.date(day(at)), s.date(r.RecordedThrough))
	} else {
		r.Horizon = s.line(msgHorizon, s.date(r.RecordedThrough))
	}

	current := slices.Collect(a.Current())
	vgt.SortMembers(current, t)
	r.MembersHeading = s.count(len(current), vgt.CountedMemberAgencies)
	r.Members = members(a, s, current)
	possible := slices.Collect(a.PossibleMembers())
	vgt.SortMembers(possible, t)
	r.Possible = members(a, s, possible)
	if _, snap := a.Snapshot(); !snap {
		var former []vgt.Member
		for m := range a.Members() {
			if !slices.ContainsFunc(current, func(c vgt.Member) bool { return c.ID == m.ID }) {
				former = append(former, m)
			}
		}
		vgt.SortMembers(former, t)
		r.Former = members(a, s, former)
	}

	partners := slices.Collect(a.Partners())
	vgt.SortPartners(partners, t)
	r.PartnersHeading = s.count(len(partners), vgt.CountedPartners)
	r.Partners = partnerGroups(s, partners)

	r.Chair = chair(a, s)
	r.Pending = pending(a, s)
	r.Notes = noteLines(a, s, modelNotes(a))
	r.Sources = s.line(msgSources, Span{Text: s.count(countSeq(a.Announcements()), vgt.CountedAnnouncements)})
	for _, l := range languages {
		if l != t {
			r.Languages = append(r.Languages, Language{Tag: l, Name: s.name(display.Self.Name(l))})
		}
	}
	return r
}

// day returns the EDTF day of t.
func day(t time.Time) vgt.Date {
	d, err := vgt.DateOf(t.Year(), t.Month(), t.Day())
	if err != nil {
		// A snapshot's time outside the years a Date can hold: the
		// horizon says nothing better than the unknown date.
		return vgt.Date{}
	}
	return d
}

func countSeq[T any](seq func(func(T) bool)) int {
	n := 0
	for range seq {
		n++
	}
	return n
}

// title names the alliance: its first official name and its acronym.
func title(s *speller, f vgt.Facts) Line {
	var name, acronym string
	for _, n := range f.Names {
		switch {
		case n.Kind == vgt.NameKindOfficial && name == "":
			name = n.Text
		case n.Kind == vgt.NameKindAcronym && acronym == "":
			acronym = n.Text
		}
	}
	if acronym != "" && acronym != name {
		name += " (" + acronym + ")"
	}
	return Line{s.name(name)}
}

// orgName names an organization in the page's language where the record
// has a name in it, with its acronym.
func orgName(s *speller, o vgt.Organization) string {
	name := o.NameIn(s.tag)
	if o.Acronym != "" && o.Acronym != name && !strings.Contains(name, "("+o.Acronym+")") {
		name += " (" + o.Acronym + ")"
	}
	return name
}

// nameOf names the organization with the given ID, or gives its ID where
// the alliance does not know it.
func nameOf(a *vgt.Alliance, s *speller, id uuid.UUID) Span {
	if o, ok := a.Organization(id); ok {
		return s.name(orgName(s, o))
	}
	return s.name(id.String())
}

func members(a *vgt.Alliance, s *speller, ms []vgt.Member) []Member {
	out := make([]Member, 0, len(ms))
	for _, m := range ms {
		ms := m.Membership()
		v := Member{
			ID: m.ID, Name: s.name(orgName(s, m.Organization)),
			Jurisdiction: s.name(m.Jurisdiction.Name(s.tag)),
			Since:        s.date(ms.Period.Start), Period: s.date(ms.Period),
		}
		if unit, ok := a.Organization(ms.Unit); ok && ms.Unit != uuid.Nil {
			v.Unit = s.line(msgThrough, s.name(orgName(s, unit)))
			v.Full = s.line(msgNameUnit, v.Name, v.Unit)
		} else {
			v.Full = Line{v.Name}
		}
		out = append(out, v)
	}
	return out
}

var categoryMessages = map[vgt.PartnerCategory]string{
	vgt.PartnerCategoryIndustry:        msgIndustry,
	vgt.PartnerCategoryNonGovernmental: msgNonGovernmental,
	vgt.PartnerCategoryAcademic:        msgAcademic,
}

func partnerGroups(s *speller, ps []vgt.Partner) []PartnerGroup {
	var cats []vgt.PartnerCategory
	for _, p := range ps {
		if !slices.Contains(cats, p.Category) {
			cats = append(cats, p.Category)
		}
	}
	slices.Sort(cats)
	var out []PartnerGroup
	for _, c := range cats {
		heading := c.String() // a category the roster has no words for keeps its text form
		if key, ok := categoryMessages[c]; ok {
			heading = s.word(key)
		}
		g := PartnerGroup{Category: c, Heading: heading}
		for _, p := range ps {
			if p.Category == c {
				g.Partners = append(g.Partners, Partner{ID: p.ID, Name: s.name(orgName(s, p.Organization)), Since: s.date(p.Partnership().Period.Start)})
			}
		}
		out = append(out, g)
	}
	return out
}

// holder names who holds a post for an agency: "Neil Gaughan, for the
// Australian Federal Police (AFP)", or the agency alone.
func holder(a *vgt.Alliance, s *speller, person, agency uuid.UUID) Line {
	org := nameOf(a, s, agency)
	if p, ok := a.Person(person); ok && person != uuid.Nil {
		return s.line(msgHolderFor, s.name(p.Name), org)
	}
	return Line{org}
}

func chair(a *vgt.Alliance, s *speller) Line {
	t, ok := a.Holder(vgt.PostChair)
	if !ok {
		return Line{{Text: s.word(msgNoChair)}}
	}
	agency := t.Agency
	if u := tenureUnit(t); u != uuid.Nil {
		agency = u
	}
	return s.line(msgHolderSince, holder(a, s, t.Person, agency), s.date(t.Period.Start))
}

// role says what an organization was voted in, planned or claimed as.
func role(s *speller, r vgt.Role, p vgt.Post) Span {
	switch {
	case p == vgt.PostChair:
		return Span{Text: s.word(msgAsChair)}
	case r == vgt.RoleMember:
		return Span{Text: s.word(msgAsMember)}
	case r == vgt.RolePartner:
		return Span{Text: s.word(msgAsPartner)}
	}
	return Span{Text: "(" + r.String() + p.String() + ")"}
}

func pending(a *vgt.Alliance, s *speller) []Line {
	var out []Line
	for ad := range a.Pending() {
		who := holder(a, s, ad.Person, ad.Organization)
		key := msgVotedIn
		if ad.Kind == vgt.ChangeKindElected {
			key = msgElected
		}
		out = append(out, s.line(key, who, role(s, ad.Role, ad.Post), s.date(ad.Date)))
	}
	return out
}

// A note is one of the roster's notes before it is put into words.
type note struct {
	kind      noteKind
	org       uuid.UUID
	role      vgt.Role
	post      vgt.Post
	effective vgt.Date
	published vgt.Date
	words     string
	// For a count check: the stated number and what the record holds.
	n, recorded, possible int
}

type noteKind uint8

const (
	notePlanned noteKind = iota + 1
	noteDisputed
	noteUnconfirmed
	noteCount
)

// noteLines puts notes into words.
func noteLines(a *vgt.Alliance, s *speller, notes []note) []Line {
	var out []Line
	for _, n := range notes {
		var l Line
		switch n.kind {
		case notePlanned:
			l = s.line(msgPlanned, nameOf(a, s, n.org), role(s, n.role, n.post), s.date(n.effective), s.date(n.published))
		case noteDisputed, noteUnconfirmed:
			key := msgDisputed
			if n.kind == noteUnconfirmed {
				key = msgUnconfirmed
			}
			l = s.line(key, nameOf(a, s, n.org), role(s, n.role, n.post), s.date(n.published))
			if n.words != "" {
				// The source's own words, in its language.
				l = append(l, Span{Text: " "}, s.name("“"+n.words+"”"))
			}
		case noteCount:
			l = s.line(msgCountCheck, s.date(n.published), n.n, s.name(n.words), n.recorded, n.possible)
		}
		out = append(out, l)
	}
	return out
}
