package vgt

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/google/uuid"

	"github.com/virtualglobaltaskforce/vgt/internal/namekey"
	"github.com/virtualglobaltaskforce/vgt/internal/safetext"
)

// Lookup returns the organization that name identifies: any of its names,
// official, acronym, short, former or alias, in any language, matched
// insensitively to case, width, accents, punctuation and spacing ("A.F.P."
// finds the Australian Federal Police, "ＥＵＲＯＰＯＬ" Europol, and
// "Servizio Polizia Postale e delle Comunicazioni" the Italian Postal and
// Communication Police Service), with "&" standing for "and". Only a whole
// name matches: "Federal Police" finds nothing.
//
// It never guesses. A name that no organization bears gives an error that
// errors.Is recognises as ErrNotFound; one that several bear gives
// ErrAmbiguous, naming every candidate; and a query that is not safe text
// (a Cyrillic О inside INTERPOL, a zero-width space, a bidirectional
// override, a control character) gives ErrUnsafeText with the position of
// the offending rune, never a near match. Spaces do not take part in
// matching, so a query may have any number of them, of any width. Weak
// aliases never match. On a snapshot, Lookup still finds every
// organization the alliance knows, by any of its names, former and later
// ones included, and returns it as it was at the snapshot's time.
//
// The keys of every name are computed once, when the alliance is built; a
// lookup of an ASCII name allocates nothing.
func (a *Alliance) Lookup(name string) (Organization, error) {
	if name == "" {
		return Organization{}, errorf("", name, ErrNotFound, "the empty name matches nothing")
	}
	if err := checkQuery(name); err != nil {
		return Organization{}, err
	}
	var buf [64]byte
	key := namekey.AppendKey(buf[:0], name)
	if len(key) == 0 {
		return Organization{}, errorf("", name, ErrNotFound, "the name has no letters or digits to match")
	}
	s := a.st()
	// The map reads convert key in place: Go does not allocate for
	// string(bytes) used directly as a map index.
	base := s.base.keys[string(key)]
	var ovl []uuid.UUID
	if s.ovl != nil {
		ovl = s.ovl.keys[string(key)]
	}
	switch {
	case len(base)+len(ovl) == 0:
		if e, ok := lookalike(s, name, string(key)); ok {
			return Organization{}, &Error{Value: name, Pos: 0, Err: fmt.Errorf(
				"%w: it looks like %q, a name of %s, without being that name (a confusable of Unicode TS #39)",
				ErrUnsafeText, e.text, s.org(e.org).m.DisplayName())}
		}
		return Organization{}, errorf("", name, ErrNotFound, "no organization has this name")
	case len(base) == 1 && len(ovl) == 0:
		return a.orgView(s.org(base[0])), nil
	case len(base) == 0 && len(ovl) == 1:
		return a.orgView(s.org(ovl[0])), nil
	}
	ids := mergeIDs(base, ovl)
	if len(ids) == 1 {
		return a.orgView(s.org(ids[0])), nil
	}
	return Organization{}, ambiguous(s, name, ids)
}

// lookalike returns the name that query imitates: one whose confusable
// skeleton it shares (namekey.SkeletonKeys) while its key differs. It is
// asked only of a query that matched no name, so that a lookup that
// finds costs nothing more.
func lookalike(s *state, query, key string) (skelEntry, bool) {
	for i, h := range namekey.SkeletonHashes(skelSeed, query) {
		if h == 0 {
			continue
		}
		if e, ok := s.skeleton(h); ok && e.key != key && sameSkeleton(i, e.text, query) {
			return e, true
		}
	}
	return skelEntry{}, false
}

// checkQuery checks that a query is safe text. Spaces take no part in
// matching, so a query may have any number of them, of any width (a
// full-width query has U+3000 between its words), at either end or between
// words: it is checked as a name would be spaced, with single U+0020 spaces
// between its words. A query of printable ASCII is safe as it is, and is
// checked without allocating.
func checkQuery(q string) error {
	if len(q) > maxQueryBytes {
		// The position is that of the first rune that does not fit.
		pos := maxQueryBytes
		for pos > 0 && !utf8.RuneStart(q[pos]) {
			pos--
		}
		return &Error{Value: q, Pos: pos, Err: fmt.Errorf("%w: longer than %d bytes", ErrUnsafeText, maxQueryBytes)}
	}
	i := 0
	for i < len(q) && q[i] >= 0x20 && q[i] < 0x7f {
		i++
	}
	if i == len(q) {
		return nil
	}
	var buf [maxQueryBytes]byte
	spaced := respace(buf[:0], q)
	if len(spaced) == 0 {
		return nil // only spaces: the key is empty and matches nothing
	}
	if p := safetext.CheckName(string(spaced), maxQueryBytes); p != nil {
		return &Error{Value: q, Pos: queryPos(q, p.Pos), Err: fmt.Errorf("%w: %s", ErrUnsafeText, p.Reason)}
	}
	return nil
}

// maxQueryBytes bounds a query: a name and room for the spaces around it.
const maxQueryBytes = 4 * MaxNameBytes

// isSpace reports the runes that separate the words of a query.
func isSpace(r rune) bool { return r == ' ' || r > unicode.MaxASCII && unicode.Is(unicode.Zs, r) }

// respace appends q to dst with its runs of spaces made single U+0020
// spaces and none at either end. Other bytes, invalid UTF-8 included, are
// copied as they are, for the check to see.
func respace(dst []byte, q string) []byte {
	pending := false
	for i := 0; i < len(q); {
		r, n := utf8.DecodeRuneInString(q[i:])
		if isSpace(r) {
			pending = len(dst) > 0
		} else {
			if pending {
				dst = append(dst, ' ')
				pending = false
			}
			dst = append(dst, q[i:i+n]...)
		}
		i += n
	}
	return dst
}

// queryPos maps a byte offset in respace's output back to the query.
func queryPos(q string, pos int) int {
	out, pending := 0, false
	for i := 0; i < len(q); {
		r, n := utf8.DecodeRuneInString(q[i:])
		if isSpace(r) {
			pending = out > 0
		} else {
			if pending {
				out++
				pending = false
			}
			if out >= pos {
				return i
			}
			out += n
		}
		i += n
	}
	return len(q)
}

// maxCandidates is how many candidates an ambiguity's message names;
// Error.Candidates holds them all.
const maxCandidates = 10

func ambiguous(s *state, name string, ids []uuid.UUID) error {
	type cand struct {
		name string
		id   uuid.UUID
	}
	cs := make([]cand, len(ids))
	for i, id := range ids {
		cs[i] = cand{s.org(id).m.DisplayName(), id}
	}
	slices.SortFunc(cs, func(x, y cand) int {
		if c := strings.Compare(x.name, y.name); c != 0 {
			return c
		}
		return bytes.Compare(x.id[:], y.id[:])
	})
	e := errorf("", name, ErrAmbiguous, "")
	var b strings.Builder
	fmt.Fprintf(&b, "%d organizations bear this name: ", len(cs))
	for i, c := range cs {
		e.Candidates = append(e.Candidates, c.id)
		switch {
		case i < maxCandidates:
			if i > 0 {
				b.WriteString("; ")
			}
			fmt.Fprintf(&b, "%s [%s]", c.name, c.id)
		case i == maxCandidates:
			fmt.Fprintf(&b, "; and %d more", len(cs)-maxCandidates)
		}
	}
	e.Err = fmt.Errorf("%w: %s", ErrAmbiguous, b.String())
	return e
}
