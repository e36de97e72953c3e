package roster

import (
	"bufio"
	"io"
)

// WriteText writes the roster as plain text, one entry a line, in the
// page's language. Names and dates whose direction differs from the
// language's are between Unicode isolates (see Line.String), so that a
// terminal or editor that implements the bidirectional algorithm shows an
// English name inside Arabic text, or a date, in its own order.
func (r *Roster) WriteText(w io.Writer) error {
	b := bufio.NewWriter(w)
	line := func(indent string, parts ...Line) {
		b.WriteString(indent)
		for i, p := range parts {
			if i > 0 {
				b.WriteString(" — ")
			}
			b.WriteString(p.String())
		}
		b.WriteByte('\n')
	}
	heading := func(s string, n int) {
		b.WriteString("\n")
		if n == 0 {
			b.WriteString(s + ".\n")
		} else {
			b.WriteString(r.colon(s) + "\n")
		}
	}
	line("", r.Title)
	line("", r.Horizon)
	heading(r.MembersHeading, len(r.Members))
	member := func(m Member, when Span) {
		line("  ", m.Full, Line{m.Jurisdiction}, Line{when})
	}
	for _, m := range r.Members {
		member(m, m.Since)
	}
	if len(r.Possible) > 0 {
		heading(r.Labels.Possible, len(r.Possible))
		b.WriteString("  " + r.Labels.PossibleWhy + "\n")
		for _, m := range r.Possible {
			member(m, m.Period)
		}
	}
	if len(r.Former) > 0 {
		heading(r.Labels.Former, len(r.Former))
		for _, m := range r.Former {
			member(m, m.Period)
		}
	}
	heading(r.PartnersHeading, len(r.Partners))
	for _, g := range r.Partners {
		b.WriteString("  " + r.colon(g.Heading) + "\n")
		for _, p := range g.Partners {
			line("    ", Line{p.Name}, Line{p.Since})
		}
	}
	heading(r.Labels.Chair, 1)
	line("  ", r.Chair)
	heading(r.Labels.Pending, 1)
	list := func(ls []Line, none string) {
		if len(ls) == 0 {
			b.WriteString("  " + none + "\n")
		}
		for _, l := range ls {
			line("  ", l)
		}
	}
	list(r.Pending, r.Labels.NoPending)
	heading(r.Labels.Notes, 1)
	list(r.Notes, r.Labels.NoNotes)
	b.WriteString("\n")
	line("", r.Sources)
	return b.Flush()
}

// colon ends a heading before its list, as the page's language does
// ("Partenaires :" in French).
func (r *Roster) colon(heading string) string {
	return printer(r.Lang).Sprintf(msgListHeading, heading)
}
