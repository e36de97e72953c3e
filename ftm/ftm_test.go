package ftm_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/virtualglobaltaskforce/vgt"
	"github.com/virtualglobaltaskforce/vgt/ftm"
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
					if strings.HasSuffix(role, " partner") {
						role = "partner"
					}
					roles[role]++
					assert.Equal(t, self, e.Properties["organization"][0])
				case "Occupancy":
					roles["chair"]++
				}
			}
			assert.Equal(t, n.Memberships, roles["member"], "memberships")
			assert.Equal(t, n.Partnerships, roles["partner"], "partnerships")
			assert.Equal(t, n.Tenures, roles["chair"], "tenures")
		})
	}
}

func TestWriteError(t *testing.T) {
	formattest.WriteError(t, ftm.Write, "ftm: ")
}
