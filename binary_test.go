package vgt_test

import (
	"bytes"
	"encoding"
	"encoding/gob"
	"encoding/hex"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/virtualglobaltaskforce/vgt"
)

var (
	_ encoding.BinaryMarshaler   = vgt.Date{}
	_ encoding.BinaryUnmarshaler = (*vgt.Date)(nil)
	_ encoding.BinaryAppender    = vgt.Date{}
	_ encoding.BinaryMarshaler   = vgt.Period{}
	_ encoding.BinaryUnmarshaler = (*vgt.Period)(nil)
	_ encoding.BinaryAppender    = vgt.Period{}
)

func TestDateBinary(t *testing.T) {
	for _, tc := range []struct {
		date, hex string
	}{
		{"", ""},
		{"2003", "07d30000"},
		{"2010-06", "07da0600"},
		{"2007-10-30", "07d70a1e"},
		{"[2011-04-07..2011-05-31]", "07db040707db051f"},
		{"[..2011-11-07]", "0000000007db0b07"},
		{"[2010-03-09..]", "07da030900000000"},
	} {
		var d vgt.Date
		require.NoError(t, d.UnmarshalText([]byte(tc.date)))
		b, err := d.MarshalBinary()
		require.NoError(t, err)
		assert.Equal(t, tc.hex, hex.EncodeToString(b), tc.date)
		app, err := d.AppendBinary([]byte{0xff})
		require.NoError(t, err)
		assert.Equal(t, append([]byte{0xff}, b...), app)
		back := vgt.MustParseDate("1999") // UnmarshalBinary sets every part
		require.NoError(t, back.UnmarshalBinary(b))
		assert.Equal(t, d, back)
	}
}

func TestDateBinaryRefuses(t *testing.T) {
	for _, h := range []string{
		"00",               // length
		"07d3000000",       // length
		"00000000",         // the zero Date has no bytes
		"07db021e",         // 2011-02-30
		"07db0d00",         // month 13
		"07db0001",         // a day without a month
		"0000051f",         // year 0
		"2710000a",         // year 10000, and a day without a month
		"0000000000000000", // a range with no bound
		"07db000007db0000", // equal bounds
		"07dc000007db0000", // out of order
		"07db000007db0500", // overlapping
	} {
		b, err := hex.DecodeString(h)
		require.NoError(t, err)
		d := vgt.MustParseDate("1999")
		err = d.UnmarshalBinary(b)
		require.ErrorIs(t, err, vgt.ErrInvalidDate, h)
		assert.Contains(t, err.Error(), h, "the error quotes the bytes")
		assert.Equal(t, vgt.MustParseDate("1999"), d, "on error, the Date is unchanged")
	}
}

func TestPeriodBinary(t *testing.T) {
	for _, s := range []string{"", "2003/2006-04", "2003/..", "2003/", "/2006", "/..", "[2005-05-24..2009]/[..2011]"} {
		var p vgt.Period
		require.NoError(t, p.UnmarshalText([]byte(s)))
		b, err := p.MarshalBinary()
		require.NoError(t, err)
		if s == "" {
			assert.Empty(t, b)
		}
		back := vgt.MustParsePeriod("1999/..")
		require.NoError(t, back.UnmarshalBinary(b), "%x", b)
		assert.Equal(t, p, back, s)
	}
	b, err := vgt.MustParsePeriod("2003/..").MarshalBinary()
	require.NoError(t, err)
	assert.Equal(t, "010407d30000"+"00", hex.EncodeToString(b))

	_, err = vgt.Period{Start: vgt.MustParseDate("2004"), End: vgt.MustParseDate("2003")}.MarshalBinary()
	assert.ErrorIs(t, err, vgt.ErrInvalidDate, "an invalid Period has no binary form")

	for _, h := range []string{
		"02000000",                         // first byte
		"0004",                             // truncated
		"0004" + "07d30000",                // no end
		"0000" + "00",                      // the zero Period
		"0100" + "0407d30000",              // ongoing with an end
		"0004" + "07d40000" + "0407d30000", // ends before it starts
		"0000" + "00" + "ff",               // trailing
		"0003" + "07d300" + "00",           // bad date length
	} {
		b, err := hex.DecodeString(h)
		require.NoError(t, err)
		p := vgt.MustParsePeriod("1999/..")
		require.ErrorIs(t, p.UnmarshalBinary(b), vgt.ErrInvalidDate, h)
		assert.Equal(t, vgt.MustParsePeriod("1999/.."), p)
	}
}

// TestBinarySortsAsEarliest checks the property the layout was chosen for:
// the bytes of simple dates sort as the dates' Earliest.
func TestBinarySortsAsEarliest(t *testing.T) {
	var dates []vgt.Date
	for _, s := range []string{"2003", "2003-05", "2003-05-07", "2004", "1999-12-31", "2011-11", "0001"} {
		dates = append(dates, vgt.MustParseDate(s))
	}
	byBytes := slices.Clone(dates)
	slices.SortFunc(byBytes, func(a, b vgt.Date) int {
		x, _ := a.MarshalBinary()
		y, _ := b.MarshalBinary()
		return bytes.Compare(x, y)
	})
	byEarliest := slices.Clone(dates)
	slices.SortFunc(byEarliest, func(a, b vgt.Date) int { return a.Earliest().Compare(b.Earliest()) })
	assert.Equal(t, byEarliest, byBytes)
}

func TestGobOfValues(t *testing.T) {
	type row struct {
		D vgt.Date
		P vgt.Period
		C vgt.Coverage
	}
	in := []row{{}, {D: vgt.MustParseDate("[..2011-11-07]"), P: vgt.MustParsePeriod("2003/.."), C: vgt.CoverageCertain}}
	var buf bytes.Buffer
	require.NoError(t, gob.NewEncoder(&buf).Encode(in))
	var out []row
	require.NoError(t, gob.NewDecoder(&buf).Decode(&out))
	assert.Equal(t, in, out)
}

// FuzzDateBinary checks Date.UnmarshalBinary: no panic; what it accepts
// is a valid Date whose binary form is the input and whose text form
// parses to it; what it refuses wraps ErrInvalidDate.
func FuzzDateBinary(f *testing.F) {
	for _, s := range dateSeeds {
		if d, err := vgt.ParseDate(s); err == nil {
			b, _ := d.MarshalBinary()
			f.Add(b)
		}
	}
	f.Add([]byte{0x07, 0xdb, 0x02, 0x1e})
	f.Fuzz(func(t *testing.T, b []byte) {
		var d vgt.Date
		if err := d.UnmarshalBinary(b); err != nil {
			require.ErrorIs(t, err, vgt.ErrInvalidDate)
			require.True(t, d.IsZero())
			return
		}
		again, err := d.MarshalBinary()
		require.NoError(t, err)
		require.Equal(t, b, again)
		if !d.IsZero() {
			p, err := vgt.ParseDate(d.String())
			require.NoError(t, err)
			require.Equal(t, d, p)
		}
	})
}

// FuzzPeriodBinary does the same for Period.UnmarshalBinary.
func FuzzPeriodBinary(f *testing.F) {
	for _, s := range periodSeeds {
		if p, err := vgt.ParsePeriod(s); err == nil {
			b, _ := p.MarshalBinary()
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var p vgt.Period
		if err := p.UnmarshalBinary(b); err != nil {
			require.ErrorIs(t, err, vgt.ErrInvalidDate)
			require.True(t, p.IsZero())
			return
		}
		require.NoError(t, p.Validate())
		again, err := p.MarshalBinary()
		require.NoError(t, err)
		require.Equal(t, b, again)
		if !p.IsZero() {
			q, err := vgt.ParsePeriod(p.String())
			require.NoError(t, err)
			require.Equal(t, p, q)
		}
	})
}
