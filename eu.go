package vgt

import (
	"time"

	"golang.org/x/text/language"
)

// The package keeps its own table of EU membership because the region data
// in golang.org/x/text is CLDR 32 (2017), which has no dates and still
// counts GB as a member. Each entry is a member state, with the instant its
// treaty of accession entered into force and, for a state that has left,
// the instant it ceased to be a member. The sources are the treaties
// themselves, as published in the Official Journal:
//
//   - 1958: the Treaty of Rome establishing the European Economic Community,
//     in force on 1 January 1958 (BE, DE, FR, IT, LU, NL).
//   - 1973: the Treaty of Accession of 1972 (OJ L 73, 27.3.1972) (DK, IE, GB).
//   - 1981: the Treaty of Accession of 1979 (OJ L 291, 19.11.1979) (GR).
//   - 1986: the Treaty of Accession of 1985 (OJ L 302, 15.11.1985) (ES, PT).
//   - 1995: the Treaty of Accession of 1994 (OJ C 241, 29.8.1994, as adjusted
//     by OJ L 1, 1.1.1995) (AT, FI, SE).
//   - 2004: the Treaty of Accession of 2003 (OJ L 236, 23.9.2003) (CY, CZ,
//     EE, HU, LT, LV, MT, PL, SI, SK).
//   - 2007: the Treaty of Accession of 2005 (OJ L 157, 21.6.2005) (BG, RO).
//   - 2013: the Treaty of Accession of 2011 (OJ L 112, 24.4.2012) (HR).
//   - 2020: the Withdrawal Agreement (OJ L 29, 31.1.2020), article 185: the
//     United Kingdom left when it entered into force on 1 February 2020.
//
// The European Union itself dates from the Maastricht Treaty, in force on
// 1 November 1993. Dates before then are of the European Communities, its
// predecessor: the table starts with the EEC of 1958 rather than the Coal
// and Steel Community of 1952 because the Union replaced and succeeded the
// European Community (the renamed EEC), as article 1 of the Treaty on
// European Union says. DE stands for Germany throughout: the former German
// Democratic Republic became part of a member state on 3 October 1990,
// without an accession.
//
// Treaties name a day, not an instant. The table takes midnight in Brussels
// (CET, or CEST in summer), because that is how the Union counted the
// United Kingdom's exit: 2020-02-01T00:00 CET, which is 2020-01-31T23:00Z.
// Using one rule for both ends keeps a day of accession and a day of exit
// comparable.
//
// The table records member states only. Territories that have their own
// ISO 3166-1 code but are part of a member state's EU territory (the
// outermost regions such as GF and RE, or AX) are not members in their own
// right and are not listed.

// euMembership is one member state's time in the Union: from joined
// (inclusive) to left (exclusive; zero while it is a member).
type euMembership struct {
	state  language.Region
	joined time.Time
	left   time.Time
}

var (
	cet  = time.FixedZone("CET", 1*60*60)
	cest = time.FixedZone("CEST", 2*60*60)
)

// euMembers is small enough that a linear scan over it costs less than a
// map lookup, and scanning a fixed array never allocates.
var euMembers = [...]euMembership{
	euMember("BE", time.Date(1958, time.January, 1, 0, 0, 0, 0, cet)),
	euMember("DE", time.Date(1958, time.January, 1, 0, 0, 0, 0, cet)),
	euMember("FR", time.Date(1958, time.January, 1, 0, 0, 0, 0, cet)),
	euMember("IT", time.Date(1958, time.January, 1, 0, 0, 0, 0, cet)),
	euMember("LU", time.Date(1958, time.January, 1, 0, 0, 0, 0, cet)),
	euMember("NL", time.Date(1958, time.January, 1, 0, 0, 0, 0, cet)),

	euMember("DK", time.Date(1973, time.January, 1, 0, 0, 0, 0, cet)),
	euMember("IE", time.Date(1973, time.January, 1, 0, 0, 0, 0, cet)),
	{
		state:  language.MustParseRegion("GB"),
		joined: time.Date(1973, time.January, 1, 0, 0, 0, 0, cet),
		left:   time.Date(2020, time.February, 1, 0, 0, 0, 0, cet),
	},

	euMember("GR", time.Date(1981, time.January, 1, 0, 0, 0, 0, cet)),

	euMember("ES", time.Date(1986, time.January, 1, 0, 0, 0, 0, cet)),
	euMember("PT", time.Date(1986, time.January, 1, 0, 0, 0, 0, cet)),

	euMember("AT", time.Date(1995, time.January, 1, 0, 0, 0, 0, cet)),
	euMember("FI", time.Date(1995, time.January, 1, 0, 0, 0, 0, cet)),
	euMember("SE", time.Date(1995, time.January, 1, 0, 0, 0, 0, cet)),

	euMember("CY", time.Date(2004, time.May, 1, 0, 0, 0, 0, cest)),
	euMember("CZ", time.Date(2004, time.May, 1, 0, 0, 0, 0, cest)),
	euMember("EE", time.Date(2004, time.May, 1, 0, 0, 0, 0, cest)),
	euMember("HU", time.Date(2004, time.May, 1, 0, 0, 0, 0, cest)),
	euMember("LT", time.Date(2004, time.May, 1, 0, 0, 0, 0, cest)),
	euMember("LV", time.Date(2004, time.May, 1, 0, 0, 0, 0, cest)),
	euMember("MT", time.Date(2004, time.May, 1, 0, 0, 0, 0, cest)),
	euMember("PL", time.Date(2004, time.May, 1, 0, 0, 0, 0, cest)),
	euMember("SI", time.Date(2004, time.May, 1, 0, 0, 0, 0, cest)),
	euMember("SK", time.Date(2004, time.May, 1, 0, 0, 0, 0, cest)),

	euMember("BG", time.Date(2007, time.January, 1, 0, 0, 0, 0, cet)),
	euMember("RO", time.Date(2007, time.January, 1, 0, 0, 0, 0, cet)),

	euMember("HR", time.Date(2013, time.July, 1, 0, 0, 0, 0, cest)),
}

func euMember(code string, joined time.Time) euMembership {
	return euMembership{state: language.MustParseRegion(code), joined: joined}
}

// euMemberAt reports whether c was a member state of the European Union (or,
// before 1 November 1993, of the European Communities) at t.
func euMemberAt(c language.Region, t time.Time) bool {
	for i := range euMembers {
		m := &euMembers[i]
		if m.state == c {
			return !t.Before(m.joined) && (m.left.IsZero() || t.Before(m.left))
		}
	}
	return false
}
