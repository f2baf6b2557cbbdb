#!/usr/bin/env python3
"""Reviewed expected-findings files of the real-QEMU tests (test/qemu/README.md).

    # free comment lines (the leading block is kept by --update)
    counts: coroutine-caller 5, mixed-dispatch 10; total 15
    block.c:1719:18: warning: non-coroutine function 'f' calls ... [-Wcoroutine,coroutine-caller]
        reason: why this finding is right (or TODO-REVIEW)

An entry is compared on (file, check, message); its line:col is shown but not
compared, so a point release that only moves code still passes. The check is
the last comma-separated word of the message's trailing [...] tag. Entries are
a multiset: the same message twice in a file is two entries. Every entry needs
a reason line, and the counts line must equal the entries' counts; --update
writes both from the actual findings and keeps the reasons of entries that
still match.

As a command: expected.py FILE --findings FINDINGS [--update] (one finding
per line), or with --report-json JSON --source-dir DIR [--build-dir DIR] for
coroplugin-report's --format=json output; --counts prints the counts line.
"""

import argparse
import collections
import json
import os
import re
import sys

FINDING_RE = re.compile(
    r"^(?P<path>[^\s:][^:]*):(?P<line>\d+):(?P<col>\d+): (?P<kind>[a-z ]+): "
    r"(?P<msg>.*\[(?:[^\]]*,)?(?P<check>[^\],]+)\])$")
REASON_RE = re.compile(r"^\s+reason:\s*(?P<reason>.*?)\s*$")
TODO = "TODO-REVIEW"


class Finding:
    def __init__(self, text, reason=None):
        m = FINDING_RE.match(text)
        if not m:
            raise ValueError("not a finding: " + text)
        self.text = text
        self.path, self.check, self.msg = m["path"], m["check"], m["msg"]
        self.pos = (int(m["line"]), int(m["col"]))
        self.reason = reason

    @property
    def key(self):
        return (self.path, self.check, self.msg)

    def order(self):
        return (self.path, self.pos, self.msg)


def counts_line(findings):
    c = collections.Counter(f.check for f in findings)
    return "counts: %s; total %d" % (
        ", ".join("%s %d" % kv for kv in sorted(c.items())) or "none", len(findings))


def load(path):
    """(leading comment lines, counts line or None, entries, errors)."""
    with open(path) as f:
        lines = [l.rstrip("\n") for l in f]
    head, counts, entries, errors = [], None, [], []
    in_head = True
    for n, line in enumerate(lines, 1):
        where = "%s:%d" % (path, n)
        if not line.strip() or line.startswith("#"):
            if in_head:
                head.append(line)
            continue
        in_head = False
        m = REASON_RE.match(line)
        if m:
            if not entries or entries[-1].reason is not None:
                errors.append("%s: a reason line must follow its finding" % where)
            elif not m["reason"]:
                errors.append("%s: empty reason" % where)
            else:
                entries[-1].reason = m["reason"]
            continue
        if line.startswith("counts:"):
            if counts is not None:
                errors.append("%s: a second counts line" % where)
            counts = line
            continue
        if entries and entries[-1].reason is None:
            errors.append("%s: no reason line for: %s" % (where, entries[-1].text))
        try:
            entries.append(Finding(line))
        except ValueError as e:
            errors.append("%s: %s" % (where, e))
    if entries and entries[-1].reason is None:
        errors.append("%s: no reason line for: %s" % (path, entries[-1].text))
    while head and not head[-1].strip():
        head.pop()
    return head, counts, entries, errors


def unique_findings(texts):
    """Findings from finding lines. A header's diagnostic printed by several
    units is one finding: duplicates at the same line:col are dropped."""
    return sorted((Finding(t) for t in set(texts)), key=Finding.order)


def match(expected, actual):
    """(missing, unexpected, moved): expected entries without an actual
    finding, actual findings without an entry, and pairs that matched at
    another line:col. Equal keys pair up in line order."""
    pool = collections.defaultdict(list)
    for e in sorted(expected, key=Finding.order):
        pool[e.key].append(e)
    unexpected, moved = [], []
    for a in actual:
        if pool[a.key]:
            e = pool[a.key].pop(0)
            a.reason = e.reason
            if e.pos != a.pos:
                moved.append((e, a))
        else:
            unexpected.append(a)
    missing = [e for es in pool.values() for e in es]
    return sorted(missing, key=Finding.order), unexpected, moved


def inherit_reasons(missing, unexpected):
    """For --update: a finding whose message changed but that stands where a
    no longer found entry of the same check stood keeps that entry's reason,
    marked for review."""
    at = {(e.path, e.check, e.pos): e for e in missing}
    for a in unexpected:
        e = at.pop((a.path, a.check, a.pos), None)
        if e and e.reason != TODO:
            a.reason = "%s (message changed: %s)" % (e.reason, TODO)


def write(path, head, actual):
    with open(path, "w") as f:
        for l in head:
            f.write(l + "\n")
        f.write(counts_line(actual) + "\n")
        for a in actual:
            f.write("%s\n    reason: %s\n" % (a.text, a.reason or TODO))


def compare(path, texts, update=False, out=sys.stdout):
    """Compare finding lines with the expected file PATH (or rewrite it with
    update); print what differs. True when they agree."""
    actual = unique_findings(texts)
    name = os.path.relpath(path)
    if name.startswith(".."):
        name = path
    if update:
        head, _, expected, _ = load(path) if os.path.exists(path) else ([], None, [], [])
        inherit_reasons(*match(expected, actual)[:2])
        write(path, head, actual)
        todo = sum(1 for a in actual if a.reason is None or TODO in a.reason)
        print("expected: wrote %s: %s (%d entries with reason %s)"
              % (name, counts_line(actual), todo, TODO), file=out)
        return True
    head, counts, expected, errors = load(path)
    ok = True
    for e in errors:
        print("expected: error: " + e, file=out)
        ok = False
    if counts != counts_line(expected):
        print("expected: error: %s: the counts line must be '%s' (found %s); "
              "rerun with COROPLUGIN_QEMU_UPDATE=1" % (name, counts_line(expected),
                                                      repr(counts) if counts else "none"),
              file=out)
        ok = False
    missing, unexpected, moved = match(expected, actual)
    if missing or unexpected:
        print("expected: findings differ from %s (compared on file, check and message; "
              "lines are shown, not compared):" % name, file=out)
        both = [("-", e) for e in missing] + [("+", a) for a in unexpected]
        for sign, f in sorted(both, key=lambda sf: (sf[1].order(), sf[0])):
            print("%s %s" % (sign, f.text), file=out)
            if f.reason:
                print("      reason was: %s" % f.reason, file=out)
        print("expected: %d expected entries not found (-), %d findings not expected (+); "
              "after review, COROPLUGIN_QEMU_UPDATE=1 rewrites the file keeping reasons"
              % (len(missing), len(unexpected)), file=out)
        ok = False
    print("expected: %s: %s" % (name, counts_line(actual)), file=out)
    if moved:
        print("expected: %d entries matched at another line (not compared)" % len(moved), file=out)
    todo = sum(1 for e in expected if TODO in (e.reason or ""))
    if todo:
        print("expected: error: %d entries of %s still have reason %s: review them"
              % (todo, name, TODO), file=out)
        ok = False
    if ok:
        print("expected: findings match %s" % name, file=out)
    return ok


def report_findings(json_path, source_dir, build_dir=None):
    """coroplugin-report --format=json's warnings as finding lines, tagged
    [coroutine-report,<kind>]; paths relative to SOURCE_DIR, and files in
    BUILD_DIR as build/<path>, as compile-units.py writes them."""
    with open(json_path) as f:
        data = json.load(f)
    roots = [(os.path.realpath(source_dir) + os.sep, "")]
    if build_dir:
        roots.insert(0, (os.path.realpath(build_dir) + os.sep, "build/"))
    lines = []
    for d in data.get("findings", []):
        if d.get("severity") != "warning":
            continue
        path = d.get("file", "<unknown>")
        for root, shown in roots:
            if path.startswith(root):
                path = shown + path[len(root):]
                break
        lines.append("%s:%d:%d: warning: %s [coroutine-report,%s]" % (
            path, d.get("line", 0), d.get("col", 0), d["message"], d["kind"]))
    return lines


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("expected", nargs="?", help="the reviewed file")
    ap.add_argument("--findings", help="file with one finding per line")
    ap.add_argument("--report-json", help="coroplugin-report --format=json output")
    ap.add_argument("--source-dir", default=".", help="report paths are made relative to it")
    ap.add_argument("--build-dir", help="report paths in it are written build/<path>")
    ap.add_argument("--update", action="store_true", help="rewrite EXPECTED, keeping reasons")
    ap.add_argument("--counts", action="store_true",
                    help="print the findings' counts line instead of comparing")
    args = ap.parse_args()
    if args.report_json:
        texts = report_findings(args.report_json, args.source_dir, args.build_dir)
    elif args.findings:
        with open(args.findings) as f:
            texts = [l.rstrip("\n") for l in f if l.strip()]
    else:
        ap.error("give --findings or --report-json")
    if args.counts:
        print(counts_line(unique_findings(texts)))
        return 0
    if not args.expected:
        ap.error("give EXPECTED, or --counts")
    return 0 if compare(args.expected, texts, args.update) else 1


if __name__ == "__main__":
    sys.exit(main())
