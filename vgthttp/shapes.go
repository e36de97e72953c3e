package vgthttp

import (
	"github.com/virtualglobaltaskforce/vgt"
)

// The JSON shapes of the responses, all in one place. A record in a
// response is in package vgt's own JSON form, json.Marshal of the vgt value
// (vgt.Member.MarshalJSON and the like), so that a client decodes it with
// json.Unmarshal into the same type; these types are only the envelopes
// around the records. Every response object carries the record's horizon
// (recordedThrough) and, for a request with ?at=, the instant it answers
// for (asOf, RFC 3339 in UTC); an organization or member of such a
// response carries the same instant as its own "asOf".

// envelope is what every JSON response has.
type envelope struct {
	RecordedThrough string `json:"recordedThrough"`
	AsOf            string `json:"asOf,omitempty"`
}

// membersJSON answers /members.
type membersJSON struct {
	envelope
	Members []vgt.Member `json:"members"`
}

// partnersJSON answers /partners.
type partnersJSON struct {
	envelope
	Partners []vgt.Partner `json:"partners"`
}

// announcementsJSON answers /announcements.
type announcementsJSON struct {
	envelope
	Announcements []vgt.Announcement `json:"announcements"`
}

// organizationJSON answers /organizations/{id} and /lookup: the
// organization, and where it is a member or a partner (at the time asked
// for) its periods as such. A member's jurisdiction and kind are its
// organization's, and a partner's category that of its latest
// partnership, so the organization and its periods are the whole of the
// vgt.Member or vgt.Partner, without saying the organization twice.
type organizationJSON struct {
	envelope
	Organization vgt.Organization `json:"organization"`
	Memberships  []vgt.Membership `json:"memberships,omitempty"`
	Partnerships []vgt.Membership `json:"partnerships,omitempty"`
}

// coveringJSON answers /covering/{jurisdiction}: the members certainly
// with authority there, and those that may be.
type coveringJSON struct {
	envelope
	Jurisdiction vgt.Jurisdiction `json:"jurisdiction"`
	Certain      []vgt.Member     `json:"certain"`
	Possible     []vgt.Member     `json:"possible"`
}
