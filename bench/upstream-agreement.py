#!/usr/bin/env python3
"""How much of an annotation patch of QEMU 7.2 upstream QEMU also made.

QEMU 10.0 is what upstream did to 7.2 by hand. For the functions that exist
in both trees (same name) and that the 7.2 build compiles (defined in a unit
of the facts directory), this prints, per kind of edit:

- precision: of the patch's edits, the share that 10.0 also has: a
  `coroutine_fn` (or `coroutine_mixed_fn`) inserted into function f counts
  once per function, and is agreed when some declaration of f in 10.0
  carries that marker; a call in f renamed to the `_co_` twin t is agreed
  when f's body in 10.0 calls t;
- recall: of the markers 10.0 added to such functions (present in 10.0,
  absent from every declaration in 7.2), the share the patch inserts.

  python3 bench/upstream-agreement.py --old /var/cache/coroplugin/qemu/qemu-7.2+dfsg \\
      --new /var/cache/coroplugin/qemu10/qemu-10.0.13+ds --facts FACTS_DIR PATCH.diff

Functions are matched by name; a name defined in several files of a tree
(static helpers) is one function here, marked when any of them is. The C
reader is lexical (comments, strings and preprocessor lines removed, braces
counted), which is enough for QEMU's style of declarations.
"""

import argparse
import glob
import json
import os
import re
import sys

MARKERS = ("coroutine_fn", "coroutine_mixed_fn")
TOKEN = re.compile(r"[A-Za-z_]\w*|\S")
COMMENT_OR_LITERAL = re.compile(
    r'//[^\n]*|/\*.*?\*/|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'', re.S)
# A marker word as the patch inserts it (" coroutine_fn" or "coroutine_fn ").
INSERTED = re.compile(r"^\s*(%s)\s*$" % "|".join(MARKERS))


def strip(text):
    """text without comments, literals and preprocessor lines (each replaced
    by blanks of the same length, so offsets still hold)."""
    def blank(m):
        return re.sub(r"[^\n]", " ", m.group(0))
    text = COMMENT_OR_LITERAL.sub(blank, text)
    out = []
    cont = False
    for line in text.split("\n"):
        directive = cont or line.lstrip().startswith("#")
        cont = directive and line.endswith("\\")
        out.append(" " * len(line) if directive else line)
    return "\n".join(out)


def declarations(text):
    """(name, head words, body or None, offset of name) of each function
    declared or defined at file scope: the head is what stands between the
    previous `;`, `}` or `{` and the name's `(`."""
    text = strip(text)
    toks = [(m.group(0), m.start()) for m in TOKEN.finditer(text)]
    depth = 0
    head = []
    i = 0
    while i < len(toks):
        tok, at = toks[i]
        if depth == 0 and tok in (";", "}") or tok == "{" and depth > 0:
            head = []
        if tok == "{":
            depth += 1
        elif tok == "}":
            depth = max(0, depth - 1)
            if depth == 0:
                head = []
        elif depth == 0 and tok == "(" and head and re.match(r"[A-Za-z_]", head[-1][0]) \
                and "=" not in [h[0] for h in head]:
            name, name_at = head[-1]
            # The parameter list, then a body or not.
            j, paren = i, 0
            while j < len(toks):
                if toks[j][0] == "(":
                    paren += 1
                elif toks[j][0] == ")":
                    paren -= 1
                    if paren == 0:
                        break
                j += 1
            k = j + 1
            while k < len(toks) and toks[k][0] not in ("{", ";", ",", "="):
                k += 1
            body = None
            if k < len(toks) and toks[k][0] == "{":
                d, m = 0, k
                while m < len(toks):
                    if toks[m][0] == "{":
                        d += 1
                    elif toks[m][0] == "}":
                        d -= 1
                        if d == 0:
                            break
                    m += 1
                body = text[toks[k][1]:toks[m][1] + 1] if m < len(toks) else ""
                trailing = [t for t, _ in toks[j + 1:k]]
                yield name, [h for h, _ in head[:-1]] + trailing, body, name_at
                i = m + 1
                head = []
                continue
            trailing = [t for t, _ in toks[j + 1:k]]
            yield name, [h for h, _ in head[:-1]] + trailing, None, name_at
            i = k
            head = []
            continue
        elif depth == 0:
            head.append((tok, at))
        i += 1


class Tree:
    """Per function name: its markers (union over declarations) and the
    names its bodies call."""

    def __init__(self, root):
        self.root = root
        self.markers = {}
        self.calls = {}
        for path in glob.iglob(os.path.join(root, "**", "*.[ch]"), recursive=True):
            if "/tests/" in path or "/roms/" in path:
                continue
            try:
                with open(path, encoding="utf-8", errors="replace") as f:
                    text = f.read()
            except OSError:
                continue
            for name, head, body, at in declarations(text):
                marks = self.markers.setdefault(name, set())
                marks.update(w for w in head if w in MARKERS)
                if body is not None:
                    self.calls.setdefault(name, set()).update(
                        re.findall(r"\b([A-Za-z_]\w*)\s*\(", body))


def patch_edits(patch, old_root):
    """(kind, function, detail) of each edit of a unified diff whose changed
    lines keep their number (the report's patches): marker insertions and
    renames of a call."""
    edits = []
    files = {}
    cur = None
    for line in open(patch, encoding="utf-8", errors="replace"):
        if line.startswith("+++ b/"):
            cur = line[6:].rstrip("\n")
            files.setdefault(cur, [])
        elif line.startswith("@@"):
            m = re.match(r"@@ -(\d+)", line)
            files[cur].append([int(m.group(1)), [], []])
        elif cur and files[cur] and line[:1] in " -+" and not line.startswith(("---", "+++")):
            files[cur][-1][1 if line[0] != "+" else 2].append((line[0], line[1:]))
    for rel, hunks in files.items():
        try:
            with open(os.path.join(old_root, rel), encoding="utf-8", errors="replace") as f:
                text = f.read()
        except OSError:
            continue
        starts = [0] + [m.end() for m in re.finditer("\n", text)]
        decls = list(declarations(text))
        for first, old, new in hunks:
            lineno = first - 1
            removed = []
            for tag, l in old:
                if tag == "-":
                    removed.append((lineno, l))
                lineno += 1
            added = [l for _, l in new]
            for (ln, before), after in zip(removed, added):
                for kind, detail, col in diff_words(before.rstrip("\n"), after.rstrip("\n")):
                    fn = enclosing(decls, text, starts[ln] + col, kind)
                    if fn:
                        edits.append((kind, fn, detail))
    return edits


def diff_words(before, after):
    """The insertions of a marker word, and the identifiers replaced by
    another, between one line and its patched form: (kind, detail, column)."""
    out = []
    a, b = TOKEN.findall(before), TOKEN.findall(after)
    i = j = 0
    col = 0
    while i < len(a) or j < len(b):
        if i < len(a) and j < len(b) and a[i] == b[j]:
            col = before.find(a[i], col) + len(a[i])
            i += 1
            j += 1
        elif j < len(b) and b[j] in MARKERS and (i >= len(a) or a[i] != b[j]):
            out.append((b[j], None, col))
            j += 1
        elif i < len(a) and j < len(b):
            out.append(("rename", b[j], before.find(a[i], col)))
            col = before.find(a[i], col) + len(a[i])
            i += 1
            j += 1
        else:
            break
    return out


def enclosing(decls, text, offset, kind):
    """The function an edit at offset belongs to: for a marker, the one
    whose head holds it (the next name after it); for a rename, the body."""
    for name, head, body, at in decls:
        if kind in MARKERS:
            if at >= offset and "(" in text[at:at + len(name) + 40]:
                gap = text[offset:at]
                if ";" not in strip(gap) and "{" not in strip(gap) and "}" not in strip(gap):
                    return name
        elif body is not None:
            start = text.find("{", at)
            if start <= offset <= start + len(body):
                return name
    return None


def compiled_functions(facts_dir):
    names = set()
    for path in glob.iglob(os.path.join(facts_dir, "*.facts.json")):
        with open(path) as f:
            data = json.load(f)
        for fn in data.get("functions", []):
            if fn.get("defined"):
                names.add(fn["name"])
    return names


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--old", required=True, help="QEMU 7.2 source tree (unpatched)")
    ap.add_argument("--new", required=True, help="QEMU 10.0 source tree")
    ap.add_argument("--facts", required=True,
                    help="facts directory of the 7.2 build: its defined functions are the compiled ones")
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="name the edits 10.0 does not have and the markers not made")
    ap.add_argument("patch", nargs="+", help="patches of the 7.2 tree, each measured alone")
    args = ap.parse_args()

    old, new = Tree(args.old), Tree(args.new)
    compiled = compiled_functions(args.facts)
    both = {f for f in compiled if f in old.markers and f in new.markers}
    added = {m: {f for f in both if m in new.markers[f] and m not in old.markers[f]}
             for m in MARKERS}
    print("functions compiled in 7.2 and present in 10.0: %d; markers 10.0 added to them: %s"
          % (len(both), ", ".join("%s %d" % (m, len(added[m])) for m in MARKERS)))
    for patch in args.patch:
        edits = patch_edits(patch, args.old)
        print("%s:" % patch)
        for kind in MARKERS + ("rename",):
            mine = {(f, d) for k, f, d in edits if k == kind}
            inside = {(f, d) for f, d in mine if f in both}
            if kind == "rename":
                agreed = {(f, d) for f, d in inside if d in new.calls.get(f, ())}
            else:
                agreed = {(f, d) for f, d in inside if kind in new.markers[f]}
            line = "  %-18s edits %4d (%d in both trees), in 10.0 too %4d" % (
                kind, len(mine), len(inside), len(agreed))
            if inside:
                line += ", precision %5.1f%%" % (100.0 * len(agreed) / len(inside))
            if kind in MARKERS and added[kind]:
                made = {f for f, _ in mine} & added[kind]
                line += "; recall %d/%d = %5.1f%%" % (len(made), len(added[kind]),
                                                     100.0 * len(made) / len(added[kind]))
            print(line)
            if args.verbose:
                for f, d in sorted(inside - agreed):
                    print("    not in 10.0: %s %s" % (f, d or ""))
                if kind in MARKERS:
                    for f in sorted(added[kind] - {f for f, _ in mine}):
                        print("    not made: %s" % f)
    return 0


if __name__ == "__main__":
    sys.exit(main())
