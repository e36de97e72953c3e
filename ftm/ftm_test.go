package ftm_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/virtualglobaltaskforce/vgt"
	"github.com/virtualglobaltaskforce/vgt/ftm"
	"github.com/virtualglobaltaskforce/vgt/internal/export"
	"github.com/virtualglobaltaskforce/vgt/internal/formattest"
)

type entity struct {
	ID         string              `json:"id"`
	Schema     string              `json:"schema"`
	Properties map[string][]string `json:"properties"`
}

// read decodes the entities, one a line, failing the test if a line is not
// one JSON object.
func read(t *testing.T, out []byte) []entity {
	t.Helper()
	var es []entity
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var e entity
		dec := json.NewDecoder(bytes.NewReader(sc.Bytes()))
		dec.DisallowUnknownFields()
		require.NoError(t, dec.Decode(&e), "line %q", sc.Text())
		assert.False(t, dec.More(), "one entity a line")
		es = append(es, e)
	}
	require.NoError(t, sc.Err())
	return es
}

func TestWriteGolden(t *testing.T) {
	formattest.Golden(t, "testdata/default.ftm.json", formattest.Output(t, ftm.Write, vgt.Default()))
}

// refs are the properties that name another entity, by schema.
var refs = map[string][]string{
	"Membership":     {"member", "organization"},
	"Occupancy":      {"holder", "post"},
	"Representation": {"agent", "client"},
	"Position":       {"organization"},
	"UnknownLink":    {"subject", "object"},
	"Documentation":  {"document", "entity"},
}

func TestWriteProperties(t *testing.T) {
	for _, c := range formattest.Cases(t) {
		t.Run(c.Name, func(t *testing.T) {
			a := c.Alliance
			out := formattest.Output(t, ftm.Write, a)
			es := read(t, out)
			byID := map[string]entity{}
			for _, e := range es {
				_, dup := byID[e.ID]
				assert.False(t, dup, "entity %s twice", e.ID)
				byID[e.ID] = e
				assert.True(t, strings.HasPrefix(e.ID, "vgt-"), e.ID)
			}
			for id, kind := range formattest.IDs(a) {
				e, ok := byID["vgt-"+id.String()]
				if assert.True(t, ok, "%s %s has an entity", kind, id) {
					want := map[string][]string{"person": {"Person"}, "announcement": {"Article"}, "organization": {"Organization", "PublicBody"}}[kind]
					assert.Contains(t, want, e.Schema)
				}
			}
			self := "vgt-" + a.Facts().ID.String()
			assert.Equal(t, "Organization", byID[self].Schema, "the alliance")

			n := formattest.Count(a)
			roles := map[string]int{}
			for _, e := range es {
				for _, p := range refs[e.Schema] {
					require.Len(t, e.Properties[p], 1, "%s %s", e.ID, p)
					_, ok := byID[e.Properties[p][0]]
					assert.True(t, ok, "%s: %s names an entity", e.ID, p)
				}
				switch e.Schema {
				case "Membership":
					role := e.Properties["role"][0]
					if strings.HasSuffix(role, "partner") {
						role = "partner"
					}
					roles[role]++
					assert.Equal(t, self, e.Properties["organization"][0])
				case "Occupancy":
					roles["Chair"]++
				}
			}
			assert.Equal(t, n.Memberships, roles["member"], "memberships")
			assert.Equal(t, n.Partnerships, roles["partner"], "partnerships")
			assert.Equal(t, n.Tenures, roles["Chair"], "tenures")

			// Jurisdictions in FtM's codes, a subdivision's in its
			// country's, with the exact code in notes.
			for m := range a.Members() {
				e := byID["vgt-"+m.ID.String()]
				j := m.Jurisdiction
				if j.IsSubdivision() {
					assert.Equal(t, []string{strings.ToLower(j.Country().String())}, e.Properties["jurisdiction"], "%s", j)
					require.Len(t, e.Properties["notes"], 1)
					assert.Contains(t, e.Properties["notes"][0], j.String())
				}
				i := 0
				for ms := range m.Memberships() {
					i++
					e := byID["vgt-"+m.ID.String()+"-member-"+strconv.Itoa(i)]
					assert.Equal(t, []string{"member"}, e.Properties["role"])
					if words := ms.Words(); len(words) > 0 {
						assert.Contains(t, e.Properties["description"][0], export.Quoted(words...), "the sources' words")
					}
					if !ms.Vote.IsZero() {
						assert.Contains(t, e.Properties["description"][0], "Voted in (EDTF): "+ms.Vote.Date.String())
					}
				}
			}
			for p := range a.Partners() {
				i := 0
				for ms := range p.Partnerships() {
					i++
					e := byID["vgt-"+p.ID.String()+"-partner-"+strconv.Itoa(i)]
					assert.Equal(t, []string{map[vgt.PartnerCategory]string{
						0:                                  "partner",
						vgt.PartnerCategoryIndustry:        "industry partner",
						vgt.PartnerCategoryNonGovernmental: "non-governmental partner",
						vgt.PartnerCategoryAcademic:        "academic partner",
					}[ms.Category]}, e.Properties["role"], "words, not codes")
				}
			}

			// A name no longer in use is a previous name, never an alias.
			for o := range a.Organizations() {
				e := byID["vgt-"+o.ID.String()]
				for nm := range o.Names() {
					if nm.Text == o.Name {
						continue
					}
					former := nm.Kind == vgt.NameKindFormer || nm.Kind != vgt.NameKindAlias && nm.Kind != vgt.NameKindWeakAlias && !nm.Period.IsZero() && !nm.Period.Ongoing
					if former {
						assert.Contains(t, e.Properties["previousName"], nm.Text, "%s: %q is a previous name", o.Name, nm.Text)
						assert.NotContains(t, e.Properties["alias"], nm.Text)
					}
				}
			}

			// The holder's title, and the body the sources name as holder.
			i := 0
			for tn := range a.Tenures() {
				i++
				id := self + "-" + tn.Post.String() + "-" + strconv.Itoa(i)
				e, ok := byID[id]
				require.True(t, ok, "tenure %s", id)
				if tn.Title != "" {
					assert.Contains(t, e.Properties["description"][0], tn.Title)
				}
				if unit, ok := a.Organization(tn.Unit); ok {
					rep := byID[id+"-unit"]
					assert.Equal(t, "Representation", rep.Schema)
					assert.Equal(t, []string{"vgt-" + unit.ID.String()}, rep.Properties["agent"])
					assert.Equal(t, []string{"vgt-" + tn.Agency.String()}, rep.Properties["client"], "the seat")
				} else {
					assert.NotContains(t, byID, id+"-unit")
				}
			}

			// Plans and claims only on the Documentation of their
			// announcement, marked; quotes as said, or marked as reported.
			for an := range a.Announcements() {
				docOf := func(about string) entity { return byID["vgt-"+an.ID.String()+"-"+about] }
				for _, ch := range an.Changes {
					if ch.Status == 0 {
						continue
					}
					d := docOf(ch.Organization.String())
					assert.Contains(t, d.Properties["role"], export.StatusLabel(ch.Status)+": "+export.ChangeKindLabel(ch.Kind))
					assert.Contains(t, d.Properties["summary"], export.Marked(ch.Status, export.ChangeText(a, ch)+"."))
				}
				for _, q := range an.Quotes {
					want := q.Text
					if q.Reported {
						want = "Reported speech, not verbatim: " + q.Text
					}
					if q.Speaker != uuid.Nil {
						assert.Contains(t, docOf(q.Speaker.String()).Properties["summary"], want)
					} else {
						d := docOf(q.Organization.String())
						assert.Contains(t, d.Properties["role"], "statement")
						assert.Contains(t, d.Properties["summary"], want)
					}
				}
			}
		})
	}
}

func TestWriteError(t *testing.T) {
	formattest.WriteError(t, ftm.Write, "ftm: ")
}
