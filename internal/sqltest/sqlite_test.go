package sqltest

import (
	"database/sql"
	"reflect"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	_ "modernc.org/sqlite"

	"github.com/virtualglobaltaskforce/vgt"
)

func open(t *testing.T) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", ":memory:")
	require.NoError(t, err)
	// One connection: each connection to ":memory:" is a database of its
	// own.
	db.SetMaxOpenConns(1)
	t.Cleanup(func() { db.Close() })
	return db
}

// value is one value to store, its text in the column (nil for NULL), and
// a new variable to scan it into.
type value struct {
	v    any
	text any
	scan func() any
}

func valueOf[T any](v T, text any) value {
	return value{v: v, text: text, scan: func() any { return new(T) }}
}

func enumValues[T interface {
	~uint8
	MarshalText() ([]byte, error)
}](vs ...T) []value {
	out := []value{valueOf(T(0), nil)}
	for _, v := range vs {
		text, err := v.MarshalText()
		if err != nil {
			panic(err)
		}
		out = append(out, valueOf(v, string(text)))
	}
	return out
}

// values lists every value type of package vgt with the values it can
// take: each date and period form, each enumeration's every value, and
// each type's zero value, which is NULL.
func values() []value {
	vs := []value{
		valueOf(vgt.Date{}, nil),
		valueOf(vgt.MustParseDate("2003"), "2003"),
		valueOf(vgt.MustParseDate("2010-06"), "2010-06"),
		valueOf(vgt.MustParseDate("2007-10-30"), "2007-10-30"),
		valueOf(vgt.MustParseDate("[2011-04-07..2011-05-31]"), "[2011-04-07..2011-05-31]"),
		valueOf(vgt.MustParseDate("[..2011-11-07]"), "[..2011-11-07]"),
		valueOf(vgt.MustParseDate("[2010-03-09..]"), "[2010-03-09..]"),
		valueOf(vgt.Period{}, nil),
		valueOf(vgt.MustParsePeriod("2003/2006-04"), "2003/2006-04"),
		valueOf(vgt.MustParsePeriod("2003/.."), "2003/.."),
		valueOf(vgt.MustParsePeriod("2003/"), "2003/"),
		valueOf(vgt.MustParsePeriod("/.."), "/.."),
		valueOf(vgt.MustParsePeriod("2003/[2005-05-24..2009]"), "2003/[2005-05-24..2009]"),
	}
	vs = slices.Concat(vs,
		enumValues(vgt.MemberKindNationalAgency, vgt.MemberKindInternationalOrganization),
		enumValues(vgt.PartnerCategoryIndustry, vgt.PartnerCategoryNonGovernmental, vgt.PartnerCategoryAcademic),
		enumValues(vgt.NameKindOfficial, vgt.NameKindAcronym, vgt.NameKindShort, vgt.NameKindFormer, vgt.NameKindAlias, vgt.NameKindWeakAlias),
		enumValues(vgt.ChangeKindVotedIn, vgt.ChangeKindJoined, vgt.ChangeKindLeft, vgt.ChangeKindSucceeded, vgt.ChangeKindRenamed, vgt.ChangeKindElected, vgt.ChangeKindAppointed, vgt.ChangeKindListed, vgt.ChangeKindNamed, vgt.ChangeKindParentChanged),
		enumValues(vgt.RoleMember, vgt.RolePartner),
		enumValues(vgt.PostChair),
		enumValues(vgt.PrecisionYear, vgt.PrecisionMonth, vgt.PrecisionDay),
		enumValues(vgt.CoverageNone, vgt.CoveragePossible, vgt.CoverageCertain),
		enumValues(vgt.StatusPlanned, vgt.StatusDisputed, vgt.StatusUnconfirmed),
		enumValues(vgt.CountedMemberAgencies, vgt.CountedPartners, vgt.CountedAnnouncements),
		[]value{
			valueOf(vgt.Jurisdiction{}, nil),
			valueOf(vgt.MustParseJurisdiction("NZ"), "NZ"),
			valueOf(vgt.MustParseJurisdiction("EU"), "EU"),
			valueOf(vgt.MustParseJurisdiction("001"), "001"),
		},
	)
	return vs
}

func TestSQLiteStoresEveryValue(t *testing.T) {
	db := open(t)
	_, err := db.Exec(`CREATE TABLE v (i INTEGER PRIMARY KEY, type TEXT NOT NULL, v TEXT)`)
	require.NoError(t, err)
	vs := values()
	for i, v := range vs {
		_, err := db.Exec(`INSERT INTO v (i, type, v) VALUES (?, ?, ?)`, i, reflect.TypeOf(v.v).String(), v.v)
		require.NoError(t, err, "%T %v", v.v, v.v)
	}
	for i, v := range vs {
		// What the column holds: the text form, or NULL.
		var text sql.NullString
		require.NoError(t, db.QueryRow(`SELECT v FROM v WHERE i = ?`, i).Scan(&text))
		if v.text == nil {
			assert.False(t, text.Valid, "%T zero value is NULL", v.v)
		} else {
			assert.Equal(t, v.text, text.String, "%T", v.v)
		}
		var typ string
		require.NoError(t, db.QueryRow(`SELECT coalesce(typeof(v), '') FROM v WHERE i = ?`, i).Scan(&typ))
		if v.text != nil {
			assert.Equal(t, "text", typ, "%T is stored as TEXT", v.v)
		}
		// What it reads back as.
		got := v.scan()
		require.NoError(t, db.QueryRow(`SELECT v FROM v WHERE i = ?`, i).Scan(got), "%T", v.v)
		assert.Equal(t, v.v, reflect.ValueOf(got).Elem().Interface())
	}
}

func TestSQLiteScanRefusesBadText(t *testing.T) {
	db := open(t)
	_, err := db.Exec(`CREATE TABLE v (d TEXT, p TEXT, k TEXT, n INTEGER)`)
	require.NoError(t, err)
	_, err = db.Exec(`INSERT INTO v VALUES ('2011-02-30', '2006/2003', 'agency', 2003)`)
	require.NoError(t, err)
	var d vgt.Date
	assert.ErrorIs(t, db.QueryRow(`SELECT d FROM v`).Scan(&d), vgt.ErrInvalidDate)
	var p vgt.Period
	assert.ErrorIs(t, db.QueryRow(`SELECT p FROM v`).Scan(&p), vgt.ErrInvalidDate)
	var k vgt.MemberKind
	assert.ErrorIs(t, db.QueryRow(`SELECT k FROM v`).Scan(&k), vgt.ErrInvalid)
	assert.ErrorIs(t, db.QueryRow(`SELECT n FROM v`).Scan(&d), vgt.ErrInvalidDate, "an INTEGER is not a Date")
}

// TestSQLiteDatesSort stores dates as Date's doc says, the text with its
// Earliest and Latest beside it, and checks that ORDER BY those columns
// is the order of Date.Compare, and that the columns select the dates that
// certainly or possibly fall before a day.
func TestSQLiteDatesSort(t *testing.T) {
	db := open(t)
	_, err := db.Exec(`CREATE TABLE joined (date TEXT, earliest DATE, latest DATE)`)
	require.NoError(t, err)
	var dates []vgt.Date
	for _, s := range []string{"2003", "2003-01", "2003-12-31", "[2011-04-07..2011-05-31]", "[..2011-11-07]",
		"2011", "2011-04", "[2005-05-24..2009]", "2009", "[2003..2004]", "2004", "[2010-03-09..]", "2010-03-09"} {
		dates = append(dates, vgt.MustParseDate(s))
	}
	dates = append(dates, vgt.Date{})
	for _, d := range dates {
		_, err := db.Exec(`INSERT INTO joined VALUES (?, ?, ?)`, d, d.Earliest(), d.Latest())
		require.NoError(t, err)
	}

	read := func(query string, args ...any) []vgt.Date {
		rows, err := db.Query(query, args...)
		require.NoError(t, err)
		defer rows.Close()
		var out []vgt.Date
		for rows.Next() {
			var d vgt.Date
			require.NoError(t, rows.Scan(&d))
			out = append(out, d)
		}
		require.NoError(t, rows.Err())
		return out
	}
	want := slices.Clone(dates)
	slices.SortFunc(want, vgt.Date.Compare)
	assert.Equal(t, want, read(`SELECT date FROM joined ORDER BY earliest, latest, date`))

	day := vgt.MustParseDate("2011-01-01").Earliest()
	var certainly, possibly []vgt.Date
	for _, d := range want {
		if d.Latest().Before(day) {
			certainly = append(certainly, d)
		}
		if d.Earliest().Before(day) {
			possibly = append(possibly, d)
		}
	}
	assert.Equal(t, certainly, read(`SELECT date FROM joined WHERE latest < ? ORDER BY earliest, latest, date`, day))
	assert.Equal(t, possibly, read(`SELECT date FROM joined WHERE earliest < ? ORDER BY earliest, latest, date`, day))
	assert.Less(t, len(certainly), len(possibly), "the test has dates on both sides")
}
