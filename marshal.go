package vgt

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"strings"
	"sync"
	"time"

	"github.com/google/uuid"

	"github.com/virtualglobaltaskforce/vgt/internal/jsonscan"
)

// Every record type marshals with encoding/json to one JSON form, the
// document's own where the document has the record (Organization, Person,
// Announcement, Change, Quote, Name, Facts, Milestone: see json.go), and a
// form in the same style for what the fold derives (Member, Partner,
// Membership, Tenure, Admission): lower camel case, typed values as their
// text forms, IDs as canonical UUID strings, the announcements each fact
// came from as "sources", unset values left out.
//
// MarshalJSON and UnmarshalJSON are exact inverses: unmarshalling what
// MarshalJSON wrote gives a value equal to the one marshalled, unexported
// parts included. UnmarshalJSON is as strict as Load: unknown fields,
// duplicate keys, keys that differ from the field's name in case, values
// not in their canonical text form, are errors; each is an *Error that
// names the JSON path of the value, relative to the value being
// unmarshalled, and wraps ErrSyntax or the sentinel of the value's form
// (ErrInvalidDate, ErrInvalid, ...). A record that the package can check
// on its own (an Organization, a Person, an Announcement, ...) is checked
// both ways, as its Validate method does: MarshalJSON refuses a record that
// UnmarshalJSON would refuse, so that a record never has a JSON form that
// does not read back. As encoding/json asks of an Unmarshaler, the JSON
// null leaves the value as it was.
//
// The gob form of a record (GobEncode, GobDecode) is its JSON form, so that
// encoding/gob, which sees only exported fields, carries the whole record.

// jsonOrganization is the JSON form of an Organization as a value: the
// document's form, and the display names that the value holds.
type jsonOrganization struct {
	jsonOrg
	// Name and Acronym are written as the value holds them, since a
	// snapshot's may differ from what the names give at the end of the
	// record.
	Name    string `json:"name,omitempty"`
	Acronym string `json:"acronym,omitempty"`
}

// jsonMember is the JSON form of a Member: its organization's fields, then
// its memberships. The member's Jurisdiction and Kind are its
// organization's "jurisdiction" and "kind".
type jsonMember struct {
	jsonOrganization
	Memberships []jsonMembership `json:"memberships,omitempty"`
}

// jsonPartner is the JSON form of a Partner.
type jsonPartner struct {
	jsonOrganization
	Category     string           `json:"category,omitempty"`
	Partnerships []jsonMembership `json:"partnerships,omitempty"`
}

type jsonMembership struct {
	Period      string   `json:"period,omitempty"`
	Category    string   `json:"category,omitempty"`
	Predecessor string   `json:"predecessor,omitempty"`
	Successor   string   `json:"successor,omitempty"`
	Unit        string   `json:"unit,omitempty"`
	Sources     []string `json:"sources,omitempty"`
}

type jsonTenure struct {
	Post    string   `json:"post,omitempty"`
	Person  string   `json:"person,omitempty"`
	Agency  string   `json:"agency,omitempty"`
	Elected string   `json:"elected,omitempty"`
	Period  string   `json:"period,omitempty"`
	Sources []string `json:"sources,omitempty"`
}

type jsonAdmission struct {
	Kind         string   `json:"kind,omitempty"`
	Organization string   `json:"organization,omitempty"`
	Role         string   `json:"role,omitempty"`
	Category     string   `json:"category,omitempty"`
	Post         string   `json:"post,omitempty"`
	Person       string   `json:"person,omitempty"`
	Date         string   `json:"date,omitempty"`
	Sources      []string `json:"sources,omitempty"`
}

// Encoding.

// periodText returns the text form of p, or an error for a Period that
// does not Validate: textOf would write it as empty, and the value read
// back would lose it.
func periodText(p Period) (string, error) {
	b, err := p.MarshalText()
	return string(b), err
}

func idTexts(ids []uuid.UUID) []string {
	if ids == nil {
		return nil
	}
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = id.String()
	}
	return out
}

func membershipToJSON(m Membership) (jsonMembership, error) {
	period, err := periodText(m.Period)
	return jsonMembership{
		Period: period, Category: m.Category.String(), Predecessor: idText(m.Predecessor),
		Successor: idText(m.Successor), Unit: idText(m.Unit), Sources: idTexts(m.sources),
	}, err
}

func membershipsToJSON(ms []Membership) ([]jsonMembership, error) {
	if ms == nil {
		return nil, nil
	}
	out := make([]jsonMembership, len(ms))
	for i, m := range ms {
		var err error
		if out[i], err = membershipToJSON(m); err != nil {
			return nil, atPath(err, fmt.Sprintf("[%d].period", i))
		}
	}
	return out, nil
}

func organizationToJSON(o Organization) jsonOrganization {
	return jsonOrganization{jsonOrg: encodeOrg(o), Name: o.Name, Acronym: o.Acronym}
}

func memberToJSON(m Member) (jsonMember, error) {
	ms, err := membershipsToJSON(m.memberships)
	return jsonMember{jsonOrganization: organizationToJSON(m.Organization), Memberships: ms}, atPath(err, "memberships")
}

func partnerToJSON(p Partner) (jsonPartner, error) {
	ms, err := membershipsToJSON(p.partnerships)
	return jsonPartner{
		jsonOrganization: organizationToJSON(p.Organization), Category: p.Category.String(), Partnerships: ms,
	}, atPath(err, "partnerships")
}

func tenureToJSON(t Tenure) (jsonTenure, error) {
	period, err := periodText(t.Period)
	return jsonTenure{
		Post: t.Post.String(), Person: idText(t.Person), Agency: idText(t.Agency),
		Period: period, Sources: idTexts(t.sources),
	}, err
}

func admissionToJSON(a Admission) jsonAdmission {
	return jsonAdmission{
		Kind: a.Kind.String(), Organization: idText(a.Organization), Role: a.Role.String(),
		Category: a.Category.String(), Post: a.Post.String(), Person: idText(a.Person),
		Date: a.Date.String(), Sources: idTexts(a.sources),
	}
}

// changeToJSON and quoteToJSON take a change's or a quote's form from
// encodeAnnouncement, so that there is one encoder of each.
func changeToJSON(c Change) jsonChange {
	return encodeAnnouncement(Announcement{Changes: []Change{c}}).Changes[0]
}

func quoteToJSON(q Quote) jsonQuote {
	return encodeAnnouncement(Announcement{Quotes: []Quote{q}}).Quotes[0]
}

func milestoneToJSON(m Milestone) jsonMilestone {
	return jsonMilestone{Date: m.Date.String(), Text: m.Text, Source: m.Source}
}

func factsToJSON(f Facts) jsonFacts {
	j := jsonFacts{ID: idText(f.ID), Names: encodeNames(f.Names), Website: f.Website}
	for _, m := range f.Milestones {
		j.Milestones = append(j.Milestones, milestoneToJSON(m))
	}
	return j
}

// Decoding.

// valueLimits are Load's default limits, for a value read on its own.
func valueLimits(s *jsonscan.Schema) jsonscan.Limits {
	return jsonscan.Limits{
		MaxDepth: DefaultMaxDepth, MaxStringBytes: DefaultMaxStringBytes, MaxValues: DefaultMaxValues,
		FoldKeys: true, Schema: s,
	}
}

// schemas caches the schema of each JSON form, by its Go type.
var schemas sync.Map // reflect.Type to *jsonscan.Schema

// schemaOf returns the schema of the JSON form t. jsonscan.SchemaOf lists
// an embedded struct as one field, where encoding/json promotes its
// fields, so the schema is taken from a copy of t with its embedded
// structs flattened.
func schemaOf(t reflect.Type) *jsonscan.Schema {
	if s, ok := schemas.Load(t); ok {
		return s.(*jsonscan.Schema)
	}
	s, _ := schemas.LoadOrStore(t, jsonscan.SchemaOf(flatten(t)))
	return s.(*jsonscan.Schema)
}

// flatten returns t with the fields of its embedded structs, and of the
// structs it holds, promoted into their embedders, as encoding/json sees
// them. The forms are trees of a few types, so it needs no memo.
func flatten(t reflect.Type) reflect.Type {
	switch t.Kind() {
	case reflect.Pointer:
		return reflect.PointerTo(flatten(t.Elem()))
	case reflect.Slice:
		return reflect.SliceOf(flatten(t.Elem()))
	case reflect.Struct:
		return reflect.StructOf(promoted(t))
	}
	return t
}

func promoted(t reflect.Type) []reflect.StructField {
	var out []reflect.StructField
	for i := range t.NumField() {
		f := t.Field(i)
		switch {
		case f.Anonymous && f.Type.Kind() == reflect.Struct:
			out = append(out, promoted(f.Type)...)
		case f.IsExported():
			out = append(out, reflect.StructField{Name: f.Name, Type: flatten(f.Type), Tag: f.Tag})
		}
	}
	return out
}


// readJSON decodes data into the JSON form j, strictly: it refuses
// duplicate keys, unknown fields and the default limits' excess before
// encoding/json reads the form. It reports false for the JSON null.
func readJSON[J any](data []byte, j *J) (bool, error) {
	if string(data) == "null" {
		return false, nil
	}
	if e := jsonscan.Scan(data, valueLimits(schemaOf(reflect.TypeFor[J]()))); e != nil {
		return false, scanError(data, e)
	}
	if err := json.Unmarshal(data, j); err != nil {
		return false, syntaxError(data, err)
	}
	return true, nil
}

// decode runs fn with a decoder and returns what it made, or every error
// it met, joined.
func decode[T any](fn func(d *decoder) T) (T, error) {
	d := &decoder{}
	v := fn(d)
	if len(d.errs) > 0 {
		var zero T
		return zero, joinErrors(d.errs)
	}
	return v, nil
}

// unmarshal reads data as the JSON form J, converts it with from, and
// checks the result with check (if not nil). On error, or for the JSON
// null, *v is unchanged.
func unmarshal[T, J any](data []byte, v *T, from func(d *decoder, j J) T, check func(T) error) error {
	var j J
	ok, err := readJSON(data, &j)
	if !ok || err != nil {
		return err
	}
	r, err := decode(func(d *decoder) T { return from(d, j) })
	if err != nil {
		return err
	}
	if check != nil {
		if err := check(r); err != nil {
			return err
		}
	}
	*v = r
	return nil
}

// underPath returns err with prefix cut from the path of each *Error in
// it: the decoders of a change, a quote or the facts are run inside a
// document, and the value read on its own is the root.
func underPath(err error, prefix string) error {
	if err == nil {
		return nil
	}
	if joined, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range joined.Unwrap() {
			out = append(out, underPath(e, prefix))
		}
		return joinErrors(out)
	}
	if e, ok := err.(*Error); ok && strings.HasPrefix(e.Path, prefix) {
		c := *e
		c.Path = strings.TrimPrefix(strings.TrimPrefix(e.Path, prefix), ".")
		return &c
	}
	return err
}

// ids parses a list of IDs. An empty list is nil, as MarshalJSON leaves it
// out, so that what is read marshals back to what was read.
func (d *decoder) ids(p path, ss []string) []uuid.UUID {
	if len(ss) == 0 {
		return nil
	}
	out := make([]uuid.UUID, len(ss))
	for i, s := range ss {
		e := p.elem(i)
		if s == "" {
			d.fail(errorf(e.String(), "", ErrInvalid, "required"))
			continue
		}
		id, err := parseUUID(s)
		if err != nil {
			d.fail(atPath(err, e.String()))
		}
		out[i] = id
	}
	return out
}

func (d *decoder) membership(p path, j jsonMembership) Membership {
	return Membership{
		Period:      parse(d, &p, "period", j.Period, true, ParsePeriod),
		Category:    parse(d, &p, "category", j.Category, true, ParsePartnerCategory),
		Predecessor: parse(d, &p, "predecessor", j.Predecessor, true, parseUUID),
		Successor:   parse(d, &p, "successor", j.Successor, true, parseUUID),
		Unit:        parse(d, &p, "unit", j.Unit, true, parseUUID),
		sources:     d.ids(p.field("sources"), j.Sources),
	}
}

func (d *decoder) memberships(p path, js []jsonMembership) []Membership {
	if len(js) == 0 {
		return nil
	}
	out := make([]Membership, len(js))
	for i, j := range js {
		out[i] = d.membership(p.elem(i), j)
	}
	return out
}

func (d *decoder) organization(p path, j jsonOrganization) Organization {
	o := d.org(p, j.jsonOrg)
	o.Name, o.Acronym = j.Name, j.Acronym
	return o
}

func (d *decoder) member(p path, j jsonMember) Member {
	o := d.organization(p, j.jsonOrganization)
	return Member{
		Organization: o, Jurisdiction: o.jurisdiction, Kind: o.kind,
		memberships: d.memberships(p.field("memberships"), j.Memberships),
	}
}

func (d *decoder) partner(p path, j jsonPartner) Partner {
	return Partner{
		Organization: d.organization(p, j.jsonOrganization),
		Category:     parse(d, &p, "category", j.Category, true, ParsePartnerCategory),
		partnerships: d.memberships(p.field("partnerships"), j.Partnerships),
	}
}

func (d *decoder) tenure(p path, j jsonTenure) Tenure {
	return Tenure{
		Post:    parse(d, &p, "post", j.Post, true, ParsePost),
		Person:  parse(d, &p, "person", j.Person, true, parseUUID),
		Agency:  parse(d, &p, "agency", j.Agency, true, parseUUID),
		Period:  parse(d, &p, "period", j.Period, true, ParsePeriod),
		sources: d.ids(p.field("sources"), j.Sources),
	}
}

func (d *decoder) admission(p path, j jsonAdmission) Admission {
	return Admission{
		Kind:         parse(d, &p, "kind", j.Kind, true, ParseChangeKind),
		Organization: parse(d, &p, "organization", j.Organization, true, parseUUID),
		Role:         parse(d, &p, "role", j.Role, true, ParseRole),
		Category:     parse(d, &p, "category", j.Category, true, ParsePartnerCategory),
		Post:         parse(d, &p, "post", j.Post, true, ParsePost),
		Person:       parse(d, &p, "person", j.Person, true, parseUUID),
		Date:         parse(d, &p, "date", j.Date, true, ParseDate),
		sources:      d.ids(p.field("sources"), j.Sources),
	}
}

// placeholder is an announcement with the fields the decoder requires, in
// which a change or a quote is decoded on its own.
var placeholder = jsonAnnounce{ID: "00000000-0000-4000-8000-000000000000", Published: "2000", Language: "en"}

// changeFromJSON decodes a change with the decoder of announcements, so
// that there is one decoder of each, and reports errors under the change.
func changeFromJSON(j jsonChange) (Change, error) {
	ja := placeholder
	ja.Changes = []jsonChange{j}
	an, err := decode(func(d *decoder) Announcement { return d.announcement(path{}, ja) })
	if err != nil {
		return Change{}, underPath(err, "changes[0]")
	}
	return an.Changes[0], nil
}

func quoteFromJSON(j jsonQuote) (Quote, error) {
	ja := placeholder
	ja.Quotes = []jsonQuote{j}
	an, err := decode(func(d *decoder) Announcement { return d.announcement(path{}, ja) })
	if err != nil {
		return Quote{}, underPath(err, "quotes[0]")
	}
	return an.Quotes[0], nil
}

// factsFromJSON decodes the facts with the decoder of the document.
func factsFromJSON(j jsonFacts) (Facts, error) {
	r, err := decode(func(d *decoder) *record { return d.record(&jsonDoc{Alliance: j}) })
	if err != nil {
		return Facts{}, underPath(err, "alliance")
	}
	if len(r.facts.Names) == 0 {
		// The document writes no names as [], and the zero Facts has nil.
		r.facts.Names = nil
	}
	return r.facts, nil
}

func milestoneFromJSON(j jsonMilestone) (Milestone, error) {
	f, err := factsFromJSON(jsonFacts{Milestones: []jsonMilestone{j}})
	if err != nil {
		return Milestone{}, underPath(err, "milestones[0]")
	}
	return f.Milestones[0], nil
}

// The methods.

func marshalJSON(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	// As WriteJSON does: a URL's & stays &.
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, fmt.Errorf("vgt: writing JSON: %w", err)
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// MarshalJSON implements json.Marshaler: the document's form of a name
// ({"text", "lang", "kind", "period"}). It fails for a name that does not
// pass the checks Load makes of a name.
func (n Name) MarshalJSON() ([]byte, error) {
	if err := n.validate(); err != nil {
		return nil, err
	}
	return marshalJSON(encodeName(n))
}

// UnmarshalJSON implements json.Unmarshaler: it reads what MarshalJSON
// writes, strictly (see [Organization.UnmarshalJSON]).
func (n *Name) UnmarshalJSON(data []byte) error {
	return unmarshal(data, n, func(d *decoder, j jsonName) Name { return d.name(path{}, j) }, Name.validate)
}

func (n Name) validate() error {
	var es errs
	n.check(path{}, &es)
	return es.err()
}

// GobEncode implements gob.GobEncoder with the JSON form.
func (n Name) GobEncode() ([]byte, error) { return n.MarshalJSON() }

// GobDecode implements gob.GobDecoder with the JSON form.
func (n *Name) GobDecode(data []byte) error { return n.UnmarshalJSON(data) }

// MarshalJSON implements json.Marshaler: the document's form of an
// organization ({"id", "names", "jurisdiction", "kind", "website",
// "parent"}) with its display "name" and "acronym". It fails for an
// organization that does not Validate.
func (o Organization) MarshalJSON() ([]byte, error) {
	if err := o.Validate(); err != nil {
		return nil, err
	}
	return marshalJSON(organizationToJSON(o))
}

// UnmarshalJSON implements json.Unmarshaler: it reads what MarshalJSON
// writes, strictly: an unknown field, a duplicate key, a value that is not
// in its canonical text form, or an organization that does not Validate,
// is an error (see Error) that names the JSON path of the bad value within
// data. The "name" and "acronym" are taken as written, not derived from
// the names again. The JSON null leaves o as it was, and so does an error.
func (o *Organization) UnmarshalJSON(data []byte) error {
	return unmarshal(data, o, func(d *decoder, j jsonOrganization) Organization { return d.organization(path{}, j) }, Organization.Validate)
}

// GobEncode implements gob.GobEncoder with the JSON form, since gob would
// leave out the organization's names.
func (o Organization) GobEncode() ([]byte, error) { return o.MarshalJSON() }

// GobDecode implements gob.GobDecoder with the JSON form.
func (o *Organization) GobDecode(data []byte) error { return o.UnmarshalJSON(data) }

// check reports a Member whose organization does not Validate, or whose
// Jurisdiction or Kind differs from its Organization's, which the JSON
// form, holding one of each, would lose.
func (m Member) check() error {
	var es errs
	es.add(m.Organization.Validate())
	if m.Jurisdiction != m.jurisdiction {
		es.add(errorf("jurisdiction", m.Jurisdiction.String(), ErrInvalid, "the member's jurisdiction is not its organization's (%q)", m.jurisdiction))
	}
	if m.Kind != m.kind {
		es.add(errorf("kind", m.Kind.String(), ErrInvalid, "the member's kind is not its organization's (%q)", m.kind))
	}
	return es.err()
}

// MarshalJSON implements json.Marshaler: the member's organization as
// [Organization.MarshalJSON] writes it, whose "jurisdiction" and "kind"
// are the member's, and its "memberships", each with its "sources" (see
// [Membership.MarshalJSON]). It fails for a member whose organization does
// not Validate, or whose Jurisdiction or Kind is not its organization's.
func (m Member) MarshalJSON() ([]byte, error) {
	if err := m.check(); err != nil {
		return nil, err
	}
	j, err := memberToJSON(m)
	if err != nil {
		return nil, err
	}
	return marshalJSON(j)
}

// UnmarshalJSON implements json.Unmarshaler: it reads what MarshalJSON
// writes, as strictly as [Organization.UnmarshalJSON].
func (m *Member) UnmarshalJSON(data []byte) error {
	return unmarshal(data, m, func(d *decoder, j jsonMember) Member { return d.member(path{}, j) }, Member.check)
}

// GobEncode implements gob.GobEncoder with the JSON form, since gob would
// leave out the memberships.
func (m Member) GobEncode() ([]byte, error) { return m.MarshalJSON() }

// GobDecode implements gob.GobDecoder with the JSON form.
func (m *Member) GobDecode(data []byte) error { return m.UnmarshalJSON(data) }

func (p Partner) check() error { return p.Organization.Validate() }

// MarshalJSON implements json.Marshaler: the partner's organization as
// [Organization.MarshalJSON] writes it, its "category" and its
// "partnerships". It fails for a partner whose organization does not
// Validate.
func (p Partner) MarshalJSON() ([]byte, error) {
	if err := p.check(); err != nil {
		return nil, err
	}
	j, err := partnerToJSON(p)
	if err != nil {
		return nil, err
	}
	return marshalJSON(j)
}

// UnmarshalJSON implements json.Unmarshaler: it reads what MarshalJSON
// writes, as strictly as [Organization.UnmarshalJSON].
func (p *Partner) UnmarshalJSON(data []byte) error {
	return unmarshal(data, p, func(d *decoder, j jsonPartner) Partner { return d.partner(path{}, j) }, Partner.check)
}

// GobEncode implements gob.GobEncoder with the JSON form.
func (p Partner) GobEncode() ([]byte, error) { return p.MarshalJSON() }

// GobDecode implements gob.GobDecoder with the JSON form.
func (p *Partner) GobDecode(data []byte) error { return p.UnmarshalJSON(data) }

// MarshalJSON implements json.Marshaler: {"period", "category",
// "predecessor", "successor", "unit", "sources"}, where "sources" are the
// IDs of the announcements that stated the membership. It fails for a
// Period that does not Validate.
func (m Membership) MarshalJSON() ([]byte, error) {
	j, err := membershipToJSON(m)
	if err != nil {
		return nil, atPath(err, "period")
	}
	return marshalJSON(j)
}

// UnmarshalJSON implements json.Unmarshaler: it reads what MarshalJSON
// writes, strictly (see [Organization.UnmarshalJSON]).
func (m *Membership) UnmarshalJSON(data []byte) error {
	return unmarshal(data, m, func(d *decoder, j jsonMembership) Membership { return d.membership(path{}, j) }, nil)
}

// GobEncode implements gob.GobEncoder with the JSON form, since gob would
// leave out the sources.
func (m Membership) GobEncode() ([]byte, error) { return m.MarshalJSON() }

// GobDecode implements gob.GobDecoder with the JSON form.
func (m *Membership) GobDecode(data []byte) error { return m.UnmarshalJSON(data) }

// MarshalJSON implements json.Marshaler: {"post", "person", "agency",
// "elected", "period", "sources"}. It fails for a Period that does not
// Validate.
func (t Tenure) MarshalJSON() ([]byte, error) {
	j, err := tenureToJSON(t)
	if err != nil {
		return nil, atPath(err, "period")
	}
	return marshalJSON(j)
}

// UnmarshalJSON implements json.Unmarshaler: it reads what MarshalJSON
// writes, strictly (see [Organization.UnmarshalJSON]).
func (t *Tenure) UnmarshalJSON(data []byte) error {
	return unmarshal(data, t, func(d *decoder, j jsonTenure) Tenure { return d.tenure(path{}, j) }, nil)
}

// GobEncode implements gob.GobEncoder with the JSON form.
func (t Tenure) GobEncode() ([]byte, error) { return t.MarshalJSON() }

// GobDecode implements gob.GobDecoder with the JSON form.
func (t *Tenure) GobDecode(data []byte) error { return t.UnmarshalJSON(data) }

// MarshalJSON implements json.Marshaler: {"kind", "organization", "role",
// "category", "post", "person", "date", "sources"}.
func (a Admission) MarshalJSON() ([]byte, error) { return marshalJSON(admissionToJSON(a)) }

// UnmarshalJSON implements json.Unmarshaler: it reads what MarshalJSON
// writes, strictly (see [Organization.UnmarshalJSON]).
func (a *Admission) UnmarshalJSON(data []byte) error {
	return unmarshal(data, a, func(d *decoder, j jsonAdmission) Admission { return d.admission(path{}, j) }, nil)
}

// GobEncode implements gob.GobEncoder with the JSON form.
func (a Admission) GobEncode() ([]byte, error) { return a.MarshalJSON() }

// GobDecode implements gob.GobDecoder with the JSON form.
func (a *Admission) GobDecode(data []byte) error { return a.UnmarshalJSON(data) }

// MarshalJSON implements json.Marshaler: the document's form of a person,
// {"id", "name"}. It fails for a person that does not Validate.
func (pe Person) MarshalJSON() ([]byte, error) {
	if err := pe.Validate(); err != nil {
		return nil, err
	}
	return marshalJSON(encodePerson(pe))
}

// UnmarshalJSON implements json.Unmarshaler: it reads what MarshalJSON
// writes, strictly (see [Organization.UnmarshalJSON]).
func (pe *Person) UnmarshalJSON(data []byte) error {
	return unmarshal(data, pe, func(d *decoder, j jsonPerson) Person { return d.person(path{}, j) }, Person.Validate)
}

// GobEncode implements gob.GobEncoder with the JSON form.
func (pe Person) GobEncode() ([]byte, error) { return pe.MarshalJSON() }

// GobDecode implements gob.GobDecoder with the JSON form.
func (pe *Person) GobDecode(data []byte) error { return pe.UnmarshalJSON(data) }

// MarshalJSON implements json.Marshaler: the document's form of an
// announcement, as in the "announcements" of [Alliance.WriteJSON]. It fails
// for an announcement that does not Validate.
func (an Announcement) MarshalJSON() ([]byte, error) {
	if err := an.Validate(); err != nil {
		return nil, err
	}
	return marshalJSON(encodeAnnouncement(an))
}

// UnmarshalJSON implements json.Unmarshaler: it reads what MarshalJSON
// writes, strictly (see [Organization.UnmarshalJSON]).
func (an *Announcement) UnmarshalJSON(data []byte) error {
	return unmarshal(data, an, func(d *decoder, j jsonAnnounce) Announcement { return d.announcement(path{}, j) }, Announcement.Validate)
}

// GobEncode implements gob.GobEncoder with the JSON form, since gob cannot
// encode a language.Tag.
func (an Announcement) GobEncode() ([]byte, error) { return an.MarshalJSON() }

// GobDecode implements gob.GobDecoder with the JSON form.
func (an *Announcement) GobDecode(data []byte) error { return an.UnmarshalJSON(data) }

func (c Change) validate() error {
	var es errs
	c.check(path{}, &es)
	return es.err()
}

// MarshalJSON implements json.Marshaler: the document's form of a change,
// as in an announcement's "changes". It fails for a change that does not
// have the fields its kind needs, and no others.
func (c Change) MarshalJSON() ([]byte, error) {
	if err := c.validate(); err != nil {
		return nil, err
	}
	return marshalJSON(changeToJSON(c))
}

// UnmarshalJSON implements json.Unmarshaler: it reads what MarshalJSON
// writes, strictly (see [Organization.UnmarshalJSON]).
func (c *Change) UnmarshalJSON(data []byte) error {
	return unmarshal(data, c, func(d *decoder, j jsonChange) Change {
		ch, err := changeFromJSON(j)
		d.fail(err)
		return ch
	}, Change.validate)
}

// GobEncode implements gob.GobEncoder with the JSON form.
func (c Change) GobEncode() ([]byte, error) { return c.MarshalJSON() }

// GobDecode implements gob.GobDecoder with the JSON form.
func (c *Change) GobDecode(data []byte) error { return c.UnmarshalJSON(data) }

// MarshalJSON implements json.Marshaler: the document's form of a quote,
// as in an announcement's "quotes".
func (q Quote) MarshalJSON() ([]byte, error) { return marshalJSON(quoteToJSON(q)) }

// UnmarshalJSON implements json.Unmarshaler: it reads what MarshalJSON
// writes, strictly (see [Organization.UnmarshalJSON]).
func (q *Quote) UnmarshalJSON(data []byte) error {
	return unmarshal(data, q, func(d *decoder, j jsonQuote) Quote {
		qu, err := quoteFromJSON(j)
		d.fail(err)
		return qu
	}, nil)
}

// GobEncode implements gob.GobEncoder with the JSON form.
func (q Quote) GobEncode() ([]byte, error) { return q.MarshalJSON() }

// GobDecode implements gob.GobDecoder with the JSON form.
func (q *Quote) GobDecode(data []byte) error { return q.UnmarshalJSON(data) }

func (f Facts) check() error { return f.validate(path{}) }

// MarshalJSON implements json.Marshaler: the document's form of the
// alliance's facts, its "alliance" field. It fails for facts that Load
// would refuse.
func (f Facts) MarshalJSON() ([]byte, error) {
	if err := f.check(); err != nil {
		return nil, err
	}
	return marshalJSON(factsToJSON(f))
}

// UnmarshalJSON implements json.Unmarshaler: it reads what MarshalJSON
// writes, strictly (see [Organization.UnmarshalJSON]).
func (f *Facts) UnmarshalJSON(data []byte) error {
	return unmarshal(data, f, func(d *decoder, j jsonFacts) Facts {
		fa, err := factsFromJSON(j)
		d.fail(err)
		return fa
	}, Facts.check)
}

// GobEncode implements gob.GobEncoder with the JSON form.
func (f Facts) GobEncode() ([]byte, error) { return f.MarshalJSON() }

// GobDecode implements gob.GobDecoder with the JSON form.
func (f *Facts) GobDecode(data []byte) error { return f.UnmarshalJSON(data) }

// MarshalJSON implements json.Marshaler: the document's form of a
// milestone, {"date", "text", "source"}.
func (m Milestone) MarshalJSON() ([]byte, error) { return marshalJSON(milestoneToJSON(m)) }

// UnmarshalJSON implements json.Unmarshaler: it reads what MarshalJSON
// writes, strictly (see [Organization.UnmarshalJSON]).
func (m *Milestone) UnmarshalJSON(data []byte) error {
	return unmarshal(data, m, func(d *decoder, j jsonMilestone) Milestone {
		mi, err := milestoneFromJSON(j)
		d.fail(err)
		return mi
	}, nil)
}

// GobEncode implements gob.GobEncoder with the JSON form.
func (m Milestone) GobEncode() ([]byte, error) { return m.MarshalJSON() }

// GobDecode implements gob.GobDecoder with the JSON form.
func (m *Milestone) GobDecode(data []byte) error { return m.UnmarshalJSON(data) }

// The alliance.

// MarshalJSON implements json.Marshaler with [Alliance.WriteJSON], so that
// an alliance can sit inside a larger JSON value: json.Marshal gives
// WriteJSON's document without its indentation (and, as json.Marshal does
// by default, with <, > and & escaped). A snapshot writes the whole record
// it was made from, and reads back as the alliance at the end of that
// record.
func (a *Alliance) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	if err := a.WriteJSON(&b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// UnmarshalJSON implements json.Unmarshaler with [Load] and its default
// limits: it replaces *a with the alliance that data records, as strictly
// as Load reads it. The JSON null leaves *a as it was, and so does an
// error. An Alliance is immutable once shared: unmarshal only into one that
// no one else holds yet.
func (a *Alliance) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil
	}
	l, err := Load(bytes.NewReader(data))
	if err != nil {
		return err
	}
	a.s, a.snap, a.at = l.s, false, time.Time{}
	a.view = sync.OnceValue(a.derive)
	return nil
}

// WriteTo implements io.WriterTo with [Alliance.WriteJSON]: it writes the
// alliance's document to w and returns the number of bytes written.
func (a *Alliance) WriteTo(w io.Writer) (int64, error) {
	cw := &countingWriter{w: w}
	err := a.WriteJSON(cw)
	return cw.n, err
}

type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}
