// Package formattest holds what the tests of the format packages (popolo,
// schemaorg, ftm, vgtcsv) share: golden files that "go test -update"
// rewrites, and synthetic alliances to test properties on.
package formattest

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/require"

	"github.com/virtualglobaltaskforce/vgt"
	"github.com/virtualglobaltaskforce/vgt/internal/synth"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/ with the output of this run")

// Golden compares got with the golden file at path, or rewrites the file
// with got when the test runs with -update.
func Golden(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, got, 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "no golden file: run go test with -update to write it")
	// require.Equal on strings shows a diff of the lines that differ.
	require.Equal(t, string(want), string(got), "output differs from %s: if the change is meant, run go test with -update and review the diff", path)
}

// Output returns what write writes for a, writing it twice to check that
// the output, IDs included, is the same in every run.
func Output(t testing.TB, write func(io.Writer, *vgt.Alliance) error, a *vgt.Alliance) []byte {
	t.Helper()
	var first, second bytes.Buffer
	require.NoError(t, write(&first, a))
	require.NoError(t, write(&second, a))
	require.Equal(t, first.String(), second.String(), "two runs give the same bytes, IDs included")
	return first.Bytes()
}

// WriteError checks that write, writing to a writer that fails, returns an
// error that wraps the writer's and starts with prefix.
func WriteError(t testing.TB, write func(io.Writer, *vgt.Alliance) error, prefix string) {
	t.Helper()
	err := write(failingWriter{}, vgt.Default())
	require.ErrorIs(t, err, errWrite)
	require.True(t, strings.HasPrefix(err.Error(), prefix), "%q starts with %q", err, prefix)
}

var errWrite = errors.New("disk full")

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errWrite }

// A Case is a synthetic alliance to test a property on.
type Case struct {
	Name     string
	Alliance *vgt.Alliance
}

// Cases returns the alliances to test properties on: the embedded record,
// the record of Features, and synthetic alliances of several sizes and
// seeds, from the empty one up.
func Cases(t testing.TB) []Case {
	t.Helper()
	cs := []Case{{Name: "default", Alliance: vgt.Default()}, {Name: "features", Alliance: Features(t)}}
	for _, n := range []int{0, 1, 7, 60} {
		for _, seed := range []uint64{1, 2, 42} {
			a, err := vgt.Load(bytes.NewReader(synth.Document(synth.Options{Orgs: n, Seed: seed})))
			require.NoError(t, err)
			cs = append(cs, Case{Name: fmt.Sprintf("orgs=%d/seed=%d", n, seed), Alliance: a})
		}
	}
	return cs
}

// Counts are how many of each record an alliance holds: what an export
// must write exactly once each.
type Counts struct {
	Organizations, People, Announcements int
	Memberships, Partnerships, Tenures   int
}

// Count counts a's records.
func Count(a *vgt.Alliance) Counts {
	var c Counts
	for range a.Organizations() {
		c.Organizations++
	}
	for range a.People() {
		c.People++
	}
	for range a.Announcements() {
		c.Announcements++
	}
	for m := range a.Members() {
		for range m.Memberships() {
			c.Memberships++
		}
	}
	for p := range a.Partners() {
		for range p.Partnerships() {
			c.Partnerships++
		}
	}
	for range a.Tenures() {
		c.Tenures++
	}
	return c
}

// IDs returns the IDs of a's organizations, people and announcements, each
// with the kind of record it names.
func IDs(a *vgt.Alliance) map[uuid.UUID]string {
	ids := map[uuid.UUID]string{}
	for o := range a.Organizations() {
		ids[o.ID] = "organization"
	}
	for p := range a.People() {
		ids[p.ID] = "person"
	}
	for an := range a.Announcements() {
		ids[an.ID] = "announcement"
	}
	return ids
}
