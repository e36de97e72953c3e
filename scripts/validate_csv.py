#!/usr/bin/python3
"""Check a CSV file written by vgtcsv: RFC 4180 and safe in a spreadsheet.

Usage: validate_csv.py FILE FIRST_COLUMN

The file must be UTF-8 with CRLF line ends, parse with Python's csv module
(strict), have a header row whose first column is FIRST_COLUMN, give every
row as many cells as the header, and hold no cell that a spreadsheet would
run as a formula (one that begins with =, +, -, @, a tab or a carriage
return: vgtcsv writes those with a leading apostrophe).
"""
import csv
import io
import sys


def main(path, first):
    with open(path, "rb") as f:
        raw = f.read()
    text = raw.decode("utf-8")
    errors = []
    if text and not text.endswith("\r\n"):
        errors.append("the last line does not end in CRLF")
    rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    if not rows:
        sys.exit(f"csv: {path}: no header row")
    header = rows[0]
    if header[0] != first:
        errors.append(f"the header starts with {header[0]!r}, not {first!r}")
    for i, row in enumerate(rows[1:], start=2):
        if len(row) != len(header):
            errors.append(f"row {i} has {len(row)} cells, the header {len(header)}")
        for j, cell in enumerate(row):
            if cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
                errors.append(f"row {i} column {header[j] if j < len(header) else j}: {cell[:20]!r} would run as a formula")
    for e in errors:
        print(f"csv: {path}: {e}")
    print(f"csv: {path.rsplit('/', 1)[-1]}: {len(rows) - 1} rows of {len(header)} columns, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
