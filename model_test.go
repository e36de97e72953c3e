package vgt_test

import (
	"bytes"
	"fmt"
	"slices"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/virtualglobaltaskforce/vgt"
)

// roundTrip writes a and loads it back, and checks that the result writes
// the same bytes: what Apply accepts, Load reads.
func roundTrip(t *testing.T, a *vgt.Alliance) *vgt.Alliance {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, a.WriteJSON(&buf))
	b, err := vgt.Load(bytes.NewReader(buf.Bytes()))
	require.NoError(t, err)
	var again bytes.Buffer
	require.NoError(t, b.WriteJSON(&again))
	require.Equal(t, buf.String(), again.String())
	return b
}

func TestPlans(t *testing.T) {
	f := newFixture(t)
	planned := vgt.Change{Kind: vgt.ChangeKindJoined, Status: vgt.StatusPlanned, Effective: vgt.MustParseDate("2013-04"),
		Organization: f.other, Role: vgt.RoleMember}
	a, err := f.a.Apply(f.announce("2012-12-14",
		vgt.Change{Kind: vgt.ChangeKindVotedIn, Organization: f.other, Role: vgt.RoleMember, Words: "law enforcement partners"},
		planned,
		vgt.Change{Kind: vgt.ChangeKindJoined, Status: vgt.StatusPlanned, Effective: vgt.MustParseDate("2013-04"),
			Organization: f.ngo, Role: vgt.RolePartner, Category: vgt.PartnerCategoryIndustry},
	))
	require.NoError(t, err, "a plan may take effect after the publication")
	_, ok := a.Member(f.other)
	assert.False(t, ok, "a plan makes no one a member")
	assert.Empty(t, names(a.Partners()), "nor a partner")
	plans := slices.Collect(a.Plans())
	require.Len(t, plans, 2)
	assert.False(t, plans[0].IsFulfilled())
	assert.Equal(t, planned, plans[0].Change)

	// Without the status, a change after the publication is an error that
	// says how to record a plan.
	_, err = f.a.Apply(f.announce("2012-12-14",
		vgt.Change{Kind: vgt.ChangeKindJoined, Effective: vgt.MustParseDate("2013-04"), Organization: f.other, Role: vgt.RoleMember}))
	require.ErrorIs(t, err, vgt.ErrConflict)
	assert.Contains(t, err.Error(), `"planned"`)

	// The member joins two months early: the plan is fulfilled all the
	// same, and the membership keeps the plan's and the vote's sources.
	joinAn := f.announce("2013-02-27",
		vgt.Change{Kind: vgt.ChangeKindJoined, Effective: vgt.MustParseDate("[2013-02-01..2013-02-27]"), Organization: f.other, Role: vgt.RoleMember, Words: "member countries"})
	b, err := a.Apply(joinAn)
	require.NoError(t, err)
	m, ok := b.Member(f.other)
	require.True(t, ok)
	ms := m.Membership()
	assert.Equal(t, []uuid.UUID{plans[0].Announcement}, ms.Plans())
	assert.Equal(t, "[..2012-12-14]", ms.Vote.Date.String(), "a vote with no date is dated on or before the publication")
	assert.Equal(t, "[2013-02-01..2013-02-27]", ms.Vote.Fulfilled.String())
	assert.Equal(t, "law enforcement partners", ms.Vote.Words)
	assert.Equal(t, []string{"member countries"}, ms.Words())
	assert.Equal(t, "2013-02-27", ms.LastConfirmed.String())
	then, ok := b.AsOf(day("2013-02-28")).Member(f.other)
	require.True(t, ok)
	assert.Equal(t, "2013-02-27", then.Membership().LastConfirmed.String())
	again, err := b.Apply(f.announce("2014-01-01", vgt.Change{Kind: vgt.ChangeKindListed, Organization: f.other, Role: vgt.RoleMember}))
	require.NoError(t, err)
	m, _ = again.Member(f.other)
	assert.Equal(t, "2014-01-01", m.Membership().LastConfirmed.String())
	then, _ = again.AsOf(day("2013-06-01")).Member(f.other)
	assert.Equal(t, "2013-02-27", then.Membership().LastConfirmed.String(), "a snapshot knows only the sources published by its time")
	plans = slices.Collect(b.Plans())
	assert.True(t, plans[0].IsFulfilled())
	assert.Equal(t, joinAn.ID, plans[0].FulfilledBy)
	assert.False(t, plans[1].IsFulfilled(), "the partner's plan stays a plan")

	// Outstanding at a date: on 2013-01-15 both plans, on 2013-03-01 only
	// the partner's.
	assert.Len(t, slices.Collect(b.AsOf(day("2013-01-15")).Plans()), 2)
	assert.Len(t, slices.Collect(b.AsOf(day("2013-03-01")).Plans()), 1)
	assert.Empty(t, slices.Collect(b.AsOf(day("2012-06-01")).Plans()), "not yet announced")

	// Pending at a date: voted in by 2013-01-15 and not yet a member.
	assert.Empty(t, slices.Collect(b.Pending()), "at the end of the record, the vote is fulfilled")
	pending := slices.Collect(b.AsOf(day("2013-01-15")).Pending())
	require.Len(t, pending, 1)
	assert.Equal(t, f.other, pending[0].Organization)
	assert.Empty(t, slices.Collect(b.AsOf(day("2013-03-01")).Pending()))
	assert.Empty(t, slices.Collect(b.AsOf(day("2012-06-01")).Pending()), "not yet voted")

	roundTrip(t, b)
}

func TestClaims(t *testing.T) {
	f := newFixture(t)
	fbi := vgt.NewOrganization(uuid.New(), []vgt.Name{{Text: "Federal Bureau of Investigation", Lang: language.English, Kind: vgt.NameKindOfficial}},
		vgt.MustParseJurisdiction("US"), vgt.MemberKindNationalAgency)
	an := f.announce("2023-04-19",
		vgt.Change{Kind: vgt.ChangeKindListed, Status: vgt.StatusUnconfirmed, Organization: fbi.ID, Role: vgt.RoleMember},
		vgt.Change{Kind: vgt.ChangeKindListed, Status: vgt.StatusDisputed, Organization: f.other, Post: vgt.PostChair,
			Words: "chaired the alliance from 2009 to 2019"},
	)
	an.Organizations = []vgt.Organization{fbi}
	a, err := f.a.Apply(an)
	require.NoError(t, err, "a claim is recorded without being checked against the state")
	_, ok := a.Member(fbi.ID)
	assert.False(t, ok, "an unconfirmed listing makes no one a member")
	h, ok := a.Holder(vgt.PostChair)
	require.True(t, ok)
	assert.Equal(t, f.boss, h.Person, "a disputed claim changes no holder")
	claims := slices.Collect(a.Claims())
	require.Len(t, claims, 2)
	assert.Equal(t, vgt.StatusUnconfirmed, claims[0].Change.Status)
	assert.Equal(t, "chaired the alliance from 2009 to 2019", claims[1].Change.Words)
	assert.Empty(t, slices.Collect(a.AsOf(day("2020-01-01")).Claims()))

	// Unmarked, the same listing of a holder contradicts the record: an
	// error that names both sources.
	rival := vgt.Person{ID: uuid.New(), Name: "Rival"}
	unmarked := f.announce("2023-04-19",
		vgt.Change{Kind: vgt.ChangeKindAppointed, Effective: vgt.MustParseDate("2003"), Organization: f.agency, Post: vgt.PostChair, Person: rival.ID})
	unmarked.People = []vgt.Person{rival}
	_, err = f.a.Apply(unmarked)
	require.ErrorIs(t, err, vgt.ErrConflict)
	assert.Contains(t, err.Error(), "announcement.changes[0].effective", "the path names the new source")
	assert.Contains(t, err.Error(), "https://example.org/founding")

	// A claim still names organizations the alliance knows.
	_, err = f.a.Apply(f.announce("2023-04-19",
		vgt.Change{Kind: vgt.ChangeKindListed, Status: vgt.StatusUnconfirmed, Organization: uuid.New(), Role: vgt.RoleMember}))
	require.ErrorIs(t, err, vgt.ErrUnknownOrganization)
	roundTrip(t, a)
}

// unitFixture is an alliance whose member (the department) has a unit
// (the agency), which has a unit of its own (the centre).
func unitFixture(t *testing.T) (f fixture, dept, agency, centre uuid.UUID, a *vgt.Alliance) {
	f = newFixture(t)
	dept, agency, centre = uuid.New(), uuid.New(), uuid.New()
	d := vgt.NewOrganization(dept, []vgt.Name{{Text: "Department of Safety", Lang: language.English, Kind: vgt.NameKindOfficial}}, vgt.MustParseJurisdiction("US"), vgt.MemberKindNationalAgency)
	ag := vgt.NewOrganization(agency, []vgt.Name{{Text: "Safety Agency", Lang: language.English, Kind: vgt.NameKindOfficial}}, vgt.Jurisdiction{}, 0)
	ag.Parent = dept
	c := vgt.NewOrganization(centre, []vgt.Name{{Text: "Cyber Centre", Lang: language.English, Kind: vgt.NameKindOfficial}}, vgt.Jurisdiction{}, 0)
	c.Parent = agency
	an := f.announce("2004-01-10", vgt.Change{Kind: vgt.ChangeKindJoined, Effective: vgt.MustParseDate("2004-01"), Organization: dept, Role: vgt.RoleMember})
	an.Organizations = []vgt.Organization{d, ag, c}
	a, err := f.a.Apply(an)
	require.NoError(t, err)
	return f, dept, agency, centre, a
}

func TestUnitHoldsPost(t *testing.T) {
	f, dept, agency, centre, a := unitFixture(t)
	quinn := vgt.Person{ID: uuid.New(), Name: "Ian Quinn"}
	an := f.announce("2012-12-12",
		vgt.Change{Kind: vgt.ChangeKindAppointed, Effective: vgt.MustParseDate("2012-12"), Organization: agency, Post: vgt.PostChair,
			Person: quinn.ID, Title: "Deputy Assistant Director"})
	an.People = []vgt.Person{quinn}
	an.Quotes = []vgt.Quote{{Speaker: quinn.ID, Organization: centre, Post: vgt.PostChair, Text: "Our experience has shown…"}}
	a, err := a.Apply(an)
	require.NoError(t, err)
	h, ok := a.Holder(vgt.PostChair)
	require.True(t, ok)
	assert.Equal(t, dept, h.Agency, "the post belongs to the member's seat")
	assert.Equal(t, agency, h.Unit, "the unit the source names")
	assert.Equal(t, quinn.ID, h.Person)
	assert.Equal(t, "Deputy Assistant Director", h.Title)

	// Listings at every level resolve to the one membership.
	a, err = a.Apply(f.announce("2013-02-27",
		vgt.Change{Kind: vgt.ChangeKindListed, Organization: centre, Role: vgt.RoleMember},
		vgt.Change{Kind: vgt.ChangeKindListed, Organization: agency, Post: vgt.PostChair, Person: quinn.ID},
	))
	require.NoError(t, err)
	m, ok := a.Member(dept)
	require.True(t, ok)
	assert.Len(t, slices.Collect(m.Memberships()), 1)
	assert.Equal(t, centre, m.Membership().Unit)
	assert.Len(t, m.Membership().Sources(), 2)
	_, ok = a.Member(centre)
	assert.False(t, ok, "the unit is not a member of its own")
	// A snapshot shows the unit only from the first source that named it.
	old, _ := a.AsOf(day("2010-01-01")).Member(dept)
	assert.Equal(t, uuid.Nil, old.Membership().Unit)
	roundTrip(t, a)
}

func TestParentNamesSeat(t *testing.T) {
	f := newFixture(t)
	nca := vgt.NewOrganization(uuid.New(), []vgt.Name{{Text: "National Crime Agency", Lang: language.English, Kind: vgt.NameKindOfficial}}, vgt.Jurisdiction{}, 0)
	an := f.announce("2013-10-08",
		vgt.Change{Kind: vgt.ChangeKindParentChanged, Effective: vgt.MustParseDate("2013-10-07"), Organization: f.agency, Parent: nca.ID},
		vgt.Change{Kind: vgt.ChangeKindRenamed, Effective: vgt.MustParseDate("2013-10-07"), Organization: f.agency,
			Name: vgt.Name{Text: "Test Police Command", Lang: language.English, Kind: vgt.NameKindOfficial}},
	)
	an.Organizations = []vgt.Organization{nca}
	a, err := f.a.Apply(an)
	require.NoError(t, err)
	o, ok := a.Organization(f.agency)
	require.True(t, ok)
	assert.Equal(t, nca.ID, o.Parent)
	assert.Equal(t, "Test Police Command", o.Name)
	parents := slices.Collect(o.Parents())
	require.Len(t, parents, 1)
	assert.Equal(t, "2013-10-07/..", parents[0].Period.String())

	// A snapshot shows the name and parent of its time.
	then, ok := a.AsOf(day("2010-01-01")).Member(f.agency)
	require.True(t, ok)
	assert.Equal(t, "Test Police", then.Name)
	assert.Equal(t, "Test Police", then.NameIn(language.English), "NameIn answers for the snapshot's time too")
	assert.Equal(t, uuid.Nil, then.Parent)
	looked, err := a.AsOf(day("2010-01-01")).Lookup("Test Police Command")
	require.NoError(t, err, "a snapshot finds later names too")
	assert.Equal(t, "Test Police", looked.Name, "and shows the name of its time")

	// The parent names its command's seat.
	a, err = a.Apply(f.announce("2021-10-15",
		vgt.Change{Kind: vgt.ChangeKindAppointed, Effective: vgt.MustParseDate("2021-10"), Organization: nca.ID, Post: vgt.PostChair}))
	require.NoError(t, err)
	h, ok := a.Holder(vgt.PostChair)
	require.True(t, ok)
	assert.Equal(t, f.agency, h.Agency)
	assert.Equal(t, nca.ID, h.Unit)

	// A cycle is refused.
	_, err = a.Apply(f.announce("2022-01-01",
		vgt.Change{Kind: vgt.ChangeKindParentChanged, Effective: vgt.MustParseDate("2022-01-01"), Organization: nca.ID, Parent: f.agency}))
	require.ErrorIs(t, err, vgt.ErrConflict)
	assert.Contains(t, err.Error(), "part of itself")
	roundTrip(t, a)
}

func TestNamedAndElection(t *testing.T) {
	f := newFixture(t)
	gough := vgt.Person{ID: uuid.New(), Name: "Justine Gough"}
	an := f.announce("2023-11-08",
		vgt.Change{Kind: vgt.ChangeKindJoined, Effective: vgt.MustParseDate("2023-01"), Organization: f.other, Role: vgt.RoleMember},
		vgt.Change{Kind: vgt.ChangeKindElected, Organization: f.other, Post: vgt.PostChair},
		vgt.Change{Kind: vgt.ChangeKindAppointed, Status: vgt.StatusPlanned, Effective: vgt.MustParseDate("2024-11"), Organization: f.other, Post: vgt.PostChair},
		vgt.Change{Kind: vgt.ChangeKindNamed, Organization: f.other, Name: vgt.Name{Text: "Other National Police Service", Lang: language.English, Kind: vgt.NameKindAlias}},
	)
	a, err := f.a.Apply(an)
	require.NoError(t, err)
	o, err := a.Lookup("Other National Police Service")
	require.NoError(t, err, "an attested name is matched")
	assert.Equal(t, "Other Police", o.Name, "and ends no other name")
	for n := range o.Names() {
		if n.Kind == vgt.NameKindAlias {
			assert.Equal(t, "[..2023-11-08]/[2023-11-08..]", n.Period.String(), "in use at the publication")
		}
	}

	// The agency was elected; its named person takes office: that fulfils
	// the election and the plan.
	an = f.announce("2024-11-08", vgt.Change{Kind: vgt.ChangeKindAppointed, Effective: vgt.MustParseDate("2024-11-01"),
		Organization: f.other, Post: vgt.PostChair, Person: gough.ID, Title: "Assistant Commissioner"})
	an.People = []vgt.Person{gough}
	b, err := a.Apply(an)
	require.NoError(t, err)
	h, ok := b.Holder(vgt.PostChair)
	require.True(t, ok)
	assert.Equal(t, gough.ID, h.Person)
	assert.Equal(t, "[..2023-11-08]", h.Election.Date.String())
	assert.Len(t, h.Plans(), 1)
	assert.Empty(t, slices.Collect(b.Pending()))
	pending := slices.Collect(b.AsOf(day("2024-06-01")).Pending())
	require.Len(t, pending, 1, "elected, not yet in office")
	assert.Equal(t, vgt.ChangeKindElected, pending[0].Kind)
	prev, ok := b.AsOf(day("2024-06-01")).Holder(vgt.PostChair)
	require.True(t, ok)
	assert.Equal(t, f.boss, prev.Person)
	roundTrip(t, b)
}

func TestSecondSourceGivesTitle(t *testing.T) {
	f := newFixture(t)
	a, err := f.a.Apply(f.announce("2005-01-01",
		vgt.Change{Kind: vgt.ChangeKindAppointed, Effective: vgt.MustParseDate("2003"), Organization: f.agency, Post: vgt.PostChair,
			Person: f.boss, Title: "Deputy Director General"}))
	require.NoError(t, err)
	h, ok := a.Holder(vgt.PostChair)
	require.True(t, ok)
	assert.Equal(t, "Deputy Director General", h.Title, "a second source fills in the title the first left out")
	assert.Len(t, h.Sources(), 2)
}

func TestLeavingEndsTenures(t *testing.T) {
	f := newFixture(t)
	a, err := f.a.Apply(f.announce("2010-01-01",
		vgt.Change{Kind: vgt.ChangeKindLeft, Effective: vgt.MustParseDate("2009-12"), Organization: f.agency, Role: vgt.RoleMember}))
	require.NoError(t, err)
	_, ok := a.Holder(vgt.PostChair)
	assert.False(t, ok, "a departure ends the agency's tenures")
	ts := slices.Collect(a.Tenures())
	require.Len(t, ts, 1)
	assert.Equal(t, "2003/2009-12", ts[0].Period.String())
}

func TestStatedCounts(t *testing.T) {
	f := newFixture(t)
	an := f.announce("2004-06-01",
		vgt.Change{Kind: vgt.ChangeKindJoined, Effective: vgt.MustParseDate("2004-05"), Organization: f.other, Role: vgt.RoleMember},
		vgt.Change{Kind: vgt.ChangeKindJoined, Effective: vgt.MustParseDate("2004"), Organization: f.ngo, Role: vgt.RolePartner, Category: vgt.PartnerCategoryIndustry},
	)
	an.Counts = []vgt.StatedCount{
		{N: 2, Role: vgt.RoleMember, Words: "law enforcement agencies"},
		{N: 1, Role: vgt.RoleMember, Words: "agency"},
		{N: 3, Words: "agencies and partners"},
	}
	a, err := f.a.Apply(an)
	require.NoError(t, err)
	checks := slices.Collect(a.CountChecks())
	require.Len(t, checks, 3)
	assert.Equal(t, 2, checks[0].Recorded)
	assert.True(t, checks[0].Agrees())
	assert.False(t, checks[1].Agrees(), "the record holds more members than the source counts")
	assert.Equal(t, 2, checks[2].Recorded, "the partner joined in 2004: only possibly by 2004-06-01")
	assert.Equal(t, 1, checks[2].Possible)
	assert.True(t, checks[2].Agrees())
	roundTrip(t, a)
}

func TestQuoteOfOrganization(t *testing.T) {
	f := newFixture(t)
	an := f.announce("2023-04-19")
	an.Quotes = []vgt.Quote{{Organization: f.other, Text: "Being part of the taskforce…"}}
	_, err := f.a.Apply(an)
	require.NoError(t, err, "an organization's statement needs no speaker")
	an.Quotes = []vgt.Quote{{Text: "Who said this?"}}
	_, err = f.a.Apply(an)
	require.ErrorIs(t, err, vgt.ErrInvalid)
	an.Quotes = []vgt.Quote{{Speaker: f.boss, Post: vgt.PostChair, Reported: true, Text: "She said it was a good year."}}
	a, err := f.a.Apply(an)
	require.NoError(t, err)
	got, _ := a.Announcement(an.ID)
	assert.True(t, got.Quotes[0].Reported)
	roundTrip(t, a)
}

func TestRecordedThrough(t *testing.T) {
	f := newFixture(t)
	assert.Equal(t, "2003", f.a.RecordedThrough().String())
	a, err := f.a.Apply(f.announce("2011-04-07"))
	require.NoError(t, err)
	assert.Equal(t, "2011-04-07", a.RecordedThrough().String())
	assert.Equal(t, "2011-04-07", a.AsOf(day("2005-01-01")).RecordedThrough().String(), "a snapshot keeps the record's horizon")
	assert.True(t, (&vgt.Alliance{}).RecordedThrough().IsZero())
}

// TestBranchesShareNothing applies two announcements to one alliance, each
// confirming a membership with its own words: neither result may see the
// other's, however the slices they grew from were shared.
func TestBranchesShareNothing(t *testing.T) {
	f := newFixture(t)
	base := f.a
	for i := range 3 {
		var err error
		base, err = base.Apply(f.announce(fmt.Sprintf("2004-0%d-01", i+1),
			vgt.Change{Kind: vgt.ChangeKindListed, Organization: f.agency, Role: vgt.RoleMember, Words: fmt.Sprintf("words %d", i)}))
		require.NoError(t, err)
	}
	left, err := base.Apply(f.announce("2005-01-01", vgt.Change{Kind: vgt.ChangeKindListed, Organization: f.agency, Role: vgt.RoleMember, Words: "left"}))
	require.NoError(t, err)
	right, err := base.Apply(f.announce("2005-01-01", vgt.Change{Kind: vgt.ChangeKindListed, Organization: f.agency, Role: vgt.RoleMember, Words: "right"}))
	require.NoError(t, err)
	words := func(a *vgt.Alliance) []string {
		m, ok := a.Member(f.agency)
		require.True(t, ok)
		return m.Membership().Words()
	}
	assert.Equal(t, []string{"words 0", "words 1", "words 2", "left"}, words(left))
	assert.Equal(t, []string{"words 0", "words 1", "words 2", "right"}, words(right))
	assert.Equal(t, []string{"words 0", "words 1", "words 2"}, words(base))
}

// TestCoveringTerritories: a report from a dependent territory goes to the
// agencies of the state that polices it, and from an outermost region of
// the EU to Europol too.
func TestCoveringTerritories(t *testing.T) {
	a := vgt.Default()
	for _, tt := range []struct {
		code string
		want []string
	}{
		{"PR", []string{"INTERPOL", "United States Department of Homeland Security (DHS)"}},
		{"CX", []string{"INTERPOL", "Australian Federal Police (AFP)"}},
		{"NF", []string{"INTERPOL", "Australian Federal Police (AFP)"}},
		{"RE", []string{"INTERPOL", "Europol"}},
		{"GF", []string{"INTERPOL", "Europol"}},
		{"NC", []string{"INTERPOL"}}, // French, but not in the EU
	} {
		assert.ElementsMatch(t, tt.want, names(a.Covering(vgt.MustParseJurisdiction(tt.code))), tt.code)
	}
}

// TestListedInAnotherCategory: a second source that lists a partner in
// another category than the one it joined in contradicts the record.
func TestListedInAnotherCategory(t *testing.T) {
	f := newFixture(t)
	a, err := f.a.Apply(f.announce("2004-05-01",
		vgt.Change{Kind: vgt.ChangeKindJoined, Effective: vgt.MustParseDate("2004-04"), Organization: f.ngo, Role: vgt.RolePartner, Category: vgt.PartnerCategoryNonGovernmental}))
	require.NoError(t, err)
	_, err = a.Apply(f.announce("2005-01-01",
		vgt.Change{Kind: vgt.ChangeKindListed, Organization: f.ngo, Role: vgt.RolePartner, Category: vgt.PartnerCategoryIndustry}))
	require.ErrorIs(t, err, vgt.ErrConflict)
	assert.Contains(t, err.Error(), "https://example.org/2004-05-01", "the error names the first source")
	_, err = a.Apply(f.announce("2005-01-01",
		vgt.Change{Kind: vgt.ChangeKindListed, Organization: f.ngo, Role: vgt.RolePartner, Category: vgt.PartnerCategoryNonGovernmental}))
	assert.NoError(t, err, "the same category is a second source")
}
