#!/usr/bin/env python3
"""Writes a synthetic facts directory for timing coroplugin-report.

gen-facts.py DIR [--units UNITS] [--functions FUNCTIONS]: UNITS units (default
2000), each defining FUNCTIONS functions (default 200, a fifth static) and
declaring as many of
other units' through headers, with 3 calls per defined function, stores into
driver-struct fields, markers and wrappers in QEMU's proportions (ordinary
code calls a coroutine_fn in 1 of 500 such calls), and absolute
paths of QEMU's length. Deterministic (seeded).
"""
import argparse
import json
import os
import random


def positive(text):
    n = int(text)
    if n < 1:
        raise argparse.ArgumentTypeError("must be at least 1: %s" % text)
    return n


ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
ap.add_argument("dir", help="the facts directory to write (made if missing)")
ap.add_argument("legacy", nargs="*", type=positive, metavar="N",
                help=argparse.SUPPRESS)  # the old positional UNITS [FUNCTIONS]
ap.add_argument("--units", type=positive, default=None,
                help="units to write (default 2000)")
ap.add_argument("--functions", type=positive, default=None,
                help="functions each unit defines (default 200)")
args = ap.parse_args()
if len(args.legacy) > 2:
    ap.error("at most UNITS and FUNCTIONS after DIR")
out = args.dir
units = args.units or (args.legacy[0] if args.legacy else 2000)
per = args.functions or (args.legacy[1] if len(args.legacy) > 1 else 200)
rng = random.Random(1)
root = "/home/builder/src/qemu-7.2.0"
os.makedirs(out, exist_ok=True)


def markers(u, i):
    r = (u * 7919 + i * 104729) % 100
    if r < 10:
        return ["coroutine_fn"]
    if r < 12:
        return ["coroutine_mixed_fn"]
    if r < 13:
        return ["no_coroutine_fn"]
    if r < 15:
        return ["generated_co_wrapper"]
    return []


def name(u, i):
    return "blk_unit%04d_function_%03d" % (u, i)


def unit_index(fid, u):
    """The (unit, index) a generated function id names."""
    base = fid.rsplit(":", 1)[-1]
    parts = base.split("_")
    return int(parts[1][4:]), int(parts[3])


def is_static(u, i):
    return i % 5 == 4


for u in range(units):
    src = "%s/block/subsys%02d/unit%04d.c" % (root, u % 40, u)
    hdr = "%s/include/block/subsys%02d.h" % (root, u % 40)
    fns, calls, stores, wrappers = [], [], [], []
    ids = []
    for i in range(per):
        st = is_static(u, i)
        fid = ("%s:%s" % (src, name(u, i))) if st else name(u, i)
        ids.append(fid)
        m = markers(u, i)
        fns.append({"id": fid, "name": name(u, i), "static": st, "file": src,
                    "line": 10 + i * 20, "col": 5, "defined": True, "markers": m,
                    "dispatch": ({"file": src, "line": 12 + i * 20, "col": 9}
                                 if "coroutine_mixed_fn" in m else None)})
        if "generated_co_wrapper" in m:
            wrappers.append({"wrapper": fid, "twin": None,
                             "marker": "generated_co_wrapper"})
    # Declarations of other units' external functions, from headers.
    ext = []
    for k in range(per):
        v = rng.randrange(units)
        j = rng.randrange(per)
        if is_static(v, j) or v == u:
            continue
        ext.append(name(v, j))
        fns.append({"id": name(v, j), "name": name(v, j), "static": False,
                    "file": "%s/include/block/subsys%02d.h" % (root, v % 40),
                    "line": 100 + j, "col": 5, "defined": False,
                    "markers": markers(v, j), "dispatch": None})
    for i in range(per):
        for c in range(3):
            line = 11 + i * 20 + c
            r = rng.random()
            if r < 0.6 or not ext:
                callee, via = ids[rng.randrange(per)], None
            elif r < 0.95:
                callee, via = ext[rng.randrange(len(ext))], None
            else:
                callee = None
                via = {"kind": "field",
                       "name": "BlockDriver%d::bdrv_cb_%d" % (u % 5, rng.randrange(30)),
                       "markers": ["coroutine_fn"] if rng.random() < 0.5 else []}
            # Ordinary code rarely calls coroutine_fn (the plugin warns):
            # keep 1 in 500 of those calls, as violations to report.
            if (callee and not fns[i]["markers"] and rng.random() >= 0.002
                    and "coroutine_fn" in markers(*unit_index(callee, u))):
                callee = ids[(i + 1) % per] if not fns[(i + 1) % per]["markers"] else ids[i]
            side = "unknown"
            if "coroutine_mixed_fn" in fns[i]["markers"]:
                side = "coroutine" if c == 0 else "ordinary"
            calls.append({"caller": ids[i], "callee": callee, "via": via,
                          "side": side, "file": src, "line": line, "col": 12})
    for s in range(20):
        i = rng.randrange(per)
        field = rng.randrange(30)
        stores.append({"function": ids[i],
                       "into": {"kind": "field",
                                "name": "BlockDriver%d::bdrv_cb_%d" % (u % 5, field),
                                "markers": ["coroutine_fn"] if field % 2 else []},
                       "in": None, "file": src, "line": 5000 + s, "col": 23})
    doc = {"format": "coroplugin-facts", "version": 1, "unit": src,
           "functions": fns, "calls": calls, "stores": stores,
           "wrappers": wrappers}
    with open(os.path.join(out, "unit%04d-%08x.facts.json" % (u, u * 2654435761 % 2**32)), "w") as f:
        json.dump(doc, f, separators=(",", ":"))
