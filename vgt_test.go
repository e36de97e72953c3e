package vgt_test

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/virtualglobaltaskforce/vgt"
)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// acronyms returns the acronym of each member, or its name where it has
// none, sorted.
func names[T interface{ DisplayName() string }](seq func(func(T) bool)) []string {
	var out []string
	for v := range seq {
		out = append(out, v.DisplayName())
	}
	slices.Sort(out)
	return out
}

func org(t testing.TB, a *vgt.Alliance, name string) vgt.Organization {
	t.Helper()
	o, err := a.Lookup(name)
	require.NoError(t, err, name)
	return o
}

const (
	afp         = "Australian Federal Police (AFP)"
	ahtcc       = "Australian High Tech Crime Centre (AHTCC)"
	ceop        = "Child Exploitation and Online Protection Centre (CEOP)" // its name until 2013-10-07 (S66)
	ceopCommand = "Child Exploitation and Online Protection Command (CEOP)"
	colombia    = "Colombian National Police"
	cyco        = "Cybercrime Coordination Unit Switzerland (CYCO)"
	dci         = "Directorate of Criminal Investigations (DCI)"
	dhs         = "United States Department of Homeland Security (DHS)"
	dnp         = "Dutch National Police (DNP)"
	europol     = "Europol"
	inp         = "Indonesian National Police (INP)"
	interpol    = "INTERPOL"
	italy       = "Italian Postal and Communication Police Service"
	knpa        = "Korean National Police Agency (KNPA)"
	nbi         = "National Bureau of Investigation (NBI)"
	ncs         = "National Crime Squad for England and Wales (NCS)"
	nz          = "New Zealand Police"
	pnp         = "Philippine National Police (PNP)"
	rcmp        = "Royal Canadian Mounted Police (RCMP)"
	uae         = "Ministry of Interior of the United Arab Emirates"

	blackberry = "BlackBerry"
	code       = "The Code"
	dcu        = "Microsoft Digital Crimes Unit"
	ecpat      = "ECPAT International (ECPAT)"
	inhope     = "International Association of Internet Hotlines (INHOPE)"
	icmec      = "International Centre for Missing & Exploited Children (ICMEC)"
	kinsa      = "Kids Internet Safety Alliance (KINSA)"
	microsoft  = "Microsoft"
	ncmec      = "National Center for Missing & Exploited Children (NCMEC)"
	netclean   = "NetClean"
	paypal     = "PayPal"
	visa       = "Visa"
	wva        = "World Vision Australia (WVA)"
)

func sorted(s ...string) []string { slices.Sort(s); return s }

// listedOnly are the members that sources list with no date of joining
// (S41 S53 S58): each may have been a member at any time before its
// listing, so a snapshot before it counts them as possible members.
var listedOnly = []string{colombia, dci, nbi, pnp}

// with returns the sorted union of base and more.
func with(base []string, more ...string) []string {
	return sorted(append(slices.Clone(base), more...)...)
}

func TestDefaultAsOf(t *testing.T) {
	a := vgt.Default()
	tests := []struct {
		asof     string
		members  []string
		possible []string
		partners []string
		chair    string
	}{
		// The founders joined in "2003", certain only from its last day.
		{"2003-06-01", nil, with(listedOnly, ahtcc, dhs, interpol, ncs, rcmp), nil, ""},
		{"2005-06-01", sorted(ahtcc, dhs, interpol, ncs, rcmp), listedOnly, nil, "Jim Gamble"},
		// The NCS's seat passed to CEOP in 2006-04 (S09), and the chair with it.
		{"2006-04-15", sorted(ahtcc, dhs, interpol, rcmp), with(listedOnly, ceop, ncs), nil, ""},
		// The AHTCC's seat passed to the AFP in [2008-02..2009-12] (S12, cio.com.au);
		// Microsoft and Visa are listed on 2007-10-30 (S10).
		{"2008-06-01", sorted(ceop, dhs, interpol, italy, rcmp), with(listedOnly, afp, ahtcc), sorted(microsoft, visa), "Jim Gamble"},
		{"2010-06-01", sorted(afp, ceop, dhs, interpol, italy, rcmp, uae), listedOnly, sorted(microsoft, visa), "Neil Gaughan"},
		{"2011-06-01", sorted(afp, ceop, dhs, europol, interpol, italy, nz, rcmp, uae), listedOnly,
			sorted(ecpat, icmec, inhope, microsoft, visa), "Neil Gaughan"},
	}
	for _, tt := range tests {
		t.Run(tt.asof, func(t *testing.T) {
			s := a.AsOf(day(tt.asof))
			assert.Equal(t, tt.members, names(s.Current()))
			assert.Equal(t, tt.members, names(s.Members()))
			assert.Equal(t, tt.possible, names(s.PossibleMembers()))
			assert.Equal(t, tt.partners, names(s.Partners()))
			h, ok := s.Holder(vgt.PostChair)
			if tt.chair == "" {
				assert.False(t, ok)
				return
			}
			require.True(t, ok)
			p, _ := a.Person(h.Person)
			assert.Equal(t, tt.chair, p.Name)
		})
	}
}

func TestDefaultEndOfRecord(t *testing.T) {
	a := vgt.Default()
	current := sorted(afp, ceopCommand, colombia, cyco, dci, dhs, dnp, europol, inp, interpol, italy, knpa, nbi, nz, pnp, rcmp, uae)
	assert.Equal(t, with(current, ahtcc, ncs), names(a.Members()))
	assert.Equal(t, current, names(a.Current()))
	assert.Empty(t, names(a.PossibleMembers()))

	// Each partner in its category; the sources' own words for it are kept
	// beside it, however they differ ("private industry partners" for an
	// NGO, S26).
	categories := map[string]vgt.PartnerCategory{}
	for p := range a.Partners() {
		categories[p.DisplayName()] = p.Category
	}
	industry, ngo := vgt.PartnerCategoryIndustry, vgt.PartnerCategoryNonGovernmental
	assert.Equal(t, map[string]vgt.PartnerCategory{
		blackberry: industry, dcu: industry, microsoft: industry, netclean: industry, paypal: industry, visa: industry,
		code: ngo, ecpat: ngo, icmec: ngo, inhope: ngo, kinsa: ngo, ncmec: ngo, wva: ngo,
	}, categories)
	ecpatP, ok := a.Partner(org(t, a, "ECPAT").ID)
	require.True(t, ok)
	assert.Equal(t, []string{"private industry partners"}, ecpatP.Partnership().Words())

	// The AFP chairs from 2024-11-01 (S58).
	h, ok := a.Holder(vgt.PostChair)
	require.True(t, ok)
	assert.Equal(t, "2024-11-01/..", h.Period.String())
	assert.Equal(t, org(t, a, "AFP").ID, h.Agency)

	// Uncertainty is kept as the sources give it.
	dates := map[string]string{}
	for m := range a.Members() {
		dates[m.DisplayName()] = m.Membership().Period.String()
	}
	for p := range a.Partners() {
		dates[p.DisplayName()] = p.Partnership().Period.String()
	}
	assert.Equal(t, map[string]string{
		// Founders, "2003" (S01 S04); the seats of the AHTCC and the NCS passed on.
		ahtcc: "2003/[2008-02..2009-12]", dhs: "2003/..", interpol: "2003/..", ncs: "2003/2006-04", rcmp: "2003/..",
		afp: "[2008-02..2009-12]/..", ceopCommand: "2006-04/..",
		italy: "2007-10-30/..", uae: "2010-03-09/..", nz: "[2010-06-16..2010-06-17]/..",
		// After S23's count of eight on 2010-12-08, by S25.
		europol: "[2010-12..2011-04-07]/..",
		// Signed in at The Hague by the release of 2013-04-17 (S37).
		dnp: "[2013-04-01..2013-04-17]/..", inp: "[2013-04-01..2013-04-17]/..", knpa: "[2013-04-01..2013-04-17]/..",
		cyco: "[2014-05-06..2014-05-12]/..",
		// Listed with no date of joining (S41 S53 S58).
		colombia: "[..2015-04-21]/..", dci: "[..2023-04-19]/..", nbi: "[..2024-11]/..", pnp: "[..2024-11]/..",
		// Listed as associated on 2007-10-30 (S10).
		microsoft: "[..2007-10-30]/..", visa: "[..2007-10-30]/..",
		// "Last month" on an undated page of [2011-04-07..2011-05-31] (S26).
		ecpat: "[2011-03..2011-04]/..", inhope: "[2011-03..2011-04]/..", icmec: "[2011-03..2011-04]/..",
		// Before PayPal, the fifth partner (S27 S29).
		ncmec: "[2011-03..2011-11-07]/..", paypal: "[2011-11-06..2011-11-07]/..",
		// "Last month" on an undated page after PayPal (S32 S33).
		blackberry: "[2011-11..2012-06]/..", dcu: "[2011-11..2012-06]/..", code: "[2011-11..2012-06]/..", wva: "[2011-11..2012-06]/..",
		// Signed "this month" (S36).
		kinsa: "[2013-02-01..2013-02-27]/..", netclean: "[2013-02-01..2013-02-27]/..",
	}, dates)

	// The sources name units of three members: the RCMP's NCECC, ICE's
	// Homeland Security Investigations for the DHS's seat (S34), and the
	// AFP's ACCCE (S58).
	rcmpM, ok := a.Member(org(t, a, "RCMP").ID)
	require.True(t, ok)
	assert.Equal(t, org(t, a, "NCECC").ID, rcmpM.Membership().Unit)
	dhsM, _ := a.Member(org(t, a, "DHS").ID)
	assert.Equal(t, org(t, a, "HSI").ID, dhsM.Membership().Unit)
	afpM, _ := a.Member(org(t, a, "AFP").ID)
	assert.Equal(t, org(t, a, "ACCCE").ID, afpM.Membership().Unit)
	// The UK seat passed from the NCS to CEOP, the Australian one from the
	// AHTCC to the AFP.
	ncsM, _ := a.Member(org(t, a, "NCS").ID)
	assert.Equal(t, org(t, a, "CEOP").ID, ncsM.Membership().Successor)
	ahtccM, _ := a.Member(org(t, a, "AHTCC").ID)
	assert.Equal(t, org(t, a, "AFP").ID, ahtccM.Membership().Successor)
}

func TestDefault2011Announcement(t *testing.T) {
	a := vgt.Default()
	var an vgt.Announcement
	for x := range a.Announcements() {
		if x.Title == "New industry support for Virtual Global Taskforce" {
			an = x
		}
	}
	require.NotEqual(t, uuid.Nil, an.ID)
	assert.Equal(t, "[2011-04-07..2011-05-31]", an.Published.String())
	assert.Equal(t, []string{"Press Release/News", "News", "INTERPOL"}, an.Tags)
	assert.Equal(t, "Europol", an.Publisher)
	assert.Equal(t, language.English, an.Language)
	var speakers []string
	for _, q := range an.Quotes {
		p, ok := a.Person(q.Speaker)
		require.True(t, ok)
		if !slices.Contains(speakers, p.Name) {
			speakers = append(speakers, p.Name)
		}
		if p.Name == "Neil Gaughan" {
			assert.Equal(t, vgt.PostChair, q.Post)
		}
	}
	assert.Equal(t, []string{"Neil Gaughan", "Kathleen Speake", "Nancy Dube"}, speakers)
	// Every member of the 2011 announcement cites it.
	for m := range a.AsOf(day("2011-06-01")).Members() {
		assert.Contains(t, m.Membership().Sources(), an.ID, m.Name)
	}
	// Every partner's partnership, and every membership, cites a source.
	for m := range a.Members() {
		for ms := range m.Memberships() {
			assert.NotEmpty(t, ms.Sources(), m.Name)
		}
	}
}

func TestCovering(t *testing.T) {
	a := vgt.Default()
	tests := []struct {
		asof, code string
		want       []string
	}{
		{"", "FR", sorted(europol, interpol)},
		{"", "NZ", sorted(interpol, nz)},
		{"", "GB", sorted(ceopCommand, interpol)},
		{"", "uk", sorted(ceopCommand, interpol)},
		{"2011-06-01", "GB", sorted(ceop, europol, interpol)},
		{"2011-06-01", "FR", sorted(europol, interpol)},
		{"2008-06-01", "FR", sorted(interpol)},
		// The NCS's remit was England and Wales (S01), not all of the
		// United Kingdom.
		{"2005-06-01", "GB-EAW", sorted(interpol, ncs)},
		{"2005-06-01", "GB", sorted(interpol)},
		{"", "EU", sorted(europol, interpol)},
		{"", "001", sorted(interpol)},
		{"", "CH", sorted(cyco, interpol)},
		{"2013-06-01", "CH", sorted(interpol)},
		{"", "AU", sorted(afp, interpol)},
		// Two member agencies for one country (S58).
		{"", "PH", sorted(interpol, nbi, pnp)},
	}
	for _, tt := range tests {
		t.Run(tt.asof+" "+tt.code, func(t *testing.T) {
			s := a
			if tt.asof != "" {
				s = a.AsOf(day(tt.asof))
			}
			assert.Equal(t, tt.want, names(s.Covering(vgt.MustParseJurisdiction(tt.code))))
		})
	}
	assert.Empty(t, names(a.Covering(vgt.Jurisdiction{})))
}

func TestMemberPartnerByID(t *testing.T) {
	a := vgt.Default()
	europolOrg := org(t, a, "Europol")
	m, ok := a.Member(europolOrg.ID)
	require.True(t, ok)
	assert.Equal(t, "EU", m.Jurisdiction.String())
	assert.Equal(t, vgt.MemberKindInternationalOrganization, m.Kind)
	_, ok = a.Partner(europolOrg.ID)
	assert.False(t, ok)
	_, ok = a.AsOf(day("2010-01-01")).Member(europolOrg.ID)
	assert.False(t, ok, "Europol was not a member in 2010")
	_, ok = a.Member(uuid.New())
	assert.False(t, ok)

	ecpatOrg := org(t, a, "ecpat")
	p, ok := a.Partner(ecpatOrg.ID)
	require.True(t, ok)
	assert.Equal(t, vgt.PartnerCategoryNonGovernmental, p.Category)
	_, ok = a.Member(ecpatOrg.ID)
	assert.False(t, ok)

	// NCECC is known, but is not itself a member.
	ncecc := org(t, a, "NCECC")
	_, ok = a.Member(ncecc.ID)
	assert.False(t, ok)
	o, ok := a.Organization(ncecc.ID)
	require.True(t, ok)
	assert.Equal(t, org(t, a, "RCMP").ID, o.Parent)
}

func TestZeroAlliance(t *testing.T) {
	var a vgt.Alliance
	assert.Empty(t, names(a.Members()))
	assert.Empty(t, names(a.Partners()))
	_, err := a.Lookup("AFP")
	assert.ErrorIs(t, err, vgt.ErrNotFound)
	require.NoError(t, a.Validate())
	_, ok := a.Holder(vgt.PostChair)
	assert.False(t, ok)
}

// fixture is a small alliance to apply announcements to.
type fixture struct {
	a                  *vgt.Alliance
	agency, other, ngo uuid.UUID
	boss               uuid.UUID
}

func newFixture(t *testing.T) fixture {
	t.Helper()
	f := fixture{agency: uuid.New(), other: uuid.New(), ngo: uuid.New(), boss: uuid.New()}
	agency := vgt.NewOrganization(f.agency, []vgt.Name{{Text: "Test Police", Lang: language.English, Kind: vgt.NameKindOfficial}}, vgt.MustParseJurisdiction("CH"), vgt.MemberKindNationalAgency)
	other := vgt.NewOrganization(f.other, []vgt.Name{{Text: "Other Police", Lang: language.English, Kind: vgt.NameKindOfficial}}, vgt.MustParseJurisdiction("AT"), vgt.MemberKindNationalAgency)
	ngo := vgt.NewOrganization(f.ngo, []vgt.Name{{Text: "Helpline", Lang: language.English, Kind: vgt.NameKindOfficial}}, vgt.Jurisdiction{}, 0)
	a, err := (&vgt.Alliance{}).Apply(vgt.Announcement{
		ID: uuid.New(), Title: "Founding", Published: vgt.MustParseDate("2003"),
		Source: "https://example.org/founding", Language: language.English,
		Organizations: []vgt.Organization{agency, other, ngo},
		People:        []vgt.Person{{ID: f.boss, Name: "Ada Boss"}},
		Changes: []vgt.Change{
			{Kind: vgt.ChangeKindJoined, Effective: vgt.MustParseDate("2003"), Organization: f.agency, Role: vgt.RoleMember},
			{Kind: vgt.ChangeKindAppointed, Effective: vgt.MustParseDate("2003"), Organization: f.agency, Post: vgt.PostChair, Person: f.boss},
		},
	})
	require.NoError(t, err)
	f.a = a
	return f
}

func (f fixture) announce(published string, changes ...vgt.Change) vgt.Announcement {
	return vgt.Announcement{
		ID: uuid.New(), Title: "News", Published: vgt.MustParseDate(published),
		Source: "https://example.org/" + published, Language: language.English, Changes: changes,
	}
}

func TestApply(t *testing.T) {
	f := newFixture(t)
	next, err := f.a.Apply(f.announce("2004-05-01",
		vgt.Change{Kind: vgt.ChangeKindJoined, Effective: vgt.MustParseDate("2004-04"), Organization: f.ngo, Role: vgt.RolePartner, Category: vgt.PartnerCategoryNonGovernmental},
		vgt.Change{Kind: vgt.ChangeKindJoined, Effective: vgt.MustParseDate("2004-04-30"), Organization: f.other, Role: vgt.RoleMember},
	))
	require.NoError(t, err)
	assert.Equal(t, []string{"Helpline"}, names(next.Partners()))
	assert.Equal(t, []string{"Other Police", "Test Police"}, names(next.Members()))
	// The old alliance is unchanged.
	assert.Empty(t, names(f.a.Partners()))
	assert.Equal(t, []string{"Test Police"}, names(f.a.Members()))

	// Leaving, and a succession that carries the chair along.
	_, err = next.Apply(f.announce("2006-01-10",
		vgt.Change{Kind: vgt.ChangeKindLeft, Effective: vgt.MustParseDate("2005-12"), Organization: f.ngo, Role: vgt.RolePartner},
		vgt.Change{Kind: vgt.ChangeKindSucceeded, Effective: vgt.MustParseDate("2006-01-01"), Organization: f.agency, Successor: f.other},
	))
	require.Error(t, err, "other is already a member, so it cannot take over agency's seat")
	assert.ErrorIs(t, err, vgt.ErrConflict)
	assert.Contains(t, err.Error(), "Other Police is already a member since 2004-04-30")
	later, err := next.Apply(f.announce("2006-01-10",
		vgt.Change{Kind: vgt.ChangeKindLeft, Effective: vgt.MustParseDate("2005-12"), Organization: f.ngo, Role: vgt.RolePartner},
		vgt.Change{Kind: vgt.ChangeKindLeft, Effective: vgt.MustParseDate("2005-12"), Organization: f.other, Role: vgt.RoleMember},
	))
	require.NoError(t, err)
	assert.Equal(t, []string{"Test Police"}, names(later.Current()))
	assert.Empty(t, names(later.AsOf(day("2006-06-01")).Partners()))
	assert.Equal(t, []string{"Helpline"}, names(later.AsOf(day("2005-06-01")).Partners()))

	// The seat passes to a successor, and the chair with it: the holder
	// goes on, acting for the successor.
	last, err := later.Apply(f.announce("2006-03-01",
		vgt.Change{Kind: vgt.ChangeKindSucceeded, Effective: vgt.MustParseDate("2006-02"), Organization: f.agency, Successor: f.other}))
	require.NoError(t, err)
	assert.Equal(t, []string{"Other Police"}, names(last.Current()))
	h, ok := last.Holder(vgt.PostChair)
	require.True(t, ok)
	assert.Equal(t, f.boss, h.Person)
	assert.Equal(t, f.other, h.Agency)
	assert.Equal(t, "2006-02/..", h.Period.String())
	old, ok := last.AsOf(day("2005-06-01")).Holder(vgt.PostChair)
	require.True(t, ok)
	assert.Equal(t, f.agency, old.Agency)
	assert.Equal(t, "2003/2006-02", old.Period.String())
	m, _ := last.Member(f.agency)
	assert.Equal(t, f.other, m.Membership().Successor)
}

func TestApplyRejects(t *testing.T) {
	f := newFixture(t)
	ann := f.announce
	tests := []struct {
		name     string
		an       vgt.Announcement
		sentinel error
		path     string
		contains string
	}{
		{"unknown organization", ann("2004", vgt.Change{Kind: vgt.ChangeKindJoined, Effective: vgt.MustParseDate("2004"), Organization: uuid.New(), Role: vgt.RoleMember}),
			vgt.ErrUnknownOrganization, "announcement.changes[0].organization", ""},
		{"joining while active", ann("2004", vgt.Change{Kind: vgt.ChangeKindJoined, Effective: vgt.MustParseDate("2004"), Organization: f.agency, Role: vgt.RoleMember}),
			vgt.ErrConflict, "announcement.changes[0].organization", "is already a member since 2003 according to announcement"},
		{"leaving while not a member", ann("2004", vgt.Change{Kind: vgt.ChangeKindLeft, Effective: vgt.MustParseDate("2004"), Organization: f.other, Role: vgt.RoleMember}),
			vgt.ErrConflict, "announcement.changes[0].organization", "was never a member"},
		{"effective after publication", ann("2004-05-01", vgt.Change{Kind: vgt.ChangeKindJoined, Effective: vgt.MustParseDate("2004-06"), Organization: f.other, Role: vgt.RoleMember}),
			vgt.ErrConflict, "announcement.changes[0].effective", "takes effect after the announcement was published"},
		{"successor that does not exist", ann("2004", vgt.Change{Kind: vgt.ChangeKindSucceeded, Effective: vgt.MustParseDate("2004"), Organization: f.agency, Successor: uuid.New()}),
			vgt.ErrUnknownOrganization, "announcement.changes[0].successor", ""},
		{"two chairs at once", ann("2004",
			vgt.Change{Kind: vgt.ChangeKindJoined, Effective: vgt.MustParseDate("2003"), Organization: f.other, Role: vgt.RoleMember},
			vgt.Change{Kind: vgt.ChangeKindAppointed, Effective: vgt.MustParseDate("2003"), Organization: f.other, Post: vgt.PostChair}),
			vgt.ErrConflict, "announcement.changes[1].effective", "two holders of chair at once: Ada Boss holds it since 2003"},
		{"a partner without a jurisdiction cannot be a member", ann("2004", vgt.Change{Kind: vgt.ChangeKindJoined, Effective: vgt.MustParseDate("2004"), Organization: f.ngo, Role: vgt.RoleMember}),
			vgt.ErrInvalid, "announcement.changes[0].organization", "has no jurisdiction"},
		{"partner without category", ann("2004", vgt.Change{Kind: vgt.ChangeKindJoined, Effective: vgt.MustParseDate("2004"), Organization: f.ngo, Role: vgt.RolePartner}),
			vgt.ErrInvalid, "announcement.changes[0].category", ""},
		{"field a kind does not use", ann("2004", vgt.Change{Kind: vgt.ChangeKindLeft, Effective: vgt.MustParseDate("2004"), Organization: f.agency, Role: vgt.RoleMember, Successor: f.other}),
			vgt.ErrInvalid, "announcement.changes[0].successor", ""},
		{"missing publication", vgt.Announcement{ID: uuid.New(), Source: "https://example.org", Language: language.English},
			vgt.ErrInvalidDate, "announcement.published", ""},
		{"relative source", vgt.Announcement{ID: uuid.New(), Published: vgt.MustParseDate("2004"), Source: "/news/1", Language: language.English},
			vgt.ErrInvalid, "announcement.source", ""},
		{"nil ID", vgt.Announcement{Published: vgt.MustParseDate("2004"), Source: "https://example.org", Language: language.English},
			vgt.ErrInvalid, "announcement.id", ""},
		{"unsafe title", vgt.Announcement{ID: uuid.New(), Title: "ECPAT\u202eInternational", Published: vgt.MustParseDate("2004"), Source: "https://example.org", Language: language.English},
			vgt.ErrUnsafeText, "announcement.title", ""},
		{"quote as chair by someone not chair", vgt.Announcement{ID: uuid.New(), Published: vgt.MustParseDate("2004"), Source: "https://example.org/q", Language: language.English,
			People: []vgt.Person{{ID: uuid.MustParse("00000000-0000-4000-8000-000000000001"), Name: "Not Chair"}},
			Quotes: []vgt.Quote{{Speaker: uuid.MustParse("00000000-0000-4000-8000-000000000001"), Post: vgt.PostChair, Text: "Hello."}}},
			vgt.ErrConflict, "announcement.quotes[0].post", "Not Chair did not hold the post"},
	}
	before := snapshotJSON(t, f.a)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			next, err := f.a.Apply(tt.an)
			require.Error(t, err)
			assert.Nil(t, next)
			assert.ErrorIs(t, err, tt.sentinel)
			assert.True(t, strings.HasPrefix(err.Error(), "vgt: "), err.Error())
			if tt.path != "" {
				var e *vgt.Error
				require.True(t, errors.As(err, &e), "%T", err)
				assert.Equal(t, tt.path, e.Path, err.Error())
			}
			if tt.contains != "" {
				assert.Contains(t, err.Error(), tt.contains)
			}
			assert.Equal(t, before, snapshotJSON(t, f.a), "a failed Apply changed the alliance")
		})
	}
}

func TestApplySecondSource(t *testing.T) {
	f := newFixture(t)
	first := f.announce("2004-05-01", vgt.Change{Kind: vgt.ChangeKindJoined, Effective: vgt.MustParseDate("2004"), Organization: f.ngo, Role: vgt.RolePartner, Category: vgt.PartnerCategoryIndustry})
	a, err := f.a.Apply(first)
	require.NoError(t, err)
	// The same fact, more precisely, from another source.
	second := f.announce("2004-06-01", vgt.Change{Kind: vgt.ChangeKindJoined, Effective: vgt.MustParseDate("2004-04"), Organization: f.ngo, Role: vgt.RolePartner, Category: vgt.PartnerCategoryIndustry})
	a, err = a.Apply(second)
	require.NoError(t, err)
	p, ok := a.Partner(f.ngo)
	require.True(t, ok)
	assert.Len(t, slices.Collect(p.Partnerships()), 1, "a second source adds no membership")
	assert.Equal(t, []uuid.UUID{first.ID, second.ID}, p.Partnership().Sources())
	assert.Equal(t, "2004-04", p.Partnership().Period.Start.String(), "the more precise date is kept")

	// A contradiction names both sources.
	third := f.announce("2004-07-01", vgt.Change{Kind: vgt.ChangeKindJoined, Effective: vgt.MustParseDate("2004-04"), Organization: f.ngo, Role: vgt.RolePartner, Category: vgt.PartnerCategoryNonGovernmental})
	_, err = a.Apply(third)
	require.ErrorIs(t, err, vgt.ErrConflict)
	assert.Contains(t, err.Error(), first.ID.String())
	assert.Contains(t, err.Error(), third.ID.String())

	// Applying the same announcement twice is an error.
	_, err = a.Apply(second)
	assert.ErrorIs(t, err, vgt.ErrDuplicateID)
}

func TestRejoin(t *testing.T) {
	f := newFixture(t)
	a, err := f.a.Apply(f.announce("2004-03-01", vgt.Change{Kind: vgt.ChangeKindJoined, Effective: vgt.MustParseDate("2004"), Organization: f.other, Role: vgt.RoleMember}))
	require.NoError(t, err)
	a, err = a.Apply(f.announce("2004-07-01", vgt.Change{Kind: vgt.ChangeKindLeft, Effective: vgt.MustParseDate("2004-06"), Organization: f.other, Role: vgt.RoleMember}))
	require.NoError(t, err)
	// A join after the membership ended is a new membership, though its
	// date lies within the first join's year.
	a, err = a.Apply(f.announce("2004-10-01", vgt.Change{Kind: vgt.ChangeKindJoined, Effective: vgt.MustParseDate("2004-09"), Organization: f.other, Role: vgt.RoleMember}))
	require.NoError(t, err)
	m, ok := a.Member(f.other)
	require.True(t, ok)
	var periods []string
	for ms := range m.Memberships() {
		periods = append(periods, ms.Period.String())
		require.NoError(t, ms.Period.Validate())
	}
	assert.Equal(t, []string{"2004/2004-06", "2004-09/.."}, periods)
	require.NoError(t, a.Validate())

	// A partner may rejoin in another category.
	b, err := f.a.Apply(f.announce("2004-03-01", f.changeJoinNGO("2004")))
	require.NoError(t, err)
	b, err = b.Apply(f.announce("2004-07-01", vgt.Change{Kind: vgt.ChangeKindLeft, Effective: vgt.MustParseDate("2004-06"), Organization: f.ngo, Role: vgt.RolePartner}))
	require.NoError(t, err)
	b, err = b.Apply(f.announce("2004-10-01", vgt.Change{Kind: vgt.ChangeKindJoined, Effective: vgt.MustParseDate("2004-09"), Organization: f.ngo, Role: vgt.RolePartner, Category: vgt.PartnerCategoryAcademic}))
	require.NoError(t, err)
	p, _ := b.Partner(f.ngo)
	assert.Equal(t, vgt.PartnerCategoryAcademic, p.Category)
}

func TestApplyOutOfOrderRefolds(t *testing.T) {
	f := newFixture(t)
	late := f.announce("2005-01-01", vgt.Change{Kind: vgt.ChangeKindLeft, Effective: vgt.MustParseDate("2004-12"), Organization: f.other, Role: vgt.RoleMember})
	early := f.announce("2004-01-01", vgt.Change{Kind: vgt.ChangeKindJoined, Effective: vgt.MustParseDate("2003-12"), Organization: f.other, Role: vgt.RoleMember})
	_, err := f.a.Apply(late)
	require.ErrorIs(t, err, vgt.ErrConflict, "other is not yet a member")
	a, err := f.a.Apply(early)
	require.NoError(t, err)
	a, err = a.Apply(late)
	require.NoError(t, err)
	m, _ := a.Member(f.other)
	assert.Equal(t, "2003-12/2004-12", m.Membership().Period.String())

	// The same two, recorded in the other order: the alliance refolds.
	b, err := f.a.Apply(f.announce("2003-06-01"))
	require.NoError(t, err)
	b, err = b.Apply(early)
	require.NoError(t, err)
	b, err = b.Apply(late)
	require.NoError(t, err)
	m, _ = b.Member(f.other)
	assert.Equal(t, "2003-12/2004-12", m.Membership().Period.String())
}

func TestVotedInAndElected(t *testing.T) {
	f := newFixture(t)
	a, err := f.a.Apply(f.announce("2004-03-01",
		vgt.Change{Kind: vgt.ChangeKindVotedIn, Effective: vgt.MustParseDate("2004-02"), Organization: f.other, Role: vgt.RoleMember},
	))
	require.NoError(t, err)
	pending := slices.Collect(a.Pending())
	require.Len(t, pending, 1)
	assert.Equal(t, vgt.ChangeKindVotedIn, pending[0].Kind)
	assert.Len(t, pending[0].Sources(), 1)
	_, ok := a.Member(f.other)
	assert.False(t, ok, "voted in is not yet a member")

	a, err = a.Apply(f.announce("2004-06-01",
		vgt.Change{Kind: vgt.ChangeKindJoined, Effective: vgt.MustParseDate("2004-05"), Organization: f.other, Role: vgt.RoleMember},
		vgt.Change{Kind: vgt.ChangeKindElected, Effective: vgt.MustParseDate("2004-05"), Organization: f.other, Post: vgt.PostChair},
	))
	require.NoError(t, err)
	assert.Len(t, slices.Collect(a.Pending()), 1, "the vote is fulfilled, the election pending")
	a, err = a.Apply(f.announce("2005-01-01",
		vgt.Change{Kind: vgt.ChangeKindAppointed, Effective: vgt.MustParseDate("2005-01-01"), Organization: f.other, Post: vgt.PostChair},
	))
	require.NoError(t, err)
	assert.Empty(t, slices.Collect(a.Pending()))
	h, ok := a.Holder(vgt.PostChair)
	require.True(t, ok)
	assert.Equal(t, f.other, h.Agency)
	assert.Equal(t, uuid.Nil, h.Person)
	assert.Equal(t, "2004-05", h.Election.Date.String())
	assert.Equal(t, "2005-01-01", h.Election.Fulfilled.String(), "the election stays in the record, fulfilled")
	prev, ok := a.AsOf(day("2004-06-01")).Holder(vgt.PostChair)
	require.True(t, ok)
	assert.Equal(t, f.boss, prev.Person)
	assert.Equal(t, "2003/2005-01-01", prev.Period.String())
}

func TestRenamed(t *testing.T) {
	f := newFixture(t)
	a, err := f.a.Apply(f.announce("2008-02-01", vgt.Change{Kind: vgt.ChangeKindRenamed, Effective: vgt.MustParseDate("2008-01"), Organization: f.agency,
		Name: vgt.Name{Text: "Federal Test Police", Lang: language.English, Kind: vgt.NameKindOfficial}}))
	require.NoError(t, err)
	o, err := a.Lookup("Test Police")
	require.NoError(t, err, "former names stay matchable")
	assert.Equal(t, "Federal Test Police", o.Name)
	o2, err := a.Lookup("federal test police")
	require.NoError(t, err)
	assert.Equal(t, o.ID, o2.ID)
	var periods []string
	for n := range o.Names() {
		periods = append(periods, n.Text+" "+n.Period.String())
	}
	assert.Equal(t, []string{"Test Police /2008-01", "Federal Test Police 2008-01/.."}, periods)
	_, err = f.a.Lookup("Federal Test Police")
	assert.ErrorIs(t, err, vgt.ErrNotFound, "the old alliance does not know the new name")
}

func TestConcurrentDefault(t *testing.T) {
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			a := vgt.Default()
			assert.Len(t, names(a.AsOf(day("2011-06-01")).Members()), 9)
			_, err := a.Lookup("AFP")
			assert.NoError(t, err)
		})
	}
	wg.Wait()
}

// TestManyApplies applies enough announcements, one at a time, for the
// alliance to merge its changes into a new base several times, and checks
// that nothing is lost on the way.
func TestManyApplies(t *testing.T) {
	f := newFixture(t)
	a := f.a
	var ids []uuid.UUID
	for i := range 300 {
		o := vgt.NewOrganization(uuid.New(), []vgt.Name{{Text: fmt.Sprintf("Agency %d", i), Lang: language.English, Kind: vgt.NameKindOfficial}},
			vgt.MustParseJurisdiction("CH"), vgt.MemberKindNationalAgency)
		an := vgt.Announcement{
			ID: uuid.New(), Published: vgt.MustParseDate(fmt.Sprintf("%d-01-01", 2004+i/20)), Source: "https://example.org/many",
			Language: language.English, Organizations: []vgt.Organization{o},
			Changes: []vgt.Change{{Kind: vgt.ChangeKindJoined, Effective: vgt.MustParseDate(fmt.Sprint(2004 + i/20)), Organization: o.ID, Role: vgt.RoleMember}},
		}
		next, err := a.Apply(an)
		require.NoError(t, err, i)
		a = next
		ids = append(ids, an.ID)
	}
	assert.Len(t, slices.Collect(a.Members()), 301)
	for i, id := range ids {
		_, ok := a.Announcement(id)
		require.True(t, ok, i)
		o, err := a.Lookup(fmt.Sprintf("agency %d", i))
		require.NoError(t, err)
		_, ok = a.Member(o.ID)
		require.True(t, ok)
	}
	requireRoundTrip(t, a)
	require.NoError(t, a.Validate())
}
