package schemaorg_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/virtualglobaltaskforce/vgt"
	"github.com/virtualglobaltaskforce/vgt/internal/formattest"
	"github.com/virtualglobaltaskforce/vgt/schemaorg"
)

// node is the part of a graph node the tests read.
type node struct {
	ID                 string `json:"@id"`
	Type               string `json:"@type"`
	ParentOrganization *ref   `json:"parentOrganization"`
	Affiliation        []ref  `json:"affiliation"`
	About              []ref  `json:"about"`
	Member             []struct {
		Type        string `json:"@type"`
		RoleName    string `json:"roleName"`
		StartDate   string `json:"startDate"`
		EndDate     string `json:"endDate"`
		Description string `json:"description"`
		Member      ref    `json:"member"`
	} `json:"member"`
}

type ref struct {
	ID string `json:"@id"`
}

type doc struct {
	Context map[string]string `json:"@context"`
	Graph   []node            `json:"@graph"`
}

func TestWriteGolden(t *testing.T) {
	formattest.Golden(t, "testdata/default.jsonld", formattest.Output(t, schemaorg.Write, vgt.Default()))
}

func TestWriteProperties(t *testing.T) {
	for _, c := range formattest.Cases(t) {
		t.Run(c.Name, func(t *testing.T) {
			a := c.Alliance
			out := formattest.Output(t, schemaorg.Write, a)
			var d doc
			require.NoError(t, json.Unmarshal(out, &d))
			assert.Equal(t, map[string]string{"@vocab": "https://schema.org/"}, d.Context)

			nodes := map[string]node{}
			types := map[string]int{}
			for _, n := range d.Graph {
				require.True(t, strings.HasPrefix(n.ID, "urn:uuid:"), "node %q", n.ID)
				_, dup := nodes[n.ID]
				assert.False(t, dup, "node %s twice", n.ID)
				nodes[n.ID] = n
				types[n.Type]++
			}
			for id, kind := range formattest.IDs(a) {
				n, ok := nodes["urn:uuid:"+id.String()]
				if assert.True(t, ok, "%s %s has a node", kind, id) {
					switch kind {
					case "person":
						assert.Equal(t, "Person", n.Type)
					case "announcement":
						assert.Equal(t, "NewsArticle", n.Type)
					default:
						assert.Contains(t, []string{"Organization", "GovernmentOrganization", "NGO"}, n.Type)
					}
				}
			}
			cnt := formattest.Count(a)
			assert.Len(t, nodes, cnt.Organizations+cnt.People+cnt.Announcements+1, "one node each, and the alliance")

			alliance := d.Graph[0]
			assert.Equal(t, "urn:uuid:"+a.Facts().ID.String(), alliance.ID)
			roles := map[string]int{}
			for _, r := range alliance.Member {
				roles[r.Type]++
				_, ok := nodes[r.Member.ID]
				assert.True(t, ok, "the member of a role is a node: %s", r.Member.ID)
				assert.False(t, strings.Contains(r.StartDate, "[") || strings.Contains(r.EndDate, "["), "no EDTF range in a schema.org date")
			}
			assert.Equal(t, cnt.Memberships+cnt.Partnerships, roles["OrganizationRole"], "memberships and partnerships")
			assert.Equal(t, cnt.Tenures, roles["Role"], "tenures")
			for _, n := range d.Graph {
				refs := append(append([]ref(nil), n.Affiliation...), n.About...)
				if n.ParentOrganization != nil {
					refs = append(refs, *n.ParentOrganization)
				}
				for _, r := range refs {
					_, ok := nodes[r.ID]
					assert.True(t, ok, "%s refers to %s, a node", n.ID, r.ID)
				}
			}
		})
	}
}

func TestWriteError(t *testing.T) {
	formattest.WriteError(t, schemaorg.Write, "schemaorg: ")
}
