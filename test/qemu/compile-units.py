#!/usr/bin/env python3
"""Replay QEMU's block-layer / coroutine compile commands with another compiler.

Reads <build-dir>/compile_commands.json (made by prepare.sh), selects the unit
set of the QEMU version (--qemu; TREES below), runs every unit with the
compiler replaced and extra flags appended, and collects exit status, crashes
and diagnostics; --expected compares the findings with a reviewed file
(expected.py).

Paths in diagnostics are made relative to the QEMU source root; files inside
the build dir (generated code) are written as build/<path-in-build-dir>.
"""

import argparse
import concurrent.futures
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

# Also when loaded from elsewhere (bench/overhead.py imports this file).
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import expected  # noqa: E402

# Per QEMU version: the cache dir prepare.sh uses (and its environment
# override), and the unit set as patterns on the unit's path relative to the
# source root (or, for generated sources, relative to the build dir).
# fnmatch's '*' also matches '/', so 'block/*.c' covers block/export/, ...
BLOCK_LAYER = [
    "block/*.c",
    "block.c",
    "blockjob.c",
    "job.c",
    "util/qemu-coroutine*.c",
    "nbd/*.c",
    "migration/block*.c",
]
TREES = {
    "7.2": ("COROPLUGIN_QEMU", "/var/cache/coroplugin/qemu", BLOCK_LAYER),
    # Block devices and SCSI, whose code runs block-layer coroutines, too.
    "10.0": ("COROPLUGIN_QEMU10", "/var/cache/coroplugin/qemu10",
             BLOCK_LAYER + ["hw/block/*.c", "hw/scsi/*.c"]),
    "10.2": ("COROPLUGIN_QEMU102", "/var/cache/coroplugin/qemu10.2",
             BLOCK_LAYER + ["hw/block/*.c", "hw/scsi/*.c"]),
}


def default_build_dir(version):
    env, cache, _ = TREES[version]
    cache = os.environ.get(env + "_CACHE", cache)
    return os.environ.get(env + "_BUILD", os.path.join(cache, "build"))


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
    """SRC_PATH from config-host.mak, else meson's source dir."""
    mak = os.path.join(build_dir, "config-host.mak")
    try:
        with open(mak) as f:
            for line in f:
                if line.startswith("SRC_PATH="):
                    return os.path.realpath(line.split("=", 1)[1].strip())
    except OSError:
        pass
    try:
        with open(os.path.join(build_dir, "meson-info", "meson-info.json")) as f:
            return os.path.realpath(json.load(f)["directories"]["source"])
    except (OSError, ValueError, KeyError):
        pass
    die("cannot find SRC_PATH in %s or meson-info (use --source-dir)" % mak)


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


def select_units(build_dir, src_root, patterns):
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


def tree_version(build_dir):
    """The Debian version prepare.sh wrote, else "(unknown)"."""
    try:
        with open(os.path.join(build_dir, "coroplugin-qemu-version")) as f:
            return f.read().strip()
    except OSError:
        return "(unknown version)"


def plain_failures(units, args, build_dir):
    """Names of the units that args.cc, without the extra flags, fails on.
    Compiled once per compiler and unit set; the list is kept in the build dir."""
    cc = os.path.realpath(shutil.which(args.cc) or args.cc)
    path = os.path.join(build_dir, "coroplugin-plain-failures",
                        cc.strip("/").replace("/", "_") + ".txt")
    key = "cc=%s units=%d" % (cc, len(units))
    try:
        with open(path) as f:
            lines = f.read().splitlines()
        if lines and lines[0] == key:
            return set(lines[1:])
    except OSError:
        pass
    print("compile-units: compiling %d units with plain %s once, to find those it "
          "cannot compile (kept in %s)" % (len(units), cc, path), flush=True)
    bad = set()
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as ex:
        futs = {ex.submit(run_unit, u, make_command(u, args.cc, [], "syntax", None, False),
                          args.timeout): u for u in units}
        for fut in concurrent.futures.as_completed(futs):
            if fut.result()[0] != 0:
                bad.add(futs[fut].rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write("\n".join([key] + sorted(bad)) + "\n")
    return bad


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--qemu", choices=sorted(TREES), default="7.2",
                    help="QEMU version: its unit set and default build dir (default %(default)s)")
    ap.add_argument("--build-dir",
                    help="QEMU build dir with compile_commands.json (default: prepare.sh's "
                         "for --qemu, e.g. /var/cache/coroplugin/qemu10/build)")
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
                    help="compare findings with the reviewed FILE on (file, check, message); "
                         "fail on difference (format: test/qemu/README.md)")
    ap.add_argument("--update", action="store_true",
                    help="with --expected: rewrite FILE from the findings, keeping the reasons "
                         "of entries that still match")
    ap.add_argument("--time", action="store_true", help="print the total wall time")
    ap.add_argument("--timeout", type=float, default=600, help="per-unit timeout in seconds")
    ap.add_argument("--crash-reproducers", action="store_true",
                    help="let clang write crash reproducers (default: -fno-crash-diagnostics)")
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="print every unit's command and full output")
    ap.add_argument("--print-commands", action="store_true", help="print the commands and exit")
    ap.add_argument("--print-source-dir", action="store_true",
                    help="print the QEMU source root and exit")
    ap.add_argument("--print-build-dir", action="store_true",
                    help="print the QEMU build dir and exit")
    ap.add_argument("--without-plain-failures", action="store_true",
                    help="leave out, and name, the units that --cc without the extra flags "
                         "cannot compile (found once per compiler, kept in the build dir)")
    args = ap.parse_args()

    t0 = time.monotonic()
    build_dir = os.path.realpath(args.build_dir or default_build_dir(args.qemu))
    src_root = os.path.realpath(args.source_dir) if args.source_dir else source_root(build_dir)
    if args.print_source_dir or args.print_build_dir:
        print(src_root if args.print_source_dir else build_dir)
        return 0
    units = select_units(build_dir, src_root, ["*"] if args.all_units else TREES[args.qemu][2])
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
    if args.without_plain_failures:
        bad = plain_failures(units, args, build_dir)
        units = [u for u in units if u.rel not in bad]
        print("compile-units: left out, as plain %s cannot compile them here (%d): %s"
              % (args.cc, len(bad), " ".join(sorted(bad)) or "none"), flush=True)
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

    print("compile-units: QEMU %s, %d units, mode %s, cc %s, -j%d%s" % (
        tree_version(build_dir), len(units), args.mode, args.cc, args.jobs,
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
        differs = not expected.compare(args.expected, found, args.update)

    nwarn = len({d for d in diags if d[3] == "warning"})
    nerr = len({d for d in diags if d[3] != "warning"})
    if args.time:
        print("wall time: %.1f s" % (time.monotonic() - t0))
    print("diagnostics: %d unique warnings, %d unique errors" % (nwarn, nerr))
    print("units: %d compiled, %d failed, %d crashed; findings: %s"
          % (ok, failed, crashed, expected.counts_line(expected.unique_findings(found))))
    return 1 if (failed or crashed or differs) else 0


if __name__ == "__main__":
    sys.exit(main())
