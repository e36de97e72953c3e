package vgt

import (
	"bytes"
	"sync"
	"time"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// Jurisdiction is a territory over which an agency has authority: a country
// (ISO 3166-1 alpha-2), the European Union, the world (UN M.49 "001") or
// another UN M.49 group such as Europe ("150").
//
// It wraps a [language.Region] the way [net/netip.Addr] wraps its bytes, so
// that it is small, comparable with ==, usable as a map key, and can only
// hold a code that [ParseJurisdiction] accepted: x/text's Region parses far
// more than any user means (withdrawn, private-use and alpha-3 codes) and
// has no text form of its own for encoding/json.
//
// The zero Jurisdiction is not a valid jurisdiction: it stands for none, or
// unknown. IsValid reports false for it, String and MarshalText give the
// empty string, and it contains nothing and is contained by nothing.
type Jurisdiction struct {
	r language.Region
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
	World = Jurisdiction{worldRegion}

	// EuropeanUnion is the European Union, "EU" (ISO 3166-1 reserves the
	// code for it). It contains a country on the dates the country is a
	// member state, so that a membership that began or ended is answered
	// correctly for any instant.
	EuropeanUnion = Jurisdiction{euRegion}
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
// ("GB", "fr"), "UK" as an alias of "GB", "EU" for the European Union, and
// three-digit UN M.49 codes of groups ("001" for the world, "150" for
// Europe). It rejects what golang.org/x/text would let through but no user
// means: alpha-3 codes ("FRA") and numeric codes of countries ("250"), for
// which it suggests the alpha-2 code; codes withdrawn from ISO 3166-1
// ("DD", "SU", "YU"); user-assigned codes ("AA", "QM" to "QZ", "XA" to
// "XZ", "ZZ"), including "XK"; and reserved codes that UN M.49 does not
// number ("EZ", "UN", "IC"). Every error wraps [ErrInvalidJurisdiction] and
// quotes s.
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
	}
	return Jurisdiction{}, errorf("", s, ErrInvalidJurisdiction,
		"want an ISO 3166-1 alpha-2 code or a three-digit UN M.49 code")
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
			return Jurisdiction{gbRegion}, nil
		}
		return Jurisdiction{}, errorf("", s, ErrInvalidJurisdiction,
			"withdrawn from ISO 3166-1; use %q", c.String())
	}
	if r == euRegion {
		return Jurisdiction{euRegion}, nil
	}
	if r.M49() == 0 || !r.IsCountry() {
		// Codes that ISO 3166-1 reserves at the request of another body
		// (AC, CP, CQ, DG, EA, IC, TA, EZ, UN) or keeps reserved after a
		// withdrawal (FQ, PC) have no UN M.49 number: they name no country
		// that an agency could have authority over as such.
		return Jurisdiction{}, errorf("", s, ErrInvalidJurisdiction,
			"reserved code, not a country in ISO 3166-1")
	}
	return Jurisdiction{r}, nil
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
	return Jurisdiction{r}, nil
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
// ISO 3166-1 alpha-2 code. It reports false for groups and for the zero
// Jurisdiction.
func (j Jurisdiction) IsCountry() bool { return j.IsValid() && !j.r.IsGroup() }

// IsGroup reports whether j is a group of countries: the European Union,
// the world, or another UN M.49 group. It reports false for the zero
// Jurisdiction.
func (j Jurisdiction) IsGroup() bool { return j.IsValid() && j.r.IsGroup() }

// Region returns the x/text region that j wraps, for use with the rest of
// golang.org/x/text (currencies, likely languages, TLDs). The zero
// Jurisdiction gives the zero Region, which x/text prints as "ZZ".
func (j Jurisdiction) Region() language.Region { return j.r }

// String returns the canonical code of j: upper-case alpha-2 for a country
// and for the European Union ("GB", "EU"), three digits for a UN M.49
// group ("001"). It returns the empty string for the zero Jurisdiction.
func (j Jurisdiction) String() string {
	code, n := j.code()
	return string(code[:n])
}

// code returns the canonical code of j in a fixed array, so that Compare
// and AppendText need not allocate: x/text formats numeric codes with
// fmt.Sprintf.
func (j Jurisdiction) code() (code [3]byte, n int) {
	switch {
	case !j.IsValid():
		return code, 0
	case j.r.IsGroup() && j.r != euRegion:
		m := j.r.M49()
		return [3]byte{'0' + byte(m/100), '0' + byte(m/10%10), '0' + byte(m%10)}, 3
	}
	s := j.r.String()
	return [3]byte{s[0], s[1]}, 2
}

// Compare returns an integer comparing j and k by their codes, as
// strings.Compare(j.String(), k.String()) would: -1 if j sorts first, 0 if
// j == k, +1 if k sorts first. The zero Jurisdiction sorts before all
// others, and the numeric groups before the alpha-2 codes.
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
// union changes over time, so a question about the past needs its date:
// the European Union contained GB on 2011-06-01 but not on 2020-02-01.
//
// A valid jurisdiction contains itself. The world contains every valid
// jurisdiction. The European Union contains a country when that country is
// a member state at t. Any other UN M.49 group contains the countries and
// smaller groups that UN M.49 puts in it, as x/text's region data has them,
// but never the European Union, which is no M.49 subdivision. A country
// contains only itself. The zero Jurisdiction contains nothing and is
// contained by nothing.
func (j Jurisdiction) ContainsAt(k Jurisdiction, t time.Time) bool {
	switch {
	case !j.IsValid() || !k.IsValid():
		return false
	case j == k:
		return true
	case j.r == worldRegion:
		return true
	case j.r == euRegion:
		return euMemberAt(k.r, t)
	case !j.r.IsGroup() || k.r == euRegion:
		return false
	}
	return j.r.Contains(k.r)
}

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
// Zulu writes them, not an error to repair. The zero Jurisdiction has no
// name: Name returns the empty string for it.
func (j Jurisdiction) Name(t language.Tag) string {
	if !j.IsValid() {
		return ""
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
	return j.AppendText(make([]byte, 0, 3))
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
