package vgt_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/virtualglobaltaskforce/vgt"
	"github.com/virtualglobaltaskforce/vgt/internal/synth"
)

// The tests in this file try the package as an attacker would (issue 8):
// limits at and past their bounds, documents that are not what they claim,
// values of the wrong type, a nil *Alliance, and many problems at once.

// vgtError returns the first *vgt.Error in err.
func vgtError(t *testing.T, err error) *vgt.Error {
	t.Helper()
	var e *vgt.Error
	require.True(t, errors.As(err, &e), "%T: %v", err, err)
	return e
}

func TestHostileOptions(t *testing.T) {
	tests := []struct {
		name   string
		opt    vgt.LoadOption
		option string // "" for an option Load accepts
	}{
		{"the largest size", vgt.WithMaxBytes(math.MaxInt64), ""},
		{"a size of one byte less than the document", vgt.WithMaxBytes(int64(len(doc()) - 1)), "limit"},
		{"a negative size", vgt.WithMaxBytes(-1), "WithMaxBytes"},
		{"the least size", vgt.WithMaxBytes(math.MinInt64), "WithMaxBytes"},
		{"a size of zero", vgt.WithMaxBytes(0), "WithMaxBytes"},
		{"a depth of zero", vgt.WithMaxDepth(0), "WithMaxDepth"},
		{"a negative depth", vgt.WithMaxDepth(-3), "WithMaxDepth"},
		{"a depth beyond encoding/json's", vgt.WithMaxDepth(vgt.MaxDepthLimit + 1), "WithMaxDepth"},
		{"the deepest depth", vgt.WithMaxDepth(vgt.MaxDepthLimit), ""},
		{"a string length of zero", vgt.WithMaxStringBytes(0), "WithMaxStringBytes"},
		{"the longest string", vgt.WithMaxStringBytes(math.MaxInt), ""},
		{"a negative number of values", vgt.WithMaxValues(-1), "WithMaxValues"},
		{"the most values", vgt.WithMaxValues(math.MaxInt), ""},
		{"a nil option", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := vgt.Load(strings.NewReader(doc()), tt.opt)
			switch tt.option {
			case "":
				require.NoError(t, err)
				require.NotNil(t, a)
			case "limit":
				require.ErrorIs(t, err, vgt.ErrLimit)
			default:
				require.Nil(t, a)
				require.ErrorIs(t, err, vgt.ErrInvalid)
				assert.NotErrorIs(t, err, vgt.ErrLimit, "a bad option is not a document over a limit")
				e := vgtError(t, err)
				assert.Equal(t, tt.option, e.Path)
				assert.True(t, strings.HasPrefix(err.Error(), "vgt: "+tt.option+": "), err.Error())
			}
		})
	}
	// Every bad option is reported at once.
	_, err := vgt.Load(strings.NewReader(doc()), vgt.WithMaxDepth(0), vgt.WithMaxValues(0))
	require.Len(t, problems(err), 2, err.Error())
}

func TestHostileReaderAndWriter(t *testing.T) {
	_, err := vgt.Load(nil)
	require.ErrorIs(t, err, vgt.ErrIO)

	broken := errors.New("disk on fire")
	_, err = vgt.Load(io.MultiReader(strings.NewReader(doc()[:50]), iotestErrReader{broken}))
	require.ErrorIs(t, err, vgt.ErrIO)
	require.ErrorIs(t, err, broken)
	assert.Equal(t, "vgt: i/o error: reading the document: disk on fire", err.Error())

	// A reader that breaks the io.Reader contract is an error, not a panic.
	_, err = vgt.Load(lyingReader{})
	require.ErrorIs(t, err, vgt.ErrIO)
	_, err = vgt.Load(lyingReader{n: -1})
	require.ErrorIs(t, err, vgt.ErrIO)

	err = vgt.Default().WriteJSON(failingWriter{broken})
	require.ErrorIs(t, err, vgt.ErrIO, "WriteJSON's errors wrap a sentinel")
	require.ErrorIs(t, err, broken)
	assert.True(t, strings.HasPrefix(err.Error(), "vgt: "), err.Error())
	require.ErrorIs(t, vgt.Default().WriteJSON(nil), vgt.ErrIO)
}

type iotestErrReader struct{ err error }

func (r iotestErrReader) Read([]byte) (int, error) { return 0, r.err }

// lyingReader claims to have read more bytes than it was given room for,
// or a negative number.
type lyingReader struct{ n int }

func (r lyingReader) Read(p []byte) (int, error) {
	if r.n != 0 {
		return r.n, nil
	}
	return len(p) + 1, nil
}

type failingWriter struct{ err error }

func (w failingWriter) Write([]byte) (int, error) { return 0, w.err }

func TestHostileDocuments(t *testing.T) {
	tests := []struct {
		name, input string
		sentinel    error
		path        string
		contains    string
	}{
		{"null", `null`, vgt.ErrSyntax, "", "null where an object belongs"},
		{"null with spaces", " \n null \n", vgt.ErrSyntax, "", "null where an object belongs"},
		{"an array", `[]`, vgt.ErrSyntax, "", "an array where an object belongs"},
		{"an array of the document", `[` + doc() + `]`, vgt.ErrSyntax, "", "an array where an object belongs"},
		{"a string", `"{}"`, vgt.ErrSyntax, "", "a string where an object belongs"},
		{"a number", `42`, vgt.ErrSyntax, "", "a number where an object belongs"},
		{"true", `true`, vgt.ErrSyntax, "", "a boolean where an object belongs"},
		{"a byte order mark", "\ufeff" + doc(), vgt.ErrSyntax, "", "byte order mark"},
		{"a byte order mark alone", "\ufeff", vgt.ErrSyntax, "", "byte order mark"},
		{"the nil UUID as parent", doc(`"kind":"nationalAgency"`, `"kind":"nationalAgency","parent":"00000000-0000-0000-0000-000000000000"`),
			vgt.ErrInvalid, "organizations[0].parent", "the nil UUID is not an ID"},
		{"the nil UUID as a person", doc(`"people":[]`, `"people":[{"id":"00000000-0000-0000-0000-000000000000","name":"Nobody"}]`),
			vgt.ErrInvalid, "people[0].id", "the nil UUID is not an ID"},
		{"a parent cycle", doc(`"kind":"nationalAgency"}]`, `"kind":"nationalAgency","parent":"`+orgB+`"},`+
			`{"id":"`+orgB+`","names":[{"text":"Test Unit","lang":"en","kind":"official"}],"parent":"`+orgA+`"}]`),
			vgt.ErrInvalid, "organizations[0].parent", orgA + " is part of " + orgB + " is part of " + orgA},
		{"a language tag that is not canonical", doc(`"language":"en"`, `"language":"iw"`), vgt.ErrInvalid, "announcements[0].language", `want "he"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := vgt.Load(strings.NewReader(tt.input))
			require.Error(t, err)
			require.Nil(t, a)
			require.ErrorIs(t, err, tt.sentinel)
			assert.Contains(t, err.Error(), tt.contains)
			assert.Equal(t, tt.path, vgtError(t, err).Path, err.Error())
			assert.NotContains(t, err.Error(), `"ï`, "no mojibake of a byte order mark")
		})
	}
}

// defaultWith returns the embedded dataset's document with fn applied to
// it as generic JSON.
func defaultWith(t *testing.T, fn func(doc map[string]any)) string {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, vgt.Default().WriteJSON(&buf))
	var d map[string]any
	require.NoError(t, json.Unmarshal(buf.Bytes(), &d))
	fn(d)
	out, err := json.Marshal(d)
	require.NoError(t, err)
	return string(out)
}

func elem(d map[string]any, list string, i int) map[string]any {
	return d[list].([]any)[i].(map[string]any)
}

func TestHostileTypeErrors(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(d map[string]any)
		path  string
		value string
		msg   string
	}{
		{"a string where an array belongs", func(d map[string]any) { elem(d, "announcements", 3)["tags"] = "News" },
			"announcements[3].tags", "News", "a string where an array belongs"},
		{"a number in an array of strings", func(d map[string]any) { elem(d, "announcements", 5)["tags"] = []any{"News", 7.5} },
			"announcements[5].tags[1]", "7.5", "a number where a string belongs"},
		{"an object where an array belongs", func(d map[string]any) {
			elem(elem(d, "announcements", 0), "organizations", 2)["names"] = map[string]any{}
		}, "announcements[0].organizations[2].names", "{}", "an object where an array belongs"},
		{"a number where an ID belongs", func(d map[string]any) {
			elem(elem(d, "announcements", 4), "changes", 0)["organization"] = 12345.0
		}, "announcements[4].changes[0].organization", "12345", "a number where a string belongs"},
		{"null where a string belongs", func(d map[string]any) { elem(d, "announcements", 1)["title"] = nil },
			"announcements[1].title", "null", "null where a string belongs"},
		{"a boolean where an object belongs", func(d map[string]any) { d["alliance"] = true },
			"alliance", "true", "a boolean where an object belongs"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := vgt.Load(strings.NewReader(defaultWith(t, tt.edit)))
			require.ErrorIs(t, err, vgt.ErrSyntax)
			e := vgtError(t, err)
			assert.Equal(t, tt.path, e.Path, err.Error())
			assert.Equal(t, tt.value, e.Value, "the error quotes the offending value")
			assert.Contains(t, err.Error(), tt.msg)
		})
	}
}

func TestHostileErrorsAreCapped(t *testing.T) {
	for _, n := range []int{1, 99, 100, 101, 1000, 20000} {
		_, err := vgt.Load(bytes.NewReader(synth.Errors(n)))
		require.ErrorIs(t, err, vgt.ErrUnknownOrganization)
		assert.NotErrorIs(t, err, vgt.ErrLimit, "many problems are not a document over a limit")
		ps := problems(err)
		if n <= 100 {
			require.Len(t, ps, n)
			continue
		}
		require.Len(t, ps, 101, "the first hundred problems, then a count")
		last := ps[100]
		assert.ErrorIs(t, last, vgt.ErrUnknownOrganization, "the count wraps the sentinels of the problems it counts")
		assert.Equal(t, "vgt: "+strconv.Itoa(n-100)+" more problems, not listed: "+strconv.Itoa(n-100)+" unknown organization", last.Error())
		assert.Less(t, len(err.Error()), 100*300, "the message stays short")
	}
}

// TestHostileErrorsCappedAcrossKinds caps problems of several kinds, and
// the count names each kind.
func TestHostileErrorsCappedAcrossKinds(t *testing.T) {
	var orgs []string
	for i := range 150 {
		bad := `"jurisdiction":"SU","kind":"nationalAgency"` // withdrawn
		if i%2 == 1 {
			bad = `"jurisdiction":"CH","kind":"chief"` // no such member kind
		}
		orgs = append(orgs, `{"id":"`+uuid.NewSHA1(uuid.Nil, []byte{byte(i), byte(i >> 8)}).String()+
			`","names":[{"text":"Police","lang":"en","kind":"official"}],`+bad+`}`)
	}
	input := `{"alliance":{},"organizations":[` + strings.Join(orgs, ",") + `],"people":[],"announcements":[]}`
	_, err := vgt.Load(strings.NewReader(input))
	require.Error(t, err)
	ps := problems(err)
	require.Len(t, ps, 101)
	assert.ErrorIs(t, err, vgt.ErrInvalidJurisdiction)
	assert.ErrorIs(t, ps[100], vgt.ErrInvalid)
	assert.Contains(t, ps[100].Error(), "50 more problems, not listed")
}

func TestHostileNilAlliance(t *testing.T) {
	var a *vgt.Alliance
	zero := &vgt.Alliance{}
	assert.Empty(t, slices.Collect(a.Members()))
	assert.Empty(t, slices.Collect(a.Current()))
	assert.Empty(t, slices.Collect(a.PossibleMembers()))
	assert.Empty(t, slices.Collect(a.Partners()))
	assert.Empty(t, slices.Collect(a.Organizations()))
	assert.Empty(t, slices.Collect(a.People()))
	assert.Empty(t, slices.Collect(a.Announcements()))
	assert.Empty(t, slices.Collect(a.Covering(vgt.MustParseJurisdiction("FR"))))
	assert.Empty(t, slices.Collect(a.Tenures()))
	assert.Empty(t, slices.Collect(a.Pending()))
	assert.Empty(t, slices.Collect(a.Admissions()))
	assert.Empty(t, slices.Collect(a.Plans()))
	assert.Empty(t, slices.Collect(a.Claims()))
	assert.Empty(t, slices.Collect(a.CountChecks()))
	assert.Empty(t, slices.Collect(a.PossibleMembers()))
	assert.Empty(t, slices.Collect(a.PossiblePartners()))
	assert.Empty(t, slices.Collect(a.PossiblyCovering(vgt.MustParseJurisdiction("FR"))))
	id := uuid.MustParse(orgA)
	_, ok := a.Member(id)
	assert.False(t, ok)
	_, ok = a.Partner(id)
	assert.False(t, ok)
	_, ok = a.Organization(id)
	assert.False(t, ok)
	_, ok = a.Person(id)
	assert.False(t, ok)
	_, ok = a.Announcement(id)
	assert.False(t, ok)
	_, ok = a.Holder(vgt.PostChair)
	assert.False(t, ok)
	at, snap := a.Snapshot()
	assert.False(t, snap)
	assert.True(t, at.IsZero())
	assert.True(t, a.RecordedThrough().IsZero())
	assert.Equal(t, zero.Facts(), a.Facts())
	assert.NoError(t, a.Validate())
	_, err := a.Lookup("Europol")
	assert.ErrorIs(t, err, vgt.ErrNotFound)
	assert.Equal(t, snapshotJSON(t, zero), snapshotJSON(t, a))
	s := a.AsOf(time.Date(2008, 1, 1, 0, 0, 0, 0, time.UTC))
	_, snap = s.Snapshot()
	assert.True(t, snap)

	// Apply on a nil alliance works as on the empty one.
	o := vgt.NewOrganization(id, []vgt.Name{{Text: "Test Police", Lang: language.English, Kind: vgt.NameKindOfficial}},
		vgt.MustParseJurisdiction("CH"), vgt.MemberKindNationalAgency)
	an := vgt.Announcement{
		ID: uuid.MustParse(annA), Published: vgt.MustParseDate("2003"), Source: "https://example.org/", Language: language.English,
		Organizations: []vgt.Organization{o},
		Changes:       []vgt.Change{{Kind: vgt.ChangeKindJoined, Effective: vgt.MustParseDate("2003"), Organization: id, Role: vgt.RoleMember}},
	}
	next, err := a.Apply(an)
	require.NoError(t, err)
	want, err := zero.Apply(an)
	require.NoError(t, err)
	assert.Equal(t, snapshotJSON(t, want), snapshotJSON(t, next))
	assert.Equal(t, []string{"Test Police"}, names(next.Members()))
}

func TestHostileUnsafeTextPositions(t *testing.T) {
	a := vgt.Default()
	queries := []string{
		strings.Repeat("x", 1025),
		strings.Repeat("é", 600),                    // a rune straddles the limit
		strings.Repeat("中", 400),                    // three bytes a rune
		strings.Repeat(" ", 2000) + "Europol",       // spaces count
		"INTERP\u041eL", "Euro\u200bpol", "\xffAFP", // the rune, not -1
		"A\u202eFP", "\u3000\u3000INTERP\u041eL\u3000",
	}
	for _, q := range queries {
		_, err := a.Lookup(q)
		require.ErrorIs(t, err, vgt.ErrUnsafeText, "%q", q)
		e := vgtError(t, err)
		require.Equal(t, q, e.Value)
		require.GreaterOrEqual(t, e.Pos, 0, "%q", q)
		require.Less(t, e.Pos, len(q), "%q", q)
		assert.True(t, utf8.RuneStart(q[e.Pos]), "the position of a rune in %q", q)
		assert.Contains(t, err.Error(), "at byte ")
	}
	_, err := a.Lookup(strings.Repeat("x", 1025))
	assert.Equal(t, 1024, vgtError(t, err).Pos, "the first byte past the limit")
}

func TestHostileURLs(t *testing.T) {
	bad := []string{
		"https://example.org/a b",            // a space
		"https://example.org:99999/",         // a port past 65535
		"https://example.org:0/",             // port zero
		"https://example.org:080/",           // a port with a leading zero
		"https://example.org:/",              // an empty port
		"https://example.org:http/",          // a port that is not a number
		"http://:80/",                        // no host
		"https:///path",                      // no host
		"https:example.org",                  // opaque
		"//example.org/",                     // no scheme
		"ftp://example.org/",                 // another scheme
		"javascript:alert(1)",                // another scheme
		"https://user:secret@example.org/",   // user information
		"https://example.org\\@evil.example", // a backslash
		"https://exa mple.org/",              // a space in the host
	}
	good := []string{
		"https://example.org/", "http://example.org", "https://example.org:443/a?b=c#d",
		"https://example.org:65535/", "https://example.org:1/", "https://[2001:db8::1]:8443/",
	}
	check := func(u string) error {
		an := vgt.Announcement{ID: uuid.MustParse(annA), Published: vgt.MustParseDate("2003"), Source: u, Language: language.English}
		return an.Validate()
	}
	for _, u := range bad {
		err := check(u)
		require.ErrorIs(t, err, vgt.ErrInvalid, "%q", u)
		e := vgtError(t, err)
		assert.Equal(t, "source", e.Path)
		assert.Equal(t, u, e.Value)
	}
	for _, u := range good {
		assert.NoError(t, check(u), "%q", u)
	}
	// Load reads a website as Apply checks one.
	_, err := vgt.Load(strings.NewReader(doc(`"kind":"nationalAgency"`, `"kind":"nationalAgency","website":"https://example.org:99999/"`)))
	require.ErrorIs(t, err, vgt.ErrInvalid)
	assert.Equal(t, "organizations[0].website", vgtError(t, err).Path)
}

// TestHostileShapes loads each lopsided shape at a size that took minutes
// before the fixes were in; the benchmarks measure the cost, this
// only checks that the documents are read right.
func TestHostileShapes(t *testing.T) {
	for _, sh := range synth.Shapes {
		t.Run(sh.Name, func(t *testing.T) {
			a, err := vgt.Load(bytes.NewReader(sh.Doc(300)))
			if !sh.Valid {
				require.Error(t, err)
				return
			}
			require.NoError(t, err)
			require.NoError(t, a.Validate())
			requireRoundTrip(t, a)
		})
	}
}
