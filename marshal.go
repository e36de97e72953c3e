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
	"golang.org/x/text/language"

	"github.com/virtualglobaltaskforce/vgt/internal/jsonscan"
)

// Every record type marshals with encoding/json to one JSON form, the
// document's own where the document has the record (Organization, Person,
// Announcement, Change, Quote, StatedCount, Name, Facts, Milestone: see
// json.go), and a form in the same style for what the fold derives
// (Member, Partner, Membership, Tenure, Admission, Affiliation, Plan,
// Claim, CountCheck): lower camel case, typed values as their text forms,
// IDs as canonical UUID strings, the announcements each fact came from as
// "sources", unset values left out.
//
// MarshalJSON and UnmarshalJSON are exact inverses: unmarshalling what
// MarshalJSON wrote gives a value equal to the one marshalled, unexported
// parts included. The one exception is what the document itself does not
// hold: an announcement's organizations are written in the document's
// form, with the Name and Acronym their names give and without the
// history of parents that only the fold records or the time of a snapshot
// (Apply makes them again). UnmarshalJSON is as strict as Load: unknown fields, duplicate
// keys, keys that differ from the field's name in case, values not in
// their canonical text form, are errors; each is an *Error that names the
// JSON path of the value, relative to the value being unmarshalled, and
// wraps ErrSyntax or the sentinel of the value's form (ErrInvalidDate,
// ErrInvalid, ...). A record that the package can check on its own (an
// Organization, a Person, an Announcement, a Change, ...) is checked both
// ways, as its Validate method does: MarshalJSON refuses a record that
// UnmarshalJSON would refuse, so that a record never has a JSON form that
// does not read back. As encoding/json asks of an Unmarshaler, the JSON
// null leaves the value as it was.
//
// The gob form of a record (GobEncode, GobDecode) is its JSON form, so that
// encoding/gob, which sees only exported fields, carries the whole record.

// jsonOrganization is the JSON form of an Organization as a value: the
// document's form, the display names that the value holds, the history of
// its parents that the fold gives it, and for an organization from a
// snapshot, the snapshot's time.
type jsonOrganization struct {
	jsonOrg
	// Name and Acronym are written as the value holds them, since a
	// snapshot's may differ from what the names give at the end of the
	// record.
	Name    string            `json:"name,omitempty"`
	Acronym string            `json:"acronym,omitempty"`
	Parents []jsonAffiliation `json:"parents,omitempty"`
	AsOf    string            `json:"asOf,omitempty"`
}

type jsonAffiliation struct {
	Parent string `json:"parent,omitempty"`
	Period string `json:"period,omitempty"`
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
	Period        string         `json:"period,omitempty"`
	Category      string         `json:"category,omitempty"`
	Predecessor   string         `json:"predecessor,omitempty"`
	Successor     string         `json:"successor,omitempty"`
	Unit          string         `json:"unit,omitempty"`
	UnitFrom      string         `json:"unitFrom,omitempty"`
	Vote          *jsonAdmission `json:"vote,omitempty"`
	LastConfirmed string         `json:"lastConfirmed,omitempty"`
	Words         []string       `json:"words,omitempty"`
	Sources       []string       `json:"sources,omitempty"`
	Plans         []string       `json:"plans,omitempty"`
}

type jsonTenure struct {
	Post     string         `json:"post,omitempty"`
	Person   string         `json:"person,omitempty"`
	Agency   string         `json:"agency,omitempty"`
	Unit     string         `json:"unit,omitempty"`
	Title    string         `json:"title,omitempty"`
	Election *jsonAdmission `json:"election,omitempty"`
	Period   string         `json:"period,omitempty"`
	Sources  []string       `json:"sources,omitempty"`
	Plans    []string       `json:"plans,omitempty"`
}

type jsonAdmission struct {
	Kind         string   `json:"kind,omitempty"`
	Organization string   `json:"organization,omitempty"`
	Role         string   `json:"role,omitempty"`
	Category     string   `json:"category,omitempty"`
	Post         string   `json:"post,omitempty"`
	Person       string   `json:"person,omitempty"`
	Seat         string   `json:"seat,omitempty"`
	Date         string   `json:"date,omitempty"`
	Words        string   `json:"words,omitempty"`
	Fulfilled    string   `json:"fulfilled,omitempty"`
	Sources      []string `json:"sources,omitempty"`
}

type jsonPlan struct {
	Change       jsonChange `json:"change"`
	Seat         string     `json:"seat,omitempty"`
	Announcement string     `json:"announcement,omitempty"`
	Published    string     `json:"published,omitempty"`
	FulfilledBy  string     `json:"fulfilledBy,omitempty"`
	Fulfilled    string     `json:"fulfilled,omitempty"`
}

type jsonClaim struct {
	Change       jsonChange `json:"change"`
	Announcement string     `json:"announcement,omitempty"`
	Published    string     `json:"published,omitempty"`
}

// jsonCountCheck is the JSON form of a CountCheck: its stated count's
// fields, as in an announcement's "counts", then the rest.
type jsonCountCheck struct {
	jsonCount
	Announcement string `json:"announcement,omitempty"`
	Published    string `json:"published,omitempty"`
	Recorded     int    `json:"recorded"`
	Possible     int    `json:"possible"`
}

// Encoding. Each encoder that can fail returns an error whose path is
// relative to the value it encodes.

// periodText returns the text form of p, or an error for a Period that
// does not Validate: textOf would write it as empty, and the value read
// back would lose it.
func periodText(p Period) (string, error) {
	b, err := p.MarshalText()
	return string(b), err
}

// periodField is periodText for the field name of a value.
func periodField(name string, p Period) (string, error) {
	s, err := periodText(p)
	return s, atPath(err, name)
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

// listToJSON encodes each of vs with to; nil stays nil, so that a list
// the value does not have is left out.
func listToJSON[T, J any](vs []T, to func(T) (J, error)) ([]J, error) {
	if vs == nil {
		return nil, nil
	}
	out := make([]J, len(vs))
	for i, v := range vs {
		var err error
		if out[i], err = to(v); err != nil {
			return nil, atPath(err, fmt.Sprintf("[%d]", i))
		}
	}
	return out, nil
}

func affiliationToJSON(a Affiliation) (jsonAffiliation, error) {
	period, err := periodField("period", a.Period)
	return jsonAffiliation{Parent: idText(a.Parent), Period: period}, err
}

func membershipToJSON(m Membership) (jsonMembership, error) {
	period, err := periodField("period", m.Period)
	return jsonMembership{
		Period: period, Category: m.Category.String(), Predecessor: idText(m.Predecessor),
		Successor: idText(m.Successor), Unit: idText(m.Unit), UnitFrom: m.unitFrom.String(),
		Vote: admissionRef(m.Vote), LastConfirmed: m.LastConfirmed.String(), Words: m.words,
		Sources: idTexts(m.sources), Plans: idTexts(m.plans),
	}, err
}

func organizationToJSON(o Organization) (jsonOrganization, error) {
	parents, err := listToJSON(o.parents, affiliationToJSON)
	if err != nil {
		return jsonOrganization{}, atPath(err, "parents")
	}
	asOf, err := instantText(o.asOf)
	return jsonOrganization{jsonOrg: encodeOrg(o), Name: o.Name, Acronym: o.Acronym, Parents: parents, AsOf: asOf}, atPath(err, "asOf")
}

// instantText returns the text form of a snapshot's time: RFC 3339 in UTC,
// to the nanosecond, and empty for the zero time. A time that RFC 3339
// cannot write (a year after 9999) is an error.
func instantText(t time.Time) (string, error) {
	if t.IsZero() {
		return "", nil
	}
	b, err := t.UTC().MarshalText()
	if err != nil {
		return "", errorf("", t.String(), ErrInvalidDate, "a time that RFC 3339 cannot write")
	}
	return string(b), nil
}

// parseInstant reads what instantText writes, and only that, so that what
// is read is written back the same.
func parseInstant(s string) (time.Time, error) {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}, errorf("", s, ErrInvalidDate, "not an RFC 3339 time")
	}
	if want, _ := instantText(t); want != s {
		return time.Time{}, errorf("", s, ErrInvalidDate, "not the canonical form of the time (want %q)", want)
	}
	return t.UTC(), nil
}

func memberToJSON(m Member) (jsonMember, error) {
	o, err := organizationToJSON(m.Organization)
	if err != nil {
		return jsonMember{}, err
	}
	ms, err := listToJSON(m.memberships, membershipToJSON)
	return jsonMember{jsonOrganization: o, Memberships: ms}, atPath(err, "memberships")
}

func partnerToJSON(p Partner) (jsonPartner, error) {
	o, err := organizationToJSON(p.Organization)
	if err != nil {
		return jsonPartner{}, err
	}
	ms, err := listToJSON(p.partnerships, membershipToJSON)
	return jsonPartner{jsonOrganization: o, Category: p.Category.String(), Partnerships: ms}, atPath(err, "partnerships")
}

func tenureToJSON(t Tenure) (jsonTenure, error) {
	period, err := periodField("period", t.Period)
	return jsonTenure{
		Post: t.Post.String(), Person: idText(t.Person), Agency: idText(t.Agency), Unit: idText(t.Unit),
		Title: t.Title, Election: admissionRef(t.Election), Period: period,
		Sources: idTexts(t.sources), Plans: idTexts(t.plans),
	}, err
}

func admissionToJSON(a Admission) jsonAdmission {
	return jsonAdmission{
		Kind: a.Kind.String(), Organization: idText(a.Organization), Role: a.Role.String(),
		Category: a.Category.String(), Post: a.Post.String(), Person: idText(a.Person), Seat: idText(a.seat),
		Date: a.Date.String(), Words: a.Words, Fulfilled: a.Fulfilled.String(), Sources: idTexts(a.sources),
	}
}

// admissionRef returns the form of an admission inside a membership or a
// tenure: nil, left out, for the zero Admission (no vote or election).
// Every field counts, not only the Kind that IsZero looks at, so that no
// field set is lost.
func admissionRef(a Admission) *jsonAdmission {
	if reflect.ValueOf(a).IsZero() {
		return nil
	}
	j := admissionToJSON(a)
	return &j
}

// changeToJSON, quoteToJSON and countToJSON take a change's, a quote's
// or a count's form from encodeAnnouncement, so that there is one encoder
// of each.
func changeToJSON(c Change) jsonChange {
	return encodeAnnouncement(Announcement{Changes: []Change{c}}).Changes[0]
}

func quoteToJSON(q Quote) jsonQuote {
	return encodeAnnouncement(Announcement{Quotes: []Quote{q}}).Quotes[0]
}

func countToJSON(c StatedCount) jsonCount {
	return encodeAnnouncement(Announcement{Counts: []StatedCount{c}}).Counts[0]
}

func planToJSON(p Plan) jsonPlan {
	return jsonPlan{
		Change: changeToJSON(p.Change), Seat: idText(p.seat), Announcement: idText(p.Announcement),
		Published: p.Published.String(), FulfilledBy: idText(p.FulfilledBy), Fulfilled: p.Fulfilled.String(),
	}
}

func claimToJSON(c Claim) jsonClaim {
	return jsonClaim{Change: changeToJSON(c.Change), Announcement: idText(c.Announcement), Published: c.Published.String()}
}

func countCheckToJSON(c CountCheck) jsonCountCheck {
	return jsonCountCheck{
		jsonCount: countToJSON(c.StatedCount), Announcement: idText(c.Announcement), Published: c.Published.String(),
		Recorded: c.Recorded, Possible: c.Possible,
	}
}

// encodeFacts is the encoder of the alliance's facts, the document's
// "alliance", and encodeMilestone of each of its milestones.
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
		return false, valueScanError(data, e)
	}
	if err := json.Unmarshal(data, j); err != nil {
		return false, syntaxError(data, err)
	}
	return true, nil
}

// valueScanError is scanError for a value read on its own. Its limits are
// Load's defaults, which no option of UnmarshalJSON changes, so where
// scanError would name the LoadOption that sets a limit, it says so.
func valueScanError(data []byte, e *jsonscan.Error) error {
	if e.Limit == "" {
		return scanError(data, e)
	}
	return &Error{Path: e.Path, Value: excerptAt(data, e.Offset), Pos: -1,
		Err: fmt.Errorf("%w: %s at byte %d (the %s limit, which UnmarshalJSON keeps at Load's default)", ErrLimit, e.Msg, e.Offset, e.Limit)}
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
func unmarshal[T, J any](data []byte, v *T, from func(d *decoder, p path, j J) T, check func(T) error) error {
	var j J
	ok, err := readJSON(data, &j)
	if !ok || err != nil {
		return err
	}
	r, err := decode(func(d *decoder) T { return from(d, path{}, j) })
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

// strs returns a list of strings as read, and nil for an empty one, as
// ids does.
func strs(ss []string) []string {
	if len(ss) == 0 {
		return nil
	}
	return ss
}

// list decodes each of js with from; an empty list is nil, as ids does.
func list[T, J any](d *decoder, p path, js []J, from func(d *decoder, p path, j J) T) []T {
	if len(js) == 0 {
		return nil
	}
	out := make([]T, len(js))
	for i, j := range js {
		out[i] = from(d, p.elem(i), j)
	}
	return out
}

func (d *decoder) affiliation(p path, j jsonAffiliation) Affiliation {
	return Affiliation{
		Parent: parse(d, &p, "parent", j.Parent, true, parseUUID),
		Period: parse(d, &p, "period", j.Period, true, ParsePeriod),
	}
}

func (d *decoder) membership(p path, j jsonMembership) Membership {
	return Membership{
		Period:        parse(d, &p, "period", j.Period, true, ParsePeriod),
		Category:      parse(d, &p, "category", j.Category, true, ParsePartnerCategory),
		Predecessor:   parse(d, &p, "predecessor", j.Predecessor, true, parseUUID),
		Successor:     parse(d, &p, "successor", j.Successor, true, parseUUID),
		Unit:          parse(d, &p, "unit", j.Unit, true, parseUUID),
		unitFrom:      parse(d, &p, "unitFrom", j.UnitFrom, true, ParseDate),
		Vote:          d.admissionRef(p.field("vote"), j.Vote),
		LastConfirmed: parse(d, &p, "lastConfirmed", j.LastConfirmed, true, ParseDate),
		words:         strs(j.Words),
		sources:       d.ids(p.field("sources"), j.Sources),
		plans:         d.ids(p.field("plans"), j.Plans),
	}
}

func (d *decoder) organization(p path, j jsonOrganization) Organization {
	o := d.org(p, j.jsonOrg)
	o.Name, o.Acronym = j.Name, j.Acronym
	o.parents = list(d, p.field("parents"), j.Parents, (*decoder).affiliation)
	o.asOf = parse(d, &p, "asOf", j.AsOf, true, parseInstant)
	return o
}

func (d *decoder) member(p path, j jsonMember) Member {
	o := d.organization(p, j.jsonOrganization)
	return Member{
		Organization: o, Jurisdiction: o.jurisdiction, Kind: o.kind,
		memberships: list(d, p.field("memberships"), j.Memberships, (*decoder).membership),
	}
}

func (d *decoder) partner(p path, j jsonPartner) Partner {
	return Partner{
		Organization: d.organization(p, j.jsonOrganization),
		Category:     parse(d, &p, "category", j.Category, true, ParsePartnerCategory),
		partnerships: list(d, p.field("partnerships"), j.Partnerships, (*decoder).membership),
	}
}

func (d *decoder) tenure(p path, j jsonTenure) Tenure {
	return Tenure{
		Post:     parse(d, &p, "post", j.Post, true, ParsePost),
		Person:   parse(d, &p, "person", j.Person, true, parseUUID),
		Agency:   parse(d, &p, "agency", j.Agency, true, parseUUID),
		Unit:     parse(d, &p, "unit", j.Unit, true, parseUUID),
		Title:    j.Title,
		Election: d.admissionRef(p.field("election"), j.Election),
		Period:   parse(d, &p, "period", j.Period, true, ParsePeriod),
		sources:  d.ids(p.field("sources"), j.Sources),
		plans:    d.ids(p.field("plans"), j.Plans),
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
		seat:         parse(d, &p, "seat", j.Seat, true, parseUUID),
		Date:         parse(d, &p, "date", j.Date, true, ParseDate),
		Words:        j.Words,
		Fulfilled:    parse(d, &p, "fulfilled", j.Fulfilled, true, ParseDate),
		sources:      d.ids(p.field("sources"), j.Sources),
	}
}

// admissionRef decodes the admission inside a membership or a tenure:
// none is the zero Admission.
func (d *decoder) admissionRef(p path, j *jsonAdmission) Admission {
	if j == nil {
		return Admission{}
	}
	return d.admission(p, *j)
}

// placeholder is an announcement with the fields the decoder requires, in
// which a change, a quote or a count is decoded on its own.
var placeholder = jsonAnnounce{ID: "00000000-0000-4000-8000-000000000000", Published: "2000", Language: "en"}

// inAnnouncement decodes ja, a placeholder holding one change, quote or
// count, with the decoder of announcements, so that there is one decoder
// of each, and reports errors under the value, at p.
func (d *decoder) inAnnouncement(p path, ja jsonAnnounce, under string) Announcement {
	an, err := decode(func(d *decoder) Announcement { return d.announcement(path{}, ja) })
	d.fail(atPath(underPath(err, under), p.String()))
	return an
}

func (d *decoder) change(p path, j jsonChange) Change {
	ja := placeholder
	ja.Changes = []jsonChange{j}
	if an := d.inAnnouncement(p, ja, "changes[0]"); an.Changes != nil {
		return an.Changes[0]
	}
	return Change{}
}

func (d *decoder) quote(p path, j jsonQuote) Quote {
	ja := placeholder
	ja.Quotes = []jsonQuote{j}
	if an := d.inAnnouncement(p, ja, "quotes[0]"); an.Quotes != nil {
		return an.Quotes[0]
	}
	return Quote{}
}

func (d *decoder) count(p path, j jsonCount) StatedCount {
	ja := placeholder
	ja.Counts = []jsonCount{j}
	if an := d.inAnnouncement(p, ja, "counts[0]"); an.Counts != nil {
		return an.Counts[0]
	}
	return StatedCount{}
}

func (d *decoder) plan(p path, j jsonPlan) Plan {
	return Plan{
		Change:       d.change(p.field("change"), j.Change),
		seat:         parse(d, &p, "seat", j.Seat, true, parseUUID),
		Announcement: parse(d, &p, "announcement", j.Announcement, true, parseUUID),
		Published:    parse(d, &p, "published", j.Published, true, ParseDate),
		FulfilledBy:  parse(d, &p, "fulfilledBy", j.FulfilledBy, true, parseUUID),
		Fulfilled:    parse(d, &p, "fulfilled", j.Fulfilled, true, ParseDate),
	}
}

func (d *decoder) claim(p path, j jsonClaim) Claim {
	return Claim{
		Change:       d.change(p.field("change"), j.Change),
		Announcement: parse(d, &p, "announcement", j.Announcement, true, parseUUID),
		Published:    parse(d, &p, "published", j.Published, true, ParseDate),
	}
}

func (d *decoder) countCheck(p path, j jsonCountCheck) CountCheck {
	return CountCheck{
		StatedCount:  d.count(p, j.jsonCount),
		Announcement: parse(d, &p, "announcement", j.Announcement, true, parseUUID),
		Published:    parse(d, &p, "published", j.Published, true, ParseDate),
		Recorded:     j.Recorded,
		Possible:     j.Possible,
	}
}

// facts decodes the facts with the decoder of the document.
func (d *decoder) facts(p path, j jsonFacts) Facts {
	r, err := decode(func(d *decoder) *record { return d.record(&jsonDoc{Alliance: j}) })
	d.fail(atPath(underPath(err, "alliance"), p.String()))
	if r == nil {
		return Facts{}
	}
	if len(r.facts.Names) == 0 {
		// The document writes no names as [], and the zero Facts has nil.
		r.facts.Names = nil
	}
	return r.facts
}

func (d *decoder) milestone(p path, j jsonMilestone) Milestone {
	f, err := decode(func(d *decoder) Facts { return d.facts(path{}, jsonFacts{Milestones: []jsonMilestone{j}}) })
	if err != nil {
		d.fail(atPath(underPath(err, "milestones[0]"), p.String()))
		return Milestone{}
	}
	return f.Milestones[0]
}

// The methods.

// marshal checks v with check (if not nil), converts it to its JSON form
// with to, and marshals that.
func marshal[T, J any](v T, check func(T) error, to func(T) (J, error)) ([]byte, error) {
	if check != nil {
		if err := check(v); err != nil {
			return nil, err
		}
	}
	j, err := to(v)
	if err != nil {
		return nil, err
	}
	return marshalJSON(j)
}

// noError adapts an encoder that cannot fail to marshal.
func noError[T, J any](to func(T) J) func(T) (J, error) {
	return func(v T) (J, error) { return to(v), nil }
}

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
func (n Name) MarshalJSON() ([]byte, error) { return marshal(n, Name.validate, noError(encodeName)) }

// UnmarshalJSON implements json.Unmarshaler: it reads what MarshalJSON
// writes, strictly (see [Organization.UnmarshalJSON]).
func (n *Name) UnmarshalJSON(data []byte) error {
	return unmarshal(data, n, (*decoder).name, Name.validate)
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
// "parent"}) with its display "name" and "acronym" and, for an
// organization from an alliance, the "parents" that [Organization.Parents]
// gives (see [Affiliation.MarshalJSON]) and, from a snapshot, the time of
// the snapshot as "asOf" (RFC 3339, UTC). It fails for an organization
// that does not Validate, or one of whose parents has a Period that does
// not.
func (o Organization) MarshalJSON() ([]byte, error) {
	return marshal(o, Organization.Validate, organizationToJSON)
}

// UnmarshalJSON implements json.Unmarshaler: it reads what MarshalJSON
// writes, strictly: an unknown field, a duplicate key, a value that is not
// in its canonical text form, or an organization that does not Validate,
// is an error (see Error) that names the JSON path of the bad value within
// data. The "name" and "acronym" are taken as written, not derived from
// the names again. The JSON null leaves o as it was, and so does an error.
func (o *Organization) UnmarshalJSON(data []byte) error {
	return unmarshal(data, o, (*decoder).organization, Organization.Validate)
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
func (m Member) MarshalJSON() ([]byte, error) { return marshal(m, Member.check, memberToJSON) }

// UnmarshalJSON implements json.Unmarshaler: it reads what MarshalJSON
// writes, as strictly as [Organization.UnmarshalJSON].
func (m *Member) UnmarshalJSON(data []byte) error {
	return unmarshal(data, m, (*decoder).member, Member.check)
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
func (p Partner) MarshalJSON() ([]byte, error) { return marshal(p, Partner.check, partnerToJSON) }

// UnmarshalJSON implements json.Unmarshaler: it reads what MarshalJSON
// writes, as strictly as [Organization.UnmarshalJSON].
func (p *Partner) UnmarshalJSON(data []byte) error {
	return unmarshal(data, p, (*decoder).partner, Partner.check)
}

// GobEncode implements gob.GobEncoder with the JSON form.
func (p Partner) GobEncode() ([]byte, error) { return p.MarshalJSON() }

// GobDecode implements gob.GobDecoder with the JSON form.
func (p *Partner) GobDecode(data []byte) error { return p.UnmarshalJSON(data) }

// MarshalJSON implements json.Marshaler: {"period", "category",
// "predecessor", "successor", "unit", "unitFrom", "vote", "lastConfirmed",
// "words", "sources", "plans"}, where "unitFrom" is the publication of the
// first announcement that named the unit, "vote" the admission as
// [Admission.MarshalJSON] writes it (left out for none), "words" the
// sources' own words for the role, "sources" the IDs of the announcements
// that stated the membership and "plans" those of the announcements whose
// plans it fulfilled. It fails for a Period that does not Validate.
func (m Membership) MarshalJSON() ([]byte, error) { return marshal(m, nil, membershipToJSON) }

// UnmarshalJSON implements json.Unmarshaler: it reads what MarshalJSON
// writes, strictly (see [Organization.UnmarshalJSON]).
func (m *Membership) UnmarshalJSON(data []byte) error {
	return unmarshal(data, m, (*decoder).membership, nil)
}

// GobEncode implements gob.GobEncoder with the JSON form, since gob would
// leave out the sources.
func (m Membership) GobEncode() ([]byte, error) { return m.MarshalJSON() }

// GobDecode implements gob.GobDecoder with the JSON form.
func (m *Membership) GobDecode(data []byte) error { return m.UnmarshalJSON(data) }

// MarshalJSON implements json.Marshaler: {"post", "person", "agency",
// "unit", "title", "election", "period", "sources", "plans"}, where
// "election" is the admission as [Admission.MarshalJSON] writes it (left
// out for none), "sources" the IDs of the announcements that stated the
// tenure and "plans" those of the announcements whose plans it fulfilled.
// It fails for a Period that does not Validate.
func (t Tenure) MarshalJSON() ([]byte, error) { return marshal(t, nil, tenureToJSON) }

// UnmarshalJSON implements json.Unmarshaler: it reads what MarshalJSON
// writes, strictly (see [Organization.UnmarshalJSON]).
func (t *Tenure) UnmarshalJSON(data []byte) error {
	return unmarshal(data, t, (*decoder).tenure, nil)
}

// GobEncode implements gob.GobEncoder with the JSON form.
func (t Tenure) GobEncode() ([]byte, error) { return t.MarshalJSON() }

// GobDecode implements gob.GobDecoder with the JSON form.
func (t *Tenure) GobDecode(data []byte) error { return t.UnmarshalJSON(data) }

// MarshalJSON implements json.Marshaler: {"kind", "organization", "role",
// "category", "post", "person", "seat", "date", "words", "fulfilled",
// "sources"}, where "seat" is the member whose seat an election names.
func (a Admission) MarshalJSON() ([]byte, error) { return marshalJSON(admissionToJSON(a)) }

// UnmarshalJSON implements json.Unmarshaler: it reads what MarshalJSON
// writes, strictly (see [Organization.UnmarshalJSON]).
func (a *Admission) UnmarshalJSON(data []byte) error {
	return unmarshal(data, a, (*decoder).admission, nil)
}

// GobEncode implements gob.GobEncoder with the JSON form.
func (a Admission) GobEncode() ([]byte, error) { return a.MarshalJSON() }

// GobDecode implements gob.GobDecoder with the JSON form.
func (a *Admission) GobDecode(data []byte) error { return a.UnmarshalJSON(data) }

// MarshalJSON implements json.Marshaler: the document's form of a person,
// {"id", "name"}. It fails for a person that does not Validate.
func (pe Person) MarshalJSON() ([]byte, error) {
	return marshal(pe, Person.Validate, noError(encodePerson))
}

// UnmarshalJSON implements json.Unmarshaler: it reads what MarshalJSON
// writes, strictly (see [Organization.UnmarshalJSON]).
func (pe *Person) UnmarshalJSON(data []byte) error {
	return unmarshal(data, pe, (*decoder).person, Person.Validate)
}

// GobEncode implements gob.GobEncoder with the JSON form.
func (pe Person) GobEncode() ([]byte, error) { return pe.MarshalJSON() }

// GobDecode implements gob.GobDecoder with the JSON form.
func (pe *Person) GobDecode(data []byte) error { return pe.UnmarshalJSON(data) }

// MarshalJSON implements json.Marshaler: the document's form of an
// announcement, as in the "announcements" of [Alliance.WriteJSON]. It fails
// for an announcement that does not Validate.
func (an Announcement) MarshalJSON() ([]byte, error) {
	return marshal(an, Announcement.Validate, noError(encodeAnnouncement))
}

// UnmarshalJSON implements json.Unmarshaler: it reads what MarshalJSON
// writes, strictly (see [Organization.UnmarshalJSON]).
func (an *Announcement) UnmarshalJSON(data []byte) error {
	return unmarshal(data, an, (*decoder).announcement, Announcement.Validate)
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
	return marshal(c, Change.validate, noError(changeToJSON))
}

// UnmarshalJSON implements json.Unmarshaler: it reads what MarshalJSON
// writes, strictly (see [Organization.UnmarshalJSON]).
func (c *Change) UnmarshalJSON(data []byte) error {
	return unmarshal(data, c, (*decoder).change, Change.validate)
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
	return unmarshal(data, q, (*decoder).quote, nil)
}

// GobEncode implements gob.GobEncoder with the JSON form.
func (q Quote) GobEncode() ([]byte, error) { return q.MarshalJSON() }

// GobDecode implements gob.GobDecoder with the JSON form.
func (q *Quote) GobDecode(data []byte) error { return q.UnmarshalJSON(data) }

func (f Facts) check() error { return f.validate(path{}) }

// MarshalJSON implements json.Marshaler: the document's form of the
// alliance's facts, its "alliance" field. It fails for facts that Load
// would refuse.
func (f Facts) MarshalJSON() ([]byte, error) { return marshal(f, Facts.check, noError(encodeFacts)) }

// UnmarshalJSON implements json.Unmarshaler: it reads what MarshalJSON
// writes, strictly (see [Organization.UnmarshalJSON]).
func (f *Facts) UnmarshalJSON(data []byte) error {
	return unmarshal(data, f, (*decoder).facts, Facts.check)
}

// GobEncode implements gob.GobEncoder with the JSON form.
func (f Facts) GobEncode() ([]byte, error) { return f.MarshalJSON() }

// GobDecode implements gob.GobDecoder with the JSON form.
func (f *Facts) GobDecode(data []byte) error { return f.UnmarshalJSON(data) }

// MarshalJSON implements json.Marshaler: the document's form of a
// milestone, {"date", "text", "source", "status"}.
func (m Milestone) MarshalJSON() ([]byte, error) { return marshalJSON(encodeMilestone(m)) }

// UnmarshalJSON implements json.Unmarshaler: it reads what MarshalJSON
// writes, strictly (see [Organization.UnmarshalJSON]).
func (m *Milestone) UnmarshalJSON(data []byte) error {
	return unmarshal(data, m, (*decoder).milestone, nil)
}

// GobEncode implements gob.GobEncoder with the JSON form.
func (m Milestone) GobEncode() ([]byte, error) { return m.MarshalJSON() }

// GobDecode implements gob.GobDecoder with the JSON form.
func (m *Milestone) GobDecode(data []byte) error { return m.UnmarshalJSON(data) }

// MarshalJSON implements json.Marshaler: {"parent", "period"}, each left
// out where it is unset. It fails for a Period that does not Validate.
func (a Affiliation) MarshalJSON() ([]byte, error) { return marshal(a, nil, affiliationToJSON) }

// UnmarshalJSON implements json.Unmarshaler: it reads what MarshalJSON
// writes, strictly (see [Organization.UnmarshalJSON]).
func (a *Affiliation) UnmarshalJSON(data []byte) error {
	return unmarshal(data, a, (*decoder).affiliation, nil)
}

// GobEncode implements gob.GobEncoder with the JSON form.
func (a Affiliation) GobEncode() ([]byte, error) { return a.MarshalJSON() }

// GobDecode implements gob.GobDecoder with the JSON form, since gob would
// leave out the Period's dates.
func (a *Affiliation) GobDecode(data []byte) error { return a.UnmarshalJSON(data) }

func (c StatedCount) check() error {
	an := countHolder
	an.Counts = []StatedCount{c}
	return underPath(an.Validate(), "counts[0]")
}

// countHolder is an announcement that passes Validate, in which a count is
// checked by the checks of an announcement's counts.
var countHolder = Announcement{
	ID: uuid.MustParse(placeholder.ID), Published: MustParseDate(placeholder.Published),
	Source: "https://example.org/", Language: language.English,
}

// MarshalJSON implements json.Marshaler: the document's form of a stated
// count, as in an announcement's "counts": {"n", "role", "words"}. It
// fails for a count that an announcement could not hold.
func (c StatedCount) MarshalJSON() ([]byte, error) {
	return marshal(c, StatedCount.check, noError(countToJSON))
}

// UnmarshalJSON implements json.Unmarshaler: it reads what MarshalJSON
// writes, strictly (see [Organization.UnmarshalJSON]).
func (c *StatedCount) UnmarshalJSON(data []byte) error {
	return unmarshal(data, c, (*decoder).count, StatedCount.check)
}

// GobEncode implements gob.GobEncoder with the JSON form.
func (c StatedCount) GobEncode() ([]byte, error) { return c.MarshalJSON() }

// GobDecode implements gob.GobDecoder with the JSON form.
func (c *StatedCount) GobDecode(data []byte) error { return c.UnmarshalJSON(data) }

func (c CountCheck) check() error { return c.StatedCount.check() }

// MarshalJSON implements json.Marshaler: the stated count's fields as
// [StatedCount.MarshalJSON] writes them, then "announcement",
// "published", "recorded" and "possible". It fails for a count that an
// announcement could not hold.
func (c CountCheck) MarshalJSON() ([]byte, error) {
	return marshal(c, CountCheck.check, noError(countCheckToJSON))
}

// UnmarshalJSON implements json.Unmarshaler: it reads what MarshalJSON
// writes, strictly (see [Organization.UnmarshalJSON]).
func (c *CountCheck) UnmarshalJSON(data []byte) error {
	return unmarshal(data, c, (*decoder).countCheck, CountCheck.check)
}

// GobEncode implements gob.GobEncoder with the JSON form.
func (c CountCheck) GobEncode() ([]byte, error) { return c.MarshalJSON() }

// GobDecode implements gob.GobDecoder with the JSON form.
func (c *CountCheck) GobDecode(data []byte) error { return c.UnmarshalJSON(data) }

func (p Plan) check() error { return atPath(p.Change.validate(), "change") }

// MarshalJSON implements json.Marshaler: {"change", "seat",
// "announcement", "published", "fulfilledBy", "fulfilled"}, where "change"
// is the planned change as [Change.MarshalJSON] writes it and "seat" the
// member whose seat a planned election or appointment names. It fails for
// a change that does not have the fields its kind needs, and no others.
func (p Plan) MarshalJSON() ([]byte, error) { return marshal(p, Plan.check, noError(planToJSON)) }

// UnmarshalJSON implements json.Unmarshaler: it reads what MarshalJSON
// writes, strictly (see [Organization.UnmarshalJSON]).
func (p *Plan) UnmarshalJSON(data []byte) error {
	return unmarshal(data, p, (*decoder).plan, Plan.check)
}

// GobEncode implements gob.GobEncoder with the JSON form, since gob would
// leave out the seat.
func (p Plan) GobEncode() ([]byte, error) { return p.MarshalJSON() }

// GobDecode implements gob.GobDecoder with the JSON form.
func (p *Plan) GobDecode(data []byte) error { return p.UnmarshalJSON(data) }

func (c Claim) check() error { return atPath(c.Change.validate(), "change") }

// MarshalJSON implements json.Marshaler: {"change", "announcement",
// "published"}, where "change" is the claimed change as
// [Change.MarshalJSON] writes it. It fails for a change that does not have
// the fields its kind needs, and no others.
func (c Claim) MarshalJSON() ([]byte, error) { return marshal(c, Claim.check, noError(claimToJSON)) }

// UnmarshalJSON implements json.Unmarshaler: it reads what MarshalJSON
// writes, strictly (see [Organization.UnmarshalJSON]).
func (c *Claim) UnmarshalJSON(data []byte) error {
	return unmarshal(data, c, (*decoder).claim, Claim.check)
}

// GobEncode implements gob.GobEncoder with the JSON form.
func (c Claim) GobEncode() ([]byte, error) { return c.MarshalJSON() }

// GobDecode implements gob.GobDecoder with the JSON form.
func (c *Claim) GobDecode(data []byte) error { return c.UnmarshalJSON(data) }

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
// as Load reads it. To read a document beyond those limits, call Load with
// its options. The JSON null leaves *a as it was, and so does an error. An
// Alliance is immutable once shared: unmarshal only into one that no one
// else holds yet.
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
