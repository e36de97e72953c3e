package synth

import (
	"fmt"
	"strconv"
	"time"
)

// Shapes are documents of one lopsided shape each, for the benchmarks that
// prove Load's cost linear in its input whatever the input's shape: one
// thing repeated n times where Document spreads n over many things. Each
// is far inside Load's default limits at n = 10000.
//
// A shape's Valid says whether vgt.Load accepts its documents; the one
// that it does not (Errors) is a document with n problems.
type Shape struct {
	// Name names the shape in benchmarks: renames, names, sameName, tags,
	// joinLeave, appointments, sources, parents, errors.
	Name string
	// Doc returns a document of the shape with n of its repeated thing.
	Doc func(n int) []byte
	// Valid says whether the documents are valid.
	Valid bool
}

// Shapes lists every shape.
var Shapes = []Shape{
	{"renames", Renames, true},
	{"names", ManyNames, true},
	{"sameName", SameName, true},
	{"tags", Tags, true},
	{"joinLeave", JoinLeave, true},
	{"appointments", Appointments, true},
	{"sources", Sources, true},
	{"parents", Parents, true},
	{"errors", Errors, false},
}

// shapeID returns a canonical UUID made of a kind and a number, so that
// the shapes' IDs are distinct and easy to read in a failure.
func shapeID(kind, i int) string {
	return fmt.Sprintf("%08x-0000-4000-8000-%012x", kind, i)
}

// The kinds of shapeID.
const (
	idAlliance = iota + 1
	idOrg
	idAnn
	idPerson
)

// day returns the k-th day from 1900-01-01, so that n dated changes about
// one organization can each take effect strictly after the one before.
func day(k int) string {
	return time.Date(1900, 1, 1+k, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
}

// shape builds a document: the alliance's facts, then what fill writes.
type shape struct{ b []byte }

func newShape(size int) *shape {
	s := &shape{b: make([]byte, 0, 1024+size)}
	s.s(`{"alliance":{"id":"`).s(shapeID(idAlliance, 0))
	s.s(`","names":[{"text":"Virtual Global Taskforce","lang":"en","kind":"official"}]},`)
	return s
}

func (s *shape) s(text string) *shape { s.b = append(s.b, text...); return s }

func (s *shape) n(i int) *shape { s.b = strconv.AppendInt(s.b, int64(i), 10); return s }

func (s *shape) comma(i int) *shape {
	if i > 0 {
		s.b = append(s.b, ',')
	}
	return s
}

// org writes an organization with one English official name; an agency has
// a jurisdiction and member kind, so that it can be a member.
func (s *shape) org(i int, name string, agency bool) *shape {
	s.s(`{"id":"`).s(shapeID(idOrg, i)).s(`","names":[{"text":`)
	s.b = appendString(s.b, name)
	s.s(`,"lang":"en","kind":"official"}]`)
	if agency {
		s.s(`,"jurisdiction":"CH","kind":"nationalAgency"`)
	}
	return s.s(`}`)
}

// annHead opens announcement i, published on date pub, up to its changes.
func (s *shape) annHead(i int, pub string) *shape {
	return s.s(`{"id":"`).s(shapeID(idAnn, i)).s(`","title":"Shape","published":"`).s(pub).
		s(`","source":"https://example.org/news/`).n(i).s(`","language":"en"`)
}

// joined writes a change by which organization o joins as a member on day d.
func (s *shape) change(kind string, d string, o int) *shape {
	s.s(`{"kind":"`).s(kind).s(`"`)
	if d != "" {
		s.s(`,"effective":"`).s(d).s(`"`)
	}
	return s.s(`,"organization":"`).s(shapeID(idOrg, o)).s(`"`)
}

// end closes the document.
func (s *shape) end() []byte { return s.s("]}\n").b }

// Renames returns a document with one organization renamed n times, each
// rename a day after the one before, in one announcement.
func Renames(n int) []byte {
	s := newShape(120 * n)
	s.s(`"organizations":[`).org(0, "Renamed Police 0", true)
	s.s(`],"people":[],"announcements":[`).annHead(0, "2000").s(`,"changes":[`)
	for i := range n {
		s.comma(i).change("renamed", day(i+1), 0)
		s.s(`,"name":{"text":"Renamed Police `).n(i + 1).s(`","lang":"en","kind":"official"}}`)
	}
	return s.s(`]}`).end()
}

// ManyNames returns a document with one organization that has n names.
func ManyNames(n int) []byte {
	s := newShape(50 * n)
	s.s(`"organizations":[{"id":"`).s(shapeID(idOrg, 0)).s(`","names":[`)
	for i := range n {
		s.comma(i).s(`{"text":"Named Police `).n(i).s(`","lang":"en","kind":"alias"}`)
	}
	return s.s(`]}],"people":[],"announcements":[`).end()
}

// SameName returns a document with n organizations that all bear the name
// "Police".
func SameName(n int) []byte {
	s := newShape(120 * n)
	s.s(`"organizations":[`)
	for i := range n {
		s.comma(i).org(i, "Police", false)
	}
	return s.s(`],"people":[],"announcements":[`).end()
}

// Tags returns a document with one announcement that has n tags.
func Tags(n int) []byte {
	s := newShape(12 * n)
	s.s(`"organizations":[],"people":[],"announcements":[`).annHead(0, "2000").s(`,"tags":[`)
	for i := range n {
		s.comma(i).s(`"tag `).n(i).s(`"`)
	}
	return s.s(`]}`).end()
}

// JoinLeave returns a document with one agency that joins and leaves n
// times in all, each change a day after the one before, in one
// announcement.
func JoinLeave(n int) []byte {
	s := newShape(120 * n)
	s.s(`"organizations":[`).org(0, "Restless Police", true)
	s.s(`],"people":[],"announcements":[`).annHead(0, "2000").s(`,"changes":[`)
	for i := range n {
		kind := "joined"
		if i%2 == 1 {
			kind = "left"
		}
		s.comma(i).change(kind, day(i+1), 0).s(`,"role":"member"}`)
	}
	return s.s(`]}`).end()
}

// Appointments returns a document in which two member agencies take the
// chair from each other n times, each a day after the one before, in one
// announcement.
func Appointments(n int) []byte {
	s := newShape(130 * n)
	s.s(`"organizations":[`).org(0, "First Chair Police", true).s(`,`).org(1, "Second Chair Police", true)
	s.s(`],"people":[],"announcements":[`).annHead(0, "2000").s(`,"changes":[`)
	s.change("joined", day(0), 0).s(`,"role":"member"},`)
	s.change("joined", day(0), 1).s(`,"role":"member"}`)
	for i := range n {
		s.s(`,`).change("appointed", day(i+1), i%2).s(`,"post":"chair"}`)
	}
	return s.s(`]}`).end()
}

// Sources returns a document with one member agency and n announcements,
// each a day after the one before, that list it as a member: n sources of
// one membership.
func Sources(n int) []byte {
	s := newShape(200 * n)
	s.s(`"organizations":[`).org(0, "Famous Police", true)
	s.s(`],"people":[],"announcements":[`).annHead(0, day(0)).s(`,"changes":[`)
	s.change("joined", day(0), 0).s(`,"role":"member"}]}`)
	for i := range n {
		s.s(`,`).annHead(i+1, day(i+1)).s(`,"changes":[`).change("listed", "", 0).s(`,"role":"member"}]}`)
	}
	return s.end()
}

// Parents returns a document with n organizations, each part of the one
// before: one chain of parents n long.
func Parents(n int) []byte {
	s := newShape(150 * n)
	s.s(`"organizations":[`)
	for i := range n {
		s.comma(i).s(`{"id":"`).s(shapeID(idOrg, i)).s(`","names":[{"text":"Unit `).n(i).s(`","lang":"en","kind":"official"}]`)
		if i > 0 {
			s.s(`,"parent":"`).s(shapeID(idOrg, i-1)).s(`"`)
		}
		s.s(`}`)
	}
	return s.s(`],"people":[],"announcements":[`).end()
}

// Errors returns a document with n problems: one announcement whose n
// changes each name an organization the alliance has never heard of.
func Errors(n int) []byte {
	s := newShape(130 * n)
	s.s(`"organizations":[],"people":[],"announcements":[`).annHead(0, "2000").s(`,"changes":[`)
	for i := range n {
		s.comma(i).change("joined", day(i+1), i+1).s(`,"role":"member"}`)
	}
	return s.s(`]}`).end()
}
