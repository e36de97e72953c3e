package vgt

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSubdivisionsTable(t *testing.T) {
	require.Less(t, len(subdivisions), 256, "a Jurisdiction holds the index in a byte")
	for i := range subdivisions {
		sd := &subdivisions[i]
		if i > 0 {
			assert.Less(t, subdivisions[i-1].code, sd.code, "sorted")
		}
		j, err := ParseJurisdiction(sd.code)
		require.NoError(t, err, sd.code)
		assert.Equal(t, sd.code, j.String())
		assert.Equal(t, uint8(i+1), j.sub)
		assert.Equal(t, sd.country.String(), sd.code[:2])
		assert.NotZero(t, sd.parts, sd.code)
		for k := range i {
			if o := &subdivisions[k]; o.country == sd.country {
				assert.NotEqual(t, o.parts, sd.parts, "%s and %s are the same territory", o.code, sd.code)
			}
		}
		for l, name := range sd.names {
			assert.NotEmpty(t, name, "%s in %s", sd.code, subdivisionLanguages[l])
			assert.NotEqual(t, sd.code, name)
		}
	}
}
