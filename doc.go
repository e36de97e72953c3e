// Package vgt models the Virtual Global Taskforce (VGT): the alliance of
// law-enforcement agencies against online child sexual exploitation, its
// member agencies and their jurisdictions, its private-sector and
// non-governmental partners and their categories, and the announcements
// through which it speaks. It gives other programs typed records,
// validation and fast lookups, and it ships the alliance's documented
// history, from its founding in 2003 to the latest public source (2025), as
// an embedded dataset ([Default]) in which every fact cites the announcement
// that states it.
//
// # The history the record holds
//
// The alliance was created in 2003 by the National Crime Squad of England
// and Wales, the Australian High Tech Crime Centre, the Royal Canadian
// Mounted Police, the United States Department of Homeland Security and
// INTERPOL, and first met in 2004, in Northern Ireland. Its seats pass
// between agencies (the National Crime Squad's to CEOP in 2006, the
// AHTCC's to the Australian Federal Police between 2008 and 2009), and new
// members sign in: Italy's Postal Police in 2007, the UAE's Ministry of
// Interior and New Zealand Police in 2010, Europol in 2011, the Dutch,
// Indonesian and Korean national police forces in 2013, Switzerland in
// 2014, and later Colombia, the Philippines and Kenya. Partners from
// industry and civil society joined from 2011. The chair rotates: the
// National Crime Squad's and then CEOP's Jim Gamble, the AFP's Neil
// Gaughan from December 2009, ICE's Homeland Security Investigations from
// December 2012, the UAE from November 2015, the RCMP by 2019, the
// National Crime Agency from October 2021, and the AFP's Justine Gough
// from 1 November 2024.
//
// # The record's horizon
//
// The record ends with the latest publication it holds
// ([Alliance.RecordedThrough]). What the package says of the present
// (Current, Covering, Holder, an ongoing Period) is true as recorded
// through that date, not necessarily today: no source states a departure,
// and the package invents none.
//
// # Identity, history, state
//
// Entities say who someone is: an Organization (a member agency or a
// partner, or a body one of them is part of) and a Person. Each has a
// stable ID, names in languages and of kinds (official, acronym, former,
// ...), and the facts that do not come and go with membership: an agency's
// [Jurisdiction], the organization it is part of, its website.
//
// An Announcement says what happened, when, and who said so: a dated public
// record with a source URL, quotes and Changes. A change has its own
// effective date, often earlier than the publication ("last month"): an
// organization voted in, joined (as a member, or as a partner in a
// [PartnerCategory]), left, succeeded by another (the National Crime Squad's
// seat passed to CEOP in 2006), renamed; a holder elected or appointed to a
// Post; an organization or post holder listed without a date.
//
// The Alliance is the state that follows from applying the announcements,
// in order of publication, to the entities. It is immutable and safe for
// concurrent use; Apply returns a new Alliance and leaves the old one as it
// was. Each Membership and Tenure records the announcements that stated it,
// so that every fact can be traced to its source, and when a source last
// confirmed it ([Membership.LastConfirmed]).
//
// # Steps, seats, words and doubt
//
// Real announcements are messier than a membership table, and the model
// records what they say without loss:
//
//   - Steps, not one event. A vote ([ChangeKindVotedIn]) or an election
//     ([ChangeKindElected]) admits without making anyone a member or holder;
//     it stays in the record after the membership or tenure it led to
//     begins ([Membership.Vote], [Tenure.Election]), and Pending answers for a
//     snapshot's time. A change announced in advance has [StatusPlanned]: a
//     Plan is fulfilled by the change that does the planned thing, on the
//     planned date or not, and one that nothing fulfils stays a plan.
//   - Seats, not names. Sources name a member's seat at different levels
//     (DHS, ICE, ICE's Homeland Security Investigations; the RCMP and its
//     NCECC; CEOP and the National Crime Agency it became part of in
//     2013): listings, elections, appointments and quotes resolve a unit or
//     a parent to the member whose seat it names ([Tenure.Unit]). Parents and
//     names change over time ([ChangeKindParentChanged], [ChangeKindRenamed],
//     [ChangeKindNamed] for a name a source uses with no date of its own),
//     and a snapshot shows each organization as it was.
//   - Words, not only categories. Each change keeps the source's own word
//     for the role ("private industry partners", "Affiliate members")
//     beside the normalized Role and PartnerCategory; a Quote may be
//     reported speech, or an organization's own statement.
//   - Doubt, not silence. A claim that contradicts the record
//     ([StatusDisputed]) or that no reliable source confirms
//     ([StatusUnconfirmed]) is kept with its source and never used for an
//     answer (Claims). Counts that sources state are kept and compared with
//     the roster at their date (CountChecks).
//
// # Dates known to a precision
//
// Sources rarely give a day. A Date is a year ("2003"), a month ("2010-06"),
// a day ("2007-10-30"), or a day known only to lie between bounds
// ("[2011-04-07..2011-05-31]", "[..2011-11-07]"), in the notation of EDTF
// (ISO 8601-2), and it is never padded. A Period says explicitly whether it
// is ongoing or ended at an unknown date. Whether a period covers an instant
// is three-valued: certainly, possibly, or not ([Period.Covers]). AsOf keeps
// only what certainly held: a member that joined in "2003" is certainly a
// member from 2003-12-31, and one whose seat passed "[2008-02..2009-12]" is
// only possibly a member between those bounds (PossibleMembers).
//
// # Jurisdictions
//
// A Jurisdiction is an ISO 3166-1 country in use today, the European Union,
// the world ("001") or another UN M.49 group, or a part of a country with an
// ISO 3166-2 code the package knows (GB-EAW, England and Wales: the remit of
// the National Crime Squad), parsed strictly from its code. The world
// contains every jurisdiction; a state contains its dependent territories
// (FR contains RE, US contains PR) and its subdivisions; the European Union
// contains its member states and their territories in the Union (its
// outermost regions, Åland) on a date, from the package's own tables of
// accessions and of the United Kingdom's withdrawal (golang.org/x/text's
// CLDR data predates it). Overlaps says whether two jurisdictions share
// territory: England and Wales overlaps the United Kingdom without
// containing it. Covering
// answers "which member agencies have authority over France?", as recorded
// through the horizon or at a snapshot's time.
//
// # Names and Lookup
//
// Names are checked to be safe to show and to match, by the rules of
// Unicode Technical Standard #39 (Unicode Security Mechanisms, with the
// data of Unicode 15.0.0): no control, invisible, blank or bidirectional
// override characters, no compatibility forms of letters (circled,
// mathematical), each word in one script (INTERPОL with a Cyrillic О, or
// INTERP〇L with a Han 〇, is refused), and a whole name at most "Highly
// Restrictive": one script, or Latin with the scripts of Japanese, Chinese
// or Korean. The level is that of TS #39 §5.2 because the alliance's names
// are in many scripts, each written apart (an Arabic official name beside
// an English one), and a name that mixes two alphabets is far more often
// an attack than a name. A name whose confusable skeleton (TS #39 §4)
// meets another organization's name without being it (ЕСРАТ in Cyrillic
// beside ECPAT) is refused by [Load] and Apply, and such a query by Lookup,
// with [ErrUnsafeText] naming the name it imitates. Source URLs are parsed
// strictly and their hosts checked like names.
//
// Lookup matches a query against every name of every organization,
// insensitively to case, width, punctuation and spacing, and to the marks
// that readers of a script treat as optional (accents on Latin letters;
// not the dakuten that makes バ of ハ, nor the breve that makes Й of И),
// and never guesses: it returns one organization, or [ErrNotFound], or
// [ErrAmbiguous] with every candidate ([Error.Candidates]).
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
// Load reads, and [Alliance.WriteJSON] writes, one JSON document with the
// fields "alliance" (the alliance's own names, website and milestones),
// "organizations", "people" and "announcements". Field names are in lower
// camel case; enumerations, dates, periods and jurisdictions travel as
// their text forms and IDs as canonical UUID strings. Decoding is strict:
// unknown fields, trailing data, duplicate IDs, dangling references and
// oversized input are errors. Load of WriteJSON's output gives an equal
// Alliance. Load's options ([WithMaxBytes], [WithMaxDepth], [WithMaxStringBytes],
// [WithMaxValues]) bound what it accepts from others; the defaults are far
// above the embedded dataset and far below what would exhaust a service.
//
// # Errors
//
// Every error the package returns wraps a sentinel for errors.Is
// (ErrNotFound, [ErrInvalidDate], ErrUnsafeText, [ErrIO], ...). Validation
// reports every problem at once, joined with errors.Join, each an *Error
// carrying the path of the bad value (announcements[0].changes[2].effective),
// the value itself, and the reason: the first hundred one by one, then one
// more that counts the rest and wraps their sentinels. Messages start with
// "vgt:". No function panics on any input, a nil *Alliance included, except
// the Must functions meant for constants.
package vgt
