package vgt_test

import (
	"bytes"
	"errors"
	"flag"
	"io"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/virtualglobaltaskforce/vgt"
)

func snapshotJSON(t testing.TB, a *vgt.Alliance) string {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, a.WriteJSON(&buf))
	return buf.String()
}

var update = flag.Bool("update", false, "rewrite data/vgt.json in the form WriteJSON writes")

func TestRoundTrip(t *testing.T) {
	a := vgt.Default()
	first := snapshotJSON(t, a)
	b, err := vgt.Load(strings.NewReader(first))
	require.NoError(t, err)
	assert.Equal(t, first, snapshotJSON(t, b), "writing again gives the same bytes")

	// The same facts, compared through the API, not through the encoder.
	assert.Equal(t, slices.Collect(a.Members()), slices.Collect(b.Members()))
	assert.Equal(t, slices.Collect(a.Partners()), slices.Collect(b.Partners()))
	assert.Equal(t, slices.Collect(a.Announcements()), slices.Collect(b.Announcements()))
	assert.Equal(t, slices.Collect(a.Tenures()), slices.Collect(b.Tenures()))
	assert.Equal(t, slices.Collect(a.People()), slices.Collect(b.People()))
	assert.Equal(t, a.Facts(), b.Facts())

	// The embedded file is already in the canonical form.
	if *update {
		require.NoError(t, os.WriteFile("data/vgt.json", []byte(first), 0o644))
	}
	data, err := os.ReadFile("data/vgt.json")
	require.NoError(t, err)
	assert.Equal(t, string(data), first, "data/vgt.json is not as WriteJSON writes it")
}

func TestRoundTripAfterApply(t *testing.T) {
	f := newFixture(t)
	a, err := f.a.Apply(f.announce("2004-05-01",
		f.changeJoinNGO("2004-04"),
	))
	require.NoError(t, err)
	b, err := vgt.Load(strings.NewReader(snapshotJSON(t, a)))
	require.NoError(t, err)
	assert.Equal(t, snapshotJSON(t, a), snapshotJSON(t, b))
	assert.Equal(t, slices.Collect(a.Partners()), slices.Collect(b.Partners()))
	assert.Equal(t, slices.Collect(a.Organizations()), slices.Collect(b.Organizations()))
}

func (f fixture) changeJoinNGO(effective string) vgt.Change {
	return vgt.Change{Kind: vgt.ChangeKindJoined, Effective: vgt.MustParseDate(effective), Organization: f.ngo, Role: vgt.RolePartner, Category: vgt.PartnerCategoryIndustry}
}

const (
	orgA = "6f1c1c6e-2b9e-4a57-9a43-0b7c3e0c6d11"
	orgB = "0d3e4c1a-5b2f-4c9d-8e7f-1a2b3c4d5e6f"
	annA = "9b1f3b52-7d0e-4f6a-b1c2-d3e4f5a6b7c8"
)

// doc returns a small valid document with the given replacements applied.
func doc(replace ...string) string {
	d := `{"alliance":{"id":"0c6f9c1e-2b7d-4e43-8f5a-1d9e3b7a6c20","names":[{"text":"Test Alliance","lang":"en","kind":"official"}]},
"organizations":[{"id":"` + orgA + `","names":[{"text":"Test Police","lang":"en","kind":"official"}],"jurisdiction":"CH","kind":"nationalAgency"}],
"people":[],
"announcements":[{"id":"` + annA + `","title":"Founded","published":"2003","source":"https://example.org/","language":"en",
"changes":[{"kind":"joined","effective":"2003","organization":"` + orgA + `","role":"member"}]}]}`
	return strings.NewReplacer(replace...).Replace(d)
}

func TestLoadValid(t *testing.T) {
	a, err := vgt.Load(strings.NewReader(doc()))
	require.NoError(t, err)
	assert.Equal(t, []string{"Test Police"}, names(a.Members()))
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name     string
		input    string
		sentinel error
		path     string // "" where no path applies
		quote    string // a quoted value the message must contain
	}{
		{"unknown field", doc(`"kind":"nationalAgency"`, `"kind":"nationalAgency","colour":"blue"`), vgt.ErrSyntax, "organizations[0].colour", `"colour"`},
		{"unknown field after known ones of that name", doc(`"people":[]`, `"people":[],"kind":"x"`), vgt.ErrSyntax, "kind", `"kind"`},
		{"unknown field in a change", doc(`"role":"member"`, `"role":"member","when":"now"`), vgt.ErrSyntax, "announcements[0].changes[0].when", `"when"`},
		{"duplicate ID", doc(`"people":[]`, `"people":[{"id":"`+orgA+`","name":"Someone"}]`), vgt.ErrDuplicateID, "people[0].id", `"` + orgA + `"`},
		{"truncated", doc()[:200], vgt.ErrSyntax, "", ""},
		{"trailing data", doc() + `{}`, vgt.ErrSyntax, "", ""},
		{"impossible date", doc(`"effective":"2003"`, `"effective":"2011-02-30"`), vgt.ErrInvalidDate, "announcements[0].changes[0].effective", `"2011-02-30"`},
		{"withdrawn jurisdiction", doc(`"CH"`, `"SU"`), vgt.ErrInvalidJurisdiction, "organizations[0].jurisdiction", `"SU"`},
		{"dangling reference", doc(`"organization":"`+orgA+`"`, `"organization":"`+orgB+`"`), vgt.ErrUnknownOrganization, "announcements[0].changes[0].organization", `"` + orgB + `"`},
		{"dangling parent", doc(`"kind":"nationalAgency"`, `"kind":"nationalAgency","parent":"`+orgB+`"`), vgt.ErrUnknownOrganization, "organizations[0].parent", `"` + orgB + `"`},
		{"unsafe name", doc(`"Test Police"`, `"Test Pol\u0456ce"`), vgt.ErrUnsafeText, "organizations[0].names[0].text", ""},
		{"bidi override", doc(`"Test Police"`, `"Test\u202ePolice"`), vgt.ErrUnsafeText, "organizations[0].names[0].text", ""},
		{"wrong type", doc(`"published":"2003"`, `"published":2003`), vgt.ErrSyntax, "announcements[0].published", `"2003"`},
		{"bad enum", doc(`"role":"member"`, `"role":"boss"`), vgt.ErrInvalid, "announcements[0].changes[0].role", `"boss"`},
		{"non-canonical UUID", doc(`"id":"`+orgA, `"id":"`+strings.ToUpper(orgA)), vgt.ErrInvalid, "organizations[0].id", ""},
		{"non-canonical language", doc(`"language":"en"`, `"language":"EN"`), vgt.ErrInvalid, "announcements[0].language", `"EN"`},
		{"not an object", `[]`, vgt.ErrSyntax, "", ""},
		{"empty", ``, vgt.ErrSyntax, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := vgt.Load(strings.NewReader(tt.input))
			require.Error(t, err)
			assert.Nil(t, a)
			assert.ErrorIs(t, err, tt.sentinel)
			assert.True(t, strings.HasPrefix(err.Error(), "vgt: "), err.Error())
			if tt.path != "" {
				var e *vgt.Error
				require.True(t, errors.As(err, &e))
				assert.Equal(t, tt.path, e.Path, err.Error())
			}
			if tt.quote != "" {
				assert.Contains(t, err.Error(), tt.quote)
			}
		})
	}
}

func TestLoadReportsEveryProblem(t *testing.T) {
	input := doc(`"effective":"2003"`, `"effective":"2003-13"`, `"CH"`, `"YU"`, `"language":"en"`, `"language":"??"`)
	_, err := vgt.Load(strings.NewReader(input))
	require.Error(t, err)
	joined, ok := err.(interface{ Unwrap() []error })
	require.True(t, ok, "%T", err)
	var paths []string
	for _, e := range joined.Unwrap() {
		var ve *vgt.Error
		require.True(t, errors.As(e, &ve))
		paths = append(paths, ve.Path)
	}
	slices.Sort(paths)
	assert.Equal(t, []string{"announcements[0].changes[0].effective", "announcements[0].language", "organizations[0].jurisdiction"}, paths)
}

func TestLoadHostile(t *testing.T) {
	tests := []struct {
		name     string
		input    string
		opts     []vgt.LoadOption
		sentinel error
		contains string
	}{
		{"100,000 nested brackets", strings.Repeat("[", 100_000), nil, vgt.ErrLimit, "depth"},
		{"nesting below the default", doc(`"people":[]`, `"people":[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]`), nil, vgt.ErrLimit, "depth"},
		{"a megabyte-long name", doc(`"Test Police"`, `"`+strings.Repeat("x", 1<<20)+`"`), nil, vgt.ErrLimit, "string"},
		{"a megabyte-long name, string limit raised", doc(`"Test Police"`, `"`+strings.Repeat("x", 1<<20)+`"`),
			[]vgt.LoadOption{vgt.WithMaxStringBytes(2 << 20)}, vgt.ErrUnsafeText, "longer than"},
		{"too many values", doc(), []vgt.LoadOption{vgt.WithMaxValues(10)}, vgt.ErrLimit, "values"},
		{"depth limit lowered", doc(), []vgt.LoadOption{vgt.WithMaxDepth(3)}, vgt.ErrLimit, "set with WithMaxDepth"},
		{"size limit lowered", doc(), []vgt.LoadOption{vgt.WithMaxBytes(64)}, vgt.ErrLimit, "set with WithMaxBytes"},
		{"invalid UTF-8", doc(`"Test Police"`, "\"Test \xffPolice\""), nil, vgt.ErrSyntax, "invalid UTF-8"},
		{"lone surrogate escape", doc(`"Test Police"`, `"Test \ud800Police"`), nil, vgt.ErrUnsafeText, "U+FFFD"},
		{"duplicate key", doc(`"title":"Founded"`, `"title":"Founded","title":"Other"`), nil, vgt.ErrSyntax, "duplicate key"},
		{"duplicate key up to case", doc(`"title":"Founded"`, `"title":"Founded","Title":"Other"`), nil, vgt.ErrSyntax, "duplicate key"},
		{"trailing data", doc() + `]`, nil, vgt.ErrSyntax, ""},
		{"truncated", doc()[:len(doc())-3], nil, vgt.ErrSyntax, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := vgt.Load(strings.NewReader(tt.input), tt.opts...)
			require.Error(t, err)
			assert.Nil(t, a)
			assert.ErrorIs(t, err, tt.sentinel)
			assert.Contains(t, err.Error(), tt.contains)
			assert.Less(t, len(err.Error()), 2000, "the message quotes an excerpt, not the document")
		})
	}
}

func TestLoadLimit(t *testing.T) {
	_, err := vgt.Load(strings.NewReader(doc()), vgt.WithMaxBytes(100))
	require.ErrorIs(t, err, vgt.ErrLimit)
	assert.Contains(t, err.Error(), "100 bytes")

	// A stream far longer than the limit is refused after reading just past it.
	r := &countingReader{r: io.LimitReader(spaces{}, 1<<30)}
	_, err = vgt.Load(r, vgt.WithMaxBytes(1<<20))
	require.ErrorIs(t, err, vgt.ErrLimit)
	assert.Less(t, r.n, int64(2<<20))
}

type spaces struct{}

func (spaces) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = ' '
	}
	return len(p), nil
}

type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

func FuzzLoad(f *testing.F) {
	f.Add(doc())
	f.Add(doc(`"effective":"2003"`, `"effective":"[2003..2004]"`))
	f.Add(doc()[:150])
	f.Add(`{"alliance":{"id":"0c6f9c1e-2b7d-4e43-8f5a-1d9e3b7a6c20","names":[]},"organizations":[],"people":[],"announcements":[]}`)
	data, err := os.ReadFile("data/vgt.json")
	if err == nil {
		f.Add(string(data))
	}
	f.Fuzz(func(t *testing.T, input string) {
		a, err := vgt.Load(strings.NewReader(input))
		if err != nil {
			require.Nil(t, a)
			require.True(t, strings.HasPrefix(err.Error(), "vgt: "), err.Error())
			return
		}
		requireRoundTrip(t, a)
	})
}

// requireRoundTrip checks that Load(WriteJSON(a)) gives the same alliance:
// the same bytes when written again, and the same records.
func requireRoundTrip(t *testing.T, a *vgt.Alliance) {
	t.Helper()
	first := snapshotJSON(t, a)
	b, err := vgt.Load(strings.NewReader(first))
	require.NoError(t, err, "Load(WriteJSON(a)) failed")
	require.Equal(t, first, snapshotJSON(t, b))
	require.Equal(t, slices.Collect(a.Members()), slices.Collect(b.Members()))
	require.Equal(t, slices.Collect(a.Partners()), slices.Collect(b.Partners()))
	require.Equal(t, slices.Collect(a.Tenures()), slices.Collect(b.Tenures()))
}
