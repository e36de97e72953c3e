package vgt

import (
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDependenciesTable checks the invariants that stateAt and
// dependencyIndex rely on, and that each entry names real codes.
func TestDependenciesTable(t *testing.T) {
	seen := map[string]bool{}
	for i := range dependencies {
		d := &dependencies[i]
		code := d.territory.String()
		territory, err := ParseJurisdiction(code)
		require.NoError(t, err, code)
		require.True(t, territory.IsCountry(), code)
		state, err := ParseJurisdiction(d.state.String())
		require.NoError(t, err, code)
		require.True(t, state.IsCountry(), code)

		// A state is no one's dependency, at any time the table records.
		for k := range dependencies {
			assert.NotEqual(t, d.state, dependencies[k].territory, "%s's state %s is itself dependent", code, d.state)
		}
		if !d.from.IsZero() && !d.until.IsZero() {
			assert.True(t, d.from.Before(d.until), code)
		}

		// One territory's entries are next to each other, in order of
		// time, each starting where the one before ended.
		if i > 0 && dependencies[i-1].territory == d.territory {
			assert.Equal(t, dependencies[i-1].until, d.from, "%s: entries do not meet", code)
			assert.False(t, d.from.IsZero(), code)
		} else {
			assert.False(t, seen[code], "%s's entries are not together", code)
			assert.True(t, d.from.IsZero(), "%s: the first entry has no start", code)
			assert.Equal(t, uint8(i+1), dependencyIndex[d.territory.M49()], code)
		}
		if i+1 < len(dependencies) && dependencies[i+1].territory == d.territory {
			assert.False(t, d.until.IsZero(), code)
		} else {
			assert.True(t, d.until.IsZero(), "%s: the last entry has no end", code)
		}
		seen[code] = true

		// stateAt finds every entry.
		at := d.from
		if at.IsZero() {
			at = d.until.Add(-time.Hour)
			if d.until.IsZero() {
				at = time.Now()
			}
		}
		s, ok := stateAt(d.territory, at)
		assert.True(t, ok, code)
		assert.Equal(t, d.state, s, "%s at %s", code, at)
	}

	// The index has an entry for every territory and nothing else.
	n := 0
	for _, i := range dependencyIndex {
		if i != 0 {
			n++
		}
	}
	assert.Equal(t, len(seen), n)
	assert.Len(t, seen, 49)
}

func TestEUTerritoriesTable(t *testing.T) {
	for i := range euTerritories {
		e := &euTerritories[i]
		code := e.territory.String()
		// Each is a dependent territory of a state that has been a member.
		s, ok := stateAt(e.territory, time.Now())
		require.True(t, ok, code)
		assert.True(t, slices.ContainsFunc(euMembers[:], func(m euMembership) bool { return m.state == s }), code)
		if !e.from.IsZero() && !e.until.IsZero() {
			assert.True(t, e.from.Before(e.until), code)
		}
		for k := range i {
			assert.NotEqual(t, e.territory, euTerritories[k].territory, code)
		}
	}
}

func TestReservedPartsTable(t *testing.T) {
	for _, p := range reservedParts {
		_, err := ParseJurisdiction(p.code)
		assert.Error(t, err, p.code)
		j, err := ParseJurisdiction(p.use)
		require.NoError(t, err, p.use)
		assert.Equal(t, p.use, j.String())
	}
}
