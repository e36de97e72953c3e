package vgt

import (
	"encoding/binary"
	"encoding/hex"
	"strings"
	"time"
)

// The binary forms of Date and Period are for caches and encoding/gob:
// short, fixed in layout, and checked as strictly on the way in as the text
// forms, so that a corrupt cache entry is an error and not a Date that
// ParseDate would refuse.
//
// A Date is 0 bytes (the zero Date), 4 (a simple date) or 8 (a range): each
// civil date is its year as a big-endian uint16, then its month and its day,
// 0 where not known, and the open bound of a range is four zero bytes. So
// the bytes of simple dates sort as their Earliest does.
//
// A Period is 0 bytes (the zero Period), or a byte that is 1 for an ongoing
// Period and 0 otherwise, then its Start and its End, each as a length byte
// and the Date's binary form.

// appendCivil appends the 4-byte form of c.
func appendCivil(b []byte, c civil) []byte {
	b = binary.BigEndian.AppendUint16(b, c.y)
	return append(b, c.m, c.d)
}

// AppendBinary implements encoding.BinaryAppender: it appends the binary
// form of d to b (see MarshalBinary). It never fails.
func (d Date) AppendBinary(b []byte) ([]byte, error) {
	switch {
	case d.IsZero():
		return b, nil
	case !d.isRange:
		return appendCivil(b, d.lo), nil
	}
	return appendCivil(appendCivil(b, d.lo), d.hi), nil
}

// MarshalBinary implements encoding.BinaryMarshaler: no bytes for the zero
// Date, 4 for a year, month or day (the year as a big-endian uint16, the
// month and the day, 0 where not known), 8 for a range (its bounds, an open
// one as four zero bytes). It never fails.
func (d Date) MarshalBinary() ([]byte, error) { return d.AppendBinary(make([]byte, 0, 8)) }

// UnmarshalBinary implements encoding.BinaryUnmarshaler. It accepts exactly
// what MarshalBinary writes for a valid Date; anything else is an error
// that wraps ErrInvalidDate. On error, *d is unchanged.
func (d *Date) UnmarshalBinary(data []byte) error {
	civilAt := func(b []byte) (Date, error) {
		y, m, dd := int(binary.BigEndian.Uint16(b)), time.Month(b[2]), int(b[3])
		if y == 0 && m == 0 && dd == 0 {
			return Date{}, nil
		}
		return DateOf(y, m, dd)
	}
	switch len(data) {
	case 0:
		*d = Date{}
		return nil
	case 4:
		v, err := civilAt(data)
		if err == nil && v.IsZero() {
			err = errorf("", "", ErrInvalidDate, "four zero bytes are no date; the zero Date has no bytes")
		}
		if err != nil {
			return binaryError(data, err)
		}
		*d = v
		return nil
	case 8:
		lo, err := civilAt(data[:4])
		if err != nil {
			return binaryError(data, err)
		}
		hi, err := civilAt(data[4:])
		if err != nil {
			return binaryError(data, err)
		}
		v, err := DateBetween(lo, hi)
		if err != nil {
			return binaryError(data, err)
		}
		*d = v
		return nil
	}
	return errorf("", hex.EncodeToString(data), ErrInvalidDate, "a binary Date has 0, 4 or 8 bytes, not %d", len(data))
}

// binaryError reports a bad binary form, quoting its bytes in hexadecimal
// rather than as text that may not be UTF-8, with the reason err gives.
func binaryError(data []byte, err error) error {
	why := err.Error()
	if e, ok := err.(*Error); ok {
		why = e.Err.Error()
	}
	return errorf("", hex.EncodeToString(data), ErrInvalidDate, "%s", strings.TrimPrefix(why, ErrInvalidDate.Error()+": "))
}

// AppendBinary implements encoding.BinaryAppender: it appends the binary
// form of p to b (see MarshalBinary). It fails if p does not Validate.
func (p Period) AppendBinary(b []byte) ([]byte, error) {
	if err := p.Validate(); err != nil {
		return b, err
	}
	if p.IsZero() {
		return b, nil
	}
	flag := byte(0)
	if p.Ongoing {
		flag = 1
	}
	b = append(b, flag)
	for _, d := range [2]Date{p.Start, p.End} {
		n := len(b)
		b = append(b, 0)
		b, _ = d.AppendBinary(b)
		b[n] = byte(len(b) - n - 1)
	}
	return b, nil
}

// MarshalBinary implements encoding.BinaryMarshaler: no bytes for the zero
// Period; otherwise a byte that is 1 for an ongoing Period and 0 for one
// that ended, then Start and End, each as a length byte and the Date's
// binary form. It fails if p does not Validate.
func (p Period) MarshalBinary() ([]byte, error) { return p.AppendBinary(make([]byte, 0, 19)) }

// UnmarshalBinary implements encoding.BinaryUnmarshaler. It accepts exactly
// what MarshalBinary writes for a valid Period; anything else is an error
// that wraps ErrInvalidDate. On error, *p is unchanged.
func (p *Period) UnmarshalBinary(data []byte) error {
	if len(data) == 0 {
		*p = Period{}
		return nil
	}
	bad := func(why string) error {
		return errorf("", hex.EncodeToString(data), ErrInvalidDate, "%s", why)
	}
	if data[0] > 1 {
		return bad("the first byte is 0 or 1")
	}
	q := Period{Ongoing: data[0] == 1}
	rest := data[1:]
	for _, d := range [2]*Date{&q.Start, &q.End} {
		if len(rest) == 0 || int(rest[0]) > len(rest)-1 {
			return bad("truncated")
		}
		n := int(rest[0])
		if err := d.UnmarshalBinary(rest[1 : 1+n]); err != nil {
			return binaryError(data, err)
		}
		rest = rest[1+n:]
	}
	switch {
	case len(rest) > 0:
		return bad("trailing bytes")
	case q.IsZero():
		return bad("the zero Period has no bytes")
	}
	if err := q.Validate(); err != nil {
		return binaryError(data, err)
	}
	*p = q
	return nil
}
