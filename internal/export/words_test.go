package export_test

import (
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/virtualglobaltaskforce/vgt"
	"github.com/virtualglobaltaskforce/vgt/internal/export"
	"github.com/virtualglobaltaskforce/vgt/internal/formattest"
)

func TestRoleLabel(t *testing.T) {
	tests := []struct {
		role vgt.Role
		cat  vgt.PartnerCategory
		want string
	}{
		{vgt.RoleMember, 0, "member"},
		{vgt.RolePartner, vgt.PartnerCategoryIndustry, "industry partner"},
		{vgt.RolePartner, vgt.PartnerCategoryNonGovernmental, "non-governmental partner"},
		{vgt.RolePartner, vgt.PartnerCategoryAcademic, "academic partner"},
		{vgt.RolePartner, 0, "partner"},
		{0, 0, ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, export.RoleLabel(tt.role, tt.cat), "%s %s", tt.role, tt.cat)
	}
}

func TestIsFormer(t *testing.T) {
	ended := vgt.MustParsePeriod("/2013-01-30")
	tests := []struct {
		name string
		n    vgt.Name
		want bool
	}{
		{"former", vgt.Name{Kind: vgt.NameKindFormer}, true},
		{"official, ended", vgt.Name{Kind: vgt.NameKindOfficial, Period: ended}, true},
		{"acronym, ended", vgt.Name{Kind: vgt.NameKindAcronym, Period: ended}, true},
		{"short, ended", vgt.Name{Kind: vgt.NameKindShort, Period: ended}, true},
		{"official, ongoing", vgt.Name{Kind: vgt.NameKindOfficial, Period: vgt.MustParsePeriod("2013-10-07/..")}, false},
		{"official, no dates", vgt.Name{Kind: vgt.NameKindOfficial}, false},
		// An alias's period is when a source used it.
		{"alias, ended", vgt.Name{Kind: vgt.NameKindAlias, Period: vgt.MustParsePeriod("[..2010-12-02]/[2010-12-02..]")}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, export.IsFormer(tt.n))
		})
	}
}

func TestMarked(t *testing.T) {
	assert.Equal(t, "The alliance is created.", export.Marked(0, "The alliance is created."))
	assert.Equal(t, "Planned: A new website is due to go live.", export.Marked(vgt.StatusPlanned, "A new website is due to go live."))
	assert.Equal(t, "Disputed claim: Ernie Allen is chairman of the alliance.", export.Marked(vgt.StatusDisputed, "Ernie Allen is chairman of the alliance."))
	assert.Equal(t, "Unconfirmed claim: x", export.Marked(vgt.StatusUnconfirmed, "x"))
	for _, s := range []vgt.Status{vgt.StatusPlanned, vgt.StatusDisputed, vgt.StatusUnconfirmed} {
		assert.NotEmpty(t, export.StatusNote(s), "%s", s)
	}
	assert.Empty(t, export.StatusNote(0))
}

func TestNotes(t *testing.T) {
	assert.Equal(t, "“a”, “b”", export.Quoted("a", "", "b"))
	assert.Equal(t, "One. Two.", export.Sentences("", "One.", "", "Two."))
	assert.Equal(t, "The sources' words: “private industry partners”.", export.WordsNote([]string{"private industry partners"}))
	assert.Empty(t, export.WordsNote(nil))
	assert.Empty(t, export.AdmissionNote(vgt.Admission{}))
	assert.Empty(t, export.TitleNote(""))
}

// TestFeatures checks the notes and texts on the features record, whose
// tenures and changes hold each case.
func TestFeatures(t *testing.T) {
	a := formattest.Features(t)
	dhs := uuid.MustParse("44a29fbd-ac0a-42ee-9fe6-69b1eedd356e")
	hsi := uuid.MustParse("850778be-d4c4-4ce9-9774-1d58684b7d3f")
	assert.Equal(t, "Held for the seat of United States Department of Homeland Security; the sources name Homeland Security Investigations as holder.", export.SeatNote(a, dhs, hsi))
	assert.Equal(t, "Held for the seat of United States Department of Homeland Security.", export.SeatNote(a, dhs, uuid.Nil))
	assert.Empty(t, export.SeatNote(a, uuid.Nil, uuid.Nil))

	var texts, notes []string
	for p := range a.Plans() {
		texts = append(texts, export.ChangeText(a, p.Change))
	}
	for c := range a.Claims() {
		texts = append(texts, export.ChangeText(a, c.Change))
	}
	for tn := range a.Tenures() {
		if !tn.Election.IsZero() {
			notes = append(notes, export.AdmissionNote(tn.Election))
		}
	}
	for p := range a.Partners() {
		for ms := range p.Partnerships() {
			if !ms.Vote.IsZero() {
				notes = append(notes, export.AdmissionNote(ms.Vote))
			}
		}
	}
	assert.Equal(t, []string{
		"NetClean joins as industry partner; the source's words: “officially become VGT members”",
		"Federal Bureau of Investigation joins as member; the source's words: “will join”",
		"Federal Bureau of Investigation is listed as member",
		"United States Department of Homeland Security is listed as Chair; the source's words: “chaired the VGT from 2009 to 2019”",
	}, texts)
	assert.Equal(t, []string{
		"Elected (EDTF): 2012-11, as “elected to chair”.",
		"Voted in (EDTF): [2012-12-01..2012-12-14], as “private sector partners”.",
	}, notes)

	ian := uuid.MustParse("bd08c334-4a57-4bd3-a13b-68668c80f8e6")
	nca := uuid.MustParse("ccef4049-8a8b-499c-ae66-ac359c2d8b3f")
	ceop := uuid.MustParse("5a6bfcce-67fb-4f09-8e7c-b61492cba798")
	tests := []struct {
		c    vgt.Change
		want string
	}{
		{vgt.Change{Kind: vgt.ChangeKindAppointed, Organization: hsi, Person: ian, Post: vgt.PostChair, Title: "deputy assistant director"},
			"Ian Quinn, for Homeland Security Investigations, takes office as Chair (deputy assistant director)"},
		{vgt.Change{Kind: vgt.ChangeKindElected, Organization: nca, Post: vgt.PostChair}, "National Crime Agency is elected Chair"},
		{vgt.Change{Kind: vgt.ChangeKindParentChanged, Organization: ceop, Parent: nca}, "Child Exploitation and Online Protection Command becomes part of National Crime Agency"},
		{vgt.Change{Kind: vgt.ChangeKindParentChanged, Organization: ceop}, "Child Exploitation and Online Protection Command becomes part of no other body"},
		{vgt.Change{Kind: vgt.ChangeKindSucceeded, Organization: dhs, Successor: nca}, "United States Department of Homeland Security's seat passes to National Crime Agency"},
		{vgt.Change{Kind: vgt.ChangeKindVotedIn, Organization: nca, Role: vgt.RoleMember}, "National Crime Agency is voted in as member"},
		{vgt.Change{Kind: vgt.ChangeKindLeft, Organization: nca, Role: vgt.RoleMember}, "National Crime Agency leaves as member"},
		{vgt.Change{Kind: vgt.ChangeKindRenamed, Organization: nca, Name: vgt.Name{Text: "NCA UK"}}, "National Crime Agency is renamed NCA UK"},
		{vgt.Change{Kind: vgt.ChangeKindNamed, Organization: nca, Name: vgt.Name{Text: "UK NCA"}}, "National Crime Agency is called UK NCA"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, export.ChangeText(a, tt.c))
	}
	require.Equal(t, "parent changed", export.ChangeKindLabel(vgt.ChangeKindParentChanged))
	require.Equal(t, "voted in", export.ChangeKindLabel(vgt.ChangeKindVotedIn))
	require.Equal(t, "joined", export.ChangeKindLabel(vgt.ChangeKindJoined))
}

func TestGovernment(t *testing.T) {
	g := export.Government(formattest.Features(t))
	for id, want := range map[string]bool{
		"44a29fbd-ac0a-42ee-9fe6-69b1eedd356e": true,  // DHS, a member
		"850778be-d4c4-4ce9-9774-1d58684b7d3f": true,  // HSI, a unit of DHS
		"ccef4049-8a8b-499c-ae66-ac359c2d8b3f": true,  // the NCA, which CEOP is part of
		"3744f760-3a8d-42b9-90fb-1c17ccebd5bb": true,  // the FBI, an agency the record does not hold as a member
		"c9104de5-c189-4e9a-af22-5677fd767e85": false, // ECPAT International, a partner
	} {
		assert.Equal(t, want, g[uuid.MustParse(id)], id)
	}
}
