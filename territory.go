package vgt

import (
	"time"

	"golang.org/x/text/language"
)

// The package keeps its own table of dependent territories because x/text's
// region data is geography (UN M.49 puts Réunion in Eastern Africa) and has
// no notion of sovereignty: nothing in it says that France answers for
// Réunion. Each entry is a territory with its own ISO 3166-1 alpha-2 code
// and the state responsible for it in international law: the state it is
// part of, or the state that conducts its defence and international
// relations. That is the relation that matters for police cooperation:
// treaties on mutual legal assistance, extradition and cybercrime reach
// such a territory through that state (by extension or declaration), and
// its cases reach the state's agencies.
//
// Self-government, and a territory's own police force, do not change the
// entry: Greenland, Aruba, Gibraltar and Hong Kong govern and police
// themselves in most matters and are listed. The table records who
// administers a territory, not a view on a dispute (Argentina claims FK and
// GS, Spain claims GI, Mauritius claims IO).
//
// Not listed, and so states in their own right here:
//   - The Cook Islands (CK) and Niue (NU), self-governing in free
//     association with New Zealand. New Zealand's statutes still speak of
//     its responsibility for their external affairs and defence (Cook
//     Islands Constitution Act 1964, s. 5; Niue Constitution Act 1974, s.
//     6), but New Zealand's own instruments of ratification call each
//     government the one with "exclusive competence to implement treaties"
//     there, and New Zealand told the UN Secretary-General on 17 March 2004
//     that the Cook Islands "possesses in its own right the capacity to
//     enter into treaties". They join treaties in their own name, and New
//     Zealand's agencies have no authority in them: NZ does not contain
//     them.
//   - Territories without an ISO 3166-1 code of their own (Akrotiri and
//     Dhekelia, Ascension and Tristan da Cunha within SH, Clipperton within
//     FR, the Antarctic claims within AQ), and disputed or unrecognised
//     ones (EH, PS, TW, XK) that no state administers as a dependency.
//
// Sovereignty changed for two listed territories, so entries carry dates:
// the instant of a handover is midnight, local time, of the day the treaty
// names. Other territories have had the same state since before the
// European Communities (1958), where this package's history starts.
//
// Sources, by state:
//
//   - US: the Territory Clause of the Constitution (art. IV, s. 3, cl. 2)
//     and Title 48 of the United States Code: the Puerto Rico Federal
//     Relations Act (48 U.S.C. ch. 4), the Guam Organic Act of 1950 (48
//     U.S.C. 1421 ff.), the Revised Organic Act of the Virgin Islands of
//     1954 (48 U.S.C. 1541 ff.), 48 U.S.C. 1661 (American Samoa), the
//     Covenant with the Northern Mariana Islands (Pub. L. 94-241, 1976);
//     UM groups the minor outlying islands (Baker, Howland, Jarvis,
//     Johnston, Kingman, Midway, Navassa, Palmyra, Wake).
//   - FR: the Constitution of 4 October 1958, art. 72-3 (which names
//     Guadeloupe, Guyane, Martinique, La Réunion, Mayotte, Saint-Barthélemy,
//     Saint-Martin, Saint-Pierre-et-Miquelon, Wallis-et-Futuna and French
//     Polynesia, and leaves the French Southern and Antarctic Lands to a
//     statute, loi n° 55-1052 du 6 août 1955), art. 73 and 74, and title
//     XIII (art. 76 and 77) for New Caledonia.
//   - AU: section 122 of the Constitution and the acts that accepted or
//     govern each territory: Christmas Island Act 1958, Cocos (Keeling)
//     Islands Act 1955, Norfolk Island Act 1979, Heard Island and McDonald
//     Islands Act 1953.
//   - FI: the Constitution of Finland, s. 120, and the Act on the Autonomy
//     of Åland (1144/1991).
//   - DK: the Act on Greenland Self-Government (no. 473 of 12 June 2009)
//     and the Act on the Home Rule of the Faroe Islands (no. 137 of 23
//     March 1948), both within the realm of the Constitutional Act.
//   - NL: the Charter for the Kingdom of the Netherlands (1954), art. 1
//     (Aruba, Curaçao and Sint Maarten are countries of the Kingdom) and
//     art. 3 (defence and foreign relations are Kingdom affairs); Bonaire,
//     Sint Eustatius and Saba (BQ) are public bodies of the Netherlands
//     itself since 10 October 2010 (Constitution, art. 132a).
//   - GB: the British Nationality Act 1981, Schedule 6, as amended by the
//     British Overseas Territories Act 2002, which lists the overseas
//     territories (AI, BM, IO, VG, KY, FK, GI, MS, PN, SH, GS, TC). A treaty
//     signed on 22 May 2025 recognises Mauritius's sovereignty over the
//     Chagos Archipelago (IO); the entry will change on the day it enters
//     into force. The Crown Dependencies (GG, JE, IM) are not part of the
//     United Kingdom, but the United Kingdom is responsible for their
//     defence and international relations and extends treaties to them at
//     their request (Royal Commission on the Constitution, 1973; Ministry of
//     Justice, "Fact sheet on the UK's relationship with the Crown
//     Dependencies"): they are listed like the overseas territories.
//   - NZ: the Tokelau Act 1948; Tokelau is on the UN list of
//     non-self-governing territories with New Zealand as administering
//     power.
//   - CN: the Sino-British Joint Declaration (1984) and the Basic Law of the
//     Hong Kong SAR, art. 1, 12 and 13, in force on 1 July 1997; the
//     Sino-Portuguese Joint Declaration (1987) and the Basic Law of the
//     Macao SAR, art. 1, 12 and 13, in force on 20 December 1999. Before
//     those days HK was a British dependent territory and MO was
//     administered by Portugal.
//   - NO: the Svalbard Act of 17 July 1925, s. 1 (Svalbard is part of the
//     Kingdom), and the Jan Mayen Act of 27 February 1930 (SJ covers both);
//     the Dependencies Act of 27 February 1930 (Bouvet Island).

// dependency is a territory's dependence on a state, from from (inclusive;
// zero for always) to until (exclusive; zero for still).
type dependency struct {
	territory, state language.Region
	from, until      time.Time
}

func (d *dependency) covers(t time.Time) bool {
	return (d.from.IsZero() || !t.Before(d.from)) && (d.until.IsZero() || t.Before(d.until))
}

var (
	hkt = time.FixedZone("HKT", 8*60*60)
	mot = time.FixedZone("MOT", 8*60*60)

	hkHandover = time.Date(1997, time.July, 1, 0, 0, 0, 0, hkt)
	moHandover = time.Date(1999, time.December, 20, 0, 0, 0, 0, mot)
)

// dependencies keeps the entries of one territory next to each other, in
// order of time, which is what stateAt's scan relies on.
var dependencies = [...]dependency{
	dependent("PR", "US"), dependent("GU", "US"), dependent("VI", "US"),
	dependent("AS", "US"), dependent("MP", "US"), dependent("UM", "US"),

	dependent("GP", "FR"), dependent("GF", "FR"), dependent("MQ", "FR"),
	dependent("RE", "FR"), dependent("YT", "FR"), dependent("BL", "FR"),
	dependent("MF", "FR"), dependent("PM", "FR"), dependent("WF", "FR"),
	dependent("PF", "FR"), dependent("NC", "FR"), dependent("TF", "FR"),

	dependent("CX", "AU"), dependent("CC", "AU"), dependent("NF", "AU"),
	dependent("HM", "AU"),

	dependent("AX", "FI"),

	dependent("GL", "DK"), dependent("FO", "DK"),

	dependent("AW", "NL"), dependent("CW", "NL"), dependent("SX", "NL"),
	dependent("BQ", "NL"),

	dependent("AI", "GB"), dependent("BM", "GB"), dependent("IO", "GB"),
	dependent("VG", "GB"), dependent("KY", "GB"), dependent("FK", "GB"),
	dependent("GI", "GB"), dependent("MS", "GB"), dependent("PN", "GB"),
	dependent("SH", "GB"), dependent("GS", "GB"), dependent("TC", "GB"),
	dependent("GG", "GB"), dependent("JE", "GB"), dependent("IM", "GB"),

	dependent("TK", "NZ"),

	{territory: language.MustParseRegion("HK"), state: language.MustParseRegion("GB"), until: hkHandover},
	{territory: language.MustParseRegion("HK"), state: language.MustParseRegion("CN"), from: hkHandover},
	{territory: language.MustParseRegion("MO"), state: language.MustParseRegion("PT"), until: moHandover},
	{territory: language.MustParseRegion("MO"), state: language.MustParseRegion("CN"), from: moHandover},

	dependent("SJ", "NO"), dependent("BV", "NO"),
}

func dependent(territory, state string) dependency {
	return dependency{territory: language.MustParseRegion(territory), state: language.MustParseRegion(state)}
}

// dependencyIndex maps a territory's UN M.49 number, which every accepted
// country has and which x/text reads from a table, to 1 + the index of the
// territory's first entry in dependencies (0 for none). Covering asks every
// member whether it contains the jurisdiction in question, so the common
// answer, "not a dependent territory", must cost one lookup rather than a
// scan of the table.
var dependencyIndex = func() *[1000]uint8 {
	var idx [1000]uint8
	for i := len(dependencies) - 1; i >= 0; i-- {
		idx[dependencies[i].territory.M49()] = uint8(i + 1)
	}
	return &idx
}()

// stateAt returns the state responsible for territory r at t, and false
// when r is not a dependent territory at t.
func stateAt(r language.Region, t time.Time) (language.Region, bool) {
	i := int(dependencyIndex[r.M49()])
	if i == 0 {
		return language.Region{}, false
	}
	for i--; i < len(dependencies) && dependencies[i].territory == r; i++ {
		if d := &dependencies[i]; d.covers(t) {
			return d.state, true
		}
	}
	return language.Region{}, false
}
