// Command roster prints the Virtual Global Taskforce from the embedded
// dataset: its member agencies with their jurisdictions, its partners by
// category, its chair and its announcements.
//
// Usage:
//
//	roster [-asof DATE] [-lang TAG]
//
// With -asof (a date such as 2011-06-01) it prints the alliance as it
// certainly stood on that day, and then the members whose membership that
// day is uncertain; without it, the alliance at the end of its record.
// -lang (a BCP 47 tag such as fr or ar) names jurisdictions in that
// language and sorts by its collation.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/virtualglobaltaskforce/vgt"
)

func main() {
	asof := flag.String("asof", "", "print the alliance as it stood on this `date` (YYYY-MM-DD)")
	lang := flag.String("lang", "en", "BCP 47 `tag` of the language for jurisdiction names and sorting")
	flag.Parse()
	if err := run(os.Stdout, *asof, *lang); err != nil {
		fmt.Fprintln(os.Stderr, "roster:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, asof, lang string) error {
	tag, err := language.Parse(lang)
	if err != nil {
		return fmt.Errorf("-lang %q: %w", lang, err)
	}
	a := vgt.Default()
	heading := "at the end of its record"
	if asof != "" {
		t, err := time.Parse(time.DateOnly, asof)
		if err != nil {
			return fmt.Errorf("-asof %q: want a date such as 2011-06-01", asof)
		}
		a = a.AsOf(t)
		heading = "as it certainly stood on " + asof
	}
	facts := a.Facts()
	fmt.Fprintf(w, "%s (%s), %s\n\n", facts.Names[0].Text, facts.Names[1].Text, heading)

	members := slices.Collect(a.Current())
	vgt.SortMembers(members, tag)
	fmt.Fprintf(w, "%s%s\n", capitalize(vgt.Count(tag, len(members), vgt.CountedMemberAgencies)), colon(len(members)))
	for _, m := range members {
		fmt.Fprintf(w, "  %s — %s — since %s\n", memberName(a, m, tag), m.Jurisdiction.Name(tag), m.Membership().Period.Start)
	}
	if possible := slices.Collect(a.PossibleMembers()); len(possible) > 0 {
		vgt.SortMembers(possible, tag)
		fmt.Fprintf(w, "\nPossibly members that day (the dates of their membership are not known closely enough):\n")
		for _, m := range possible {
			fmt.Fprintf(w, "  %s — %s — %s\n", memberName(a, m, tag), m.Jurisdiction.Name(tag), m.Membership().Period)
		}
	}

	partners := slices.Collect(a.Partners())
	vgt.SortPartners(partners, tag)
	fmt.Fprintf(w, "\n%s%s\n", capitalize(vgt.Count(tag, len(partners), vgt.CountedPartners)), colon(len(partners)))
	var categories []vgt.PartnerCategory
	for _, p := range partners {
		if !slices.Contains(categories, p.Category) {
			categories = append(categories, p.Category)
		}
	}
	slices.Sort(categories)
	for _, c := range categories {
		fmt.Fprintf(w, "  %s:\n", c)
		for _, p := range partners {
			if p.Category == c {
				fmt.Fprintf(w, "    %s — since %s\n", p.DisplayName(), p.Partnership().Period.Start)
			}
		}
	}

	fmt.Fprintln(w)
	if t, ok := a.Holder(vgt.PostChair); ok {
		agency, _ := a.Organization(t.Agency)
		if p, ok := a.Person(t.Person); ok {
			fmt.Fprintf(w, "Chair: %s (%s), since %s\n", p.Name, agency.DisplayName(), t.Period.Start)
		} else {
			fmt.Fprintf(w, "Chair: %s, since %s\n", agency.DisplayName(), t.Period.Start)
		}
	} else {
		fmt.Fprintln(w, "Chair: not known for certain")
	}

	anns := slices.Collect(a.Announcements())
	fmt.Fprintf(w, "\n%s%s\n", capitalize(vgt.Count(tag, len(anns), vgt.CountedAnnouncements)), colon(len(anns)))
	for _, an := range anns {
		title := an.Title
		if title == "" {
			title = "(untitled)"
		}
		fmt.Fprintf(w, "  %-26s %s — %s\n", an.Published, an.Publisher, title)
	}
	return nil
}

// memberName names a member in language tag where it has a name in it
// and, where an announcement named the unit that holds its seat, the unit.
func memberName(a *vgt.Alliance, m vgt.Member, tag language.Tag) string {
	name := m.DisplayName()
	if local := m.NameIn(tag); local != m.Name {
		name = local
		if m.Acronym != "" {
			name += " (" + m.Acronym + ")"
		}
	}
	if unit, ok := a.Organization(m.Membership().Unit); ok {
		return fmt.Sprintf("%s, through its %s", name, unit.DisplayName())
	}
	return name
}

// colon ends a heading: with a colon before a list, a full stop for none.
func colon(n int) string {
	if n == 0 {
		return "."
	}
	return ":"
}

func capitalize(s string) string {
	for i, r := range s {
		if r >= '0' && r <= '9' {
			continue
		}
		return s[:i] + strings.ToUpper(s[i:i+1]) + s[i+1:]
	}
	return s
}
