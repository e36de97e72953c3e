package vgthttp

import (
	"github.com/google/uuid"

	"github.com/virtualglobaltaskforce/vgt"
)

// The JSON shapes of the responses, all in one place. Keys are in lower
// camel case, as in the package's document (vgt.Alliance.WriteJSON);
// enumerations, dates, periods and jurisdictions travel as their text
// forms, IDs as canonical UUID strings, and a field with nothing to say is
// left out. Every response object carries the record's horizon
// (recordedThrough) and, for a request with ?at=, the instant it answers
// for (asOf, RFC 3339).

// envelope is what every JSON response has.
type envelope struct {
	RecordedThrough string `json:"recordedThrough"`
	AsOf            string `json:"asOf,omitempty"`
}

type membersJSON struct {
	envelope
	Members []orgJSON `json:"members"`
}

type partnersJSON struct {
	envelope
	Partners []orgJSON `json:"partners"`
}

type announcementsJSON struct {
	envelope
	Announcements []announcementJSON `json:"announcements"`
}

type organizationJSON struct {
	envelope
	Organization orgJSON `json:"organization"`
}

// coveringJSON answers /covering/{jurisdiction}: the members certainly
// with authority there, and those that may be.
type coveringJSON struct {
	envelope
	Jurisdiction string    `json:"jurisdiction"`
	Certain      []orgJSON `json:"certain"`
	Possible     []orgJSON `json:"possible"`
}

type nameJSON struct {
	Text   string `json:"text"`
	Lang   string `json:"lang,omitempty"`
	Kind   string `json:"kind"`
	Period string `json:"period,omitempty"`
}

// orgJSON is an organization: its document fields (id, names, website,
// parent), its display name and acronym, and, where it is a member or a
// partner (at the time asked for), what it is and its periods.
type orgJSON struct {
	ID           string           `json:"id"`
	Name         string           `json:"name"`
	Acronym      string           `json:"acronym,omitempty"`
	Names        []nameJSON       `json:"names"`
	Website      string           `json:"website,omitempty"`
	Parent       string           `json:"parent,omitempty"`
	Jurisdiction string           `json:"jurisdiction,omitempty"`
	Kind         string           `json:"kind,omitempty"`
	Category     string           `json:"category,omitempty"`
	Memberships  []membershipJSON `json:"memberships,omitempty"`
	Partnerships []membershipJSON `json:"partnerships,omitempty"`
}

type membershipJSON struct {
	Period      string   `json:"period"`
	Category    string   `json:"category,omitempty"`
	Predecessor string   `json:"predecessor,omitempty"`
	Successor   string   `json:"successor,omitempty"`
	Unit        string   `json:"unit,omitempty"`
	Sources     []string `json:"sources"`
}

// announcementJSON is an announcement in the fields of the document.
type announcementJSON struct {
	ID            string       `json:"id"`
	Title         string       `json:"title,omitempty"`
	Published     string       `json:"published"`
	Publisher     string       `json:"publisher,omitempty"`
	Source        string       `json:"source"`
	Language      string       `json:"language"`
	Tags          []string     `json:"tags,omitempty"`
	Quotes        []quoteJSON  `json:"quotes,omitempty"`
	Changes       []changeJSON `json:"changes,omitempty"`
	Organizations []string     `json:"organizations,omitempty"`
	People        []personJSON `json:"people,omitempty"`
}

type quoteJSON struct {
	Speaker  string `json:"speaker,omitempty"`
	Capacity string `json:"capacity,omitempty"`
	Post     string `json:"post,omitempty"`
	Text     string `json:"text"`
}

type changeJSON struct {
	Kind         string    `json:"kind"`
	Effective    string    `json:"effective,omitempty"`
	Organization string    `json:"organization"`
	Role         string    `json:"role,omitempty"`
	Category     string    `json:"category,omitempty"`
	Successor    string    `json:"successor,omitempty"`
	Name         *nameJSON `json:"name,omitempty"`
	Post         string    `json:"post,omitempty"`
	Person       string    `json:"person,omitempty"`
}

type personJSON struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// id returns the canonical form of an ID, and "" for uuid.Nil.
func id(u uuid.UUID) string {
	if u == uuid.Nil {
		return ""
	}
	return u.String()
}

func ids(us []uuid.UUID) []string {
	out := make([]string, 0, len(us))
	for _, u := range us {
		out = append(out, u.String())
	}
	return out
}

// text returns the text form of an enumeration or jurisdiction; a value
// that has none (out of range) is left out rather than failing the response.
func text[T interface{ MarshalText() ([]byte, error) }](v T) string {
	b, err := v.MarshalText()
	if err != nil {
		return ""
	}
	return string(b)
}

func nameOf(n vgt.Name) nameJSON {
	j := nameJSON{Text: n.Text, Kind: text(n.Kind)}
	if n.Lang.String() != "und" {
		j.Lang = n.Lang.String()
	}
	if !n.Period.IsZero() {
		j.Period = n.Period.String()
	}
	return j
}

func organization(o vgt.Organization) orgJSON {
	j := orgJSON{ID: id(o.ID), Name: o.Name, Acronym: o.Acronym, Website: o.Website, Parent: id(o.Parent), Names: []nameJSON{}}
	for n := range o.Names() {
		j.Names = append(j.Names, nameOf(n))
	}
	return j
}

func memberships(ms func(func(vgt.Membership) bool)) []membershipJSON {
	var out []membershipJSON
	for m := range ms {
		out = append(out, membershipJSON{
			Period: m.Period.String(), Category: text(m.Category), Predecessor: id(m.Predecessor),
			Successor: id(m.Successor), Unit: id(m.Unit), Sources: ids(m.Sources()),
		})
	}
	return out
}

func member(m vgt.Member) orgJSON {
	j := organization(m.Organization)
	j.Jurisdiction = text(m.Jurisdiction)
	j.Kind = text(m.Kind)
	j.Memberships = memberships(m.Memberships())
	return j
}

func partner(p vgt.Partner) orgJSON {
	j := organization(p.Organization)
	j.Category = text(p.Category)
	j.Partnerships = memberships(p.Partnerships())
	return j
}

// anyOrganization describes an organization with what a knows of it as a
// member and as a partner (at the snapshot's time, for a snapshot).
func anyOrganization(a *vgt.Alliance, o vgt.Organization) orgJSON {
	j := organization(o)
	if m, ok := a.Member(o.ID); ok {
		mj := member(m)
		j.Jurisdiction, j.Kind, j.Memberships = mj.Jurisdiction, mj.Kind, mj.Memberships
	}
	if p, ok := a.Partner(o.ID); ok {
		pj := partner(p)
		j.Category, j.Partnerships = pj.Category, pj.Partnerships
	}
	return j
}

func announcement(an vgt.Announcement) announcementJSON {
	j := announcementJSON{
		ID: id(an.ID), Title: an.Title, Published: an.Published.String(), Publisher: an.Publisher,
		Source: an.Source, Language: an.Language.String(), Tags: an.Tags,
	}
	for _, q := range an.Quotes {
		j.Quotes = append(j.Quotes, quoteJSON{Speaker: id(q.Speaker), Capacity: q.Capacity, Post: text(q.Post), Text: q.Text})
	}
	for _, c := range an.Changes {
		cj := changeJSON{
			Kind: text(c.Kind), Organization: id(c.Organization), Role: text(c.Role),
			Category: text(c.Category), Successor: id(c.Successor), Post: text(c.Post), Person: id(c.Person),
		}
		if !c.Effective.IsZero() {
			cj.Effective = c.Effective.String()
		}
		if c.Name != (vgt.Name{}) {
			n := nameOf(c.Name)
			cj.Name = &n
		}
		j.Changes = append(j.Changes, cj)
	}
	for _, o := range an.Organizations {
		j.Organizations = append(j.Organizations, id(o.ID))
	}
	for _, p := range an.People {
		j.People = append(j.People, personJSON{ID: id(p.ID), Name: p.Name})
	}
	return j
}
