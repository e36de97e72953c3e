package vgt_test

import (
	"slices"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
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
		{"fr", 0, vgt.CountedPartners, "0 partenaire"}, // French counts 0 as singular
		{"fr", 1, vgt.CountedPartners, "1 partenaire"},
		{"fr", 3, vgt.CountedPartners, "3 partenaires"},
		{"fr", 9, vgt.CountedMemberAgencies, "9 services membres"},
		{"fr-CA", 2, vgt.CountedAnnouncements, "2 annonces"},
		{"de", 1, vgt.CountedPartners, "1 partner"}, // no German catalog: English
		{"ar", 2, vgt.CountedPartners, "2 partners"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, vgt.Count(language.MustParse(tt.lang), tt.n, tt.what), "%s %d", tt.lang, tt.n)
	}
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
	assert.Equal(t, []string{"ECPAT International", "International Association of Internet Hotlines",
		"International Centre for Missing & Exploited Children", "National Center for Missing & Exploited Children"}, pn)
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
