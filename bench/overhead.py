#!/usr/bin/env python3
"""Overhead of coroplugin on QEMU 7.2's block layer, against plain clang.

Compiles the unit set of test/qemu/compile-units.py (prepared by
test/qemu/prepare.sh) with QEMU's own flags, once with and once without the
plugin, alternately unit by unit, for several rounds, serially, and prints the
ratios of total wall time and of summed peak memory (max RSS per compile).
With --callgrind N it also counts instructions of the first N units under
valgrind --tool=callgrind, which counts the same whatever else the machine
does (perf cannot count instructions on every machine).

  python3 bench/overhead.py --clang /usr/lib/llvm-14/bin/clang \\
      --plugin build/clang-14/lib/libcoroplugin.so --mode both --rounds 3
"""

import argparse
import importlib.util
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location(
    "compile_units", os.path.join(HERE, "..", "test", "qemu", "compile-units.py"))
cu = importlib.util.module_from_spec(spec)
spec.loader.exec_module(cu)


def run(cmd, cwd, env=None):
    """Wall seconds and peak RSS (KiB) of one compile."""
    t = time.perf_counter()
    p = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit("overhead: compile failed: " + " ".join(cmd))
    return wall, usage.ru_maxrss


def instructions(cmd, cwd):
    out = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"]
                         + cmd, cwd=cwd, stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, text=True)
    m = re.search(r"Collected : (\d+)", out.stderr)
    if not m:
        sys.exit("overhead: callgrind gave no count for " + cmd[-1])
    return int(m.group(1))


def measure(units, clang, plugin_flags, mode, rounds, outdir):
    """Per round, total wall and summed peak RSS for plain and plugin."""
    plain = {"wall": [], "rss": []}
    with_plugin = {"wall": [], "rss": []}
    for r in range(rounds):
        totals = {"plain": [0.0, 0], "plugin": [0.0, 0]}
        for i, u in enumerate(units):
            # Alternate which goes first, so neither always meets a warm cache.
            order = ["plain", "plugin"] if (i + r) % 2 == 0 else ["plugin", "plain"]
            for which in order:
                extra = plugin_flags if which == "plugin" else []
                cmd = cu.make_command(u, clang, extra, mode, outdir, False)
                wall, rss = run(cmd, u.directory)
                totals[which][0] += wall
                totals[which][1] += rss
        plain["wall"].append(totals["plain"][0])
        plain["rss"].append(totals["plain"][1])
        with_plugin["wall"].append(totals["plugin"][0])
        with_plugin["rss"].append(totals["plugin"][1])
    return plain, with_plugin


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clang", required=True)
    ap.add_argument("--plugin", required=True, help="libcoroplugin.so")
    ap.add_argument("--plugin-arg", action="append", default=[],
                    help="extra -fplugin-arg-coroplugin-ARG (e.g. facts=/tmp/f)")
    ap.add_argument("--build-dir", default=cu.DEFAULT_BUILD)
    ap.add_argument("--mode", choices=("syntax", "compile", "both"), default="both")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--callgrind", type=int, default=0, metavar="N",
                    help="also count instructions on the first N units")
    args = ap.parse_args()

    build = os.path.abspath(args.build_dir)
    units = cu.select_units(build, cu.source_root(build))
    flags = ["-fplugin=" + os.path.abspath(args.plugin)]
    flags += ["-fplugin-arg-coroplugin-" + a for a in args.plugin_arg]
    modes = ["syntax", "compile"] if args.mode == "both" else [args.mode]
    print("overhead: %d units, %d rounds, clang %s, plugin %s %s"
          % (len(units), args.rounds, args.clang, args.plugin, " ".join(args.plugin_arg)))
    with tempfile.TemporaryDirectory() as outdir:
        for mode in modes:
            plain, plug = measure(units, args.clang, flags, mode, args.rounds, outdir)
            pw, gw = statistics.median(plain["wall"]), statistics.median(plug["wall"])
            pr, gr = statistics.median(plain["rss"]), statistics.median(plug["rss"])
            print("%-8s wall: plain %.2f s, plugin %.2f s, ratio %.4f (rounds: %s)"
                  % (mode, pw, gw, gw / pw,
                     ", ".join("%.3f" % (b / a) for a, b in zip(plain["wall"], plug["wall"]))))
            print("%-8s peak memory (sum of per-unit max RSS): plain %.0f MiB, "
                  "plugin %.0f MiB, ratio %.4f" % (mode, pr / 1024, gr / 1024, gr / pr))
            if args.callgrind:
                sample = units[:args.callgrind]
                pi = sum(instructions(cu.make_command(u, args.clang, [], mode, outdir, False),
                                      u.directory) for u in sample)
                gi = sum(instructions(cu.make_command(u, args.clang, flags, mode, outdir, False),
                                      u.directory) for u in sample)
                print("%-8s instructions (callgrind, %d units): plain %d, plugin %d, ratio %.4f"
                      % (mode, len(sample), pi, gi, gi / pi))


if __name__ == "__main__":
    main()
