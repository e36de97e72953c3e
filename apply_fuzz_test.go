package vgt_test

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/virtualglobaltaskforce/vgt"
)

// FuzzApply applies fuzzed announcements to the default alliance: Apply
// never panics, an Apply that fails leaves the alliance unchanged, and one
// that succeeds gives an alliance that survives Load(WriteJSON(a)).
func FuzzApply(f *testing.F) {
	f.Add(uint8(2), uint8(1), uint8(0), uint8(3), uint8(0), "2012", "2012-01-01", "")
	f.Add(uint8(2), uint8(2), uint8(1), uint8(14), uint8(0), "2011-04", "2011-05-01", "")
	f.Add(uint8(3), uint8(1), uint8(0), uint8(7), uint8(0), "[2011..2012]", "2013", "")
	f.Add(uint8(4), uint8(0), uint8(0), uint8(1), uint8(9), "2012-02-29", "2012-03", "")
	f.Add(uint8(5), uint8(0), uint8(0), uint8(4), uint8(0), "2012", "2012", "Neue Polizei")
	f.Add(uint8(7), uint8(0), uint8(0), uint8(0), uint8(0), "2012", "2012", "")
	f.Add(uint8(8), uint8(1), uint8(0), uint8(10), uint8(0), "", "2011-05", "")
	f.Add(uint8(1), uint8(1), uint8(0), uint8(200), uint8(0), "2012", "2012", "")
	a := vgt.Default()
	orgs := slices.Collect(a.Organizations())
	var before bytes.Buffer
	require.NoError(f, a.WriteJSON(&before))
	f.Fuzz(func(t *testing.T, kind, role, cat, orgIdx, succIdx uint8, effective, published, name string) {
		pub, err := vgt.ParseDate(published)
		if err != nil {
			return
		}
		eff, _ := vgt.ParseDate(effective)
		pick := func(i uint8) uuid.UUID {
			if int(i) < len(orgs) {
				return orgs[i].ID
			}
			return uuid.NewSHA1(uuid.Nil, []byte{i}) // unknown to the alliance
		}
		c := vgt.Change{Kind: vgt.ChangeKind(kind % 10), Effective: eff, Organization: pick(orgIdx), Role: vgt.Role(role % 3)}
		switch c.Kind {
		case vgt.ChangeKindJoined, vgt.ChangeKindVotedIn:
			c.Category = vgt.PartnerCategory(cat % 4)
		case vgt.ChangeKindSucceeded:
			c.Successor = pick(succIdx)
		case vgt.ChangeKindRenamed:
			c.Name = vgt.Name{Text: name, Lang: language.German, Kind: vgt.NameKindOfficial}
		case vgt.ChangeKindElected, vgt.ChangeKindAppointed:
			c.Post, c.Role = vgt.PostChair, 0
		}
		an := vgt.Announcement{
			ID: uuid.NewSHA1(uuid.NameSpaceURL, []byte(effective+published+name)), Title: "Fuzzed",
			Published: pub, Source: "https://example.org/fuzz", Language: language.English,
			Changes: []vgt.Change{c},
		}
		next, err := a.Apply(an)
		var after bytes.Buffer
		require.NoError(t, a.WriteJSON(&after))
		require.Equal(t, before.String(), after.String(), "Apply changed the alliance it applied to")
		if err != nil {
			require.Nil(t, next)
			require.True(t, strings.HasPrefix(err.Error(), "vgt: "), err.Error())
			return
		}
		requireRoundTrip(t, next)
	})
}
