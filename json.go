package vgt

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"reflect"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/google/uuid"
	"golang.org/x/text/language"

	"github.com/virtualglobaltaskforce/vgt/internal/jsonscan"
)

// The JSON document is one object: {"alliance", "organizations", "people",
// "announcements"}. Every typed value travels as its text form, so that the
// decoder reads strings and this file converts them, each error carrying the
// path of the value; encoding/json would report a bad date inside a
// TextUnmarshaler without saying where it was.

type jsonDoc struct {
	Alliance      jsonFacts      `json:"alliance"`
	Organizations []jsonOrg      `json:"organizations"`
	People        []jsonPerson   `json:"people"`
	Announcements []jsonAnnounce `json:"announcements"`
}

type jsonFacts struct {
	ID         string          `json:"id,omitempty"`
	Names      []jsonName      `json:"names"`
	Website    string          `json:"website,omitempty"`
	Milestones []jsonMilestone `json:"milestones,omitempty"`
}

type jsonMilestone struct {
	Date   string `json:"date"`
	Text   string `json:"text"`
	Source string `json:"source"`
	Status string `json:"status,omitempty"`
}

type jsonName struct {
	Text   string `json:"text"`
	Lang   string `json:"lang,omitempty"`
	Kind   string `json:"kind"`
	Period string `json:"period,omitempty"`
}

type jsonOrg struct {
	ID           string     `json:"id"`
	Names        []jsonName `json:"names"`
	Jurisdiction string     `json:"jurisdiction,omitempty"`
	Kind         string     `json:"kind,omitempty"`
	Website      string     `json:"website,omitempty"`
	Parent       string     `json:"parent,omitempty"`
}

type jsonPerson struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

type jsonAnnounce struct {
	ID            string       `json:"id"`
	Title         string       `json:"title,omitempty"`
	Published     string       `json:"published"`
	Publisher     string       `json:"publisher,omitempty"`
	Source        string       `json:"source"`
	Language      string       `json:"language"`
	Tags          []string     `json:"tags,omitempty"`
	Quotes        []jsonQuote  `json:"quotes,omitempty"`
	Changes       []jsonChange `json:"changes,omitempty"`
	Organizations []jsonOrg    `json:"organizations,omitempty"`
	People        []jsonPerson `json:"people,omitempty"`
	Counts        []jsonCount  `json:"counts,omitempty"`
}

type jsonQuote struct {
	Speaker      string `json:"speaker,omitempty"`
	Organization string `json:"organization,omitempty"`
	Capacity     string `json:"capacity,omitempty"`
	Post         string `json:"post,omitempty"`
	Reported     bool   `json:"reported,omitempty"`
	Text         string `json:"text"`
}

type jsonCount struct {
	N     int    `json:"n"`
	Role  string `json:"role,omitempty"`
	Words string `json:"words,omitempty"`
}

type jsonChange struct {
	Kind         string    `json:"kind"`
	Status       string    `json:"status,omitempty"`
	Effective    string    `json:"effective,omitempty"`
	Organization string    `json:"organization"`
	Role         string    `json:"role,omitempty"`
	Category     string    `json:"category,omitempty"`
	Successor    string    `json:"successor,omitempty"`
	Name         *jsonName `json:"name,omitempty"`
	Post         string    `json:"post,omitempty"`
	Person       string    `json:"person,omitempty"`
	Title        string    `json:"title,omitempty"`
	Parent       string    `json:"parent,omitempty"`
	Words        string    `json:"words,omitempty"`
}

// decoder converts a decoded document to records, collecting every error.
type decoder struct {
	errs  []error
	langs map[string]language.Tag // parsed language tags: a document has few
}

// lang parses a language tag, once per distinct tag in the document.
func (d *decoder) lang(s string) (language.Tag, error) {
	if t, ok := d.langs[s]; ok {
		return t, nil
	}
	t, err := parseLang(s)
	if err == nil {
		if d.langs == nil {
			d.langs = map[string]language.Tag{}
		}
		d.langs[s] = t
	}
	return t, err
}

func (d *decoder) fail(err error) {
	if err != nil {
		d.errs = append(d.errs, err)
	}
}

// parse runs a parser of a text form on field name of the value at p,
// and attaches the field's path to its error.
func parse[T any](d *decoder, p *path, name, s string, optional bool, fn func(string) (T, error)) T {
	var zero T
	if s == "" {
		if !optional {
			d.fail(errorf(p.at(name), "", ErrInvalid, "required"))
		}
		return zero
	}
	v, err := fn(s)
	if err != nil {
		d.fail(atPath(err, p.at(name)))
		return zero
	}
	return v
}

func parseUUID(s string) (uuid.UUID, error) {
	id, err := uuid.Parse(s)
	if err != nil {
		return uuid.Nil, errorf("", s, ErrInvalid, "not a UUID")
	}
	if !canonicalUUID(s) {
		return uuid.Nil, errorf("", s, ErrInvalid, "not a canonical UUID (want %q)", id.String())
	}
	if id == uuid.Nil {
		// Written out, the nil UUID would read as no ID at all where one
		// is optional (a parent), and so not round-trip.
		return uuid.Nil, errorf("", s, ErrInvalid, "the nil UUID is not an ID")
	}
	return id, nil
}

// canonicalUUID reports whether s is a UUID in its canonical text form:
// 36 characters, lower-case hexadecimal, hyphens at 8, 13, 18 and 23. It
// tells without formatting the parsed UUID again.
func canonicalUUID(s string) bool {
	if len(s) != 36 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch i {
		case 8, 13, 18, 23:
			if c != '-' {
				return false
			}
		default:
			if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
				return false
			}
		}
	}
	return true
}

// parseLang accepts a BCP 47 tag in its canonical form only, so that what
// is written back is what was read: "he", not its deprecated "iw"; "en",
// not "EN". Validation checks a Go language.Tag with it too (checkLang), so
// that Apply and Load accept the same tags.
func parseLang(s string) (language.Tag, error) {
	t, err := language.Parse(s)
	if err != nil {
		return language.Und, errorf("", s, ErrInvalid, "not a BCP 47 language tag")
	}
	if t.String() != s {
		return language.Und, errorf("", s, ErrInvalid, "not the canonical form of the language tag (want %q)", t.String())
	}
	return t, nil
}

func (d *decoder) names(p path, js []jsonName) []Name {
	out := make([]Name, len(js))
	for i, j := range js {
		out[i] = d.name(p.elem(i), j)
	}
	return out
}

func (d *decoder) name(p path, j jsonName) Name {
	return Name{
		Text:   j.Text,
		Lang:   parse(d, &p, "lang", j.Lang, true, d.lang),
		Kind:   parse(d, &p, "kind", j.Kind, false, ParseNameKind),
		Period: parse(d, &p, "period", j.Period, true, ParsePeriod),
	}
}

func (d *decoder) org(p path, j jsonOrg) Organization {
	o := Organization{
		ID:           parse(d, &p, "id", j.ID, false, parseUUID),
		Website:      j.Website,
		Parent:       parse(d, &p, "parent", j.Parent, true, parseUUID),
		names:        d.names(p.field("names"), j.Names),
		jurisdiction: parse(d, &p, "jurisdiction", j.Jurisdiction, true, ParseJurisdiction),
		kind:         parse(d, &p, "kind", j.Kind, true, ParseMemberKind),
	}
	o.deriveNames()
	return o
}

func (d *decoder) person(p path, j jsonPerson) Person {
	return Person{ID: parse(d, &p, "id", j.ID, false, parseUUID), Name: j.Name}
}

func (d *decoder) announcement(p path, j jsonAnnounce) Announcement {
	an := Announcement{
		ID:        parse(d, &p, "id", j.ID, false, parseUUID),
		Title:     j.Title,
		Published: parse(d, &p, "published", j.Published, false, ParseDate),
		Publisher: j.Publisher,
		Source:    j.Source,
		Language:  parse(d, &p, "language", j.Language, false, d.lang),
		Tags:      j.Tags,
	}
	if len(j.Quotes) > 0 {
		quotes := p.field("quotes")
		an.Quotes = make([]Quote, len(j.Quotes))
		for i, q := range j.Quotes {
			qp := quotes.elem(i)
			an.Quotes[i] = Quote{
				Speaker:      parse(d, &qp, "speaker", q.Speaker, true, parseUUID),
				Organization: parse(d, &qp, "organization", q.Organization, true, parseUUID),
				Capacity:     q.Capacity,
				Post:         parse(d, &qp, "post", q.Post, true, ParsePost),
				Text:         q.Text,
				Reported:     q.Reported,
			}
		}
	}
	if len(j.Changes) > 0 {
		changes := p.field("changes")
		an.Changes = make([]Change, len(j.Changes))
		for i, c := range j.Changes {
			cp := changes.elem(i)
			ch := Change{
				Kind:         parse(d, &cp, "kind", c.Kind, false, ParseChangeKind),
				Status:       parse(d, &cp, "status", c.Status, true, ParseStatus),
				Effective:    parse(d, &cp, "effective", c.Effective, true, ParseDate),
				Organization: parse(d, &cp, "organization", c.Organization, false, parseUUID),
				Role:         parse(d, &cp, "role", c.Role, true, ParseRole),
				Category:     parse(d, &cp, "category", c.Category, true, ParsePartnerCategory),
				Successor:    parse(d, &cp, "successor", c.Successor, true, parseUUID),
				Post:         parse(d, &cp, "post", c.Post, true, ParsePost),
				Person:       parse(d, &cp, "person", c.Person, true, parseUUID),
				Title:        c.Title,
				Parent:       parse(d, &cp, "parent", c.Parent, true, parseUUID),
				Words:        c.Words,
			}
			if c.Name != nil {
				ch.Name = d.name(cp.field("name"), *c.Name)
			}
			an.Changes[i] = ch
		}
	}
	orgs := p.field("organizations")
	for i, o := range j.Organizations {
		an.Organizations = append(an.Organizations, d.org(orgs.elem(i), o))
	}
	people := p.field("people")
	for i, pe := range j.People {
		an.People = append(an.People, d.person(people.elem(i), pe))
	}
	counts := p.field("counts")
	for i, c := range j.Counts {
		cp := counts.elem(i)
		an.Counts = append(an.Counts, StatedCount{N: c.N, Role: parse(d, &cp, "role", c.Role, true, ParseRole), Words: c.Words})
	}
	return an
}

func (d *decoder) record(doc *jsonDoc) *record {
	alliance := rootPath("alliance")
	r := &record{facts: Facts{
		ID:      parse(d, &alliance, "id", doc.Alliance.ID, true, parseUUID),
		Names:   d.names(alliance.field("names"), doc.Alliance.Names),
		Website: doc.Alliance.Website,
	}}
	milestones := alliance.field("milestones")
	for i, m := range doc.Alliance.Milestones {
		mp := milestones.elem(i)
		r.facts.Milestones = append(r.facts.Milestones, Milestone{
			Date: parse(d, &mp, "date", m.Date, false, ParseDate), Text: m.Text, Source: m.Source,
			Status: parse(d, &mp, "status", m.Status, true, ParseStatus),
		})
	}
	orgs, people, anns := rootPath("organizations"), rootPath("people"), rootPath("announcements")
	r.orgs = make([]Organization, len(doc.Organizations))
	for i, o := range doc.Organizations {
		r.orgs[i] = d.org(orgs.elem(i), o)
	}
	r.people = make([]Person, len(doc.People))
	for i, p := range doc.People {
		r.people[i] = d.person(people.elem(i), p)
	}
	r.anns = make([]Announcement, len(doc.Announcements))
	for i, a := range doc.Announcements {
		r.anns[i] = d.announcement(anns.elem(i), a)
	}
	return r
}

// A LoadOption sets a limit on what Load accepts. Limits protect a
// service that loads documents from others: each has a default that the
// embedded dataset is far below, and a document that crosses one is refused
// with an error that wraps ErrLimit and names the limit. There is no
// "unlimited": a limit below 1, or above what the option allows, makes Load
// fail with an error that wraps ErrInvalid and names the option.
type LoadOption func(*loadConfig)

type loadConfig struct {
	maxBytes int64
	limits   jsonscan.Limits
}

// The default limits of Load.
const (
	DefaultMaxBytes       = 64 << 20  // the whole document
	DefaultMaxDepth       = 16        // nesting of objects and arrays; the format needs 6
	DefaultMaxStringBytes = 16 << 10  // one string, as JSON text; a quote may hold MaxTextBytes
	DefaultMaxValues      = 8_000_000 // values of every kind in the document
)

// MaxDepthLimit is the largest value WithMaxDepth accepts: encoding/json,
// which decodes the document, refuses deeper nesting on its own.
const MaxDepthLimit = 10000

// documentSchema lists the fields of the JSON document and their types, for
// the scan to refuse any other field and any value of the wrong type.
var documentSchema = jsonscan.SchemaOf(reflect.TypeFor[jsonDoc]())

// limitOptions names the option that sets each limit of the scan.
var limitOptions = map[string]string{
	jsonscan.LimitDepth:        "WithMaxDepth",
	jsonscan.LimitStringLength: "WithMaxStringBytes",
	jsonscan.LimitValues:       "WithMaxValues",
}

// WithMaxBytes sets the largest document Load reads, in bytes, at least 1;
// Load refuses a longer one after reading just past the limit.
func WithMaxBytes(n int64) LoadOption { return func(c *loadConfig) { c.maxBytes = n } }

// WithMaxDepth sets how deeply objects and arrays may nest: from 1 (an
// object of strings) to MaxDepthLimit.
func WithMaxDepth(n int) LoadOption { return func(c *loadConfig) { c.limits.MaxDepth = n } }

// WithMaxStringBytes sets the longest string Load accepts, in bytes of its
// JSON text, at least 1.
func WithMaxStringBytes(n int) LoadOption { return func(c *loadConfig) { c.limits.MaxStringBytes = n } }

// WithMaxValues sets how many JSON values (objects, arrays, strings,
// numbers, ...) a document may hold in all, at least 1.
func WithMaxValues(n int) LoadOption { return func(c *loadConfig) { c.limits.MaxValues = n } }

// check reports every limit out of range, naming the option that set it.
func (c *loadConfig) check() error {
	var es errs
	bad := func(option string, n, hi int64) {
		if n < 1 || n > hi {
			es.add(&Error{Path: option, Value: strconv.FormatInt(n, 10), Pos: -1,
				Err: fmt.Errorf("%w: the limit must be from 1 to %d (no value turns it off)", ErrInvalid, hi)})
		}
	}
	bad("WithMaxBytes", c.maxBytes, math.MaxInt64)
	bad("WithMaxDepth", int64(c.limits.MaxDepth), MaxDepthLimit)
	bad("WithMaxStringBytes", int64(c.limits.MaxStringBytes), math.MaxInt)
	bad("WithMaxValues", int64(c.limits.MaxValues), math.MaxInt)
	return es.err()
}

// bom is the UTF-8 encoding of U+FEFF, the byte order mark.
const bom = "\xef\xbb\xbf"

// Load reads an alliance from its JSON document, strictly: unknown fields,
// values of the wrong type (null included), trailing data, duplicate IDs,
// dangling references and oversized input are errors, and so is every
// record that does not validate or change that does not apply. The
// document must be a JSON object; a byte order mark before it is refused,
// as RFC 8259 forbids one, rather than skipped. Every problem is reported
// at once, each naming the JSON path of the bad value, with the index of
// every array element on the way, and quoting it (see Error); past the
// first hundred, the problems are counted, not listed.
func Load(r io.Reader, opts ...LoadOption) (*Alliance, error) {
	cfg := loadConfig{maxBytes: DefaultMaxBytes, limits: jsonscan.Limits{
		MaxDepth: DefaultMaxDepth, MaxStringBytes: DefaultMaxStringBytes, MaxValues: DefaultMaxValues,
		FoldKeys: true, // encoding/json decodes "id" and "ID" into one field
		Schema:   documentSchema,
	}}
	for _, o := range opts {
		if o != nil {
			o(&cfg)
		}
	}
	if err := cfg.check(); err != nil {
		return nil, err
	}
	if r == nil {
		return nil, &Error{Pos: -1, Err: fmt.Errorf("%w: a nil io.Reader", ErrIO), whole: true}
	}
	// Reading one byte past the limit tells a document of exactly the
	// limit from a longer one; at math.MaxInt64 no document can be longer.
	limit := cfg.maxBytes
	if limit < math.MaxInt64 {
		limit++
	}
	data, err := readAll(r, limit)
	if err != nil {
		return nil, &Error{Pos: -1, Err: fmt.Errorf("%w: reading the document: %w", ErrIO, err), whole: true}
	}
	if int64(len(data)) > cfg.maxBytes {
		return nil, &Error{Pos: -1, whole: true,
			Err: fmt.Errorf("%w: the document is longer than %d bytes (the size limit, set with WithMaxBytes)", ErrLimit, cfg.maxBytes)}
	}
	if bytes.HasPrefix(data, []byte(bom)) {
		return nil, &Error{Pos: -1, whole: true,
			Err: fmt.Errorf("%w: the document starts with a byte order mark (U+FEFF, the bytes EF BB BF), which a JSON text must not have (RFC 8259, section 8.1); remove it", ErrSyntax)}
	}
	if !utf8.Valid(data) {
		off := int64(0)
		for off < int64(len(data)) {
			r, n := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += int64(n)
		}
		return nil, &Error{Value: excerpt(data, off), Pos: -1, Err: fmt.Errorf("%w: invalid UTF-8 at byte %d", ErrSyntax, off)}
	}
	// encoding/json keeps the last of two equal keys (equal up to case, as
	// it matches them to fields), nests as deep as it is given, cannot
	// refuse unknown fields without a json.Decoder, which copies its input
	// as it reads, and reports a value of the wrong type with a path that
	// has no indices. The scan refuses all of them, and the other limits,
	// first, so that json.Unmarshal can then read the document in place.
	if e := jsonscan.Scan(data, cfg.limits); e != nil {
		return nil, scanError(data, e)
	}
	var doc jsonDoc
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, syntaxError(data, err)
	}
	d := &decoder{}
	rec := d.record(&doc)
	if len(d.errs) > 0 {
		return nil, joinErrors(d.errs)
	}
	s, err := rec.build()
	if err != nil {
		return nil, err
	}
	return newAlliance(s, false, time.Time{}), nil
}

// scanError turns a problem the scan found into an *Error that quotes the
// offending value, key or byte.
func scanError(data []byte, e *jsonscan.Error) error {
	err := fmt.Errorf("%w: %s at byte %d", ErrSyntax, e.Msg, e.Offset)
	if option, ok := limitOptions[e.Limit]; ok {
		err = fmt.Errorf("%w: %s at byte %d (the %s limit, set with %s)", ErrLimit, e.Msg, e.Offset, e.Limit, option)
	}
	value := excerptAt(data, e.Offset)
	if e.Mismatch {
		value = valueAt(data, e.Offset)
	}
	return &Error{Path: e.Path, Value: value, Pos: -1, Err: err}
}

// readAll reads r to its end, or to limit bytes. A reader that knows its
// length (a bytes.Reader, a strings.Reader, a bytes.Buffer) gets a buffer of
// that size at once, not one that grows by doubling.
func readAll(r io.Reader, limit int64) ([]byte, error) {
	size := int64(512)
	if l, ok := r.(interface{ Len() int }); ok {
		size = min(int64(l.Len())+1, limit)
	}
	r = io.LimitReader(r, limit)
	buf := make([]byte, 0, size)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)] // grow as append does
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		if n < 0 || n > cap(buf)-len(buf) {
			return buf, fmt.Errorf("the io.Reader returned a count of %d bytes read into a buffer of %d", n, cap(buf)-len(buf))
		}
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
	}
}

// syntaxError turns an encoding/json error into an *Error that says where.
func syntaxError(data []byte, err error) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return &Error{Value: excerpt(data, se.Offset), Pos: -1, Err: fmt.Errorf("%w: %s at byte %d", ErrSyntax, se.Error(), se.Offset)}
	case errors.As(err, &te):
		return &Error{Path: te.Field, Value: excerpt(data, te.Offset), Pos: -1,
			Err: fmt.Errorf("%w: a JSON %s where %s belongs", ErrSyntax, te.Value, te.Type)}
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return &Error{Pos: -1, Err: fmt.Errorf("%w: the document is truncated", ErrSyntax), whole: true}
	}
	return &Error{Pos: -1, Err: fmt.Errorf("%w: %w", ErrSyntax, err), whole: true}
}

// maxExcerpt is how much of a document an error quotes at an offset.
const maxExcerpt = 40

// excerptAt returns up to maxExcerpt bytes of data from offset on, cut at a
// rune boundary, to quote in an error: the offending key, value or byte
// and what follows it. At the end of data, it returns what comes before.
func excerptAt(data []byte, off int64) string {
	if off >= int64(len(data)) {
		return excerpt(data, off)
	}
	end := min(off+maxExcerpt, int64(len(data)))
	for end < int64(len(data)) && end > off && !utf8.RuneStart(data[end]) {
		end--
	}
	return string(data[off:end])
}

// valueAt returns the JSON value that starts at off, to quote in an error
// about its type: a string as its text (decoded), a number or literal
// whole, and an object or array as an excerpt.
func valueAt(data []byte, off int64) string {
	rest := data[off:]
	switch c := rest[0]; {
	case c == '"':
		for i := 1; i < len(rest); i++ {
			switch rest[i] {
			case '\\':
				i++
			case '"':
				var s string
				if json.Unmarshal(rest[:i+1], &s) == nil {
					return s
				}
				return string(rest[:i+1])
			}
		}
	case c != '{' && c != '[':
		end := 0
		for end < len(rest) && strings.IndexByte("+-.0123456789eEtruefalsn", rest[end]) >= 0 {
			end++
		}
		return string(rest[:end])
	}
	// A small object or array whole, a large one cut.
	depth, str := 0, false
	for i := 0; i < len(rest) && i < maxExcerpt; i++ {
		switch c := rest[i]; {
		case str && c == '\\':
			i++
		case c == '"':
			str = !str
		case str:
		case c == '{' || c == '[':
			depth++
		case c == '}' || c == ']':
			if depth--; depth == 0 {
				return string(rest[:i+1])
			}
		}
	}
	return excerptAt(data, off)
}

// excerpt returns up to 40 bytes of data before offset, to quote in an error.
func excerpt(data []byte, off int64) string {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	start := max(off-40, 0)
	return string(data[start:off])
}

func textOf[T interface{ MarshalText() ([]byte, error) }](v T) string {
	b, _ := v.MarshalText()
	return string(b)
}

func idText(id uuid.UUID) string {
	if id == uuid.Nil {
		return ""
	}
	return id.String()
}

func langText(t language.Tag) string {
	if t == language.Und {
		return ""
	}
	return t.String()
}

func encodeNames(ns []Name) []jsonName {
	out := make([]jsonName, len(ns))
	for i, n := range ns {
		out[i] = encodeName(n)
	}
	return out
}

func encodeName(n Name) jsonName {
	return jsonName{Text: n.Text, Lang: langText(n.Lang), Kind: n.Kind.String(), Period: textOf(n.Period)}
}

func encodeOrg(o Organization) jsonOrg {
	return jsonOrg{
		ID: o.ID.String(), Names: encodeNames(o.names), Jurisdiction: o.jurisdiction.String(),
		Kind: o.kind.String(), Website: o.Website, Parent: idText(o.Parent),
	}
}

func encodePerson(p Person) jsonPerson { return jsonPerson{ID: p.ID.String(), Name: p.Name} }

func encodeAnnouncement(an Announcement) jsonAnnounce {
	j := jsonAnnounce{
		ID: an.ID.String(), Title: an.Title, Published: an.Published.String(), Publisher: an.Publisher,
		Source: an.Source, Language: langText(an.Language), Tags: an.Tags,
	}
	for _, q := range an.Quotes {
		j.Quotes = append(j.Quotes, jsonQuote{
			Speaker: idText(q.Speaker), Organization: idText(q.Organization), Capacity: q.Capacity,
			Post: q.Post.String(), Reported: q.Reported, Text: q.Text,
		})
	}
	for _, c := range an.Changes {
		jc := jsonChange{
			Kind: c.Kind.String(), Status: c.Status.String(), Effective: c.Effective.String(), Organization: idText(c.Organization),
			Role: c.Role.String(), Category: c.Category.String(), Successor: idText(c.Successor),
			Post: c.Post.String(), Person: idText(c.Person), Title: c.Title, Parent: idText(c.Parent), Words: c.Words,
		}
		if c.Name != (Name{}) {
			n := encodeName(c.Name)
			jc.Name = &n
		}
		j.Changes = append(j.Changes, jc)
	}
	for _, o := range an.Organizations {
		j.Organizations = append(j.Organizations, encodeOrg(o))
	}
	for _, p := range an.People {
		j.People = append(j.People, encodePerson(p))
	}
	for _, c := range an.Counts {
		j.Counts = append(j.Counts, jsonCount{N: c.N, Role: c.Role.String(), Words: c.Words})
	}
	return j
}

// WriteJSON writes the alliance's document: its facts, organizations,
// people and announcements as they were recorded (announcements in order of
// publication), so that Load of the output gives an equal Alliance and
// writing that again gives the same bytes. A snapshot writes the whole
// record it was made from.
func (a *Alliance) WriteJSON(w io.Writer) error {
	r := a.st().record()
	doc := jsonDoc{
		Alliance: jsonFacts{ID: idText(r.facts.ID), Names: encodeNames(r.facts.Names), Website: r.facts.Website},
		// Empty lists are written as [] rather than null, for readers in
		// other languages.
		Organizations: []jsonOrg{}, People: []jsonPerson{}, Announcements: []jsonAnnounce{},
	}
	for _, m := range r.facts.Milestones {
		doc.Alliance.Milestones = append(doc.Alliance.Milestones, jsonMilestone{Date: m.Date.String(), Text: m.Text, Source: m.Source, Status: m.Status.String()})
	}
	for _, o := range r.orgs {
		doc.Organizations = append(doc.Organizations, encodeOrg(o))
	}
	for _, p := range r.people {
		doc.People = append(doc.People, encodePerson(p))
	}
	for _, an := range r.anns {
		doc.Announcements = append(doc.Announcements, encodeAnnouncement(an))
	}
	if w == nil {
		return &Error{Pos: -1, Err: fmt.Errorf("%w: a nil io.Writer", ErrIO), whole: true}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(&doc); err != nil {
		// The records are validated and their text forms cannot fail, so
		// the error is the writer's.
		return &Error{Pos: -1, Err: fmt.Errorf("%w: writing the document: %w", ErrIO, err), whole: true}
	}
	return nil
}
