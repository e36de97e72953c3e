package vgt_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/virtualglobaltaskforce/vgt"
)

// Load reports every problem of a document at once: the error joins one
// *Error per problem, each with the JSON path of the bad value, the value,
// and a sentinel for errors.Is.
func ExampleError() {
	const bad = `{
	  "alliance": {"names": []},
	  "organizations": [
	    {"id": "0a3e9e66-de0d-44f8-be6e-09f21fb5f71b", "names": [{"text": "INTERPOL", "kind": "official"}], "jurisdiction": "SU", "kind": "internationalOrganization"}
	  ],
	  "people": [],
	  "announcements": [
	    {"id": "e7914331-dd67-44f0-acff-c057aa813081", "published": "2011-02-30", "source": "https://example.org/", "language": "en"}
	  ]
	}`
	_, err := vgt.Load(strings.NewReader(bad))

	// errors.Is looks through every problem.
	fmt.Println("an invalid date:", errors.Is(err, vgt.ErrInvalidDate))

	// Each problem is an *Error of its own.
	var problems []error
	if joined, ok := err.(interface{ Unwrap() []error }); ok {
		problems = joined.Unwrap()
	} else {
		problems = []error{err}
	}
	for _, p := range problems {
		var e *vgt.Error
		if errors.As(p, &e) {
			fmt.Printf("%s %q: %v\n", e.Path, e.Value, e.Err)
		}
	}
	// Output:
	// an invalid date: true
	// organizations[0].jurisdiction "SU": invalid jurisdiction: withdrawn from ISO 3166-1 with no single successor (it was the USSR, dissolved in 1991)
	// announcements[0].published "2011-02-30": invalid date: February 2011 has 28 days
}
