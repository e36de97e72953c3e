package vgt_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/virtualglobaltaskforce/vgt"
)

func TestCount(t *testing.T) {
	tests := []struct {
		lang string
		n    int
		what vgt.Counted
		want string
	}{
		{"en", 0, vgt.CountedPartners, "0 partners"},
		{"en", 1, vgt.CountedPartners, "1 partner"},
		{"en", 3, vgt.CountedPartners, "3 partners"},
		{"en", 1, vgt.CountedMemberAgencies, "1 member agency"},
		{"en", 9, vgt.CountedMemberAgencies, "9 member agencies"},
		{"en", 1, vgt.CountedAnnouncements, "1 announcement"},
		{"en", 1500, vgt.CountedAnnouncements, "1,500 announcements"},
		{"fr", 0, vgt.CountedPartners, "0 partenaire"}, // French counts 0 as singular
		{"fr", 1, vgt.CountedPartners, "1 partenaire"},
		{"fr", 3, vgt.CountedPartners, "3 partenaires"},
		{"fr", 9, vgt.CountedMemberAgencies, "9 services membres"},
		{"fr-CA", 2, vgt.CountedAnnouncements, "2 annonces"},
		{"it", 0, vgt.CountedAnnouncements, "0 comunicati"}, // Italian counts 0 as plural
		{"it", 1, vgt.CountedAnnouncements, "1 comunicato"},
		{"it", 9, vgt.CountedMemberAgencies, "9 agenzie membro"},
		{"it", 4, vgt.CountedPartners, "4 partner"},
		{"es", 1, vgt.CountedPartners, "1 socio"},
		{"es", 4, vgt.CountedPartners, "4 socios"},
		{"es-419", 9, vgt.CountedMemberAgencies, "9 agencias miembro"},
		{"es", 15, vgt.CountedAnnouncements, "15 anuncios"},
		{"de", 1, vgt.CountedMemberAgencies, "1 Mitgliedsbehörde"},
		{"de", 9, vgt.CountedMemberAgencies, "9 Mitgliedsbehörden"},
		{"de-AT", 1, vgt.CountedAnnouncements, "1 Mitteilung"},
		{"de", 1500, vgt.CountedAnnouncements, "1.500 Mitteilungen"},
		{"ja", 2, vgt.CountedPartners, "2 partners"}, // no Japanese messages: English
		{"und", 1, vgt.CountedPartners, "1 partner"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, vgt.Count(language.MustParse(tt.lang), tt.n, tt.what), "%s %d %s", tt.lang, tt.n, tt.what)
	}
}

// TestCountArabic checks each of Arabic's six plural forms: zero, one, two,
// few (3–10), many (11–99) and other (100 and more, and 100–102 past each
// hundred), with the number in Arabic-Indic digits.
func TestCountArabic(t *testing.T) {
	tests := []struct {
		n                           int
		members, partners, announce string
	}{
		{0, "لا وكالات أعضاء", "لا شركاء", "لا إعلانات"},
		{1, "وكالة عضو واحدة", "شريك واحد", "إعلان واحد"},
		{2, "وكالتان عضوان", "شريكان", "إعلانان"},
		{3, "٣ وكالات أعضاء", "٣ شركاء", "٣ إعلانات"},
		{10, "١٠ وكالات أعضاء", "١٠ شركاء", "١٠ إعلانات"},
		{11, "١١ وكالةً عضوًا", "١١ شريكًا", "١١ إعلانًا"},
		{99, "٩٩ وكالةً عضوًا", "٩٩ شريكًا", "٩٩ إعلانًا"},
		{100, "١٠٠ وكالة عضو", "١٠٠ شريك", "١٠٠ إعلان"},
		{102, "١٠٢ وكالة عضو", "١٠٢ شريك", "١٠٢ إعلان"},
		{103, "١٠٣ وكالات أعضاء", "١٠٣ شركاء", "١٠٣ إعلانات"},
		{111, "١١١ وكالةً عضوًا", "١١١ شريكًا", "١١١ إعلانًا"},
	}
	for _, lang := range []string{"ar", "ar-EG", "ar-AE"} {
		tag := language.MustParse(lang)
		for _, tt := range tests {
			assert.Equal(t, tt.members, vgt.Count(tag, tt.n, vgt.CountedMemberAgencies), "%s %d", lang, tt.n)
			assert.Equal(t, tt.partners, vgt.Count(tag, tt.n, vgt.CountedPartners), "%s %d", lang, tt.n)
			assert.Equal(t, tt.announce, vgt.Count(tag, tt.n, vgt.CountedAnnouncements), "%s %d", lang, tt.n)
		}
	}
}

func TestCountEveryLanguage(t *testing.T) {
	require.Len(t, vgt.Languages(), 6)
	assert.Equal(t, language.English, vgt.Languages()[0])
	// Each language has its own words: none falls back to English.
	seen := map[string]language.Tag{}
	for _, tag := range vgt.Languages() {
		s := vgt.Count(tag, 2, vgt.CountedMemberAgencies)
		assert.NotContains(t, seen, s, "%s says what %s says", tag, seen[s])
		seen[s] = tag
	}
}

func TestCountBadCounted(t *testing.T) {
	// An unset or unknown Counted gives the number alone, never a panic.
	assert.Equal(t, "3", vgt.Count(language.English, 3, 0))
	assert.Equal(t, "1,234", vgt.Count(language.English, 1234, vgt.Counted(200)))
	assert.Equal(t, "٣", vgt.Count(language.Arabic, 3, vgt.Counted(4)))
	assert.Equal(t, "-1 partner", vgt.Count(language.English, -1, vgt.CountedPartners)) // CLDR: the absolute value
}

func TestCountedText(t *testing.T) {
	for what := vgt.CountedMemberAgencies; what <= vgt.CountedAnnouncements; what++ {
		text, err := what.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, what.String(), string(text))
		b, err := what.AppendText([]byte("x:"))
		require.NoError(t, err)
		assert.Equal(t, "x:"+what.String(), string(b))
		var back vgt.Counted
		require.NoError(t, back.UnmarshalText(text))
		assert.Equal(t, what, back)
		p, err := vgt.ParseCounted(what.String())
		require.NoError(t, err)
		assert.Equal(t, what, p)
	}
	assert.Equal(t, "partners", vgt.CountedPartners.String())
	assert.Equal(t, "", vgt.Counted(0).String())
	assert.Equal(t, "Counted(9)", vgt.Counted(9).String())
	_, err := vgt.Counted(9).MarshalText()
	require.ErrorIs(t, err, vgt.ErrInvalid)
	_, err = vgt.Counted(9).AppendText(nil)
	require.ErrorIs(t, err, vgt.ErrInvalid)
	text, err := vgt.Counted(0).MarshalText()
	require.NoError(t, err)
	assert.Empty(t, text)
	var c vgt.Counted = vgt.CountedPartners
	require.NoError(t, c.UnmarshalText(nil))
	assert.Equal(t, vgt.Counted(0), c)
	_, err = vgt.ParseCounted("Partners")
	require.ErrorIs(t, err, vgt.ErrInvalid)
	assert.ErrorContains(t, err, `vgt: "Partners": invalid value: unknown counted (want one of memberAgencies, partners, announcements)`)
}

func TestSortByCollation(t *testing.T) {
	mk := func(name string) vgt.Member {
		return vgt.Member{Organization: vgt.NewOrganization(uuid.New(), []vgt.Name{{Text: name, Lang: language.French, Kind: vgt.NameKindOfficial}}, vgt.Jurisdiction{}, 0)}
	}
	ms := []vgt.Member{mk("Zèbre"), mk("Émirats"), mk("Etat"), mk("échelle"), mk("abc")}
	vgt.SortMembers(ms, language.French)
	var got []string
	for _, m := range ms {
		got = append(got, m.Name)
	}
	// Byte order would put É and é after Z; collation puts them among the E's.
	assert.Equal(t, []string{"abc", "échelle", "Émirats", "Etat", "Zèbre"}, got)

	ps := slices.Collect(vgt.Default().Partners())
	vgt.SortPartners(ps, language.English)
	var pn []string
	for _, p := range ps {
		pn = append(pn, p.Name)
	}
	// A name sorts before the longer names it begins (Microsoft, then its
	// Digital Crimes Unit); "The Code" sorts under T, as English does.
	assert.Equal(t, []string{"BlackBerry", "ECPAT International", "International Association of Internet Hotlines",
		"International Centre for Missing & Exploited Children", "Kids Internet Safety Alliance", "Microsoft",
		"Microsoft Digital Crimes Unit", "National Center for Missing & Exploited Children", "NetClean", "PayPal",
		"The Code", "Visa", "World Vision Australia"}, pn)
}

func TestJurisdictionNamesOfTheDataset(t *testing.T) {
	want := map[string]map[string]string{
		"GB": {"en": "United Kingdom", "fr": "Royaume-Uni", "it": "Regno Unito", "es": "Reino Unido", "de": "Vereinigtes Königreich", "ar": "المملكة المتحدة"},
		"EU": {"en": "European Union", "fr": "Union européenne", "it": "Unione Europea", "es": "Unión Europea", "de": "Europäische Union", "ar": "الاتحاد الأوروبي"},
		"NZ": {"en": "New Zealand", "fr": "Nouvelle-Zélande", "it": "Nuova Zelanda", "es": "Nueva Zelanda", "de": "Neuseeland", "ar": "نيوزيلندا"},
	}
	for code, byLang := range want {
		j := vgt.MustParseJurisdiction(code)
		for lang, name := range byLang {
			assert.Equal(t, name, j.Name(language.MustParse(lang)), "%s in %s", code, lang)
		}
	}
	// Every jurisdiction of the dataset has a name in each of the six languages.
	for m := range vgt.Default().Members() {
		for _, lang := range []string{"en", "fr", "it", "ar", "es", "de"} {
			n := m.Jurisdiction.Name(language.MustParse(lang))
			assert.NotEmpty(t, n, "%s in %s", m.Jurisdiction, lang)
			assert.NotEqual(t, m.Jurisdiction.String(), n, "%s in %s", m.Jurisdiction, lang)
		}
	}
}

func TestNameIn(t *testing.T) {
	a := vgt.Default()
	italy := org(t, a, "Servizio Polizia Postale e delle Comunicazioni")
	uae := org(t, a, "UAE Ministry of Interior")
	tests := []struct {
		o    vgt.Organization
		lang string
		want string
	}{
		{italy, "it", "Servizio Polizia Postale e delle Comunicazioni"},
		{italy, "it-CH", "Servizio Polizia Postale e delle Comunicazioni"},
		{italy, "en", "Italian Postal and Communication Police Service"},
		{italy, "fr", "Italian Postal and Communication Police Service"}, // no French name: Name
		{uae, "ar", "وزارة الداخلية"},
		{uae, "en-GB", "Ministry of Interior of the United Arab Emirates"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.o.NameIn(language.MustParse(tt.lang)), tt.lang)
	}
}

// FuzzParseCounted checks ParseCounted: no panic, an error wraps
// ErrInvalid, and what parses prints back to text that parses to the same
// value.
func FuzzParseCounted(f *testing.F) {
	for what := vgt.CountedMemberAgencies; what <= vgt.CountedAnnouncements; what++ {
		f.Add(what.String())
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := vgt.ParseCounted(s)
		if err != nil {
			require.ErrorIs(t, err, vgt.ErrInvalid)
			require.True(t, strings.HasPrefix(err.Error(), "vgt: "))
			return
		}
		again, err := vgt.ParseCounted(c.String())
		require.NoError(t, err)
		require.Equal(t, c, again)
		assert.NotEmpty(t, vgt.Count(language.Arabic, len(s), c))
	})
}
