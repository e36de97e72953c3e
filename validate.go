package vgt

import (
	"errors"
	"fmt"
	"net/netip"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

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

// The checks below take the path of the value they check and render it
// only when they report an error.

// checkText reports whether s is safe text of at most max bytes (see
// CheckText).
func checkText(p path, s string, max int) error {
	if pr := safetext.Check(s, max); pr != nil {
		return &Error{Path: p.String(), Value: s, Pos: pr.Pos, Err: fmt.Errorf("%w: %s", ErrUnsafeText, pr.Reason)}
	}
	return nil
}

// checkName reports whether s is safe as a name: CheckText's rules, and
// the whole name at most Highly Restrictive (see internal/safetext).
func checkName(p path, s string) error {
	if pr := safetext.CheckName(s, MaxNameBytes); pr != nil {
		return &Error{Path: p.String(), Value: s, Pos: pr.Pos, Err: fmt.Errorf("%w: %s", ErrUnsafeText, pr.Reason)}
	}
	return nil
}

// CheckText reports whether s is safe to show and to match, as every name,
// title, tag and quote of an alliance must be: valid UTF-8 in normalization
// form NFC, not empty, at most max bytes, no control, format or invisible
// characters, no bidirectional overrides, no space but U+0020 and none at
// either end or doubled, and no word that mixes scripts that a reader could
// take for one another (Latin with Cyrillic or Greek). The error wraps
// ErrUnsafeText and gives the position of the offending rune.
func CheckText(s string, max int) error { return checkText(path{}, s, max) }

// checkURL reports whether s is an absolute http or https URL with a host,
// strictly: net/url accepts spaces in a path, any port up to 65535 digits
// long, and an empty host after "http://:80"; none of those is a URL a
// reader could follow.
// isIP reports whether host is an IP address, as url.URL.Hostname gives it.
func isIP(host string) bool {
	_, err := netip.ParseAddr(host)
	return err == nil
}

func checkURL(p path, s string) error {
	if err := checkText(p, s, MaxURLBytes); err != nil {
		return err
	}
	bad := func(why string) error {
		return errorf(p.String(), s, ErrInvalid, "not an absolute http or https URL: %s", why)
	}
	if i := strings.IndexFunc(s, func(r rune) bool { return r == ' ' || r == '\\' }); i >= 0 {
		return bad(fmt.Sprintf("%q at byte %d (escape it)", s[i], i))
	}
	u, err := url.Parse(s)
	switch {
	case err != nil:
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return bad(err.Error())
	case u.Scheme != "http" && u.Scheme != "https":
		return bad("the scheme must be http or https")
	case u.Opaque != "" || u.Hostname() == "":
		return bad("no host")
	case u.User != nil:
		return bad("user information has no place in a public URL")
	}
	// A host that is not an IP address is a domain name, checked as a name
	// is: a lookalike host is as much an attack as a lookalike name.
	if host := u.Hostname(); !isIP(host) {
		if pr := safetext.CheckHost(host); pr != nil {
			pos := strings.Index(s, host)
			if pos < 0 {
				pos = 0
			}
			return &Error{Path: p.String(), Value: s, Pos: pos + pr.Pos,
				Err: fmt.Errorf("%w: the host %q: %s", ErrUnsafeText, host, pr.Reason)}
		}
	}
	if port := u.Port(); port != "" {
		if n, err := strconv.Atoi(port); err != nil || n < 1 || n > 65535 || port[0] == '0' {
			return bad(fmt.Sprintf("port %q is not from 1 to 65535", port))
		}
	} else if strings.HasSuffix(u.Host, ":") {
		return bad("an empty port")
	}
	return nil
}

func checkID(p path, id uuid.UUID) error {
	if id == uuid.Nil {
		return errorf(p.String(), id.String(), ErrInvalid, "the nil UUID is not an ID")
	}
	return nil
}

// checkLang checks a language tag as Load reads one (parseLang): in its
// canonical form, so that WriteJSON writes what Load reads back.
func checkLang(p path, t language.Tag, required bool) error {
	if t == language.Und {
		if required {
			return errorf(p.String(), "", ErrInvalid, "a language is required")
		}
		return nil
	}
	s := t.String()
	if c, ok := canonicalTags.Load(t); ok && c.(bool) {
		return nil
	}
	u, err := parseLang(s)
	if err == nil && u != t {
		err = errorf("", s, ErrInvalid, "not the canonical form of the language tag")
	}
	if err != nil {
		return atPath(err, p.String())
	}
	if canonicalCount.Add(1) <= maxCanonicalTags {
		canonicalTags.Store(t, true)
	}
	return nil
}

// canonicalTags remembers language tags found canonical, so that validating
// a million names in a few languages parses each language once. It holds at
// most maxCanonicalTags tags, so that documents with many distinct tags
// cannot grow it without bound; a tag beyond that is parsed every time.
var (
	canonicalTags  sync.Map // language.Tag: true
	canonicalCount atomic.Int64
)

const maxCanonicalTags = 1024

func checkEnum[T interface {
	~uint8
	String() string
}](p path, v T, n int, required bool) error {
	switch {
	case v == 0 && required:
		return errorf(p.String(), "", ErrInvalid, "required")
	case int(v) >= n:
		return errorf(p.String(), v.String(), ErrInvalid, "out of range")
	}
	return nil
}

// errs collects the problems of a record.
type errs []error

func (e *errs) add(err error) {
	if err != nil {
		*e = append(*e, err)
	}
}

func (e errs) err() error { return joinErrors(e) }

func (n Name) check(p path, es *errs) {
	es.add(checkName(p.field("text"), n.Text))
	es.add(checkLang(p.field("lang"), n.Lang, false))
	es.add(checkEnum(p.field("kind"), n.Kind, len(nameKindNames), true))
	if err := n.Period.Validate(); err != nil {
		f := p.field("period")
		es.add(atPath(err, f.String()))
	}
}

func checkNames(p path, names []Name, es *errs) {
	if len(names) == 0 {
		es.add(errorf(p.String(), "", ErrInvalid, "at least one name is required"))
	}
	for i, n := range names {
		n.check(p.elem(i), es)
	}
}

// Validate checks the organization's record: a non-nil ID, at least one
// name, every name safe, a valid website, and a jurisdiction and kind that
// are either both set (an agency that may be a member) or both unset.
func (o Organization) Validate() error { return o.validate(path{}) }

func (o Organization) validate(p path) error {
	var es errs
	o.check(p, &es)
	return es.err()
}

func (o Organization) check(p path, es *errs) {
	es.add(checkID(p.field("id"), o.ID))
	checkNames(p.field("names"), o.names, es)
	if o.Website != "" {
		es.add(checkURL(p.field("website"), o.Website))
	}
	if o.Parent == o.ID && o.ID != uuid.Nil {
		es.add(errorf(p.String(), o.Parent.String(), ErrInvalid, "an organization cannot be part of itself"))
	}
	if o.jurisdiction.IsValid() != (o.kind != 0) {
		es.add(errorf(p.at("kind"), o.kind.String(), ErrInvalid, "a jurisdiction and a member kind go together"))
	}
	es.add(checkEnum(p.field("kind"), o.kind, len(memberKindNames), false))
}

// Validate checks the person's record: a non-nil ID and a safe name.
func (pe Person) Validate() error { return pe.validate(path{}) }

func (pe Person) validate(p path) error {
	var es errs
	pe.check(p, &es)
	return es.err()
}

func (pe Person) check(p path, es *errs) {
	es.add(checkID(p.field("id"), pe.ID))
	es.add(checkName(p.field("name"), pe.Name))
}

func (f Facts) validate(p path) error {
	var es errs
	// The zero Facts, of the zero Alliance, are valid; facts that say
	// anything say whose they are.
	if f.ID != uuid.Nil || len(f.Names) > 0 || f.Website != "" || len(f.Milestones) > 0 {
		es.add(checkID(p.field("id"), f.ID))
	}
	names := p.field("names")
	for i, n := range f.Names {
		n.check(names.elem(i), &es)
	}
	if f.Website != "" {
		es.add(checkURL(p.field("website"), f.Website))
	}
	milestones := p.field("milestones")
	for i, m := range f.Milestones {
		mp := milestones.elem(i)
		if m.Date.IsZero() {
			es.add(errorf(mp.at("date"), "", ErrInvalidDate, "a milestone needs a date"))
		}
		es.add(checkText(mp.field("text"), m.Text, MaxTitleBytes))
		es.add(checkURL(mp.field("source"), m.Source))
		es.add(checkEnum(mp.field("status"), m.Status, len(statusNames), false))
	}
	return es.err()
}

// Validate checks the announcement's record on its own, without the
// alliance it would apply to: IDs, safe text, an absolute source URL, a
// publication date, and for each change the fields its kind needs and no
// others. Apply checks the changes against the alliance as well.
func (an Announcement) Validate() error { return an.validate(path{}) }

func (an Announcement) validate(p path) error {
	var es errs
	es.add(checkID(p.field("id"), an.ID))
	if an.Title != "" {
		es.add(checkText(p.field("title"), an.Title, MaxTitleBytes))
	}
	if an.Published.IsZero() {
		es.add(errorf(p.at("published"), "", ErrInvalidDate, "a publication date is required; give bounds for an undated release"))
	}
	if an.Publisher != "" {
		es.add(checkText(p.field("publisher"), an.Publisher, MaxNameBytes))
	}
	es.add(checkURL(p.field("source"), an.Source))
	es.add(checkLang(p.field("language"), an.Language, true))
	tags := p.field("tags")
	// A few tags are compared with each other; many, through a set, so
	// that an announcement with a hundred thousand tags is checked in
	// linear time.
	var seen map[string]int
	if len(an.Tags) > 8 {
		seen = make(map[string]int, len(an.Tags))
	}
	for i, t := range an.Tags {
		tp := tags.elem(i)
		es.add(checkText(tp, t, MaxNameBytes))
		first := -1
		if seen != nil {
			if j, ok := seen[t]; ok {
				first = j
			} else {
				seen[t] = i
			}
		} else {
			first = slices.Index(an.Tags[:i], t)
		}
		if first >= 0 {
			es.add(errorf(tp.String(), t, ErrInvalid, "a tag given twice (first as tag %d)", first))
		}
	}
	quotes := p.field("quotes")
	for i, q := range an.Quotes {
		qp := quotes.elem(i)
		if q.Speaker != uuid.Nil || q.Organization == uuid.Nil {
			// An organization may make a statement with no speaker named.
			es.add(checkID(qp.field("speaker"), q.Speaker))
		}
		es.add(checkText(qp.field("text"), q.Text, MaxTextBytes))
		es.add(checkEnum(qp.field("post"), q.Post, len(postNames), false))
		if q.Capacity != "" {
			es.add(checkText(qp.field("capacity"), q.Capacity, MaxNameBytes))
		}
	}
	changes := p.field("changes")
	for i, c := range an.Changes {
		c.check(changes.elem(i), &es)
	}
	counts := p.field("counts")
	for i, c := range an.Counts {
		cp := counts.elem(i)
		if c.N < 0 {
			es.add(errorf(cp.at("n"), fmt.Sprint(c.N), ErrInvalid, "a count cannot be negative"))
		}
		es.add(checkEnum(cp.field("role"), c.Role, len(roleNames), false))
		if c.Words != "" {
			es.add(checkText(cp.field("words"), c.Words, MaxNameBytes))
		}
	}
	orgs := p.field("organizations")
	for i, o := range an.Organizations {
		o.check(orgs.elem(i), &es)
	}
	people := p.field("people")
	for i, pe := range an.People {
		pe.check(people.elem(i), &es)
	}
	return es.err()
}

// changeFields lists, for each kind of change, the fields it uses; every
// other field must be zero. Status and Words apply to every kind.
var changeFields = [...][]string{
	ChangeKindVotedIn:       {"effective", "role", "category"},
	ChangeKindJoined:        {"effective", "role", "category"},
	ChangeKindLeft:          {"effective", "role"},
	ChangeKindSucceeded:     {"effective", "successor"},
	ChangeKindRenamed:       {"effective", "name"},
	ChangeKindElected:       {"effective", "post", "person", "title"},
	ChangeKindAppointed:     {"effective", "post", "person", "title"},
	ChangeKindListed:        {"role", "category", "post", "person", "title"},
	ChangeKindNamed:         {"name"},
	ChangeKindParentChanged: {"effective", "parent"},
}

func (c Change) check(p path, es *errs) {
	if err := checkEnum(p.field("kind"), c.Kind, len(changeKindNames), true); err != nil {
		es.add(err)
		return
	}
	es.add(checkID(p.field("organization"), c.Organization))
	es.add(checkEnum(p.field("status"), c.Status, len(statusNames), false))
	fields := [...]struct {
		name string
		set  bool
	}{
		{"effective", !c.Effective.IsZero()}, {"role", c.Role != 0}, {"category", c.Category != 0},
		{"successor", c.Successor != uuid.Nil}, {"name", c.Name != (Name{})}, {"post", c.Post != 0},
		{"person", c.Person != uuid.Nil}, {"title", c.Title != ""}, {"parent", c.Parent != uuid.Nil},
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
			es.add(errorf(p.at(f.name), "", ErrInvalid, "a %q change has no %s", c.Kind, f.name))
		}
	}
	need := func(f string, ok bool, why string) {
		if !ok {
			es.add(errorf(p.at(f), "", ErrInvalid, "required: %s", why))
		}
	}
	switch c.Kind {
	case ChangeKindVotedIn, ChangeKindJoined, ChangeKindLeft:
		if c.Kind != ChangeKindVotedIn {
			need("effective", isSet("effective"), "when it took effect")
		}
		need("role", isSet("role"), "member or partner")
		if c.Kind != ChangeKindLeft {
			need("category", isSet("category") == (c.Role == RolePartner), "a partner's category, and only a partner's")
		}
	case ChangeKindSucceeded:
		need("effective", isSet("effective"), "when the seat passed")
		need("successor", isSet("successor") && c.Successor != c.Organization, "another organization")
	case ChangeKindRenamed, ChangeKindNamed:
		if c.Kind == ChangeKindRenamed {
			need("effective", isSet("effective"), "when the name changed")
		}
		need("name", isSet("name"), "the name")
		if isSet("name") {
			c.Name.check(p.field("name"), es)
		}
	case ChangeKindElected, ChangeKindAppointed:
		if c.Kind == ChangeKindAppointed {
			need("effective", isSet("effective"), "when it took effect")
		}
		need("post", isSet("post"), "the post")
	case ChangeKindListed:
		need("role", isSet("role") != isSet("post"), "a role, or a post and its holder, but not both")
		if isSet("category") && c.Role != RolePartner {
			es.add(errorf(p.at("category"), c.Category.String(), ErrInvalid, "only a partner has a category"))
		}
		if isSet("person") && !isSet("post") {
			es.add(errorf(p.at("person"), c.Person.String(), ErrInvalid, "a person is listed only as holder of a post"))
		}
		if isSet("title") && !isSet("post") {
			es.add(errorf(p.at("title"), c.Title, ErrInvalid, "a title is given only for the holder of a post"))
		}
	case ChangeKindParentChanged:
		need("effective", isSet("effective"), "when it became part of its new parent")
		if c.Parent == c.Organization {
			es.add(errorf(p.at("parent"), c.Parent.String(), ErrInvalid, "an organization cannot be part of itself"))
		}
	}
	if c.Status == StatusPlanned && (c.Kind == ChangeKindListed || c.Kind == ChangeKindNamed) {
		es.add(errorf(p.at("status"), c.Status.String(), ErrInvalid, "a %q change states what a source saw; it cannot be planned", c.Kind))
	}
	if c.Title != "" {
		es.add(checkText(p.field("title"), c.Title, MaxNameBytes))
	}
	if c.Words != "" {
		es.add(checkText(p.field("words"), c.Words, MaxNameBytes))
	}
	es.add(checkEnum(p.field("role"), c.Role, len(roleNames), false))
	es.add(checkEnum(p.field("category"), c.Category, len(partnerCategoryNames), false))
	es.add(checkEnum(p.field("post"), c.Post, len(postNames), false))
}
