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
// The table records member states only. Territories with their own ISO
// 3166-1 code that are part of the Union's territory without being members
// in their own right are in euTerritories, below.

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

// The treaties apply to the European territory of each member state (art.
// 52 TEU) and, article 355 TFEU says, to some of its other territories but
// not to others. euTerritories lists the territories with their own ISO
// 3166-1 code that are in the Union, with the dates where those differ from
// their state's membership; the subdivisions the package accepts (GB-EAW,
// ES-CN, PT-20 ...) are parts of a member state's own territory and follow
// it. The sources:
//
//   - The outermost regions, art. 349 and 355(1) TFEU: Guadeloupe, French
//     Guiana, Martinique, Mayotte, Réunion, Saint-Martin (GP, GF, MQ, YT,
//     RE, MF), and the Azores, Madeira and the Canary Islands, which have no
//     alpha-2 code (PT-20, PT-30, ES-CN). The French overseas departments
//     were in the Community from the start (art. 227(2) of the EEC Treaty);
//     Saint-Martin was part of Guadeloupe until 2007 and became an
//     outermost region in its own right with the Treaty of Lisbon, so it is
//     in throughout. Mayotte has been an outermost region since 1 January
//     2014 (European Council Decision 2012/419/EU, OJ L 204, 31.7.2012);
//     before that it was an overseas territory outside the Union.
//   - Saint-Barthélemy (BL) left Guadeloupe in 2007 as an outermost region
//     and became an overseas country and territory on 1 January 2012
//     (European Council Decision 2010/718/EU, OJ L 325, 9.12.2010).
//   - Åland (AX) is in the Union with Finland since 1995, with exceptions
//     on tax (art. 355(4) TFEU; Protocol No 2 to the 1994 Act of
//     Accession).
//   - Gibraltar (GI) was in the Union as a European territory for whose
//     external relations a member state is responsible (art. 355(3) TFEU,
//     art. 227(4) of the EEC Treaty), outside the customs union, the common
//     agricultural policy and VAT (1972 Act of Accession, art. 28), from the
//     United Kingdom's accession until its withdrawal, which took
//     Gibraltar out with it (Withdrawal Agreement, art. 3(1)(b)).
//   - Greenland (GL) joined with Denmark in 1973 and left on 1 February
//     1985 (Greenland Treaty, OJ L 29, 1.2.1985); it has been an overseas
//     country and territory since.
//
// Not in the Union, and so not listed: the overseas countries and
// territories of art. 355(2) TFEU and Annex II (GL, NC, PF, TF, WF, PM, BL,
// AW, BQ, CW, SX, and until the United Kingdom left AI, BM, FK, GS, IO, KY,
// MS, PN, SH, TC, VG), to which only Part Four of the TFEU applies; the
// Faroe Islands (FO), to which the treaties do not apply (art. 355(5)(a));
// and the Channel Islands and the Isle of Man (GG, JE, IM), to which they
// applied only as far as Protocol No 3 to the 1972 Act of Accession needed
// for trade in goods (art. 355(5)(c)).
//
// Saint-Pierre-et-Miquelon was an overseas department from 1976 to 1985;
// no single act dates the end of its place in the Community, so the table
// does not record those years and treats it as outside throughout.

// euTerritory is a territory in the Union while its state is a member and,
// within that, from from (inclusive; zero for the state's accession) until
// until (exclusive; zero for still).
type euTerritory struct {
	territory   language.Region
	from, until time.Time
}

var euTerritories = [...]euTerritory{
	{territory: language.MustParseRegion("GP")},
	{territory: language.MustParseRegion("GF")},
	{territory: language.MustParseRegion("MQ")},
	{territory: language.MustParseRegion("RE")},
	{territory: language.MustParseRegion("MF")},
	{territory: language.MustParseRegion("YT"), from: time.Date(2014, time.January, 1, 0, 0, 0, 0, cet)},
	{territory: language.MustParseRegion("BL"), until: time.Date(2012, time.January, 1, 0, 0, 0, 0, cet)},
	{territory: language.MustParseRegion("AX")},
	{territory: language.MustParseRegion("GI")},
	{territory: language.MustParseRegion("GL"), until: time.Date(1985, time.February, 1, 0, 0, 0, 0, cet)},
}

// euTerritoryAt reports whether c is a territory listed in euTerritories
// that was in the Union (or the Communities) at t: within its own dates,
// and while the state responsible for it was a member.
func euTerritoryAt(c language.Region, t time.Time) bool {
	for i := range euTerritories {
		e := &euTerritories[i]
		if e.territory != c {
			continue
		}
		if (!e.from.IsZero() && t.Before(e.from)) || (!e.until.IsZero() && !t.Before(e.until)) {
			return false
		}
		state, ok := stateAt(c, t)
		return ok && euMemberAt(state, t)
	}
	return false
}
