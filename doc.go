// Package vgt models the Virtual Global Taskforce (VGT): the alliance of
// law-enforcement agencies against online child sexual exploitation, its
// member agencies and their jurisdictions, its private-sector and
// non-governmental partners and their categories, and the announcements
// through which it speaks. It gives other programs typed records,
// validation and fast lookups, and it ships the alliance's documented
// history, from its founding in 2003 to the announcement of its first
// industry partners in 2011, as an embedded dataset (Default).
//
// # Identity, history, state
//
// Entities say who someone is: an Organization (a member agency or a
// partner, or a body one of them is part of) and a Person. Each has a
// stable ID, names in languages and of kinds (official, acronym, former,
// ...), and the facts that do not come and go with membership: an agency's
// Jurisdiction, the organization it is part of, its website.
//
// An Announcement says what happened, when, and who said so: a dated public
// record with a source URL, quotes and Changes. A change has its own
// effective date, often earlier than the publication ("last month"): an
// organization voted in, joined (as a member, or as a partner in a
// PartnerCategory), left, succeeded by another (the National Crime Squad's
// seat passed to CEOP in 2006), renamed; a holder elected or appointed to a
// Post; an organization or post holder listed without a date.
//
// The Alliance is the state that follows from applying the announcements,
// in order of publication, to the entities. It is immutable and safe for
// concurrent use; Apply returns a new Alliance and leaves the old one as it
// was. Each Membership and Tenure records the announcements that stated it,
// so that every fact can be traced to its source.
//
// # Dates known to a precision
//
// Sources rarely give a day. A Date is a year ("2003"), a month ("2010-06"),
// a day ("2007-10-30"), or a day known only to lie between bounds
// ("[2011-04-07..2011-05-31]", "[..2011-11-07]"), in the notation of EDTF
// (ISO 8601-2), and it is never padded. A Period says explicitly whether it
// is ongoing or ended at an unknown date. Whether a period covers an instant
// is three-valued: certainly, possibly, or not (Period.Covers). AsOf keeps
// only what certainly held: a member that joined in "2003" is certainly a
// member from 2003-12-31, and one whose seat passed "[2005-05-24..2009]" is
// only possibly a member between those bounds (PossibleMembers).
//
// # Jurisdictions
//
// A Jurisdiction is an ISO 3166-1 country in use today, the European Union,
// or the world ("001"), parsed strictly from its code. The world contains
// every jurisdiction; the European Union contains its member states on a
// date, from the package's own table of accessions and of the United
// Kingdom's withdrawal (golang.org/x/text's CLDR data predates it). Covering
// answers "which member agencies have authority over France?".
//
// # Names and Lookup
//
// Names are checked to be safe to show and to match (CheckText): a
// lookalike such as INTERPОL with a Cyrillic О, or a hidden bidirectional
// override, is refused in the data and in queries. Lookup matches a query
// against every name of every organization, insensitively to case, width,
// accents, punctuation and spacing, and never guesses: it returns one
// organization, or ErrNotFound, or ErrAmbiguous with the candidates.
//
// # IDs
//
// Every organization, person and announcement has an ID, a uuid.UUID;
// uuid.Nil is never valid. A new ID is minted at random (uuid.New, version
// 4) when a record is first written, and an ID never changes once
// published: it is how other systems refer to the record. The embedded
// dataset's IDs are part of this package's API.
//
// # JSON
//
// Load reads, and Alliance.WriteJSON writes, one JSON document with the
// fields "alliance" (the alliance's own names, website and milestones),
// "organizations", "people" and "announcements". Field names are in lower
// camel case; enumerations, dates, periods and jurisdictions travel as
// their text forms and IDs as canonical UUID strings. Decoding is strict:
// unknown fields, trailing data, duplicate IDs, dangling references and
// oversized input are errors. Load of WriteJSON's output gives an equal
// Alliance. Load's options (WithMaxBytes, WithMaxDepth, WithMaxStringBytes,
// WithMaxValues) bound what it accepts from others; the defaults are far
// above the embedded dataset and far below what would exhaust a service.
//
// # Errors
//
// Every error the package returns wraps a sentinel for errors.Is
// (ErrNotFound, ErrInvalidDate, ErrUnsafeText, ...). Validation reports
// every problem at once, joined with errors.Join, each an *Error carrying
// the path of the bad value (announcements[0].changes[2].effective), the
// value itself, and the reason. Messages start with "vgt:". No function
// panics on bad input, except the Must functions meant for constants.
package vgt
