package vgt_test

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"io"

	"github.com/google/uuid"

	"github.com/virtualglobaltaskforce/vgt"
)

// Dates, periods and enumerations go into a database as their text forms,
// and an unknown or unset value as NULL; they scan back from the same. Any
// driver will do: here a stand-in, memDB, shows what the driver receives.
func Example_database() {
	db := sql.OpenDB(&memDB{}) // with a real driver: sql.Open("sqlite", "vgt.db")
	defer db.Close()

	a := vgt.Default()
	for _, name := range []string{"AHTCC", "Europol"} {
		org, _ := a.Lookup(name)
		m, _ := a.Member(org.ID)
		p := m.Membership().Period
		// To sort by date, store p.Start.Earliest() and p.Start.Latest()
		// beside it (see Date).
		_, err := db.Exec(`INSERT INTO members (id, kind, period, started, ended) VALUES (?, ?, ?, ?, ?)`,
			m.ID, m.Kind, p, p.Start, p.End)
		if err != nil {
			fmt.Println(err)
			return
		}
	}

	rows, err := db.Query(`SELECT id, kind, period, started, ended FROM members`)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer rows.Close()
	for rows.Next() {
		var (
			id             uuid.UUID
			kind           vgt.MemberKind
			period         vgt.Period
			started, ended vgt.Date
		)
		if err := rows.Scan(&id, &kind, &period, &started, &ended); err != nil {
			fmt.Println(err)
			return
		}
		org, _ := a.Organization(id)
		fmt.Printf("%s, %s: %s (ended known: %v)\n", org.Name, kind, period, !ended.IsZero())
	}
	// Output:
	// stored: [ea71340c-6b0a-42a1-8f90-4c016d9a8036 nationalAgency 2003/[2008-02..2009-12] 2003 [2008-02..2009-12]]
	// stored: [ad3fc993-9c98-4cc9-8cdd-798826195047 internationalOrganization [2010-12..2011-04-07]/.. [2010-12..2011-04-07] <nil>]
	// Australian High Tech Crime Centre, nationalAgency: 2003/[2008-02..2009-12] (ended known: true)
	// Europol, internationalOrganization: [2010-12..2011-04-07]/.. (ended known: false)
}

// memDB is a database/sql driver that keeps the rows it is given, as the
// driver receives them, and prints each.
type memDB struct{ rows [][]driver.Value }

func (db *memDB) Connect(context.Context) (driver.Conn, error) { return memConn{db}, nil }
func (db *memDB) Driver() driver.Driver                        { return nil }

type memConn struct{ db *memDB }

func (c memConn) Prepare(string) (driver.Stmt, error) { return memStmt(c), nil }
func (c memConn) Close() error                        { return nil }
func (c memConn) Begin() (driver.Tx, error)           { return nil, driver.ErrSkip }

type memStmt struct{ db *memDB }

func (s memStmt) Close() error  { return nil }
func (s memStmt) NumInput() int { return -1 }
func (s memStmt) Exec(args []driver.Value) (driver.Result, error) {
	fmt.Println("stored:", args)
	s.db.rows = append(s.db.rows, args)
	return driver.RowsAffected(1), nil
}
func (s memStmt) Query([]driver.Value) (driver.Rows, error) { return &memRows{rows: s.db.rows}, nil }

type memRows struct{ rows [][]driver.Value }

func (r *memRows) Columns() []string { return []string{"id", "kind", "period", "started", "ended"} }
func (r *memRows) Close() error      { return nil }
func (r *memRows) Next(dest []driver.Value) error {
	if len(r.rows) == 0 {
		return io.EOF
	}
	copy(dest, r.rows[0])
	r.rows = r.rows[1:]
	return nil
}
