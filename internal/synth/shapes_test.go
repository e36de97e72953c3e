package synth_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/virtualglobaltaskforce/vgt"
	"github.com/virtualglobaltaskforce/vgt/internal/synth"
)

// TestShapes checks that every shape's documents load (or, for a shape of
// errors, fail with its problems) at a few sizes.
func TestShapes(t *testing.T) {
	for _, sh := range synth.Shapes {
		for _, n := range []int{1, 2, 10, 101} {
			doc := sh.Doc(n)
			a, err := vgt.Load(bytes.NewReader(doc))
			if sh.Valid {
				require.NoError(t, err, "%s n=%d", sh.Name, n)
				require.NotNil(t, a)
				continue
			}
			require.Error(t, err, "%s n=%d", sh.Name, n)
			require.True(t, errors.Is(err, vgt.ErrUnknownOrganization), "%s n=%d: %v", sh.Name, n, err)
		}
	}
}
