package vgt_test

import (
	"encoding"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/virtualglobaltaskforce/vgt"
)

// enum describes one enumeration type for the table-driven tests.
type enum struct {
	name   string
	values []fmt.Stringer // every valid value, in order
	parse  func(string) (fmt.Stringer, error)
	zero   func() encoding.TextUnmarshaler
}

func enumOf[T interface {
	~uint8
	fmt.Stringer
	MarshalText() ([]byte, error)
}, P interface {
	*T
	encoding.TextUnmarshaler
}](name string, parse func(string) (T, error), values ...T) enum {
	e := enum{name: name, parse: func(s string) (fmt.Stringer, error) { return parse(s) }, zero: func() encoding.TextUnmarshaler { return P(new(T)) }}
	for _, v := range values {
		e.values = append(e.values, v)
	}
	return e
}

var enums = []enum{
	enumOf("MemberKind", vgt.ParseMemberKind, vgt.MemberKindNationalAgency, vgt.MemberKindInternationalOrganization),
	enumOf("PartnerCategory", vgt.ParsePartnerCategory, vgt.PartnerCategoryIndustry, vgt.PartnerCategoryNonGovernmental, vgt.PartnerCategoryAcademic),
	enumOf("NameKind", vgt.ParseNameKind, vgt.NameKindOfficial, vgt.NameKindAcronym, vgt.NameKindShort, vgt.NameKindFormer, vgt.NameKindAlias, vgt.NameKindWeakAlias),
	enumOf("ChangeKind", vgt.ParseChangeKind, vgt.ChangeKindVotedIn, vgt.ChangeKindJoined, vgt.ChangeKindLeft, vgt.ChangeKindSucceeded, vgt.ChangeKindRenamed, vgt.ChangeKindElected, vgt.ChangeKindAppointed, vgt.ChangeKindListed, vgt.ChangeKindNamed, vgt.ChangeKindParentChanged),
	enumOf("Role", vgt.ParseRole, vgt.RoleMember, vgt.RolePartner),
	enumOf("Post", vgt.ParsePost, vgt.PostChair),
	enumOf("Precision", vgt.ParsePrecision, vgt.PrecisionYear, vgt.PrecisionMonth, vgt.PrecisionDay),
	enumOf("Status", vgt.ParseStatus, vgt.StatusPlanned, vgt.StatusDisputed, vgt.StatusUnconfirmed),
	enumOf("Counted", vgt.ParseCounted, vgt.CountedMemberAgencies, vgt.CountedPartners, vgt.CountedAnnouncements),
}

// coverageEnum is Coverage, whose String is not its text form, and which
// TestEnumsRoundTrip leaves out for that reason.
var coverageEnum = enumOf("Coverage", vgt.ParseCoverage, vgt.CoverageNone, vgt.CoveragePossible, vgt.CoverageCertain)

func TestEnumsRoundTrip(t *testing.T) {
	for _, e := range enums {
		t.Run(e.name, func(t *testing.T) {
			seen := map[string]bool{}
			for _, v := range e.values {
				s := v.String()
				require.NotEmpty(t, s)
				assert.False(t, seen[s], "two values print as %q", s)
				seen[s] = true
				got, err := e.parse(s)
				require.NoError(t, err)
				assert.Equal(t, v, got)
				text, err := v.(encoding.TextMarshaler).MarshalText()
				require.NoError(t, err)
				assert.Equal(t, s, string(text))
				u := e.zero()
				require.NoError(t, u.UnmarshalText(text))
				assert.Equal(t, v, deref(u))
			}
			_, err := e.parse("")
			assert.ErrorIs(t, err, vgt.ErrInvalid)
			_, err = e.parse("no such value")
			assert.ErrorIs(t, err, vgt.ErrInvalid)
			assert.Contains(t, err.Error(), `"no such value"`)
			assert.Contains(t, err.Error(), e.values[0].String(), "the message lists the valid values")
			u := e.zero()
			require.NoError(t, u.UnmarshalText(nil), "empty text is the zero value")
		})
	}
}

// deref returns the value a pointer to an enumeration points to.
func deref(u encoding.TextUnmarshaler) fmt.Stringer {
	switch p := u.(type) {
	case *vgt.MemberKind:
		return *p
	case *vgt.PartnerCategory:
		return *p
	case *vgt.NameKind:
		return *p
	case *vgt.ChangeKind:
		return *p
	case *vgt.Role:
		return *p
	case *vgt.Post:
		return *p
	case *vgt.Precision:
		return *p
	case *vgt.Coverage:
		return *p
	case *vgt.Status:
		return *p
	case *vgt.Counted:
		return *p
	}
	panic(fmt.Sprintf("%T", u))
}

func TestEnumAppendText(t *testing.T) {
	for _, e := range append(enums, coverageEnum) {
		for _, v := range e.values {
			text, err := v.(encoding.TextMarshaler).MarshalText()
			require.NoError(t, err)
			got, err := v.(encoding.TextAppender).AppendText([]byte("x:"))
			require.NoError(t, err)
			assert.Equal(t, "x:"+string(text), string(got), "%s %v", e.name, v)
		}
		zero := e.zero().(encoding.TextAppender)
		got, err := zero.AppendText([]byte("x:"))
		require.NoError(t, err)
		assert.Equal(t, "x:", string(got), "%s: the zero value appends nothing", e.name)
	}
	_, err := vgt.Role(9).AppendText(nil)
	assert.ErrorIs(t, err, vgt.ErrInvalid)
}

func TestCoverageText(t *testing.T) {
	for _, tc := range []struct {
		c            vgt.Coverage
		text, String string
	}{
		{vgt.CoverageNone, "none", "not covered"},
		{vgt.CoveragePossible, "possible", "possibly covered"},
		{vgt.CoverageCertain, "certain", "certainly covered"},
	} {
		text, err := tc.c.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, tc.text, string(text))
		assert.Equal(t, tc.String, tc.c.String())
		for _, s := range []string{tc.text, tc.String} {
			got, err := vgt.ParseCoverage(s)
			require.NoError(t, err, s)
			assert.Equal(t, tc.c, got)
		}
		var back vgt.Coverage
		require.NoError(t, back.UnmarshalText(text))
		assert.Equal(t, tc.c, back)
		b, err := json.Marshal(tc.c)
		require.NoError(t, err)
		assert.Equal(t, `"`+tc.text+`"`, string(b), "a Coverage is a string in JSON, not a number")
	}
	_, err := vgt.ParseCoverage("")
	assert.ErrorIs(t, err, vgt.ErrInvalid)
	b, err := json.Marshal(struct{ P vgt.Precision }{vgt.PrecisionMonth})
	require.NoError(t, err)
	assert.Equal(t, `{"P":"month"}`, string(b))
}

func TestEnumStringNeverFails(t *testing.T) {
	assert.Equal(t, "", vgt.MemberKind(0).String())
	assert.Equal(t, "MemberKind(200)", vgt.MemberKind(200).String())
	assert.Equal(t, "ChangeKind(99)", vgt.ChangeKind(99).String())
	_, err := vgt.ChangeKind(99).MarshalText()
	assert.ErrorIs(t, err, vgt.ErrInvalid)
	text, err := vgt.Post(0).MarshalText()
	require.NoError(t, err)
	assert.Empty(t, text)
}

func TestPartnerCategoryAliases(t *testing.T) {
	for _, s := range []string{"private industry", "private sector", "privateSector"} {
		c, err := vgt.ParsePartnerCategory(s)
		require.NoError(t, err, s)
		assert.Equal(t, vgt.PartnerCategoryIndustry, c)
		assert.Equal(t, "industry", c.String(), "the text form is canonical")
	}
	var v struct{ C vgt.PartnerCategory }
	require.NoError(t, json.Unmarshal([]byte(`{"C":"ngo"}`), &v))
	assert.Equal(t, vgt.PartnerCategoryNonGovernmental, v.C)
}

// FuzzParseEnums checks every enumeration's parser: no panic, and what
// parses prints back to text that parses to the same value.
func FuzzParseEnums(f *testing.F) {
	for _, e := range enums {
		for _, v := range e.values {
			f.Add(v.String())
		}
	}
	f.Add("private sector")
	f.Add("INDUSTRY")
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		for _, e := range enums {
			v, err := e.parse(s)
			if err != nil {
				require.ErrorIs(t, err, vgt.ErrInvalid)
				require.True(t, strings.HasPrefix(err.Error(), "vgt: "))
				continue
			}
			again, err := e.parse(v.String())
			require.NoError(t, err)
			require.Equal(t, v, again)
		}
	})
}
