package synth_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/virtualglobaltaskforce/vgt"
	"github.com/virtualglobaltaskforce/vgt/internal/namekey"
	"github.com/virtualglobaltaskforce/vgt/internal/synth"
)

var (
	sizes = []int{0, 1, 10, 1000}
	seeds = []uint64{0, 1, 2, 42, 0xdeadbeef}
)

// errorPaths lists the problems of a Load error, one a line, each naming
// the path of the bad value.
func errorPaths(err error) string {
	var lines []string
	var walk func(error)
	walk = func(err error) {
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			for _, e := range j.Unwrap() {
				walk(e)
			}
			return
		}
		var ve *vgt.Error
		if errors.As(err, &ve) {
			lines = append(lines, fmt.Sprintf("%s: %v", ve.Path, err))
		} else {
			lines = append(lines, err.Error())
		}
	}
	walk(err)
	if len(lines) > 30 {
		lines = append(lines[:30], fmt.Sprintf("... and %d more", len(lines)-30))
	}
	return strings.Join(lines, "\n")
}

func load(t testing.TB, doc []byte) *vgt.Alliance {
	t.Helper()
	a, err := vgt.Load(bytes.NewReader(doc))
	if err != nil {
		t.Fatalf("Load: %d problems:\n%s", strings.Count(errorPaths(err), "\n")+1, errorPaths(err))
	}
	return a
}

func count[T any](seq func(func(T) bool)) int {
	n := 0
	for range seq {
		n++
	}
	return n
}

func TestDocumentLoads(t *testing.T) {
	for _, n := range sizes {
		for _, seed := range seeds {
			t.Run(fmt.Sprintf("n=%d/seed=%d", n, seed), func(t *testing.T) {
				doc := synth.Document(synth.Options{Orgs: n, Seed: seed})
				a := load(t, doc)

				orgs := count(a.Organizations())
				members, partners := count(a.Members()), count(a.Partners())
				assert.Equal(t, n, orgs, "organizations")
				assert.LessOrEqual(t, members+partners, n)
				if n >= 10 {
					assert.Positive(t, members, "members")
					assert.Positive(t, partners, "partners")
					assert.Positive(t, count(a.Current()), "current members")
					anns := count(a.Announcements())
					assert.GreaterOrEqual(t, anns, n, "about one announcement per organization")
					assert.LessOrEqual(t, anns, n+n/32)
				}
				if n >= 1000 {
					// About 80% agencies, most of which become members.
					assert.Greater(t, members, n/2, "members")
					assert.Greater(t, partners, n/10, "partners")
					assert.Less(t, partners, n/3, "partners")
				}

				// Load(WriteJSON(a)) writes the same bytes again.
				var w1, w2 bytes.Buffer
				require.NoError(t, a.WriteJSON(&w1))
				a2 := load(t, w1.Bytes())
				require.NoError(t, a2.WriteJSON(&w2))
				assert.True(t, bytes.Equal(w1.Bytes(), w2.Bytes()), "WriteJSON after Load(WriteJSON) differs")
				assert.NoError(t, a2.Validate())
			})
		}
	}
}

func TestDeterministic(t *testing.T) {
	for _, n := range sizes {
		for _, seed := range seeds[:3] {
			d1 := synth.Document(synth.Options{Orgs: n, Seed: seed})
			d2 := synth.Document(synth.Options{Orgs: n, Seed: seed})
			assert.True(t, bytes.Equal(d1, d2), "n=%d seed=%d: two calls differ", n, seed)
		}
	}
	assert.Equal(t, synth.Document(synth.Options{}), synth.Document(synth.Options{Orgs: 0, Seed: 0}))
}

func TestSeedsDiffer(t *testing.T) {
	for _, n := range []int{1, 10, 1000} {
		seen := map[string]uint64{}
		for _, seed := range seeds {
			d := string(synth.Document(synth.Options{Orgs: n, Seed: seed}))
			if other, ok := seen[d]; ok {
				t.Errorf("n=%d: seeds %d and %d give the same document", n, other, seed)
			}
			seen[d] = seed
		}
	}
}

// TestEmpty checks that the zero Options give a valid, empty alliance.
func TestEmpty(t *testing.T) {
	a := load(t, synth.Document(synth.Options{}))
	assert.Zero(t, count(a.Organizations()))
	assert.Zero(t, count(a.Announcements()))
	assert.Equal(t, "Virtual Global Taskforce", a.Facts().Names[0].Text)
}

// TestLookupUnique checks that every name of every organization finds that
// organization and no other.
func TestLookupUnique(t *testing.T) {
	for _, seed := range seeds[:2] {
		a := load(t, synth.Document(synth.Options{Orgs: 1000, Seed: seed}))
		names := 0
		for o := range a.Organizations() {
			for n := range o.Names() {
				if n.Kind == vgt.NameKindWeakAlias {
					continue
				}
				names++
				got, err := a.Lookup(n.Text)
				if assert.NoError(t, err, "Lookup(%q)", n.Text) {
					assert.Equal(t, o.ID, got.ID, "Lookup(%q)", n.Text)
				}
			}
		}
		assert.Greater(t, names, 2000)
	}
}

type docJSON struct {
	Organizations []struct {
		ID    string `json:"id"`
		Names []struct {
			Text string `json:"text"`
			Lang string `json:"lang"`
			Kind string `json:"kind"`
		} `json:"names"`
		Jurisdiction string `json:"jurisdiction"`
		Parent       string `json:"parent"`
	} `json:"organizations"`
	People []struct {
		ID string `json:"id"`
	} `json:"people"`
	Announcements []struct {
		ID        string `json:"id"`
		Published string `json:"published"`
		Source    string `json:"source"`
		Language  string `json:"language"`
		Quotes    []struct {
			Post string `json:"post"`
		} `json:"quotes"`
		Changes []struct {
			Kind      string `json:"kind"`
			Effective string `json:"effective"`
			Role      string `json:"role"`
			Category  string `json:"category"`
			Post      string `json:"post"`
			Name      *struct {
				Kind string `json:"kind"`
			} `json:"name"`
		} `json:"changes"`
		Organizations []struct {
			ID string `json:"id"`
		} `json:"organizations"`
		People []struct {
			ID string `json:"id"`
		} `json:"people"`
	} `json:"announcements"`
}

// TestCoverage checks that a document of 1000 organizations has every kind
// of thing the generator promises.
func TestCoverage(t *testing.T) {
	doc := synth.Document(synth.Options{Orgs: 1000, Seed: 7})
	var d docJSON
	require.NoError(t, json.Unmarshal(doc, &d))

	ids := map[string]bool{}
	checkID := func(s string) {
		id, err := uuid.Parse(s)
		if assert.NoError(t, err) {
			assert.Equal(t, s, id.String(), "canonical")
			assert.Equal(t, uuid.Version(4), id.Version())
			assert.Equal(t, uuid.RFC4122, id.Variant())
			assert.NotEqual(t, uuid.Nil, id)
		}
		assert.False(t, ids[s], "duplicate ID %s", s)
		ids[s] = true
	}
	forms := map[string]int{}
	form := func(s string) string {
		switch {
		case regexp.MustCompile(`^\d{4}$`).MatchString(s):
			return "year"
		case regexp.MustCompile(`^\d{4}-\d\d$`).MatchString(s):
			return "month"
		case regexp.MustCompile(`^\d{4}-\d\d-\d\d$`).MatchString(s):
			return "day"
		case strings.HasPrefix(s, "[.."):
			return "[..hi]"
		case strings.HasSuffix(s, "..]"):
			return "[lo..]"
		case strings.HasPrefix(s, "["):
			return "[lo..hi]"
		}
		return "other: " + s
	}
	kinds, roles, cats, langs, nameKinds, juris := map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}
	parents, introOrgs, introPeople, chairQuotes := 0, 0, 0, 0
	for _, o := range d.Organizations {
		checkID(o.ID)
		juris[o.Jurisdiction]++
		if o.Parent != "" {
			parents++
		}
		for _, n := range o.Names {
			nameKinds[n.Kind]++
			langs[n.Lang]++
		}
	}
	for _, p := range d.People {
		checkID(p.ID)
	}
	for i, an := range d.Announcements {
		checkID(an.ID)
		assert.Equal(t, fmt.Sprintf("https://example.org/news/%d", i+1), an.Source)
		forms["published "+form(an.Published)]++
		assert.Contains(t, []string{"en", "fr", "it", "ar"}, an.Language)
		assert.True(t, len(an.Changes) >= 1 && len(an.Changes) <= 4, "announcement %d has %d changes", i, len(an.Changes))
		for _, c := range an.Changes {
			kinds[c.Kind]++
			roles[c.Role]++
			cats[c.Category]++
			if c.Effective != "" {
				forms["effective "+form(c.Effective)]++
			}
		}
		for _, q := range an.Quotes {
			if q.Post == "chair" {
				chairQuotes++
			}
		}
		for _, o := range an.Organizations {
			checkID(o.ID)
			introOrgs++
		}
		for _, p := range an.People {
			checkID(p.ID)
			introPeople++
		}
	}
	t.Logf("forms: %v", forms)
	t.Logf("change kinds: %v", kinds)
	t.Logf("roles: %v, categories: %v", roles, cats)
	t.Logf("name kinds: %v, languages: %v", nameKinds, langs)
	t.Logf("parents %d, organizations introduced by announcements %d, people %d, chair quotes %d",
		parents, introOrgs, introPeople, chairQuotes)
	for _, k := range []string{"joined", "left", "succeeded", "renamed", "listed", "appointed", "votedIn", "elected"} {
		assert.Positive(t, kinds[k], "change kind %s", k)
	}
	for _, f := range []string{"year", "month", "day", "[lo..hi]"} {
		assert.Positive(t, forms["published "+f], "published %s", f)
		assert.Positive(t, forms["effective "+f], "effective %s", f)
	}
	assert.Positive(t, forms["effective [..hi]"])
	for k := range forms {
		assert.NotContains(t, k, "other")
	}
	for _, c := range []string{"industry", "nonGovernmental", "academic"} {
		assert.Positive(t, cats[c], "category %s", c)
	}
	for _, l := range []string{"en", "fr", "it", "de", "pl", "ru", "el", "ar", "zh"} {
		assert.Positive(t, langs[l], "names in %s", l)
	}
	for _, k := range []string{"official", "acronym", "short", "alias"} {
		assert.Positive(t, nameKinds[k], "names of kind %s", k)
	}
	assert.Positive(t, juris["EU"]+juris["001"], "international organizations")
	assert.Greater(t, juris[""], 100, "partners have no jurisdiction")
	assert.Positive(t, parents)
	assert.Positive(t, introOrgs)
	assert.Positive(t, introPeople)
	assert.Positive(t, chairQuotes)

	a := load(t, doc)
	_, ok := a.Holder(vgt.PostChair)
	assert.True(t, ok, "the alliance has a chair")
	assert.Greater(t, count(a.Tenures()), 3)
}

// TestPublicationOrder checks that the fold's order is the document's: the
// publication dates increase strictly, by Compare.
func TestPublicationOrder(t *testing.T) {
	for _, n := range []int{10, 1000, 20000} {
		var d docJSON
		require.NoError(t, json.Unmarshal(synth.Document(synth.Options{Orgs: n, Seed: 3}), &d))
		var prev vgt.Date
		for i, an := range d.Announcements {
			p := vgt.MustParseDate(an.Published)
			if i > 0 && p.Compare(prev) <= 0 {
				t.Fatalf("n=%d: announcement %d published %s, not after %s", n, i, p, prev)
			}
			prev = p
		}
		first := vgt.MustParseDate(d.Announcements[0].Published)
		assert.LessOrEqual(t, first.Latest().Year(), 2003)
		assert.GreaterOrEqual(t, prev.Earliest().Year(), 2024, "n=%d", n)
	}
}

// TestTables checks the generator's fixed texts: safe, and each base with
// its own lookup key, so that numbered names never collide.
func TestTables(t *testing.T) {
	bases, acronyms := synth.Bases()
	keys := map[string]string{}
	for _, s := range append(bases, synth.Texts()...) {
		assert.NoError(t, vgt.CheckText(s, vgt.MaxTitleBytes), "%q", s)
	}
	for _, s := range bases {
		k := namekey.Key(s)
		require.NotEmpty(t, k, s)
		if other, ok := keys[k]; ok && other != s {
			t.Errorf("%q and %q have the same key %q", s, other, k)
		}
		keys[k] = s
		last := []rune(k)[len([]rune(k))-1]
		assert.False(t, last >= '0' && last <= '9', "%q ends with a digit", s)
	}
	seen := map[string]bool{}
	for _, s := range acronyms {
		assert.Regexp(t, `^[A-Z]+$`, s)
		assert.False(t, seen[s], "acronym prefix %s twice", s)
		seen[s] = true
	}
	for _, c := range synth.Codes() {
		_, err := vgt.ParseJurisdiction(c)
		assert.NoError(t, err, c)
	}
}

// TestLarge checks that a document of 100000 organizations loads, and logs
// how long it takes.
func TestLarge(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("large document: run without -short and -race")
	}
	const n = 100_000
	start := time.Now()
	doc := synth.Document(synth.Options{Orgs: n, Seed: 1})
	gen := time.Since(start)
	start = time.Now()
	a := load(t, doc)
	loaded := time.Since(start)
	t.Logf("n=%d: %d bytes (%.1f MB), Document %v, Load %v; %d members, %d partners, %d announcements",
		n, len(doc), float64(len(doc))/(1<<20), gen, loaded,
		count(a.Members()), count(a.Partners()), count(a.Announcements()))
	assert.Equal(t, n, count(a.Organizations()))
	assert.Less(t, len(doc), vgt.DefaultMaxBytes)
}

func BenchmarkDocument(b *testing.B) {
	for _, n := range []int{1000, 100_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			var size int
			for i := range b.N {
				size = len(synth.Document(synth.Options{Orgs: n, Seed: uint64(i)}))
			}
			b.SetBytes(int64(size))
		})
	}
}

func BenchmarkLoad(b *testing.B) {
	for _, n := range []int{1000, 100_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			doc := synth.Document(synth.Options{Orgs: n, Seed: 1})
			b.SetBytes(int64(len(doc)))
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N {
				if _, err := vgt.Load(bytes.NewReader(doc)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
