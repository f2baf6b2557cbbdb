#!/usr/bin/env python3
"""Shrink a failing input, lines first, then tokens, while the failure stays.

  python3 test/fuzz/reduce.py mutant.c --grep "Assertion" -o small.c -- \\
      /usr/lib/llvm-14/bin/clang -fsyntax-only -fplugin=build/lib/libcoroplugin.so {}

Runs the command with {} replaced by a candidate file (same extension, same
directory as the input so that #include "..." still works) and keeps a
candidate when the combined output matches --grep (a regular expression).
--not-grep REGEX additionally requires that REGEX does not match (e.g. to
keep a differential mismatch: --grep 'seen line' ...).  Environment is passed
through (LD_PRELOAD for sanitizer builds).
"""
import argparse
import os
import re
import subprocess
import sys

TOKEN = re.compile(r"""\s+|//[^\n]*|/\*.*?\*/|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|"""
                   r"""[A-Za-z_]\w*|\d[\w.]*|.""", re.S)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("input")
    ap.add_argument("--grep", required=True)
    ap.add_argument("--not-grep")
    ap.add_argument("-o", "--output")
    ap.add_argument("--timeout", type=int, default=30)
    ap.add_argument("--lines-only", action="store_true", help="do not cut inside lines")
    argv = sys.argv[1:]
    if "--" not in argv:
        ap.error("give the command after --")
    k = argv.index("--")
    args = ap.parse_args(argv[:k])
    cmd = argv[k + 1:]
    if "{}" not in cmd:
        ap.error("the command needs {} for the file")
    base, ext = os.path.splitext(os.path.abspath(args.input))
    cand = base + ".reduce-tmp" + ext
    want = re.compile(args.grep)
    avoid = re.compile(args.not_grep) if args.not_grep else None
    tries = [0]

    def fails(text):
        tries[0] += 1
        with open(cand, "w") as f:
            f.write(text)
        try:
            p = subprocess.run([cand if c == "{}" else c for c in cmd],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               timeout=args.timeout, universal_newlines=True,
                               errors="replace")
            out = p.stdout
        except subprocess.TimeoutExpired:
            out = "TIMEOUT"
        return bool(want.search(out)) and not (avoid and avoid.search(out))

    def ddmin(parts, join):
        n = 2
        while len(parts) >= 2:
            chunk = max(1, len(parts) // n)
            removed = False
            for i in range(0, len(parts), chunk):
                trial = parts[:i] + parts[i + chunk:]
                if trial and fails(join(trial)):
                    parts = trial
                    n = max(n - 1, 2)
                    removed = True
                    break
            if not removed:
                if chunk == 1:
                    break
                n = min(len(parts), n * 2)
        return parts

    with open(args.input, errors="replace") as f:
        text = f.read()
    try:
        if not fails(text):
            sys.exit("reduce.py: the input does not fail as described")
        lines = ddmin(text.split("\n"), "\n".join)
        text = "\n".join(lines)
        if not args.lines_only:
            toks = ddmin(TOKEN.findall(text), "".join)
            text = "".join(toks)
    finally:
        if os.path.exists(cand):
            os.remove(cand)
    out = args.output or base + ".reduced" + ext
    with open(out, "w") as f:
        f.write(text if text.endswith("\n") else text + "\n")
    print("reduce.py: %d lines, %d bytes after %d runs: %s" % (
        text.count("\n") + 1, len(text), tries[0], out))


if __name__ == "__main__":
    main()
