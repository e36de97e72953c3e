package vgtcsv_test

import (
	"bytes"
	"encoding/csv"
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

			out = formattest.Output(t, vgtcsv.WriteAnnouncements, a)
			_, rows = parse(t, out)
			seen := map[string]bool{}
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

func TestWriteError(t *testing.T) {
	formattest.WriteError(t, vgtcsv.WriteMembers, "vgtcsv: ")
	formattest.WriteError(t, vgtcsv.WriteAnnouncements, "vgtcsv: ")
}
