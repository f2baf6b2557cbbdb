#!/usr/bin/env python3
"""Checks that everything naming the report's items agrees with report/Items.def.

Usage: item-registry.py SOURCE_ROOT

docs/report.md's item table lists exactly the ITEM entries (number, name,
default, title) and each has its "## Item N: title" section; its findings
table names exactly the KIND entries; every KIND belongs to a listed item
(or none) and its SARIF help page and anchor exist under docs/. Prints one
line per disagreement and exits 1 if there is any.
"""
import os
import re
import sys

ITEM = re.compile(r'ITEM\(\s*(\d+)\s*,\s*"([^"]+)"\s*,\s*(\w+)\s*,\s*"([^"]+)"')
KIND = re.compile(r'KIND\(\s*(\w+)\s*,\s*"([^"]+)"\s*,\s*(\d+)\s*,\s*"([^"]+)"')
ITEM_ROW = re.compile(r'^\| (\d+) \| `([^`]+)` \| ([^|]+) \| ([^|]+) \|$')
DEFAULTS = {"Shown": "its warnings", "Asked": "no", "DotFile": "`--dot=FILE` only"}


def slug(heading):
    """GitHub's anchor of a heading."""
    s = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return s.replace(" ", "-")


def main():
    root = sys.argv[1]
    errors = []
    with open(os.path.join(root, "report", "Items.def")) as f:
        text = re.sub(r"//[^\n]*", "", f.read())
    items = [(int(n), name, d, title) for n, name, d, title in ITEM.findall(text)]
    kinds = [(kid, kind, int(item), page) for kid, kind, item, page in KIND.findall(text)]
    if not items or not kinds:
        errors.append("no ITEM(...) or KIND(...) entries in report/Items.def")
    numbers = [n for n, _, _, _ in items]
    for what, names in (("item number", numbers),
                        ("item name", [i[1] for i in items]),
                        ("kind", [k[1] for k in kinds])):
        for x in sorted(set(names), key=str):
            if names.count(x) > 1:
                errors.append("report/Items.def: %s '%s' twice" % (what, x))
    for _, kind, item, page in kinds:
        if item and item not in numbers:
            errors.append("report/Items.def: kind '%s' is of item %d, which "
                          "is not registered" % (kind, item))
        doc, _, anchor = page.partition("#")
        path = os.path.join(root, "docs", doc)
        if not os.path.isfile(path):
            errors.append("kind '%s': no docs/%s" % (kind, doc))
            continue
        with open(path) as f:
            anchors = {slug(l.lstrip("#")) for l in f if l.startswith("#")}
        if anchor and anchor not in anchors:
            errors.append("kind '%s': docs/%s has no section #%s" % (kind, doc, anchor))

    with open(os.path.join(root, "docs", "report.md")) as f:
        lines = [l.rstrip("\n") for l in f]
    rows = [m.groups() for m in map(ITEM_ROW.match, lines) if m]
    listed = [(int(n), name, d.strip(), t.strip()) for n, name, d, t in rows]
    want = [(n, name, DEFAULTS.get(d, d), t) for n, name, d, t in items]
    for row in listed:
        if row not in want:
            errors.append("docs/report.md: item row %s is not in Items.def" % (row,))
    for row in want:
        if row not in listed:
            errors.append("docs/report.md: no item row %s" % (row,))
    headings = set(l for l in lines if l.startswith("## Item "))
    for n, _, _, title in items:
        if "## Item %d: %s" % (n, title) not in headings:
            errors.append("docs/report.md: no section '## Item %d: %s'" % (n, title))

    table, in_table = set(), False
    for l in lines:
        if l.startswith("| finding | kind |"):
            in_table = True
        elif in_table and l.startswith("|"):
            m = re.match(r"^\|[^|]*\| `([^`]+)` \|", l)
            if m:
                table.add(m.group(1))
        elif in_table:
            in_table = False
    registered = {k[1] for k in kinds}
    for kind in sorted(table - registered):
        errors.append("docs/report.md's findings table has kind '%s', which is "
                      "not in Items.def" % kind)
    for kind in sorted(registered - table):
        errors.append("docs/report.md's findings table does not list '%s'" % kind)

    for e in errors:
        print("item-registry: error: " + e)
    if not errors:
        print("item-registry: %d items and %d kinds agree" % (len(items), len(kinds)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
