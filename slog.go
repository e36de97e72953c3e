package vgt

import (
	"errors"
	"log/slog"
	"unicode/utf8"

	"github.com/google/uuid"
)

// The records of this package log as a group of the few fields an operator
// reads (slog.LogValuer), not as their Go structs: a UUID as its text, not
// sixteen bytes; a Jurisdiction as its code, not x/text's internals. A
// field that is unset is left out.

// attrs collects the attributes of a group, leaving out the empty ones.
type attrs []slog.Attr

func (as *attrs) str(key, value string) {
	if value != "" {
		*as = append(*as, slog.String(key, value))
	}
}

func (as *attrs) id(key string, id uuid.UUID) { as.str(key, idText(id)) }

func (as *attrs) text(key string, v interface{ String() string }) { as.str(key, v.String()) }

func (as attrs) group() slog.Value { return slog.GroupValue(as...) }

func (o Organization) attrs() attrs {
	var as attrs
	as.id("id", o.ID)
	as.str("name", o.Name)
	as.str("acronym", o.Acronym)
	return as
}

// LogValue implements slog.LogValuer: a group of the organization's ID,
// name, acronym and, for an agency, its jurisdiction (see
// [Organization.Authority]).
func (o Organization) LogValue() slog.Value {
	as := o.attrs()
	as.text("jurisdiction", o.jurisdiction)
	return as.group()
}

// LogValue implements slog.LogValuer: a group of the member's ID, name,
// acronym and jurisdiction.
func (m Member) LogValue() slog.Value {
	as := m.Organization.attrs()
	as.text("jurisdiction", m.Jurisdiction)
	return as.group()
}

// LogValue implements slog.LogValuer: a group of the partner's ID, name,
// acronym and category.
func (p Partner) LogValue() slog.Value {
	as := p.Organization.attrs()
	as.text("category", p.Category)
	return as.group()
}

// LogValue implements slog.LogValuer: a group of the person's ID and name.
func (pe Person) LogValue() slog.Value {
	var as attrs
	as.id("id", pe.ID)
	as.str("name", pe.Name)
	return as.group()
}

// LogValue implements slog.LogValuer: a group of the announcement's ID,
// publication date, publisher and title.
func (an Announcement) LogValue() slog.Value {
	var as attrs
	as.id("id", an.ID)
	as.text("published", an.Published)
	as.str("publisher", an.Publisher)
	as.str("title", an.Title)
	return as.group()
}

// LogValue implements slog.LogValuer: a group of the tenure's post, the
// IDs of its holder (person) and agency, and its period.
func (t Tenure) LogValue() slog.Value {
	var as attrs
	as.text("post", t.Post)
	as.id("person", t.Person)
	as.id("agency", t.Agency)
	as.text("period", t.Period)
	return as.group()
}

// sentinelNames names the package's sentinel errors, in the order of
// sentinels, for logs: a log search for ErrInvalidDate finds every such
// error, whatever its message.
var sentinelNames = [...]string{
	"ErrNotFound", "ErrAmbiguous", "ErrUnknownOrganization", "ErrDuplicateID", "ErrInvalidDate",
	"ErrInvalidJurisdiction", "ErrUnsafeText", "ErrInvalid", "ErrConflict", "ErrSyntax", "ErrLimit", "ErrIO",
}

// LogValue implements slog.LogValuer: a group of the error's path, the
// value it quotes, the name of the sentinel it wraps ("ErrInvalidDate")
// and its whole message. The value is cut to 64 bytes, as in the message.
// A nil *Error logs as an empty group.
func (e *Error) LogValue() slog.Value {
	if e == nil {
		return slog.GroupValue()
	}
	var as attrs
	as.str("path", e.Path)
	as.str("value", cut(e.Value))
	for i, s := range sentinels {
		// The bound keeps a sentinel added to sentinels and not yet to
		// sentinelNames from making LogValue panic; TestSentinelNames
		// fails for it.
		if errors.Is(e.Err, s) && i < len(sentinelNames) {
			as.str("sentinel", sentinelNames[i])
			break
		}
	}
	as.str("error", e.Error())
	return as.group()
}

// cut returns s, or its first maxQuote bytes (cut at a rune boundary) and
// an ellipsis, so that a log line about a megabyte-long name stays short.
func cut(s string) string {
	if len(s) <= maxQuote {
		return s
	}
	n := maxQuote
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}
