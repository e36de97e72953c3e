// Package sqltest runs the values of package vgt through a real SQL engine,
// SQLite by way of modernc.org/sqlite, a driver in pure Go: each value is
// stored through its driver.Valuer and read back through its sql.Scanner,
// NULL included. The package has no code of its own; it is apart from the
// root package so that the driver, a test-only dependency and a large one,
// is built only for these tests.
package sqltest
