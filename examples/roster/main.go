// Command roster prints the Virtual Global Taskforce from the embedded
// dataset: its member agencies with their jurisdictions, its partners by
// category, its chair, the votes and elections still pending, and the
// record's notes (plans not yet fulfilled, claims the record does not
// believe, counts that sources state and the record does not bear out).
//
// Usage:
//
//	roster [-asof DATE] [-lang TAG]
//
// Without -asof it prints the alliance as recorded through the record's
// horizon, the latest publication the embedded record holds (not
// necessarily today). With -asof (a date such as 2011-06-01) it prints the
// alliance as it certainly stood on that day, then the members whose
// membership that day is uncertain. -lang (en, fr, it, es, de or ar) sets
// the language of the labels, of jurisdiction names and of sorting; names
// of another direction are wrapped in Unicode isolates.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"golang.org/x/text/language"

	"github.com/virtualglobaltaskforce/vgt"
	"github.com/virtualglobaltaskforce/vgt/internal/roster"
)

func main() {
	asof := flag.String("asof", "", "print the alliance as it certainly stood on this `date` (YYYY-MM-DD)")
	lang := flag.String("lang", "en", "BCP 47 `tag` of the language: en, fr, it, es, de or ar")
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "roster: unexpected argument %q\n", flag.Arg(0))
		flag.Usage()
		os.Exit(2)
	}
	if err := run(os.Stdout, *asof, *lang); err != nil {
		fmt.Fprintln(os.Stderr, "roster:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, asof, lang string) error {
	tag, err := language.Parse(lang)
	if err != nil {
		return fmt.Errorf("-lang %q: not a BCP 47 language tag", lang)
	}
	a := vgt.Default()
	if asof != "" {
		t, err := time.Parse(time.DateOnly, asof)
		if err != nil {
			return fmt.Errorf("-asof %q: want a date such as 2011-06-01", asof)
		}
		a = a.AsOf(t)
	}
	return roster.Build(a, roster.Match(tag.String(), "")).WriteText(w)
}
