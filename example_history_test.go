package vgt_test

import (
	"fmt"
	"time"

	"github.com/virtualglobaltaskforce/vgt"
)

// A vote is not a membership: on 2013-01-15 the four organizations voted in
// at Abu Dhabi in December 2012 were pending, and only later signed in.
func ExampleAlliance_Pending() {
	a := vgt.Default()
	then := a.AsOf(time.Date(2013, 1, 15, 0, 0, 0, 0, time.UTC))
	for v := range then.Pending() {
		o, _ := a.Organization(v.Organization)
		fmt.Printf("%s, voted in as %s %s (%q); joined %s\n", o.DisplayName(), v.Role, v.Date, v.Words, v.Fulfilled)
	}
	// Output:
	// Korean National Police Agency (KNPA), voted in as member [2012-12-01..2012-12-14] ("law enforcement partners"); joined [2013-04-01..2013-04-17]
	// Indonesian National Police (INP), voted in as member [2012-12-01..2012-12-14] ("law enforcement partners"); joined [2013-04-01..2013-04-17]
	// Kids Internet Safety Alliance (KINSA), voted in as partner [2012-12-01..2012-12-14] ("private sector partners"); joined [2013-02-01..2013-02-27]
	// NetClean, voted in as partner [2012-12-01..2012-12-14] ("private sector partners"); joined [2013-02-01..2013-02-27]
}

// A plan makes no one a member. The four organizations voted in in December
// 2012 were to sign in April 2013; two signed in February instead, which
// fulfils their plans all the same. The Philippine signing announced for
// Cartagena in April 2016 is confirmed by no source: it stays a plan.
func ExampleAlliance_Plans() {
	a := vgt.Default()
	for p := range a.Plans() {
		o, _ := a.Organization(p.Change.Organization)
		state := "outstanding"
		if p.IsFulfilled() {
			state = "fulfilled " + p.Fulfilled.String()
		}
		fmt.Printf("%s, %s as %s, planned for %s: %s\n", o.DisplayName(), p.Change.Kind, roleOrPost(p.Change), p.Change.Effective, state)
	}
	// Output:
	// Korean National Police Agency (KNPA), joined as member, planned for 2013-04: fulfilled [2013-04-01..2013-04-17]
	// Indonesian National Police (INP), joined as member, planned for 2013-04: fulfilled [2013-04-01..2013-04-17]
	// Kids Internet Safety Alliance (KINSA), joined as partner, planned for 2013-04: fulfilled [2013-02-01..2013-02-27]
	// NetClean, joined as partner, planned for 2013-04: fulfilled [2013-02-01..2013-02-27]
	// Ministry of Interior of the United Arab Emirates, appointed as chair, planned for 2015-11: fulfilled 2015-11-11
	// Philippine National Police (PNP), joined as member, planned for [2016-04-04..2016-04-07]: outstanding
	// Australian Federal Police (AFP), appointed as chair, planned for 2024-11: fulfilled 2024-11-01
	// Australian Federal Police (AFP), appointed as chair, planned for 2024-11: fulfilled 2024-11-01
}

// roleOrPost names what a change is about: a role, or a post.
func roleOrPost(c vgt.Change) string {
	if c.Post != 0 {
		return c.Post.String()
	}
	return c.Role.String()
}

// The chair belongs to a member's seat, whatever level of the member the
// sources name: from December 2012 it was held by ICE's Homeland Security
// Investigations, for the seat of the US Department of Homeland Security.
func ExampleAlliance_Holder() {
	a := vgt.Default()
	then := a.AsOf(time.Date(2014, 6, 1, 0, 0, 0, 0, time.UTC))
	t, _ := then.Holder(vgt.PostChair)
	person, _ := a.Person(t.Person)
	seat, _ := then.Organization(t.Agency)
	unit, _ := then.Organization(t.Unit)
	fmt.Println(person.Name)
	fmt.Println("for the seat of", seat.DisplayName())
	fmt.Println("through", unit.DisplayName())
	fmt.Println("since", t.Period.Start)
	// Output:
	// Ian Quinn
	// for the seat of United States Department of Homeland Security (DHS)
	// through Homeland Security Investigations (HSI)
	// since [2012-12-01..2012-12-12]
}

// The record keeps what it does not believe, with its source, and never
// uses it for an answer.
func ExampleAlliance_Claims() {
	a := vgt.Default()
	for c := range a.Claims() {
		o, _ := a.Organization(c.Change.Organization)
		fmt.Printf("%s: %s as %s (published %s)\n", c.Change.Status, o.DisplayName(), roleOrPost(c.Change), c.Published)
	}
	// Output:
	// disputed: Ministry of Interior of the United Arab Emirates as chair (published [2015-04..2021-06-17])
	// unconfirmed: Federal Bureau of Investigation (FBI) as member (published [2023-04-19..2023-04-30])
	// disputed: Australian Federal Police (AFP) as chair (published 2024-11)
}
