package export

import (
	"strings"

	"github.com/google/uuid"

	"github.com/virtualglobaltaskforce/vgt"
)

// CategoryLabel returns a partner category in words for people:
// "industry", "non-governmental" or "academic", and "" for the zero
// category. The text forms of vgt.PartnerCategory ("nonGovernmental") are
// codes for programs, not words to show.
func CategoryLabel(c vgt.PartnerCategory) string {
	switch c {
	case vgt.PartnerCategoryIndustry:
		return "industry"
	case vgt.PartnerCategoryNonGovernmental:
		return "non-governmental"
	case vgt.PartnerCategoryAcademic:
		return "academic"
	}
	return ""
}

// RoleLabel returns a standing in the alliance in words: "member", or a
// partner with its category, such as "non-governmental partner" ("partner"
// where the category is unset), and "" for the zero Role.
func RoleLabel(r vgt.Role, c vgt.PartnerCategory) string {
	switch r {
	case vgt.RoleMember:
		return "member"
	case vgt.RolePartner:
		if l := CategoryLabel(c); l != "" {
			return l + " partner"
		}
		return "partner"
	}
	return ""
}

// IsFormer reports whether n is a name no longer in use: a former name,
// or an official name, acronym or short form whose period has ended (the
// Child Exploitation and Online Protection Centre became a Command in
// 2013; Research In Motion, RIM, became BlackBerry). An alias keeps its
// kind whatever its period: its period says when a source used it, and
// others may use it still.
func IsFormer(n vgt.Name) bool {
	switch n.Kind {
	case vgt.NameKindFormer:
		return true
	case vgt.NameKindOfficial, vgt.NameKindAcronym, vgt.NameKindShort:
		return !n.Period.IsZero() && !n.Period.Ongoing
	}
	return false
}

// StatusLabel returns the short label that marks a record of status s as
// no statement of fact: "Planned", "Disputed claim" or "Unconfirmed
// claim", and "" for the zero Status (stated as having happened).
func StatusLabel(s vgt.Status) string {
	switch s {
	case vgt.StatusPlanned:
		return "Planned"
	case vgt.StatusDisputed:
		return "Disputed claim"
	case vgt.StatusUnconfirmed:
		return "Unconfirmed claim"
	}
	return ""
}

// StatusNote returns what status s means for a reader, in a sentence, and
// "" for the zero Status.
func StatusNote(s vgt.Status) string {
	switch s {
	case vgt.StatusPlanned:
		return "Planned: announced in advance, not a record that it happened."
	case vgt.StatusDisputed:
		return "Disputed claim: it contradicts the record, which keeps it with its source and uses it for no answer."
	case vgt.StatusUnconfirmed:
		return "Unconfirmed claim: no reliable source confirms it, and the record keeps it with its source and uses it for no answer."
	}
	return ""
}

// Marked returns text as it must be shown for a record of status s: as it
// is for the zero Status, and otherwise after StatusLabel ("Disputed
// claim: Ernie Allen is chairman of the alliance."), so that no one reads
// a plan or a claim as a fact, even where only the text is shown.
func Marked(s vgt.Status, text string) string {
	if l := StatusLabel(s); l != "" {
		return l + ": " + text
	}
	return text
}

// Quoted returns the words in typographic quotes, separated by commas:
// “private industry partners”, “private sector partners”.
func Quoted(words ...string) string {
	var b strings.Builder
	for _, w := range words {
		if w == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString(", ")
		}
		b.WriteString("“" + w + "”")
	}
	return b.String()
}

// Sentences joins the non-empty parts with spaces, for a description
// built of several notes.
func Sentences(parts ...string) string {
	var kept []string
	for _, p := range parts {
		if p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, " ")
}

// WordsNote returns a sentence that gives the sources' own words for a
// role ("The sources' words: “private industry partners”."), or "" for
// none.
func WordsNote(words []string) string {
	if q := Quoted(words...); q != "" {
		return "The sources' words: " + q + "."
	}
	return ""
}

// AdmissionNote returns a sentence on the vote that admitted an
// organization, or the election that led to a tenure: its date in EDTF
// and the source's words ("Voted in (EDTF): [2012-12-01..2012-12-14], as
// “law enforcement partners”."), or "" for the zero Admission.
func AdmissionNote(ad vgt.Admission) string {
	if ad.IsZero() {
		return ""
	}
	s := "Voted in"
	if ad.Kind == vgt.ChangeKindElected {
		s = "Elected"
	}
	if !ad.Date.IsZero() {
		s += " (EDTF): " + ad.Date.String()
	}
	if ad.Words != "" {
		s += ", as " + Quoted(ad.Words)
	}
	return s + "."
}

// SeatNote returns a sentence on whose seat holds a post, and on the body
// the sources name as holder where it is not the member itself: "Held for
// the seat of the United States Department of Homeland Security; the
// sources name Homeland Security Investigations as holder." It returns ""
// where the alliance knows neither.
func SeatNote(a *vgt.Alliance, agency, unit uuid.UUID) string {
	var parts []string
	if ag, ok := a.Organization(agency); ok {
		parts = append(parts, "Held for the seat of "+ag.Name)
	}
	if u, ok := a.Organization(unit); ok {
		parts = append(parts, "the sources name "+u.Name+" as holder")
	}
	if len(parts) == 0 {
		return ""
	}
	s := strings.Join(parts, "; ")
	return strings.ToUpper(s[:1]) + s[1:] + "."
}

// TitleNote returns a sentence giving a holder's title as the source
// gives it, or "" for none.
func TitleNote(title string) string {
	if title == "" {
		return ""
	}
	return "Title, as the source gives it: " + title + "."
}

// ChangeText describes a change in words, for a plan or a claim: "Korean
// National Police Agency joins as member", "Australian Federal Police is
// listed as holder of the Chair", followed by the source's own words where
// it gives them. It says nothing of the change's status: see Marked.
func ChangeText(a *vgt.Alliance, c vgt.Change) string {
	org := orgName(a, c.Organization)
	holder := org
	if pe, ok := a.Person(c.Person); ok {
		holder = pe.Name + ", for " + org + ","
	}
	role := RoleLabel(c.Role, c.Category)
	post := PostLabel(c.Post)
	var s string
	switch c.Kind {
	case vgt.ChangeKindVotedIn:
		s = org + " is voted in as " + role
	case vgt.ChangeKindJoined:
		s = org + " joins as " + role
	case vgt.ChangeKindLeft:
		s = org + " leaves as " + role
	case vgt.ChangeKindSucceeded:
		s = org + "'s seat passes to " + orgName(a, c.Successor)
	case vgt.ChangeKindRenamed:
		s = org + " is renamed " + c.Name.Text
	case vgt.ChangeKindElected:
		s = holder + " is elected " + post
	case vgt.ChangeKindAppointed:
		s = holder + " takes office as " + post
	case vgt.ChangeKindListed:
		if c.Post != 0 {
			s = holder + " is listed as " + post
		} else {
			s = org + " is listed as " + role
		}
	case vgt.ChangeKindNamed:
		s = org + " is called " + c.Name.Text
	case vgt.ChangeKindParentChanged:
		if c.Parent == uuid.Nil {
			s = org + " becomes part of no other body"
		} else {
			s = org + " becomes part of " + orgName(a, c.Parent)
		}
	default:
		s = org + ": " + c.Kind.String()
	}
	if c.Title != "" {
		s += " (" + c.Title + ")"
	}
	if c.Words != "" {
		s += "; the source's words: " + Quoted(c.Words)
	}
	return s
}

// ChangeKindLabel returns what a kind of change did, in words: "voted
// in", "joined", "parent changed".
func ChangeKindLabel(k vgt.ChangeKind) string {
	switch k {
	case vgt.ChangeKindVotedIn:
		return "voted in"
	case vgt.ChangeKindParentChanged:
		return "parent changed"
	}
	return k.String()
}

// orgName is the name of the organization id names, or its ID where the
// alliance does not know it.
func orgName(a *vgt.Alliance, id uuid.UUID) string {
	if o, ok := a.Organization(id); ok {
		return o.Name
	}
	return id.String()
}
