package schemaorg_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/virtualglobaltaskforce/vgt"
	"github.com/virtualglobaltaskforce/vgt/internal/export"
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
	AreaServed         *place `json:"areaServed"`
	Member             []struct {
		Type        string    `json:"@type"`
		RoleName    string    `json:"roleName"`
		StartDate   string    `json:"startDate"`
		EndDate     string    `json:"endDate"`
		Description string    `json:"description"`
		Member      oneOrMany `json:"member"`
	} `json:"member"`
	HasPart []part `json:"hasPart"`
}

type ref struct {
	ID string `json:"@id"`
}

type place struct {
	Type             string `json:"@type"`
	Identifier       string `json:"identifier"`
	ContainedInPlace *place `json:"containedInPlace"`
}

// part is a Quotation or a Claim in an article's hasPart.
type part struct {
	Type              string `json:"@type"`
	Text              string `json:"text"`
	Description       string `json:"description"`
	SpokenByCharacter *struct {
		RoleName          oneOrMany `json:"roleName"`
		SpokenByCharacter ref       `json:"spokenByCharacter"`
	} `json:"spokenByCharacter"`
	SourceOrganization *ref  `json:"sourceOrganization"`
	Author             *ref  `json:"author"`
	About              []ref `json:"about"`
}

// oneOrMany reads a JSON-LD property that has one value, as it is, or
// several, as an array.
type oneOrMany []json.RawMessage

func (m *oneOrMany) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '[' {
		return json.Unmarshal(b, (*[]json.RawMessage)(m))
	}
	*m = oneOrMany{b}
	return nil
}

func (m oneOrMany) refs(t *testing.T) []ref {
	var rs []ref
	for _, raw := range m {
		var r ref
		require.NoError(t, json.Unmarshal(raw, &r))
		rs = append(rs, r)
	}
	return rs
}

func (m oneOrMany) strings(t *testing.T) []string {
	var ss []string
	for _, raw := range m {
		var s string
		require.NoError(t, json.Unmarshal(raw, &s))
		ss = append(ss, s)
	}
	return ss
}

type doc struct {
	Context map[string]string `json:"@context"`
	Graph   []node            `json:"@graph"`
}

func urn(id uuid.UUID) string { return "urn:uuid:" + id.String() }

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
				n, ok := nodes[urn(id)]
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
			assert.Equal(t, urn(a.Facts().ID), alliance.ID)
			roles := map[string]int{}
			for _, r := range alliance.Member {
				roles[r.Type]++
				for _, m := range r.Member.refs(t) {
					_, ok := nodes[m.ID]
					assert.True(t, ok, "the member of a role is a node: %s", m.ID)
				}
				assert.False(t, strings.Contains(r.StartDate, "[") || strings.Contains(r.EndDate, "["), "no EDTF range in a schema.org date")
			}
			assert.Equal(t, cnt.Memberships+cnt.Partnerships, roles["OrganizationRole"], "memberships and partnerships")
			assert.Equal(t, cnt.Tenures, roles["Role"], "tenures")
			for _, n := range d.Graph {
				refs := append(append([]ref(nil), n.Affiliation...), n.About...)
				if n.ParentOrganization != nil {
					refs = append(refs, *n.ParentOrganization)
				}
				for _, p := range n.HasPart {
					refs = append(refs, p.About...)
					for _, r := range []*ref{p.SourceOrganization, p.Author} {
						if r != nil {
							refs = append(refs, *r)
						}
					}
				}
				for _, r := range refs {
					_, ok := nodes[r.ID]
					assert.True(t, ok, "%s refers to %s, a node", n.ID, r.ID)
				}
			}

			// Roles in words, in the order the package writes them:
			// memberships, partnerships, then tenures.
			i := 0
			for m := range a.Members() {
				for ms := range m.Memberships() {
					r := alliance.Member[i]
					i++
					assert.Equal(t, "member", r.RoleName)
					assert.Equal(t, []ref{{urn(m.ID)}}, r.Member.refs(t))
					if words := ms.Words(); len(words) > 0 {
						assert.Contains(t, r.Description, export.Quoted(words...), "the sources' words")
					}
					if !ms.Vote.IsZero() {
						assert.Contains(t, r.Description, "Voted in (EDTF): "+ms.Vote.Date.String())
					}
				}
				if m.Jurisdiction.IsSubdivision() {
					area := nodes[urn(m.ID)].AreaServed
					require.NotNil(t, area)
					assert.Equal(t, "AdministrativeArea", area.Type)
					require.NotNil(t, area.ContainedInPlace, "the country of %s", m.Jurisdiction)
					assert.Equal(t, place{Type: "Country", Identifier: m.Jurisdiction.Country().String()}, *area.ContainedInPlace)
				}
			}
			for p := range a.Partners() {
				for ms := range p.Partnerships() {
					r := alliance.Member[i]
					i++
					assert.Equal(t, map[vgt.PartnerCategory]string{
						0:                                  "partner",
						vgt.PartnerCategoryIndustry:        "industry partner",
						vgt.PartnerCategoryNonGovernmental: "non-governmental partner",
						vgt.PartnerCategoryAcademic:        "academic partner",
					}[ms.Category], r.RoleName, "words, not codes")
				}
			}
			for tn := range a.Tenures() {
				r := alliance.Member[i]
				i++
				assert.Equal(t, "Chair", r.RoleName)
				assert.Contains(t, r.Description, tn.Title, "the holder's title")
				holders := r.Member.refs(t)
				unit, hasUnit := a.Organization(tn.Unit)
				if pe, ok := a.Person(tn.Person); ok {
					assert.Equal(t, []ref{{urn(pe.ID)}}, holders)
					if hasUnit {
						assert.Contains(t, nodes[urn(pe.ID)].Affiliation, ref{urn(unit.ID)}, "the unit named as holder")
					}
				} else if hasUnit {
					assert.Equal(t, []ref{{urn(tn.Agency)}, {urn(unit.ID)}}, holders, "the seat and the unit named as holder")
				}
				if hasUnit {
					assert.Contains(t, r.Description, "the sources name "+unit.Name+" as holder")
				}
			}

			// Quotes: who spoke, for whom, in what capacity, and whether
			// verbatim; plans and claims marked as such.
			for an := range a.Announcements() {
				var quotes, claims []part
				for _, p := range nodes[urn(an.ID)].HasPart {
					switch p.Type {
					case "Quotation":
						quotes = append(quotes, p)
					case "Claim":
						claims = append(claims, p)
					default:
						t.Errorf("%s: a part of type %q", an.ID, p.Type)
					}
				}
				require.Len(t, quotes, len(an.Quotes), "the quotes of %s", an.ID)
				for j, q := range an.Quotes {
					got := quotes[j]
					assert.Equal(t, q.Text, got.Text)
					if q.Reported {
						assert.True(t, strings.HasPrefix(got.Description, "Reported speech"), "reported speech says so: %q", got.Description)
					} else {
						assert.Empty(t, got.Description)
					}
					org, hasOrg := a.Organization(q.Organization)
					if _, ok := a.Person(q.Speaker); !ok {
						assert.Nil(t, got.SpokenByCharacter, "an organization's statement has no speaker")
						if assert.NotNil(t, got.Author, "an organization's statement has its author") {
							assert.Equal(t, urn(org.ID), got.Author.ID)
						}
						continue
					}
					require.NotNil(t, got.SpokenByCharacter)
					assert.Equal(t, urn(q.Speaker), got.SpokenByCharacter.SpokenByCharacter.ID)
					names := got.SpokenByCharacter.RoleName.strings(t)
					if q.Capacity != "" {
						assert.Contains(t, names, q.Capacity)
					}
					if q.Post == vgt.PostChair {
						assert.Contains(t, names, "Chair of the "+export.Name(a.Facts().Names), "spoken as Chair")
					}
					if hasOrg && assert.NotNil(t, got.SourceOrganization) {
						assert.Equal(t, urn(org.ID), got.SourceOrganization.ID, "the organization spoken for")
					}
				}
				var statuses []vgt.Status
				for _, ch := range an.Changes {
					if ch.Status != 0 {
						statuses = append(statuses, ch.Status)
					}
				}
				require.Len(t, claims, len(statuses), "the plans and claims of %s", an.ID)
				for j, s := range statuses {
					assert.True(t, strings.HasPrefix(claims[j].Text, export.StatusLabel(s)+": "), "marked: %q", claims[j].Text)
					assert.Contains(t, claims[j].Description, export.StatusNote(s))
				}
			}
		})
	}
}

func TestWriteError(t *testing.T) {
	formattest.WriteError(t, schemaorg.Write, "schemaorg: ")
}
