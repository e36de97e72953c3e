#!/usr/bin/python3
"""Validate a Popolo JSON document against the Popolo JSON Schemas.

Usage: validate_popolo.py SCHEMA_DIR DOCUMENT

SCHEMA_DIR holds the schemas/*.json files of the popolo-spec repository
(draft-03 JSON Schemas that refer to one another by their "id" URLs).
Each object in each collection of DOCUMENT is checked against its schema
with python3-jsonschema's Draft3Validator. Extension fields (properties a
schema does not declare) are allowed by Popolo; they are listed, so that a
reader sees every one.
"""
import json
import os
import sys
import warnings

import jsonschema

# RefResolver is deprecated in newer jsonschema, but it is what Debian's
# python3-jsonschema has in every release that still reads draft-03
# schemas; the warning would only hide the summary lines.
warnings.filterwarnings("ignore", category=DeprecationWarning, message=".*RefResolver")

COLLECTIONS = {
    "organizations": "organization",
    "persons": "person",
    "memberships": "membership",
    "posts": "post",
    "areas": "area",
    "events": "event",
}


def main(schema_dir, path):
    store = {}
    schemas = {}
    for name in sorted(os.listdir(schema_dir)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(schema_dir, name), encoding="utf-8") as f:
            schema = json.load(f)
        store[schema["id"]] = schema
        store[schema["id"].rstrip("#")] = schema
        schemas[name[: -len(".json")]] = schema
    missing = [s for s in COLLECTIONS.values() if s not in schemas]
    if missing:
        sys.exit(f"popolo: {schema_dir} lacks the schemas {missing}")

    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    unknown = sorted(set(doc) - set(COLLECTIONS) - {"recorded_through"})
    if unknown:
        sys.exit(f"popolo: unknown top-level fields {unknown}")

    errors, objects, extensions = 0, 0, {}
    for collection, schema_name in COLLECTIONS.items():
        schema = schemas[schema_name]
        resolver = jsonschema.RefResolver.from_schema(schema, store=store)
        validator = jsonschema.Draft3Validator(
            schema, resolver=resolver, format_checker=jsonschema.FormatChecker()
        )
        declared = set(schema["properties"])
        for i, obj in enumerate(doc.get(collection, [])):
            objects += 1
            for err in validator.iter_errors(obj):
                errors += 1
                where = "/".join(str(p) for p in err.absolute_path)
                print(f"popolo: {collection}[{i}] {where}: {err.message}")
            for key in set(obj) - declared:
                extensions.setdefault(f"{schema_name}.{key}", 0)
                extensions[f"{schema_name}.{key}"] += 1
    ext = ", ".join(f"{k} ({n})" for k, n in sorted(extensions.items())) or "none"
    print(f"popolo: {objects} objects checked against {len(schemas)} schemas, {errors} errors")
    print(f"popolo: extension fields: {ext}")
    return 1 if errors else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
