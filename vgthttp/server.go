// Package vgthttp serves an alliance over HTTP: its members, partners,
// announcements and organizations as JSON, which members cover a
// jurisdiction, a lookup by name, and the roster as an HTML page in the
// reader's language.
//
// A Server is an http.Handler, safe for concurrent use. It is read-only:
// it answers GET and HEAD, and 405 with an Allow header to any other
// method. Its routes, and the members of the JSON object each answers
// with, are:
//
//	GET /members                   every member, past and present
//	                               {"members": [vgt.Member]}
//	GET /partners                  every partner, past and present
//	                               {"partners": [vgt.Partner]}
//	GET /announcements             the announcements, by publication
//	                               {"announcements": [vgt.Announcement]}
//	GET /organizations/{id}        one organization, by ID
//	                               {"organization": vgt.Organization,
//	                                "memberships": [vgt.Membership], "partnerships": [vgt.Membership]}
//	GET /covering/{jurisdiction}   the members with authority there, certain and possible
//	                               {"jurisdiction": vgt.Jurisdiction,
//	                                "certain": [vgt.Member], "possible": [vgt.Member]}
//	GET /lookup?name=NAME          the organization a name identifies, as /organizations/{id}
//	GET /roster                    the roster, an HTML page
//
// Each record in a response is in package vgt's own JSON form, the one
// json.Marshal gives ([vgt.Member.MarshalJSON] and the like), so that a
// client reads it back with json.Unmarshal into the same vgt type. An
// organization's "memberships" and "partnerships" are its periods as a
// member and as a partner, each left out where it has none: with the
// organization, they are the whole [vgt.Member] or [vgt.Partner].
//
// Every route takes ?at=DATE, and then answers as of that date: the
// alliance as it certainly stood then (vgt.Alliance.AsOf). DATE is any
// form vgt.ParseDate takes, or an RFC 3339 time. A date known only to a
// month, a year or a range stands for the last day it can denote
// (vgt.Date.Latest), so that "?at=2011-06" shows who had certainly joined
// by the end of June 2011, as vgt counts a membership that began in "2003"
// as certain from 2003-12-31.
//
// Every JSON response also carries the record's horizon,
// "recordedThrough": what it says of the present holds as recorded through
// that date, not necessarily today. A response to ?at= carries the instant
// it answers for as "asOf" (RFC 3339, UTC), and so do the organizations,
// members and partners in it, as vgt writes those of a snapshot.
//
// /roster is in the language that ?lang= names, or else that the
// Accept-Language header prefers, among those the roster is in (English,
// French, Italian, Spanish, German and Arabic); it sets the page's lang and
// dir, and isolates names and dates whose direction differs from the
// page's in <bdi>.
//
// Errors are application/problem+json (RFC 9457) whose detail is the
// package's message: 404 for a name or ID that matches nothing, 409 for an
// ambiguous name (with the candidates), 400 for a malformed date,
// jurisdiction or ID, or an unsafe query (with the position of the
// offending rune). Every response has an ETag, a hash of the record's
// document computed once per Update (and, for /roster, of the language),
// and If-None-Match is answered with 304 Not Modified.
package vgthttp

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"iter"
	"net/http"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/google/uuid"

	"github.com/virtualglobaltaskforce/vgt"
	"github.com/virtualglobaltaskforce/vgt/internal/roster"
)

// A Server serves an alliance over HTTP. Create one with New; it is safe
// for concurrent use, and Update swaps the alliance it serves while it
// serves.
type Server struct {
	rec atomic.Pointer[record]
	mux *http.ServeMux
}

// record is what a Server serves: an alliance and the tag of its record.
type record struct {
	a    *vgt.Alliance
	etag string // the hash of the alliance's document, quoted as an entity tag
	// pages are the roster's pages of the record (not of a snapshot), by
	// language, rendered on first request: a page takes the roster's
	// sorting, words and template, and there are only six.
	pages sync.Map // language.Tag → []byte
}

func newRecord(a *vgt.Alliance) *record {
	if a == nil {
		a = &vgt.Alliance{}
	}
	h := sha256.New()
	if err := a.WriteJSON(h); err != nil {
		// A hash never fails to take bytes; WriteJSON fails only on a
		// value it cannot encode, and then the record is tagged by its
		// horizon and the time, which still changes with every Update.
		fmt.Fprintf(h, "%s %d", a.RecordedThrough(), time.Now().UnixNano())
	}
	return &record{a: a, etag: `"` + hex.EncodeToString(h.Sum(nil)[:12]) + `"`}
}

// New returns a Server that serves a. A nil a is served as an empty
// alliance.
func New(a *vgt.Alliance) *Server {
	s := &Server{mux: http.NewServeMux()}
	s.rec.Store(newRecord(a))
	routes := []struct {
		pattern string
		h       func(*record, *http.Request) response
	}{
		{"/members", serveJSON(serveMembers)},
		{"/partners", serveJSON(servePartners)},
		{"/announcements", serveJSON(serveAnnouncements)},
		{"/organizations/{id}", serveJSON(serveOrganization)},
		{"/covering/{jurisdiction}", serveJSON(serveCovering)},
		{"/lookup", serveJSON(serveLookup)},
		{"/roster", serveRoster},
	}
	for _, rt := range routes {
		s.mux.Handle("GET "+rt.pattern, s.handler(rt.h))
		// Other methods on the same paths get a problem, not the mux's
		// plain-text 405.
		s.mux.Handle(rt.pattern, s.handler(func(*record, *http.Request) response {
			p := newProblem(http.StatusMethodNotAllowed, "vgthttp: this resource answers GET and HEAD only")
			p.Allow = []string{http.MethodGet, http.MethodHead}
			return problemResponse(p)
		}))
	}
	s.mux.Handle("/", s.handler(func(_ *record, r *http.Request) response {
		return problemResponse(newProblem(http.StatusNotFound, "vgthttp: no such resource"))
	}))
	return s
}

// Update makes the server serve a from now on. Requests already being
// served finish with the alliance they began with. A nil a is served as an
// empty alliance.
func (s *Server) Update(a *vgt.Alliance) { s.rec.Store(newRecord(a)) }

// ServeHTTP answers a request; see the package doc for the routes.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.mux.ServeHTTP(w, r) }

// A response is what a route answers, before the server writes it.
type response struct {
	status      int
	contentType string
	body        []byte
	// variant tells apart the representations of one URL that differ by
	// request header (the roster's language); it goes into the ETag.
	variant string
	vary    string
	allow   string
	csp     string // Content-Security-Policy, for a page
}

func (s *Server) handler(h func(*record, *http.Request) response) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := s.rec.Load()
		resp := h(rec, r)
		hdr := w.Header()
		etag := rec.etag
		if resp.variant != "" {
			etag = etag[:len(etag)-1] + "-" + resp.variant + `"`
		}
		hdr.Set("ETag", etag)
		hdr.Set("Cache-Control", "no-cache")
		hdr.Set("X-Content-Type-Options", "nosniff")
		if resp.vary != "" {
			hdr.Set("Vary", resp.vary)
		}
		if resp.allow != "" {
			hdr.Set("Allow", resp.allow)
		}
		if resp.csp != "" {
			hdr.Set("Content-Security-Policy", resp.csp)
		}
		if resp.status == http.StatusOK && etagMatch(r.Header.Get("If-None-Match"), etag) {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		hdr.Set("Content-Type", resp.contentType)
		hdr.Set("Content-Length", fmt.Sprint(len(resp.body)))
		w.WriteHeader(resp.status)
		if r.Method != http.MethodHead {
			w.Write(resp.body)
		}
	})
}

// etagMatch reports whether an If-None-Match header names etag, by the weak
// comparison RFC 9110 asks of If-None-Match.
func etagMatch(header, etag string) bool {
	for t := range strings.SplitSeq(header, ",") {
		t = strings.TrimSpace(t)
		if t == "*" || strings.TrimPrefix(t, "W/") == etag {
			return true
		}
	}
	return false
}

func jsonResponse(v any) response {
	b, err := json.Marshal(v)
	if err != nil {
		return problemResponse(newProblem(http.StatusInternalServerError, "vgthttp: encoding the response: "+err.Error()))
	}
	return response{status: http.StatusOK, contentType: "application/json", body: append(b, '\n')}
}

func problemResponse(p *problem) response {
	b, err := json.Marshal(p)
	if err != nil {
		b = []byte(`{"type":"about:blank","title":"Internal Server Error","status":500}`)
		p.Status = http.StatusInternalServerError
	}
	resp := response{status: p.Status, contentType: "application/problem+json", body: append(b, '\n')}
	if len(p.Allow) > 0 {
		resp.allow = strings.Join(p.Allow, ", ")
	}
	return resp
}

// at returns the alliance a request asks about: the record's, or a
// snapshot of it at ?at=. A malformed date is a problem.
func at(rec *record, r *http.Request) (*vgt.Alliance, envelope, *problem) {
	env := envelope{RecordedThrough: rec.a.RecordedThrough().String()}
	q := r.URL.Query()
	if !q.Has("at") {
		return rec.a, env, nil
	}
	t, err := parseAt(q.Get("at"))
	if err != nil {
		p := errorProblem(rec.a, err)
		p.Title = "Invalid date in ?at= (want a date such as 2011-06-01, 2011-06 or 2011, or an RFC 3339 time)"
		return nil, env, p
	}
	env.AsOf = t.Format(time.RFC3339)
	return rec.a.AsOf(t), env, nil
}

// parseAt reads the date of ?at=: an RFC 3339 time, or any date that
// vgt.ParseDate takes, which stands for the last day it can denote.
func parseAt(s string) (time.Time, error) {
	if strings.Contains(s, "T") {
		if t, err := time.Parse(time.RFC3339, s); err == nil {
			return t.UTC(), nil
		}
	}
	d, err := vgt.ParseDate(s)
	if err != nil {
		return time.Time{}, err
	}
	if d.IsZero() {
		return time.Time{}, &vgt.Error{Value: s, Pos: -1, Err: vgt.ErrInvalidDate}
	}
	return d.Latest(), nil
}

// A jsonRoute answers a request about a, the alliance it asks about (see
// at): the value to encode, whose envelope is env, or a problem.
type jsonRoute func(a *vgt.Alliance, env envelope, r *http.Request) (any, *problem)

// serveJSON makes a route of h: it resolves ?at=, then encodes what h
// answers, or the problem of either.
func serveJSON(h jsonRoute) func(*record, *http.Request) response {
	return func(rec *record, r *http.Request) response {
		a, env, p := at(rec, r)
		if p != nil {
			return problemResponse(p)
		}
		v, p := h(a, env, r)
		if p != nil {
			return problemResponse(p)
		}
		return jsonResponse(v)
	}
}

// list collects seq into a slice that is never nil, so that an empty
// list is written as [], not null.
func list[T any](seq iter.Seq[T]) []T { return slices.AppendSeq([]T{}, seq) }

// serveMembers answers /members: {"members": [vgt.Member]}.
func serveMembers(a *vgt.Alliance, env envelope, _ *http.Request) (any, *problem) {
	return membersJSON{envelope: env, Members: list(a.Members())}, nil
}

// servePartners answers /partners: {"partners": [vgt.Partner]}.
func servePartners(a *vgt.Alliance, env envelope, _ *http.Request) (any, *problem) {
	return partnersJSON{envelope: env, Partners: list(a.Partners())}, nil
}

// serveAnnouncements answers /announcements:
// {"announcements": [vgt.Announcement]}, by publication.
func serveAnnouncements(a *vgt.Alliance, env envelope, _ *http.Request) (any, *problem) {
	return announcementsJSON{envelope: env, Announcements: list(a.Announcements())}, nil
}

// serveOrganization answers /organizations/{id} with organizationJSON:
// {"organization": vgt.Organization, "memberships": [vgt.Membership],
// "partnerships": [vgt.Membership]}.
func serveOrganization(a *vgt.Alliance, env envelope, r *http.Request) (any, *problem) {
	u, err := uuid.Parse(r.PathValue("id"))
	if err != nil || u == uuid.Nil || len(r.PathValue("id")) != 36 {
		return nil, newProblem(http.StatusBadRequest, "vgthttp: the organization ID is not a canonical UUID")
	}
	o, ok := a.Organization(u)
	if !ok {
		return nil, newProblem(http.StatusNotFound, "vgthttp: no organization has the ID "+u.String())
	}
	return organization(a, env, o), nil
}

// serveCovering answers /covering/{jurisdiction}: {"jurisdiction":
// vgt.Jurisdiction, "certain": [vgt.Member], "possible": [vgt.Member]}.
func serveCovering(a *vgt.Alliance, env envelope, r *http.Request) (any, *problem) {
	j, err := vgt.ParseJurisdiction(r.PathValue("jurisdiction"))
	if err != nil {
		return nil, errorProblem(a, err)
	}
	return coveringJSON{
		envelope: env, Jurisdiction: j,
		Certain: list(a.Covering(j)), Possible: append([]vgt.Member{}, roster.PossiblyCovering(a, j)...),
	}, nil
}

// serveLookup answers /lookup?name= as serveOrganization does.
func serveLookup(a *vgt.Alliance, env envelope, r *http.Request) (any, *problem) {
	q := r.URL.Query()
	if !q.Has("name") {
		return nil, newProblem(http.StatusBadRequest, "vgthttp: ?name= is required")
	}
	o, err := a.Lookup(q.Get("name"))
	if err != nil {
		return nil, errorProblem(a, err)
	}
	return organization(a, env, o), nil
}

// organization describes o with its periods as a member and as a partner
// of a (at the snapshot's time, for a snapshot).
func organization(a *vgt.Alliance, env envelope, o vgt.Organization) organizationJSON {
	out := organizationJSON{envelope: env, Organization: o}
	if m, ok := a.Member(o.ID); ok {
		out.Memberships = slices.Collect(m.Memberships())
	}
	if p, ok := a.Partner(o.ID); ok {
		out.Partnerships = slices.Collect(p.Partnerships())
	}
	return out
}
