package vgthttp_test

import (
	"encoding/json"
	"fmt"
	"net/http/httptest"

	"github.com/virtualglobaltaskforce/vgt"
	"github.com/virtualglobaltaskforce/vgt/vgthttp"
)

// ExampleNew serves the embedded dataset and asks which member agencies
// have authority over France. The members in the response are in package
// vgt's own JSON form, and read back as vgt.Member values.
func ExampleNew() {
	s := vgthttp.New(vgt.Default())
	w := httptest.NewRecorder()
	s.ServeHTTP(w, httptest.NewRequest("GET", "/covering/FR", nil))
	var resp struct {
		RecordedThrough string
		Certain         []vgt.Member
	}
	if err := json.Unmarshal(w.Body.Bytes(), &resp); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(w.Code, w.Header().Get("Content-Type"))
	fmt.Println("as recorded through", resp.RecordedThrough)
	for _, m := range resp.Certain {
		fmt.Println(m.Name, m.Jurisdiction, m.Kind, "since", m.Membership().Period.Start)
	}
	// Output:
	// 200 application/json
	// as recorded through 2025-02-11
	// INTERPOL 001 internationalOrganization since 2003
	// Europol EU internationalOrganization since [2010-12..2011-04-07]
}

// ExampleNew_lookup shows the problem that an unsafe query gets: the
// package's message, and the position of the offending rune.
func ExampleNew_lookup() {
	s := vgthttp.New(vgt.Default())
	w := httptest.NewRecorder()
	s.ServeHTTP(w, httptest.NewRequest("GET", "/lookup?name=INTERP%D0%9EL", nil))
	fmt.Println(w.Code, w.Header().Get("Content-Type"))
	fmt.Print(w.Body.String())
	// Output:
	// 400 application/problem+json
	// {"type":"about:blank","title":"Bad Request","status":400,"detail":"vgt: \"INTERPОL\" at byte 6: unsafe text: Cyrillic letter U+041E in a Latin word","position":6}
}
