package vgt

import (
	"strings"

	"golang.org/x/text/language"
)

// golang.org/x/text has no ISO 3166-2 data, neither codes nor names, so the
// package keeps the few subdivisions it needs, and only those: ISO 3166-2
// has some five thousand codes, most of which no agency of the alliance has
// as its remit, and a code the package cannot place inside its country
// would answer containment wrongly. The accepted codes, from ISO 3166-2:GB,
// ISO 3166-2:ES and ISO 3166-2:PT as CLDR's subdivision data lists them:
//
//   - GB-EAW, England and Wales: one legal jurisdiction, and the remit of
//     agencies such as the National Crime Squad (1998–2006) and the police
//     forces of England and Wales. ISO 3166-2:GB lists it, with GB-GBN and
//     GB-UKM, beside the four countries of the United Kingdom.
//   - GB-ENG, England; GB-WLS, Wales; GB-SCT, Scotland; GB-NIR, Northern
//     Ireland: the four parts of the United Kingdom. Scotland and Northern
//     Ireland are separate legal jurisdictions with their own police (Police
//     Scotland, the Police Service of Northern Ireland).
//   - GB-GBN, Great Britain: England, Wales and Scotland, the remit of
//     agencies such as the British Transport Police.
//   - GB-UKM, the United Kingdom: accepted as another name of GB, as "UK"
//     is, and written "GB".
//   - ES-CN, the Canary Islands; PT-20, the Azores; PT-30, Madeira: the
//     outermost regions of the European Union that have no ISO 3166-1 code
//     (art. 349 TFEU), so that a jurisdiction can name every part of the
//     Union that the treaties name.
//
// Each subdivision is a set of parts of its country, as bits, so that
// containment and overlap between subdivisions of one country are bit
// tests: GB-EAW is England and Wales, and contains each of them.
//
// Names, in the six languages the package's data uses (English, French,
// Italian, Spanish, German, Arabic), follow CLDR's subdivision data
// (common/subdivisions/*.xml: gbeaw, gbeng, gbgbn, gbnir, gbsct, gbwls)
// where it has them; where the version consulted had none (Italian gbeaw;
// French and Spanish gbeng, gbsct, gbwls) they are the usual names, formed
// as CLDR forms the others ("Inghilterra e Galles"). The names of the
// Canary Islands are CLDR 32's for the region IC, which x/text has (a test
// checks them against it). The names of the Azores and Madeira are those of
// art. 349 TFEU in each language's version of the treaty, and in Arabic the
// names in common use.

// gbParts and the like are the parts of a country that its subdivisions
// are made of.
const (
	gbEngland uint8 = 1 << iota
	gbWales
	gbScotland
	gbNorthernIreland
)

const (
	ptAzores uint8 = 1 << iota
	ptMadeira
)

const esCanaries uint8 = 1

// subdivisionLanguages are the languages of subdivision.names, in order.
var subdivisionLanguages = [...]language.Base{
	language.MustParseBase("en"), language.MustParseBase("fr"), language.MustParseBase("it"),
	language.MustParseBase("es"), language.MustParseBase("de"), language.MustParseBase("ar"),
}

type subdivision struct {
	code    string // canonical ISO 3166-2 code, upper case
	country language.Region
	parts   uint8 // the parts of country it covers
	names   [len(subdivisionLanguages)]string
}

// subdivisions is sorted by code, so that error messages list codes in
// order. A Jurisdiction holds 1 + an index into it.
var subdivisions = [...]subdivision{
	{"ES-CN", language.MustParseRegion("ES"), esCanaries, [...]string{
		"Canary Islands", "Îles Canaries", "Isole Canarie", "Canarias", "Kanarische Inseln", "جزر الكناري"}},
	{"GB-EAW", gbRegion, gbEngland | gbWales, [...]string{
		"England and Wales", "Angleterre et pays de Galles", "Inghilterra e Galles", "Inglaterra y Gales", "England und Wales", "إنجلترا وويلز"}},
	{"GB-ENG", gbRegion, gbEngland, [...]string{
		"England", "Angleterre", "Inghilterra", "Inglaterra", "England", "إنجلترا"}},
	{"GB-GBN", gbRegion, gbEngland | gbWales | gbScotland, [...]string{
		"Great Britain", "Grande-Bretagne", "Gran Bretagna", "Gran Bretaña", "Großbritannien", "بريطانيا العظمى"}},
	{"GB-NIR", gbRegion, gbNorthernIreland, [...]string{
		"Northern Ireland", "Irlande du Nord", "Irlanda del Nord", "Irlanda del Norte", "Nordirland", "أيرلندا الشمالية"}},
	{"GB-SCT", gbRegion, gbScotland, [...]string{
		"Scotland", "Écosse", "Scozia", "Escocia", "Schottland", "اسكتلندا"}},
	{"GB-WLS", gbRegion, gbWales, [...]string{
		"Wales", "pays de Galles", "Galles", "Gales", "Wales", "ويلز"}},
	{"PT-20", language.MustParseRegion("PT"), ptAzores, [...]string{
		"Azores", "Açores", "Azzorre", "Azores", "Azoren", "جزر الأزور"}},
	{"PT-30", language.MustParseRegion("PT"), ptMadeira, [...]string{
		"Madeira", "Madère", "Madera", "Madeira", "Madeira", "ماديرا"}},
}

// parseSubdivision parses s, which has the form "CC-" followed by one to
// three characters, as an ISO 3166-2 code.
func parseSubdivision(s string) (Jurisdiction, error) {
	if !isASCIILetters(s[:2]) || !isASCIIAlnum(s[3:]) {
		return Jurisdiction{}, errorf("", s, ErrInvalidJurisdiction, "not an ISO 3166-2 code")
	}
	country, err := parseAlpha2(s[:2])
	if err != nil || !country.IsCountry() {
		return Jurisdiction{}, errorf("", s, ErrInvalidJurisdiction,
			"not an ISO 3166-2 code: %q is not a country in ISO 3166-1", s[:2])
	}
	// The code as ISO 3166-2 writes it: upper case, after the country's
	// own code, which for "UK" is GB.
	cc := country.r.String()
	var b [6]byte
	code := append(append(b[:0], cc...), s[2:]...)
	for i := range code {
		code[i] = upperASCII(code[i])
	}
	j, known := lookupSubdivision(code)
	switch {
	case known && upperASCII(s[0]) == cc[0] && upperASCII(s[1]) == cc[1]:
		return j, nil
	case known:
		return Jurisdiction{}, errorf("", s, ErrInvalidJurisdiction,
			"ISO 3166-2 codes of %s start with %q; use %q", cc, cc, string(code))
	}
	var list []string
	for i := range subdivisions {
		if subdivisions[i].country == country.r {
			list = append(list, subdivisions[i].code)
		}
	}
	if list == nil {
		return Jurisdiction{}, errorf("", s, ErrInvalidJurisdiction,
			"the package accepts no ISO 3166-2 code of %s; %q names all of it", cc, cc)
	}
	return Jurisdiction{}, errorf("", s, ErrInvalidJurisdiction,
		"not an ISO 3166-2 code the package accepts; for %s it accepts %s", cc, strings.Join(list, ", "))
}

// lookupSubdivision returns the jurisdiction of an upper-case ISO 3166-2
// code, and false if the package does not accept it. It takes bytes so
// that parsing does not allocate: comparing string(code) does not copy.
func lookupSubdivision(code []byte) (Jurisdiction, bool) {
	if string(code) == "GB-UKM" {
		return Jurisdiction{r: gbRegion}, true
	}
	for i := range subdivisions {
		if sd := &subdivisions[i]; sd.code == string(code) {
			return Jurisdiction{r: sd.country, sub: uint8(i + 1)}, true
		}
	}
	return Jurisdiction{}, false
}

func isASCIIAlnum(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; (c < 'a' || c > 'z') && (s[i] < '0' || s[i] > '9') {
			return false
		}
	}
	return true
}

var (
	germanBase   = language.MustParseBase("de")
	swissRegions = [...]language.Region{language.MustParseRegion("CH"), language.MustParseRegion("LI")}
)

// name returns the name of sd in language t, falling back to English.
func (sd *subdivision) name(t language.Tag) string {
	c, err := language.All.Canonicalize(t)
	if err != nil {
		c = t
	}
	b, conf := c.Base()
	if conf < language.High {
		return sd.names[0]
	}
	for i, l := range subdivisionLanguages {
		if l != b {
			continue
		}
		// Swiss and Liechtenstein German write no ß, as CLDR's de_CH
		// names show ("Grossbritannien" for GB).
		if r, _ := c.Region(); b == germanBase && (r == swissRegions[0] || r == swissRegions[1]) {
			return strings.ReplaceAll(sd.names[i], "ß", "ss")
		}
		return sd.names[i]
	}
	return sd.names[0]
}
