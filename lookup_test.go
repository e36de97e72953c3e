package vgt_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
	"golang.org/x/text/width"

	"github.com/virtualglobaltaskforce/vgt"
)

// variants returns ways people type a name: cases, full width, dots
// between letters of an acronym, extra spaces.
func variants(name string) []string {
	out := []string{name, strings.ToLower(name), strings.ToUpper(name), width.Widen.String(name), "  " + name + "  ", strings.ReplaceAll(name, " ", "   ")}
	if !strings.Contains(name, " ") && len(name) <= 8 {
		var dotted strings.Builder
		for _, r := range name {
			dotted.WriteRune(r)
			dotted.WriteByte('.')
		}
		out = append(out, dotted.String())
	}
	return out
}

func TestLookupEveryName(t *testing.T) {
	a := vgt.Default()
	check := func(o vgt.Organization) {
		for n := range o.Names() {
			if n.Kind == vgt.NameKindWeakAlias {
				continue
			}
			for _, q := range variants(n.Text) {
				got, err := a.Lookup(q)
				if assert.NoError(t, err, "%q (%s of %s)", q, n.Kind, o.Name) {
					assert.Equal(t, o.ID, got.ID, q)
				}
			}
		}
	}
	count := 0
	for m := range a.Members() {
		check(m.Organization)
		count++
	}
	for p := range a.Partners() {
		check(p.Organization)
		count++
	}
	// 17 members at the end of the record, 2 former ones (the AHTCC and
	// the NCS, whose seats passed on) and 13 partners.
	assert.Equal(t, 32, count)
}

func TestLookupNames(t *testing.T) {
	a := vgt.Default()
	tests := map[string]string{
		"A.F.P.":   "Australian Federal Police",
		"a f p":    "Australian Federal Police",
		"ecpat":    "ECPAT International",
		"Interpol": "INTERPOL",
		"ＥＵＲＯＰＯＬ":  "Europol",
		"International Centre for Missing and Exploited Children": "International Centre for Missing & Exploited Children",
		"Servizio Polizia Postale e delle Comunicazioni":          "Italian Postal and Communication Police Service",
		"SERVIZIO POLIZIA POSTALE E DELLE COMUNICAZIONI":          "Italian Postal and Communication Police Service",
		"وزارة الداخلية":                                          "Ministry of Interior of the United Arab Emirates",
		"National Crime Squad":                                    "National Crime Squad for England and Wales",
		"NCECC":                                                   "National Child Exploitation Coordination Centre",
		"U.S. Immigration and Customs Enforcement":                "U.S. Immigration and Customs Enforcement",
		"US Immigration & Customs Enforcement":                    "U.S. Immigration and Customs Enforcement",
		"Polizia di Stato":                                        "Polizia di Stato",
	}
	for q, want := range tests {
		got, err := a.Lookup(q)
		if assert.NoError(t, err, q) {
			assert.Equal(t, want, got.Name, q)
		}
	}
}

func TestLookupRefusesAndFindsNothing(t *testing.T) {
	a := vgt.Default()
	tests := []struct {
		query    string
		sentinel error
		pos      int
	}{
		{"INTERP\u041eL", vgt.ErrUnsafeText, 6},
		{"ECPAT\u202eInternational", vgt.ErrUnsafeText, 5},
		{"Euro\u200bpol", vgt.ErrUnsafeText, 4},
		{"AFP\x00", vgt.ErrUnsafeText, 3},
		{"AF\xffP", vgt.ErrUnsafeText, 2},
		{"\u0415uropol", vgt.ErrUnsafeText, 0},
		{"Interpool", vgt.ErrNotFound, -1},
		{"Federal Police", vgt.ErrNotFound, -1},
		{"Police", vgt.ErrNotFound, -1},
		{"", vgt.ErrNotFound, -1},
		{"...", vgt.ErrNotFound, -1},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			_, err := a.Lookup(tt.query)
			require.ErrorIs(t, err, tt.sentinel)
			var e *vgt.Error
			require.True(t, errors.As(err, &e))
			assert.Equal(t, tt.pos, e.Pos, err.Error())
			assert.Equal(t, tt.query, e.Value)
		})
	}
}

func TestLookupAmbiguous(t *testing.T) {
	f := newFixture(t)
	twin := vgt.NewOrganization(uuid.New(), []vgt.Name{{Text: "Test Police", Lang: language.French, Kind: vgt.NameKindOfficial}}, vgt.MustParseJurisdiction("FR"), vgt.MemberKindNationalAgency)
	a, err := f.a.Apply(vgt.Announcement{ID: uuid.New(), Published: vgt.MustParseDate("2004"), Source: "https://example.org/twin",
		Language: language.English, Organizations: []vgt.Organization{twin}})
	require.NoError(t, err)
	_, err = a.Lookup("TEST POLICE")
	require.ErrorIs(t, err, vgt.ErrAmbiguous)
	assert.Contains(t, err.Error(), f.agency.String())
	assert.Contains(t, err.Error(), twin.ID.String())
	// Other names still resolve.
	_, err = f.a.Lookup("TEST POLICE")
	require.NoError(t, err, "the alliance before the twin is unchanged")
}

func TestLookupWeakAlias(t *testing.T) {
	f := newFixture(t)
	o := vgt.NewOrganization(uuid.New(), []vgt.Name{
		{Text: "Cyber Crime Unit", Lang: language.English, Kind: vgt.NameKindOfficial},
		{Text: "The Unit", Lang: language.English, Kind: vgt.NameKindWeakAlias},
	}, vgt.Jurisdiction{}, 0)
	a, err := f.a.Apply(vgt.Announcement{ID: uuid.New(), Published: vgt.MustParseDate("2004"), Source: "https://example.org/unit",
		Language: language.English, Organizations: []vgt.Organization{o}})
	require.NoError(t, err)
	_, err = a.Lookup("Cyber Crime Unit")
	require.NoError(t, err)
	_, err = a.Lookup("The Unit")
	require.ErrorIs(t, err, vgt.ErrNotFound)
}

func TestLookupASCIIAllocatesNothing(t *testing.T) {
	a := vgt.Default()
	for _, q := range []string{"AFP", "a.f.p.", "Royal Canadian Mounted Police", "National Center for Missing & Exploited Children"} {
		allocs := testing.AllocsPerRun(100, func() {
			if _, err := a.Lookup(q); err != nil {
				t.Fatal(err)
			}
		})
		assert.Zero(t, allocs, q)
	}
}

func FuzzLookup(f *testing.F) {
	for _, s := range []string{"AFP", "a.f.p.", "Interpol", "ＥＵＲＯＰＯＬ", "وزارة الداخلية", "INTERP\u041eL", "Euro\u200bpol", "", "Missing & Exploited", "ß", "İstanbul"} {
		f.Add(s)
	}
	a := vgt.Default()
	f.Fuzz(func(t *testing.T, q string) {
		o, err := a.Lookup(q)
		if err != nil {
			require.True(t, errors.Is(err, vgt.ErrNotFound) || errors.Is(err, vgt.ErrAmbiguous) || errors.Is(err, vgt.ErrUnsafeText), err.Error())
			return
		}
		for _, v := range []string{strings.ToUpper(q), strings.ToLower(q)} {
			if vgt.CheckText(strings.TrimSpace(v), vgt.MaxNameBytes) != nil {
				continue // a change of case can make text unsafe (or longer)
			}
			got, err := a.Lookup(v)
			require.NoError(t, err, "%q resolves but %q does not", q, v)
			require.Equal(t, o.ID, got.ID, "%q and %q", q, v)
		}
	})
}
