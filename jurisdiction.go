package vgt

import (
	"bytes"
	"database/sql/driver"
	"fmt"
	"sync"
	"time"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// Jurisdiction is a territory over which an agency has authority: a country
// or territory with an ISO 3166-1 alpha-2 code ("FR", "RE"), a part of a
// country with one of the few ISO 3166-2 codes the package knows ("GB-EAW"
// for England and Wales, see [ParseJurisdiction]), the European Union, the
// world (UN M.49 "001") or another UN M.49 group such as Europe ("150").
//
// It wraps a [language.Region], and for a part of a country an index into
// the package's table of subdivisions, the way [net/netip.Addr] wraps its
// bytes, so that it is small, comparable with ==, usable as a map key, and
// can only hold a code that [ParseJurisdiction] accepted: x/text's Region
// parses far more than any user means (withdrawn, private-use and alpha-3
// codes), has no ISO 3166-2 data, and has no text form of its own for
// encoding/json.
//
// Containment follows sovereignty and remit as well as geography: a state
// contains the dependent territories it answers for (France contains
// Réunion), a country contains its subdivisions, and the European Union
// contains its member states and the territories where the treaties apply,
// on a date. The package keeps its own tables for these, each with its
// sources: see [Jurisdiction.ContainsAt] and [Jurisdiction.StateAt].
//
// The zero Jurisdiction is not a valid jurisdiction: it stands for none, or
// unknown. IsValid reports false for it, String and MarshalText give the
// empty string, Value gives SQL NULL, and it contains, overlaps and is
// contained by nothing.
type Jurisdiction struct {
	r language.Region
	// sub is 1 + the index in subdivisions of a part of the country r, or
	// 0 for r itself.
	sub uint8
}

// The regions behind World and EuropeanUnion are kept unexported, so that
// containment and parsing do not depend on exported variables that a
// caller could reassign.
var (
	worldRegion = language.MustParseRegion("001")
	euRegion    = language.MustParseRegion("EU")
	gbRegion    = language.MustParseRegion("GB")
)

var (
	// World is the whole world, UN M.49 "001". It contains every valid
	// jurisdiction, which is what INTERPOL's mandate needs.
	World = Jurisdiction{r: worldRegion}

	// EuropeanUnion is the European Union, "EU" (ISO 3166-1 reserves the
	// code for it). It contains a country on the dates the country is a
	// member state, so that a membership that began or ended is answered
	// correctly for any instant.
	EuropeanUnion = Jurisdiction{r: euRegion}
)

// withdrawnCodes are alpha-2 codes that ISO 3166-1 withdrew without a
// single successor, so x/text cannot canonicalize them to anything and
// still treats them as countries. A user who writes one means a state that
// no longer exists, and no agency has authority over it today.
var withdrawnCodes = [...]struct{ code, was string }{
	{"AN", "the Netherlands Antilles, dissolved in 2010"},
	{"CS", "Serbia and Montenegro, split in 2006, and before it Czechoslovakia"},
	{"NT", "the Neutral Zone, divided in 1991"},
	{"SU", "the USSR, dissolved in 1991"},
	{"YU", "Yugoslavia, which became Serbia and Montenegro in 2003"},
}

// ParseJurisdiction parses s as a jurisdiction code and returns the
// jurisdiction in canonical form.
//
// It accepts, in any case, the ISO 3166-1 alpha-2 codes in use today
// ("GB", "fr", "re"), "UK" as an alias of "GB", "EU" for the European
// Union, three-digit UN M.49 codes of groups ("001" for the world, "150"
// for Europe), and these ISO 3166-2 codes, which golang.org/x/text has no
// data for and the package keeps in a table of its own:
//
//   - GB-EAW, England and Wales (one legal jurisdiction, and the remit of
//     agencies such as the National Crime Squad);
//   - GB-ENG, England; GB-WLS, Wales; GB-SCT, Scotland; GB-NIR, Northern
//     Ireland; GB-GBN, Great Britain; and GB-UKM, read as "GB";
//   - ES-CN, the Canary Islands; PT-20, the Azores; PT-30, Madeira: the
//     outermost regions of the European Union that have no alpha-2 code.
//
// It rejects what golang.org/x/text would let through but no user means:
// alpha-3 codes ("FRA") and numeric codes of countries ("250"), for which
// it suggests the alpha-2 code; codes withdrawn from ISO 3166-1 ("DD",
// "SU", "YU"); user-assigned codes ("AA", "QM" to "QZ", "XA" to "XZ",
// "ZZ"), including "XK"; reserved codes that UN M.49 does not number
// ("EZ", "UN", "IC"); and other ISO 3166-2 codes. Every error wraps
// [ErrInvalidJurisdiction] and quotes s.
func ParseJurisdiction(s string) (Jurisdiction, error) {
	switch {
	case s == "":
		return Jurisdiction{}, errorf("", s, ErrInvalidJurisdiction, "empty code")
	case len(s) == 2 && isASCIILetters(s):
		return parseAlpha2(s)
	case len(s) == 3 && isASCIILetters(s):
		return Jurisdiction{}, rejectAlpha3(s)
	case len(s) == 3 && isASCIIDigits(s):
		return parseM49(s)
	case len(s) >= 4 && len(s) <= 6 && s[2] == '-':
		return parseSubdivision(s)
	}
	return Jurisdiction{}, errorf("", s, ErrInvalidJurisdiction,
		"want an ISO 3166-1 alpha-2 code, an ISO 3166-2 code or a three-digit UN M.49 code")
}

// reservedParts are reserved codes of places that are part of a country or
// territory that has a code of its own, so that the error can point there.
var reservedParts = [...]struct{ code, use string }{
	{"AC", "SH"},    // Ascension, of Saint Helena, Ascension and Tristan da Cunha
	{"CP", "FR"},    // Clipperton
	{"DG", "IO"},    // Diego Garcia, in the Chagos Archipelago
	{"EA", "ES"},    // Ceuta and Melilla
	{"IC", "ES-CN"}, // the Canary Islands
	{"TA", "SH"},    // Tristan da Cunha
}

func parseAlpha2(s string) (Jurisdiction, error) {
	code := string([]byte{upperASCII(s[0]), upperASCII(s[1])})
	r, err := language.ParseRegion(code)
	if err != nil {
		return Jurisdiction{}, errorf("", s, ErrInvalidJurisdiction, "not an ISO 3166-1 alpha-2 code")
	}
	// The checks run in this order so that each code gets the most
	// specific reason: QU, for one, is user-assigned before it is an alias.
	if r.IsPrivateUse() {
		return Jurisdiction{}, errorf("", s, ErrInvalidJurisdiction,
			"user-assigned code, not a country in ISO 3166-1")
	}
	for _, w := range withdrawnCodes {
		if w.code == code {
			return Jurisdiction{}, errorf("", s, ErrInvalidJurisdiction,
				"withdrawn from ISO 3166-1 with no single successor (it was %s)", w.was)
		}
	}
	if c := r.Canonicalize(); c != r {
		// UK is the one alias that users write on purpose, for the
		// United Kingdom; the others name states or territories that are
		// gone (DD, ZR) or were merged into another code (JT, NQ).
		if code == "UK" {
			return Jurisdiction{r: gbRegion}, nil
		}
		return Jurisdiction{}, errorf("", s, ErrInvalidJurisdiction,
			"withdrawn from ISO 3166-1; use %q", c.String())
	}
	if r == euRegion {
		return Jurisdiction{r: euRegion}, nil
	}
	if r.M49() == 0 || !r.IsCountry() {
		// Codes that ISO 3166-1 reserves at the request of another body
		// (AC, CP, CQ, DG, EA, IC, TA, EZ, UN) or keeps reserved after a
		// withdrawal (FQ, PC) have no UN M.49 number: they name no country
		// that an agency could have authority over as such.
		for _, p := range reservedParts {
			if p.code == code {
				return Jurisdiction{}, errorf("", s, ErrInvalidJurisdiction,
					"reserved code, not a country in ISO 3166-1; the place is part of %q", p.use)
			}
		}
		return Jurisdiction{}, errorf("", s, ErrInvalidJurisdiction,
			"reserved code, not a country in ISO 3166-1")
	}
	return Jurisdiction{r: r}, nil
}

func rejectAlpha3(s string) error {
	if r, err := language.ParseRegion(s); err == nil {
		if j, err := ParseJurisdiction(r.String()); err == nil && j.IsCountry() {
			return errorf("", s, ErrInvalidJurisdiction,
				"alpha-3 codes are not accepted; use %q", j.String())
		}
	}
	return errorf("", s, ErrInvalidJurisdiction, "alpha-3 codes are not accepted")
}

func parseM49(s string) (Jurisdiction, error) {
	r, err := language.ParseRegion(s)
	if err != nil {
		return Jurisdiction{}, errorf("", s, ErrInvalidJurisdiction, "not a UN M.49 group code")
	}
	// x/text maps the numeric codes of countries, and those of a few
	// alpha-2 codes (967 for EU), to their alpha-2 regions: only a region
	// whose own code is numeric is a UN M.49 group.
	if !r.IsGroup() || r.String() != s {
		if j, err := ParseJurisdiction(r.String()); err == nil {
			return Jurisdiction{}, errorf("", s, ErrInvalidJurisdiction,
				"numeric codes are accepted only for UN M.49 groups; use %q", j.String())
		}
		return Jurisdiction{}, errorf("", s, ErrInvalidJurisdiction, "not a UN M.49 group code")
	}
	return Jurisdiction{r: r}, nil
}

func isASCIILetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

func isASCIIDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func upperASCII(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - ('a' - 'A')
	}
	return c
}

// MustParseJurisdiction calls [ParseJurisdiction](s) and panics on error.
// It is intended for package-level variables and tests with hard-coded
// codes, where a bad code is a programming error.
func MustParseJurisdiction(s string) Jurisdiction {
	j, err := ParseJurisdiction(s)
	if err != nil {
		panic(err)
	}
	return j
}

// IsValid reports whether j is a jurisdiction, not the zero Jurisdiction.
func (j Jurisdiction) IsValid() bool { return j.r != language.Region{} }

// IsCountry reports whether j is a single country or territory with its own
// ISO 3166-1 alpha-2 code, dependent territories ("RE") included. It
// reports false for subdivisions, for groups and for the zero Jurisdiction.
func (j Jurisdiction) IsCountry() bool { return j.IsValid() && j.sub == 0 && !j.r.IsGroup() }

// IsSubdivision reports whether j is a part of a country with an ISO 3166-2
// code ("GB-EAW"). Exactly one of IsCountry, IsSubdivision and IsGroup is
// true for a valid Jurisdiction.
func (j Jurisdiction) IsSubdivision() bool { return j.sub != 0 }

// IsGroup reports whether j is a group of countries: the European Union,
// the world, or another UN M.49 group. It reports false for the zero
// Jurisdiction.
func (j Jurisdiction) IsGroup() bool { return j.IsValid() && j.sub == 0 && j.r.IsGroup() }

// Region returns the x/text region that j wraps, for use with the rest of
// golang.org/x/text (currencies, likely languages, TLDs): for a subdivision
// that is its country's region, which x/text knows. The zero Jurisdiction
// gives the zero Region, which x/text prints as "ZZ".
func (j Jurisdiction) Region() language.Region { return j.r }

// Country returns the country that a subdivision is part of (GB for
// GB-EAW), j itself for a country or territory, and the zero Jurisdiction
// for a group and for the zero Jurisdiction. A dependent territory is its
// own country: StateAt gives the state responsible for it.
func (j Jurisdiction) Country() Jurisdiction {
	if j.IsGroup() {
		return Jurisdiction{}
	}
	return Jurisdiction{r: j.r}
}

// StateAt returns the state responsible at t for the territory j names: the
// state it is part of, or the state that conducts its defence and
// international relations, through which treaties on police and judicial
// cooperation reach it. For a dependent territory that is its state (FR for
// RE and NC, US for PR, GB for GI, and GB for HK before 1 July 1997 but CN
// since); for a subdivision, the state of its country (GB for GB-EAW); for
// any other country, the country itself. It returns the zero Jurisdiction
// for a group and for the zero Jurisdiction.
//
// The package's table of dependent territories covers every territory with
// its own ISO 3166-1 code that a state answers for: those of the United
// States, France, Australia, Finland (AX), Denmark (GL, FO), the
// Netherlands (AW, CW, SX, BQ), the United Kingdom, New Zealand (TK), China
// (HK, MO) and Norway (SJ, BV). It records who administers a territory, not
// a view on a dispute. Self-government does not change the answer: the
// Crown Dependencies (GG, JE, IM) are not part of the United Kingdom, but
// it answers for their defence and international relations, so their
// state is GB. Free association does: the Cook Islands (CK) and Niue (NU)
// make treaties in their own right and New Zealand's agencies have no
// authority in them, so each is its own state.
func (j Jurisdiction) StateAt(t time.Time) Jurisdiction {
	if !j.IsValid() || j.IsGroup() {
		return Jurisdiction{}
	}
	if s, ok := stateAt(j.r, t); ok {
		return Jurisdiction{r: s}
	}
	return Jurisdiction{r: j.r}
}

// String returns the canonical code of j: upper-case alpha-2 for a country
// and for the European Union ("GB", "EU"), the upper-case ISO 3166-2 code
// for a subdivision ("GB-EAW"), three digits for a UN M.49 group ("001").
// It returns the empty string for the zero Jurisdiction.
func (j Jurisdiction) String() string {
	code, n := j.code()
	return string(code[:n])
}

// code returns the canonical code of j in a fixed array, so that Compare
// and AppendText need not allocate: x/text formats numeric codes with
// fmt.Sprintf.
func (j Jurisdiction) code() (code [6]byte, n int) {
	switch {
	case !j.IsValid():
		return code, 0
	case j.sub != 0:
		return code, copy(code[:], subdivisions[j.sub-1].code)
	case j.r.IsGroup() && j.r != euRegion:
		m := j.r.M49()
		return [6]byte{'0' + byte(m/100), '0' + byte(m/10%10), '0' + byte(m%10)}, 3
	}
	s := j.r.String()
	return [6]byte{s[0], s[1]}, 2
}

// Compare returns an integer comparing j and k by their codes, as
// strings.Compare(j.String(), k.String()) would: -1 if j sorts first, 0 if
// j == k, +1 if k sorts first. Each Jurisdiction has one code, so Compare
// is a total order that agrees with ==. The zero Jurisdiction sorts before
// all others, the numeric groups before the alpha-2 codes, and a country
// just before its subdivisions ("GB", "GB-EAW", "GB-ENG", "GD").
func (j Jurisdiction) Compare(k Jurisdiction) int {
	a, n := j.code()
	b, m := k.code()
	return bytes.Compare(a[:n], b[:m])
}

// Contains reports whether j includes k today. It is ContainsAt with the
// current time, for callers who ask about the present, such as routing a
// report.
func (j Jurisdiction) Contains(k Jurisdiction) bool {
	return j.ContainsAt(k, time.Now())
}

// ContainsAt reports whether j includes k at instant t. Membership of a
// union changes over time, and so does sovereignty, so a question about
// the past needs its date: the European Union contained GB on 2011-06-01
// but not on 2020-02-01, and GB contained HK until 1997-07-01.
//
//   - A valid jurisdiction contains itself, and the world contains every
//     valid jurisdiction. The zero Jurisdiction contains nothing and is
//     contained by nothing.
//   - A state contains the dependent territories it answers for at t (see
//     StateAt): US contains PR, FR contains RE and NC, GB contains GI and JE.
//   - A country contains its subdivisions, and a subdivision those within
//     it: GB contains GB-EAW, which contains GB-ENG and GB-WLS but not
//     GB-SCT.
//   - The European Union contains, at t: its member states; their
//     subdivisions; the outermost regions (GF, GP, MQ, RE, MF, and YT since
//     2014; the Canaries, Azores and Madeira, ES-CN, PT-20 and PT-30); AX;
//     GI while GB was a member (art. 355(3) TFEU); BL until 2012 and GL
//     until 1985. It does not contain the overseas countries and
//     territories (NC, PF, AW, GL today ...), the Faroe Islands or the Crown
//     Dependencies.
//   - Any other UN M.49 group contains the countries and smaller groups
//     that UN M.49 puts in it, as x/text's region data has them, and their
//     subdivisions (M.49 classifies whole countries: the Canaries are
//     counted with Spain, in Southern Europe), but never the European Union,
//     which is no M.49 subdivision. M.49 places a dependent territory on its
//     own: RE is in Eastern Africa, not in Europe.
//
// A union or a group contains a state's own territory, not the territories
// it answers for, which are judged on their own: the European Union
// contains FR, and FR contains NC, but the European Union does not contain
// NC. Use OverlapsAt to ask whether two jurisdictions share any territory.
func (j Jurisdiction) ContainsAt(k Jurisdiction, t time.Time) bool {
	// The cases run in this order, and compare k's region whether or not k
	// is a subdivision, because Covering asks every member about one
	// jurisdiction and most members are countries: a country's answer
	// should cost a few comparisons and one table lookup.
	switch {
	case !j.IsValid() || !k.IsValid():
		return false
	case j == k:
		return true
	case j.sub != 0:
		return k.sub != 0 && j.r == k.r && subdivisions[k.sub-1].parts&^subdivisions[j.sub-1].parts == 0
	case !j.r.IsGroup():
		// j is a country: it contains its subdivisions, and the
		// territories it answers for at t. A group's region is never a
		// dependent territory, so stateAt answers false for it.
		if k.r == j.r {
			return true
		}
		if dependencyIndex[k.r.M49()] == 0 {
			return false // not a dependent territory, without a call
		}
		s, ok := stateAt(k.r, t)
		return ok && s == j.r
	case j.r == worldRegion:
		return true
	case j.r == euRegion:
		// A subdivision is in the Union where its country is.
		return euMemberAt(k.r, t) || euTerritoryAt(k.r, t)
	case k.r == euRegion:
		return false
	}
	// A UN M.49 group classifies whole countries, so a subdivision goes
	// with its country.
	return j.r.Contains(k.r)
}

// Overlaps reports whether j and k have some territory in common today. It
// is OverlapsAt with the current time.
func (j Jurisdiction) Overlaps(k Jurisdiction) bool {
	return j.OverlapsAt(k, time.Now())
}

// OverlapsAt reports whether j and k have some territory in common at
// instant t: whether an agency with authority over j has authority over
// some part of k. A jurisdiction that contains the other overlaps it; so
// do GB-EAW and GB-GBN, which share England and Wales; so do FR and Africa
// (UN M.49 "002"), which share Réunion and Mayotte, and the European Union
// and Latin America ("419"), which share French Guiana. GB-EAW and GB-SCT
// do not overlap, nor do the European Union and NC, nor GB and the
// European Union after GB left. OverlapsAt is symmetric, and the zero
// Jurisdiction overlaps nothing.
//
// A state's territory, here, is its own and that of the dependent
// territories it answers for at t (see StateAt); the European Union's is
// that of its member states and of the territories ContainsAt lists; a UN
// M.49 group's is that of the countries in it.
func (j Jurisdiction) OverlapsAt(k Jurisdiction, t time.Time) bool {
	switch {
	case !j.IsValid() || !k.IsValid():
		return false
	case j.ContainsAt(k, t) || k.ContainsAt(j, t):
		return true
	case j.sub != 0 || k.sub != 0:
		// A subdivision is part of its country's own territory, and what
		// contains that country contains the subdivision: what neither
		// contains nor is contained in a subdivision meets it only if it
		// is another part of the same country.
		return j.sub != 0 && k.sub != 0 && j.r == k.r &&
			subdivisions[j.sub-1].parts&subdivisions[k.sub-1].parts != 0
	case j.r.IsGroup() && k.r.IsGroup():
		return groupsOverlapAt(j.r, k.r, t)
	case j.r.IsGroup():
		j, k = k, j
	}
	// j is a country. k neither contains j's own territory nor lies in
	// it, so it can meet j only in a territory j answers for.
	for i := range dependencies {
		d := &dependencies[i]
		if d.state == j.r && d.covers(t) && k.ContainsAt(Jurisdiction{r: d.territory}, t) {
			return true
		}
	}
	return false
}

// groupsOverlapAt reports whether groups a and b, neither the world nor
// containing the other, have a country in common at t.
func groupsOverlapAt(a, b language.Region, t time.Time) bool {
	if b == euRegion {
		a, b = b, a
	}
	if a == euRegion {
		for i := range euMembers {
			m := &euMembers[i]
			if b.Contains(m.state) && euMemberAt(m.state, t) {
				return true
			}
		}
		for i := range euTerritories {
			e := &euTerritories[i]
			if b.Contains(e.territory) && euTerritoryAt(e.territory, t) {
				return true
			}
		}
		return false
	}
	// Two UN M.49 groups can overlap without either containing the other:
	// Northern America ("003") and Latin America ("419") share Central
	// America and the Caribbean.
	for _, c := range loadCountries() {
		if a.Contains(c) && b.Contains(c) {
			return true
		}
	}
	return false
}

// loadCountries returns the region of every country that ParseJurisdiction
// accepts, which x/text has no list of, built on first use.
var loadCountries = sync.OnceValue(func() []language.Region {
	var rs []language.Region
	for a := byte('A'); a <= 'Z'; a++ {
		for b := byte('A'); b <= 'Z'; b++ {
			if j, err := ParseJurisdiction(string([]byte{a, b})); err == nil && j.IsCountry() {
				rs = append(rs, j.r)
			}
		}
	}
	return rs
})

// namers holds what Name needs, built once on first use so that programs
// that never name a jurisdiction do not pay for it.
type namers struct {
	english display.Namer
	matcher language.Matcher
	// regions[i] names regions in supported[i], or is nil where display
	// has no region names for that language (Prussian, "prg").
	supported []language.Tag
	regions   []display.Namer
	// exact maps each supported tag to its namer, so that the common
	// requests ("fr", "de") skip the matcher.
	exact map[language.Tag]display.Namer
}

var loadNamers = sync.OnceValue(func() *namers {
	n := &namers{
		english:   display.Regions(language.English),
		supported: display.Supported.Tags(),
	}
	// The same tags in the same order as display's own matcher, so that an
	// index here is the language display would pick.
	n.matcher = language.NewMatcher(n.supported)
	n.regions = make([]display.Namer, len(n.supported))
	for i, t := range n.supported {
		n.regions[i] = display.Regions(t)
	}
	n.exact = make(map[language.Tag]display.Namer, len(n.supported))
	for _, t := range n.supported {
		n.exact[t] = n.match(t)
	}
	return n
})

// match returns the namer for the supported language that t best matches,
// or nil when that language is not t's own.
//
// display's matcher answers every request with some language, and with
// High confidence it may pick a different one: Latin gets Italian names,
// Kurdish Turkish ones and Norwegian Bokmål ("nb", which CLDR 32 files as
// "no") Danish ones. A reader who asked for one language and got another
// is better served by English, the documented fallback. Canonicalizing
// first maps "nb" to "no" and "arb" to "ar", which display does know.
func (n *namers) match(t language.Tag) display.Namer {
	c, err := language.All.Canonicalize(t)
	if err != nil {
		c = t
	}
	_, i, conf := n.matcher.Match(c)
	if conf < language.High {
		return nil
	}
	want, _ := c.Base()
	if got, _ := n.supported[i].Base(); got != want {
		return nil
	}
	return n.regions[i]
}

// Name returns the name of j in language t, for showing a jurisdiction to
// a reader, as CLDR 32 gives it through golang.org/x/text/language/display:
// "Royaume-Uni" for GB in French, "Welt" for the world in German.
//
// It falls back to the English name where display has no name in t (many
// languages name no groups), where it would answer in another language
// than t (Latin, Kurdish), and where its name is just the code (Maltese
// "CN", Pashto "HM"). Zulu names keep the noun-class prefix that CLDR
// gives every borrowed name ("i-France", "i-European Union"): that is how
// Zulu writes them, not an error to repair.
//
// display has no names for subdivisions, so the package keeps them in the
// six languages of its data, English, French, Italian, Spanish, German and
// Arabic ("Angleterre et pays de Galles" for GB-EAW in French), and gives
// the English name in any other language. The zero Jurisdiction has no
// name: Name returns the empty string for it.
func (j Jurisdiction) Name(t language.Tag) string {
	switch {
	case !j.IsValid():
		return ""
	case j.sub != 0:
		return subdivisions[j.sub-1].name(t)
	}
	n := loadNamers()
	namer, ok := n.exact[t]
	if !ok {
		namer = n.match(t)
	}
	if namer != nil {
		if s := namer.Name(j.r); s != "" && s != j.String() {
			return s
		}
	}
	return n.english.Name(j.r)
}

// AppendText implements the [encoding.TextAppender] interface. It appends
// the same text as MarshalText, so that a caller that builds a buffer can
// avoid an allocation.
func (j Jurisdiction) AppendText(b []byte) ([]byte, error) {
	code, n := j.code()
	return append(b, code[:n]...), nil
}

// MarshalText implements the [encoding.TextMarshaler] interface, so that a
// Jurisdiction is a JSON string and can be a JSON object key. The text is
// the same as String: empty for the zero Jurisdiction.
func (j Jurisdiction) MarshalText() ([]byte, error) {
	return j.AppendText(make([]byte, 0, 6))
}

// UnmarshalText implements the [encoding.TextUnmarshaler] interface. It
// accepts what ParseJurisdiction accepts, and the empty text for the zero
// Jurisdiction, so that MarshalText's output always reads back. On error it
// leaves *j as it was, so that a decoder that reports the error does not
// also lose the previous value.
func (j *Jurisdiction) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*j = Jurisdiction{}
		return nil
	}
	p, err := ParseJurisdiction(string(text))
	if err != nil {
		return err
	}
	*j = p
	return nil
}

// AppendBinary implements the [encoding.BinaryAppender] interface. It
// appends the same bytes as MarshalBinary.
func (j Jurisdiction) AppendBinary(b []byte) ([]byte, error) {
	return j.AppendText(b)
}

// MarshalBinary implements the [encoding.BinaryMarshaler] interface, which
// encoding/gob uses. The binary form is the text form, so that it stays
// readable and does not depend on x/text's internal numbering of regions,
// which changes between its versions: empty for the zero Jurisdiction.
func (j Jurisdiction) MarshalBinary() ([]byte, error) {
	return j.MarshalText()
}

// UnmarshalBinary implements the [encoding.BinaryUnmarshaler] interface. It
// accepts what UnmarshalText accepts, and likewise leaves *j as it was on
// error.
func (j *Jurisdiction) UnmarshalBinary(data []byte) error {
	return j.UnmarshalText(data)
}

// Scan implements the [database/sql.Scanner] interface, for reading a
// jurisdiction from a text column. It accepts a string or []byte holding
// what UnmarshalText accepts, and NULL, which gives the zero Jurisdiction,
// as does the empty string. Any other value, and a bad code, is an error
// that wraps [ErrInvalidJurisdiction]; on error *j is left as it was.
func (j *Jurisdiction) Scan(src any) error {
	switch v := src.(type) {
	case nil:
		*j = Jurisdiction{}
		return nil
	case string:
		if v == "" {
			*j = Jurisdiction{}
			return nil
		}
		p, err := ParseJurisdiction(v)
		if err != nil {
			return err
		}
		*j = p
		return nil
	case []byte:
		return j.UnmarshalText(v)
	}
	return errorf("", fmt.Sprint(src), ErrInvalidJurisdiction,
		"cannot scan a %T into a Jurisdiction; want a string, []byte or NULL", src)
}

// Value implements the [database/sql/driver.Valuer] interface, so that a
// Jurisdiction is stored as its code in a text column. The zero
// Jurisdiction is stored as NULL, which Scan reads back as the zero
// Jurisdiction.
func (j Jurisdiction) Value() (driver.Value, error) {
	if !j.IsValid() {
		return nil, nil
	}
	return j.String(), nil
}
