package vgthttp

import (
	"bytes"
	_ "embed"
	"html/template"
	"net/http"
	"net/url"

	"github.com/virtualglobaltaskforce/vgt/internal/roster"
)

//go:embed roster.html
var rosterHTML string

var rosterPage = template.Must(template.New("roster").Parse(rosterHTML))

// rosterView is what the page's template shows: the roster, and the links
// to it in other languages.
type rosterView struct {
	*roster.Roster
	Links                               []rosterLink
	Current, PossibleTable, FormerTable memberTable
}

// memberTable is a table of members: its column headings, its rows, and
// whether its last column is the whole period of membership or its start.
type memberTable struct {
	Labels  roster.Labels
	When    string
	Members []roster.Member
	Period  bool
}

type rosterLink struct {
	roster.Language
	Href string
}

// contentSecurityPolicy allows the page nothing but its own inline style:
// it has no script, image, frame or form.
const contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

func serveRoster(rec *record, r *http.Request) response {
	a, _, p := at(rec, r)
	if p != nil {
		resp := problemResponse(p)
		resp.vary = "Accept-Language"
		return resp
	}
	q := r.URL.Query()
	lang := roster.Match(q.Get("lang"), r.Header.Get("Accept-Language"))
	resp := response{
		status: http.StatusOK, contentType: "text/html; charset=utf-8",
		variant: lang.String(), vary: "Accept-Language", csp: contentSecurityPolicy,
	}
	if !q.Has("at") {
		if page, ok := rec.pages.Load(lang); ok {
			resp.body = page.([]byte)
			return resp
		}
	}
	ro := roster.Build(a, lang)
	v := rosterView{
		Roster:        ro,
		Current:       memberTable{ro.Labels, ro.Labels.Since, ro.Members, false},
		PossibleTable: memberTable{ro.Labels, ro.Labels.Membership, ro.Possible, true},
		FormerTable:   memberTable{ro.Labels, ro.Labels.Membership, ro.Former, true},
	}
	for _, l := range v.Languages {
		// The links keep the date asked for, which parsed: it is a date,
		// and url.Values and the template escape it.
		lq := url.Values{"lang": {l.Tag.String()}}
		if q.Has("at") {
			lq.Set("at", q.Get("at"))
		}
		v.Links = append(v.Links, rosterLink{Language: l, Href: "?" + lq.Encode()})
	}
	var b bytes.Buffer
	if err := rosterPage.Execute(&b, v); err != nil {
		return problemResponse(newProblem(http.StatusInternalServerError, "vgthttp: rendering the roster: "+err.Error()))
	}
	resp.body = b.Bytes()
	if !q.Has("at") {
		rec.pages.Store(lang, resp.body)
	}
	return resp
}
