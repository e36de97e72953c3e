// Command export writes the embedded record of the Virtual Global Taskforce
// in a format that other tools read.
//
// Usage:
//
//	export -format popolo|schemaorg|ftm|csv [-table members|announcements]
//
// popolo writes a Popolo JSON document, schemaorg schema.org JSON-LD, ftm
// FollowTheMoney entities (one JSON object a line) and csv an RFC 4180
// table: -table members (the default), one row per membership, or
// announcements. The output goes to standard output. A bad flag is an error
// that says what the flags accept, with exit status 2.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/virtualglobaltaskforce/vgt"
	"github.com/virtualglobaltaskforce/vgt/ftm"
	"github.com/virtualglobaltaskforce/vgt/popolo"
	"github.com/virtualglobaltaskforce/vgt/schemaorg"
	"github.com/virtualglobaltaskforce/vgt/vgtcsv"
)

// writers maps each -format to what writes it; csv is chosen by -table.
var writers = map[string]func(io.Writer, *vgt.Alliance) error{
	"popolo":    popolo.Write,
	"schemaorg": schemaorg.Write,
	"ftm":       ftm.Write,
}

var tables = map[string]func(io.Writer, *vgt.Alliance) error{
	"members":       vgtcsv.WriteMembers,
	"announcements": vgtcsv.WriteAnnouncements,
}

// A usageError is a mistake in the command line: exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

func main() {
	err := run(os.Stdout, os.Args[1:])
	switch {
	case errors.Is(err, flag.ErrHelp):
		os.Exit(0)
	case errors.As(err, new(usageError)):
		fmt.Fprintln(os.Stderr, "export:", err)
		os.Exit(2)
	case err != nil:
		fmt.Fprintln(os.Stderr, "export:", err)
		os.Exit(1)
	}
}

func run(stdout io.Writer, args []string) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	format := fs.String("format", "", "the `format`: "+names(writers, "csv"))
	table := fs.String("table", "members", "with -format csv, the `table`: "+names(tables))
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError{err.Error()}
	}
	if fs.NArg() > 0 {
		return usagef("unexpected argument %q", fs.Arg(0))
	}
	write, ok := writers[*format]
	switch {
	case *format == "csv":
		if write, ok = tables[*table]; !ok {
			return usagef("-table %q: want %s", *table, names(tables))
		}
	case *format == "":
		return usagef("-format is required: %s", names(writers, "csv"))
	case !ok:
		return usagef("-format %q: want %s", *format, names(writers, "csv"))
	case isSet(fs, "table"):
		return usagef("-table applies only to -format csv")
	}
	w := bufio.NewWriter(stdout)
	if err := write(w, vgt.Default()); err != nil {
		return err
	}
	return w.Flush()
}

// names lists the keys of m and the extra names, sorted, as "a|b|c".
func names(m map[string]func(io.Writer, *vgt.Alliance) error, extra ...string) string {
	ks := extra
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return strings.Join(ks, "|")
}

func isSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}
