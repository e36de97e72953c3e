package vgthttp_test

import (
	"encoding/json"
	"io"
	"iter"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/virtualglobaltaskforce/vgt"
	"github.com/virtualglobaltaskforce/vgt/vgthttp"
)

// get serves one request and returns the response.
func get(t *testing.T, h http.Handler, method, target string, header ...string) *http.Response {
	t.Helper()
	r := httptest.NewRequest(method, target, nil)
	for i := 0; i+1 < len(header); i += 2 {
		r.Header.Set(header[i], header[i+1])
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w.Result()
}

func body(t *testing.T, resp *http.Response) string {
	t.Helper()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return string(b)
}

func decode[T any](t *testing.T, resp *http.Response) T {
	t.Helper()
	var v T
	require.NoError(t, json.Unmarshal([]byte(body(t, resp)), &v))
	return v
}

type members struct {
	RecordedThrough, AsOf string
	Members               []vgt.Member
}

type problem struct {
	Type, Title, Detail string
	Status              int
	Position            *int
	Candidates          []struct{ ID, Name string }
	Allow               []string
}

// names returns the names of members.
func names(ms []vgt.Member) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Name)
	}
	return out
}

// raw returns the records that a response lists under key, as the server
// wrote them.
func raw(t *testing.T, s http.Handler, target, key string) []json.RawMessage {
	t.Helper()
	var v map[string]json.RawMessage
	require.NoError(t, json.Unmarshal([]byte(body(t, get(t, s, "GET", target))), &v))
	var out []json.RawMessage
	require.NoError(t, json.Unmarshal(v[key], &out), key)
	return out
}

// marshalled returns the JSON form that package vgt gives each of seq.
func marshalled[T any](t *testing.T, seq iter.Seq[T]) []json.RawMessage {
	t.Helper()
	var out []json.RawMessage
	for v := range seq {
		b, err := json.Marshal(v)
		require.NoError(t, err)
		out = append(out, b)
	}
	return out
}

// checkProblem checks that resp is an RFC 9457 problem of the status.
func checkProblem(t *testing.T, resp *http.Response, status int) problem {
	t.Helper()
	require.Equal(t, status, resp.StatusCode)
	assert.Equal(t, "application/problem+json", resp.Header.Get("Content-Type"))
	assert.NotEmpty(t, resp.Header.Get("ETag"))
	p := decode[problem](t, resp)
	assert.Equal(t, status, p.Status)
	assert.Equal(t, "about:blank", p.Type)
	assert.NotEmpty(t, p.Title)
	return p
}

func TestMembers(t *testing.T) {
	a := vgt.Default()
	s := vgthttp.New(a)
	resp := get(t, s, "GET", "/members")
	require.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Equal(t, "application/json", resp.Header.Get("Content-Type"))
	assert.Equal(t, "nosniff", resp.Header.Get("X-Content-Type-Options"))
	assert.Empty(t, resp.Header.Get("Vary"))
	m := decode[members](t, resp)
	assert.Equal(t, a.RecordedThrough().String(), m.RecordedThrough)
	assert.Empty(t, m.AsOf)
	assert.Len(t, m.Members, 19, "every member, past and present: 17 current, 2 whose seats passed on")
	// The members read back as the alliance's own, and were written in
	// package vgt's form, byte for byte.
	assert.Equal(t, slices.Collect(a.Members()), m.Members)
	assert.Equal(t, marshalled(t, a.Members()), raw(t, s, "/members", "members"))

	afp := m.Members[slices.IndexFunc(m.Members, func(m vgt.Member) bool { return m.Acronym == "AFP" })]
	assert.Equal(t, "Australian Federal Police", afp.Name)
	assert.Equal(t, "AU", afp.Jurisdiction.String())
	assert.Equal(t, vgt.MemberKindNationalAgency, afp.Kind)
	ms := slices.Collect(afp.Memberships())
	require.Len(t, ms, 1)
	assert.Equal(t, "[2008-02..2009-12]/..", ms[0].Period.String())
	ahtcc, err := a.Lookup("AHTCC")
	require.NoError(t, err)
	assert.Equal(t, ahtcc.ID, ms[0].Predecessor)
	assert.NotEmpty(t, ms[0].Sources())
	assert.Contains(t, slices.Collect(afp.Names()), vgt.Name{Text: "AFP", Kind: vgt.NameKindAcronym})
}

func TestAt(t *testing.T) {
	s := vgthttp.New(vgt.Default())
	tests := []struct {
		at, asOf string
		n        int
	}{
		{"2005-06-01", "2005-06-01T00:00:00Z", 5},
		{"2005-06", "2005-06-30T00:00:00Z", 5}, // a month stands for its last day
		{"2003", "2003-12-31T00:00:00Z", 5},    // the founders joined in "2003", certain from its last day
		{"2003-12-30", "2003-12-30T00:00:00Z", 0},
		{"[2011-04-07..2011-05-31]", "2011-05-31T00:00:00Z", 9},
		{"2011-06-01T12:00:00%2B02:00", "2011-06-01T10:00:00Z", 9},
		{"2002", "2002-12-31T00:00:00Z", 0},
	}
	for _, tt := range tests {
		resp := get(t, s, "GET", "/members?at="+tt.at)
		require.Equal(t, http.StatusOK, resp.StatusCode, tt.at)
		m := decode[members](t, resp)
		assert.Equal(t, tt.asOf, m.AsOf, tt.at)
		assert.Len(t, m.Members, tt.n, tt.at)
		assert.Equal(t, vgt.Default().RecordedThrough().String(), m.RecordedThrough, "a snapshot has its record's horizon")
	}
	for _, bad := range []string{"2011-13", "", "2011-02-30", "yesterday", "2011-06-01T25:00:00Z", "%3Cscript%3E"} {
		p := checkProblem(t, get(t, s, "GET", "/members?at="+bad), http.StatusBadRequest)
		assert.True(t, strings.HasPrefix(p.Detail, "vgt: "), p.Detail)
		assert.Contains(t, p.Title, "?at=")
	}
}

type partners struct {
	RecordedThrough, AsOf string
	Partners              []vgt.Partner
}

type announcements struct {
	RecordedThrough, AsOf string
	Announcements         []vgt.Announcement
}

func TestPartnersAndAnnouncements(t *testing.T) {
	a := vgt.Default()
	s := vgthttp.New(a)
	ps := decode[partners](t, get(t, s, "GET", "/partners"))
	assert.Equal(t, slices.Collect(a.Partners()), ps.Partners)
	assert.Equal(t, marshalled(t, a.Partners()), raw(t, s, "/partners", "partners"))
	categories := map[string]string{}
	for _, p := range ps.Partners {
		categories[p.Name] = p.Category.String()
		assert.NotEmpty(t, slices.Collect(p.Partnerships()))
	}
	assert.Equal(t, map[string]string{
		"BlackBerry": "industry", "Microsoft": "industry", "Microsoft Digital Crimes Unit": "industry",
		"NetClean": "industry", "PayPal": "industry", "Visa": "industry",
		"ECPAT International": "nonGovernmental", "International Association of Internet Hotlines": "nonGovernmental",
		"International Centre for Missing & Exploited Children": "nonGovernmental", "Kids Internet Safety Alliance": "nonGovernmental",
		"National Center for Missing & Exploited Children": "nonGovernmental", "The Code": "nonGovernmental",
		"World Vision Australia": "nonGovernmental",
	}, categories)
	// Microsoft and Visa are listed as associated on 2007-10-30 (S10),
	// with no date of joining: certain from then, not before.
	ps = decode[partners](t, get(t, s, "GET", "/partners?at=2010-01-01"))
	var partnerNames []string
	for _, p := range ps.Partners {
		partnerNames = append(partnerNames, p.Name)
	}
	assert.Equal(t, []string{"Microsoft", "Visa"}, partnerNames)
	snap := a.AsOf(vgt.MustParseDate("2010-01-01").Latest())
	assert.Equal(t, slices.Collect(snap.Partners()), ps.Partners, "a snapshot's partners, with its time")
	ps = decode[partners](t, get(t, s, "GET", "/partners?at=2007-06-01"))
	assert.NotNil(t, ps.Partners, "an empty list is [], not null")
	assert.Empty(t, ps.Partners)

	as := decode[announcements](t, get(t, s, "GET", "/announcements"))
	assert.Len(t, as.Announcements, 59)
	assert.Equal(t, marshalled(t, a.Announcements()), raw(t, s, "/announcements", "announcements"))
	// They read back as the record's, but for what the document does not
	// hold of the organizations they introduce (see
	// vgt.Announcement.MarshalJSON): those are compared by ID and names.
	want := slices.Collect(a.Announcements())
	require.Len(t, want, len(as.Announcements))
	for i, an := range as.Announcements {
		w := want[i]
		require.Len(t, an.Organizations, len(w.Organizations), an.Title)
		for k, o := range an.Organizations {
			assert.Equal(t, w.Organizations[k].ID, o.ID, an.Title)
			assert.Equal(t, slices.Collect(w.Organizations[k].Names()), slices.Collect(o.Names()), an.Title)
		}
		w.Organizations, an.Organizations = nil, nil
		assert.Equal(t, w, an, an.Title)
	}
	last := as.Announcements[len(as.Announcements)-1]
	assert.Equal(t, as.RecordedThrough, last.Published.String(), "the horizon is the latest publication")
	assert.True(t, slices.IsSortedFunc(as.Announcements, func(x, y vgt.Announcement) int {
		return x.Published.Compare(y.Published)
	}), "by publication")
	assert.Equal(t, "Europol joins the Virtual Global Taskforce", as.Announcements[23].Title)
	assert.NotEmpty(t, as.Announcements[23].Changes)
	as = decode[announcements](t, get(t, s, "GET", "/announcements?at=2005-06-01"))
	assert.Equal(t, "2005-06-01T00:00:00Z", as.AsOf)
	assert.Len(t, as.Announcements, 3)
}

// organization is the response of /organizations/{id} and /lookup.
type organization struct {
	RecordedThrough, AsOf     string
	Organization              vgt.Organization
	Memberships, Partnerships []vgt.Membership
}

func TestOrganization(t *testing.T) {
	a := vgt.Default()
	s := vgthttp.New(a)
	found, err := a.Lookup("AFP")
	require.NoError(t, err)
	afp, ok := a.Member(found.ID)
	require.True(t, ok)
	resp := get(t, s, "GET", "/organizations/"+afp.ID.String())
	require.Equal(t, http.StatusOK, resp.StatusCode)
	o := decode[organization](t, resp)
	assert.Equal(t, a.RecordedThrough().String(), o.RecordedThrough)
	assert.Empty(t, o.AsOf)
	want, _ := a.Organization(afp.ID)
	assert.Equal(t, want, o.Organization)
	assert.Equal(t, "Australian Federal Police", o.Organization.Name)
	assert.Equal(t, slices.Collect(afp.Memberships()), o.Memberships)
	assert.Empty(t, o.Partnerships)
	// Before it joined, the AFP is known but not a member.
	o = decode[organization](t, get(t, s, "GET", "/organizations/"+afp.ID.String()+"?at=2004"))
	assert.Equal(t, "Australian Federal Police", o.Organization.Name)
	assert.Equal(t, "2004-12-31T00:00:00Z", o.AsOf)
	assert.Empty(t, o.Memberships)
	assert.Empty(t, o.Partnerships)
	want, _ = a.AsOf(vgt.MustParseDate("2004").Latest()).Organization(afp.ID)
	assert.Equal(t, want, o.Organization, "the organization as the snapshot has it")

	// A partner: its partnerships, with its category.
	ms := decode[organization](t, get(t, s, "GET", "/lookup?name=Microsoft"))
	require.NotEmpty(t, ms.Partnerships)
	assert.Equal(t, vgt.PartnerCategoryIndustry, ms.Partnerships[len(ms.Partnerships)-1].Category)
	assert.Empty(t, ms.Memberships)

	p := checkProblem(t, get(t, s, "GET", "/organizations/"+uuid.NewSHA1(uuid.NameSpaceURL, []byte("x")).String()), http.StatusNotFound)
	assert.Contains(t, p.Detail, "no organization has the ID")
	checkProblem(t, get(t, s, "GET", "/organizations/not-an-id"), http.StatusBadRequest)
	checkProblem(t, get(t, s, "GET", "/organizations/"+uuid.Nil.String()), http.StatusBadRequest)
	checkProblem(t, get(t, s, "GET", "/organizations/{"+afp.ID.String()+"}"), http.StatusBadRequest)
	checkProblem(t, get(t, s, "GET", "/organizations/"+afp.ID.String()+"?at=2011-13"), http.StatusBadRequest)
}

type covering struct {
	RecordedThrough, AsOf string
	Jurisdiction          vgt.Jurisdiction
	Certain, Possible     []vgt.Member
}

func TestCovering(t *testing.T) {
	a := vgt.Default()
	s := vgthttp.New(a)
	tests := []struct {
		path, j           string
		certain, possible []string
	}{
		{"/covering/FR", "FR", []string{"INTERPOL", "Europol"}, nil},
		{"/covering/fr", "FR", []string{"INTERPOL", "Europol"}, nil},
		{"/covering/NZ", "NZ", []string{"INTERPOL", "New Zealand Police"}, nil},
		{"/covering/GB?at=2011-06-01", "GB", []string{"INTERPOL", "Child Exploitation and Online Protection Centre", "Europol"}, nil},
		// The Australian seat passed from the AHTCC to the AFP in
		// [2008-02..2009-12].
		{"/covering/AU?at=2007-01-01", "AU", []string{"Australian High Tech Crime Centre", "INTERPOL"}, nil},
		{"/covering/AU?at=2009-01-01", "AU", []string{"INTERPOL"}, []string{"Australian High Tech Crime Centre", "Australian Federal Police"}},
		// The NCS's remit was England and Wales.
		{"/covering/GB-EAW?at=2005-06-01", "GB-EAW", []string{"INTERPOL", "National Crime Squad for England and Wales"}, nil},
		{"/covering/GB?at=2005-06-01", "GB", []string{"INTERPOL"}, []string{"National Crime Squad for England and Wales"}},
		// Two member agencies for one country, listed with no date of
		// joining (S58).
		{"/covering/PH", "PH", []string{"National Bureau of Investigation", "Philippine National Police", "INTERPOL"}, nil},
		// Every other member covers part of the world: each may have
		// authority over a report from somewhere in it.
		{"/covering/001", "001", []string{"INTERPOL"}, nil},
	}
	for m := range a.Current() {
		if m.Name != "INTERPOL" {
			tests[len(tests)-1].possible = append(tests[len(tests)-1].possible, m.Name)
		}
	}
	for _, tt := range tests {
		resp := get(t, s, "GET", tt.path)
		require.Equal(t, http.StatusOK, resp.StatusCode, tt.path)
		c := decode[covering](t, resp)
		assert.Equal(t, a.RecordedThrough().String(), c.RecordedThrough, tt.path)
		assert.Equal(t, tt.j, c.Jurisdiction.String())
		assert.Equal(t, tt.certain, names(c.Certain), tt.path)
		assert.ElementsMatch(t, tt.possible, names(c.Possible), tt.path)
		assert.NotNil(t, c.Possible)
		// The members are the alliance's own (or its snapshot's), with
		// their memberships.
		snap := a
		if c.AsOf != "" {
			at, err := time.Parse(time.RFC3339, c.AsOf)
			require.NoError(t, err)
			snap = a.AsOf(at)
		}
		for _, m := range c.Certain {
			want, ok := snap.Member(m.ID)
			require.True(t, ok, m.Name)
			assert.Equal(t, want, m, tt.path)
		}
	}
	for _, bad := range []string{"SU", "ZZ", "FRA", "%3Cb%3E"} {
		p := checkProblem(t, get(t, s, "GET", "/covering/"+bad), http.StatusBadRequest)
		assert.True(t, strings.HasPrefix(p.Detail, "vgt: "), p.Detail)
		assert.Contains(t, p.Detail, "invalid jurisdiction")
	}
}

func TestLookup(t *testing.T) {
	a := vgt.Default()
	s := vgthttp.New(a)
	o := decode[organization](t, get(t, s, "GET", "/lookup?name=AFP"))
	assert.Equal(t, "Australian Federal Police", o.Organization.Name)
	assert.Equal(t, a.RecordedThrough().String(), o.RecordedThrough)
	assert.NotEmpty(t, o.Memberships)
	byID := body(t, get(t, s, "GET", "/organizations/"+o.Organization.ID.String()))
	assert.Equal(t, byID, body(t, get(t, s, "GET", "/lookup?name=AFP")), "the same response as by ID")
	o = decode[organization](t, get(t, s, "GET", "/lookup?name=a.f.p."))
	assert.Equal(t, "AU", o.Organization.Authority().String())
	// Before it joined, the AFP is known by its name, as no member.
	o = decode[organization](t, get(t, s, "GET", "/lookup?name=AFP&at=2004"))
	assert.Equal(t, "2004-12-31T00:00:00Z", o.AsOf)
	assert.Equal(t, "Australian Federal Police", o.Organization.Name)
	assert.Empty(t, o.Memberships)

	p := checkProblem(t, get(t, s, "GET", "/lookup?name=Police"), http.StatusNotFound)
	assert.Equal(t, `vgt: "Police": not found: no organization has this name`, p.Detail)
	checkProblem(t, get(t, s, "GET", "/lookup"), http.StatusBadRequest)
	checkProblem(t, get(t, s, "GET", "/lookup?name="), http.StatusNotFound)

	// INTERPОL with a Cyrillic О: 400, naming the position.
	p = checkProblem(t, get(t, s, "GET", "/lookup?name=INTERP%D0%9EL"), http.StatusBadRequest)
	require.NotNil(t, p.Position)
	assert.Equal(t, 6, *p.Position)
	assert.Contains(t, p.Detail, "vgt: \"INTERPОL\" at byte 6: unsafe text")

	// An ambiguous name: 409, with the candidates.
	id := uuid.MustParse("9ebba4a7-faf1-42fb-b3e9-2e3c44ba5bea")
	b, err := a.Apply(vgt.Announcement{
		ID: uuid.New(), Published: vgt.MustParseDate("2025-07-01"), Source: "https://example.org/afp", Language: language.French,
		Organizations: []vgt.Organization{vgt.NewOrganization(id, []vgt.Name{
			{Text: "Agence Fédérale de Police", Lang: language.French, Kind: vgt.NameKindOfficial}, {Text: "AFP", Kind: vgt.NameKindAcronym},
		}, vgt.Jurisdiction{}, 0)},
	})
	require.NoError(t, err)
	s.Update(b)
	p = checkProblem(t, get(t, s, "GET", "/lookup?name=AFP"), http.StatusConflict)
	assert.Contains(t, p.Detail, "vgt: \"AFP\": ambiguous")
	afp, _ := a.Lookup("Australian Federal Police")
	assert.ElementsMatch(t, []struct{ ID, Name string }{
		{id.String(), "Agence Fédérale de Police (AFP)"}, {afp.ID.String(), "Australian Federal Police (AFP)"},
	}, p.Candidates)
}

func TestRoster(t *testing.T) {
	a := vgt.Default()
	s := vgthttp.New(a)
	tests := []struct {
		target, accept, lang, dir, heading string
	}{
		{"/roster", "", "en", "ltr", "17 member agencies"},
		{"/roster?lang=ar", "", "ar", "rtl", "١٧ وكالةً عضوًا"},
		{"/roster", "ar-EG,en;q=0.5", "ar", "rtl", "١٧ وكالةً عضوًا"},
		{"/roster", "de-CH, fr;q=0.9", "de", "ltr", "17 Mitgliedsbehörden"},
		{"/roster?lang=fr", "de", "fr", "ltr", "17 services membres"},
		{"/roster?lang=it", "", "it", "ltr", "17 agenzie membro"},
		{"/roster?lang=es-MX", "", "es", "ltr", "17 agencias miembro"},
		{"/roster?lang=ja", "", "en", "ltr", "17 member agencies"},
		{"/roster?lang=%3Cscript%3E", "es", "es", "ltr", "17 agencias miembro"},
	}
	for _, tt := range tests {
		resp := get(t, s, "GET", tt.target, "Accept-Language", tt.accept)
		require.Equal(t, http.StatusOK, resp.StatusCode, tt.target)
		assert.Equal(t, "text/html; charset=utf-8", resp.Header.Get("Content-Type"))
		assert.Equal(t, "Accept-Language", resp.Header.Get("Vary"))
		assert.Contains(t, resp.Header.Get("Content-Security-Policy"), "default-src 'none'")
		assert.True(t, strings.HasSuffix(resp.Header.Get("ETag"), "-"+tt.lang+`"`), resp.Header.Get("ETag"))
		html := body(t, resp)
		assert.Contains(t, html, `<html lang="`+tt.lang+`" dir="`+tt.dir+`">`, tt.target)
		assert.Contains(t, html, "<h2>"+tt.heading+"</h2>", tt.target)
		assert.NotContains(t, html, "<script", tt.target)
		assert.Contains(t, html, a.RecordedThrough().String())
	}
	ar := body(t, get(t, s, "GET", "/roster?lang=ar"))
	// Latin names are isolated on the Arabic page, dates read left to
	// right, and the Arabic name of the UAE's ministry is not isolated.
	assert.Contains(t, ar, `<td class="name"><bdi>Europol</bdi></td>`)
	assert.Contains(t, ar, `<td class="name"><bdi>Australian Federal Police (AFP)</bdi><div class="unit">عبر <bdi>Australian Centre to Counter Child Exploitation (ACCCE)</bdi></div></td>`)
	assert.Contains(t, ar, `<td class="date"><bdi dir="ltr">[2008-02..2009-12]</bdi></td>`)
	assert.Contains(t, ar, `<td class="name">وزارة الداخلية</td>`)
	assert.Contains(t, ar, `<h2>الرئاسة</h2>`)
	assert.Contains(t, ar, `<bdi>Justine Gough</bdi>، عن <bdi>Australian Federal Police (AFP)</bdi>، منذ <bdi dir="ltr">2024-11-01</bdi>`)
	assert.Contains(t, ar, `<title>`+"\u2068Virtual Global Taskforce (VGT)\u2069"+` — قائمة الأعضاء</title>`)
	en := body(t, get(t, s, "GET", "/roster?lang=en"))
	assert.Contains(t, en, `<td class="name">Europol</td>`)
	assert.Contains(t, en, `<td class="name">Australian Federal Police (AFP)<div class="unit">through Australian Centre to Counter Child Exploitation (ACCCE)</div></td>`)
	assert.Contains(t, en, `<a href="?lang=ar" hreflang="ar" lang="ar"><bdi>العربية</bdi></a>`)
	assert.Contains(t, en, `<p>Justine Gough, for Australian Federal Police (AFP), since 2024-11-01</p>`)
	assert.Contains(t, en, "<h2>Pending votes</h2>")
	assert.Contains(t, en, "<h2>Notes</h2>")
	assert.Contains(t, en, "<h2>Former members</h2>")

	// A snapshot: the links keep its date, escaped.
	snap := body(t, get(t, s, "GET", "/roster?lang=fr&at=%5B2005-05-24..2005-06-01%5D"))
	assert.Contains(t, snap, "Tel qu’il était avec certitude au 2005-06-01")
	assert.Contains(t, snap, `<h2>Membres possibles</h2>`)
	assert.Contains(t, snap, `href="?at=%5B2005-05-24..2005-06-01%5D&amp;lang=en"`)
	resp := get(t, s, "GET", "/roster?at=%3Cscript%3E")
	assert.Equal(t, http.StatusBadRequest, resp.StatusCode)
	raw := body(t, resp)
	assert.Contains(t, raw, `vgt: \"\u003cscript\u003e\": invalid date`, "JSON escapes the markup")
}

func TestMethodsAndPaths(t *testing.T) {
	s := vgthttp.New(vgt.Default())
	paths := []string{"/members", "/partners", "/announcements", "/organizations/x", "/covering/FR", "/lookup?name=AFP", "/roster"}
	for _, path := range paths {
		for _, m := range []string{"POST", "PUT", "PATCH", "DELETE", "OPTIONS"} {
			resp := get(t, s, m, path)
			p := checkProblem(t, resp, http.StatusMethodNotAllowed)
			assert.Equal(t, "GET, HEAD", resp.Header.Get("Allow"), "%s %s", m, path)
			assert.Equal(t, []string{"GET", "HEAD"}, p.Allow)
		}
		getResp := get(t, s, "GET", path)
		head := get(t, s, "HEAD", path)
		assert.Equal(t, getResp.StatusCode, head.StatusCode, path)
		assert.Equal(t, getResp.Header.Get("Content-Length"), head.Header.Get("Content-Length"), path)
		assert.Equal(t, getResp.Header.Get("ETag"), head.Header.Get("ETag"), path)
		assert.Empty(t, body(t, head), path)
	}
	for _, path := range []string{"/", "/nope", "/members/", "/covering/", "/organizations", "/roster/x"} {
		checkProblem(t, get(t, s, "GET", path), http.StatusNotFound)
	}
}

func TestETag(t *testing.T) {
	a := vgt.Default()
	s := vgthttp.New(a)
	resp := get(t, s, "GET", "/covering/FR")
	etag := resp.Header.Get("ETag")
	require.Regexp(t, `^"[0-9a-f]{24}"$`, etag)
	assert.Equal(t, "no-cache", resp.Header.Get("Cache-Control"))
	for _, inm := range []string{etag, "W/" + etag, `"x", ` + etag, "*"} {
		r := get(t, s, "GET", "/covering/FR", "If-None-Match", inm)
		assert.Equal(t, http.StatusNotModified, r.StatusCode, inm)
		assert.Equal(t, etag, r.Header.Get("ETag"))
		assert.Empty(t, body(t, r))
	}
	assert.Equal(t, http.StatusOK, get(t, s, "GET", "/covering/FR", "If-None-Match", `"other"`).StatusCode)
	// An error is never "not modified".
	assert.Equal(t, http.StatusNotFound, get(t, s, "GET", "/lookup?name=Police", "If-None-Match", etag).StatusCode)
	// The roster's tag is the record's and the language's.
	en := get(t, s, "GET", "/roster").Header.Get("ETag")
	ar := get(t, s, "GET", "/roster", "Accept-Language", "ar").Header.Get("ETag")
	assert.NotEqual(t, en, ar)
	assert.Equal(t, http.StatusNotModified, get(t, s, "GET", "/roster", "Accept-Language", "ar", "If-None-Match", ar).StatusCode)
	assert.Equal(t, http.StatusOK, get(t, s, "GET", "/roster", "Accept-Language", "ar", "If-None-Match", en).StatusCode)

	// A new record has a new tag, and the same record the same tag.
	assert.Equal(t, etag, get(t, vgthttp.New(a), "GET", "/members").Header.Get("ETag"))
	s.Update(a.AsOf(vgt.MustParseDate("2005").Latest()))
	assert.Equal(t, etag, get(t, s, "GET", "/members").Header.Get("ETag"), "a snapshot writes its whole record")
	s.Update(&vgt.Alliance{})
	empty := get(t, s, "GET", "/members")
	assert.NotEqual(t, etag, empty.Header.Get("ETag"))
	assert.Empty(t, decode[members](t, empty).Members)
	s.Update(nil)
	assert.Equal(t, http.StatusOK, get(t, s, "GET", "/roster").StatusCode)
	assert.Equal(t, http.StatusOK, get(t, vgthttp.New(nil), "GET", "/covering/FR").StatusCode)
}

// TestNoReflection checks that no route writes what a client sent
// unescaped: a query that is markup comes back, if at all, escaped.
func TestNoReflection(t *testing.T) {
	s := vgthttp.New(vgt.Default())
	const evil = "%3Cscript%3Ealert(1)%3C%2Fscript%3E"
	for _, target := range []string{
		"/lookup?name=" + evil, "/covering/" + evil, "/organizations/" + evil, "/members?at=" + evil,
		"/roster?lang=" + evil, "/roster?at=" + evil, "/" + evil, "/roster?lang=en&x=" + evil,
	} {
		for _, accept := range []string{"", "<script>"} {
			resp := get(t, s, "GET", target, "Accept-Language", accept)
			b := body(t, resp)
			assert.NotContains(t, b, "<script", target)
			assert.NotContains(t, b, "</script", target)
		}
	}
}

// TestConcurrentUpdate serves every route from many goroutines while
// Update swaps the record; under -race it checks that the swap is safe,
// and each response is whole: its body and its ETag from one record.
func TestConcurrentUpdate(t *testing.T) {
	a := vgt.Default()
	b := a.AsOf(vgt.MustParseDate("2005-06-01").Latest())
	c, err := a.Apply(vgt.Announcement{
		ID: uuid.New(), Published: vgt.MustParseDate("2025-07-01"), Source: "https://example.org/c", Language: language.English,
		Organizations: []vgt.Organization{vgt.NewOrganization(uuid.New(), []vgt.Name{{Text: "Example Agency", Lang: language.English, Kind: vgt.NameKindOfficial}}, vgt.Jurisdiction{}, 0)},
	})
	require.NoError(t, err)
	s := vgthttp.New(a)
	etags := map[string]int{}
	for i, x := range []*vgt.Alliance{a, c} {
		etags[get(t, vgthttp.New(x), "GET", "/members").Header.Get("ETag")] = []int{19, 19}[i]
	}
	targets := []string{"/members", "/partners", "/announcements", "/covering/FR", "/lookup?name=AFP", "/roster?lang=ar", "/roster", "/members?at=2011"}
	var wg sync.WaitGroup
	stop := make(chan struct{})
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			s.Update([]*vgt.Alliance{a, b, c}[i%3])
		}
	}()
	var served sync.WaitGroup
	for g := range 4 {
		served.Add(1)
		go func() {
			defer served.Done()
			for i := range 60 {
				target := targets[(g+i)%len(targets)]
				r := httptest.NewRequest("GET", target, nil)
				w := httptest.NewRecorder()
				s.ServeHTTP(w, r)
				if !assert.Equal(t, http.StatusOK, w.Code, target) {
					return
				}
				if target == "/members" {
					var m members
					assert.NoError(t, json.Unmarshal(w.Body.Bytes(), &m))
					// a and c share the member list; b is a snapshot of a
					// and has a's tag: its body has the 5 founders.
					n, ok := etags[w.Header().Get("ETag")]
					assert.True(t, ok)
					assert.Contains(t, []int{n, 5}, len(m.Members))
				}
			}
		}()
	}
	served.Wait()
	close(stop)
	wg.Wait()
}
