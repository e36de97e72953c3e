package vgt

import "fmt"

// The enumerations of this package ([MemberKind], [PartnerCategory],
// [NameKind], [ChangeKind], [Role], [Post], [Precision], [Coverage]) are
// small integer types in the manner of time.Month and slog.Level: the zero
// value means unset, String never fails, and the text form round-trips
// through MarshalText (or AppendText) and UnmarshalText and the type's Parse
// function. In a database each is its text form in a TEXT column, the zero
// value as NULL (see Scan and Value in sql.go). These helpers hold what they
// share; each type's table is a plain array of its text forms indexed by
// value.

// enumString returns the text form of v, or "Type(n)" for a value out of
// range, so that String never fails.
func enumString[T ~uint8](typ string, names []string, v T) string {
	if int(v) < len(names) && v != 0 {
		return names[v]
	}
	if v == 0 {
		return ""
	}
	return fmt.Sprintf("%s(%d)", typ, v)
}

// enumMarshal returns the text form of v; the zero value marshals to the
// empty string, and an out-of-range value is an error.
func enumMarshal[T ~uint8](typ string, names []string, v T) ([]byte, error) {
	if v == 0 {
		return []byte{}, nil
	}
	if int(v) >= len(names) {
		return nil, errorf("", fmt.Sprint(uint8(v)), ErrInvalid, "no such %s", typ)
	}
	return []byte(names[v]), nil
}

// enumAppend appends the text form of v to b, as enumMarshal.
func enumAppend[T ~uint8](typ string, names []string, v T, b []byte) ([]byte, error) {
	if v == 0 {
		return b, nil
	}
	if int(v) >= len(names) {
		return b, errorf("", fmt.Sprint(uint8(v)), ErrInvalid, "no such %s", typ)
	}
	return append(b, names[v]...), nil
}

// enumParse returns the value whose text form is s, also accepting the
// aliases given. The empty string is an error: use UnmarshalText to accept
// the zero value.
func enumParse[T ~uint8](typ string, names []string, aliases map[string]T, s string) (T, error) {
	for i := 1; i < len(names); i++ {
		if names[i] == s {
			return T(i), nil
		}
	}
	if v, ok := aliases[s]; ok {
		return v, nil
	}
	return 0, errorf("", s, ErrInvalid, "unknown %s (want one of %s)", typ, listNames(names))
}

func listNames(names []string) string {
	s := ""
	for i, n := range names[1:] {
		if i > 0 {
			s += ", "
		}
		s += n
	}
	return s
}

// enumUnmarshal sets *v from its text form; the empty text gives the zero value.
func enumUnmarshal[T ~uint8](typ string, names []string, aliases map[string]T, text []byte, v *T) error {
	if len(text) == 0 {
		*v = 0
		return nil
	}
	p, err := enumParse(typ, names, aliases, string(text))
	if err != nil {
		return err
	}
	*v = p
	return nil
}

// The enumerations' AppendText methods, each a call of enumAppend.

// AppendText implements encoding.TextAppender: it appends the text form of
// k to b, nothing for the zero MemberKind.
func (k MemberKind) AppendText(b []byte) ([]byte, error) {
	return enumAppend("MemberKind", memberKindNames, k, b)
}

// AppendText implements encoding.TextAppender: it appends the text form of
// c to b, nothing for the zero PartnerCategory.
func (c PartnerCategory) AppendText(b []byte) ([]byte, error) {
	return enumAppend("PartnerCategory", partnerCategoryNames, c, b)
}

// AppendText implements encoding.TextAppender: it appends the text form of
// k to b, nothing for the zero NameKind.
func (k NameKind) AppendText(b []byte) ([]byte, error) {
	return enumAppend("NameKind", nameKindNames, k, b)
}

// AppendText implements encoding.TextAppender: it appends the text form of
// k to b, nothing for the zero ChangeKind.
func (k ChangeKind) AppendText(b []byte) ([]byte, error) {
	return enumAppend("ChangeKind", changeKindNames, k, b)
}

// AppendText implements encoding.TextAppender: it appends the text form of
// r to b, nothing for the zero Role.
func (r Role) AppendText(b []byte) ([]byte, error) { return enumAppend("Role", roleNames, r, b) }

// AppendText implements encoding.TextAppender: it appends the text form of
// p to b, nothing for the zero Post.
func (p Post) AppendText(b []byte) ([]byte, error) { return enumAppend("Post", postNames, p, b) }
