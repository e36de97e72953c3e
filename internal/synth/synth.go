// Package synth generates large, valid alliance documents for benchmarks
// and property tests: Document returns the JSON of an alliance with as many
// organizations as asked, and about as many announcements, that
// vgt.Load accepts.
//
// The generator is deterministic: it draws everything, IDs included, from
// one math/rand/v2 PCG source seeded with Options.Seed, so that the same
// Options give the same bytes.
//
// It keeps a mirror of the state the library's fold builds (memberships and
// their dates, the chair) and emits only changes that the fold accepts:
//
//   - Publication dates increase strictly with the announcement's index in
//     the library's order (by Earliest, then by Latest), from 2003 to 2024,
//     so that the fold applies the announcements in the order written. Where
//     there are more announcements than days, they are published on "one
//     day of a range" that ends a day later each time.
//   - Every dated change about an organization takes effect strictly after
//     every earlier date about it (its Earliest is after their Latest), and
//     not after the publication (its Earliest is on or before the
//     publication's Latest); so joins never overlap, leaves follow joins,
//     and so on. Each new appointment to the chair is strictly later than
//     every earlier date of the chair.
//   - Undated changes ("listed", quotes by the chair) are emitted only where
//     the fold will find what they refer to on the publication date.
//
// Names are in several languages and scripts, and every name that the
// library can look up is unique in the document: it is a base text from a
// fixed table followed by a number (the organization's own, or a new one
// for each rename), and no two base texts share a lookup key; acronyms,
// which have no digits, end with the organization's number spelled in
// letters. Only weak aliases, which the library never matches, repeat.
package synth

import (
	"encoding/binary"
	"math/rand/v2"
	"strconv"
	"unicode/utf8"
)

// Options say what to generate; the zero Options is a sensible default.
type Options struct {
	// Orgs is the number of organizations. Zero (or less) gives the
	// smallest valid document: the alliance's names and no organizations,
	// people or announcements.
	Orgs int
	// Seed seeds the generator: different seeds give different documents.
	Seed uint64
}

// Document returns the JSON bytes of an alliance document with n
// organizations and their announcements, the same bytes for the same
// options.
func Document(opt Options) []byte {
	g := newGen(max(opt.Orgs, 0), opt.Seed)
	g.document()
	return g.buf
}

// Roles, as indexes of org.head.
const (
	member  = 0
	partner = 1
)

var roleNames = [2]string{"member", "partner"}

// org is an organization as the generator knows it.
type org struct {
	id     [16]byte
	num    int32 // the number its names bear
	parent int32 // index of the organization it is part of, or -1
	last   int32 // the latest day of any dated change about it, or noDay
	head   [2]int32
	tmpl   *template
	jur    int16 // index in jurisdictions, -1 for "001", -2 for "EU", -3 for none
	agency bool  // it has a jurisdiction and may be a member
	intro  bool  // its first announcement introduces it
	cat    uint8 // the category it joins as a partner
}

// mship is one membership or partnership in the mirror of the fold.
type mship struct {
	startE  int32 // Earliest of the start
	endL    int32 // Latest of the end, once ended
	prev    int32 // the organization's previous one in the role, or -1
	ongoing bool
}

// chair mirrors the current tenure of the chair.
type chair struct {
	active  bool
	agency  int32
	person  int32
	startE  int32 // Earliest of the tenure's start
	maxPubE int32 // latest Earliest of the publications that state it
	last    int32 // no new appointment may take effect on or before this day
}

type gen struct {
	r    *rand.Rand
	n    int
	buf  []byte // the document
	chg  []byte // the changes of the announcement being built
	ppl  []byte // the people it introduces
	orgs []org
	ms   []mship

	people     [][16]byte
	poolNext   int // next unused person of the document's own people
	poolEnd    int
	acroLen    int   // letters in the code an acronym ends with
	nextNum    int32 // the next name number for a rename
	chair      chair
	handovers  int
	prevE      int32 // the previous publication's Earliest and Latest
	prevL      int32
	annNo      int // announcements written
	annPlanned int
}

// ann is the announcement being built.
type ann struct {
	pub  date
	hi   int32 // effective dates have their Earliest on or before this day
	lang int
	nchg int
	nppl int
	prim int // index of the organization whose first announcement it is, or -1
}

func newGen(n int, seed uint64) *gen {
	g := &gen{
		r:     rand.New(rand.NewPCG(seed, 0x5eed_0f_76_7461736b)),
		n:     n,
		orgs:  make([]org, n),
		ms:    make([]mship, 0, n+n/2),
		prevE: noDay,
		prevL: noDay,
		chair: chair{last: noDay},
	}
	// About 620 bytes an organization, with its announcement.
	g.buf = make([]byte, 0, 2048+n*660)
	g.acroLen = 2
	for p := 26 * 26; p <= n; p *= 26 {
		g.acroLen++
	}
	g.nextNum = int32(n) + 1
	g.annPlanned = n + n/32
	return g
}

func (g *gen) chance(percent int) bool { return g.r.IntN(100) < percent }

func (g *gen) newID() (id [16]byte) {
	binary.LittleEndian.PutUint64(id[:8], g.r.Uint64())
	binary.LittleEndian.PutUint64(id[8:], g.r.Uint64())
	id[6] = id[6]&0x0f | 0x40 // version 4
	id[8] = id[8]&0x3f | 0x80 // RFC 4122 variant
	return id
}

// document writes the whole document to g.buf.
func (g *gen) document() {
	g.makeOrgs()
	b := g.buf
	b = append(b, `{"alliance":{"id":"5b0e7d1c-6f0a-4c8e-9d47-3a2f61b8c901","names":[`...)
	b = append(b, `{"text":"Virtual Global Taskforce","lang":"en","kind":"official"},`...)
	b = append(b, `{"text":"VGT","kind":"acronym"},`...)
	b = append(b, `{"text":"Groupe de travail mondial virtuel","lang":"fr","kind":"alias"}],`...)
	b = append(b, `"website":"https://example.org/",`...)
	b = append(b, `"milestones":[{"date":"2003","text":"The alliance is created.","source":"https://example.org/news/0"}]},`...)
	b = append(b, `"organizations":[`...)
	first := true
	for i := range g.orgs {
		if g.orgs[i].intro {
			continue
		}
		if !first {
			b = append(b, ',')
		}
		first = false
		b = g.appendOrg(b, i)
	}
	b = append(b, `],"people":[`...)
	g.poolEnd = 0
	if g.n > 0 {
		g.poolEnd = g.n/20 + 1
	}
	for i := range g.poolEnd {
		if i > 0 {
			b = append(b, ',')
		}
		b = g.appendPerson(b)
	}
	b = append(b, `],"announcements":[`...)
	g.buf = b
	g.announcements()
	g.buf = append(g.buf, "]}\n"...)
}

// makeOrgs decides who the organizations are.
func (g *gen) makeOrgs() {
	for i := range g.orgs {
		o := &g.orgs[i]
		o.id = g.newID()
		o.num = int32(i + 1)
		o.parent = -1
		o.last = noDay
		o.head = [2]int32{-1, -1}
		o.intro = g.chance(8)
		if g.chance(80) {
			o.agency = true
			if g.chance(4) {
				w := g.r.IntN(2)
				o.jur = int16(-1 - w)
				ts := internationals[w]
				o.tmpl = &ts[g.r.IntN(len(ts))]
			} else {
				o.jur = int16(g.r.IntN(len(jurisdictions)))
				ts := agencies[jurisdictions[o.jur].lang]
				o.tmpl = &ts[g.r.IntN(len(ts))]
			}
			if i > 0 && g.chance(15) {
				// Part of an earlier organization, an agency if one is found.
				p := g.r.IntN(i)
				for try := 0; try < 3 && !g.orgs[p].agency; try++ {
					p = g.r.IntN(i)
				}
				o.parent = int32(p)
			}
		} else {
			o.jur = -3
			o.tmpl = &partners[g.r.IntN(len(partners))]
			o.cat = o.tmpl.cat
			if g.chance(20) {
				o.cat = uint8(1 + g.r.IntN(3))
			}
		}
	}
}

// appendOrg writes organization i's record.
func (g *gen) appendOrg(b []byte, i int) []byte {
	o := &g.orgs[i]
	t := o.tmpl
	b = append(b, `{"id":"`...)
	b = appendUUID(b, o.id)
	b = append(b, `","names":[`...)
	b = appendName(b, t.name, t.lang, o.num, "official")
	if g.chance(10) {
		b = b[:len(b)-1] // a period on the official name
		b = append(b, `,"period":"`...)
		b = strconv.AppendInt(b, int64(1985+g.r.IntN(18)), 10)
		b = append(b, `/.."}`...)
	}
	if t.en != "" {
		switch x := g.r.IntN(100); {
		case x < 35:
			b = append(b, ',')
			b = appendName(b, t.en, en, o.num, "official")
		case x < 50:
			b = append(b, ',')
			b = appendName(b, t.en, en, o.num, "alias")
		}
	}
	if g.chance(75) {
		b = append(b, `,{"text":"`...)
		b = append(b, t.acro...)
		b = appendLetters(b, int(o.num), g.acroLen)
		b = append(b, `","kind":"acronym"}`...)
	}
	if t.short != "" && g.chance(50) {
		b = append(b, ',')
		b = appendName(b, t.short, t.lang, o.num, "short")
	}
	if g.chance(5) {
		b = append(b, `,{"text":`...)
		b = appendString(b, weakAliases[t.lang])
		b = append(b, `,"lang":"`...)
		b = append(b, langTags[t.lang]...)
		b = append(b, `","kind":"weakAlias"}`...)
	}
	b = append(b, ']')
	if o.agency {
		b = append(b, `,"jurisdiction":"`...)
		switch o.jur {
		case -1:
			b = append(b, `001","kind":"internationalOrganization"`...)
		case -2:
			b = append(b, `EU","kind":"internationalOrganization"`...)
		default:
			b = append(b, jurisdictions[o.jur].code...)
			b = append(b, `","kind":"nationalAgency"`...)
		}
	}
	if g.chance(8) {
		b = append(b, `,"website":"https://example.org/org/`...)
		b = strconv.AppendInt(b, int64(o.num), 10)
		b = append(b, '"')
	}
	if o.parent >= 0 {
		b = append(b, `,"parent":"`...)
		b = appendUUID(b, g.orgs[o.parent].id)
		b = append(b, '"')
	}
	return append(b, '}')
}

// appendPerson writes a new person's record and records the person.
func (g *gen) appendPerson(b []byte) []byte {
	id := g.newID()
	g.people = append(g.people, id)
	b = append(b, `{"id":"`...)
	b = appendUUID(b, id)
	b = append(b, `","name":`...)
	if g.chance(60) {
		b = append(b, '"')
		b = appendEscaped(b, latinGiven[g.r.IntN(len(latinGiven))])
		b = append(b, ' ')
		b = appendEscaped(b, latinFamily[g.r.IntN(len(latinFamily))])
		b = append(b, '"')
	} else {
		b = appendString(b, otherPeople[g.r.IntN(len(otherPeople))])
	}
	return append(b, '}')
}

// announcements writes the announcements: one for each organization,
// which introduces it to the alliance, and after every thirty-second an
// announcement of other news.
func (g *gen) announcements() {
	for k := range g.n {
		g.announcement(k, k+1)
		if k%32 == 31 {
			g.announcement(-1, k+1)
		}
	}
}

// target returns the day around which the next announcement is published.
func (g *gen) target() int32 {
	if g.annPlanned <= 1 {
		return firstD
	}
	i := min(int64(g.annNo), int64(g.annPlanned-1))
	return firstD + int32(i*spanD/int64(g.annPlanned-1))
}

// pubDate returns a publication date after the previous one in the fold's
// order: a greater Earliest, or the same Earliest and a greater Latest.
func (g *gen) pubDate(t int32) date {
	if g.prevE == noDay && g.chance(10) {
		return rangeDate(civ{}, dayCiv(t)) // [..t]
	}
	if t > g.prevE {
		y, m, _ := civilFromDays(t)
		ms := daysFromCivil(y, m, 1)
		switch x := g.r.IntN(100); {
		case x < 8:
			if daysFromCivil(y, 1, 1) > g.prevE {
				return yearDate(y)
			}
		case x < 22:
			if ms > g.prevE {
				return monthDate(y, m)
			}
		case x < 26:
			if ms > g.prevE {
				y2, m2 := addMonths(y, m, 1)
				return rangeDate(civ{int16(y), int8(m), 0}, civ{int16(y2), int8(m2), 0})
			}
		case x < 40:
			return rangeDate(dayCiv(t), dayCiv(t+1+g.r.Int32N(40)))
		}
		return dayDate(t)
	}
	// More announcements than days: the same first day, a later last one.
	return rangeDate(dayCiv(g.prevE), dayCiv(g.prevL+1))
}

// announcement builds one announcement, the first of organization prim if
// prim >= 0, and writes it unless it has no change. Its other changes are
// about the organizations below limit, which earlier announcements (or this
// one) introduced.
func (g *gen) announcement(prim, limit int) {
	t := g.target()
	a := ann{pub: g.pubDate(t), prim: prim, lang: annLangs[g.r.IntN(len(annLangs))]}
	a.hi = t
	if a.pub.l > t && a.pub.l != maxDay && g.chance(10) {
		a.hi = t + g.r.Int32N(a.pub.l-t+1)
	}
	if a.pub.e > a.hi { // cannot happen: every form starts on or before t
		a.hi = a.pub.e
	}
	g.chg, g.ppl = g.chg[:0], g.ppl[:0]
	extra := 0
	if prim >= 0 {
		g.primary(&a, prim)
		switch x := g.r.IntN(100); {
		case x < 55:
		case x < 83:
			extra = 1
		case x < 93:
			extra = 2
		default:
			extra = 3
		}
	} else {
		extra = 1 + g.r.IntN(4)
	}
	for range extra {
		if a.nchg >= 4 {
			break
		}
		g.extraChange(&a, limit)
	}
	if a.nchg == 0 {
		return
	}
	g.prevE, g.prevL = a.pub.e, a.pub.l
	g.annNo++
	g.writeAnnouncement(&a)
}

func (g *gen) writeAnnouncement(a *ann) {
	b := g.buf
	if g.annNo > 1 {
		b = append(b, ',')
	}
	b = append(b, `{"id":"`...)
	b = appendUUID(b, g.newID())
	b = append(b, '"')
	if g.chance(12) {
		b = append(b, `,"title":"`...)
		if a.prim >= 0 {
			o := &g.orgs[a.prim]
			b = appendEscaped(b, o.tmpl.name)
			b = append(b, ' ')
			b = appendNumber(b, o.num, o.tmpl.lang)
			if joinTitles[a.lang][1] != "" {
				b = appendEscaped(b, joinTitles[a.lang][1])
			} else {
				b = appendEscaped(b, joinTitles[en][1])
			}
		} else {
			b = appendEscaped(b, updateTitles[a.lang])
		}
		b = append(b, '"')
	}
	b = append(b, `,"published":"`...)
	b = a.pub.appendTo(b)
	b = append(b, '"')
	if g.chance(8) {
		b = append(b, `,"publisher":`...)
		b = appendString(b, publishers[a.lang])
	}
	b = append(b, `,"source":"https://example.org/news/`...)
	b = strconv.AppendInt(b, int64(g.annNo), 10)
	b = append(b, `","language":"`...)
	b = append(b, langTags[a.lang]...)
	b = append(b, '"')
	switch x := g.r.IntN(100); {
	case x < 6:
		b = append(b, `,"tags":["News"]`...)
	case x < 8:
		b = append(b, `,"tags":["News","Partners"]`...)
	}
	if c := &g.chair; c.active && g.chance(4) {
		// The chair speaks; in the capacity of chair only where the fold
		// will find the tenure on the publication date.
		b = append(b, `,"quotes":[{"speaker":"`...)
		b = appendUUID(b, g.people[c.person])
		b = append(b, '"')
		if c.startE <= a.pub.l {
			b = append(b, `,"capacity":`...)
			b = appendString(b, capacities[a.lang])
			b = append(b, `,"post":"chair"`...)
		}
		b = append(b, `,"text":`...)
		b = appendString(b, quoteTexts[a.lang])
		b = append(b, "}]"...)
	}
	b = append(b, `,"changes":[`...)
	b = append(b, g.chg...)
	b = append(b, ']')
	if a.prim >= 0 && g.orgs[a.prim].intro {
		b = append(b, `,"organizations":[`...)
		b = g.appendOrg(b, a.prim)
		b = append(b, ']')
	}
	if a.nppl > 0 {
		b = append(b, `,"people":[`...)
		b = append(b, g.ppl...)
		b = append(b, ']')
	}
	g.buf = append(b, '}')
}

// --- The mirror of the fold ---

func (g *gen) ongoing(o int32, role int) bool {
	h := g.orgs[o].head[role]
	return h >= 0 && g.ms[h].ongoing
}

func (g *gen) ended(o int32, role int) bool {
	h := g.orgs[o].head[role]
	return h >= 0 && !g.ms[h].ongoing
}

// mayInclude reports whether some membership of o in role may include a day
// of pub, as the library's mayInclude decides.
func (g *gen) mayInclude(o int32, role int, pub date) bool {
	for h := g.orgs[o].head[role]; h >= 0; h = g.ms[h].prev {
		m := &g.ms[h]
		if m.startE <= pub.l && (m.ongoing || m.endL > pub.e) {
			return true
		}
	}
	return false
}

func (g *gen) touch(o int32, d date) {
	if p := &g.orgs[o].last; d.l > *p {
		*p = d.l
	}
}

func (g *gen) begin(o int32, role int, start date) {
	g.ms = append(g.ms, mship{startE: start.e, prev: g.orgs[o].head[role], ongoing: true})
	g.orgs[o].head[role] = int32(len(g.ms) - 1)
	g.touch(o, start)
}

func (g *gen) end(o int32, role int, eff date) {
	m := &g.ms[g.orgs[o].head[role]]
	m.ongoing, m.endL = false, eff.l
	g.touch(o, eff)
}

// pickEff returns an effective date whose Earliest is after last (any, if
// last is noDay) and on or before hi, or false if there is no room. openEnd
// allows "[d..]", after which nothing more can happen to the organization.
func (g *gen) pickEff(last, hi int32, openEnd bool) (date, bool) {
	fresh := last == noDay
	lo := last + 1
	if !fresh && lo > hi {
		return date{}, false
	}
	span := int32(150)
	if fresh && g.chance(10) {
		span = 1200
	}
	wlo := hi - span
	if !fresh && wlo < lo {
		wlo = lo
	}
	d := wlo + g.r.Int32N(hi-wlo+1)
	y, m, _ := civilFromDays(d)
	ok := func(e int32) bool { return fresh || e >= lo }
	switch x := g.r.IntN(100); {
	case x < 45:
	case x < 65:
		if ok(daysFromCivil(y, m, 1)) {
			return monthDate(y, m), true
		}
	case x < 72:
		if ok(daysFromCivil(y, 1, 1)) {
			return yearDate(y), true
		}
	case x < 84:
		return rangeDate(dayCiv(d), dayCiv(d+1+g.r.Int32N(30))), true
	case x < 89:
		if ok(daysFromCivil(y, m, 1)) {
			y2, m2 := addMonths(y, m, 1+g.r.IntN(3))
			return rangeDate(civ{int16(y), int8(m), 0}, civ{int16(y2), int8(m2), 0}), true
		}
	case x < 91:
		if ok(daysFromCivil(y, m, 1)) {
			return rangeDate(civ{int16(y), int8(m), 0}, civ{int16(y + 1 + g.r.IntN(3)), 0, 0}), true
		}
	case x < 97:
		if fresh {
			return rangeDate(civ{}, dayCiv(d)), true // [..d]
		}
	case x < 98:
		if openEnd {
			return rangeDate(dayCiv(d), civ{}), true // [d..]
		}
	}
	return dayDate(d), true
}

// --- Changes ---

func (g *gen) changeHead(a *ann, kind string, eff *date, o int32) []byte {
	b := g.chg
	if a.nchg > 0 {
		b = append(b, ',')
	}
	a.nchg++
	b = append(b, `{"kind":"`...)
	b = append(b, kind...)
	b = append(b, '"')
	if eff != nil {
		b = append(b, `,"effective":"`...)
		b = eff.appendTo(b)
		b = append(b, '"')
	}
	b = append(b, `,"organization":"`...)
	b = appendUUID(b, g.orgs[o].id)
	return append(b, '"')
}

func (g *gen) roleChange(a *ann, kind string, eff *date, o int32, role int, cat uint8) {
	b := g.changeHead(a, kind, eff, o)
	b = append(b, `,"role":"`...)
	b = append(b, roleNames[role]...)
	b = append(b, '"')
	if cat != 0 {
		b = append(b, `,"category":"`...)
		b = append(b, categoryNames[cat]...)
		b = append(b, '"')
	}
	g.chg = append(b, '}')
}

// join makes o join in role, perhaps after a vote; it reports whether it
// found room for it.
func (g *gen) join(a *ann, o int32, role int, mayVote bool) bool {
	last := g.orgs[o].last
	var cat uint8
	if role == partner {
		cat = g.orgs[o].cat
	}
	if mayVote && a.nchg < 3 && g.chance(10) {
		if v, ok := g.pickEff(last, a.hi, false); ok && v.l < a.hi {
			if eff, ok := g.pickEff(v.l, a.hi, false); ok {
				g.roleChange(a, "votedIn", &v, o, role, cat)
				g.touch(o, v)
				g.roleChange(a, "joined", &eff, o, role, cat)
				g.begin(o, role, eff)
				return true
			}
		}
	}
	eff, ok := g.pickEff(last, a.hi, true)
	if !ok {
		return false
	}
	g.roleChange(a, "joined", &eff, o, role, cat)
	g.begin(o, role, eff)
	return true
}

// listed lists o in role, without a date, where the fold accepts it: as a
// source of a membership of o or of an organization it is part of, or as a
// membership since some day on or before the publication.
func (g *gen) listed(a *ann, o int32, role int) bool {
	found := g.mayInclude(o, role, a.pub)
	for p, seen := g.orgs[o].parent, 0; !found && p >= 0 && seen < 16; seen++ {
		found = g.mayInclude(p, role, a.pub)
		p = g.orgs[p].parent
	}
	if !found {
		if role == member && !g.orgs[o].agency || g.ongoing(o, role) {
			return false
		}
	}
	var cat uint8
	if role == partner && g.chance(50) {
		cat = g.orgs[o].cat
	}
	g.roleChange(a, "listed", nil, o, role, cat)
	if !found {
		// Since [..hi], where hi is the publication's upper bound.
		g.begin(o, role, date{e: minDay, l: a.pub.l})
	}
	return true
}

// succeed passes p's seat to s, if both have room.
func (g *gen) succeed(a *ann, p, s int32) bool {
	if p == s || !g.orgs[p].agency || !g.orgs[s].agency || !g.ongoing(p, member) || g.ongoing(s, member) {
		return false
	}
	last := max(g.orgs[p].last, g.orgs[s].last)
	eff, ok := g.pickEff(last, a.hi, false)
	if !ok {
		return false
	}
	b := g.changeHead(a, "succeeded", &eff, p)
	b = append(b, `,"successor":"`...)
	b = appendUUID(b, g.orgs[s].id)
	g.chg = append(b, `"}`...)
	g.end(p, member, eff)
	g.begin(s, member, eff)
	if c := &g.chair; c.active && c.agency == p {
		// The holder goes on, for the successor.
		c.agency, c.startE, c.maxPubE = s, eff.e, a.pub.e
		c.last = max(c.last, eff.l)
	}
	return true
}

func (g *gen) leave(a *ann, o int32, role int) bool {
	if !g.ongoing(o, role) {
		return false
	}
	eff, ok := g.pickEff(g.orgs[o].last, a.hi, false)
	if !ok {
		return false
	}
	g.roleChange(a, "left", &eff, o, role, 0)
	g.end(o, role, eff)
	if c := &g.chair; c.active && role == member && c.agency == o {
		// A member that leaves gives up the chair: the fold ends the
		// tenure, and the next appointment comes after the departure.
		c.active = false
		c.last = max(c.last, eff.l)
	}
	return true
}

func (g *gen) rename(a *ann, o int32) bool {
	eff, ok := g.pickEff(g.orgs[o].last, a.hi, false)
	if !ok {
		return false
	}
	t := g.orgs[o].tmpl
	// The new name: another base of the same kind and language.
	base, lang, kind := t.name, t.lang, "official"
	if t.cat == 0 {
		ts := agencies[t.lang]
		if g.orgs[o].jur < 0 {
			ts = internationals[-1-g.orgs[o].jur]
		}
		base = ts[g.r.IntN(len(ts))].name
	}
	switch x := g.r.IntN(100); {
	case x < 15 && t.short != "":
		base, kind = t.short, "short"
	case x < 30 && t.en != "":
		base, lang, kind = t.en, en, "alias"
	}
	num := g.nextNum
	g.nextNum++
	b := g.changeHead(a, "renamed", &eff, o)
	b = append(b, `,"name":`...)
	b = appendName(b, base, lang, num, kind)
	if g.chance(20) {
		b = b[:len(b)-1]
		b = append(b, `,"period":"`...)
		b = eff.appendTo(b)
		b = append(b, `/.."}`...)
	}
	g.chg = append(b, '}')
	g.touch(o, eff)
	return true
}

// nextPerson returns a person no one has appointed yet: one of the
// document's own people, or one the announcement introduces.
func (g *gen) nextPerson(a *ann) int32 {
	if g.poolNext < g.poolEnd && g.chance(50) {
		g.poolNext++
		return int32(g.poolNext - 1)
	}
	if a.nppl > 0 {
		g.ppl = append(g.ppl, ',')
	}
	a.nppl++
	g.ppl = g.appendPerson(g.ppl)
	return int32(len(g.people) - 1)
}

func (g *gen) postChange(a *ann, kind string, eff *date, o, person int32) {
	b := g.changeHead(a, kind, eff, o)
	b = append(b, `,"post":"chair","person":"`...)
	b = appendUUID(b, g.people[person])
	g.chg = append(b, `"}`...)
}

// appoint appoints a new chair for member agency o, perhaps after an
// election, strictly after every earlier date of the chair.
func (g *gen) appoint(a *ann, o int32) bool {
	if !g.orgs[o].agency || !g.ongoing(o, member) {
		return false
	}
	c := &g.chair
	last := max(g.orgs[o].last, c.last)
	var elected date
	elect := a.nchg < 3 && g.chance(20)
	if elect {
		var ok bool
		if elected, ok = g.pickEff(g.orgs[o].last, a.hi, false); !ok || elected.l >= a.hi {
			elect = false
		} else {
			last = max(last, elected.l)
		}
	}
	eff, ok := g.pickEff(last, a.hi, false)
	if !ok {
		return false
	}
	p := g.nextPerson(a)
	if elect {
		g.postChange(a, "elected", &elected, o, p)
	}
	g.postChange(a, "appointed", &eff, o, p)
	*c = chair{active: true, agency: o, person: p, startE: eff.e, maxPubE: a.pub.e, last: max(c.last, eff.l)}
	return true
}

// listHolder lists the chair's holder without a date: the current one, as
// a source, or (rarely) a new one, whose tenure the fold starts in the
// range after the last announcement that names the current holder.
func (g *gen) listHolder(a *ann, o int32, fresh bool) bool {
	c := &g.chair
	if !fresh {
		if !c.active || c.startE > a.pub.l || !g.mayInclude(c.agency, member, a.pub) {
			return false
		}
		b := g.changeHead(a, "listed", nil, c.agency)
		b = append(b, `,"post":"chair","person":"`...)
		b = appendUUID(b, g.people[c.person])
		g.chg = append(b, `"}`...)
		c.maxPubE = max(c.maxPubE, a.pub.e)
		return true
	}
	if g.handovers >= 32 || !g.orgs[o].agency || !g.mayInclude(o, member, a.pub) {
		return false
	}
	start := int32(minDay)
	if c.active {
		start = max(c.maxPubE, c.startE) + 1
		if start >= a.pub.hiBoundEarliest() {
			return false
		}
	}
	g.handovers++
	p := g.nextPerson(a)
	g.postChange(a, "listed", nil, o, p)
	*c = chair{active: true, agency: o, person: p, startE: start, maxPubE: a.pub.e, last: max(c.last, a.pub.l)}
	return true
}

// primary writes the change that brings organization k to the alliance.
func (g *gen) primary(a *ann, k int) {
	o := int32(k)
	if g.orgs[k].agency {
		x := g.r.IntN(100)
		switch {
		case x < 8 && k > 0:
			// Takes over the seat of an earlier member.
			for range 6 {
				if g.succeed(a, int32(g.r.IntN(k)), o) {
					return
				}
			}
		case x < 14 || g.orgs[k].parent >= 0 && x < 50:
			if g.listed(a, o, member) {
				return
			}
		}
		g.join(a, o, member, true)
		return
	}
	if g.chance(5) && g.listed(a, o, partner) {
		return
	}
	g.join(a, o, partner, true)
}

// extraChange writes one more change about the organizations introduced
// so far (those below limit), if it finds one that the fold accepts.
func (g *gen) extraChange(a *ann, limit int) {
	if limit == 0 {
		return
	}
	pick := func() int32 { return int32(g.r.IntN(limit)) }
	x := g.r.IntN(100)
	for range 6 {
		o := pick()
		role := member
		if !g.orgs[o].agency || g.orgs[o].head[partner] >= 0 && g.chance(50) {
			role = partner
		}
		var ok bool
		switch {
		case x < 22:
			ok = g.leave(a, o, role)
		case x < 30:
			ok = g.ended(o, role) && g.join(a, o, role, false)
		case x < 38:
			ok = g.succeed(a, o, pick())
		case x < 53:
			ok = g.rename(a, o)
		case x < 90:
			ok = g.ongoing(o, role) && g.listed(a, o, role)
		case x < 96:
			ok = g.appoint(a, o)
		case x < 99:
			ok = g.listHolder(a, o, false)
		default:
			ok = g.listHolder(a, o, true)
		}
		if ok {
			return
		}
	}
}

// --- JSON ---

const hexDigits = "0123456789abcdef"

func appendUUID(b []byte, id [16]byte) []byte {
	for i, c := range id {
		if i == 4 || i == 6 || i == 8 || i == 10 {
			b = append(b, '-')
		}
		b = append(b, hexDigits[c>>4], hexDigits[c&0xf])
	}
	return b
}

// appendEscaped appends s escaped for a JSON string, without quotes.
func appendEscaped(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		case c < 0x20:
			b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
		default:
			b = append(b, c)
		}
	}
	return b
}

func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	b = appendEscaped(b, s)
	return append(b, '"')
}

// appendNumber appends n in the digits of the language: Arabic-Indic digits
// for Arabic, ASCII digits otherwise.
func appendNumber(b []byte, n int32, lang int) []byte {
	start := len(b)
	b = strconv.AppendInt(b, int64(n), 10)
	if lang != ar {
		return b
	}
	var tmp [12]byte
	digits := append(tmp[:0], b[start:]...)
	b = b[:start]
	for _, d := range digits {
		b = append(b, 0xd9, 0xa0+(d-'0')) // U+0660 + d
	}
	return b
}

// appendLetters appends n as width letters A to Z, most significant first.
func appendLetters(b []byte, n, width int) []byte {
	start := len(b)
	for range width {
		b = append(b, 0)
	}
	for i := len(b) - 1; i >= start; i-- {
		b[i] = byte('A' + n%26)
		n /= 26
	}
	return b
}

// appendName appends a name object: base and number as text.
func appendName(b []byte, base string, lang int, num int32, kind string) []byte {
	b = append(b, `{"text":"`...)
	b = appendEscaped(b, base)
	b = append(b, ' ')
	// Arabic digits go with Arabic letters only: a Latin name with them
	// mixes scripts, which the package refuses.
	digits := lang
	if lang == ar && base != "" && base[0] < utf8.RuneSelf {
		digits = en
	}
	b = appendNumber(b, num, digits)
	b = append(b, `","lang":"`...)
	b = append(b, langTags[lang]...)
	b = append(b, `","kind":"`...)
	b = append(b, kind...)
	return append(b, `"}`...)
}
