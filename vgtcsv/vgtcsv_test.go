package vgtcsv_test

import (
	"bytes"
	"encoding/csv"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/virtualglobaltaskforce/vgt"
	"github.com/virtualglobaltaskforce/vgt/internal/formattest"
	"github.com/virtualglobaltaskforce/vgt/vgtcsv"
)

// parse reads a CSV file strictly: every row must have as many cells as
// the header.
func parse(t *testing.T, out []byte) (header []string, rows []map[string]string) {
	t.Helper()
	r := csv.NewReader(bytes.NewReader(out))
	records, err := r.ReadAll() // FieldsPerRecord 0: every row as long as the first
	require.NoError(t, err)
	require.NotEmpty(t, records, "a header row")
	header = records[0]
	for _, rec := range records[1:] {
		row := map[string]string{}
		for i, h := range header {
			row[h] = rec[i]
		}
		rows = append(rows, row)
	}
	return header, rows
}

func TestGolden(t *testing.T) {
	formattest.Golden(t, "testdata/members.csv", formattest.Output(t, vgtcsv.WriteMembers, vgt.Default()))
	formattest.Golden(t, "testdata/announcements.csv", formattest.Output(t, vgtcsv.WriteAnnouncements, vgt.Default()))
}

func TestProperties(t *testing.T) {
	for _, c := range formattest.Cases(t) {
		t.Run(c.Name, func(t *testing.T) {
			a := c.Alliance
			n := formattest.Count(a)

			out := formattest.Output(t, vgtcsv.WriteMembers, a)
			assert.True(t, bytes.HasSuffix(out, []byte("\r\n")), "RFC 4180 line ends")
			header, rows := parse(t, out)
			assert.Equal(t, "organization_id", header[0])
			roles := map[string]int{}
			for _, row := range rows {
				roles[row["role"]]++
				assert.Contains(t, []string{"true", "false"}, row["ongoing"])
				if row["ongoing"] == "true" {
					assert.Empty(t, row["end"], "an ongoing membership has no end")
				}
				if row["start"] != "" {
					_, err := vgt.ParseDate(row["start"])
					assert.NoError(t, err, "start is a Date's exact text")
				}
			}
			assert.Equal(t, n.Memberships, roles["member"])
			assert.Equal(t, n.Partnerships, roles["partner"])

			// Rows in order: members' memberships, then partnerships.
			var want []vgt.Membership
			for m := range a.Members() {
				want = append(want, slices.Collect(m.Memberships())...)
			}
			for p := range a.Partners() {
				want = append(want, slices.Collect(p.Partnerships())...)
			}
			require.Len(t, rows, len(want))
			for i, ms := range want {
				row := rows[i]
				unit := ""
				if u, ok := a.Organization(ms.Unit); ok {
					unit = u.ID.String()
				}
				assert.Equal(t, unit, row["unit_id"])
				assert.Equal(t, strings.Join(ms.Words(), "; "), undefuse(row["words"]), "the sources' words")
				assert.Equal(t, ms.Vote.Date.String(), row["vote"])
				assert.Equal(t, ms.Vote.Words, undefuse(row["vote_words"]))
				assert.Equal(t, ms.LastConfirmed.String(), row["last_confirmed"])
			}

			out = formattest.Output(t, vgtcsv.WriteAnnouncements, a)
			_, rows = parse(t, out)
			seen := map[string]bool{}
			i := 0
			for an := range a.Announcements() {
				statuses := map[vgt.Status]int{}
				for _, c := range an.Changes {
					statuses[c.Status]++
				}
				row := rows[i]
				i++
				assert.Equal(t, an.ID.String(), row["announcement_id"])
				assert.Equal(t, strconv.Itoa(len(an.Changes)), row["changes"])
				assert.Equal(t, strconv.Itoa(statuses[vgt.StatusPlanned]), row["plans"])
				assert.Equal(t, strconv.Itoa(statuses[vgt.StatusDisputed]+statuses[vgt.StatusUnconfirmed]), row["claims"])
			}
			for _, row := range rows {
				id := row["announcement_id"]
				assert.False(t, seen[id], "announcement %s twice", id)
				seen[id] = true
			}
			for id, kind := range formattest.IDs(a) {
				if kind == "announcement" {
					assert.True(t, seen[id.String()], "announcement %s", id)
				}
			}
			assert.Len(t, seen, n.Announcements)
		})
	}
}

// undefuse removes the apostrophe that defuses a formula (see the package
// doc).
func undefuse(cell string) string {
	if len(cell) > 1 && cell[0] == '\'' && strings.ContainsRune("=+-@\t\r", rune(cell[1])) {
		return cell[1:]
	}
	return cell
}

func TestWriteError(t *testing.T) {
	formattest.WriteError(t, vgtcsv.WriteMembers, "vgtcsv: ")
	formattest.WriteError(t, vgtcsv.WriteAnnouncements, "vgtcsv: ")
}
