#!/usr/bin/env python3
"""Checks data/vgt.json, the embedded dataset, without the Go package.

Usage: scripts/check-data.py [data/vgt.json] [timeline.md]

It checks what a reviewer of the record would otherwise check by eye:

  - the file is well-formed JSON with the document's four fields;
  - every ID is a canonical (lower-case, hyphenated) UUID, and no ID is
    used twice, across the alliance, organizations, people and
    announcements;
  - every organization and person a change, quote or parent names is
    defined, and defined before use in the order the fold applies the
    announcements (by publication date, as vgt.Date.Compare orders them,
    then by ID); a parent may be defined anywhere, as Load checks parents
    once every organization is known;
  - every date is in the EDTF forms the package accepts ("2003",
    "2010-06", "2007-10-30", "[2011-04-07..2011-05-31]",
    "[..2011-11-07]", "[2010-03-09..]"), a real calendar date, and a
    range's bounds strictly ordered and disjoint;
  - no change takes effect later than its announcement's publication can
    (the effective date's last day is on or before the publication's last
    day) unless it is planned; "listed" and "named" carry no effective
    date;
  - every source URL that matches one of the timeline's section 7 (the
    source list) is spelled exactly as there.

It prints one line per problem and exits 1 if there is any; otherwise it
prints a summary: counts, the timeline sources the record cites, and the
URLs it cites that the timeline's list does not hold.
"""

import calendar
import datetime
import json
import re
import sys
from urllib.parse import urlsplit

DATA = sys.argv[1] if len(sys.argv) > 1 else 'data/vgt.json'
TIMELINE = sys.argv[2] if len(sys.argv) > 2 else '/work/shared/sources/vgt-timeline-2003-2025.md'

problems = []


def problem(where, msg):
    problems.append(f'{where}: {msg}')


UUID_RE = re.compile(r'^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$')
CIVIL_RE = re.compile(r'^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$')
MIN, MAX = datetime.date(1, 1, 1), datetime.date(9999, 12, 31)


def civil(s):
    """Returns (earliest, latest) of a simple date, or raises ValueError."""
    m = CIVIL_RE.match(s)
    if not m:
        raise ValueError(f'not YYYY, YYYY-MM or YYYY-MM-DD: {s!r}')
    y = int(m.group(1))
    if y < 1:
        raise ValueError(f'year 0000: {s!r}')
    if m.group(2) is None:
        return datetime.date(y, 1, 1), datetime.date(y, 12, 31)
    mo = int(m.group(2))
    if not 1 <= mo <= 12:
        raise ValueError(f'no month {mo}: {s!r}')
    last = calendar.monthrange(y, mo)[1]
    if m.group(3) is None:
        return datetime.date(y, mo, 1), datetime.date(y, mo, last)
    d = int(m.group(3))
    if not 1 <= d <= last:
        raise ValueError(f'no day {d} in {y}-{mo:02d}: {s!r}')
    day = datetime.date(y, mo, d)
    return day, day


class Date:
    """An EDTF date as the package reads it: bounds and its text."""

    def __init__(self, s):
        if not isinstance(s, str) or s == '':
            raise ValueError('empty date')
        self.text = s
        if s.startswith('['):
            if not s.endswith(']') or s.count('..') != 1:
                raise ValueError(f'a range is "[lo..hi]": {s!r}')
            lo, hi = s[1:-1].split('..')
            if lo == '' and hi == '':
                raise ValueError(f'a range needs a bound: {s!r}')
            self.earliest = civil(lo)[0] if lo else MIN
            self.latest = civil(hi)[1] if hi else MAX
            if lo and hi and not civil(lo)[1] < civil(hi)[0]:
                raise ValueError(f'bounds not strictly ordered and disjoint: {s!r}')
            self.open_lo = lo == ''
        else:
            self.earliest, self.latest = civil(s)
            self.open_lo = False

    def key(self):
        # vgt.Date.Compare: earliest, then latest, then the text form (an
        # open lower bound is the zero time, before every day).
        lo = datetime.date.min if self.open_lo else self.earliest
        return (lo, self.latest, self.text)


def date(where, s):
    try:
        return Date(s)
    except ValueError as e:
        problem(where, f'bad date: {e}')
        return None


def check_id(where, s, seen):
    if not isinstance(s, str) or not UUID_RE.match(s):
        problem(where, f'not a canonical UUID: {s!r}')
        return
    if s in seen:
        problem(where, f'ID {s} is also the ID of {seen[s]}')
    else:
        seen[s] = where


def section7(path):
    """The source list of the timeline: S-ID -> [URL, ...]."""
    try:
        text = open(path, encoding='utf-8').read()
    except OSError as e:
        print(f'note: cannot read the timeline ({e}); source spellings not checked')
        return {}
    part = text.split('## 7.', 1)[-1]
    out = {}
    for line in part.splitlines():
        m = re.match(r'^\* (S\d\d) (.*)$', line)
        if not m:
            continue
        urls = re.findall(r'https?://[^\s;()]+', m.group(2))
        out[m.group(1)] = urls
    return out


def loose(url):
    """A URL reduced for matching misspellings: host without www, path
    without a trailing slash, lower case, no scheme."""
    u = urlsplit(url)
    host = u.netloc.lower()
    if host.startswith('www.'):
        host = host[4:]
    path = u.path.rstrip('/').lower()
    return host + path


def main():
    try:
        doc = json.load(open(DATA, encoding='utf-8'))
    except (OSError, ValueError) as e:
        print(f'{DATA}: not well-formed JSON: {e}')
        return 1
    for f in ('alliance', 'organizations', 'people', 'announcements'):
        if f not in doc:
            problem(DATA, f'no field {f!r}')
    if problems:
        return report()

    seen = {}
    alliance = doc['alliance']
    if 'id' in alliance:
        check_id('alliance.id', alliance['id'], seen)
    orgs_at = {}   # org ID -> fold position where it is known (-1: from the start)
    people_at = {}
    parents = []   # (where, parent ID)
    for i, o in enumerate(doc['organizations']):
        check_id(f'organizations[{i}].id', o.get('id'), seen)
        orgs_at[o.get('id')] = -1
        if o.get('parent'):
            parents.append((f'organizations[{i}].parent', o['parent']))
    for i, pe in enumerate(doc['people']):
        check_id(f'people[{i}].id', pe.get('id'), seen)
        people_at[pe.get('id')] = -1

    anns = doc['announcements']
    pubs = []
    for i, an in enumerate(anns):
        w = f'announcements[{i}]'
        check_id(w + '.id', an.get('id'), seen)
        pubs.append(date(w + '.published', an.get('published')))
        for j, o in enumerate(an.get('organizations', [])):
            check_id(f'{w}.organizations[{j}].id', o.get('id'), seen)
            if o.get('parent'):
                parents.append((f'{w}.organizations[{j}].parent', o['parent']))
        for j, pe in enumerate(an.get('people', [])):
            check_id(f'{w}.people[{j}].id', pe.get('id'), seen)

    # The fold's order: publication (vgt.Date.Compare), then the ID's bytes,
    # which order as the canonical text does.
    order = sorted(range(len(anns)), key=lambda i: (pubs[i].key() if pubs[i] else (MAX, MAX, ''), anns[i].get('id', '')))
    for pos, i in enumerate(order):
        for o in anns[i].get('organizations', []):
            orgs_at.setdefault(o.get('id'), pos)
        for pe in anns[i].get('people', []):
            people_at.setdefault(pe.get('id'), pos)

    def known(table, ident, pos, where, what):
        if ident not in table:
            problem(where, f'{what} {ident} is defined nowhere')
        elif table[ident] > pos:
            problem(where, f'{what} {ident} is used before the announcement that introduces it')

    for where, ident in parents:
        if ident not in orgs_at:
            problem(where, f'parent {ident} is defined nowhere')

    for pos, i in enumerate(order):
        an, w, pub = anns[i], f'announcements[{i}]', pubs[i]
        for j, c in enumerate(an.get('changes', [])):
            cw = f'{w}.changes[{j}]'
            for f in ('organization', 'successor', 'parent'):
                if c.get(f):
                    known(orgs_at, c[f], pos, f'{cw}.{f}', 'organization')
            if c.get('person'):
                known(people_at, c['person'], pos, f'{cw}.person', 'person')
            kind, status = c.get('kind'), c.get('status', '')
            if kind in ('listed', 'named'):
                if 'effective' in c:
                    problem(cw + '.effective', f'a {kind!r} change has no effective date')
                continue
            if 'effective' not in c:
                if kind not in ('votedIn', 'elected'):
                    problem(cw, f'a {kind!r} change needs an effective date')
                continue
            eff = date(cw + '.effective', c['effective'])
            if eff and pub and status != 'planned' and eff.latest > pub.latest:
                problem(cw + '.effective', f'{eff.text} may fall after the publication {pub.text}, but the change is not planned')
        for j, q in enumerate(an.get('quotes', [])):
            qw = f'{w}.quotes[{j}]'
            if q.get('speaker'):
                known(people_at, q['speaker'], pos, qw + '.speaker', 'person')
            if q.get('organization'):
                known(orgs_at, q['organization'], pos, qw + '.organization', 'organization')
            if not q.get('speaker') and not q.get('organization'):
                problem(qw, 'a quote needs a speaker or an organization')
    for j, n in enumerate(alliance.get('names', [])):
        if 'period' in n:
            pass  # periods are checked by Load
    for j, m in enumerate(alliance.get('milestones', [])):
        date(f'alliance.milestones[{j}].date', m.get('date'))

    # Source URLs against the timeline's list.
    listed = section7(TIMELINE)
    by_loose = {}
    for sid, urls in listed.items():
        for u in urls:
            by_loose.setdefault(loose(u), []).append((sid, u))
    used, unlisted = set(), []
    sources = [(f'announcements[{i}].source', an.get('source', '')) for i, an in enumerate(anns)]
    sources += [(f'alliance.milestones[{j}].source', m.get('source', '')) for j, m in enumerate(alliance.get('milestones', []))]
    for where, url in sources:
        hits = by_loose.get(loose(url))
        if not hits:
            unlisted.append(url)
            continue
        exact = [sid for sid, u in hits if u == url]
        if exact:
            used.update(exact)
        else:
            problem(where, f'{url!r} is spelled differently in the timeline ({hits[0][0]}: {hits[0][1]!r})')

    if problems:
        return report()
    n_changes = sum(len(an.get('changes', [])) for an in anns)
    n_orgs = len(doc['organizations']) + sum(len(an.get('organizations', [])) for an in anns)
    n_people = len(doc['people']) + sum(len(an.get('people', [])) for an in anns)
    print(f'{DATA}: ok: {len(anns)} announcements, {n_changes} changes, {n_orgs} organizations, '
          f'{n_people} people, {len(alliance.get("milestones", []))} milestones, {len(seen)} IDs')
    ids = sorted(used, key=lambda s: int(s[1:]))
    print(f'timeline sources cited ({len(ids)}): {" ".join(ids)}')
    print(f'timeline sources not cited: {" ".join(s for s in sorted(listed, key=lambda s: int(s[1:])) if s not in used)}')
    for url in sorted(set(unlisted)):
        print(f'cited, not in the timeline\'s list: {url}')
    return 0


def report():
    for p in problems:
        print(p)
    print(f'{len(problems)} problem(s)')
    return 1


if __name__ == '__main__':
    sys.exit(main())
