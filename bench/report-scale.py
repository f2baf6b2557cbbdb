#!/usr/bin/env python3
"""How coroplugin-report's time and memory grow with the program.

Writes synthetic programs of the same shape with gen-facts.py (100, 200, 400
and 800 units of 200 functions by default) under WORK, once (a program
already written is reused), runs the report over each REPEAT times and
prints, per size, the facts' size, the best wall time, the CPU time of that
run (user and system, both reading threads: steadier than wall time on a
busy machine) and the peak memory of the report, and the ratios to the size
before: near 2 per doubling is linear growth.

  python3 bench/report-scale.py --report build/clang-14/bin/coroplugin-report
"""

import argparse
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def facts_dir(work, units, functions):
    """The program of UNITS units, written by gen-facts.py when missing."""
    d = os.path.join(work, "u%d-f%d" % (units, functions))
    done = os.path.join(d, ".complete")
    if not os.path.exists(done):
        subprocess.run([sys.executable, os.path.join(HERE, "gen-facts.py"), d,
                        "--units", str(units), "--functions", str(functions)],
                       check=True)
        open(done, "w").close()
    return d


def dir_mb(d):
    return sum(os.path.getsize(os.path.join(d, f)) for f in os.listdir(d)) / 1e6


def run(report, args, facts):
    """Wall seconds, CPU seconds and peak resident MB of one report run."""
    start = time.monotonic()
    p = subprocess.Popen([report] + args + [facts], stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(p.pid, 0)
    seconds = time.monotonic() - start
    if status != 0 and os.waitstatus_to_exitcode(status) not in (0, 1):
        sys.exit("report failed on %s: status %d" % (facts, status))
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--report", required=True, help="the coroplugin-report binary")
    ap.add_argument("--work", default="/tmp/coroplugin-report-scale",
                    help="where the programs are written (default %(default)s)")
    ap.add_argument("--units", type=int, nargs="+", default=[100, 200, 400, 800],
                    help="program sizes in units (default %(default)s)")
    ap.add_argument("--functions", type=int, default=200,
                    help="functions each unit defines (default %(default)s)")
    ap.add_argument("--repeat", type=int, default=3,
                    help="runs per size; the fastest counts (default %(default)s)")
    ap.add_argument("--format", choices=("text", "json", "html"), default="text",
                    help="the report's output format; html writes the pages "
                    "under WORK, which plans the fixes too (default %(default)s)")
    args = ap.parse_args()

    print("%6s %9s %9s %9s %9s %7s %7s %7s" % (
        "units", "facts MB", "seconds", "CPU s", "peak MB", "x time", "x CPU", "x mem"))
    prev = None
    for units in args.units:
        d = facts_dir(args.work, units, args.functions)
        output = (["--html=" + os.path.join(args.work, "html-u%d" % units)]
                  if args.format == "html" else ["--format=" + args.format])
        runs = [run(args.report, output, d)
                for _ in range(args.repeat)]
        seconds, cpu, _ = min(runs)
        mb = max(r[2] for r in runs)
        ratio = ("%7.2f %7.2f %7.2f" % (seconds / prev[0], cpu / prev[1], mb / prev[2])
                 if prev else "")
        print("%6d %9.1f %9.2f %9.2f %9.0f %s" % (units, dir_mb(d), seconds, cpu, mb,
                                                 ratio), flush=True)
        prev = (seconds, cpu, mb)


if __name__ == "__main__":
    main()
