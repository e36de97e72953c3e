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
	affiliations  []vgt.Affiliation
	names         []vgt.Name
	members       []vgt.Member
	partners      []vgt.Partner
	memberships   []vgt.Membership
	people        []vgt.Person
	announcements []vgt.Announcement
	changes       []vgt.Change
	quotes        []vgt.Quote
	counts        []vgt.StatedCount
	tenures       []vgt.Tenure
	admissions    []vgt.Admission
	plans         []vgt.Plan
	claims        []vgt.Claim
	countChecks   []vgt.CountCheck
	milestones    []vgt.Milestone
}

func collect(a *vgt.Alliance) records {
	var r records
	for o := range a.Organizations() {
		r.orgs = append(r.orgs, o)
		r.names = slices.AppendSeq(r.names, o.Names())
		r.affiliations = slices.AppendSeq(r.affiliations, o.Parents())
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
		r.counts = append(r.counts, an.Counts...)
		r.orgs = append(r.orgs, an.Organizations...)
		r.people = append(r.people, an.People...)
	}
	r.tenures = slices.Collect(a.Tenures())
	r.admissions = slices.Collect(a.Admissions())
	r.plans = slices.Collect(a.Plans())
	r.claims = slices.Collect(a.Claims())
	r.countChecks = slices.Collect(a.CountChecks())
	r.milestones = a.Facts().Milestones
	return r
}

// richAlliance is an alliance whose records set every field that the
// model has beyond a bare roster: a vote in the sources' own words and the
// plan it led to, both fulfilled; a plan and a vote still outstanding; a
// member's seat named by its unit, which holds the chair after an
// election, and by the unit's own unit; an organization that moved from
// one parent to another and then to none; a name attested with no date;
// counts stated and checked; claims disputed and unconfirmed; a reported
// quote that speaks for an organization.
func richAlliance(t testing.TB) *vgt.Alliance {
	t.Helper()
	f := fixture{agency: uuid.New(), other: uuid.New(), ngo: uuid.New(), boss: uuid.New()}
	org := func(name string, j string, kind vgt.MemberKind, parent uuid.UUID, id ...uuid.UUID) vgt.Organization {
		var jur vgt.Jurisdiction
		if j != "" {
			jur = vgt.MustParseJurisdiction(j)
		}
		o := vgt.NewOrganization(append(id, uuid.New())[0], []vgt.Name{{Text: name, Lang: language.English, Kind: vgt.NameKindOfficial}}, jur, kind)
		o.Parent = parent
		return o
	}
	dept := org("Department of Safety", "US", vgt.MemberKindNationalAgency, uuid.Nil)
	unit := org("Safety Agency", "", 0, dept.ID)
	centre := org("Cyber Centre", "", 0, unit.ID)
	crimeAgency := org("Crime Agency", "", 0, uuid.Nil)
	bureau := org("Federal Bureau", "US", vgt.MemberKindNationalAgency, uuid.Nil)
	command := org("Online Protection Command", "", 0, bureau.ID)
	company := org("Tech Company", "", 0, uuid.Nil)
	quinn := vgt.Person{ID: uuid.New(), Name: "Ian Quinn"}

	steps := []func() vgt.Announcement{
		func() vgt.Announcement {
			an := f.announce("2003",
				vgt.Change{Kind: vgt.ChangeKindJoined, Effective: vgt.MustParseDate("2003"), Organization: f.agency, Role: vgt.RoleMember},
				vgt.Change{Kind: vgt.ChangeKindAppointed, Effective: vgt.MustParseDate("2003"), Organization: f.agency, Post: vgt.PostChair, Person: f.boss},
			)
			an.Organizations = []vgt.Organization{
				org("Test Police", "CH", vgt.MemberKindNationalAgency, uuid.Nil, f.agency),
				org("Other Police", "AT", vgt.MemberKindNationalAgency, uuid.Nil, f.other),
				org("Helpline", "", 0, uuid.Nil, f.ngo),
			}
			an.People = []vgt.Person{{ID: f.boss, Name: "Ada Boss"}}
			return an
		},
		func() vgt.Announcement {
			an := f.announce("2004-01-10", vgt.Change{Kind: vgt.ChangeKindJoined, Effective: vgt.MustParseDate("2004-01"), Organization: dept.ID, Role: vgt.RoleMember})
			an.Organizations = []vgt.Organization{dept, unit, centre, crimeAgency, bureau, command, company}
			return an
		},
		func() vgt.Announcement {
			return f.announce("2005-06-01", vgt.Change{Kind: vgt.ChangeKindJoined, Effective: vgt.MustParseDate("2005"), Organization: company.ID,
				Role: vgt.RolePartner, Category: vgt.PartnerCategoryIndustry, Words: "private industry partners"})
		},
		func() vgt.Announcement {
			an := f.announce("2012-12-14",
				vgt.Change{Kind: vgt.ChangeKindVotedIn, Organization: f.other, Role: vgt.RoleMember, Words: "law enforcement partners"},
				vgt.Change{Kind: vgt.ChangeKindJoined, Status: vgt.StatusPlanned, Effective: vgt.MustParseDate("2013-04"), Organization: f.other, Role: vgt.RoleMember},
				vgt.Change{Kind: vgt.ChangeKindJoined, Status: vgt.StatusPlanned, Effective: vgt.MustParseDate("2013-04"),
					Organization: f.ngo, Role: vgt.RolePartner, Category: vgt.PartnerCategoryIndustry},
			)
			an.Counts = []vgt.StatedCount{
				{N: 2, Role: vgt.RoleMember, Words: "law enforcement agencies"},
				{N: 3, Words: "agencies and partners"},
			}
			return an
		},
		func() vgt.Announcement {
			return f.announce("2013-02-27",
				vgt.Change{Kind: vgt.ChangeKindJoined, Effective: vgt.MustParseDate("[2013-02-01..2013-02-27]"), Organization: f.other, Role: vgt.RoleMember, Words: "member countries"},
				vgt.Change{Kind: vgt.ChangeKindListed, Organization: centre.ID, Role: vgt.RoleMember},
			)
		},
		func() vgt.Announcement {
			return f.announce("2013-10-08",
				vgt.Change{Kind: vgt.ChangeKindParentChanged, Effective: vgt.MustParseDate("2013-10-07"), Organization: command.ID, Parent: crimeAgency.ID})
		},
		func() vgt.Announcement {
			return f.announce("2015-04-02",
				vgt.Change{Kind: vgt.ChangeKindElected, Effective: vgt.MustParseDate("2015-04"), Organization: unit.ID, Post: vgt.PostChair, Words: "elected to chair"},
				vgt.Change{Kind: vgt.ChangeKindAppointed, Status: vgt.StatusPlanned, Effective: vgt.MustParseDate("2015-11"), Organization: unit.ID, Post: vgt.PostChair},
				vgt.Change{Kind: vgt.ChangeKindNamed, Organization: f.other, Name: vgt.Name{Text: "Other National Police", Lang: language.English, Kind: vgt.NameKindAlias}},
			)
		},
		func() vgt.Announcement {
			an := f.announce("2015-11-12", vgt.Change{Kind: vgt.ChangeKindAppointed, Effective: vgt.MustParseDate("2015-11-11"),
				Organization: unit.ID, Post: vgt.PostChair, Person: quinn.ID, Title: "Deputy Assistant Director"})
			an.People = []vgt.Person{quinn}
			an.Quotes = []vgt.Quote{{Speaker: quinn.ID, Organization: centre.ID, Capacity: "Deputy Assistant Director", Post: vgt.PostChair,
				Reported: true, Text: "He said that the year had been a good one."}}
			return an
		},
		func() vgt.Announcement {
			return f.announce("2016-01-05",
				vgt.Change{Kind: vgt.ChangeKindParentChanged, Effective: vgt.MustParseDate("2016-01"), Organization: command.ID})
		},
		func() vgt.Announcement {
			return f.announce("2023-04-19",
				vgt.Change{Kind: vgt.ChangeKindListed, Status: vgt.StatusUnconfirmed, Organization: bureau.ID, Role: vgt.RoleMember},
				vgt.Change{Kind: vgt.ChangeKindListed, Status: vgt.StatusDisputed, Organization: f.other, Post: vgt.PostChair,
					Words: "chaired the alliance from 2009 to 2019"},
				vgt.Change{Kind: vgt.ChangeKindVotedIn, Effective: vgt.MustParseDate("2023-03"), Organization: f.ngo, Role: vgt.RolePartner,
					Category: vgt.PartnerCategoryIndustry, Words: "private industry partners"},
			)
		},
	}
	a := &vgt.Alliance{}
	for _, step := range steps {
		var err error
		an := step()
		a, err = a.Apply(an)
		require.NoError(t, err, "%s", an.Published)
	}

	// The alliance's own facts, with a milestone that is planned, come
	// only from a document.
	var doc bytes.Buffer
	require.NoError(t, a.WriteJSON(&doc))
	var form map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(doc.Bytes(), &form))
	_, facts := values()
	var err error
	form["alliance"], err = json.Marshal(facts)
	require.NoError(t, err)
	b, err := json.Marshal(form)
	require.NoError(t, err)
	a, err = vgt.Load(bytes.NewReader(b))
	require.NoError(t, err)
	return a
}

// TestRichAllianceSetsEveryField checks that richAlliance does what its
// doc says, so that the round trips below exercise every field.
func TestRichAllianceSetsEveryField(t *testing.T) {
	r := collect(richAlliance(t))
	has := func(what string, ok func() bool) { assert.True(t, ok(), "richAlliance has no %s", what) }
	has("vote", func() bool {
		return slices.ContainsFunc(r.memberships, func(m vgt.Membership) bool {
			return !m.Vote.IsZero() && !m.Vote.Fulfilled.IsZero() && m.Vote.Words != ""
		})
	})
	has("membership's words and plans", func() bool {
		return slices.ContainsFunc(r.memberships, func(m vgt.Membership) bool { return len(m.Words()) > 0 && len(m.Plans()) > 0 })
	})
	has("unit of a membership", func() bool {
		return slices.ContainsFunc(r.memberships, func(m vgt.Membership) bool { return m.Unit != uuid.Nil && !m.LastConfirmed.IsZero() })
	})
	has("tenure with unit, title, election and plans", func() bool {
		return slices.ContainsFunc(r.tenures, func(te vgt.Tenure) bool {
			return te.Unit != uuid.Nil && te.Title != "" && !te.Election.IsZero() && len(te.Plans()) > 0
		})
	})
	has("fulfilled plan", func() bool { return slices.ContainsFunc(r.plans, vgt.Plan.IsFulfilled) })
	has("outstanding plan", func() bool {
		return slices.ContainsFunc(r.plans, func(p vgt.Plan) bool { return !p.IsFulfilled() })
	})
	has("pending vote", func() bool {
		return slices.ContainsFunc(r.admissions, func(a vgt.Admission) bool { return a.Fulfilled.IsZero() })
	})
	has("claims of both kinds", func() bool {
		return slices.ContainsFunc(r.claims, func(c vgt.Claim) bool { return c.Change.Status == vgt.StatusDisputed }) &&
			slices.ContainsFunc(r.claims, func(c vgt.Claim) bool { return c.Change.Status == vgt.StatusUnconfirmed })
	})
	has("count checks", func() bool { return len(r.countChecks) == 2 && len(r.counts) == 2 })
	has("a parent that changed twice, the second time to none", func() bool {
		for _, o := range r.orgs {
			if ps := slices.Collect(o.Parents()); len(ps) == 3 && ps[2].Parent == uuid.Nil && !ps[1].Period.End.IsZero() {
				return true
			}
		}
		return false
	})
	has("partner", func() bool { return len(r.partners) == 1 && len(r.partners[0].Partnership().Words()) == 1 })
	has("planned milestone", func() bool {
		return slices.ContainsFunc(r.milestones, func(m vgt.Milestone) bool { return m.Status == vgt.StatusPlanned })
	})
	has("reported quote for an organization", func() bool {
		return slices.ContainsFunc(r.quotes, func(q vgt.Quote) bool { return q.Reported && q.Organization != uuid.Nil })
	})

	// The unexported parts show in the JSON forms: every key that the
	// model adds is written by some record.
	keys := map[string]bool{}
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, e := range v {
				keys[k] = true
				walk(e)
			}
		case []any:
			for _, e := range v {
				walk(e)
			}
		}
	}
	for _, v := range []any{r.members, r.partners, r.tenures, r.admissions, r.plans, r.claims, r.countChecks, r.orgs} {
		b, err := json.Marshal(v)
		require.NoError(t, err)
		var form any
		require.NoError(t, json.Unmarshal(b, &form))
		walk(form)
	}
	for _, k := range []string{"parents", "vote", "lastConfirmed", "words", "plans", "unitFrom", "unit", "title", "election",
		"fulfilled", "seat", "fulfilledBy", "change", "recorded", "possible", "status"} {
		assert.True(t, keys[k], "no record of richAlliance writes %q", k)
	}
}

// values are records that no alliance holds in this form: a milestone
// that is planned, and facts that hold it.
func values() (vgt.Milestone, vgt.Facts) {
	m := vgt.Milestone{Date: vgt.MustParseDate("2011-06"), Text: "A new website is due.", Source: "https://example.org/site", Status: vgt.StatusPlanned}
	f := vgt.Facts{
		ID:         uuid.MustParse("1bc59415-3610-4b6b-9a06-fd2e22c77193"),
		Names:      []vgt.Name{{Text: "Virtual Global Taskforce", Lang: language.English, Kind: vgt.NameKindOfficial}},
		Milestones: []vgt.Milestone{m},
	}
	return m, f
}

func TestJSONRoundTripEveryRecord(t *testing.T) {
	a := vgt.Default()
	rich := richAlliance(t)
	// A pending vote.
	f := newFixture(t)
	pending, err := f.a.Apply(f.announce("2004-03-01",
		vgt.Change{Kind: vgt.ChangeKindVotedIn, Effective: vgt.MustParseDate("2004-02"), Organization: f.other, Role: vgt.RoleMember},
	))
	require.NoError(t, err)

	for _, al := range []struct {
		name string
		a    *vgt.Alliance
		// full says that the alliance has a record of every type: the
		// test fails rather than pass with nothing to test.
		full bool
	}{
		{"Default", a, false},
		{"Default as of 2007", a.AsOf(time.Date(2007, 1, 1, 0, 0, 0, 0, time.UTC)), false},
		{"rich", rich, true},
		{"rich as of 2014", rich.AsOf(time.Date(2014, 1, 1, 0, 0, 0, 0, time.UTC)), false},
		{"pending", pending, false},
	} {
		t.Run(al.name, func(t *testing.T) {
			r := collect(al.a)
			run := func(name string, n int, fn func(t *testing.T)) {
				t.Run(name, func(t *testing.T) {
					if al.full {
						require.NotZero(t, n, "the alliance has no %s to test", name)
					}
					fn(t)
				})
			}
			run("Organization", len(r.orgs), func(t *testing.T) { each(t, r.orgs) })
			run("Affiliation", len(r.affiliations), func(t *testing.T) { each(t, r.affiliations) })
			run("Name", len(r.names), func(t *testing.T) { each(t, r.names) })
			run("Member", len(r.members), func(t *testing.T) { each(t, r.members) })
			run("Partner", len(r.partners), func(t *testing.T) { each(t, r.partners) })
			run("Membership", len(r.memberships), func(t *testing.T) { each(t, r.memberships) })
			run("Person", len(r.people), func(t *testing.T) { each(t, r.people) })
			run("Announcement", len(r.announcements), func(t *testing.T) { each(t, r.announcements) })
			run("Change", len(r.changes), func(t *testing.T) { each(t, r.changes) })
			run("Quote", len(r.quotes), func(t *testing.T) { each(t, r.quotes) })
			run("StatedCount", len(r.counts), func(t *testing.T) { each(t, r.counts) })
			run("Tenure", len(r.tenures), func(t *testing.T) { each(t, r.tenures) })
			run("Admission", len(r.admissions), func(t *testing.T) { each(t, r.admissions) })
			run("Plan", len(r.plans), func(t *testing.T) { each(t, r.plans) })
			run("Claim", len(r.claims), func(t *testing.T) { each(t, r.claims) })
			run("CountCheck", len(r.countChecks), func(t *testing.T) { each(t, r.countChecks) })
			run("Milestone", len(r.milestones), func(t *testing.T) { each(t, r.milestones) })
			run("Facts", 1, func(t *testing.T) { jsonRoundTrip(t, al.a.Facts()) })
		})
	}
	require.Len(t, collect(pending).admissions, 1)
	m, facts := values()
	jsonRoundTrip(t, m)
	jsonRoundTrip(t, facts)
}

func each[T any](t *testing.T, vs []T) {
	t.Helper()
	for _, v := range vs {
		jsonRoundTrip(t, v)
	}
}

func TestGobRoundTrip(t *testing.T) {
	for _, a := range []*vgt.Alliance{vgt.Default(), richAlliance(t)} {
		r := collect(a)
		gobRoundTrip(t, r.members)
		gobRoundTrip(t, r.partners)
		gobRoundTrip(t, r.announcements)
		gobRoundTrip(t, r.orgs)
		gobRoundTrip(t, r.affiliations)
		gobRoundTrip(t, r.names)
		gobRoundTrip(t, r.people)
		gobRoundTrip(t, r.tenures)
		gobRoundTrip(t, r.memberships)
		gobRoundTrip(t, r.changes)
		gobRoundTrip(t, r.quotes)
		gobRoundTrip(t, r.counts)
		gobRoundTrip(t, r.admissions)
		gobRoundTrip(t, r.plans)
		gobRoundTrip(t, r.claims)
		gobRoundTrip(t, r.countChecks)
		gobRoundTrip(t, r.milestones)
	}
	m, facts := values()
	gobRoundTrip(t, []vgt.Milestone{m})
	gobRoundTrip(t, []vgt.Facts{facts})

	// A struct of a service's own, with the values in it.
	type cached struct {
		Member vgt.Member
		Since  vgt.Date
		Span   vgt.Period
		Kind   vgt.PartnerCategory
	}
	ms := collect(vgt.Default()).members
	gobRoundTrip(t, []cached{{Member: ms[0], Since: ms[0].Membership().Period.Start, Span: ms[0].Membership().Period, Kind: vgt.PartnerCategoryAcademic}})
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
		{"bad date", new(vgt.Tenure), `{"post":"chair","election":{"kind":"elected","date":"2003-13"}}`, "election.date", vgt.ErrInvalidDate},
		{"the old elected key", new(vgt.Tenure), `{"post":"chair","elected":"2003"}`, "elected", vgt.ErrSyntax},
		{"unknown field of a vote", new(vgt.Membership), `{"vote":{"kind":"votedIn","bogus":1}}`, "vote.bogus", vgt.ErrSyntax},
		{"bad vote", new(vgt.Member), `{` + org + `,"memberships":[{"vote":{"kind":"votedIn","role":"agency"}}]}`, "memberships[0].vote.role", vgt.ErrInvalid},
		{"last confirmed", new(vgt.Membership), `{"lastConfirmed":"2003-02-30"}`, "lastConfirmed", vgt.ErrInvalidDate},
		{"unit from", new(vgt.Membership), `{"unit":"` + id + `","unitFrom":"soon"}`, "unitFrom", vgt.ErrInvalidDate},
		{"empty plan", new(vgt.Membership), `{"plans":["` + id + `",""]}`, "plans[1]", vgt.ErrInvalid},
		{"words not a list", new(vgt.Membership), `{"words":"member countries"}`, "words", vgt.ErrSyntax},
		{"tenure plans", new(vgt.Tenure), `{"post":"chair","plans":["` + strings.ToUpper(id) + `"]}`, "plans[0]", vgt.ErrInvalid},
		{"tenure unit", new(vgt.Tenure), `{"post":"chair","unit":"ICE HSI"}`, "unit", vgt.ErrInvalid},
		{"seat", new(vgt.Admission), `{"kind":"elected","post":"chair","seat":"x"}`, "seat", vgt.ErrInvalid},
		{"fulfilled", new(vgt.Admission), `{"kind":"votedIn","fulfilled":"2013-13"}`, "fulfilled", vgt.ErrInvalidDate},
		{"parent's period", new(vgt.Organization), `{` + org + `,"parents":[{"parent":"` + id + `"},{"period":"2006/2003"}]}`, "parents[1].period", vgt.ErrInvalidDate},
		{"member's parents", new(vgt.Member), `{` + org + `,"parents":{"parent":"` + id + `"}}`, "parents", vgt.ErrSyntax},
		{"snapshot's time", new(vgt.Organization), `{` + org + `,"asOf":"2007-01-01"}`, "asOf", vgt.ErrInvalidDate},
		{"snapshot's time not in UTC", new(vgt.Member), `{` + org + `,"asOf":"2007-01-01T02:00:00+02:00"}`, "asOf", vgt.ErrInvalidDate},
		{"affiliation", new(vgt.Affiliation), `{"parent":"NCA"}`, "parent", vgt.ErrInvalid},
		{"plan's change incomplete", new(vgt.Plan), `{"change":{"kind":"joined","status":"planned","organization":"` + id + `","role":"member"}}`, "change.effective", vgt.ErrInvalid},
		{"plan's change kind", new(vgt.Plan), `{"change":{"kind":"join","organization":"` + id + `"}}`, "change.kind", vgt.ErrInvalid},
		{"plan with no change", new(vgt.Plan), `{"announcement":"` + id + `"}`, "change.kind", vgt.ErrInvalid},
		{"plan fulfilled by", new(vgt.Plan), `{"change":{"kind":"left","effective":"2003","organization":"` + id + `","role":"member"},"fulfilledBy":"x"}`, "fulfilledBy", vgt.ErrInvalid},
		{"claim status", new(vgt.Claim), `{"change":{"kind":"listed","status":"doubtful","organization":"` + id + `","role":"member"}}`, "change.status", vgt.ErrInvalid},
		{"claim published", new(vgt.Claim), `{"change":{"kind":"listed","organization":"` + id + `","role":"member"},"published":"2023-04-31"}`, "published", vgt.ErrInvalidDate},
		{"count role", new(vgt.StatedCount), `{"n":3,"role":"agency"}`, "role", vgt.ErrInvalid},
		{"negative count", new(vgt.StatedCount), `{"n":-1}`, "n", vgt.ErrInvalid},
		{"count not a number", new(vgt.CountCheck), `{"n":"3"}`, "n", vgt.ErrSyntax},
		{"count check published", new(vgt.CountCheck), `{"n":3,"published":"2013-13"}`, "published", vgt.ErrInvalidDate},
		{"count check words", new(vgt.CountCheck), `{"n":3,"words":"agencies\u202e"}`, "words", vgt.ErrUnsafeText},
		{"milestone status", new(vgt.Milestone), `{"date":"2011","text":"Founded.","source":"https://example.org/","status":"hoped"}`, "status", vgt.ErrInvalid},
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

// TestJSONUnmarshalMessages checks what the errors of UnmarshalJSON quote
// and say: a value of the wrong type is quoted whole, and a limit is
// named without the LoadOption that sets it for Load, since UnmarshalJSON
// takes none.
func TestJSONUnmarshalMessages(t *testing.T) {
	var m vgt.Membership
	err := json.Unmarshal([]byte(`{"period":2003.5}`), &m)
	var e *vgt.Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, "period", e.Path)
	assert.Equal(t, "2003.5", e.Value)
	assert.ErrorIs(t, err, vgt.ErrSyntax)

	err = json.Unmarshal([]byte(`{"words":["`+strings.Repeat("x", vgt.DefaultMaxStringBytes+1)+`"]}`), &m)
	require.ErrorIs(t, err, vgt.ErrLimit)
	require.ErrorAs(t, err, &e)
	assert.Equal(t, "words[0]", e.Path)
	assert.Contains(t, err.Error(), "string length limit")
	assert.Contains(t, err.Error(), "Load's default")
	assert.NotContains(t, err.Error(), "WithMaxStringBytes", "UnmarshalJSON takes no options")
	assert.Zero(t, m, "a failed UnmarshalJSON leaves the value as it was")
}

// TestFactsFormIsTheDocuments checks that Facts.MarshalJSON writes the
// document's "alliance" as WriteJSON does: one form of the facts.
func TestFactsFormIsTheDocuments(t *testing.T) {
	for _, a := range []*vgt.Alliance{vgt.Default(), richAlliance(t)} {
		var doc bytes.Buffer
		require.NoError(t, a.WriteJSON(&doc))
		var form struct {
			Alliance json.RawMessage `json:"alliance"`
		}
		require.NoError(t, json.Unmarshal(doc.Bytes(), &form))
		var compact bytes.Buffer
		require.NoError(t, json.Compact(&compact, form.Alliance))
		facts, err := a.Facts().MarshalJSON()
		require.NoError(t, err)
		assert.Equal(t, compact.String(), string(facts))
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

	afp, err := a.Lookup("AFP")
	require.NoError(t, err)
	far, ok := a.AsOf(time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)).Member(afp.ID)
	require.True(t, ok)
	_, err = json.Marshal(far)
	require.ErrorIs(t, err, vgt.ErrInvalidDate, "RFC 3339 has no year 10000")
	require.True(t, errors.As(err, &e))
	assert.Equal(t, "asOf", e.Path)

	_, err = json.Marshal(vgt.Change{Kind: vgt.ChangeKindJoined})
	assert.ErrorIs(t, err, vgt.ErrInvalid)

	_, err = json.Marshal(vgt.Name{Text: "AFP", Lang: language.English})
	assert.ErrorIs(t, err, vgt.ErrInvalid, "a name needs a kind")

	_, err = json.Marshal(vgt.Person{ID: uuid.New(), Name: "Ada\u202e"})
	assert.ErrorIs(t, err, vgt.ErrUnsafeText)
}

// FuzzRecordJSON checks the decoders of the derived records' JSON forms
// (Member, Partner, Membership, Tenure, Admission, Affiliation, Plan,
// Claim, CountCheck, StatedCount): no panic; what one accepts marshals and
// reads back to an equal value; what it refuses is an *Error that wraps a
// sentinel.
func FuzzRecordJSON(f *testing.F) {
	add := func(v any) {
		b, err := json.Marshal(v)
		require.NoError(f, err)
		f.Add(b)
	}
	r := collect(vgt.Default())
	add(r.members[0])
	add(r.partners[0])
	add(r.memberships[0])
	add(r.tenures[0])
	rich := collect(richAlliance(f))
	add(collect(richAlliance(f).AsOf(time.Date(2014, 1, 1, 0, 0, 0, 0, time.UTC))).members[0])
	for _, m := range rich.memberships {
		if !m.Vote.IsZero() || m.Unit != uuid.Nil {
			add(m)
		}
	}
	add(rich.tenures[len(rich.tenures)-1])
	add(rich.admissions[0])
	add(rich.plans[0])
	add(rich.claims[0])
	add(rich.countChecks[0])
	add(rich.counts[0])
	add(rich.affiliations[len(rich.affiliations)-1])
	f.Add([]byte(`{"kind":"votedIn","organization":"0a3e9e66-de0d-44f8-be6e-09f21fb5f71b","role":"member","date":"2004-02"}`))
	f.Add([]byte(`{"period":"2003/..","sources":["x"]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzJSON[vgt.Member](t, data)
		fuzzJSON[vgt.Partner](t, data)
		fuzzJSON[vgt.Membership](t, data)
		fuzzJSON[vgt.Tenure](t, data)
		fuzzJSON[vgt.Admission](t, data)
		fuzzJSON[vgt.Affiliation](t, data)
		fuzzJSON[vgt.Plan](t, data)
		fuzzJSON[vgt.Claim](t, data)
		fuzzJSON[vgt.CountCheck](t, data)
		fuzzJSON[vgt.StatedCount](t, data)
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
