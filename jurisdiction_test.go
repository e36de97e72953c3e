package vgt_test

import (
	"bytes"
	"database/sql"
	"database/sql/driver"
	"encoding"
	"encoding/gob"
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
	"golang.org/x/text/language/display"

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
		{"AC", `reserved code, not a country in ISO 3166-1; the place is part of "SH"`},
		{"IC", `part of "ES-CN"`},
		{"EA", `part of "ES"`},
		{"DG", `part of "IO"`},
		{"CQ", "reserved"},
		{"FQ", "reserved"},
		{"AB", "not an ISO 3166-1 alpha-2 code"},
		{"GB-XYZ", "not an ISO 3166-2 code the package accepts; for GB it accepts GB-EAW, GB-ENG, GB-GBN, GB-NIR, GB-SCT, GB-WLS"},
		{"gb-lnd", "for GB it accepts GB-EAW"}, // ISO 3166-2 has it (London), the package does not
		{"PT-99", "for PT it accepts PT-20, PT-30"},
		{"ES-M", "for ES it accepts ES-CN"},
		{"UK-ENG", `ISO 3166-2 codes of GB start with "GB"; use "GB-ENG"`},
		{"uk-eaw", `use "GB-EAW"`},
		{"UK-XYZ", "for GB it accepts GB-EAW"},
		{"FR-75", `the package accepts no ISO 3166-2 code of FR; "FR" names all of it`},
		{"RE-01", `"RE" names all of it`},
		{"SU-01", `not an ISO 3166-2 code: "SU" is not a country in ISO 3166-1`},
		{"EU-01", `"EU" is not a country`},
		{"XK-01", `"XK" is not a country`},
		{"ZZ-ZZ", `"ZZ" is not a country`},
		{"G1-EAW", "not an ISO 3166-2 code"},
		{"GB-E W", "not an ISO 3166-2 code"},
		{"GB-EÁ", "not an ISO 3166-2 code"},
		{"GB-E\x00", "not an ISO 3166-2 code"},
		{"GB-", "alpha-2"},
		{"GB-EAWX", "alpha-2"},
		{"GB_EAW", "alpha-2"},
		{"GB--", "not an ISO 3166-2 code"},
		{"-GB-EAW", "alpha-2"},
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
		{j("FR"), j("GF"), day("2011-06-01"), true}, // issue 8: France answers for French Guiana
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

	var members, territories []string
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			k, err := vgt.ParseJurisdiction(string([]rune{a, b}))
			if err != nil || !k.IsCountry() || !vgt.EuropeanUnion.Contains(k) {
				continue
			}
			if k.StateAt(time.Now()) == k {
				members = append(members, k.String())
			} else {
				territories = append(territories, k.String())
			}
		}
	}
	assert.Equal(t, []string{
		"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
		"IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
	}, members)
	// The outermost regions with an alpha-2 code (art. 349 TFEU), and Åland.
	assert.Equal(t, []string{"AX", "GF", "GP", "MF", "MQ", "RE", "YT"}, territories)
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
		"GB-EAW", "gb-sct", "GB-UKM", "UK-ENG", "GB-XYZ", "ES-CN", "pt-20", "FR-75", "SU-01",
		"GB-", "GB--", "GB-EAWX", "GB-E\x00", "IC", "RE", "HK",
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
		kinds := 0
		for _, is := range []bool{j.IsCountry(), j.IsSubdivision(), j.IsGroup()} {
			if is {
				kinds++
			}
		}
		require.Equal(t, 1, kinds, "exactly one kind")
		require.Equal(t, strings.ToUpper(j.String()), j.String())
		if u := strings.ToUpper(s); u != "UK" && u != "GB-UKM" {
			require.Equal(t, u, j.String(), "only case and the aliases of GB change a code")
		}

		again, err := vgt.ParseJurisdiction(j.String())
		require.NoError(t, err)
		require.Equal(t, j, again)

		text, err := j.MarshalText()
		require.NoError(t, err)
		require.Equal(t, j.String(), string(text))
		var back vgt.Jurisdiction
		require.NoError(t, back.UnmarshalText(text))
		require.Equal(t, j, back)

		bin, err := j.MarshalBinary()
		require.NoError(t, err)
		var fromBin vgt.Jurisdiction
		require.NoError(t, fromBin.UnmarshalBinary(bin))
		require.Equal(t, j, fromBin)
		v, err := j.Value()
		require.NoError(t, err)
		var scanned vgt.Jurisdiction
		require.NoError(t, scanned.Scan(v))
		require.Equal(t, j, scanned)

		now := time.Now()
		require.True(t, j.ContainsAt(j, time.Time{}))
		require.True(t, vgt.World.ContainsAt(j, time.Time{}))
		require.True(t, j.OverlapsAt(j, now))
		require.True(t, j.StateAt(now).IsValid() != j.IsGroup())
		require.True(t, j.StateAt(now).ContainsAt(j, now) || j.IsGroup())
		if c := j.Country(); c.IsValid() {
			require.True(t, c.ContainsAt(j, now))
			require.True(t, c.IsCountry())
		}
		require.NotEmpty(t, j.Name(language.English))
		require.NotEqual(t, j.String(), j.Name(language.French))
	})
}

func TestParseJurisdictionSubdivisions(t *testing.T) {
	tests := []struct {
		in, want, country string
	}{
		{"GB-EAW", "GB-EAW", "GB"},
		{"gb-eaw", "GB-EAW", "GB"},
		{"Gb-eAw", "GB-EAW", "GB"},
		{"GB-ENG", "GB-ENG", "GB"},
		{"GB-WLS", "GB-WLS", "GB"},
		{"gb-sct", "GB-SCT", "GB"},
		{"GB-NIR", "GB-NIR", "GB"},
		{"GB-GBN", "GB-GBN", "GB"},
		{"ES-CN", "ES-CN", "ES"},
		{"es-cn", "ES-CN", "ES"},
		{"PT-20", "PT-20", "PT"},
		{"pt-30", "PT-30", "PT"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			j, err := vgt.ParseJurisdiction(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, j.String())
			assert.True(t, j.IsValid())
			assert.True(t, j.IsSubdivision())
			assert.False(t, j.IsCountry())
			assert.False(t, j.IsGroup())
			assert.Equal(t, vgt.MustParseJurisdiction(tt.country), j.Country())
			assert.Equal(t, language.MustParseRegion(tt.country), j.Region())
			assert.Equal(t, vgt.MustParseJurisdiction(tt.want), j)
		})
	}

	// GB-UKM is ISO 3166-2's code for the whole United Kingdom: it is GB,
	// as UK is.
	for _, s := range []string{"GB-UKM", "gb-ukm"} {
		j, err := vgt.ParseJurisdiction(s)
		require.NoError(t, err)
		assert.Equal(t, vgt.MustParseJurisdiction("GB"), j)
		assert.False(t, j.IsSubdivision())
	}
}

func TestJurisdictionKinds(t *testing.T) {
	tests := []struct {
		code                      string
		country, subdivision, grp bool
	}{
		{"GB", true, false, false},
		{"RE", true, false, false},
		{"HK", true, false, false},
		{"GB-EAW", false, true, false},
		{"PT-20", false, true, false},
		{"EU", false, false, true},
		{"001", false, false, true},
		{"419", false, false, true},
	}
	for _, tt := range tests {
		j := vgt.MustParseJurisdiction(tt.code)
		assert.Equal(t, tt.country, j.IsCountry(), tt.code)
		assert.Equal(t, tt.subdivision, j.IsSubdivision(), tt.code)
		assert.Equal(t, tt.grp, j.IsGroup(), tt.code)
	}
	var z vgt.Jurisdiction
	assert.False(t, z.IsSubdivision())
	assert.Equal(t, vgt.Jurisdiction{}, z.Country())
	assert.Equal(t, vgt.Jurisdiction{}, z.StateAt(time.Now()))
	assert.Equal(t, vgt.Jurisdiction{}, vgt.EuropeanUnion.Country())
	assert.Equal(t, vgt.Jurisdiction{}, vgt.World.StateAt(time.Now()))
	assert.Equal(t, vgt.MustParseJurisdiction("RE"), vgt.MustParseJurisdiction("RE").Country())
}

// day returns midnight UTC of an ISO 8601 date.
func jday(t *testing.T, s string) time.Time {
	t.Helper()
	d, err := time.Parse(time.DateOnly, s)
	require.NoError(t, err)
	return d
}

// TestJurisdictionTerritories checks, for every dependent territory that
// issue 8 lists, that its state contains it today and that nothing else
// named here does. The list is written out rather than read from the
// package's table, so that a slip in either shows.
func TestJurisdictionTerritories(t *testing.T) {
	states := map[string][]string{
		"US": {"PR", "GU", "VI", "AS", "MP", "UM"},
		"FR": {"RE", "GF", "GP", "MQ", "YT", "MF", "BL", "PM", "NC", "PF", "WF", "TF"},
		"AU": {"CX", "CC", "NF", "HM"},
		"FI": {"AX"},
		"DK": {"GL", "FO"},
		"NL": {"AW", "CW", "SX", "BQ"},
		"GB": {"GI", "BM", "KY", "VG", "AI", "MS", "TC", "FK", "SH", "PN", "IO", "GS", "GG", "JE", "IM"},
		"NZ": {"TK"},
		"CN": {"HK", "MO"},
		"NO": {"SJ", "BV"},
	}
	now := time.Now()
	for state, territories := range states {
		s := vgt.MustParseJurisdiction(state)
		for _, code := range territories {
			k := vgt.MustParseJurisdiction(code)
			t.Run(state+"⊇"+code, func(t *testing.T) {
				assert.True(t, s.Contains(k))
				assert.True(t, s.Overlaps(k))
				assert.False(t, k.Contains(s), "a territory does not contain its state")
				assert.Equal(t, s, k.StateAt(now))
				assert.True(t, k.IsCountry())
				assert.True(t, vgt.World.Contains(k))
				for other := range states {
					if other != state {
						assert.False(t, vgt.MustParseJurisdiction(other).Contains(k), "%s⊇%s", other, code)
					}
				}
			})
		}
		assert.Equal(t, s, s.StateAt(now), "a state is its own state")
	}
	// Free association: the Cook Islands and Niue are their own states.
	for _, code := range []string{"CK", "NU"} {
		k := vgt.MustParseJurisdiction(code)
		assert.False(t, vgt.MustParseJurisdiction("NZ").Contains(k), code)
		assert.False(t, vgt.MustParseJurisdiction("NZ").Overlaps(k), code)
		assert.Equal(t, k, k.StateAt(now), code)
	}
	assert.Equal(t, vgt.MustParseJurisdiction("GB"), vgt.MustParseJurisdiction("GB-EAW").StateAt(now))
	assert.Equal(t, vgt.MustParseJurisdiction("ES"), vgt.MustParseJurisdiction("ES-CN").StateAt(now))
}

func TestJurisdictionStateAt(t *testing.T) {
	j := vgt.MustParseJurisdiction
	hkt := time.FixedZone("HKT", 8*60*60)
	tests := []struct {
		code string
		at   time.Time
		want string
	}{
		{"HK", jday(t, "1990-01-01"), "GB"},
		{"HK", time.Date(1997, 6, 30, 23, 59, 59, 0, hkt), "GB"},
		{"HK", time.Date(1997, 7, 1, 0, 0, 0, 0, hkt), "CN"},
		{"HK", jday(t, "2020-01-01"), "CN"},
		{"MO", jday(t, "1999-12-19"), "PT"},
		{"MO", time.Date(1999, 12, 19, 16, 0, 0, 0, time.UTC), "CN"},
		{"RE", jday(t, "1960-01-01"), "FR"},
		{"CK", jday(t, "2020-01-01"), "CK"},
		{"FR", jday(t, "2020-01-01"), "FR"},
		{"GB-SCT", jday(t, "2020-01-01"), "GB"},
	}
	for _, tt := range tests {
		assert.Equal(t, j(tt.want), j(tt.code).StateAt(tt.at), "%s at %s", tt.code, tt.at)
	}
}

func TestJurisdictionContainsAtTerritoriesAndSubdivisions(t *testing.T) {
	j := vgt.MustParseJurisdiction
	cet := time.FixedZone("CET", 60*60)
	hkt := time.FixedZone("HKT", 8*60*60)
	tests := []struct {
		j, k vgt.Jurisdiction
		at   time.Time
		want bool
	}{
		// The cases of issue 8.
		{j("US"), j("PR"), jday(t, "2011-06-01"), true},
		{j("FR"), j("RE"), jday(t, "2011-06-01"), true},
		{vgt.EuropeanUnion, j("RE"), jday(t, "2011-06-01"), true},
		{vgt.EuropeanUnion, j("NC"), jday(t, "2011-06-01"), false},
		{j("GB"), j("GI"), jday(t, "2011-06-01"), true},
		{vgt.EuropeanUnion, j("GI"), jday(t, "2019-06-01"), true},
		{vgt.EuropeanUnion, j("GI"), time.Date(2020, 1, 31, 23, 59, 0, 0, cet), true},
		{vgt.EuropeanUnion, j("GI"), time.Date(2020, 2, 1, 0, 0, 0, 0, cet), false},
		{vgt.EuropeanUnion, j("GI"), jday(t, "1972-12-31"), false},
		{vgt.EuropeanUnion, j("GI"), jday(t, "1973-01-01"), true},

		// The Union's territories at their dates.
		{vgt.EuropeanUnion, j("RE"), jday(t, "1957-12-31"), false},
		{vgt.EuropeanUnion, j("RE"), jday(t, "1958-01-01"), true},
		{vgt.EuropeanUnion, j("GF"), jday(t, "2011-06-01"), true},
		{vgt.EuropeanUnion, j("GP"), jday(t, "2011-06-01"), true},
		{vgt.EuropeanUnion, j("MQ"), jday(t, "2011-06-01"), true},
		{vgt.EuropeanUnion, j("MF"), jday(t, "2011-06-01"), true},
		{vgt.EuropeanUnion, j("YT"), time.Date(2013, 12, 31, 23, 59, 0, 0, cet), false},
		{vgt.EuropeanUnion, j("YT"), time.Date(2014, 1, 1, 0, 0, 0, 0, cet), true},
		{vgt.EuropeanUnion, j("BL"), jday(t, "2011-06-01"), true},
		{vgt.EuropeanUnion, j("BL"), time.Date(2012, 1, 1, 0, 0, 0, 0, cet), false},
		{vgt.EuropeanUnion, j("AX"), jday(t, "1994-12-31"), false},
		{vgt.EuropeanUnion, j("AX"), jday(t, "1995-01-01"), true},
		{vgt.EuropeanUnion, j("GL"), jday(t, "1980-01-01"), true},
		{vgt.EuropeanUnion, j("GL"), time.Date(1985, 2, 1, 0, 0, 0, 0, cet), false},
		{vgt.EuropeanUnion, j("GL"), jday(t, "2011-06-01"), false},
		{vgt.EuropeanUnion, j("PF"), jday(t, "2011-06-01"), false},
		{vgt.EuropeanUnion, j("WF"), jday(t, "2011-06-01"), false},
		{vgt.EuropeanUnion, j("PM"), jday(t, "1980-01-01"), false},
		{vgt.EuropeanUnion, j("TF"), jday(t, "2011-06-01"), false},
		{vgt.EuropeanUnion, j("AW"), jday(t, "2011-06-01"), false},
		{vgt.EuropeanUnion, j("CW"), jday(t, "2011-06-01"), false},
		{vgt.EuropeanUnion, j("BQ"), jday(t, "2011-06-01"), false},
		{vgt.EuropeanUnion, j("FO"), jday(t, "2011-06-01"), false},
		{vgt.EuropeanUnion, j("JE"), jday(t, "2011-06-01"), false},
		{vgt.EuropeanUnion, j("IM"), jday(t, "2011-06-01"), false},
		{vgt.EuropeanUnion, j("KY"), jday(t, "2011-06-01"), false},
		{vgt.EuropeanUnion, j("PR"), jday(t, "2011-06-01"), false},
		{vgt.EuropeanUnion, j("HK"), jday(t, "1990-01-01"), false},

		// Sovereignty at its dates.
		{j("GB"), j("HK"), jday(t, "1990-01-01"), true},
		{j("GB"), j("HK"), time.Date(1997, 7, 1, 0, 0, 0, 0, hkt), false},
		{j("CN"), j("HK"), time.Date(1997, 7, 1, 0, 0, 0, 0, hkt), true},
		{j("CN"), j("HK"), jday(t, "1990-01-01"), false},
		{j("PT"), j("MO"), jday(t, "1999-01-01"), true},
		{j("CN"), j("MO"), jday(t, "2000-01-01"), true},

		// A territory contains only itself, and groups place it by
		// geography.
		{j("RE"), j("FR"), jday(t, "2011-06-01"), false},
		{j("PR"), j("US"), jday(t, "2011-06-01"), false},
		{j("RE"), j("YT"), jday(t, "2011-06-01"), false},
		{j("150"), j("RE"), jday(t, "2011-06-01"), false},
		{j("002"), j("RE"), jday(t, "2011-06-01"), true},
		{j("419"), j("PR"), jday(t, "2011-06-01"), true},
		{j("NZ"), j("CK"), jday(t, "2011-06-01"), false},
		{j("US"), j("GB"), jday(t, "2011-06-01"), false},

		// Subdivisions (issue 7).
		{j("GB"), j("GB-EAW"), jday(t, "2011-06-01"), true},
		{j("GB"), j("GB-ENG"), jday(t, "2011-06-01"), true},
		{j("GB"), j("GB-NIR"), jday(t, "2011-06-01"), true},
		{j("GB"), j("GB-GBN"), jday(t, "2011-06-01"), true},
		{j("GB-EAW"), j("GB-ENG"), jday(t, "2011-06-01"), true},
		{j("GB-EAW"), j("GB-WLS"), jday(t, "2011-06-01"), true},
		{j("GB-EAW"), j("GB-SCT"), jday(t, "2011-06-01"), false},
		{j("GB-EAW"), j("GB-NIR"), jday(t, "2011-06-01"), false},
		{j("GB-EAW"), j("GB-EAW"), jday(t, "2011-06-01"), true},
		{j("GB-EAW"), j("GB-GBN"), jday(t, "2011-06-01"), false},
		{j("GB-EAW"), j("GB"), jday(t, "2011-06-01"), false},
		{j("GB-GBN"), j("GB-EAW"), jday(t, "2011-06-01"), true},
		{j("GB-GBN"), j("GB-SCT"), jday(t, "2011-06-01"), true},
		{j("GB-GBN"), j("GB-NIR"), jday(t, "2011-06-01"), false},
		{j("GB-ENG"), j("GB-EAW"), jday(t, "2011-06-01"), false},
		{j("GB-ENG"), j("GI"), jday(t, "2011-06-01"), false},
		{j("FR"), j("GB-ENG"), jday(t, "2011-06-01"), false},
		{j("ES"), j("ES-CN"), jday(t, "2011-06-01"), true},
		{j("PT"), j("PT-20"), jday(t, "2011-06-01"), true},
		{j("PT"), j("ES-CN"), jday(t, "2011-06-01"), false},
		{j("PT-20"), j("PT-30"), jday(t, "2011-06-01"), false},
		{vgt.World, j("GB-EAW"), jday(t, "2011-06-01"), true},
		{vgt.World, j("PT-30"), jday(t, "1900-01-01"), true},
		{vgt.EuropeanUnion, j("GB-EAW"), jday(t, "2011-06-01"), true},
		{vgt.EuropeanUnion, j("GB-SCT"), jday(t, "2011-06-01"), true},
		{vgt.EuropeanUnion, j("GB-EAW"), jday(t, "2020-02-01"), false},
		{vgt.EuropeanUnion, j("GB-EAW"), jday(t, "1972-12-31"), false},
		{vgt.EuropeanUnion, j("ES-CN"), jday(t, "1985-12-31"), false},
		{vgt.EuropeanUnion, j("ES-CN"), jday(t, "1986-01-01"), true},
		{vgt.EuropeanUnion, j("PT-20"), jday(t, "2011-06-01"), true},
		{j("150"), j("GB-EAW"), jday(t, "2011-06-01"), true},
		{j("150"), j("ES-CN"), jday(t, "2011-06-01"), true}, // M.49 counts the Canaries with Spain
		{j("002"), j("ES-CN"), jday(t, "2011-06-01"), false},
		{j("GB-EAW"), vgt.EuropeanUnion, jday(t, "2011-06-01"), false},
		{j("GB-EAW"), vgt.World, jday(t, "2011-06-01"), false},
		{j("GB-EAW"), vgt.Jurisdiction{}, jday(t, "2011-06-01"), false},
		{vgt.World, vgt.Jurisdiction{}, jday(t, "2011-06-01"), false},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s⊇%s@%s", tt.j, tt.k, tt.at.Format(time.RFC3339)), func(t *testing.T) {
			assert.Equal(t, tt.want, tt.j.ContainsAt(tt.k, tt.at))
			if tt.want {
				assert.True(t, tt.j.OverlapsAt(tt.k, tt.at), "containment implies overlap")
			}
		})
	}
}

func TestJurisdictionOverlapsAt(t *testing.T) {
	j := vgt.MustParseJurisdiction
	at, after := jday(t, "2011-06-01"), jday(t, "2021-06-01")
	tests := []struct {
		j, k vgt.Jurisdiction
		at   time.Time
		want bool
	}{
		// The cases of issue 7.
		{j("GB-EAW"), j("GB"), at, true},
		{j("GB-EAW"), j("GB-SCT"), at, false},
		{j("FR"), vgt.EuropeanUnion, at, true},

		{j("GB-EAW"), j("GB-GBN"), at, true},
		{j("GB-EAW"), j("GB-ENG"), at, true},
		{j("GB-GBN"), j("GB-NIR"), at, false},
		{j("GB-ENG"), j("GB-WLS"), at, false},
		{j("PT-20"), j("PT-30"), at, false},
		{j("PT-20"), j("PT"), at, true},
		{j("ES-CN"), j("PT-20"), at, false},
		{j("ES-CN"), j("002"), at, false},
		{j("ES-CN"), j("150"), at, true},
		{j("GB-SCT"), vgt.EuropeanUnion, at, true},
		{j("GB-SCT"), vgt.EuropeanUnion, after, false},
		{j("GB-SCT"), j("FR"), at, false},
		{j("GB-SCT"), j("GI"), at, false},
		{j("GB-SCT"), vgt.World, at, true},

		// A state's territory includes the territories it answers for.
		{j("FR"), j("002"), at, true},  // Réunion, Mayotte
		{j("FR"), j("009"), at, true},  // New Caledonia, French Polynesia
		{j("FR"), j("150"), at, true},  // France itself
		{j("FR"), j("142"), at, false}, // nothing in Asia
		{j("US"), j("419"), at, true},  // Puerto Rico, the Virgin Islands
		{j("DK"), j("003"), at, true},  // Greenland
		{j("NZ"), j("CK"), at, false},
		{j("GB"), j("142"), jday(t, "1990-01-01"), true}, // Hong Kong
		{j("GB"), j("142"), jday(t, "2000-01-01"), false},
		{j("CN"), j("GB"), jday(t, "1990-01-01"), false},
		{j("US"), j("GB"), at, false},
		{j("RE"), j("YT"), at, false},
		{j("RE"), j("FR"), at, true},

		// The Union's territory, at a date.
		{vgt.EuropeanUnion, j("NC"), at, false},
		{vgt.EuropeanUnion, j("GB"), at, true},
		{vgt.EuropeanUnion, j("GB"), after, false},
		{vgt.EuropeanUnion, j("419"), at, true},  // French Guiana and the French Antilles
		{vgt.EuropeanUnion, j("002"), at, true},  // Réunion and Mayotte
		{vgt.EuropeanUnion, j("142"), at, true},  // Cyprus, in Western Asia
		{vgt.EuropeanUnion, j("009"), at, false}, // New Caledonia and French Polynesia are not in the Union
		{vgt.EuropeanUnion, j("419"), jday(t, "1957-01-01"), false},
		{vgt.EuropeanUnion, j("003"), jday(t, "1980-01-01"), true}, // Greenland, then in
		{vgt.EuropeanUnion, j("021"), jday(t, "2011-06-01"), false},

		// UN M.49 groups.
		{j("003"), j("419"), at, true}, // Central America and the Caribbean
		{j("150"), j("002"), at, false},
		{j("150"), j("155"), at, true},
		{j("142"), j("150"), at, false},

		{vgt.World, j("NC"), at, true},
		{vgt.Jurisdiction{}, vgt.World, at, false},
		{vgt.Jurisdiction{}, vgt.Jurisdiction{}, at, false},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s∩%s@%s", tt.j, tt.k, tt.at.Format(time.DateOnly)), func(t *testing.T) {
			assert.Equal(t, tt.want, tt.j.OverlapsAt(tt.k, tt.at))
			assert.Equal(t, tt.want, tt.k.OverlapsAt(tt.j, tt.at), "symmetric")
		})
	}
	assert.True(t, j("GB-EAW").Overlaps(j("GB")))
	assert.False(t, j("GB-EAW").Overlaps(j("GB-SCT")))
	assert.False(t, j("GB").Overlaps(vgt.EuropeanUnion))
}

// TestJurisdictionRelations checks the rules that tie ContainsAt and
// OverlapsAt together, over a sample of every kind of jurisdiction at dates
// on both sides of the changes the tables record.
func TestJurisdictionRelations(t *testing.T) {
	var js []vgt.Jurisdiction
	for _, s := range []string{
		"001", "002", "003", "009", "014", "019", "029", "142", "145", "150", "154", "419", "EU",
		"GB", "FR", "US", "NL", "DK", "CN", "NZ", "ES", "PT", "FI", "AU", "NO", "IT", "CY",
		"RE", "YT", "NC", "GI", "HK", "MO", "GL", "AX", "BL", "PR", "JE", "CK", "SX", "IO",
		"GB-EAW", "GB-ENG", "GB-WLS", "GB-SCT", "GB-NIR", "GB-GBN", "ES-CN", "PT-20", "PT-30",
	} {
		js = append(js, vgt.MustParseJurisdiction(s))
	}
	js = append(js, vgt.Jurisdiction{})
	for _, at := range []string{"1980-01-01", "1990-01-01", "2011-06-01", "2021-06-01"} {
		when := jday(t, at)
		for _, a := range js {
			assert.Equal(t, a.IsValid(), a.ContainsAt(a, when), "%s reflexive", a)
			assert.Equal(t, a.IsValid(), a.OverlapsAt(a, when), "%s overlaps itself", a)
			assert.Equal(t, a.IsValid(), vgt.World.ContainsAt(a, when), "world ⊇ %s", a)
			for _, b := range js {
				c, o := a.ContainsAt(b, when), a.OverlapsAt(b, when)
				if c {
					assert.True(t, o, "%s ⊇ %s but no overlap at %s", a, b, at)
				}
				assert.Equal(t, o, b.OverlapsAt(a, when), "%s ∩ %s symmetric at %s", a, b, at)
				if c && b.ContainsAt(a, when) {
					assert.Equal(t, a, b, "%s and %s contain each other at %s", a, b, at)
				}
			}
		}
	}
}

func TestJurisdictionSubdivisionNames(t *testing.T) {
	codes := []string{"GB-EAW", "GB-ENG", "GB-WLS", "GB-SCT", "GB-NIR", "GB-GBN", "ES-CN", "PT-20", "PT-30"}
	names := map[string][]string{
		"en": {"England and Wales", "England", "Wales", "Scotland", "Northern Ireland", "Great Britain",
			"Canary Islands", "Azores", "Madeira"},
		"fr": {"Angleterre et pays de Galles", "Angleterre", "pays de Galles", "Écosse", "Irlande du Nord",
			"Grande-Bretagne", "Îles Canaries", "Açores", "Madère"},
		"it": {"Inghilterra e Galles", "Inghilterra", "Galles", "Scozia", "Irlanda del Nord", "Gran Bretagna",
			"Isole Canarie", "Azzorre", "Madera"},
		"es": {"Inglaterra y Gales", "Inglaterra", "Gales", "Escocia", "Irlanda del Norte", "Gran Bretaña",
			"Canarias", "Azores", "Madeira"},
		"de": {"England und Wales", "England", "Wales", "Schottland", "Nordirland", "Großbritannien",
			"Kanarische Inseln", "Azoren", "Madeira"},
		"ar": {"إنجلترا وويلز", "إنجلترا", "ويلز", "اسكتلندا", "أيرلندا الشمالية", "بريطانيا العظمى",
			"جزر الكناري", "جزر الأزور", "ماديرا"},
	}
	for lang, want := range names {
		for i, code := range codes {
			t.Run(lang+"/"+code, func(t *testing.T) {
				assert.Equal(t, want[i], vgt.MustParseJurisdiction(code).Name(language.MustParse(lang)))
			})
		}
	}

	tests := []struct {
		lang, code, want string
	}{
		{"fr-CA", "GB-EAW", "Angleterre et pays de Galles"}, // a regional variant names as its language
		{"ar-EG", "GB-SCT", "اسكتلندا"},
		{"arb", "GB-WLS", "ويلز"},
		{"es-419", "GB-NIR", "Irlanda del Norte"},
		{"de-CH", "GB-GBN", "Grossbritannien"}, // as x/text spells GB in Swiss German
		{"de-LI", "GB-GBN", "Grossbritannien"},
		{"de-AT", "GB-GBN", "Großbritannien"},
		{"zh", "GB-EAW", "England and Wales"}, // not one of the six: English
		{"nl", "GB-SCT", "Scotland"},
		{"und", "GB-ENG", "England"},
		{"tlh", "PT-20", "Azores"},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.code, func(t *testing.T) {
			assert.Equal(t, tt.want, vgt.MustParseJurisdiction(tt.code).Name(language.MustParse(tt.lang)))
		})
	}
	assert.Equal(t, "England and Wales", vgt.MustParseJurisdiction("GB-EAW").Name(language.Tag{}))

	// The names of the Canary Islands are CLDR's for IC, the code ISO
	// 3166-1 reserves for them, which x/text has.
	ic := language.MustParseRegion("IC")
	for _, lang := range []string{"en", "fr", "it", "es", "de", "ar"} {
		tag := language.MustParse(lang)
		assert.Equal(t, display.Regions(tag).Name(ic), vgt.MustParseJurisdiction("ES-CN").Name(tag), lang)
	}
	// A territory's name comes from x/text, like a country's.
	assert.Equal(t, "La Réunion", vgt.MustParseJurisdiction("RE").Name(language.French))
}

func TestJurisdictionSubdivisionsRoundTrip(t *testing.T) {
	for _, s := range []string{"GB-EAW", "gb-eng", "Gb-Wls", "GB-SCT", "GB-NIR", "GB-GBN", "es-cn", "PT-20", "pt-30"} {
		t.Run(s, func(t *testing.T) {
			j := vgt.MustParseJurisdiction(s)
			assert.Equal(t, strings.ToUpper(s), j.String())
			text, err := j.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, strings.ToUpper(s), string(text))
			var back vgt.Jurisdiction
			require.NoError(t, back.UnmarshalText(text))
			assert.Equal(t, j, back)

			data, err := json.Marshal(map[vgt.Jurisdiction]vgt.Jurisdiction{j: j})
			require.NoError(t, err)
			assert.JSONEq(t, fmt.Sprintf(`{%q:%q}`, j, j), string(data))
			var m map[vgt.Jurisdiction]vgt.Jurisdiction
			require.NoError(t, json.Unmarshal(data, &m))
			assert.Equal(t, map[vgt.Jurisdiction]vgt.Jurisdiction{j: j}, m)
		})
	}
}

func TestJurisdictionCompareSubdivisions(t *testing.T) {
	var js []vgt.Jurisdiction
	for _, s := range []string{"GD", "GB-WLS", "ES", "GB", "PT-30", "GB-EAW", "ES-CN", "001", "PT", "GB-ENG", "EU", "PT-20"} {
		js = append(js, vgt.MustParseJurisdiction(s))
	}
	js = append(js, vgt.Jurisdiction{})
	slices.SortFunc(js, vgt.Jurisdiction.Compare)
	var got []string
	for _, j := range js {
		got = append(got, j.String())
	}
	assert.Equal(t, []string{"", "001", "ES", "ES-CN", "EU", "GB", "GB-EAW", "GB-ENG", "GB-WLS", "GD", "PT", "PT-20", "PT-30"}, got)
	for _, a := range js {
		for _, b := range js {
			assert.Equal(t, strings.Compare(a.String(), b.String()), a.Compare(b), "%q %q", a, b)
			assert.Equal(t, a == b, a.Compare(b) == 0, "%q %q", a, b)
		}
	}
}

// The encoders that other packages find by interface.
var (
	_ encoding.TextAppender      = vgt.Jurisdiction{}
	_ encoding.TextMarshaler     = vgt.Jurisdiction{}
	_ encoding.TextUnmarshaler   = (*vgt.Jurisdiction)(nil)
	_ encoding.BinaryAppender    = vgt.Jurisdiction{}
	_ encoding.BinaryMarshaler   = vgt.Jurisdiction{}
	_ encoding.BinaryUnmarshaler = (*vgt.Jurisdiction)(nil)
	_ sql.Scanner                = (*vgt.Jurisdiction)(nil)
	_ driver.Valuer              = vgt.Jurisdiction{}
	_ fmt.Stringer               = vgt.Jurisdiction{}
)

func TestJurisdictionBinary(t *testing.T) {
	for _, s := range []string{"GB", "GB-EAW", "EU", "001", "RE", "PT-20"} {
		j := vgt.MustParseJurisdiction(s)
		data, err := j.MarshalBinary()
		require.NoError(t, err)
		assert.Equal(t, s, string(data))
		appended, err := j.AppendBinary([]byte{0xff})
		require.NoError(t, err)
		assert.Equal(t, append([]byte{0xff}, s...), appended)
		var back vgt.Jurisdiction
		require.NoError(t, back.UnmarshalBinary(data))
		assert.Equal(t, j, back)
	}
	var z vgt.Jurisdiction
	data, err := z.MarshalBinary()
	require.NoError(t, err)
	assert.Empty(t, data)
	back := vgt.MustParseJurisdiction("FR")
	require.NoError(t, back.UnmarshalBinary(data))
	assert.Equal(t, z, back)

	back = vgt.MustParseJurisdiction("FR")
	err = back.UnmarshalBinary([]byte("GB-XYZ"))
	require.ErrorIs(t, err, vgt.ErrInvalidJurisdiction)
	assert.Contains(t, err.Error(), `"GB-XYZ"`)
	assert.Equal(t, vgt.MustParseJurisdiction("FR"), back, "on error the value is unchanged")
}

func TestJurisdictionGob(t *testing.T) {
	type remit struct {
		Agency  string
		Home    vgt.Jurisdiction
		Remit   vgt.Jurisdiction
		Unknown vgt.Jurisdiction
		Also    []vgt.Jurisdiction
		ByCode  map[string]vgt.Jurisdiction
	}
	in := []remit{
		{
			Agency: "National Crime Squad",
			Home:   vgt.MustParseJurisdiction("GB"),
			Remit:  vgt.MustParseJurisdiction("GB-EAW"),
			Also:   []vgt.Jurisdiction{vgt.EuropeanUnion, {}, vgt.World, vgt.MustParseJurisdiction("ES-CN"), vgt.MustParseJurisdiction("RE")},
			ByCode: map[string]vgt.Jurisdiction{"sct": vgt.MustParseJurisdiction("GB-SCT"), "none": {}},
		},
		{Agency: "Unknown"},
	}
	var buf bytes.Buffer
	require.NoError(t, gob.NewEncoder(&buf).Encode(in))
	var out []remit
	require.NoError(t, gob.NewDecoder(&buf).Decode(&out))
	assert.Equal(t, in, out)

	// A stream with a bad code is an error that names it.
	// gob matches a BinaryMarshaler only with another, so write the bad
	// code through a type whose binary form is any bytes.
	type one struct{ J vgt.Jurisdiction }
	buf.Reset()
	require.NoError(t, gob.NewEncoder(&buf).Encode(struct{ J rawBinary }{"SU"}))
	var bad one
	err := gob.NewDecoder(&buf).Decode(&bad)
	require.ErrorIs(t, err, vgt.ErrInvalidJurisdiction)
	assert.Contains(t, err.Error(), `"SU"`)
}

// rawBinary is a BinaryMarshaler with arbitrary bytes, to feed a decoder
// the binary form of a Jurisdiction that no Jurisdiction would write.
type rawBinary string

func (r rawBinary) MarshalBinary() ([]byte, error) { return []byte(r), nil }

func (r *rawBinary) UnmarshalBinary(b []byte) error { *r = rawBinary(b); return nil }

func TestJurisdictionSQL(t *testing.T) {
	for _, s := range []string{"GB", "GB-EAW", "EU", "001", "RE", "PT-30"} {
		j := vgt.MustParseJurisdiction(s)
		v, err := j.Value()
		require.NoError(t, err)
		assert.Equal(t, s, v)
		assert.True(t, driver.IsValue(v))

		var fromString, fromBytes vgt.Jurisdiction
		require.NoError(t, fromString.Scan(v))
		require.NoError(t, fromBytes.Scan([]byte(s)))
		assert.Equal(t, j, fromString)
		assert.Equal(t, j, fromBytes)
	}

	// The zero Jurisdiction is NULL, and NULL (or an empty text) is zero.
	v, err := vgt.Jurisdiction{}.Value()
	require.NoError(t, err)
	assert.Nil(t, v)
	for _, src := range []any{nil, "", []byte{}, []byte(nil)} {
		j := vgt.MustParseJurisdiction("FR")
		require.NoError(t, j.Scan(src), "%#v", src)
		assert.Equal(t, vgt.Jurisdiction{}, j, "%#v", src)
	}

	// Columns are read as leniently as ParseJurisdiction reads.
	var j vgt.Jurisdiction
	require.NoError(t, j.Scan("gb-eaw"))
	assert.Equal(t, vgt.MustParseJurisdiction("GB-EAW"), j)
	require.NoError(t, j.Scan([]byte("uk")))
	assert.Equal(t, vgt.MustParseJurisdiction("GB"), j)

	tests := []struct {
		src  any
		want string
	}{
		{"SU", `"SU"`},
		{[]byte("GB-XYZ"), `"GB-XYZ"`},
		{"FRA", `use "FR"`},
		{int64(250), `cannot scan a int64 into a Jurisdiction`},
		{3.5, `"3.5"`},
		{true, `cannot scan a bool`},
		{time.Time{}, `cannot scan a time.Time`},
	}
	for _, tt := range tests {
		j := vgt.MustParseJurisdiction("NZ")
		err := j.Scan(tt.src)
		require.ErrorIs(t, err, vgt.ErrInvalidJurisdiction, "%#v", tt.src)
		assert.True(t, strings.HasPrefix(err.Error(), "vgt: "), err.Error())
		assert.Contains(t, err.Error(), tt.want)
		assert.Equal(t, vgt.MustParseJurisdiction("NZ"), j, "%#v: on error the value is unchanged", tt.src)
	}
}

func TestJurisdictionTablesDoNotAllocate(t *testing.T) {
	at := time.Date(2011, 6, 1, 0, 0, 0, 0, time.UTC)
	j := vgt.MustParseJurisdiction
	pairs := [][2]vgt.Jurisdiction{
		{j("FR"), j("RE")},
		{j("GB"), j("HK")},
		{vgt.EuropeanUnion, j("GI")},
		{vgt.EuropeanUnion, j("NC")},
		{vgt.EuropeanUnion, j("GB-EAW")},
		{j("GB-EAW"), j("GB-SCT")},
		{j("GB"), j("GB-ENG")},
		{j("150"), j("ES-CN")},
		{j("FR"), j("002")},
		{vgt.EuropeanUnion, j("419")},
		{j("003"), j("419")},
	}
	var sink bool
	allocs := testing.AllocsPerRun(100, func() {
		for _, p := range pairs {
			sink = p[0].ContainsAt(p[1], at)
			sink = p[0].OverlapsAt(p[1], at) || sink
			sink = p[0].StateAt(at).IsValid() || sink
			sink = p[0].Compare(p[1]) < 0 || sink
		}
	})
	assert.Zero(t, allocs)
	_ = sink

	text := make([]byte, 0, 8)
	eaw, world := j("GB-EAW"), j("001")
	allocs = testing.AllocsPerRun(100, func() {
		text, _ = eaw.AppendText(text[:0])
		text, _ = world.AppendBinary(text[:0])
	})
	assert.Zero(t, allocs)

	allocs = testing.AllocsPerRun(100, func() {
		for _, s := range []string{"GB-EAW", "gb-sct", "PT-20", "GB-UKM", "fr", "uk"} {
			sink = vgt.MustParseJurisdiction(s).IsValid() || sink
		}
	})
	assert.Zero(t, allocs, "parsing a good code")
}

// memberJurisdictions are those of the embedded dataset's members and of a
// few that the lead may add, which Covering asks in turn.
var memberJurisdictions = []vgt.Jurisdiction{
	vgt.World, vgt.EuropeanUnion,
	vgt.MustParseJurisdiction("AE"), vgt.MustParseJurisdiction("AU"), vgt.MustParseJurisdiction("AU"),
	vgt.MustParseJurisdiction("CA"), vgt.MustParseJurisdiction("GB"), vgt.MustParseJurisdiction("GB-EAW"),
	vgt.MustParseJurisdiction("IT"), vgt.MustParseJurisdiction("NZ"), vgt.MustParseJurisdiction("US"),
}

// BenchmarkJurisdictionContainsAt asks each member jurisdiction whether it
// contains FR, as Covering(FR) does; BenchmarkBaselineJurisdictionEqual
// compares the same pairs with ==, the least any such loop can cost.
func BenchmarkJurisdictionContainsAt(b *testing.B) {
	fr := vgt.MustParseJurisdiction("FR")
	at := time.Now()
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		for _, m := range memberJurisdictions {
			if m.ContainsAt(fr, at) {
				n++
			}
		}
		if n != 2 {
			b.Fatalf("%d jurisdictions contain FR", n)
		}
	}
}

func BenchmarkBaselineJurisdictionEqual(b *testing.B) {
	fr := vgt.MustParseJurisdiction("FR")
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		for _, m := range memberJurisdictions {
			if m == fr || m == vgt.World || m == vgt.EuropeanUnion {
				n++
			}
		}
		if n != 2 {
			b.Fatalf("%d jurisdictions equal FR", n)
		}
	}
}

func ExampleJurisdiction_ContainsAt() {
	j := vgt.MustParseJurisdiction
	in2011 := time.Date(2011, 6, 1, 0, 0, 0, 0, time.UTC)
	in2021 := time.Date(2021, 6, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(j("FR").ContainsAt(j("RE"), in2021))               // France answers for Réunion
	fmt.Println(vgt.EuropeanUnion.ContainsAt(j("RE"), in2021))     // an outermost region
	fmt.Println(vgt.EuropeanUnion.ContainsAt(j("NC"), in2021))     // an overseas country and territory
	fmt.Println(vgt.EuropeanUnion.ContainsAt(j("GB-EAW"), in2011)) // while GB was a member
	fmt.Println(vgt.EuropeanUnion.ContainsAt(j("GB-EAW"), in2021))
	fmt.Println(j("GB-EAW").ContainsAt(j("GB-WLS"), in2021))
	fmt.Println(j("GB-EAW").ContainsAt(j("GB-SCT"), in2021))
	// Output:
	// true
	// true
	// false
	// true
	// false
	// true
	// false
}

func ExampleJurisdiction_OverlapsAt() {
	j := vgt.MustParseJurisdiction
	at := time.Date(2021, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, pair := range [][2]string{{"GB-EAW", "GB"}, {"GB-EAW", "GB-GBN"}, {"GB-EAW", "GB-SCT"}, {"FR", "EU"}, {"FR", "002"}, {"EU", "NC"}} {
		a, b := j(pair[0]), j(pair[1])
		fmt.Printf("%s %s: contains %t, overlaps %t\n", a, b, a.ContainsAt(b, at), a.OverlapsAt(b, at))
	}
	// Output:
	// GB-EAW GB: contains false, overlaps true
	// GB-EAW GB-GBN: contains false, overlaps true
	// GB-EAW GB-SCT: contains false, overlaps false
	// FR EU: contains false, overlaps true
	// FR 002: contains false, overlaps true
	// EU NC: contains false, overlaps false
}

func ExampleJurisdiction_StateAt() {
	hk := vgt.MustParseJurisdiction("HK")
	fmt.Println(hk.StateAt(time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC)))
	fmt.Println(hk.StateAt(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)))
	fmt.Println(vgt.MustParseJurisdiction("GB-EAW").StateAt(time.Now()))
	fmt.Println(vgt.MustParseJurisdiction("CK").StateAt(time.Now()))
	// Output:
	// GB
	// CN
	// GB
	// CK
}
