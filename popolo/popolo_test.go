package popolo_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/virtualglobaltaskforce/vgt"
	"github.com/virtualglobaltaskforce/vgt/internal/formattest"
	"github.com/virtualglobaltaskforce/vgt/popolo"
)

// doc is the part of a Popolo document the tests read.
type doc struct {
	Organizations []struct {
		ID       string `json:"id"`
		ParentID string `json:"parent_id"`
		AreaID   string `json:"area_id"`
	} `json:"organizations"`
	Persons []struct {
		ID string `json:"id"`
	} `json:"persons"`
	Memberships []struct {
		ID     string `json:"id"`
		Role   string `json:"role"`
		Member *struct {
			Type string `json:"@type"`
			ID   string `json:"id"`
		} `json:"member"`
		PersonID       string `json:"person_id"`
		OrganizationID string `json:"organization_id"`
		PostID         string `json:"post_id"`
		OnBehalfOfID   string `json:"on_behalf_of_id"`
		Period         string `json:"period"`
		Ongoing        *bool  `json:"ongoing"`
		EndDate        string `json:"end_date"`
	} `json:"memberships"`
	Posts []struct {
		ID string `json:"id"`
	} `json:"posts"`
	Areas []struct {
		ID string `json:"id"`
	} `json:"areas"`
}

func TestWriteGolden(t *testing.T) {
	formattest.Golden(t, "testdata/default.json", formattest.Output(t, popolo.Write, vgt.Default()))
}

func TestWriteProperties(t *testing.T) {
	for _, c := range formattest.Cases(t) {
		t.Run(c.Name, func(t *testing.T) {
			a := c.Alliance
			out := formattest.Output(t, popolo.Write, a)

			var d doc
			require.NoError(t, json.Unmarshal(out, &d))
			n := formattest.Count(a)
			self := a.Facts().ID.String()

			orgs := map[string]bool{}
			for _, o := range d.Organizations {
				assert.False(t, orgs[o.ID], "organization %s twice", o.ID)
				orgs[o.ID] = true
			}
			assert.Len(t, orgs, n.Organizations+1, "every organization once, and the alliance")
			assert.True(t, orgs[self], "the alliance, by its own ID")
			for id, kind := range formattest.IDs(a) {
				if kind == "organization" {
					assert.True(t, orgs[id.String()], "organization %s", id)
				}
			}
			people := map[string]bool{}
			for _, p := range d.Persons {
				assert.False(t, people[p.ID], "person %s twice", p.ID)
				people[p.ID] = true
			}
			assert.Len(t, people, n.People)
			posts := map[string]bool{}
			for _, p := range d.Posts {
				posts[p.ID] = true
			}
			areas := map[string]bool{}
			for _, ar := range d.Areas {
				areas[ar.ID] = true
			}
			for _, o := range d.Organizations {
				if o.ParentID != "" {
					assert.True(t, orgs[o.ParentID], "parent of %s", o.ID)
				}
				if o.AreaID != "" {
					assert.True(t, areas[o.AreaID], "area of %s", o.ID)
				}
			}

			roles := map[string]int{}
			seen := map[string]bool{}
			for _, m := range d.Memberships {
				assert.False(t, seen[m.ID], "membership %s twice", m.ID)
				seen[m.ID] = true
				roles[m.Role]++
				assert.Equal(t, self, m.OrganizationID)
				require.NotNil(t, m.Ongoing, "membership %s says whether it is ongoing", m.ID)
				if *m.Ongoing {
					assert.Empty(t, m.EndDate, "ongoing %s has no end", m.ID)
				}
				switch {
				case m.PersonID != "":
					assert.True(t, people[m.PersonID], "person of %s", m.ID)
					assert.Nil(t, m.Member)
				default:
					require.NotNil(t, m.Member, "membership %s names its member", m.ID)
					assert.Equal(t, "Organization", m.Member.Type)
					assert.True(t, orgs[m.Member.ID], "member of %s", m.ID)
				}
				if m.OnBehalfOfID != "" {
					assert.True(t, orgs[m.OnBehalfOfID], "on behalf of, in %s", m.ID)
				}
				if m.PostID != "" {
					assert.True(t, posts[m.PostID], "post of %s", m.ID)
				}
			}
			assert.Equal(t, n.Memberships, roles["member"], "memberships")
			assert.Equal(t, n.Partnerships, roles["partner"], "partnerships")
			assert.Equal(t, n.Tenures, roles["chair"], "tenures of the chair")
		})
	}
}

// TestWriteDates checks the rule for uncertain dates on the embedded
// record, where each case occurs.
func TestWriteDates(t *testing.T) {
	var raw struct {
		Memberships []map[string]any `json:"memberships"`
	}
	require.NoError(t, json.Unmarshal(formattest.Output(t, popolo.Write, vgt.Default()), &raw))
	find := func(period string) map[string]any {
		for _, m := range raw.Memberships {
			if m["period"] == period {
				return m
			}
		}
		t.Fatalf("no membership with period %q", period)
		return nil
	}
	// A year and a month stay as they are.
	ncs := find("2003/2006-04")
	assert.Equal(t, "2003", ncs["start_date"])
	assert.Equal(t, "2006-04", ncs["end_date"])
	assert.Equal(t, false, ncs["ongoing"])
	// A range whose bounds share a month becomes that month; ongoing has
	// no end.
	cyco := find("[2014-05-06..2014-05-12]/..")
	assert.Equal(t, "2014-05", cyco["start_date"])
	assert.NotContains(t, cyco, "end_date")
	assert.Equal(t, true, cyco["ongoing"])
	// A range whose bounds share only a year becomes that year.
	ecpat := find("[2011-03..2011-04]/..")
	assert.Equal(t, "2011", ecpat["start_date"])
	// A range whose bounds share no year gives no date at all, at either
	// end; nor does a range open at its start.
	afp := find("[2008-02..2009-12]/..")
	assert.NotContains(t, afp, "start_date")
	ahtcc := find("2003/[2008-02..2009-12]")
	assert.Equal(t, "2003", ahtcc["start_date"])
	assert.NotContains(t, ahtcc, "end_date")
	assert.Equal(t, false, ahtcc["ongoing"])
	colombia := find("[..2015-04-21]/..")
	assert.NotContains(t, colombia, "start_date")
	assert.Equal(t, true, colombia["ongoing"])
}

func TestWriteError(t *testing.T) {
	formattest.WriteError(t, popolo.Write, "popolo: ")
}
