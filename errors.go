package vgt

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/google/uuid"
)

// Sentinel errors. Every error the package returns wraps one of them, so that
// callers can branch with errors.Is without parsing messages.
var (
	// ErrNotFound means that no organization, member or partner matches.
	ErrNotFound = errors.New("not found")
	// ErrAmbiguous means that a name matches more than one organization.
	ErrAmbiguous = errors.New("ambiguous")
	// ErrUnknownOrganization means that a reference names an organization
	// (or person) that the alliance has never heard of.
	ErrUnknownOrganization = errors.New("unknown organization")
	// ErrDuplicateID means that two records share one ID.
	ErrDuplicateID = errors.New("duplicate ID")
	// ErrInvalidDate means that a date is malformed or impossible.
	ErrInvalidDate = errors.New("invalid date")
	// ErrInvalidJurisdiction means that a jurisdiction code is malformed,
	// withdrawn, reserved or private-use.
	ErrInvalidJurisdiction = errors.New("invalid jurisdiction")
	// ErrUnsafeText means that a name or other text is not safe to show or
	// to match: invalid UTF-8, control or invisible characters,
	// bidirectional overrides, lookalike scripts mixed in one word, and so on.
	ErrUnsafeText = errors.New("unsafe text")
	// ErrInvalid means that a value is malformed in a way that no more
	// specific sentinel describes: an unknown enumeration name, a missing
	// field, a non-absolute URL.
	ErrInvalid = errors.New("invalid value")
	// ErrConflict means that a change contradicts the state it applies to
	// or a fact already recorded: joining while already a member, leaving
	// while not a member, two chairs at once.
	ErrConflict = errors.New("conflict")
	// ErrSyntax means that a JSON document is not well formed: truncated,
	// trailing data, an unknown field, a value of the wrong type.
	ErrSyntax = errors.New("syntax error")
	// ErrLimit means that an input crossed one of the limits set by Load's
	// options (size, depth, string length, counts).
	ErrLimit = errors.New("limit exceeded")
	// ErrIO means that reading or writing a document failed: the
	// io.Reader given to Load or the io.Writer given to WriteJSON returned
	// an error, which the error wraps as well.
	ErrIO = errors.New("i/o error")
)

// sentinels lists every sentinel, for counting the problems that an error
// does not list (see joinErrors).
var sentinels = []error{
	ErrNotFound, ErrAmbiguous, ErrUnknownOrganization, ErrDuplicateID, ErrInvalidDate,
	ErrInvalidJurisdiction, ErrUnsafeText, ErrInvalid, ErrConflict, ErrSyntax, ErrLimit, ErrIO,
}

// An Error describes one problem with one value: where the value is, what
// it was, and which rule it broke. Validation joins one Error per problem
// with errors.Join, so that a caller sees every problem at once: the first
// hundred one by one, and then, if there are more, a last Error that counts
// the others and wraps their sentinels, so that errors.Is answers for every
// problem found.
type Error struct {
	// Path locates the value in the JSON document or the Go value that was
	// checked, as in "announcements[0].changes[2].effective". It is empty
	// for a value checked on its own, as by ParseDate.
	Path string
	// Value is the offending value as it was given.
	Value string
	// Pos is the byte offset in Value of the offending rune. An error that
	// wraps ErrUnsafeText always has one, so that Value[Pos:] starts with
	// that rune: 0 <= Pos < len(Value), or Pos == 0 for an empty Value. It
	// is -1 where no position applies.
	Pos int
	// Err is the reason: a sentinel such as ErrInvalidDate, possibly
	// wrapped with detail.
	Err error
	// Candidates are, for ErrAmbiguous, the IDs of every organization the
	// name matches, in the order of their names; the message names the
	// first few.
	Candidates []uuid.UUID

	// whole marks an error about a document or a list of problems as a
	// whole, not about one value: its message quotes no value.
	whole bool
}

// Error returns a message that starts with "vgt:", names the path, quotes
// the value and says what is wrong with it.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("vgt: ")
	if e.Path != "" {
		b.WriteString(e.Path)
		b.WriteString(": ")
	}
	if e.Value != "" || e.Path == "" && !e.whole {
		b.WriteString(quoteShort(e.Value))
		if e.Pos >= 0 {
			fmt.Fprintf(&b, " at byte %d", e.Pos)
		}
		b.WriteString(": ")
	}
	b.WriteString(e.Err.Error())
	return b.String()
}

// maxQuote is how much of a value an error message quotes; Error.Value
// keeps all of it.
const maxQuote = 64

// quoteShort quotes s, cut to maxQuote bytes at a rune boundary, with its
// length when cut, so that a message about a megabyte-long name stays short.
func quoteShort(s string) string {
	if len(s) <= maxQuote {
		return strconv.Quote(s)
	}
	cut := maxQuote
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return fmt.Sprintf("%s… (%d bytes)", strconv.Quote(s[:cut]), len(s))
}

// Unwrap returns the reason, so that errors.Is finds the sentinel.
func (e *Error) Unwrap() error { return e.Err }

// errorf returns an *Error for value at path whose reason wraps sentinel
// with the detail that format gives (nothing when format is empty).
func errorf(path, value string, sentinel error, format string, args ...any) *Error {
	err := sentinel
	if format != "" {
		err = fmt.Errorf("%w: %s", sentinel, fmt.Sprintf(format, args...))
	}
	return &Error{Path: path, Value: value, Pos: -1, Err: err}
}

// atPath returns err with its path set to path, or prefixed with it where
// err already has one (a nested value). Errors that are not *Error, and
// joined errors, are handled element by element.
func atPath(err error, path string) error {
	if err == nil || path == "" || summary(err) != nil {
		return err
	}
	if joined, ok := err.(interface{ Unwrap() []error }); ok {
		errs := joined.Unwrap()
		out := make([]error, len(errs))
		for i, e := range errs {
			out[i] = atPath(e, path)
		}
		return errors.Join(out...)
	}
	var e *Error
	if errors.As(err, &e) {
		c := *e
		c.Path = joinPath(path, e.Path)
		return &c
	}
	return &Error{Path: path, Pos: -1, Err: err}
}

// mapErrors returns err with f applied to a copy of each *Error in it,
// joined errors element by element; the last error of a long list, which
// counts the others, is kept as it is.
func mapErrors(err error, f func(*Error) *Error) error {
	if err == nil {
		return nil
	}
	if joined, ok := err.(interface{ Unwrap() []error }); ok {
		errs := joined.Unwrap()
		out := make([]error, len(errs))
		for i, e := range errs {
			out[i] = mapErrors(e, f)
		}
		return errors.Join(out...)
	}
	var e *Error
	if summary(err) != nil || !errors.As(err, &e) {
		return err
	}
	c := *e
	return f(&c)
}

// joinPath appends a field path to a parent path: joinPath("a[0]", "b") is
// "a[0].b" and joinPath("a", "[1]") is "a[1]".
func joinPath(parent, child string) string {
	switch {
	case parent == "":
		return child
	case child == "":
		return parent
	case strings.HasPrefix(child, "["):
		return parent + child
	}
	return parent + "." + child
}

// maxReported is how many problems an error lists one by one; it counts
// the rest (see joinErrors).
const maxReported = 100

// moreProblems is the reason of the last problem of a long list: how many
// more problems were found, and which sentinels they wrap, so that
// errors.Is answers for every problem found, listed or not. It does not
// wrap ErrLimit: that sentinel says that the input crossed a limit of
// Load's and was refused for it, and a caller must be able to tell a
// document that is too large from one with many problems.
type moreProblems struct {
	n      int
	counts []int // per sentinel, as sentinels lists them
}

func (m *moreProblems) add(err error) {
	m.n++
	for i, s := range sentinels {
		if errors.Is(err, s) {
			m.counts[i]++
			return
		}
	}
}

func (m *moreProblems) merge(o *moreProblems) {
	m.n += o.n
	for i, c := range o.counts {
		m.counts[i] += c
	}
}

// Error says how many more problems there were, and of which kinds.
func (m *moreProblems) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d more problems, not listed", m.n)
	sep := ": "
	for i, c := range m.counts {
		if c > 0 {
			fmt.Fprintf(&b, "%s%d %s", sep, c, sentinels[i])
			sep = ", "
		}
	}
	return b.String()
}

// Unwrap returns the sentinels of the problems not listed.
func (m *moreProblems) Unwrap() []error {
	var out []error
	for i, c := range m.counts {
		if c > 0 {
			out = append(out, sentinels[i])
		}
	}
	return out
}

// summary returns the moreProblems of err, if err is the last problem of a
// long list.
func summary(err error) *moreProblems {
	if e, ok := err.(*Error); ok && e.whole {
		if m, ok := e.Err.(*moreProblems); ok {
			return m
		}
	}
	return nil
}

// joinErrors joins errs with errors.Join, flattening joined errors so that
// a caller ranging over Unwrap() []error sees one *Error per problem. It
// lists the first maxReported problems; a last *Error counts the others
// and wraps their sentinels, so that a document with a million problems
// gives a message of a hundred lines.
func joinErrors(errs []error) error {
	var flat []error
	var more *moreProblems
	keep := func(err error) {
		if m := summary(err); m != nil {
			if more == nil {
				more = &moreProblems{counts: make([]int, len(sentinels))}
			}
			more.merge(m)
			return
		}
		flat = append(flat, err)
	}
	for _, err := range errs {
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			for _, e := range j.Unwrap() {
				keep(e)
			}
		} else if err != nil {
			keep(err)
		}
	}
	if len(flat) > maxReported {
		if more == nil {
			more = &moreProblems{counts: make([]int, len(sentinels))}
		}
		for _, err := range flat[maxReported:] {
			more.add(err)
		}
		flat = flat[:maxReported]
	}
	if more != nil {
		flat = append(flat, &Error{Pos: -1, Err: more, whole: true})
	}
	return errors.Join(flat...)
}
