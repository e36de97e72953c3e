package vgt_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/virtualglobaltaskforce/vgt"
)

// The tests in this file check that Apply and Load follow one set of rules
// (issue 8): whatever the announcement's place in time, Apply refuses what
// Load would refuse in the document WriteJSON writes, and names the
// problem in the announcement the caller passed.

// placements are publication dates of an announcement applied to the
// embedded dataset: after its latest announcement, and among the others.
var placements = []struct{ name, published string }{
	{"newest", "2026-01-15"},
	{"older than the latest", "2006-05-10"},
}

// newAnnouncement returns an announcement published on pub that introduces
// an agency and has it join.
func newAnnouncement(pub string) (vgt.Announcement, *vgt.Organization) {
	id := uuid.NewSHA1(uuid.NameSpaceURL, []byte("rules police "+pub))
	o := vgt.NewOrganization(id, []vgt.Name{{Text: "Rules Police", Lang: language.English, Kind: vgt.NameKindOfficial}},
		vgt.MustParseJurisdiction("CH"), vgt.MemberKindNationalAgency)
	an := vgt.Announcement{
		ID: uuid.NewSHA1(uuid.NameSpaceURL, []byte("rules "+pub)), Title: "Rules", Published: vgt.MustParseDate(pub),
		Source: "https://example.org/rules", Language: language.English, Organizations: []vgt.Organization{o},
		Changes: []vgt.Change{{Kind: vgt.ChangeKindJoined, Effective: vgt.MustParseDate(pub), Organization: o.ID, Role: vgt.RoleMember}},
	}
	return an, &an.Organizations[0]
}

func TestApplyOneSetOfRules(t *testing.T) {
	a := vgt.Default()
	europol := org(t, a, "Europol").ID
	person := slices.Collect(a.People())[0].ID
	firstAnn := slices.Collect(a.Announcements())[0].ID
	tests := []struct {
		name     string
		edit     func(an *vgt.Announcement, o *vgt.Organization)
		sentinel error
		path     string
		contains string
	}{
		{"the announcement's ID is an organization's", func(an *vgt.Announcement, _ *vgt.Organization) { an.ID = europol },
			vgt.ErrDuplicateID, "announcement.id", "an organization with this ID"},
		{"the announcement's ID is a person's", func(an *vgt.Announcement, _ *vgt.Organization) { an.ID = person },
			vgt.ErrDuplicateID, "announcement.id", "a person with this ID"},
		{"the announcement's ID is the alliance's", func(an *vgt.Announcement, _ *vgt.Organization) { an.ID = a.Facts().ID },
			vgt.ErrDuplicateID, "announcement.id", "the alliance with this ID"},
		{"the announcement was applied already", func(an *vgt.Announcement, _ *vgt.Organization) { an.ID = firstAnn },
			vgt.ErrDuplicateID, "announcement.id", "already applied"},
		{"a new organization reuses a person's ID", func(an *vgt.Announcement, o *vgt.Organization) { o.ID, an.Changes[0].Organization = person, person },
			vgt.ErrDuplicateID, "announcement.organizations[0].id", "a person with this ID"},
		{"a new organization reuses an announcement's ID", func(an *vgt.Announcement, o *vgt.Organization) { o.ID, an.Changes[0].Organization = firstAnn, firstAnn },
			vgt.ErrDuplicateID, "announcement.organizations[0].id", "an announcement with this ID"},
		{"a new organization has the announcement's own ID", func(an *vgt.Announcement, o *vgt.Organization) { o.ID, an.Changes[0].Organization = an.ID, an.ID },
			vgt.ErrDuplicateID, "announcement.organizations[0].id", "also the ID of announcement.id"},
		{"a new person has a new organization's ID", func(an *vgt.Announcement, o *vgt.Organization) {
			an.People = []vgt.Person{{ID: o.ID, Name: "Rules Person"}}
		}, vgt.ErrDuplicateID, "announcement.people[0].id", "also the ID of announcement.organizations[0].id"},
		{"a parent that does not exist", func(_ *vgt.Announcement, o *vgt.Organization) { o.Parent = uuid.MustParse(orgB) },
			vgt.ErrUnknownOrganization, "announcement.organizations[0].parent", orgB},
		{"a person as parent", func(_ *vgt.Announcement, o *vgt.Organization) { o.Parent = person },
			vgt.ErrUnknownOrganization, "announcement.organizations[0].parent", person.String()},
		{"two new organizations, parts of each other", func(an *vgt.Announcement, o *vgt.Organization) {
			unit := vgt.NewOrganization(uuid.MustParse(orgB), []vgt.Name{{Text: "Rules Unit", Lang: language.English, Kind: vgt.NameKindOfficial}}, vgt.Jurisdiction{}, 0)
			unit.Parent, o.Parent = o.ID, unit.ID
			an.Organizations = append(an.Organizations, unit)
		}, vgt.ErrInvalid, "announcement.organizations[0].parent", "in a cycle"},
		{"a language tag that is not canonical", func(an *vgt.Announcement, _ *vgt.Organization) { an.Language = language.Raw.Make("iw") },
			vgt.ErrInvalid, "announcement.language", `want "he"`},
		{"a name's language tag that is not canonical", func(_ *vgt.Announcement, o *vgt.Organization) {
			*o = vgt.NewOrganization(o.ID, []vgt.Name{{Text: "Rules Police", Lang: language.Raw.Make("in"), Kind: vgt.NameKindOfficial}},
				vgt.MustParseJurisdiction("CH"), vgt.MemberKindNationalAgency)
		}, vgt.ErrInvalid, "announcement.organizations[0].names[0].lang", `want "id"`},
		{"a name that ends before it starts", func(_ *vgt.Announcement, o *vgt.Organization) {
			*o = vgt.NewOrganization(o.ID, []vgt.Name{{Text: "Rules Police", Lang: language.English, Kind: vgt.NameKindOfficial, Period: vgt.Period{Start: vgt.MustParseDate("2005"), End: vgt.MustParseDate("2004")}}},
				vgt.MustParseJurisdiction("CH"), vgt.MemberKindNationalAgency)
		}, vgt.ErrInvalidDate, "announcement.organizations[0].names[0].period", "before it starts"},
	}
	for _, tt := range tests {
		for _, pl := range placements {
			t.Run(tt.name+"/"+pl.name, func(t *testing.T) {
				an, o := newAnnouncement(pl.published)
				tt.edit(&an, o)
				next, err := a.Apply(an)
				require.Error(t, err)
				require.Nil(t, next)
				require.ErrorIs(t, err, tt.sentinel)
				e := vgtError(t, err)
				assert.Equal(t, tt.path, e.Path, err.Error())
				assert.Contains(t, err.Error(), tt.contains)
			})
		}
	}
	// The announcement unedited applies at both places, and what it gives
	// is valid and reads back equal.
	for _, pl := range placements {
		an, _ := newAnnouncement(pl.published)
		next, err := a.Apply(an)
		require.NoError(t, err, pl.name)
		require.NoError(t, next.Validate())
		requireRoundTrip(t, next)
	}
}

func TestApplyOlderPaths(t *testing.T) {
	a := vgt.Default()
	europol := org(t, a, "Europol").ID

	// A problem of the announcement itself is named in it, not at its
	// index in the record.
	an, _ := newAnnouncement("2006-05-10")
	an.Changes = append(an.Changes, vgt.Change{Kind: vgt.ChangeKindJoined, Effective: vgt.MustParseDate("2006-05"),
		Organization: uuid.MustParse(orgB), Role: vgt.RoleMember})
	_, err := a.Apply(an)
	require.ErrorIs(t, err, vgt.ErrUnknownOrganization)
	assert.Equal(t, "announcement.changes[1].organization", vgtError(t, err).Path, err.Error())
	assert.NotContains(t, err.Error(), "announcements[")

	// An organization that the record introduces only later is unknown
	// before it: Europol first appears in the announcement of its joining
	// (S25).
	an, _ = newAnnouncement("2006-05-10")
	an.Organizations = nil
	an.Changes = []vgt.Change{{Kind: vgt.ChangeKindJoined, Effective: vgt.MustParseDate("2006-05"), Organization: europol, Role: vgt.RoleMember}}
	_, err = a.Apply(an)
	require.ErrorIs(t, err, vgt.ErrUnknownOrganization)
	assert.Equal(t, "announcement.changes[0].organization", vgtError(t, err).Path, err.Error())

	// A problem it makes in a later announcement is named at it, with the
	// later announcement's ID: the KNPA, voted in in December 2012 (S35),
	// said to join in January 2013, makes its signing-in of April 2013
	// (S37) a second joining.
	knpa := org(t, a, "KNPA").ID
	an, _ = newAnnouncement("2013-01-20")
	an.Organizations = nil
	an.Changes = []vgt.Change{{Kind: vgt.ChangeKindJoined, Effective: vgt.MustParseDate("2013-01"), Organization: knpa, Role: vgt.RoleMember}}
	_, err = a.Apply(an)
	require.ErrorIs(t, err, vgt.ErrConflict)
	e := vgtError(t, err)
	assert.Equal(t, "announcement", e.Path, err.Error())
	joined := slices.IndexFunc(slices.Collect(a.Announcements()), func(x vgt.Announcement) bool {
		return x.Title == "Dutch, Indonesian, Korean national police forces join Virtual Global Taskforce at Europol Cyber Crime Center"
	})
	require.GreaterOrEqual(t, joined, 0)
	other := slices.Collect(a.Announcements())[joined]
	assert.Contains(t, err.Error(), fmt.Sprintf("it makes announcement %s (%s)", other.ID, other.Source))
	for _, p := range problems(err) {
		assert.True(t, strings.HasPrefix(vgtError(t, p).Path, "announcement"), p.Error())
	}
	assert.True(t, wrapsSentinel(err))
}

// TestLoadParentChains checks that a long chain of parents loads, in
// either order, and that a cycle anywhere in it is refused.
func TestLoadParentChains(t *testing.T) {
	const n = 2000
	id := func(i int) string { return uuid.NewSHA1(uuid.Nil, []byte(fmt.Sprint(i))).String() }
	build := func(parentOf func(i int) int) string {
		var orgs []string
		for i := range n {
			o := `{"id":"` + id(i) + `","names":[{"text":"Unit ` + fmt.Sprint(i) + `","lang":"en","kind":"official"}]`
			if p := parentOf(i); p >= 0 {
				o += `,"parent":"` + id(p) + `"`
			}
			orgs = append(orgs, o+`}`)
		}
		return `{"alliance":{},"organizations":[` + strings.Join(orgs, ",") + `],"people":[],"announcements":[]}`
	}
	for _, tt := range []struct {
		name     string
		parentOf func(int) int
		cycle    bool
	}{
		{"each part of the one before", func(i int) int { return i - 1 }, false},
		{"each part of the one after", func(i int) int {
			if i == n-1 {
				return -1
			}
			return i + 1
		}, false},
		{"a ring", func(i int) int { return (i + 1) % n }, true},
		{"a chain into a loop of two", func(i int) int {
			if i == n-1 {
				return n - 2
			}
			return i + 1
		}, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := vgt.Load(strings.NewReader(build(tt.parentOf)))
			if !tt.cycle {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, vgt.ErrInvalid)
			assert.Len(t, problems(err), 1, "a cycle is reported once")
			assert.Contains(t, err.Error(), "in a cycle")
		})
	}
}

// TestRenameBeforeStart is a rename dated before the old name's start: the
// fold refuses it, naming the change, since otherwise the name's period
// would end before it starts.
func TestRenameBeforeStart(t *testing.T) {
	a := vgt.Default()
	an, o := newAnnouncement("2026-01-15")
	rename := func(id uuid.UUID, eff, text string) vgt.Change {
		return vgt.Change{Kind: vgt.ChangeKindRenamed, Effective: vgt.MustParseDate(eff), Organization: id,
			Name: vgt.Name{Text: text, Lang: language.English, Kind: vgt.NameKindOfficial}}
	}
	an.Changes = append(an.Changes, rename(o.ID, "2026-01-10", "Rules Police Two"), rename(o.ID, "2025-06", "Rules Police Three"))
	_, err := a.Apply(an)
	require.ErrorIs(t, err, vgt.ErrConflict)
	assert.True(t, strings.HasPrefix(vgtError(t, err).Path, "announcement.changes[2]"), err.Error())
}
