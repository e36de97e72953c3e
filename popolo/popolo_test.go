package popolo_test

import (
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/virtualglobaltaskforce/vgt"
	"github.com/virtualglobaltaskforce/vgt/internal/export"
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
		Label  string `json:"label"`
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
		UnitID         string `json:"unit_id"`
		Category       string `json:"category"`
		Words          []string
		Vote           *admission `json:"vote"`
		Election       *admission `json:"election"`
	} `json:"memberships"`
	Posts []struct {
		ID string `json:"id"`
	} `json:"posts"`
	Areas []struct {
		ID             string `json:"id"`
		Classification string `json:"classification"`
		ParentID       string `json:"parent_id"`
	} `json:"areas"`
	Events []struct {
		ID             string `json:"id"`
		Name           string `json:"name"`
		Description    string `json:"description"`
		Classification string `json:"classification"`
		Status         string `json:"status"`
		Date           string `json:"date"`
	} `json:"events"`
}

type admission struct {
	Date  string `json:"date"`
	Words string `json:"words"`
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
			areas := map[string]string{}
			for _, ar := range d.Areas {
				areas[ar.ID] = ar.Classification
			}
			for _, ar := range d.Areas {
				if ar.Classification == "subdivision" {
					assert.Equal(t, "country", areas[ar.ParentID], "the country of %s is an area", ar.ID)
				}
			}
			for _, o := range d.Organizations {
				if o.ParentID != "" {
					assert.True(t, orgs[o.ParentID], "parent of %s", o.ID)
				}
				if o.AreaID != "" {
					assert.NotEmpty(t, areas[o.AreaID], "area of %s", o.ID)
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

			byID := map[string]int{}
			for i, m := range d.Memberships {
				byID[m.ID] = i
			}
			for m := range a.Members() {
				i := 0
				for ms := range m.Memberships() {
					i++
					got := d.Memberships[byID[m.ID.String()+"-member-"+strconv.Itoa(i)]]
					assert.Equal(t, "member", got.Label)
					assert.Equal(t, ms.Words(), got.Words, "the sources' words")
					assert.Equal(t, idOrEmpty(a, ms.Unit), got.UnitID, "unit")
					if ms.Vote.IsZero() {
						assert.Nil(t, got.Vote)
					} else if assert.NotNil(t, got.Vote, "vote of %s", got.ID) {
						assert.Equal(t, admission{ms.Vote.Date.String(), ms.Vote.Words}, *got.Vote)
					}
				}
			}
			for p := range a.Partners() {
				i := 0
				for ms := range p.Partnerships() {
					i++
					got := d.Memberships[byID[p.ID.String()+"-partner-"+strconv.Itoa(i)]]
					assert.Equal(t, ms.Category.String(), got.Category)
					assert.Equal(t, map[vgt.PartnerCategory]string{
						0:                                  "partner",
						vgt.PartnerCategoryIndustry:        "industry partner",
						vgt.PartnerCategoryNonGovernmental: "non-governmental partner",
						vgt.PartnerCategoryAcademic:        "academic partner",
					}[ms.Category], got.Label, "words, not codes")
				}
			}
			i := 0
			for tn := range a.Tenures() {
				i++
				got := d.Memberships[byID[self+"-"+tn.Post.String()+"-"+strconv.Itoa(i)]]
				assert.Equal(t, tn.Title, got.Label, "the holder's title")
				assert.Equal(t, idOrEmpty(a, tn.Unit), got.UnitID, "the unit named as holder")
				seat := got.OnBehalfOfID
				if got.Member != nil {
					seat = got.Member.ID
				}
				assert.Equal(t, idOrEmpty(a, tn.Agency), seat, "the seat")
				if !tn.Election.IsZero() && assert.NotNil(t, got.Election) {
					assert.Equal(t, tn.Election.Date.String(), got.Election.Date)
				}
			}

			// Plans and claims are never facts: each has its status, and
			// its name says it.
			milestones := a.Facts().Milestones
			classes := map[string]int{}
			for i, e := range d.Events {
				classes[e.Classification]++
				status := e.Status
				switch e.Classification {
				case "milestone":
					m := milestones[i]
					assert.Equal(t, m.Status.String(), status, e.ID)
					assert.Equal(t, m.Date.String(), e.Date, e.ID)
					if m.Status == 0 {
						assert.Equal(t, m.Text, e.Name)
						continue
					}
				case "plan":
					assert.Equal(t, "planned", status, e.ID)
				case "claim":
					assert.Contains(t, []string{"disputed", "unconfirmed"}, status, e.ID)
				default:
					t.Errorf("event %s: classification %q", e.ID, e.Classification)
				}
				s, err := vgt.ParseStatus(status)
				require.NoError(t, err)
				assert.True(t, strings.HasPrefix(e.Name, export.StatusLabel(s)+": "), "%s is marked: %q", e.ID, e.Name)
				assert.NotEmpty(t, e.Description, e.ID)
			}
			assert.Len(t, milestones, classes["milestone"])
			assert.Len(t, slices.Collect(a.Plans()), classes["plan"])
			assert.Len(t, slices.Collect(a.Claims()), classes["claim"])
		})
	}
}

// idOrEmpty is the ID of the organization id names, as the package writes
// it.
func idOrEmpty(a *vgt.Alliance, id uuid.UUID) string {
	if o, ok := a.Organization(id); ok {
		return o.ID.String()
	}
	return ""
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
