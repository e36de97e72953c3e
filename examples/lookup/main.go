// Command lookup resolves names to organizations of the Virtual Global
// Taskforce, as a directory or a data pipeline would: each argument is a
// name, acronym or other name, in any case, width or language.
//
// Usage:
//
//	lookup NAME...
//
// For each name it prints the organization, its standing in the alliance
// and its jurisdiction, or why the name was not resolved: not found,
// ambiguous (with the candidates), or unsafe (with the offending rune and
// its position). It exits with status 1 if any name was not resolved.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"golang.org/x/text/language"

	"github.com/virtualglobaltaskforce/vgt"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: lookup NAME...")
		os.Exit(2)
	}
	if !run(os.Stdout, os.Args[1:]) {
		os.Exit(1)
	}
}

func run(w io.Writer, names []string) bool {
	a := vgt.Default()
	ok := true
	for _, name := range names {
		org, err := a.Lookup(name)
		if err != nil {
			ok = false
			var e *vgt.Error
			switch {
			case errors.Is(err, vgt.ErrUnsafeText) && errors.As(err, &e):
				r, _ := firstRune(e.Value[e.Pos:])
				fmt.Fprintf(w, "%q: refused: unsafe text, %U at byte %d: %v\n", name, r, e.Pos, err)
			case errors.Is(err, vgt.ErrAmbiguous):
				fmt.Fprintf(w, "%q: ambiguous: %v\n", name, err)
			default:
				fmt.Fprintf(w, "%q: not found: %v\n", name, err)
			}
			continue
		}
		fmt.Fprintf(w, "%q: %s\n", name, describe(a, org))
	}
	return ok
}

func firstRune(s string) (rune, bool) {
	for _, r := range s {
		return r, true
	}
	return 0, false
}

// describe says what an organization is to the alliance.
func describe(a *vgt.Alliance, org vgt.Organization) string {
	if m, ok := a.Member(org.ID); ok {
		state := "former member"
		if m.Membership().Period.Ongoing {
			state = "member"
		}
		return fmt.Sprintf("%s — %s (%s), %s, jurisdiction %s", org.DisplayName(), state, m.Kind, since(m.Membership()), m.Jurisdiction.Name(language.English))
	}
	if p, ok := a.Partner(org.ID); ok {
		return fmt.Sprintf("%s — %s partner, %s", org.DisplayName(), p.Category, since(p.Partnership()))
	}
	if parent, ok := a.Organization(org.Parent); ok {
		return fmt.Sprintf("%s — part of %s", org.DisplayName(), describe(a, parent))
	}
	return org.DisplayName() + " — known to the alliance, not a member or partner"
}

func since(m vgt.Membership) string {
	if m.Period.Ongoing {
		return "since " + m.Period.Start.String()
	}
	return "from " + m.Period.Start.String() + " to " + m.Period.End.String()
}
