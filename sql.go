package vgt

import (
	"database/sql/driver"
	"fmt"
)

// The values of this package go into a database as their text forms, in
// TEXT columns, as uuid.UUID does: a Scan method (database/sql.Scanner) on
// the pointer and a Value method (database/sql/driver.Valuer) on the value.
// The zero value, which means unknown or unset, is stored as NULL, and NULL
// scans as the zero value, so that a nullable column needs no sql.Null
// wrapper. The text forms are the package's own and round-trip exactly;
// see [Date] for storing a date so that it sorts.

// scanText returns the text a database handed Scan: a string or []byte
// (TEXT), with nil for NULL. Any other type is an error that wraps
// sentinel: a number or a time.Time would be another column's type, and
// guessing its meaning would store one thing and read back another.
func scanText(typ string, src any, sentinel error) (text string, null bool, err error) {
	switch v := src.(type) {
	case nil:
		return "", true, nil
	case string:
		return v, false, nil
	case []byte:
		return string(v), false, nil
	}
	return "", false, errorf("", fmt.Sprint(src), sentinel, "cannot scan a %T into a %s; store its text form in a TEXT column", src, typ)
}

// Scan implements database/sql.Scanner: it reads the text form of a Date
// (see ParseDate). NULL and the empty string give the zero Date; any other
// text that ParseDate refuses, or a value that is not text, is an error
// that wraps ErrInvalidDate. On error, *d is unchanged.
func (d *Date) Scan(src any) error {
	s, _, err := scanText("vgt.Date", src, ErrInvalidDate)
	if err != nil {
		return err
	}
	return d.UnmarshalText([]byte(s))
}

// Value implements database/sql/driver.Valuer: the text form of d, or NULL
// (nil) for the zero Date.
func (d Date) Value() (driver.Value, error) {
	if d.IsZero() {
		return nil, nil
	}
	return d.String(), nil
}

// Scan implements database/sql.Scanner: it reads the text form of a
// Period (see ParsePeriod). NULL and the empty string give the zero Period;
// anything else that ParsePeriod refuses is an error that wraps
// ErrInvalidDate. On error, *p is unchanged.
func (p *Period) Scan(src any) error {
	s, _, err := scanText("vgt.Period", src, ErrInvalidDate)
	if err != nil {
		return err
	}
	return p.UnmarshalText([]byte(s))
}

// Value implements database/sql/driver.Valuer: the text form of p, or NULL
// (nil) for the zero Period. A Period that does not Validate is an error,
// as in MarshalText.
func (p Period) Value() (driver.Value, error) {
	if p.IsZero() {
		return nil, nil
	}
	text, err := p.MarshalText()
	if err != nil {
		return nil, err
	}
	return string(text), nil
}

// enumValue is the Value method of every enumeration: the text form, NULL
// for the zero value, an error for a value out of range.
func enumValue[T interface {
	~uint8
	MarshalText() ([]byte, error)
}](v T) (driver.Value, error) {
	if v == 0 {
		return nil, nil
	}
	text, err := v.MarshalText()
	if err != nil {
		return nil, err
	}
	return string(text), nil
}

// enumScan is the Scan method of every enumeration: NULL and the empty
// string give the zero value, other text its value; an error wraps
// ErrInvalid.
func enumScan[T ~uint8, P interface {
	*T
	UnmarshalText([]byte) error
}](typ string, src any, v P) error {
	s, _, err := scanText(typ, src, ErrInvalid)
	if err != nil {
		return err
	}
	return v.UnmarshalText([]byte(s))
}

// Scan implements database/sql.Scanner: it reads the text form of a
// MemberKind; NULL gives the zero MemberKind. An error wraps ErrInvalid.
func (k *MemberKind) Scan(src any) error { return enumScan("vgt.MemberKind", src, k) }

// Value implements database/sql/driver.Valuer: the text form of k, or NULL
// for the zero MemberKind.
func (k MemberKind) Value() (driver.Value, error) { return enumValue(k) }

// Scan implements database/sql.Scanner: it reads the text form of a
// PartnerCategory (or one of the terms ParsePartnerCategory accepts); NULL
// gives the zero PartnerCategory. An error wraps ErrInvalid.
func (c *PartnerCategory) Scan(src any) error { return enumScan("vgt.PartnerCategory", src, c) }

// Value implements database/sql/driver.Valuer: the text form of c, or NULL
// for the zero PartnerCategory.
func (c PartnerCategory) Value() (driver.Value, error) { return enumValue(c) }

// Scan implements database/sql.Scanner: it reads the text form of a
// NameKind; NULL gives the zero NameKind. An error wraps ErrInvalid.
func (k *NameKind) Scan(src any) error { return enumScan("vgt.NameKind", src, k) }

// Value implements database/sql/driver.Valuer: the text form of k, or NULL
// for the zero NameKind.
func (k NameKind) Value() (driver.Value, error) { return enumValue(k) }

// Scan implements database/sql.Scanner: it reads the text form of a
// ChangeKind; NULL gives the zero ChangeKind. An error wraps ErrInvalid.
func (k *ChangeKind) Scan(src any) error { return enumScan("vgt.ChangeKind", src, k) }

// Value implements database/sql/driver.Valuer: the text form of k, or NULL
// for the zero ChangeKind.
func (k ChangeKind) Value() (driver.Value, error) { return enumValue(k) }

// Scan implements database/sql.Scanner: it reads the text form of a Role;
// NULL gives the zero Role. An error wraps ErrInvalid.
func (r *Role) Scan(src any) error { return enumScan("vgt.Role", src, r) }

// Value implements database/sql/driver.Valuer: the text form of r, or NULL
// for the zero Role.
func (r Role) Value() (driver.Value, error) { return enumValue(r) }

// Scan implements database/sql.Scanner: it reads the text form of a Post;
// NULL gives the zero Post. An error wraps ErrInvalid.
func (p *Post) Scan(src any) error { return enumScan("vgt.Post", src, p) }

// Value implements database/sql/driver.Valuer: the text form of p, or NULL
// for the zero Post.
func (p Post) Value() (driver.Value, error) { return enumValue(p) }

// Scan implements database/sql.Scanner: it reads the text form of a
// Precision; NULL gives the zero Precision. An error wraps ErrInvalid.
func (p *Precision) Scan(src any) error { return enumScan("vgt.Precision", src, p) }

// Value implements database/sql/driver.Valuer: the text form of p, or NULL
// for the zero Precision.
func (p Precision) Value() (driver.Value, error) { return enumValue(p) }

// Scan implements database/sql.Scanner: it reads the text form of a
// Coverage (or its String); NULL gives the zero Coverage. An error wraps
// ErrInvalid.
func (c *Coverage) Scan(src any) error { return enumScan("vgt.Coverage", src, c) }

// Value implements database/sql/driver.Valuer: the text form of c ("none",
// "possible", "certain"), or NULL for the zero Coverage.
func (c Coverage) Value() (driver.Value, error) { return enumValue(c) }

// Scan implements database/sql.Scanner: it reads the text form of a
// Status; NULL gives the zero Status (stated as having happened). An error
// wraps ErrInvalid.
func (s *Status) Scan(src any) error { return enumScan("vgt.Status", src, s) }

// Value implements database/sql/driver.Valuer: the text form of s, or NULL
// for the zero Status.
func (s Status) Value() (driver.Value, error) { return enumValue(s) }

// Scan implements database/sql.Scanner: it reads the text form of a
// Counted; NULL gives the zero Counted. An error wraps ErrInvalid.
func (c *Counted) Scan(src any) error { return enumScan("vgt.Counted", src, c) }

// Value implements database/sql/driver.Valuer: the text form of c, or NULL
// for the zero Counted.
func (c Counted) Value() (driver.Value, error) { return enumValue(c) }
