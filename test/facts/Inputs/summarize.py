"""Prints a facts file's functions (with markers), calls and stores (with
their file and line) one a line, sorted, static functions' ids shortened to
their names, for FileCheck."""
import json
import sys

facts = json.load(open(sys.argv[1]))


def short(fid):
    return "-" if fid is None else fid.rsplit(":", 1)[-1]


print("functions:")
for f in sorted(facts["functions"], key=lambda f: f["name"]):
    print(" ".join([f["name"]] + f["markers"]))
print("calls:")
for c in sorted("%s -> %s" % (short(c["caller"]), short(c["callee"]) if c["callee"]
                              else c["via"]["name"]) for c in facts["calls"]):
    print(c)
print("stores:")
for s in sorted("%s -> %s in %s at %s:%d" % (short(s["function"]), s["into"]["name"],
                                             short(s["in"]), s["file"].rsplit("/", 1)[-1],
                                             s["line"])
                for s in facts["stores"]):
    print(s)
