#!/usr/bin/env python3
"""dot-focus-check.py --report BIN --facts DIR --out DIR

Draws the chain of every finding of the report's items 1 to 3 with
--dot-focus=KEY --dot-depth=0 and --dot-depth=1 and requires each picture to
have its nodes joined: no node without an edge, so that a call through a
field is an edge to the field's node (issue 24). Prints the counts."""
import argparse
import json
import os
import re
import subprocess
import sys

NODE = re.compile(r"^  ([np]\d+) \[label=")
EDGE = re.compile(r"^  ([np]\d+) -> ([np]\d+)")


def isolated(path):
    nodes, joined = set(), set()
    with open(path) as f:
        for line in f:
            m = NODE.match(line)
            if m:
                nodes.add(m.group(1))
            m = EDGE.match(line)
            if m:
                joined.update(m.groups())
    return len(nodes), sorted(nodes - joined)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--report", required=True)
    ap.add_argument("--facts", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    items = ["--items=1,2,3"]
    p = subprocess.run([args.report, "--format=json"] + items + [args.facts],
                       stdout=subprocess.PIPE, text=True, check=True)
    keys = sorted({f["key"] for f in json.loads(p.stdout)["findings"]
                   if f["kind"] in ("must-be-coroutine", "mixed-caller",
                                    "blocking-call-in-coroutine-context",
                                    "needs-coroutine-version", "can-be-coroutine")})
    if not keys:
        sys.exit("no finding with a chain")
    dot, status, drawn = os.path.join(args.out, "focus.dot"), 0, 0
    for key in keys:
        for depth in ("0", "1"):
            subprocess.run([args.report] + items + ["--dot=" + dot, "--dot-focus=" + key,
                            "--dot-depth=" + depth, args.facts],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
            nodes, alone = isolated(dot)
            drawn += nodes
            if nodes == 0 or alone:
                print("%s, depth %s: %d nodes, without an edge: %s" % (key, depth, nodes, alone))
                status = 1
    print("dot-focus: %d findings' chains at depths 0 and 1, %d nodes, %s" % (
        len(keys), drawn, "every one joined" if status == 0 else "some isolated"))
    return status


if __name__ == "__main__":
    sys.exit(main())
