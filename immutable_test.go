package vgt_test

import (
	"fmt"
	"slices"
	"sync"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/virtualglobaltaskforce/vgt"
)

// TestImmutable changes every slice, map and struct it can reach through
// values the alliance returns, and shows the alliance unchanged.
func TestImmutable(t *testing.T) {
	a := vgt.Default()
	before := snapshotJSON(t, a)
	beforeMembers := names(a.AsOf(day("2011-06-01")).Members())

	for an := range a.Announcements() {
		for i := range an.Tags {
			an.Tags[i] = "changed"
		}
		for i := range an.Quotes {
			an.Quotes[i].Text, an.Quotes[i].Speaker = "changed", uuid.Nil
		}
		for i := range an.Changes {
			an.Changes[i].Kind, an.Changes[i].Effective = vgt.ChangeKindLeft, vgt.MustParseDate("1999")
		}
		for i := range an.Organizations {
			an.Organizations[i].Name = "changed"
		}
		an.Tags = append(an.Tags, "more")
		an.Title = "changed"
	}
	for m := range a.Members() {
		m.Name, m.Acronym, m.Jurisdiction = "changed", "X", vgt.World
		for ms := range m.Memberships() {
			ms.Period = vgt.Since(vgt.MustParseDate("1999"))
			src := ms.Sources()
			for i := range src {
				src[i] = uuid.Nil
			}
		}
		for n := range m.Names() {
			n.Text = "changed"
		}
	}
	for p := range a.Partners() {
		p.Category = vgt.PartnerCategoryAcademic
		src := p.Partnership().Sources()
		if len(src) > 0 {
			src[0] = uuid.Nil
		}
	}
	for tn := range a.Tenures() {
		if s := tn.Sources(); len(s) > 0 {
			s[0] = uuid.Nil
		}
	}
	f := a.Facts()
	f.Names[0].Text = "changed"
	f.Milestones[0].Text = "changed"
	f.Names = append(f.Names, vgt.Name{Text: "more"})
	for o := range a.Organizations() {
		o.Website = "changed"
	}
	if an, ok := a.Announcement(firstAnnouncementID(a)); ok {
		an.Tags = append(an.Tags[:0], "changed")
	}
	if h, ok := a.Holder(vgt.PostChair); ok {
		if s := h.Sources(); len(s) > 0 {
			s[0] = uuid.Nil
		}
	}
	for pa := range a.Pending() {
		if s := pa.Sources(); len(s) > 0 {
			s[0] = uuid.Nil
		}
	}

	assert.Equal(t, before, snapshotJSON(t, a))
	assert.Equal(t, beforeMembers, names(a.AsOf(day("2011-06-01")).Members()))
	for m := range a.Members() {
		assert.NotEqual(t, "changed", m.Name)
		for ms := range m.Memberships() {
			assert.NotContains(t, ms.Sources(), uuid.Nil)
		}
	}

	// An announcement given to Apply is copied: changing it afterwards
	// changes nothing.
	fx := newFixture(t)
	an := fx.announce("2004-05-01", fx.changeJoinNGO("2004-04"))
	an.Tags = []string{"original"}
	b, err := fx.a.Apply(an)
	require.NoError(t, err)
	an.Tags[0] = "changed"
	an.Changes[0].Category = vgt.PartnerCategoryAcademic
	got, _ := b.Announcement(an.ID)
	assert.Equal(t, []string{"original"}, got.Tags)
	p, _ := b.Partner(fx.ngo)
	assert.Equal(t, vgt.PartnerCategoryIndustry, p.Category)
}

func firstAnnouncementID(a *vgt.Alliance) uuid.UUID {
	for an := range a.Announcements() {
		return an.ID
	}
	return uuid.Nil
}

// TestConcurrentReadersAndWriters has many goroutines query one alliance
// while others apply announcements to it and to its snapshots. Run it with
// -race. Every reader must see a consistent alliance.
func TestConcurrentReadersAndWriters(t *testing.T) {
	a := vgt.Default()
	snap := a.AsOf(day("2011-06-01"))
	wantMembers := names(snap.Members())
	wantJSON := snapshotJSON(t, a)
	fr := vgt.MustParseJurisdiction("FR")
	wantAnnouncements := len(slices.Collect(a.Announcements()))

	var wg sync.WaitGroup
	for g := range 6 {
		wg.Go(func() {
			for i := range 50 {
				switch (g + i) % 5 {
				case 0:
					o, err := a.Lookup("a.f.p.")
					if assert.NoError(t, err) {
						assert.Equal(t, "Australian Federal Police", o.Name)
					}
				case 1:
					assert.Equal(t, []string{europol, interpol}, names(a.Covering(fr)))
				case 2:
					assert.Equal(t, wantMembers, names(a.AsOf(day("2011-06-01")).Members()))
				case 3:
					assert.Equal(t, wantMembers, names(snap.Members()))
					// Microsoft and Visa, listed in 2007 (S10), and the three
					// partners of [2011-03..2011-04] (S26).
					assert.Equal(t, 5, len(slices.Collect(snap.Partners())))
				case 4:
					assert.Equal(t, wantAnnouncements, len(slices.Collect(a.Announcements())))
				}
			}
		})
	}
	for g := range 4 {
		wg.Go(func() {
			base := a
			if g%2 == 1 {
				base = snap
			}
			cur := base
			for i := range 20 {
				o := vgt.NewOrganization(uuid.New(), []vgt.Name{{Text: "Agency " + uuid.NewString()[:8], Lang: language.English, Kind: vgt.NameKindOfficial}},
					vgt.MustParseJurisdiction("CH"), vgt.MemberKindNationalAgency)
				next, err := cur.Apply(vgt.Announcement{
					ID: uuid.New(), Published: vgt.MustParseDate(fmt.Sprintf("%d-01-01", 2012+i)), Source: "https://example.org/c",
					Language: language.English, Organizations: []vgt.Organization{o},
					Changes: []vgt.Change{{Kind: vgt.ChangeKindJoined, Effective: vgt.MustParseDate(fmt.Sprint(2012 + i)), Organization: o.ID, Role: vgt.RoleMember}},
				})
				if !assert.NoError(t, err) {
					return
				}
				if _, isSnap := cur.Snapshot(); isSnap {
					// A snapshot of 2011 does not show members that joined later.
					assert.Equal(t, 9, len(slices.Collect(next.Members())))
				} else {
					_, ok := next.Member(o.ID)
					assert.True(t, ok)
				}
				cur = next
			}
		})
	}
	wg.Wait()
	assert.Equal(t, wantJSON, snapshotJSON(t, a), "writers changed the alliance they applied to")
}
