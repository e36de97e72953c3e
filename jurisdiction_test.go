package vgt_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/virtualglobaltaskforce/vgt"
)

func TestParseJurisdictionAccepts(t *testing.T) {
	tests := []struct {
		in      string
		want    string
		country bool
	}{
		{"GB", "GB", true},
		{"gb", "GB", true},
		{"Gb", "GB", true},
		{"UK", "GB", true},
		{"uk", "GB", true},
		{"FR", "FR", true},
		{"nz", "NZ", true},
		{"AE", "AE", true},
		{"AU", "AU", true},
		{"CA", "CA", true},
		{"US", "US", true},
		{"IT", "IT", true},
		{"SS", "SS", true}, // South Sudan, assigned in 2011
		{"CW", "CW", true}, // Curaçao, one of the successors of AN
		{"AQ", "AQ", true},
		{"EU", "EU", false},
		{"eu", "EU", false},
		{"001", "001", false},
		{"150", "150", false},
		{"419", "419", false},
		{"202", "202", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			j, err := vgt.ParseJurisdiction(tt.in)
			require.NoError(t, err)
			assert.True(t, j.IsValid())
			assert.Equal(t, tt.want, j.String())
			assert.Equal(t, tt.country, j.IsCountry())
			assert.Equal(t, !tt.country, j.IsGroup())
			assert.Equal(t, vgt.MustParseJurisdiction(tt.want), j)
		})
	}
}

func TestParseJurisdictionRejects(t *testing.T) {
	tests := []struct {
		in  string
		why string // a part of the message that says why
	}{
		{"", "empty"},
		{"G", "alpha-2"},
		{"GBR", `alpha-3 codes are not accepted; use "GB"`},
		{"FRA", `alpha-3 codes are not accepted; use "FR"`},
		{"fra", `use "FR"`},
		{"DDR", "alpha-3"},
		{"250", `numeric codes are accepted only for UN M.49 groups; use "FR"`},
		{"826", `use "GB"`},
		{"967", `use "EU"`}, // x/text's number for EU, not a UN M.49 code
		{"961", "not a UN M.49 group code"},
		{"000", "not a UN M.49 group code"},
		{"999", "not a UN M.49 group code"},
		{"1", "alpha-2"},
		{"01", "alpha-2"},
		{"0001", "alpha-2"},
		{"gb ", "alpha-2"},
		{" gb", "alpha-2"},
		{"G1", "alpha-2"},
		{"1e2", "alpha-2"},
		{"+01", "alpha-2"},
		{"\x00", "alpha-2"},
		{"\x00\x00", "alpha-2"},
		{"GÉ", "alpha-2"},
		{"É", "alpha-2"},
		{"GBRR", "alpha-2"},
		{"SU", "no single successor"},
		{"YU", "no single successor"},
		{"AN", "no single successor"},
		{"CS", "no single successor"},
		{"NT", "no single successor"},
		{"DD", `withdrawn from ISO 3166-1; use "DE"`},
		{"ZR", `use "CD"`},
		{"BU", `use "MM"`},
		{"TP", `use "TL"`},
		{"FX", `use "FR"`},
		{"YD", `use "YE"`},
		{"QO", "user-assigned"},
		{"QU", "user-assigned"},
		{"AA", "user-assigned"},
		{"QM", "user-assigned"},
		{"XA", "user-assigned"},
		{"XK", "user-assigned"},
		{"xk", "user-assigned"},
		{"ZZ", "user-assigned"},
		{"EZ", "reserved"},
		{"UN", "reserved"},
		{"AC", "reserved"},
		{"IC", "reserved"},
		{"CQ", "reserved"},
		{"FQ", "reserved"},
		{"AB", "not an ISO 3166-1 alpha-2 code"},
	}
	for _, tt := range tests {
		t.Run(strconv.Quote(tt.in), func(t *testing.T) {
			j, err := vgt.ParseJurisdiction(tt.in)
			require.Error(t, err)
			assert.Equal(t, vgt.Jurisdiction{}, j)
			assert.True(t, errors.Is(err, vgt.ErrInvalidJurisdiction), "errors.Is(%v, ErrInvalidJurisdiction)", err)
			msg := err.Error()
			assert.True(t, strings.HasPrefix(msg, "vgt: "), msg)
			assert.Contains(t, msg, strconv.Quote(tt.in))
			assert.Contains(t, msg, tt.why)
			assert.Panics(t, func() { vgt.MustParseJurisdiction(tt.in) })
		})
	}
}

// TestParseJurisdictionCountries checks every two-letter code, so that a
// change in x/text's data, or in the rules, shows up as a changed count.
func TestParseJurisdictionCountries(t *testing.T) {
	var countries, others []string
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			j, err := vgt.ParseJurisdiction(code)
			lower, lowerErr := vgt.ParseJurisdiction(strings.ToLower(code))
			assert.Equal(t, err == nil, lowerErr == nil, code)
			assert.Equal(t, j, lower, code)
			if err != nil {
				continue
			}
			if j.IsCountry() && j.String() == code {
				countries = append(countries, code)
			} else {
				others = append(others, code+"="+j.String())
			}
		}
	}
	assert.Len(t, countries, 249, "ISO 3166-1 assigns 249 alpha-2 codes")
	assert.Equal(t, []string{"EU=EU", "UK=GB"}, others)
}

func TestParseJurisdictionGroups(t *testing.T) {
	var groups []string
	for n := range 1000 {
		code := fmt.Sprintf("%03d", n)
		j, err := vgt.ParseJurisdiction(code)
		if err != nil {
			continue
		}
		assert.True(t, j.IsGroup(), code)
		assert.False(t, j.IsCountry(), code)
		assert.Equal(t, code, j.String())
		groups = append(groups, code)
	}
	assert.Equal(t, []string{
		"001", "002", "003", "005", "009", "011", "013", "014", "015", "017",
		"018", "019", "021", "029", "030", "034", "035", "039", "053", "054",
		"057", "061", "142", "143", "145", "150", "151", "154", "155", "202",
		"419",
	}, groups)
}

func TestWorldAndEuropeanUnion(t *testing.T) {
	assert.Equal(t, vgt.MustParseJurisdiction("001"), vgt.World)
	assert.Equal(t, vgt.MustParseJurisdiction("EU"), vgt.EuropeanUnion)
	assert.Equal(t, "001", vgt.World.String())
	assert.Equal(t, "EU", vgt.EuropeanUnion.String())
	assert.True(t, vgt.World.IsGroup())
	assert.True(t, vgt.EuropeanUnion.IsGroup())
	assert.Equal(t, language.MustParseRegion("EU"), vgt.EuropeanUnion.Region())
	assert.Equal(t, language.MustParseRegion("GB"), vgt.MustParseJurisdiction("UK").Region())
}

func TestJurisdictionZero(t *testing.T) {
	var z vgt.Jurisdiction
	assert.False(t, z.IsValid())
	assert.False(t, z.IsCountry())
	assert.False(t, z.IsGroup())
	assert.Equal(t, "", z.String())
	assert.Equal(t, language.Region{}, z.Region())
	assert.Equal(t, "", z.Name(language.English))

	text, err := z.MarshalText()
	require.NoError(t, err)
	assert.Empty(t, text)
	assert.NotNil(t, text, "an empty text, not a nil one, as netip does")

	assert.False(t, z.Contains(z), "the zero Jurisdiction contains nothing, not even itself")
	assert.False(t, z.Contains(vgt.World))
	assert.False(t, vgt.World.Contains(z))
	assert.False(t, vgt.EuropeanUnion.Contains(z))

	assert.Equal(t, 0, z.Compare(z))
	assert.Equal(t, -1, z.Compare(vgt.World))
	assert.Equal(t, 1, vgt.World.Compare(z))
}

func TestJurisdictionCompare(t *testing.T) {
	var js []vgt.Jurisdiction
	for _, s := range []string{"NZ", "EU", "150", "GB", "001", "AE", "419", "FR"} {
		js = append(js, vgt.MustParseJurisdiction(s))
	}
	js = append(js, vgt.Jurisdiction{})
	slices.SortFunc(js, vgt.Jurisdiction.Compare)
	var got []string
	for _, j := range js {
		got = append(got, j.String())
	}
	assert.Equal(t, []string{"", "001", "150", "419", "AE", "EU", "FR", "GB", "NZ"}, got)
	for _, a := range js {
		for _, b := range js {
			assert.Equal(t, strings.Compare(a.String(), b.String()), a.Compare(b), "%q %q", a, b)
		}
	}
}

func TestJurisdictionText(t *testing.T) {
	for _, s := range []string{"GB", "uk", "eu", "001", "150", "NZ", "ae"} {
		t.Run(s, func(t *testing.T) {
			j := vgt.MustParseJurisdiction(s)
			text, err := j.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, j.String(), string(text))

			appended, err := j.AppendText([]byte("x:"))
			require.NoError(t, err)
			assert.Equal(t, "x:"+j.String(), string(appended))

			var back vgt.Jurisdiction
			require.NoError(t, back.UnmarshalText(text))
			assert.Equal(t, j, back)
		})
	}
}

func TestJurisdictionUnmarshalText(t *testing.T) {
	j := vgt.MustParseJurisdiction("FR")
	require.NoError(t, j.UnmarshalText(nil))
	assert.Equal(t, vgt.Jurisdiction{}, j, "empty text gives the zero Jurisdiction")

	for _, bad := range []string{"SU", "FRA", "XK", " ", "\xff"} {
		j := vgt.MustParseJurisdiction("NZ")
		err := j.UnmarshalText([]byte(bad))
		require.ErrorIs(t, err, vgt.ErrInvalidJurisdiction)
		assert.Equal(t, vgt.MustParseJurisdiction("NZ"), j, "%q: on error the value is unchanged", bad)
	}
}

func TestJurisdictionJSON(t *testing.T) {
	type agency struct {
		Name         string           `json:"name"`
		Jurisdiction vgt.Jurisdiction `json:"jurisdiction"`
	}
	in := []agency{
		{"Europol", vgt.EuropeanUnion},
		{"INTERPOL", vgt.World},
		{"New Zealand Police", vgt.MustParseJurisdiction("NZ")},
		{"Unknown", vgt.Jurisdiction{}},
	}
	data, err := json.Marshal(in)
	require.NoError(t, err)
	assert.JSONEq(t, `[
		{"name":"Europol","jurisdiction":"EU"},
		{"name":"INTERPOL","jurisdiction":"001"},
		{"name":"New Zealand Police","jurisdiction":"NZ"},
		{"name":"Unknown","jurisdiction":""}
	]`, string(data))
	var out []agency
	require.NoError(t, json.Unmarshal(data, &out))
	assert.Equal(t, in, out)

	// Input is read as leniently as ParseJurisdiction reads it.
	var a agency
	require.NoError(t, json.Unmarshal([]byte(`{"jurisdiction":"uk"}`), &a))
	assert.Equal(t, vgt.MustParseJurisdiction("GB"), a.Jurisdiction)

	err = json.Unmarshal([]byte(`{"jurisdiction":"SU"}`), &a)
	require.ErrorIs(t, err, vgt.ErrInvalidJurisdiction)
	assert.Contains(t, err.Error(), `"SU"`)
}

func TestJurisdictionJSONMapKey(t *testing.T) {
	in := map[vgt.Jurisdiction]int{
		vgt.World:                        1,
		vgt.EuropeanUnion:                2,
		vgt.MustParseJurisdiction("uk"):  3,
		vgt.MustParseJurisdiction("150"): 4,
		vgt.MustParseJurisdiction("nz"):  5,
	}
	data, err := json.Marshal(in)
	require.NoError(t, err)
	assert.JSONEq(t, `{"001":1,"EU":2,"GB":3,"150":4,"NZ":5}`, string(data))
	var out map[vgt.Jurisdiction]int
	require.NoError(t, json.Unmarshal(data, &out))
	assert.Equal(t, in, out)

	// Keys are read as leniently as ParseJurisdiction reads them.
	out = nil
	require.NoError(t, json.Unmarshal([]byte(`{"uk":3,"fr":6}`), &out))
	assert.Equal(t, map[vgt.Jurisdiction]int{
		vgt.MustParseJurisdiction("GB"): 3,
		vgt.MustParseJurisdiction("FR"): 6,
	}, out)

	err = json.Unmarshal([]byte(`{"XK":1}`), &out)
	require.ErrorIs(t, err, vgt.ErrInvalidJurisdiction)
}

func TestJurisdictionContainsAt(t *testing.T) {
	day := func(s string) time.Time {
		d, err := time.Parse(time.DateOnly, s)
		require.NoError(t, err)
		return d
	}
	j := vgt.MustParseJurisdiction
	tests := []struct {
		j, k vgt.Jurisdiction
		at   time.Time
		want bool
	}{
		{vgt.EuropeanUnion, j("GB"), day("2011-06-01"), true},
		{vgt.EuropeanUnion, j("GB"), day("2020-01-31"), true},
		{vgt.EuropeanUnion, j("GB"), time.Date(2020, 1, 31, 22, 59, 59, 999999999, time.UTC), true},
		{vgt.EuropeanUnion, j("GB"), time.Date(2020, 1, 31, 23, 0, 0, 0, time.UTC), false},
		{vgt.EuropeanUnion, j("GB"), day("2020-02-01"), false},
		{vgt.EuropeanUnion, j("GB"), day("1972-12-31"), false},
		{vgt.EuropeanUnion, j("GB"), day("1973-01-01"), true},
		{vgt.EuropeanUnion, j("HR"), day("2013-06-30"), false},
		{vgt.EuropeanUnion, j("HR"), day("2013-07-01"), true},
		{vgt.EuropeanUnion, j("PL"), day("2004-04-30"), false},
		{vgt.EuropeanUnion, j("PL"), day("2004-05-01"), true},
		{vgt.EuropeanUnion, j("FR"), day("1957-12-31"), false},
		{vgt.EuropeanUnion, j("FR"), day("1958-01-01"), true},
		{vgt.EuropeanUnion, j("FR"), day("2011-06-01"), true},
		{vgt.EuropeanUnion, j("NZ"), day("2011-06-01"), false},
		{vgt.EuropeanUnion, j("NO"), day("2011-06-01"), false},
		{vgt.EuropeanUnion, j("150"), day("2011-06-01"), false},
		{vgt.EuropeanUnion, vgt.World, day("2011-06-01"), false},
		{vgt.EuropeanUnion, vgt.EuropeanUnion, day("1900-01-01"), true},
		{vgt.World, j("FR"), day("2011-06-01"), true},
		{vgt.World, vgt.EuropeanUnion, day("2011-06-01"), true},
		{vgt.World, j("150"), day("2011-06-01"), true},
		{vgt.World, vgt.World, day("2011-06-01"), true},
		{j("150"), j("FR"), day("2011-06-01"), true},
		{j("150"), j("155"), day("2011-06-01"), true},
		{j("155"), j("150"), day("2011-06-01"), false},
		{j("150"), j("NZ"), day("2011-06-01"), false},
		{j("150"), vgt.EuropeanUnion, day("2011-06-01"), false},
		{j("150"), vgt.World, day("2011-06-01"), false},
		{j("419"), j("MX"), day("2011-06-01"), true},
		{j("NZ"), j("NZ"), day("2011-06-01"), true},
		{j("FR"), j("FR"), day("1900-01-01"), true},
		{j("FR"), j("GF"), day("2011-06-01"), false},
		{j("GB"), vgt.EuropeanUnion, day("2011-06-01"), false},
		{j("NZ"), vgt.World, day("2011-06-01"), false},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s⊇%s@%s", tt.j, tt.k, tt.at.Format(time.RFC3339Nano)), func(t *testing.T) {
			assert.Equal(t, tt.want, tt.j.ContainsAt(tt.k, tt.at))
		})
	}
}

func TestJurisdictionContainsNow(t *testing.T) {
	j := vgt.MustParseJurisdiction
	assert.True(t, vgt.EuropeanUnion.Contains(j("FR")))
	assert.True(t, vgt.EuropeanUnion.Contains(j("HR")))
	assert.False(t, vgt.EuropeanUnion.Contains(j("GB")), "x/text's CLDR 32 data still says yes")
	assert.True(t, vgt.World.Contains(j("NZ")))

	var members []string
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			k, err := vgt.ParseJurisdiction(string([]rune{a, b}))
			if err == nil && k.IsCountry() && vgt.EuropeanUnion.Contains(k) {
				members = append(members, k.String())
			}
		}
	}
	assert.Equal(t, []string{
		"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
		"IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
	}, members)
}

func TestJurisdictionContainsAtDoesNotAllocate(t *testing.T) {
	at := time.Date(2011, 6, 1, 0, 0, 0, 0, time.UTC)
	pairs := [][2]vgt.Jurisdiction{
		{vgt.EuropeanUnion, vgt.MustParseJurisdiction("GB")},
		{vgt.EuropeanUnion, vgt.MustParseJurisdiction("NZ")},
		{vgt.World, vgt.MustParseJurisdiction("FR")},
		{vgt.MustParseJurisdiction("150"), vgt.MustParseJurisdiction("FR")},
		{vgt.MustParseJurisdiction("FR"), vgt.MustParseJurisdiction("FR")},
		{vgt.MustParseJurisdiction("FR"), vgt.Jurisdiction{}},
	}
	var sink bool
	allocs := testing.AllocsPerRun(100, func() {
		for _, p := range pairs {
			sink = p[0].ContainsAt(p[1], at)
			sink = p[0].Compare(p[1]) < 0 || sink
		}
	})
	assert.Zero(t, allocs)
	_ = sink
}

func TestJurisdictionName(t *testing.T) {
	codes := []string{"GB", "EU", "001", "FR", "NZ", "AE", "AU", "CA", "US", "IT"}
	names := map[string][]string{
		"en": {"United Kingdom", "European Union", "World", "France", "New Zealand",
			"United Arab Emirates", "Australia", "Canada", "United States", "Italy"},
		"fr": {"Royaume-Uni", "Union européenne", "Monde", "France", "Nouvelle-Zélande",
			"Émirats arabes unis", "Australie", "Canada", "États-Unis", "Italie"},
		"it": {"Regno Unito", "Unione Europea", "Mondo", "Francia", "Nuova Zelanda",
			"Emirati Arabi Uniti", "Australia", "Canada", "Stati Uniti", "Italia"},
		"ar": {"المملكة المتحدة", "الاتحاد الأوروبي", "العالم", "فرنسا", "نيوزيلندا",
			"الإمارات العربية المتحدة", "أستراليا", "كندا", "الولايات المتحدة", "إيطاليا"},
		"es": {"Reino Unido", "Unión Europea", "Mundo", "Francia", "Nueva Zelanda",
			"Emiratos Árabes Unidos", "Australia", "Canadá", "Estados Unidos", "Italia"},
		"de": {"Vereinigtes Königreich", "Europäische Union", "Welt", "Frankreich", "Neuseeland",
			"Vereinigte Arabische Emirate", "Australien", "Kanada", "Vereinigte Staaten", "Italien"},
	}
	for lang, want := range names {
		for i, code := range codes {
			t.Run(lang+"/"+code, func(t *testing.T) {
				assert.Equal(t, want[i], vgt.MustParseJurisdiction(code).Name(language.MustParse(lang)))
			})
		}
	}
}

func TestJurisdictionNameFallback(t *testing.T) {
	tests := []struct {
		lang, code, want string
	}{
		{"fr-CA", "GB", "Royaume-Uni"},     // a regional variant names as its language
		{"en-GB", "EU", "European Union"},  // likewise
		{"de-CH", "GB", "Grossbritannien"}, // with its own spelling
		{"arb", "FR", "فرنسا"},             // Standard Arabic is Arabic
		{"nb-NO", "GB", "Storbritannia"},   // CLDR 32 files Bokmål as "no"; not Danish
		{"nb", "EU", "European Union"},     // Norwegian's name for the EU is "EU", the code
		{"mt", "CN", "China"},              // Maltese data has the code, not a name
		{"kl", "GB", "United Kingdom"},     // Greenlandic has no region names
		{"haw", "EU", "European Union"},    // Hawaiian names GB but not the EU
		{"la", "FR", "France"},             // display would answer in Italian
		{"ku", "FR", "France"},             // display would answer in Turkish
		{"ru-Latn", "FR", "France"},        // display would answer in Cyrillic
		{"und", "NZ", "New Zealand"},       // no language at all
		{"tlh", "NZ", "New Zealand"},       // a language display does not know
		{"zu", "EU", "i-European Union"},   // CLDR's Zulu, prefix and all
		{"zu", "FR", "i-France"},           // every Zulu name has it
		{"zu", "001", "umhlaba"},           // and translated names have it too, where due
		{"sr-Latn", "GB", "Ujedinjeno Kraljevstvo"},
		{"zh-TW", "GB", "英國"},
		{"fr", "150", "Europe"},
		{"fr", "419", "Amérique latine"},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.code, func(t *testing.T) {
			assert.Equal(t, tt.want, vgt.MustParseJurisdiction(tt.code).Name(language.MustParse(tt.lang)))
		})
	}
	assert.Equal(t, "World", vgt.World.Name(language.Tag{}))
}

// TestJurisdictionNameEveryCode checks that no accepted code is left without
// a name, which is what the English fallback promises.
func TestJurisdictionNameEveryCode(t *testing.T) {
	var codes []string
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			codes = append(codes, string([]rune{a, b}))
		}
	}
	for n := range 1000 {
		codes = append(codes, fmt.Sprintf("%03d", n))
	}
	langs := []language.Tag{language.English, language.French, language.Arabic, language.Make("mt"),
		language.Make("kl"), language.Make("ps"), language.Make("zgh"), language.Make("prg")}
	for _, code := range codes {
		j, err := vgt.ParseJurisdiction(code)
		if err != nil {
			continue
		}
		for _, lang := range langs {
			name := j.Name(lang)
			assert.NotEmpty(t, name, "%s in %s", code, lang)
			assert.NotEqual(t, j.String(), name, "%s in %s", code, lang)
		}
	}
}

func TestJurisdictionNameConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for _, lang := range []string{"fr", "de", "it", "es", "ar", "en", "fr-CA", "zu"} {
		wg.Go(func() {
			tag := language.MustParse(lang)
			for range 100 {
				assert.NotEmpty(t, vgt.EuropeanUnion.Name(tag))
			}
		})
	}
	wg.Wait()
}

func FuzzParseJurisdiction(f *testing.F) {
	for _, s := range []string{
		"GB", "gb", "UK", "uk", "EU", "eu", "001", "150", "419", "NZ", "AE", "us",
		"", "G", "GBR", "FRA", "250", "967", "000", "999", "SU", "YU", "DD", "QO",
		"XA", "XK", "ZZ", "EZ", "UN", "gb ", "\x00", "\xff\xfe", "é", "1e2", "+01",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		j, err := vgt.ParseJurisdiction(s)
		if err != nil {
			require.ErrorIs(t, err, vgt.ErrInvalidJurisdiction)
			require.True(t, strings.HasPrefix(err.Error(), "vgt: "), err.Error())
			require.True(t, quotes(err.Error(), s), err.Error())
			require.Equal(t, vgt.Jurisdiction{}, j)
			return
		}
		require.True(t, j.IsValid())
		require.NotEqual(t, j.IsCountry(), j.IsGroup())
		require.Equal(t, strings.ToUpper(j.String()), j.String())

		again, err := vgt.ParseJurisdiction(j.String())
		require.NoError(t, err)
		require.Equal(t, j, again)

		text, err := j.MarshalText()
		require.NoError(t, err)
		require.Equal(t, j.String(), string(text))
		var back vgt.Jurisdiction
		require.NoError(t, back.UnmarshalText(text))
		require.Equal(t, j, back)

		require.True(t, j.ContainsAt(j, time.Time{}))
		require.True(t, vgt.World.ContainsAt(j, time.Time{}))
		require.NotEmpty(t, j.Name(language.English))
	})
}
