package vgt_test

import (
	"bytes"
	"encoding/gob"
	"encoding/json"
	"errors"
	"io"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/virtualglobaltaskforce/vgt"
)

var (
	_ json.Marshaler   = vgt.Member{}
	_ json.Unmarshaler = (*vgt.Member)(nil)
	_ json.Marshaler   = (*vgt.Alliance)(nil)
	_ json.Unmarshaler = (*vgt.Alliance)(nil)
	_ io.WriterTo      = (*vgt.Alliance)(nil)
	_ gob.GobEncoder   = vgt.Member{}
	_ gob.GobDecoder   = (*vgt.Member)(nil)
)

// jsonRoundTrip marshals v with encoding/json, unmarshals the bytes into a
// new value and checks that it equals v, unexported parts included, and
// that it marshals to the same bytes.
func jsonRoundTrip[T any](t *testing.T, v T) {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	var got T
	require.NoError(t, json.Unmarshal(b, &got), "%s", b)
	assert.Equal(t, v, got, "%s", b)
	again, err := json.Marshal(got)
	require.NoError(t, err)
	assert.Equal(t, string(b), string(again))
}

// gobRoundTrip does the same with encoding/gob, for a slice of values.
func gobRoundTrip[T any](t *testing.T, vs []T) {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, gob.NewEncoder(&buf).Encode(vs))
	var got []T
	require.NoError(t, gob.NewDecoder(&buf).Decode(&got))
	assert.Equal(t, vs, got)
}

// records collects every record of each type that an alliance holds.
type records struct {
	orgs          []vgt.Organization
	names         []vgt.Name
	members       []vgt.Member
	partners      []vgt.Partner
	memberships   []vgt.Membership
	people        []vgt.Person
	announcements []vgt.Announcement
	changes       []vgt.Change
	quotes        []vgt.Quote
	tenures       []vgt.Tenure
	admissions    []vgt.Admission
	milestones    []vgt.Milestone
}

func collect(a *vgt.Alliance) records {
	var r records
	for o := range a.Organizations() {
		r.orgs = append(r.orgs, o)
		r.names = slices.AppendSeq(r.names, o.Names())
	}
	for m := range a.Members() {
		r.members = append(r.members, m)
		r.memberships = slices.AppendSeq(r.memberships, m.Memberships())
	}
	for p := range a.Partners() {
		r.partners = append(r.partners, p)
		r.memberships = slices.AppendSeq(r.memberships, p.Partnerships())
	}
	r.people = slices.Collect(a.People())
	for an := range a.Announcements() {
		r.announcements = append(r.announcements, an)
		r.changes = append(r.changes, an.Changes...)
		r.quotes = append(r.quotes, an.Quotes...)
		r.orgs = append(r.orgs, an.Organizations...)
		r.people = append(r.people, an.People...)
	}
	r.tenures = slices.Collect(a.Tenures())
	r.admissions = slices.Collect(a.Pending())
	r.milestones = a.Facts().Milestones
	return r
}

func TestJSONRoundTripEveryRecord(t *testing.T) {
	a := vgt.Default()
	// A pending vote, which the embedded dataset has none of.
	f := newFixture(t)
	pending, err := f.a.Apply(f.announce("2004-03-01",
		vgt.Change{Kind: vgt.ChangeKindVotedIn, Effective: vgt.MustParseDate("2004-02"), Organization: f.other, Role: vgt.RoleMember},
	))
	require.NoError(t, err)

	for _, al := range []struct {
		name string
		a    *vgt.Alliance
	}{
		{"Default", a},
		{"Default as of 2007", a.AsOf(time.Date(2007, 1, 1, 0, 0, 0, 0, time.UTC))},
		{"pending", pending},
	} {
		t.Run(al.name, func(t *testing.T) {
			r := collect(al.a)
			run := func(name string, n int, fn func(t *testing.T)) {
				t.Run(name, func(t *testing.T) {
					if al.name == "Default" {
						require.NotZero(t, n, "the dataset has no %s to test", name)
					}
					fn(t)
				})
			}
			run("Organization", len(r.orgs), func(t *testing.T) { each(t, r.orgs) })
			run("Name", len(r.names), func(t *testing.T) { each(t, r.names) })
			run("Member", len(r.members), func(t *testing.T) { each(t, r.members) })
			run("Partner", len(r.partners), func(t *testing.T) { each(t, r.partners) })
			run("Membership", len(r.memberships), func(t *testing.T) { each(t, r.memberships) })
			run("Person", len(r.people), func(t *testing.T) { each(t, r.people) })
			run("Announcement", len(r.announcements), func(t *testing.T) { each(t, r.announcements) })
			run("Change", len(r.changes), func(t *testing.T) { each(t, r.changes) })
			run("Quote", len(r.quotes), func(t *testing.T) { each(t, r.quotes) })
			run("Tenure", len(r.tenures), func(t *testing.T) { each(t, r.tenures) })
			run("Milestone", len(r.milestones), func(t *testing.T) { each(t, r.milestones) })
			run("Facts", 1, func(t *testing.T) { jsonRoundTrip(t, al.a.Facts()) })
			if al.name == "pending" {
				require.Len(t, r.admissions, 1)
				each(t, r.admissions)
			}
		})
	}
}

func each[T any](t *testing.T, vs []T) {
	t.Helper()
	for _, v := range vs {
		jsonRoundTrip(t, v)
	}
}

func TestGobRoundTrip(t *testing.T) {
	r := collect(vgt.Default())
	gobRoundTrip(t, r.members)
	gobRoundTrip(t, r.partners)
	gobRoundTrip(t, r.announcements)
	gobRoundTrip(t, r.orgs)
	gobRoundTrip(t, r.tenures)
	gobRoundTrip(t, r.memberships)
	gobRoundTrip(t, r.changes)

	// A struct of a service's own, with the values in it.
	type cached struct {
		Member vgt.Member
		Since  vgt.Date
		Span   vgt.Period
		Kind   vgt.PartnerCategory
	}
	m := r.members[0]
	gobRoundTrip(t, []cached{{Member: m, Since: m.Membership().Period.Start, Span: m.Membership().Period, Kind: vgt.PartnerCategoryAcademic}})
}

func TestJSONMemberForm(t *testing.T) {
	a := vgt.Default()
	org, err := a.Lookup("AFP")
	require.NoError(t, err)
	m, ok := a.Member(org.ID)
	require.True(t, ok)
	b, err := json.Marshal(m)
	require.NoError(t, err)
	var form map[string]any
	require.NoError(t, json.Unmarshal(b, &form))
	assert.Equal(t, org.ID.String(), form["id"])
	assert.Equal(t, "Australian Federal Police", form["name"])
	assert.Equal(t, "AFP", form["acronym"])
	assert.Equal(t, "AU", form["jurisdiction"])
	assert.Equal(t, "nationalAgency", form["kind"])
	assert.NotEmpty(t, form["names"])
	ms := form["memberships"].([]any)
	require.NotEmpty(t, ms)
	first := ms[0].(map[string]any)
	assert.Equal(t, m.Membership().Period.String(), ms[len(ms)-1].(map[string]any)["period"])
	assert.Len(t, first["sources"], len(slices.Collect(m.Memberships())[0].Sources()))
	for key := range form {
		assert.Equal(t, strings.ToLower(key[:1]), key[:1], "keys are lower camel case: %s", key)
	}
	_, hasWebsite := form["website"]
	assert.False(t, hasWebsite, "unset values are left out")
}

func TestJSONAlliance(t *testing.T) {
	a := vgt.Default()
	var doc bytes.Buffer
	require.NoError(t, a.WriteJSON(&doc))
	var compact bytes.Buffer
	require.NoError(t, json.Compact(&compact, doc.Bytes()))

	b, err := json.Marshal(a)
	require.NoError(t, err)
	var escaped bytes.Buffer
	json.HTMLEscape(&escaped, compact.Bytes())
	assert.Equal(t, escaped.String(), string(b), "json.Marshal gives WriteJSON's document, compacted and HTML-escaped")

	var unescaped bytes.Buffer
	enc := json.NewEncoder(&unescaped)
	enc.SetEscapeHTML(false)
	require.NoError(t, enc.Encode(a))
	assert.Equal(t, compact.String()+"\n", unescaped.String(), "without HTML escaping, the same bytes")

	// An alliance inside a larger value.
	type envelope struct {
		Note     string        `json:"note"`
		Alliance *vgt.Alliance `json:"alliance"`
	}
	b, err = json.Marshal(envelope{Note: "hello", Alliance: a})
	require.NoError(t, err)
	var env envelope
	require.NoError(t, json.Unmarshal(b, &env))
	assert.Equal(t, "hello", env.Note)
	require.NotNil(t, env.Alliance)
	var again bytes.Buffer
	require.NoError(t, env.Alliance.WriteJSON(&again))
	assert.Equal(t, doc.String(), again.String())
	assert.Equal(t, slices.Collect(a.Members()), slices.Collect(env.Alliance.Members()))

	// Strict, as Load is.
	var bad envelope
	err = json.Unmarshal([]byte(`{"alliance": {"alliance": {"names": []}, "organizations": [], "people": [], "announcements": [], "extra": 1}}`), &bad)
	require.Error(t, err)
	assert.ErrorIs(t, err, vgt.ErrSyntax)
	var e *vgt.Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, "extra", e.Path)

	// null leaves the alliance as it was.
	keep := &vgt.Alliance{}
	require.NoError(t, keep.UnmarshalJSON([]byte("null")))
	assert.Empty(t, slices.Collect(keep.Members()))

	// WriteTo writes the same document and counts its bytes.
	var w bytes.Buffer
	n, err := a.WriteTo(&w)
	require.NoError(t, err)
	assert.Equal(t, int64(doc.Len()), n)
	assert.Equal(t, doc.String(), w.String())
}

func TestJSONUnmarshalStrict(t *testing.T) {
	const id = "d3c5f7a4-7f0e-4c1b-9e45-1f3b8f2f6a11"
	org := `"id":"` + id + `","names":[{"text":"Test Police","lang":"en","kind":"official"}]`
	for _, tc := range []struct {
		name     string
		into     json.Unmarshaler
		data     string
		path     string
		sentinel error
	}{
		{"unknown field", new(vgt.Member), `{` + org + `,"bogus":1}`, "bogus", vgt.ErrSyntax},
		{"key in another case", new(vgt.Member), `{` + org + `,"Website":"https://example.org/"}`, "Website", vgt.ErrSyntax},
		{"duplicate key", new(vgt.Organization), `{` + org + `,"id":"` + id + `"}`, "id", vgt.ErrSyntax},
		{"not an object", new(vgt.Partner), `[1]`, "", vgt.ErrSyntax},
		{"wrong type", new(vgt.Membership), `{"period":2003}`, "period", vgt.ErrSyntax},
		{"bad source", new(vgt.Member), `{` + org + `,"memberships":[{"period":"2003/..","sources":["` + id + `","x"]}]}`, "memberships[0].sources[1]", vgt.ErrInvalid},
		{"upper-case UUID", new(vgt.Membership), `{"sources":["` + strings.ToUpper(id) + `"]}`, "sources[0]", vgt.ErrInvalid},
		{"bad period", new(vgt.Membership), `{"period":"2006/2003"}`, "period", vgt.ErrInvalidDate},
		{"bad date", new(vgt.Tenure), `{"post":"chair","elected":"2003-13"}`, "elected", vgt.ErrInvalidDate},
		{"bad enum", new(vgt.Admission), `{"kind":"vote"}`, "kind", vgt.ErrInvalid},
		{"bad category", new(vgt.Partner), `{` + org + `,"category":"company"}`, "category", vgt.ErrInvalid},
		{"no names", new(vgt.Organization), `{"id":"` + id + `"}`, "names", vgt.ErrInvalid},
		{"nil ID", new(vgt.Person), `{"id":"00000000-0000-0000-0000-000000000000","name":"Ada"}`, "id", vgt.ErrInvalid},
		{"unsafe name", new(vgt.Person), `{"id":"` + id + `","name":"INTERP\u041eL"}`, "name", vgt.ErrUnsafeText},
		{"bad name kind", new(vgt.Name), `{"text":"AFP","kind":"initials"}`, "kind", vgt.ErrInvalid},
		{"change field its kind lacks", new(vgt.Change), `{"kind":"joined","effective":"2003","organization":"` + id + `","role":"member","successor":"` + id + `"}`, "successor", vgt.ErrInvalid},
		{"change date", new(vgt.Change), `{"kind":"joined","effective":"2003-02-30","organization":"` + id + `","role":"member"}`, "effective", vgt.ErrInvalidDate},
		{"quote speaker", new(vgt.Quote), `{"speaker":"Ada","text":"Hello."}`, "speaker", vgt.ErrInvalid},
		{"milestone date", new(vgt.Milestone), `{"date":"","text":"Founded.","source":"https://example.org/"}`, "date", vgt.ErrInvalid},
		{"facts website", new(vgt.Facts), `{"id":"` + id + `","names":[],"website":"example.org"}`, "website", vgt.ErrInvalid},
		{"announcement", new(vgt.Announcement), `{"id":"` + id + `","published":"2003","source":"https://example.org/","language":"EN"}`, "language", vgt.ErrInvalid},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := json.Unmarshal([]byte(tc.data), tc.into)
			require.Error(t, err)
			assert.ErrorIs(t, err, tc.sentinel)
			var e *vgt.Error
			require.ErrorAs(t, err, &e)
			assert.Equal(t, tc.path, e.Path, "%v", err)
			assert.True(t, strings.HasPrefix(err.Error(), "vgt: "), "%v", err)
		})
	}
}

func TestJSONUnmarshalLeavesValueOnError(t *testing.T) {
	a := vgt.Default()
	m := slices.Collect(a.Members())[0]
	keep := m
	require.Error(t, json.Unmarshal([]byte(`{"id":"x"}`), &m))
	assert.Equal(t, keep, m)
	require.NoError(t, json.Unmarshal([]byte(`null`), &m))
	assert.Equal(t, keep, m, "null leaves the value as it was")
}

func TestJSONMarshalRefusesWhatWouldNotReadBack(t *testing.T) {
	_, err := json.Marshal(vgt.Organization{})
	assert.ErrorIs(t, err, vgt.ErrInvalid, "the zero Organization has no ID")

	a := vgt.Default()
	m := slices.Collect(a.Members())[0]
	m.Jurisdiction = vgt.MustParseJurisdiction("FR")
	_, err = json.Marshal(m)
	assert.ErrorIs(t, err, vgt.ErrInvalid, "one jurisdiction in the form, two in the value")

	_, err = json.Marshal(vgt.Membership{Period: vgt.Period{Start: vgt.MustParseDate("2003"), End: vgt.MustParseDate("2004"), Ongoing: true}})
	require.ErrorIs(t, err, vgt.ErrInvalidDate)
	var e *vgt.Error
	require.True(t, errors.As(err, &e))
	assert.Equal(t, "period", e.Path)

	_, err = json.Marshal(vgt.Change{Kind: vgt.ChangeKindJoined})
	assert.ErrorIs(t, err, vgt.ErrInvalid)

	_, err = json.Marshal(vgt.Name{Text: "AFP", Lang: language.English})
	assert.ErrorIs(t, err, vgt.ErrInvalid, "a name needs a kind")

	_, err = json.Marshal(vgt.Person{ID: uuid.New(), Name: "Ada\u202e"})
	assert.ErrorIs(t, err, vgt.ErrUnsafeText)
}

// FuzzRecordJSON checks the decoders of the derived records' JSON forms
// (Member, Partner, Membership, Tenure, Admission): no panic; what one
// accepts marshals and reads back to an equal value; what it refuses is
// an *Error that wraps a sentinel.
func FuzzRecordJSON(f *testing.F) {
	r := collect(vgt.Default())
	add := func(v any) {
		b, err := json.Marshal(v)
		require.NoError(f, err)
		f.Add(b)
	}
	add(r.members[0])
	add(r.partners[0])
	add(r.memberships[0])
	add(r.tenures[0])
	f.Add([]byte(`{"kind":"votedIn","organization":"0a3e9e66-de0d-44f8-be6e-09f21fb5f71b","role":"member","date":"2004-02"}`))
	f.Add([]byte(`{"period":"2003/..","sources":["x"]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzJSON[vgt.Member](t, data)
		fuzzJSON[vgt.Partner](t, data)
		fuzzJSON[vgt.Membership](t, data)
		fuzzJSON[vgt.Tenure](t, data)
		fuzzJSON[vgt.Admission](t, data)
	})
}

func fuzzJSON[T any](t *testing.T, data []byte) {
	var v T
	err := json.Unmarshal(data, &v)
	if err != nil {
		var e *vgt.Error
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return // not JSON at all: encoding/json's own error
		}
		require.True(t, errors.As(err, &e), "%T: %v", err, err)
		require.True(t, errors.Is(err, vgt.ErrSyntax) || errors.Is(err, vgt.ErrInvalid) || errors.Is(err, vgt.ErrInvalidDate) ||
			errors.Is(err, vgt.ErrInvalidJurisdiction) || errors.Is(err, vgt.ErrUnsafeText) || errors.Is(err, vgt.ErrLimit), "%v", err)
		return
	}
	b, err := json.Marshal(v)
	if err != nil {
		// A value read as JSON null or "{}" may be one MarshalJSON refuses
		// (an organization with no ID); nothing else may be.
		require.ErrorIs(t, err, vgt.ErrInvalid)
		return
	}
	var again T
	require.NoError(t, json.Unmarshal(b, &again), "%s", b)
	require.Equal(t, v, again)
}
