package vgt_test

import (
	"errors"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/virtualglobaltaskforce/vgt"
)

// TestLookupRefusesLookalikes: a query that a reader could take for a name
// of the record, but that is not that name, is refused as unsafe (with a
// valid position), never matched and never "not found".
func TestLookupRefusesLookalikes(t *testing.T) {
	a := vgt.Default()
	for _, q := range []string{
		"INTERP\u041eL",                  // a Cyrillic О inside a Latin word
		"INTERP\u3007L",                  // a Han 〇 inside a Latin word
		"E.\u0421.P.A.T.",                // a Cyrillic С across punctuation
		"\u0415\u0421\u0420\u0410\u0422", // ЕСРАТ, all Cyrillic: a whole-script lookalike of ECPAT
		"ⒺⒸⓅⒶⓉ",                          // circled letters
		"𝐄𝐔𝐑𝐎𝐏𝐎𝐋",                        // mathematical bold
		"Europol\U0001D159",              // a blank symbol
	} {
		_, err := a.Lookup(q)
		require.ErrorIs(t, err, vgt.ErrUnsafeText, "%q", q)
		var e *vgt.Error
		require.True(t, errors.As(err, &e), q)
		assert.True(t, e.Pos >= 0 && (e.Pos < len(e.Value) || e.Pos == 0), "%q: position %d", q, e.Pos)
	}
	_, err := a.Lookup("\u0415\u0421\u0420\u0410\u0422")
	assert.Contains(t, err.Error(), "ECPAT", "the message names the name it imitates")
}

// TestLookalikeNamesRefused: Load and Apply refuse an organization whose
// name looks like another's without being it.
func TestLookalikeNamesRefused(t *testing.T) {
	a := vgt.Default()
	spoof := vgt.NewOrganization(uuid.New(), []vgt.Name{{Text: "\u0415\u0421\u0420\u0410\u0422", Lang: language.Russian, Kind: vgt.NameKindAcronym}}, vgt.Jurisdiction{}, 0)
	_, err := a.Apply(vgt.Announcement{
		ID: uuid.New(), Published: vgt.MustParseDate("2025-06-01"), Source: "https://example.org/spoof",
		Language: language.English, Organizations: []vgt.Organization{spoof},
	})
	require.ErrorIs(t, err, vgt.ErrUnsafeText)
	assert.Contains(t, err.Error(), "announcement.organizations[0].names[0].text")
	assert.Contains(t, err.Error(), "ECPAT")

	// The same name for a second organization is no lookalike: Lookup
	// says it is ambiguous instead.
	twin := vgt.NewOrganization(uuid.New(), []vgt.Name{{Text: "ECPAT", Kind: vgt.NameKindAcronym}}, vgt.Jurisdiction{}, 0)
	b, err := a.Apply(vgt.Announcement{
		ID: uuid.New(), Published: vgt.MustParseDate("2025-06-01"), Source: "https://example.org/twin",
		Language: language.English, Organizations: []vgt.Organization{twin},
	})
	require.NoError(t, err)
	_, err = b.Lookup("ECPAT")
	assert.ErrorIs(t, err, vgt.ErrAmbiguous)
}

// TestLookupKeepsLettersApart: marks that make another letter outside
// Latin are never folded away, so Lookup never takes one word for another.
func TestLookupKeepsLettersApart(t *testing.T) {
	f := newFixture(t)
	named := func(text string, tag language.Tag) vgt.Organization {
		return vgt.NewOrganization(uuid.New(), []vgt.Name{{Text: text, Lang: tag, Kind: vgt.NameKindOfficial}}, vgt.Jurisdiction{}, 0)
	}
	an := f.announce("2004-01-01")
	an.Organizations = []vgt.Organization{
		named("バス協会", language.Japanese),
		named("Йошкар", language.Russian),
		named("École de police", language.French),
	}
	a, err := f.a.Apply(an)
	require.NoError(t, err)
	// ハ is not バ, and И is not Й: neither is matched.
	for _, q := range []string{"ハス協会", "Иошкар"} {
		_, err := a.Lookup(q)
		assert.ErrorIs(t, err, vgt.ErrNotFound, q)
	}
	for _, q := range []string{"バス協会", "Йошкар", "ecole de police", "ÉCOLE DE POLICE"} {
		_, err := a.Lookup(q)
		assert.NoError(t, err, q)
	}
}

// TestSourceHosts: a source URL is parsed strictly and its host checked as
// a name is.
func TestSourceHosts(t *testing.T) {
	f := newFixture(t)
	for _, tt := range []struct {
		url  string
		want error
	}{
		{"https://www.\u0456nterpol.int/news", vgt.ErrUnsafeText}, // a Cyrillic і
		{"https://xn--80ak6aa92e.com/", vgt.ErrUnsafeText},        // аррӏе in Punycode
		{"https://exa mple.org/", vgt.ErrInvalid},
		{"https://example.org:99999/", vgt.ErrInvalid},
		{"https://192.0.2.1/release", nil},
		{"https://www.interpol.int/en/News", nil},
	} {
		an := f.announce("2004-01-01")
		an.Source = tt.url
		_, err := f.a.Apply(an)
		if tt.want == nil {
			assert.NoError(t, err, tt.url)
			continue
		}
		require.ErrorIs(t, err, tt.want, tt.url)
		var e *vgt.Error
		require.True(t, errors.As(err, &e))
		assert.Equal(t, "announcement.source", e.Path)
		if tt.want == vgt.ErrUnsafeText {
			assert.True(t, e.Pos >= 0 && e.Pos < len(e.Value), "%s: position %d", tt.url, e.Pos)
		}
	}
}
