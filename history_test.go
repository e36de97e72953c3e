package vgt_test

import (
	"fmt"
	"iter"
	"slices"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/virtualglobaltaskforce/vgt"
)

// The organizations of the embedded record, by a label for the tests below
// and a name that Lookup finds at the end of the record.
var historyOrgs = map[string]string{
	"NCS": "NCS", "AHTCC": "AHTCC", "RCMP": "RCMP", "DHS": "DHS", "INTERPOL": "INTERPOL",
	"CEOP": "CEOP", "Italy": "Italian Postal and Communication Police Service", "AFP": "AFP",
	"UAE": "Ministry of Interior of the United Arab Emirates", "NZ": "New Zealand Police", "Europol": "Europol",
	"KNPA": "KNPA", "INP": "INP", "DNP": "DNP", "CYCO": "CYCO", "Colombia": "Colombian National Police",
	"DCI": "DCI", "PNP": "PNP", "NBI": "NBI", "FBI": "FBI",
	"Microsoft": "Microsoft", "Visa": "Visa", "ECPAT": "ECPAT", "INHOPE": "INHOPE", "ICMEC": "ICMEC",
	"NCMEC": "NCMEC", "PayPal": "PayPal", "DCU": "Microsoft Digital Crimes Unit", "WVA": "WVA", "RIM": "RIM",
	"Code": "The Code", "KINSA": "KINSA", "NetClean": "NetClean",
	"HSI": "HSI", "NCA": "NCA", "ACCCE": "ACCCE", "NCECC": "NCECC",
}

// historyLabels resolves historyOrgs in a and returns a function that
// labels an organization ID: its label, or its display name for an
// organization the table does not hold, so that a failure shows it.
func historyLabels(t *testing.T, a *vgt.Alliance) func(uuid.UUID) string {
	t.Helper()
	labels := map[uuid.UUID]string{}
	for label, name := range historyOrgs {
		labels[org(t, a, name).ID] = label
	}
	return func(id uuid.UUID) string {
		if l, ok := labels[id]; ok {
			return l
		}
		if o, ok := a.Organization(id); ok {
			return o.DisplayName()
		}
		return id.String()
	}
}

// memberLabels returns the labels of the members seq yields, sorted.
func memberLabels(seq iter.Seq[vgt.Member], label func(uuid.UUID) string) []string {
	var out []string
	for m := range seq {
		out = append(out, label(m.ID))
	}
	slices.Sort(out)
	return out
}

// partnerLabels returns the labels of the partners seq yields, sorted.
func partnerLabels(seq iter.Seq[vgt.Partner], label func(uuid.UUID) string) []string {
	var out []string
	for p := range seq {
		out = append(out, label(p.ID))
	}
	slices.Sort(out)
	return out
}

// midYear is the instant the yearly rows are checked at: July 1.
func midYear(y int) time.Time { return time.Date(y, time.July, 1, 0, 0, 0, 0, time.UTC) }

// The members in each period of the record (see the rows below).
var (
	founders    = []string{"AHTCC", "DHS", "INTERPOL", "NCS", "RCMP"}
	ceopYears   = []string{"AHTCC", "CEOP", "DHS", "INTERPOL", "RCMP"}
	handover    = []string{"CEOP", "DHS", "INTERPOL", "Italy", "RCMP"} // the AHTCC's seat passes to the AFP in [2008-02..2009-12]
	eight       = []string{"AFP", "CEOP", "DHS", "INTERPOL", "Italy", "NZ", "RCMP", "UAE"}
	nine        = sorted(append(slices.Clone(eight), "Europol")...)
	twelve      = sorted(append(slices.Clone(nine), "DNP", "INP", "KNPA")...)
	thirteen    = sorted(append(slices.Clone(twelve), "CYCO")...)
	fourteen    = sorted(append(slices.Clone(thirteen), "Colombia")...)
	fifteen     = sorted(append(slices.Clone(fourteen), "DCI")...)
	seventeen   = sorted(append(slices.Clone(fifteen), "NBI", "PNP")...)
	early       = []string{"Microsoft", "Visa"}
	first2011   = sorted(append(slices.Clone(early), "ECPAT", "ICMEC", "INHOPE")...)
	eleven      = sorted(append(slices.Clone(first2011), "Code", "DCU", "NCMEC", "PayPal", "RIM", "WVA")...)
	allPartners = sorted(append(slices.Clone(eleven), "KINSA", "NetClean")...)
)

// TestHistoryByYear checks the alliance as it certainly stood at the middle
// of each year of the record: its members, its partners and its chair,
// against the sources named in each row (the S numbers of the timeline in
// ../shared/sources/vgt-timeline-2003-2025.md). AsOf keeps only what
// certainly held: a join in "2003" is certain from 2003-12-31, one in a
// range from the range's last day, and a listing ("listed" by a source,
// with no date) from the last day of the listing's publication.
func TestHistoryByYear(t *testing.T) {
	a := vgt.Default()
	label := historyLabels(t, a)
	tests := []struct {
		year     int
		sources  string
		members  []string
		partners []string
		chair    string // the person in the chair; "" where none is named or none is certain
		agency   string // the member whose seat holds the chair; "" where no holder is certain
		unit     string // the part or parent of the member named as holder, if any
	}{
		// The five founders joined in "2003", certain only from its last day.
		{2003, "S01 S04", nil, nil, "", "", ""},
		// Gamble is named chair first on 2005-01-27 (S03).
		{2004, "S01 S04 S03", founders, nil, "", "", ""},
		{2005, "S01 S04 S03", founders, nil, "Jim Gamble", "NCS", ""},
		// The NCS's seat, and Gamble's chair with it, pass to CEOP in 2006-04 (S09).
		{2006, "S09 S07", ceopYears, nil, "Jim Gamble", "CEOP", ""},
		// Italy joins only on 2007-10-30, when Microsoft and Visa are first
		// listed (S10 S11); the AHTCC is still listed in 2008 (S12).
		{2007, "S07 S09 S10 S12", ceopYears, nil, "Jim Gamble", "CEOP", ""},
		// The AHTCC is listed in February 2008 (S12); the AFP chairs from
		// December 2009 (cio.com.au), so the seat passed in [2008-02..2009-12].
		{2008, "S10 S11 S12 cio.com.au/article/370123", handover, early, "Jim Gamble", "CEOP", ""},
		{2009, "S12 cio.com.au/article/370123", handover, early, "Jim Gamble", "CEOP", ""},
		// The UAE joins on 2010-03-09 (S14, S17's year), New Zealand on 16 or 17 June (S18 S19).
		{2010, "S14 S17 S18 S19 cio.com.au/article/370123", eight, early, "Neil Gaughan", "AFP", ""},
		// Europol in [2010-12..2011-04-07] (S23's count of eight, S25); three partners "last month" (S26).
		{2011, "S23 S25 S26", nine, first2011, "Neil Gaughan", "AFP", ""},
		// NCMEC before PayPal, the fifth partner (S27 S29); PayPal (S29 S30); four more "last month" (S31 S32 S33).
		{2012, "S27 S29 S30 S31 S32 S33", nine, eleven, "Neil Gaughan", "AFP", ""},
		// ICE HSI chairs from December 2012 (S34); the votes of S35 fulfilled in 2013 (S36 S37).
		{2013, "S34 S35 S36 S37", twelve, allPartners, "Ian Quinn", "DHS", "HSI"},
		// Switzerland signs in [2014-05-06..2014-05-12] (S40).
		{2014, "S40", thirteen, allPartners, "Ian Quinn", "DHS", "HSI"},
		// Colombia is on the Board listed by S41; the UAE takes the chair only on 2015-11-11 (S43).
		{2015, "S41 S42 S43", fourteen, allPartners, "Ian Quinn", "DHS", "HSI"},
		{2016, "S43 S47", fourteen, allPartners, "Nasser Lakhrebani Al Nuaimi", "UAE", ""},
		// The UAE is last named chair on 2017-05-15 (S49) and the RCMP first on
		// 2019-10-04 (S50): the handover lies between, so no holder is certain.
		{2017, "S49 S50", fourteen, allPartners, "", "", ""},
		{2018, "S49 S50", fourteen, allPartners, "", "", ""},
		{2019, "S49 S50", fourteen, allPartners, "", "", ""},
		// The NCA chairs from October 2021 (S57).
		{2020, "S50 S57", fourteen, allPartners, "Marie-Claude Arsenault", "RCMP", ""},
		{2021, "S50 S57", fourteen, allPartners, "Marie-Claude Arsenault", "RCMP", ""},
		// The NCA's chair is the seat of its CEOP command (S55 S57).
		{2022, "S55 S57", fourteen, allPartners, "", "CEOP", "NCA"},
		// The DCI has joined by 2023-04-19 (S53): 15 agencies, as S52 counts.
		{2023, "S52 S53 S57", fifteen, allPartners, "", "CEOP", "NCA"},
		{2024, "S56 S57", fifteen, allPartners, "", "CEOP", "NCA"},
		// The AFP from 2024-11-01 (S58 S59); the PNP and the NBI are listed by S58.
		{2025, "S58 S59 S60", seventeen, allPartners, "Justine Gough", "AFP", ""},
	}
	years := map[int]bool{}
	for _, tt := range tests {
		years[tt.year] = true
		t.Run(fmt.Sprint(tt.year), func(t *testing.T) {
			s := a.AsOf(midYear(tt.year))
			assert.Equal(t, tt.members, memberLabels(s.Current(), label), "members (sources %s)", tt.sources)
			assert.Equal(t, tt.partners, partnerLabels(s.Partners(), label), "partners (sources %s)", tt.sources)
			h, ok := s.Holder(vgt.PostChair)
			if tt.agency == "" {
				assert.False(t, ok, "no holder of the chair is certain (sources %s)", tt.sources)
				return
			}
			require.True(t, ok, "the chair (sources %s)", tt.sources)
			assert.Equal(t, tt.agency, label(h.Agency), "the chair's seat (sources %s)", tt.sources)
			unit := ""
			if h.Unit != uuid.Nil {
				unit = label(h.Unit)
			}
			assert.Equal(t, tt.unit, unit, "the unit named as chair (sources %s)", tt.sources)
			name := ""
			if p, ok := s.Person(h.Person); ok {
				name = p.Name
			}
			assert.Equal(t, tt.chair, name, "the chair (sources %s)", tt.sources)
		})
	}
	for y := 2003; y <= 2025; y++ {
		assert.True(t, years[y], "no row for %d", y)
	}
}

// TestHistoryRecord checks what the record says beyond the yearly roster:
// its horizon, its round trip, and the votes, plans, claims and counts that
// the sources state.
func TestHistoryRecord(t *testing.T) {
	a := vgt.Default()
	label := historyLabels(t, a)

	through := a.RecordedThrough()
	assert.Equal(t, 2025, through.Earliest().Year(), "the horizon %s", through)
	assert.Equal(t, 2025, through.Latest().Year(), "the horizon %s", through)
	requireRoundTrip(t, a)

	// Voted in in December 2012, not yet members or partners (S35).
	s := a.AsOf(day("2013-01-15"))
	var pending []string
	for ad := range s.Pending() {
		pending = append(pending, label(ad.Organization))
	}
	slices.Sort(pending)
	assert.Equal(t, []string{"INP", "KINSA", "KNPA", "NetClean"}, pending)
	assert.NotContains(t, memberLabels(s.Current(), label), "KNPA")
	assert.Empty(t, slices.Collect(a.Pending()), "every vote and election is fulfilled by the end of the record")

	// KNPA's membership remembers its vote and the plan it fulfilled (S35 S37).
	knpa, ok := a.Member(org(t, a, "KNPA").ID)
	require.True(t, ok)
	assert.Equal(t, "[2012-12-01..2012-12-14]", knpa.Membership().Vote.Date.String())
	assert.Len(t, knpa.Membership().Plans(), 1)

	// The Philippine National Police's signing at Cartagena stays a plan
	// (S47), though S58 lists it as a member.
	var outstanding []string
	for p := range a.Plans() {
		if !p.IsFulfilled() {
			outstanding = append(outstanding, label(p.Change.Organization)+" "+p.Change.Effective.String())
		}
	}
	assert.Equal(t, []string{"PNP [2016-04-04..2016-04-07]"}, outstanding)

	// Claims the record does not believe (S51 S54 S58).
	var claims []string
	for c := range a.Claims() {
		claims = append(claims, c.Change.Status.String()+" "+label(c.Change.Organization))
	}
	assert.ElementsMatch(t, []string{"disputed UAE", "unconfirmed FBI", "disputed AFP"}, claims)
	_, ok = a.Member(org(t, a, "FBI").ID)
	assert.False(t, ok, "an unconfirmed listing makes no member")

	// The counts that sources state: those of law-enforcement agencies
	// agree with the roster until 2024; the 2024 count of 15 is below the
	// 17 agencies the record holds (no source states a departure).
	for c := range a.CountChecks() {
		if c.Role != vgt.RoleMember {
			continue
		}
		if c.Published.Earliest().Year() < 2024 {
			assert.True(t, c.Agrees(), "%d %s (%s): the record holds %d to %d", c.N, c.Words, c.Published, c.Recorded, c.Recorded+c.Possible)
		}
	}

	// The CEOP command's seat is named by the National Crime Agency from
	// 2013-10-07, and CEOP bears the name it had then (S66).
	ceop := org(t, a, "CEOP")
	then, ok := a.AsOf(day("2012-01-01")).Organization(ceop.ID)
	require.True(t, ok)
	assert.Equal(t, "Child Exploitation and Online Protection Centre", then.Name)
	assert.Equal(t, "Child Exploitation and Online Protection Command", ceop.Name)
	assert.Equal(t, org(t, a, "NCA").ID, ceop.Parent)

	// Korea is covered, as recorded through 2025 (S37).
	assert.Contains(t, memberLabels(a.Covering(vgt.MustParseJurisdiction("KR")), label), "KNPA")

	// The National Crime Squad's remit was England and Wales (S01): in
	// 2005 it covered them, only possibly the United Kingdom, and not
	// Scotland.
	in2005 := a.AsOf(day("2005-06-01"))
	assert.Equal(t, []string{"INTERPOL", "NCS"}, memberLabels(in2005.Covering(vgt.MustParseJurisdiction("GB-EAW")), label))
	assert.Equal(t, []string{"INTERPOL"}, memberLabels(in2005.Covering(vgt.MustParseJurisdiction("GB")), label))
	assert.Contains(t, memberLabels(in2005.PossiblyCovering(vgt.MustParseJurisdiction("GB")), label), "NCS")
	assert.Equal(t, []string{"INTERPOL"}, memberLabels(in2005.Covering(vgt.MustParseJurisdiction("GB-SCT")), label))
	assert.NotContains(t, memberLabels(in2005.PossiblyCovering(vgt.MustParseJurisdiction("GB-SCT")), label), "NCS")
}
