package vgthttp

import (
	"errors"
	"net/http"

	"github.com/virtualglobaltaskforce/vgt"
)

// A problem is an error response in the format of RFC 9457
// (application/problem+json). Detail is the message of the error, the
// package's own for an error of package vgt ("vgt: ..."); the extension
// members say more where a client can act on it.
type problem struct {
	Type   string `json:"type"`
	Title  string `json:"title"`
	Status int    `json:"status"`
	Detail string `json:"detail,omitempty"`
	// Position is the byte offset of the offending rune in the query, for
	// an unsafe query.
	Position *int `json:"position,omitempty"`
	// Candidates are the organizations an ambiguous name matches.
	Candidates []candidate `json:"candidates,omitempty"`
	// Allow lists the methods a resource answers, for 405.
	Allow []string `json:"allow,omitempty"`
}

type candidate struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// newProblem returns the problem of a status with the given detail.
func newProblem(status int, detail string) *problem {
	return &problem{Type: "about:blank", Title: http.StatusText(status), Status: status, Detail: detail}
}

// errorProblem returns the problem for an error of package vgt: 404 for
// ErrNotFound, 409 for ErrAmbiguous (with the candidates), 400 for a bad
// value (with the position of an unsafe rune). The message of the error is
// the detail; it quotes the offending value with Go's escapes, and the JSON
// encoder escapes <, > and &, so nothing a client sent is reflected raw.
func errorProblem(a *vgt.Alliance, err error) *problem {
	var p *problem
	switch {
	case errors.Is(err, vgt.ErrNotFound):
		p = newProblem(http.StatusNotFound, err.Error())
	case errors.Is(err, vgt.ErrAmbiguous):
		p = newProblem(http.StatusConflict, err.Error())
		p.Candidates = candidates(a, err)
	default:
		p = newProblem(http.StatusBadRequest, err.Error())
	}
	var e *vgt.Error
	if errors.As(err, &e) && e.Pos >= 0 {
		pos := e.Pos
		p.Position = &pos
	}
	return p
}

// candidates lists the organizations an ambiguous name matches
// (vgt.Error.Candidates).
func candidates(a *vgt.Alliance, err error) []candidate {
	var e *vgt.Error
	if !errors.As(err, &e) {
		return nil
	}
	var out []candidate
	for _, id := range e.Candidates {
		if o, ok := a.Organization(id); ok {
			out = append(out, candidate{ID: id.String(), Name: o.DisplayName()})
		}
	}
	return out
}
