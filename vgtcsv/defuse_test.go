package vgtcsv

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDefuse(t *testing.T) {
	tests := []struct{ cell, want string }{
		{"=HYPERLINK(\"http://example.com\")", "'=HYPERLINK(\"http://example.com\")"},
		{"+1 555", "'+1 555"},
		{"-2+3", "'-2+3"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\tx", "'\tx"},
		{"\rx", "'\rx"},
		{"Europol", "Europol"},
		{"a=b", "a=b"},
		{"'quoted", "'quoted"},
		{"[2011-04-07..2011-05-31]", "[2011-04-07..2011-05-31]"},
		{"", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, defuse(tt.cell), "%q", tt.cell)
	}
}
