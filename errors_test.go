package vgt_test

import (
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"

	"github.com/virtualglobaltaskforce/vgt"
)

// quotes reports whether an error message quotes value s: all of it, or,
// for a value longer than an error quotes, its first 64 bytes.
func quotes(msg, s string) bool {
	if len(s) <= 64 {
		return strings.Contains(msg, strconv.Quote(s))
	}
	cut := 64
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	q := strconv.Quote(s[:cut])
	return strings.Contains(msg, q[:len(q)-1]) && strings.Contains(msg, strconv.Itoa(len(s))+" bytes")
}

func TestLongValuesAreCut(t *testing.T) {
	long := strings.Repeat("é", 100)
	_, err := vgt.ParseDate(long)
	assert.True(t, quotes(err.Error(), long), err.Error())
	assert.Less(t, len(err.Error()), 200)
	assert.Contains(t, err.Error(), "… (200 bytes)")
}
