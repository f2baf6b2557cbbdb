#!/usr/bin/env python3
"""Replay QEMU's block-layer / coroutine compile commands with another compiler.

Reads <build-dir>/compile_commands.json (made by prepare.sh), selects the unit
set (block/**.c, block.c, blockjob.c, job.c, util/qemu-coroutine*.c, nbd/*.c,
migration/block*.c; plus the generated build/block/*.c such as block-gen.c),
runs every unit with the compiler replaced and extra flags appended, and
collects exit status, crashes and diagnostics.

Paths in diagnostics are made relative to the QEMU source root; files inside
the build dir (generated code) are written as build/<path-in-build-dir>.
"""

import argparse
import concurrent.futures
import difflib
import fnmatch
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

DEFAULT_BUILD = os.path.join(
    os.environ.get("COROPLUGIN_QEMU_CACHE", "/var/cache/coroplugin/qemu"), "build")
DEFAULT_BUILD = os.environ.get("COROPLUGIN_QEMU_BUILD", DEFAULT_BUILD)

# Patterns on the unit's path relative to the source root (or, for generated
# sources, relative to the build dir).  fnmatch's '*' also matches '/', so
# 'block/*.c' covers block/export/, block/monitor/, ...
UNIT_PATTERNS = [
    "block/*.c",
    "block.c",
    "blockjob.c",
    "job.c",
    "util/qemu-coroutine*.c",
    "nbd/*.c",
    "migration/block*.c",
]

DIAG_RE = re.compile(
    r"^(?P<path>[^\s:][^:]*):(?P<line>\d+):(?P<col>\d+): "
    r"(?P<kind>warning|error|fatal error): (?P<msg>.*)$")
CRASH_MARKERS = ("PLEASE submit a bug report", "Stack dump",
                 "frontend command failed due to signal")
DEP_FLAGS_WITH_ARG = {"-MQ", "-MF", "-MT"}
DEP_FLAGS = {"-MD", "-MMD", "-MP"}


def die(msg):
    print("compile-units: error: " + msg, file=sys.stderr)
    sys.exit(2)


def source_root(build_dir):
    """SRC_PATH from config-host.mak, else the parent of meson's source dir."""
    mak = os.path.join(build_dir, "config-host.mak")
    try:
        with open(mak) as f:
            for line in f:
                if line.startswith("SRC_PATH="):
                    return os.path.realpath(line.split("=", 1)[1].strip())
    except OSError:
        pass
    die("cannot find SRC_PATH in %s (use --source-dir)" % mak)


def entry_args(entry):
    if "arguments" in entry:
        return list(entry["arguments"])
    return shlex.split(entry["command"])


class Unit:
    def __init__(self, entry, rel, src_root, build_dir):
        self.directory = entry["directory"]
        self.file = entry["file"]
        self.rel = rel                      # display name
        self.args = entry_args(entry)
        self.output = entry.get("output")
        if self.output is None:
            a = self.args
            for i, x in enumerate(a):
                if x == "-o" and i + 1 < len(a):
                    self.output = a[i + 1]
        self.result = None


def display_path(path, directory, src_root, build_dir):
    """Map a path (as printed by the compiler) to a stable display path."""
    p = os.path.normpath(os.path.join(directory, path))
    # realpath only if needed: keeps it cheap for the common case
    if not p.startswith(src_root + os.sep) and not p.startswith(build_dir + os.sep):
        p = os.path.realpath(p)
    if p.startswith(build_dir + os.sep):
        return "build/" + os.path.relpath(p, build_dir)
    if p.startswith(src_root + os.sep):
        return os.path.relpath(p, src_root)
    return p


def finding_line(path, line, col, kind, msg):
    """A finding as 'path:line:col: warning: msg'.  A warning promoted by
    -Werror is written as the warning it was, so one reviewed list serves
    runs with and without -Werror."""
    if kind == "error" and "[-Werror,-W" in msg:
        kind, msg = "warning", msg.replace("[-Werror,-W", "[-W")
    return "%s:%d:%d: %s: %s" % (path, line, col, kind, msg)


def select_units(build_dir, src_root, patterns=None):
    patterns = UNIT_PATTERNS if patterns is None else patterns
    ccj = os.path.join(build_dir, "compile_commands.json")
    try:
        with open(ccj) as f:
            db = json.load(f)
    except (OSError, ValueError) as e:
        die("cannot read %s: %s" % (ccj, e))
    units, seen = [], set()
    for entry in db:
        path = os.path.normpath(os.path.join(entry["directory"], entry["file"]))
        if path.startswith(build_dir + os.sep):
            rel = os.path.relpath(path, build_dir)
            shown = "build/" + rel
        else:
            rel = os.path.relpath(os.path.realpath(path), src_root)
            shown = rel
        if rel.startswith(".."):
            continue
        if not any(fnmatch.fnmatchcase(rel, pat) for pat in patterns):
            continue
        if not path.endswith(".c"):
            continue
        if shown in seen:          # same file built into several targets
            continue
        seen.add(shown)
        units.append(Unit(entry, shown, src_root, build_dir))
    units.sort(key=lambda u: u.rel)
    return units


def make_command(unit, cc, extra, mode, outdir, crash_reproducers):
    a = unit.args
    out = [cc]
    i = 1
    while i < len(a):
        x = a[i]
        if x in DEP_FLAGS:
            i += 1
            continue
        if x in DEP_FLAGS_WITH_ARG or x == "-o":
            i += 2
            continue
        if x == "-c":
            i += 1
            continue
        if x in ("-fcolor-diagnostics", "-fdiagnostics-color=always",
                 "-fdiagnostics-color"):
            i += 1
            continue
        out.append(x)
        i += 1
    if mode == "syntax":
        out.append("-fsyntax-only")
    else:
        obj = os.path.join(outdir, unit.rel.replace("/", "_") + ".o")
        out += ["-c", "-o", obj]
    out.append("-fno-color-diagnostics")
    if not crash_reproducers:
        out.append("-fno-crash-diagnostics")
    out += extra
    return out


def run_unit(unit, cmd, timeout):
    t = time.monotonic()
    try:
        p = subprocess.run(cmd, cwd=unit.directory, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                           timeout=timeout)
        rc, text = p.returncode, p.stdout.decode("utf-8", "replace")
    except subprocess.TimeoutExpired as e:
        rc = "timeout"
        text = (e.output or b"").decode("utf-8", "replace") + "\n[timed out]\n"
    except OSError as e:
        rc, text = 127, "cannot run %s: %s\n" % (cmd[0], e)
    return rc, text, time.monotonic() - t


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build-dir", default=DEFAULT_BUILD,
                    help="QEMU build dir with compile_commands.json (default %(default)s)")
    ap.add_argument("--source-dir", help="QEMU source root (default: SRC_PATH of config-host.mak)")
    ap.add_argument("--cc", default="/usr/lib/llvm-14/bin/clang",
                    help="compiler replacing the database's (default %(default)s)")
    ap.add_argument("--extra-flag", action="append", default=[], metavar="FLAG",
                    help="flag appended to every command (repeatable), e.g. -fplugin=X.so")
    ap.add_argument("--mode", choices=("syntax", "compile"), default="syntax",
                    help="syntax: -fsyntax-only; compile: -c into a temp dir (default %(default)s)")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--all-units", action="store_true",
                    default=os.environ.get("COROPLUGIN_QEMU_UNITS") == "all",
                    help="every C unit of the build, not the block-layer set "
                         "(also COROPLUGIN_QEMU_UNITS=all)")
    ap.add_argument("--unit", action="append", default=[], metavar="GLOB",
                    help="only units whose path matches GLOB (repeatable)")
    ap.add_argument("--list-units", action="store_true", help="print the selected units and exit")
    ap.add_argument("--list-outputs", action="store_true",
                    help="print the selected units' object files (relative to the build dir) and exit")
    ap.add_argument("--match", default=r"\[(-Werror,)?-Wcoroutine[,\]]",
                    help="regex a diagnostic message must match to count as a finding "
                         "(default %(default)s)")
    ap.add_argument("--findings", metavar="OUT", help="write sorted unique findings to OUT as 'path:line:col: warning: msg' "
                         "(a warning that -Werror made an error is written as the warning)")
    ap.add_argument("--expected", metavar="FILE",
                    help="compare findings with FILE (blank and '#' lines ignored); fail on difference")
    ap.add_argument("--time", action="store_true", help="print the total wall time")
    ap.add_argument("--timeout", type=float, default=600, help="per-unit timeout in seconds")
    ap.add_argument("--crash-reproducers", action="store_true",
                    help="let clang write crash reproducers (default: -fno-crash-diagnostics)")
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="print every unit's command and full output")
    ap.add_argument("--print-commands", action="store_true", help="print the commands and exit")
    ap.add_argument("--print-source-dir", action="store_true",
                    help="print the QEMU source root and exit")
    args = ap.parse_args()

    t0 = time.monotonic()
    build_dir = os.path.realpath(args.build_dir)
    src_root = os.path.realpath(args.source_dir) if args.source_dir else source_root(build_dir)
    if args.print_source_dir:
        print(src_root)
        return 0
    units = select_units(build_dir, src_root, ["*"] if args.all_units else None)
    if args.unit:
        units = [u for u in units if any(fnmatch.fnmatchcase(u.rel, g) for g in args.unit)]
    if not units:
        die("no units selected")
    if args.list_units:
        for u in units:
            print(u.rel)
        return 0
    if args.list_outputs:
        for u in units:
            if not u.output:
                die("no output for %s" % u.rel)
            print(os.path.relpath(os.path.join(u.directory, u.output), build_dir))
        return 0
    if args.jobs < 1:
        die("-j must be >= 1")
    try:
        match = re.compile(args.match)
    except re.error as e:
        die("bad --match: %s" % e)

    outdir = tempfile.mkdtemp(prefix="coroplugin-units-") if args.mode == "compile" else None
    cmds = {u.rel: make_command(u, args.cc, args.extra_flag, args.mode, outdir,
                                args.crash_reproducers) for u in units}
    if args.print_commands:
        for u in units:
            print("cd %s && %s" % (shlex.quote(u.directory), shlex.join(cmds[u.rel])))
        return 0

    print("compile-units: %d units, mode %s, cc %s, -j%d%s" % (
        len(units), args.mode, args.cc, args.jobs,
        (", extra: " + " ".join(args.extra_flag)) if args.extra_flag else ""), flush=True)

    ok = failed = crashed = 0
    diags = []                 # (display path, line, col, kind, msg)
    findings = set()
    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as ex:
            futs = {ex.submit(run_unit, u, cmds[u.rel], args.timeout): u for u in units}
            for fut in concurrent.futures.as_completed(futs):
                u = futs[fut]
                rc, text, secs = fut.result()
                is_crash = (isinstance(rc, int) and rc < 0) or any(m in text for m in CRASH_MARKERS)
                unit_diags = []
                for line in text.splitlines():
                    m = DIAG_RE.match(line)
                    if not m:
                        continue
                    d = (display_path(m["path"], u.directory, src_root, build_dir),
                         int(m["line"]), int(m["col"]), m["kind"], m["msg"])
                    unit_diags.append(d)
                    if match.search(d[4]):
                        findings.add(finding_line(*d))
                diags += unit_diags
                if is_crash:
                    crashed += 1
                    status = "CRASH (rc %s)" % rc
                elif rc != 0:
                    failed += 1
                    status = "FAIL (rc %s)" % rc
                else:
                    ok += 1
                    status = "ok"
                nw = sum(1 for d in unit_diags if d[3] == "warning")
                ne = len(unit_diags) - nw
                extra = (", %d warnings, %d errors" % (nw, ne)) if unit_diags else ""
                print("  %-5s %-45s %5.1fs%s" % (status.split()[0], u.rel, secs, extra), flush=True)
                if args.verbose:
                    print("    $ cd %s && %s" % (u.directory, shlex.join(cmds[u.rel])))
                if args.verbose or status != "ok":
                    lines = text.splitlines()
                    limit = None if args.verbose else 40
                    for l in lines[:limit]:
                        print("    | " + l)
                    if limit and len(lines) > limit:
                        print("    | ... (%d more lines; use -v)" % (len(lines) - limit))
    finally:
        if outdir:
            shutil.rmtree(outdir, ignore_errors=True)

    found = sorted(findings)
    if args.findings:
        with open(args.findings, "w") as f:
            f.writelines(l + "\n" for l in found)

    differs = False
    if args.expected:
        with open(args.expected) as f:
            exp = sorted({l.rstrip("\n") for l in f
                          if l.strip() and not l.lstrip().startswith("#")})
        if exp != found:
            differs = True
            sys.stdout.writelines(difflib.unified_diff(
                [l + "\n" for l in exp], [l + "\n" for l in found],
                fromfile=args.expected, tofile="findings"))
            print("compile-units: findings differ from %s" % args.expected)
        else:
            print("compile-units: findings match %s" % args.expected)

    nwarn = len({d for d in diags if d[3] == "warning"})
    nerr = len({d for d in diags if d[3] != "warning"})
    if args.time:
        print("wall time: %.1f s" % (time.monotonic() - t0))
    print("diagnostics: %d unique warnings, %d unique errors" % (nwarn, nerr))
    print("units: %d compiled, %d failed, %d crashed; findings: %d"
          % (ok, failed, crashed, len(found)))
    return 1 if (failed or crashed or differs) else 0


if __name__ == "__main__":
    sys.exit(main())
