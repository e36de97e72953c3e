package main

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRun(t *testing.T) {
	tests := []struct {
		args  []string
		first string // the start of the output
	}{
		{[]string{"-format", "popolo"}, "{\n  \"recorded_through\""},
		{[]string{"-format", "schemaorg"}, "{\n  \"@context\""},
		{[]string{"-format", "ftm"}, `{"id":"vgt-`},
		{[]string{"-format", "csv"}, "organization_id,"},
		{[]string{"-format", "csv", "-table", "announcements"}, "announcement_id,"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			var out bytes.Buffer
			require.NoError(t, run(&out, tt.args))
			assert.True(t, strings.HasPrefix(out.String(), tt.first), "%.80q", out.String())
		})
	}
}

func TestRunUsage(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{nil, "-format is required: csv|ftm|popolo|schemaorg"},
		{[]string{"-format", "xml"}, `-format "xml": want csv|ftm|popolo|schemaorg`},
		{[]string{"-format", "csv", "-table", "people"}, `-table "people": want announcements|members`},
		{[]string{"-format", "ftm", "-table", "members"}, "-table applies only to -format csv"},
		{[]string{"-format", "ftm", "extra"}, `unexpected argument "extra"`},
		{[]string{"-bogus"}, "flag provided but not defined: -bogus"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			var out bytes.Buffer
			err := run(&out, tt.args)
			require.Error(t, err)
			assert.True(t, errors.As(err, new(usageError)), "a usage error, exit status 2")
			assert.Equal(t, tt.want, err.Error())
			assert.Empty(t, out.String())
		})
	}
}
