#!/usr/bin/env python3
"""Overhead of coroplugin on QEMU 7.2's block layer, against plain clang.

Compiles the unit set of test/qemu/compile-units.py (prepared by
test/qemu/prepare.sh) with QEMU's own flags, once with and once without the
plugin, alternately unit by unit, for several rounds, serially, and prints the
ratios of total wall time and of summed peak memory (max RSS per compile).
With --callgrind N it also counts instructions of the first N units under
valgrind --tool=callgrind, which counts the same whatever else the machine
does (perf cannot count instructions on every machine).

With --against plugin the baseline is clang with the plugin, and what is
measured is what the --plugin-arg arguments add to it (writing facts).

  python3 bench/overhead.py --clang /usr/lib/llvm-14/bin/clang \\
      --plugin build/clang-14/lib/libcoroplugin.so --mode both --rounds 3
  python3 bench/overhead.py --clang /usr/lib/llvm-14/bin/clang \\
      --plugin build/clang-14/lib/libcoroplugin.so --against plugin \\
      --plugin-arg facts=/tmp/facts --mode syntax --callgrind 84
"""

import argparse
import concurrent.futures
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


def measure(units, clang, base_flags, test_flags, mode, rounds, outdir):
    """Per round, total wall and summed peak RSS for the baseline and the test."""
    results = {"base": {"wall": [], "rss": []}, "test": {"wall": [], "rss": []}}
    flags = {"base": base_flags, "test": test_flags}
    for r in range(rounds):
        totals = {"base": [0.0, 0], "test": [0.0, 0]}
        for i, u in enumerate(units):
            # Alternate which goes first, so neither always meets a warm cache.
            order = ["base", "test"] if (i + r) % 2 == 0 else ["test", "base"]
            for which in order:
                cmd = cu.make_command(u, clang, flags[which], mode, outdir, False)
                wall, rss = run(cmd, u.directory)
                totals[which][0] += wall
                totals[which][1] += rss
        for which in totals:
            results[which]["wall"].append(totals[which][0])
            results[which]["rss"].append(totals[which][1])
    return results["base"], results["test"]


def spread(units, n):
    """n units spread evenly over the list (it is sorted by path)."""
    if n >= len(units):
        return units
    return [units[i * len(units) // n] for i in range(n)]


def count_instructions(units, clang, flags, mode, outdir, jobs):
    cmds = [(cu.make_command(u, clang, flags, mode, outdir, False), u.directory)
            for u in units]
    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        return sum(pool.map(lambda c: instructions(*c), cmds))


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clang", required=True)
    ap.add_argument("--plugin", required=True, help="libcoroplugin.so")
    ap.add_argument("--plugin-arg", action="append", default=[],
                    help="extra -fplugin-arg-coroplugin-ARG (e.g. facts=/tmp/f)")
    ap.add_argument("--against", choices=("plain", "plugin"), default="plain",
                    help="baseline: plain clang, or clang with the plugin "
                         "without the --plugin-arg arguments")
    ap.add_argument("--qemu", choices=sorted(cu.TREES), default="7.2",
                    help="which prepared QEMU tree and unit set (default 7.2)")
    ap.add_argument("--build-dir", help="QEMU build dir (default: the --qemu tree's)")
    ap.add_argument("--mode", choices=("syntax", "compile", "both"), default="both")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--callgrind", type=int, default=0, metavar="N",
                    help="also count instructions on N units spread over the set")
    ap.add_argument("-j", "--jobs", type=int, default=1,
                    help="parallel callgrind runs (counts do not depend on it)")
    args = ap.parse_args()

    build = os.path.abspath(args.build_dir or cu.default_build_dir(args.qemu))
    units = cu.select_units(build, cu.source_root(build), cu.TREES[args.qemu][2])
    plugin = ["-fplugin=" + os.path.abspath(args.plugin)]
    test = plugin + ["-fplugin-arg-coroplugin-" + a for a in args.plugin_arg]
    base = plugin if args.against == "plugin" else []
    names = ("plugin", "+args") if args.against == "plugin" else ("plain", "plugin")
    modes = ["syntax", "compile"] if args.mode == "both" else [args.mode]
    print("overhead: %d units, %d rounds, clang %s, plugin %s %s, against %s"
          % (len(units), args.rounds, args.clang, args.plugin,
             " ".join(args.plugin_arg), args.against))
    with tempfile.TemporaryDirectory() as outdir:
        for mode in modes:
            if args.rounds:
                b, t = measure(units, args.clang, base, test, mode, args.rounds, outdir)
                bw, tw = statistics.median(b["wall"]), statistics.median(t["wall"])
                br, tr = statistics.median(b["rss"]), statistics.median(t["rss"])
                print("%-8s wall: %s %.2f s, %s %.2f s, ratio %.4f (rounds: %s)"
                      % (mode, names[0], bw, names[1], tw, tw / bw,
                         ", ".join("%.3f" % (y / x) for x, y in zip(b["wall"], t["wall"]))))
                print("%-8s peak memory (sum of per-unit max RSS): %s %.0f MiB, "
                      "%s %.0f MiB, ratio %.4f"
                      % (mode, names[0], br / 1024, names[1], tr / 1024, tr / br))
            if args.callgrind:
                sample = spread(units, args.callgrind)
                bi = count_instructions(sample, args.clang, base, mode, outdir, args.jobs)
                ti = count_instructions(sample, args.clang, test, mode, outdir, args.jobs)
                print("%-8s instructions (callgrind, %d units): %s %d, %s %d, ratio %.4f"
                      % (mode, len(sample), names[0], bi, names[1], ti, ti / bi))


if __name__ == "__main__":
    main()
