// Package vgtcsv writes an alliance's tables as CSV, for spreadsheets and
// the tools of analysts.
//
// The files are RFC 4180 CSV, written with encoding/csv: UTF-8, comma
// separated, CRLF line ends, a header row, and a cell quoted where it holds
// a comma, a quote or a line break. WriteMembers writes one row per
// membership or partnership (an organization that left and rejoined has a
// row for each period); WriteAnnouncements one row per announcement, in
// order of publication. The header rows name the columns.
//
// # Uncertain dates
//
// One rule, everywhere: a date cell holds the Date's exact text, in EDTF
// (ISO 8601-2), since CSV takes any text: "2003", "2010-06", "2007-10-30",
// or, for a day known only to lie in a range, "[2011-04-07..2011-05-31]"
// ("[..2011-11-07]": on or before). Nothing is padded to a day or reduced.
// An empty start means that the start is unknown. An empty end with
// ongoing "true" means that the membership has not ended (as recorded
// through the record's horizon, vgt.Alliance.RecordedThrough); an empty end
// with ongoing "false" means that it ended at a date the record does not
// give.
//
// # What the tables leave out
//
// A row of WriteMembers is a membership the record believes. Plans (a
// joining announced in advance) and claims (a listing the record disputes,
// or that no reliable source confirms) are never rows: a table of facts has
// no column that a reader would heed to tell them apart. WriteAnnouncements
// counts them for each announcement (columns plans and claims); the
// package's JSON (vgt.Alliance.WriteJSON, Plans, Claims) and the Popolo
// export give them, marked. The alliance's milestones, the tenures of its
// chair and the quotes are not written either: they are no rows of these
// two tables.
//
// # Formula injection
//
// A spreadsheet runs a cell that begins with "=", "+", "-" or "@" as a
// formula, and some also treat a leading tab or carriage return that way;
// a name or title from an announcement could be crafted to do that. Every
// such cell is written with a leading apostrophe ("'=HYPERLINK(...)"),
// which spreadsheets show as text and do not run, as OWASP advises. The
// apostrophe is part of the cell for other readers: a program that needs
// the exact text should use the package's JSON, or strip one leading
// apostrophe from a cell whose next character is one of those. No cell the
// package writes from its own values (IDs, codes, dates, numbers, true and
// false) begins with one.
//
// # Regenerating the golden files
//
// The golden tests compare the output for vgt.Default() with
// testdata/members.csv and testdata/announcements.csv. When the embedded
// record grows, regenerate them with
//
//	go test ./vgtcsv -update
//
// and review the diff.
package vgtcsv

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/google/uuid"
	"golang.org/x/text/language"

	"github.com/virtualglobaltaskforce/vgt"
)

// memberColumns are the columns of WriteMembers, in order; a new column is
// a name here and a value in memberRow.
var memberColumns = []string{
	"organization_id", "organization", "acronym", "role", "category",
	"jurisdiction", "jurisdiction_name", "start", "end", "ongoing",
	"unit_id", "unit", "words", "vote", "vote_words", "last_confirmed", "sources",
}

// announcementColumns are the columns of WriteAnnouncements, in order; a
// new column is a name here and a value in announcementRow.
var announcementColumns = []string{
	"announcement_id", "published", "publisher", "title", "language",
	"source", "tags", "changes", "plans", "claims", "quotes",
}

// WriteMembers writes one row per membership and partnership of a: members
// first, in order of their first joining, then partners, each period
// oldest first. Its columns are organization_id, organization (the name),
// acronym, role ("member" or "partner"), category (a partner's, as the code
// vgt.ParsePartnerCategory reads: "industry", "nonGovernmental",
// "academic"), the member's jurisdiction (an ISO 3166-1 or, for a part of a
// country, ISO 3166-2 code such as GB-EAW) and its English name, start,
// end, ongoing ("true" or "false"), unit_id and unit (the part of the
// organization that an announcement named as holding the seat, such as
// the RCMP's National Child Exploitation Coordination Centre), words (the
// sources' own words for the role, separated by "; "), vote and vote_words
// (the date of the vote that admitted the organization, and the source's
// words for what it was voted in as), last_confirmed (the publication date
// of the latest announcement that stated the membership) and sources (the
// Source URLs of the announcements that stated it, separated by spaces).
// It fails only if w does.
func WriteMembers(w io.Writer, a *vgt.Alliance) error {
	cw := newWriter(w)
	cw.write(memberColumns)
	for m := range a.Members() {
		for ms := range m.Memberships() {
			cw.write(memberRow(a, m.Organization, vgt.RoleMember, m.Jurisdiction, ms))
		}
	}
	for p := range a.Partners() {
		for ms := range p.Partnerships() {
			cw.write(memberRow(a, p.Organization, vgt.RolePartner, vgt.Jurisdiction{}, ms))
		}
	}
	return cw.flush()
}

func memberRow(a *vgt.Alliance, o vgt.Organization, role vgt.Role, j vgt.Jurisdiction, ms vgt.Membership) []string {
	var unitID, unit string
	if u, ok := a.Organization(ms.Unit); ok {
		unitID, unit = u.ID.String(), u.Name
	}
	return []string{
		o.ID.String(), o.Name, o.Acronym, role.String(), ms.Category.String(),
		j.String(), j.Name(language.English),
		ms.Period.Start.String(), ms.Period.End.String(), strconv.FormatBool(ms.Period.Ongoing),
		unitID, unit, strings.Join(ms.Words(), "; "), ms.Vote.Date.String(), ms.Vote.Words,
		ms.LastConfirmed.String(),
		strings.Join(sources(a, ms.Sources()), " "),
	}
}

// WriteAnnouncements writes one row per announcement of a, in order of
// publication. Its columns are announcement_id, published, publisher,
// title, language (BCP 47), source (its URL), tags (separated by "; "), and
// the numbers of changes (all of them), of plans and claims among them (see
// the package doc), and of quotes it holds. It fails only if w does.
func WriteAnnouncements(w io.Writer, a *vgt.Alliance) error {
	cw := newWriter(w)
	cw.write(announcementColumns)
	for an := range a.Announcements() {
		cw.write(announcementRow(an))
	}
	return cw.flush()
}

func announcementRow(an vgt.Announcement) []string {
	lang := ""
	if an.Language != language.Und {
		lang = an.Language.String()
	}
	plans, claims := 0, 0
	for _, c := range an.Changes {
		switch c.Status {
		case vgt.StatusPlanned:
			plans++
		case vgt.StatusDisputed, vgt.StatusUnconfirmed:
			claims++
		}
	}
	return []string{
		an.ID.String(), an.Published.String(), an.Publisher, an.Title, lang,
		an.Source, strings.Join(an.Tags, "; "),
		strconv.Itoa(len(an.Changes)), strconv.Itoa(plans), strconv.Itoa(claims), strconv.Itoa(len(an.Quotes)),
	}
}

// sources returns the Source URLs of the announcements with the given IDs.
func sources(a *vgt.Alliance, ids []uuid.UUID) []string {
	var urls []string
	for _, id := range ids {
		if an, ok := a.Announcement(id); ok {
			urls = append(urls, an.Source)
		}
	}
	return urls
}

// writer is a csv.Writer that defuses formulas and keeps the first error.
type writer struct {
	w   *csv.Writer
	err error
}

func newWriter(w io.Writer) *writer {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true // RFC 4180
	return &writer{w: cw}
}

func (w *writer) write(row []string) {
	if w.err != nil {
		return
	}
	for i, cell := range row {
		row[i] = defuse(cell)
	}
	w.err = w.w.Write(row)
}

func (w *writer) flush() error {
	if w.err == nil {
		w.w.Flush()
		w.err = w.w.Error()
	}
	if w.err != nil {
		return fmt.Errorf("vgtcsv: %w", w.err)
	}
	return nil
}

// defuse prefixes with an apostrophe a cell that a spreadsheet would take
// for a formula (see the package doc).
func defuse(cell string) string {
	if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
		return "'" + cell
	}
	return cell
}
