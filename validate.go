package vgt

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/google/uuid"
	"golang.org/x/text/language"

	"github.com/virtualglobaltaskforce/vgt/internal/safetext"
)

// Limits on the length of text, in bytes of UTF-8. They bound what a
// record may hold, so that no name or quote can exhaust a consumer's
// display or memory.
const (
	MaxNameBytes  = 256  // a name, a tag, a publisher, a capacity
	MaxTitleBytes = 512  // a title, a milestone
	MaxTextBytes  = 8192 // a quote
	MaxURLBytes   = 2048 // a URL
)

// checkText reports whether s is safe text of at most max bytes: see the
// package doc, "Safe text".
func checkText(path, s string, max int) error {
	if p := safetext.Check(s, max); p != nil {
		return &Error{Path: path, Value: s, Pos: p.Pos, Err: fmt.Errorf("%w: %s", ErrUnsafeText, p.Reason)}
	}
	// encoding/json turns invalid UTF-8 and lone surrogate escapes into
	// U+FFFD; in a record it means that text was lost, so it is refused.
	if i := strings.IndexRune(s, utf8.RuneError); i >= 0 {
		return &Error{Path: path, Value: s, Pos: i, Err: fmt.Errorf("%w: replacement character U+FFFD (text lost in encoding)", ErrUnsafeText)}
	}
	return nil
}

// CheckText reports whether s is safe to show and to match, as every name,
// title, tag and quote of an alliance must be: valid UTF-8 in normalization
// form NFC, not empty, at most max bytes, no control, format or invisible
// characters, no bidirectional overrides, no space but U+0020 and none at
// either end or doubled, and no word that mixes Latin letters with Cyrillic
// or Greek ones. The error wraps ErrUnsafeText and gives the position of the
// offending rune.
func CheckText(s string, max int) error { return checkText("", s, max) }

func checkURL(path, s string) error {
	if err := checkText(path, s, MaxURLBytes); err != nil {
		return err
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil {
		return errorf(path, s, ErrInvalid, "not an absolute http or https URL")
	}
	return nil
}

func checkID(path string, id uuid.UUID) error {
	if id == uuid.Nil {
		return errorf(path, id.String(), ErrInvalid, "the nil UUID is not an ID")
	}
	return nil
}

func checkLang(path string, t language.Tag, required bool) error {
	if t == language.Und {
		if required {
			return errorf(path, "", ErrInvalid, "a language is required")
		}
		return nil
	}
	if _, err := language.Parse(t.String()); err != nil {
		return errorf(path, t.String(), ErrInvalid, "not a BCP 47 language tag")
	}
	return nil
}

func checkEnum[T interface {
	~uint8
	String() string
}](path string, v T, n int, required bool) error {
	switch {
	case v == 0 && required:
		return errorf(path, "", ErrInvalid, "required")
	case int(v) >= n:
		return errorf(path, v.String(), ErrInvalid, "out of range")
	}
	return nil
}

func (n Name) validate(path string) error {
	return joinErrors([]error{
		checkText(joinPath(path, "text"), n.Text, MaxNameBytes),
		checkLang(joinPath(path, "lang"), n.Lang, false),
		checkEnum(joinPath(path, "kind"), n.Kind, len(nameKindNames), true),
		atPath(n.Period.Validate(), joinPath(path, "period")),
	})
}

func validateNames(path string, names []Name) []error {
	var errs []error
	if len(names) == 0 {
		errs = append(errs, errorf(path, "", ErrInvalid, "at least one name is required"))
	}
	for i, n := range names {
		errs = append(errs, n.validate(fmt.Sprintf("%s[%d]", path, i)))
	}
	return errs
}

// Validate checks the organization's record: a non-nil ID, at least one
// name, every name safe, a valid website, and a jurisdiction and kind that
// are either both set (an agency that may be a member) or both unset.
func (o Organization) Validate() error { return o.validate("") }

func (o Organization) validate(path string) error {
	errs := []error{checkID(joinPath(path, "id"), o.ID)}
	errs = append(errs, validateNames(joinPath(path, "names"), o.names)...)
	if o.Website != "" {
		errs = append(errs, checkURL(joinPath(path, "website"), o.Website))
	}
	if o.Parent == o.ID && o.ID != uuid.Nil {
		errs = append(errs, errorf(joinPath(path, "parent"), o.Parent.String(), ErrInvalid, "an organization cannot be part of itself"))
	}
	if o.jurisdiction.IsValid() != (o.kind != 0) {
		errs = append(errs, errorf(joinPath(path, "kind"), o.kind.String(), ErrInvalid, "a jurisdiction and a member kind go together"))
	}
	errs = append(errs, checkEnum(joinPath(path, "kind"), o.kind, len(memberKindNames), false))
	return joinErrors(errs)
}

// Validate checks the person's record: a non-nil ID and a safe name.
func (p Person) Validate() error { return p.validate("") }

func (p Person) validate(path string) error {
	return joinErrors([]error{
		checkID(joinPath(path, "id"), p.ID),
		checkText(joinPath(path, "name"), p.Name, MaxNameBytes),
	})
}

func (f Facts) validate(path string) error {
	var errs []error
	for i, n := range f.Names {
		errs = append(errs, n.validate(fmt.Sprintf("%s.names[%d]", path, i)))
	}
	if f.Website != "" {
		errs = append(errs, checkURL(joinPath(path, "website"), f.Website))
	}
	for i, m := range f.Milestones {
		p := fmt.Sprintf("%s.milestones[%d]", path, i)
		if m.Date.IsZero() {
			errs = append(errs, errorf(p+".date", "", ErrInvalidDate, "a milestone needs a date"))
		}
		errs = append(errs, checkText(p+".text", m.Text, MaxTitleBytes), checkURL(p+".source", m.Source))
	}
	return joinErrors(errs)
}

// Validate checks the announcement's record on its own, without the
// alliance it would apply to: IDs, safe text, an absolute source URL, a
// publication date, and for each change the fields its kind needs and no
// others. Apply checks the changes against the alliance as well.
func (an Announcement) Validate() error { return an.validate("") }

func (an Announcement) validate(path string) error {
	errs := []error{checkID(joinPath(path, "id"), an.ID)}
	if an.Title != "" {
		errs = append(errs, checkText(joinPath(path, "title"), an.Title, MaxTitleBytes))
	}
	if an.Published.IsZero() {
		errs = append(errs, errorf(joinPath(path, "published"), "", ErrInvalidDate, "a publication date is required; give bounds for an undated release"))
	}
	if an.Publisher != "" {
		errs = append(errs, checkText(joinPath(path, "publisher"), an.Publisher, MaxNameBytes))
	}
	errs = append(errs, checkURL(joinPath(path, "source"), an.Source))
	errs = append(errs, checkLang(joinPath(path, "language"), an.Language, true))
	for i, t := range an.Tags {
		p := fmt.Sprintf("%s[%d]", joinPath(path, "tags"), i)
		errs = append(errs, checkText(p, t, MaxNameBytes))
		if slices.Contains(an.Tags[:i], t) {
			errs = append(errs, errorf(p, t, ErrInvalid, "a tag given twice"))
		}
	}
	for i, q := range an.Quotes {
		p := fmt.Sprintf("%s[%d]", joinPath(path, "quotes"), i)
		errs = append(errs, checkID(p+".speaker", q.Speaker), checkText(p+".text", q.Text, MaxTextBytes),
			checkEnum(p+".post", q.Post, len(postNames), false))
		if q.Capacity != "" {
			errs = append(errs, checkText(p+".capacity", q.Capacity, MaxNameBytes))
		}
	}
	for i, c := range an.Changes {
		errs = append(errs, c.validate(fmt.Sprintf("%s[%d]", joinPath(path, "changes"), i)))
	}
	for i, o := range an.Organizations {
		errs = append(errs, o.validate(fmt.Sprintf("%s[%d]", joinPath(path, "organizations"), i)))
	}
	for i, p := range an.People {
		errs = append(errs, p.validate(fmt.Sprintf("%s[%d]", joinPath(path, "people"), i)))
	}
	return joinErrors(errs)
}

// changeFields lists, for each kind of change, the fields it uses; every
// other field must be zero.
var changeFields = [...][]string{
	VotedIn:   {"effective", "role", "category"},
	Joined:    {"effective", "role", "category"},
	Left:      {"effective", "role"},
	Succeeded: {"effective", "successor"},
	Renamed:   {"effective", "name"},
	Elected:   {"effective", "post", "person"},
	Appointed: {"effective", "post", "person"},
	Listed:    {"role", "category", "post", "person"},
}

func (c Change) validate(path string) error {
	if err := checkEnum(joinPath(path, "kind"), c.Kind, len(changeKindNames), true); err != nil {
		return err
	}
	var errs []error
	if err := checkID(joinPath(path, "organization"), c.Organization); err != nil {
		errs = append(errs, err)
	}
	fields := [...]struct {
		name string
		set  bool
	}{
		{"effective", !c.Effective.IsZero()}, {"role", c.Role != 0}, {"category", c.Category != 0},
		{"successor", c.Successor != uuid.Nil}, {"name", c.Name != (Name{})}, {"post", c.Post != 0},
		{"person", c.Person != uuid.Nil},
	}
	isSet := func(name string) bool {
		for _, f := range fields {
			if f.name == name {
				return f.set
			}
		}
		return false
	}
	for _, f := range fields {
		if f.set && !slices.Contains(changeFields[c.Kind], f.name) {
			errs = append(errs, errorf(joinPath(path, f.name), "", ErrInvalid, "a %q change has no %s", c.Kind, f.name))
		}
	}
	need := func(f string, ok bool, why string) {
		if !ok {
			errs = append(errs, errorf(joinPath(path, f), "", ErrInvalid, "required: %s", why))
		}
	}
	switch c.Kind {
	case VotedIn, Joined, Left:
		need("effective", isSet("effective"), "when it took effect")
		need("role", isSet("role"), "member or partner")
		if c.Kind != Left {
			need("category", isSet("category") == (c.Role == RolePartner), "a partner's category, and only a partner's")
		}
	case Succeeded:
		need("effective", isSet("effective"), "when the seat passed")
		need("successor", isSet("successor") && c.Successor != c.Organization, "another organization")
	case Renamed:
		need("effective", isSet("effective"), "when the name changed")
		need("name", isSet("name"), "the new name")
		if isSet("name") {
			errs = append(errs, c.Name.validate(joinPath(path, "name")))
		}
	case Elected, Appointed:
		need("effective", isSet("effective"), "when it took effect")
		need("post", isSet("post"), "the post")
	case Listed:
		need("role", isSet("role") != isSet("post"), "a role, or a post and its holder, but not both")
		if isSet("category") && c.Role != RolePartner {
			errs = append(errs, errorf(joinPath(path, "category"), c.Category.String(), ErrInvalid, "only a partner has a category"))
		}
		if isSet("person") && !isSet("post") {
			errs = append(errs, errorf(joinPath(path, "person"), c.Person.String(), ErrInvalid, "a person is listed only as holder of a post"))
		}
	}
	for _, err := range []error{
		checkEnum(joinPath(path, "role"), c.Role, len(roleNames), false),
		checkEnum(joinPath(path, "category"), c.Category, len(partnerCategoryNames), false),
		checkEnum(joinPath(path, "post"), c.Post, len(postNames), false),
	} {
		if err != nil {
			errs = append(errs, err)
		}
	}
	return joinErrors(errs)
}
