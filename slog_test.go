package vgt_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"log/slog"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/virtualglobaltaskforce/vgt"
)

var (
	_ slog.LogValuer = vgt.Organization{}
	_ slog.LogValuer = vgt.Member{}
	_ slog.LogValuer = vgt.Partner{}
	_ slog.LogValuer = vgt.Person{}
	_ slog.LogValuer = vgt.Announcement{}
	_ slog.LogValuer = vgt.Tenure{}
	_ slog.LogValuer = (*vgt.Error)(nil)
)

// logged returns the attributes of one record logged with a JSON handler,
// value under key "v".
func logged(t *testing.T, v any) map[string]any {
	t.Helper()
	var buf bytes.Buffer
	slog.New(slog.NewJSONHandler(&buf, nil)).Info("m", "v", v)
	var rec map[string]any
	require.NoError(t, json.Unmarshal(buf.Bytes(), &rec), buf.String())
	group, ok := rec["v"].(map[string]any)
	require.True(t, ok, "a group: %s", buf.String())
	return group
}

func TestLogValue(t *testing.T) {
	a := vgt.Default()
	afp, err := a.Lookup("AFP")
	require.NoError(t, err)
	m, _ := a.Member(afp.ID)
	partners := slices.Collect(a.Partners())
	require.NotEmpty(t, partners)
	p := partners[0]
	chair, ok := a.Holder(vgt.PostChair)
	require.True(t, ok)
	person, _ := a.Person(chair.Person)
	an := slices.Collect(a.Announcements())[0]

	for _, tc := range []struct {
		name string
		v    any
		want map[string]any
	}{
		{"Organization", afp, map[string]any{"id": afp.ID.String(), "name": "Australian Federal Police", "acronym": "AFP", "jurisdiction": "AU"}},
		{"Member", m, map[string]any{"id": afp.ID.String(), "name": "Australian Federal Police", "acronym": "AFP", "jurisdiction": "AU"}},
		{"Partner", p, map[string]any{"id": p.ID.String(), "name": p.Name, "acronym": p.Acronym, "category": p.Category.String()}},
		{"Person", person, map[string]any{"id": person.ID.String(), "name": person.Name}},
		{"Announcement", an, map[string]any{"id": an.ID.String(), "published": an.Published.String(), "publisher": an.Publisher, "title": an.Title}},
		{"Tenure", chair, map[string]any{"post": "chair", "person": chair.Person.String(), "agency": chair.Agency.String(), "period": chair.Period.String()}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for k, v := range tc.want {
				if v == "" {
					delete(tc.want, k) // unset values are left out
				}
			}
			assert.Equal(t, tc.want, logged(t, tc.v))
		})
	}
}

func TestLogValueError(t *testing.T) {
	_, err := vgt.ParseDate("2011-02-30")
	var e *vgt.Error
	require.True(t, errors.As(err, &e))
	e.Path = "announcements[3].published"
	assert.Equal(t, map[string]any{
		"path":     "announcements[3].published",
		"value":    "2011-02-30",
		"sentinel": "ErrInvalidDate",
		"error":    e.Error(),
	}, logged(t, e))

	long := &vgt.Error{Value: strings.Repeat("é", 100), Pos: -1, Err: vgt.ErrUnsafeText}
	got := logged(t, long)
	assert.Equal(t, strings.Repeat("é", 32)+"…", got["value"], "a long value is cut at a rune boundary")
	assert.Equal(t, "ErrUnsafeText", got["sentinel"])

	// Every sentinel is named.
	for _, s := range []error{vgt.ErrNotFound, vgt.ErrAmbiguous, vgt.ErrUnknownOrganization, vgt.ErrDuplicateID,
		vgt.ErrInvalidDate, vgt.ErrInvalidJurisdiction, vgt.ErrUnsafeText, vgt.ErrInvalid, vgt.ErrConflict,
		vgt.ErrSyntax, vgt.ErrLimit, vgt.ErrIO} {
		got := logged(t, &vgt.Error{Pos: -1, Err: s})
		assert.NotEmpty(t, got["sentinel"], "%v", s)
	}
	var nilErr *vgt.Error
	assert.Equal(t, slog.KindGroup, nilErr.LogValue().Kind())
}
