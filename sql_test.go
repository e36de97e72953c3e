package vgt_test

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"encoding"
	"errors"
	"io"
	"reflect"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/virtualglobaltaskforce/vgt"
)

// The values that a database stores, by their interfaces.
var (
	_ sql.Scanner   = (*vgt.Date)(nil)
	_ driver.Valuer = vgt.Date{}
	_ sql.Scanner   = (*vgt.Period)(nil)
	_ driver.Valuer = vgt.Period{}
	_ sql.Scanner   = (*vgt.MemberKind)(nil)
	_ driver.Valuer = vgt.MemberKind(0)
	_ sql.Scanner   = (*vgt.PartnerCategory)(nil)
	_ driver.Valuer = vgt.PartnerCategory(0)
	_ sql.Scanner   = (*vgt.NameKind)(nil)
	_ driver.Valuer = vgt.NameKind(0)
	_ sql.Scanner   = (*vgt.ChangeKind)(nil)
	_ driver.Valuer = vgt.ChangeKind(0)
	_ sql.Scanner   = (*vgt.Role)(nil)
	_ driver.Valuer = vgt.Role(0)
	_ sql.Scanner   = (*vgt.Post)(nil)
	_ driver.Valuer = vgt.Post(0)
	_ sql.Scanner   = (*vgt.Precision)(nil)
	_ driver.Valuer = vgt.Precision(0)
	_ sql.Scanner   = (*vgt.Coverage)(nil)
	_ driver.Valuer = vgt.Coverage(0)
	_ sql.Scanner   = (*vgt.Status)(nil)
	_ driver.Valuer = vgt.Status(0)
	_ sql.Scanner   = (*vgt.Counted)(nil)
	_ driver.Valuer = vgt.Counted(0)
	_ sql.Scanner   = (*vgt.Jurisdiction)(nil)
	_ driver.Valuer = vgt.Jurisdiction{}

	_ encoding.TextAppender = vgt.Coverage(0)
	_ encoding.TextAppender = vgt.Precision(0)
	_ encoding.TextAppender = vgt.ChangeKind(0)
)

// A fake database/sql driver: one table whose rows are the arguments of
// each Exec, as the driver received them, and a Query that returns them.
type fakeDB struct {
	mu   sync.Mutex
	rows [][]driver.Value
}

func (db *fakeDB) Connect(context.Context) (driver.Conn, error) { return fakeConn{db}, nil }
func (db *fakeDB) Driver() driver.Driver                        { return nil }

type fakeConn struct{ db *fakeDB }

func (c fakeConn) Prepare(query string) (driver.Stmt, error) { return fakeStmt(c), nil }
func (c fakeConn) Close() error                              { return nil }
func (c fakeConn) Begin() (driver.Tx, error)                 { return nil, errors.New("no transactions") }

type fakeStmt struct{ db *fakeDB }

func (s fakeStmt) Close() error  { return nil }
func (s fakeStmt) NumInput() int { return -1 }
func (s fakeStmt) Exec(args []driver.Value) (driver.Result, error) {
	s.db.mu.Lock()
	defer s.db.mu.Unlock()
	s.db.rows = append(s.db.rows, args)
	return driver.RowsAffected(1), nil
}

func (s fakeStmt) Query([]driver.Value) (driver.Rows, error) {
	s.db.mu.Lock()
	defer s.db.mu.Unlock()
	return &fakeRows{rows: s.db.rows}, nil
}

type fakeRows struct{ rows [][]driver.Value }

func (r *fakeRows) Columns() []string { return []string{"v"} }
func (r *fakeRows) Close() error      { return nil }
func (r *fakeRows) Next(dest []driver.Value) error {
	if len(r.rows) == 0 {
		return io.EOF
	}
	copy(dest, r.rows[0])
	r.rows = r.rows[1:]
	return nil
}

// sqlCase is a value to store, what the driver must receive, and a new
// variable to scan it back into.
type sqlCase struct {
	value any
	want  driver.Value
	scan  func() any // a pointer to a new zero value
}

func sqlCaseOf[T any](v T, want driver.Value) sqlCase {
	return sqlCase{value: v, want: want, scan: func() any { return new(T) }}
}

func sqlCases() []sqlCase {
	cases := []sqlCase{
		sqlCaseOf(vgt.Date{}, nil),
		sqlCaseOf(vgt.MustParseDate("2003"), "2003"),
		sqlCaseOf(vgt.MustParseDate("2010-06"), "2010-06"),
		sqlCaseOf(vgt.MustParseDate("2007-10-30"), "2007-10-30"),
		sqlCaseOf(vgt.MustParseDate("[2011-04-07..2011-05-31]"), "[2011-04-07..2011-05-31]"),
		sqlCaseOf(vgt.MustParseDate("[..2011-11-07]"), "[..2011-11-07]"),
		sqlCaseOf(vgt.Period{}, nil),
		sqlCaseOf(vgt.MustParsePeriod("2003/2006-04"), "2003/2006-04"),
		sqlCaseOf(vgt.MustParsePeriod("2003/.."), "2003/.."),
		sqlCaseOf(vgt.MustParsePeriod("2003/"), "2003/"),
		sqlCaseOf(vgt.MustParsePeriod("/[2005-05-24..2009]"), "/[2005-05-24..2009]"),
	}
	for _, e := range sqlEnums {
		cases = append(cases, e...)
	}
	return cases
}

// sqlEnums lists, for each enumeration, its zero value and every other.
var sqlEnums = [][]sqlCase{
	enumCases(vgt.MemberKindNationalAgency, vgt.MemberKindInternationalOrganization),
	enumCases(vgt.PartnerCategoryIndustry, vgt.PartnerCategoryNonGovernmental, vgt.PartnerCategoryAcademic),
	enumCases(vgt.NameKindOfficial, vgt.NameKindAcronym, vgt.NameKindShort, vgt.NameKindFormer, vgt.NameKindAlias, vgt.NameKindWeakAlias),
	enumCases(vgt.ChangeKindVotedIn, vgt.ChangeKindJoined, vgt.ChangeKindLeft, vgt.ChangeKindSucceeded, vgt.ChangeKindRenamed, vgt.ChangeKindElected, vgt.ChangeKindAppointed, vgt.ChangeKindListed, vgt.ChangeKindNamed, vgt.ChangeKindParentChanged),
	enumCases(vgt.RoleMember, vgt.RolePartner),
	enumCases(vgt.PostChair),
	enumCases(vgt.PrecisionYear, vgt.PrecisionMonth, vgt.PrecisionDay),
	enumCases(vgt.CoverageNone, vgt.CoveragePossible, vgt.CoverageCertain),
	enumCases(vgt.StatusPlanned, vgt.StatusDisputed, vgt.StatusUnconfirmed),
	enumCases(vgt.CountedMemberAgencies, vgt.CountedPartners, vgt.CountedAnnouncements),
}

func enumCases[T interface {
	~uint8
	MarshalText() ([]byte, error)
}](values ...T) []sqlCase {
	cases := []sqlCase{sqlCaseOf(T(0), nil)}
	for _, v := range values {
		text, _ := v.MarshalText()
		cases = append(cases, sqlCaseOf(v, string(text)))
	}
	return cases
}

// jurisdictionCases are the Jurisdiction's.
func jurisdictionCases() []sqlCase {
	return []sqlCase{
		sqlCaseOf(vgt.Jurisdiction{}, nil),
		sqlCaseOf(vgt.MustParseJurisdiction("FR"), "FR"),
		sqlCaseOf(vgt.MustParseJurisdiction("EU"), "EU"),
		sqlCaseOf(vgt.MustParseJurisdiction("001"), "001"),
	}
}

func TestSQLFakeDriver(t *testing.T) {
	fake := &fakeDB{}
	db := sql.OpenDB(fake)
	defer db.Close()
	cases := append(sqlCases(), jurisdictionCases()...)
	for _, c := range cases {
		_, err := db.Exec("INSERT", c.value)
		require.NoError(t, err, "%#v", c.value)
	}
	require.Len(t, fake.rows, len(cases))
	for i, c := range cases {
		assert.Equal(t, []driver.Value{c.want}, fake.rows[i], "%T %v: what Value hands the driver", c.value, c.value)
	}
	rows, err := db.Query("SELECT")
	require.NoError(t, err)
	defer rows.Close()
	for _, c := range cases {
		require.True(t, rows.Next())
		got := c.scan()
		require.NoError(t, rows.Scan(got))
		assert.Equal(t, c.value, pointee(got), "%T read back", c.value)
	}
	require.False(t, rows.Next())
	require.NoError(t, rows.Err())
}

// pointee returns what p points to.
func pointee(p any) any { return reflect.ValueOf(p).Elem().Interface() }

func TestSQLScanErrors(t *testing.T) {
	for _, tc := range []struct {
		into     sql.Scanner
		src      any
		sentinel error
	}{
		{new(vgt.Date), "2011-02-30", vgt.ErrInvalidDate},
		{new(vgt.Date), []byte("2003?"), vgt.ErrInvalidDate},
		{new(vgt.Date), int64(2003), vgt.ErrInvalidDate},
		{new(vgt.Period), "2006/2003", vgt.ErrInvalidDate},
		{new(vgt.Period), 3.5, vgt.ErrInvalidDate},
		{new(vgt.MemberKind), "agency", vgt.ErrInvalid},
		{new(vgt.PartnerCategory), int64(1), vgt.ErrInvalid},
		{new(vgt.Coverage), "maybe", vgt.ErrInvalid},
		{new(vgt.Precision), "week", vgt.ErrInvalid},
		{new(vgt.Role), true, vgt.ErrInvalid},
		{new(vgt.Status), "doubtful", vgt.ErrInvalid},
		{new(vgt.Counted), int64(2), vgt.ErrInvalid},
	} {
		err := tc.into.Scan(tc.src)
		require.Error(t, err, "%T from %#v", tc.into, tc.src)
		assert.ErrorIs(t, err, tc.sentinel, "%v", err)
		var e *vgt.Error
		assert.ErrorAs(t, err, &e)
	}

	// Through database/sql, the error is the Scanner's, wrapped.
	fake := &fakeDB{rows: [][]driver.Value{{"2011-02-30"}}}
	db := sql.OpenDB(fake)
	defer db.Close()
	var d vgt.Date
	err := db.QueryRow("SELECT").Scan(&d)
	assert.ErrorIs(t, err, vgt.ErrInvalidDate)
	assert.True(t, d.IsZero(), "a failed Scan leaves the value as it was")

	// NULL and the empty string give the zero value.
	d = vgt.MustParseDate("2003")
	require.NoError(t, d.Scan(nil))
	assert.True(t, d.IsZero())
	k := vgt.MemberKindNationalAgency
	require.NoError(t, k.Scan(""))
	assert.Zero(t, k)
}

func TestSQLValueErrors(t *testing.T) {
	_, err := vgt.Period{Start: vgt.MustParseDate("2003"), End: vgt.MustParseDate("2004"), Ongoing: true}.Value()
	assert.ErrorIs(t, err, vgt.ErrInvalidDate, "an invalid Period is never stored")
	_, err = vgt.MemberKind(9).Value()
	assert.ErrorIs(t, err, vgt.ErrInvalid)

	db := sql.OpenDB(&fakeDB{})
	defer db.Close()
	_, err = db.Exec("INSERT", vgt.Coverage(7))
	assert.ErrorIs(t, err, vgt.ErrInvalid, "database/sql passes the Valuer's error on")
}
