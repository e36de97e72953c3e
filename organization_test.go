package vgt_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/virtualglobaltaskforce/vgt"
)

// What Lookup returns says where an agency has authority, what kind of
// member it is, and what it is part of.
func TestOrganizationAuthority(t *testing.T) {
	a := vgt.Default()
	for _, tc := range []struct {
		name         string
		jurisdiction string
		kind         vgt.MemberKind
	}{
		{"AFP", "AU", vgt.MemberKindNationalAgency},
		{"Europol", "EU", vgt.MemberKindInternationalOrganization},
		{"INTERPOL", "001", vgt.MemberKindInternationalOrganization},
		{"ECPAT International", "", 0},
	} {
		org, err := a.Lookup(tc.name)
		require.NoError(t, err, tc.name)
		assert.Equal(t, tc.jurisdiction, org.Authority().String(), tc.name)
		assert.Equal(t, tc.kind, org.MemberKind(), tc.name)
		if m, ok := a.Member(org.ID); ok {
			assert.Equal(t, m.Jurisdiction, m.Authority())
			assert.Equal(t, m.Kind, m.MemberKind())
		}
	}
	ncecc, err := a.Lookup("NCECC")
	require.NoError(t, err)
	rcmp, err := a.Lookup("RCMP")
	require.NoError(t, err)
	assert.Equal(t, rcmp.ID, ncecc.Parent, "NCECC is part of the RCMP")
}
