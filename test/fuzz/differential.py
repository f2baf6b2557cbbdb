#!/usr/bin/env python3
"""Differential test: generated programs with known answers.

For each seed, gen.py writes a random valid translation unit and model.py
computes which (line, check) pairs coroplugin must report; the program is
compiled with the plugin and the [-Wcoroutine,<check>] warnings must match
exactly (as a multiset: a macro that makes two calls is two warnings on one
line).  Any other diagnostic, a crash or a non-zero exit fails the seed.

  python3 test/fuzz/differential.py --clang /usr/lib/llvm-14/bin/clang \\
      --plugin build/lib/libcoroplugin.so --seeds 0-299 -j2

A failing seed prints the one command that reproduces it; --keep DIR writes
DIR/seed_N.c (the program, with the model's expectations as -verify
comments) and DIR/seed_N.txt (expected, seen, command).
"""
import argparse
import os
import re
import shlex
import subprocess
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # no __pycache__ in the source tree
import gen  # noqa: E402
import model  # noqa: E402

DIAG = re.compile(r"^(?P<file>.*?):(?P<line>\d+):(?P<col>\d+): "
                  r"(?P<level>warning|error|fatal error): (?P<msg>.*)$")
TAG = re.compile(r"\[-Wcoroutine,([a-z-]+)\]$")
CRASH_MARKS = ("PLEASE submit a bug report", "Stack dump", "Assertion",
               "AddressSanitizer", "runtime error:", "LeakSanitizer")
TIMEOUT = 60


def parse_seeds(text):
    out = []
    for part in text.split(","):
        part = part.strip()
        if not part:
            continue
        if "-" in part:
            a, b = part.split("-", 1)
            out.extend(range(int(a), int(b) + 1))
        else:
            out.append(int(part))
    return out


# Checks the model does not describe (declarations of wrappers, conversions of
# function pointers): off in every run, after the unit's own choice of checks.
UNMODELLED = ("-fplugin-arg-coroplugin-checks=-wrapper-twin,-wrapper-signature,"
              "-wrapper-shape,-hand-written-wrapper,"
              "-coroutine-escape,-no-coroutine-escape,-unmarked-callback,"
              "-override-mismatch")


def compile_command(args, path, unit):
    cmd = [args.clang, "-fsyntax-only", "-fno-caret-diagnostics",
           "-fno-color-diagnostics", "-fno-crash-diagnostics",
           "-fplugin=" + args.plugin]
    return cmd + unit.flags + [UNMODELLED, path]


def child_env(args):
    env = dict(os.environ)  # lit's LD_PRELOAD / ASAN_OPTIONS pass through
    if args.preload:
        env["LD_PRELOAD"] = args.preload
        env.setdefault("ASAN_OPTIONS", "detect_leaks=0")
    return env


def annotate(unit, expected):
    """The program with the expectations as -verify comments."""
    lines = unit.text.split("\n")
    per_line = {}
    for (line, check), n in sorted(expected.items()):
        per_line.setdefault(line, []).append((check, n))
    for line, items in per_line.items():
        notes = " ".join("expected-warning %s{{[-Wcoroutine,%s]}}" % (
            "%d " % n if n > 1 else "", check) for check, n in items)
        lines[line - 1] += " // " + notes
    if not expected:
        lines.append("// expected-no-diagnostics")
    return "\n".join(lines)


def run_seed(args, seed, tmp):
    unit = gen.generate(seed, args.avoid)
    gen.render(unit)
    expected = model.expected(unit)
    path = os.path.join(tmp, "seed_%d.c" % seed)
    with open(path, "w") as f:
        f.write(unit.text)
    cmd = compile_command(args, path, unit)
    problems = []
    seen = Counter()
    # Prototypes after the definition that write markers: clang itself warns
    # "attribute declaration must precede definition" there (-Wignored-attributes).
    late_marked = set()
    for f in unit.functions:
        d = f.definition
        for p in f.decls:
            if d is not None and p.kind == "proto" and p.index > d.index and p.written:
                late_marked.add(p.line)
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           env=child_env(args), timeout=TIMEOUT,
                           universal_newlines=True, errors="replace")
        out, rc = p.stdout, p.returncode
    except subprocess.TimeoutExpired:
        out, rc = "", None
        problems.append("timeout after %d s" % TIMEOUT)
    if rc is not None and rc != 0:
        problems.append("exit status %d" % rc)
    if any(m in out for m in CRASH_MARKS):
        problems.append("crash output")
    for line in out.splitlines():
        m = DIAG.match(line)
        if not m:
            continue
        if m.group("file") != path:
            problems.append("diagnostic outside the program: " + line)
            continue
        t = TAG.search(m.group("msg"))
        if m.group("level") == "warning" and t:
            seen[(int(m.group("line")), t.group(1))] += 1
        elif (m.group("msg").startswith("attribute declaration must precede definition")
              and int(m.group("line")) in late_marked):
            pass  # clang's own warning; the plugin still honours the marker
        else:
            problems.append("unexpected diagnostic: " + line)
    missing = expected - seen
    extra = seen - expected
    ok = not problems and not missing and not extra
    return {"seed": seed, "unit": unit, "ok": ok, "expected": expected,
            "seen": seen, "missing": missing, "extra": extra,
            "problems": problems, "output": out, "cmd": cmd, "path": path}


def describe(res, lines):
    unit_lines = res["unit"].text.split("\n")
    out = []
    for p in res["problems"][:10]:
        out.append("  " + p)
    for label, c in (("missing", res["missing"]), ("unexpected", res["extra"])):
        for (line, check), n in sorted(c.items()):
            src = unit_lines[line - 1].strip() if 0 < line <= len(unit_lines) else ""
            out.append("  %s: line %d [%s]%s: %s" % (label, line, check,
                                                     " x%d" % n if n > 1 else "", src))
    if lines:
        out = out[:lines]
    return "\n".join(out)


def keep(res, directory):
    os.makedirs(directory, exist_ok=True)
    base = os.path.join(directory, "seed_%d" % res["seed"])
    with open(base + ".c", "w") as f:
        f.write(annotate(res["unit"], res["expected"]))
    with open(base + ".txt", "w") as f:
        f.write("command: %s\n" % " ".join(shlex.quote(c) for c in res["cmd"][:-1] + [base + ".c"]))
        f.write("expected: %s\n" % sorted(res["expected"].elements()))
        f.write("seen:     %s\n" % sorted(res["seen"].elements()))
        f.write(describe(res, 0) + "\n")
        f.write("--- compiler output\n" + res["output"])


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("--clang", required=True)
    ap.add_argument("--plugin", required=True)
    ap.add_argument("--seeds", default="0-299", help="e.g. 0-299 or 17 or 1,5,9-12")
    ap.add_argument("-j", "--jobs", type=int, default=1)
    ap.add_argument("--keep", metavar="DIR", help="write every failing program (or, with "
                    "--keep-all, every program) and its expectations to DIR")
    ap.add_argument("--keep-all", action="store_true")
    ap.add_argument("--preload", help="LD_PRELOAD for the compiler (sanitizer builds)")
    ap.add_argument("--max-report", type=int, default=20,
                    help="print details for at most this many failing seeds")
    ap.add_argument("--include-known", default="", metavar="NAMES",
                    help="comma-separated gen.KNOWN_ISSUES to generate anyway, or 'all'")
    ap.add_argument("-q", "--quiet", action="store_true", help="only the summary")
    args = ap.parse_args(argv)
    inc = set(x for x in args.include_known.split(",") if x)
    if "all" in inc:
        inc = set(gen.KNOWN_ISSUES)
    unknown = inc - set(gen.KNOWN_ISSUES)
    if unknown:
        ap.error("unknown known issue(s): %s (known: %s)" % (
            ", ".join(sorted(unknown)), ", ".join(gen.KNOWN_ISSUES)))
    args.avoid = set(gen.AVOID) - inc
    if args.quiet:
        args.max_report = 0
    args.clang = os.path.abspath(args.clang) if os.sep in args.clang else args.clang
    args.plugin = os.path.abspath(args.plugin)
    seeds = parse_seeds(args.seeds)
    start = time.time()
    failures = []
    stats = Counter()
    with tempfile.TemporaryDirectory(prefix="coroplugin-diff-") as tmp:
        with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            for res in pool.map(lambda s: run_seed(args, s, tmp), seeds):
                u = res["unit"]
                stats["programs"] += 1
                stats["style " + u.style] += 1
                stats["functions"] += len(u.functions)
                stats["expected warnings"] += sum(res["expected"].values())
                for (_, check), n in res["expected"].items():
                    stats[check] += n
                if args.keep and (args.keep_all or not res["ok"]):
                    keep(res, args.keep)
                if not res["ok"]:
                    failures.append(res)
                    if len(failures) <= args.max_report:
                        me = os.path.relpath(os.path.abspath(__file__))
                        print("FAIL seed %d (style %s, %s)" % (
                            res["seed"], u.style, " ".join(u.flags) or "default checks"))
                        print(describe(res, 12))
                        extra = (" --include-known " + ",".join(sorted(inc))) if inc else ""
                        print("  reproduce: python3 %s --clang %s --plugin %s --seeds %d --keep %s%s" % (
                            me, shlex.quote(args.clang), shlex.quote(args.plugin),
                            res["seed"], shlex.quote(args.keep or "fuzz-failures"), extra))
                        sys.stdout.flush()
    elapsed = time.time() - start
    styles = ", ".join("%s %d" % (s, stats["style " + s]) for s in gen.STYLES)
    per_check = ", ".join("%s %d" % (c, stats[c]) for c in model.CHECKS if stats[c])
    print("differential: %d programs (%s), %d functions, %d expected warnings (%s); "
          "%d failed; %.1f s" % (stats["programs"], styles, stats["functions"],
                                 stats["expected warnings"], per_check,
                                 len(failures), elapsed))
    if failures:
        print("failing seeds: " + ",".join(str(r["seed"]) for r in failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
