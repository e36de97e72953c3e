// Command covering lists the member agencies of the Virtual Global
// Taskforce with authority over a jurisdiction: the question a hotline asks
// when it routes a report.
//
// Usage:
//
//	covering [-asof DATE] CODE
//
// CODE is an ISO 3166-1 alpha-2 country code (FR, NZ; UK for GB), EU, or
// 001 for the world. Without -asof it answers as recorded through the
// record's horizon, the latest publication the embedded record holds (not
// necessarily today); with -asof (a date such as 2011-06-01) it answers as
// the alliance and the European Union stood on that day.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"golang.org/x/text/language"

	"github.com/virtualglobaltaskforce/vgt"
)

func main() {
	asof := flag.String("asof", "", "answer as of this `date` (YYYY-MM-DD)")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: covering [-asof DATE] CODE")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(os.Stdout, *asof, flag.Arg(0)); err != nil {
		fmt.Fprintln(os.Stderr, "covering:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, asof, code string) error {
	j, err := vgt.ParseJurisdiction(code)
	if err != nil {
		return err
	}
	a := vgt.Default()
	when := "as recorded through " + a.RecordedThrough().String()
	if asof != "" {
		t, err := time.Parse(time.DateOnly, asof)
		if err != nil {
			return fmt.Errorf("-asof %q: want a date such as 2011-06-01", asof)
		}
		a, when = a.AsOf(t), "on "+asof+" (as recorded through "+a.RecordedThrough().String()+")"
	}
	fmt.Fprintf(w, "Member agencies with authority over %s (%s), %s:\n", j.Name(language.English), j, when)
	n := 0
	for m := range a.Covering(j) {
		fmt.Fprintf(w, "  %s — %s\n", m.DisplayName(), m.Jurisdiction.Name(language.English))
		n++
	}
	if n == 0 {
		fmt.Fprintln(w, "  none")
	}
	return nil
}
