#!/usr/bin/env python3
"""Size of the .coroplugin.facts section in one linked QEMU program.

Builds PROGRAM (qemu-img by default) of a configured QEMU build tree into
OUT, never writing into the tree: each unit is compiled with its own command
from compile_commands.json plus the plugin (facts=OUT/facts, so both the
objects and a facts directory), then linked with the command of build.ninja.
The archives the program links (libqemuutil.a, ...) hold hundreds of members
of which the linker pulls a fraction; to compile only those, the members are
first compiled cheaply (-O1 -g0, no plugin) under OUT/probe and a probe link
with --trace names the members pulled in. Then prints the program's size
with and without the section, the section per unit, the compression of its
chunks, and compares the report read from the program with the report read
from the facts directory. Compiles that already produced their object are
skipped, so a second run only relinks and measures.

  python3 bench/program-size.py --build /var/cache/coroplugin/qemu10/build \\
      --clang /usr/lib/llvm-14/bin/clang --plugin build-14/lib/libcoroplugin.so \\
      --report build-14/bin/coroplugin-report --out /tmp/qemu-img-facts
"""

import argparse
import concurrent.futures
import json
import os
import shlex
import shutil
import struct
import subprocess
import sys

CHUNK_HEADER = struct.Struct("<4sBBHII")  # plugin/facts/FactsSection.h


def ninja_edge(lines, target):
    """The inputs and LINK_ARGS of `build TARGET: RULE ...` in build.ninja."""
    for i, line in enumerate(lines):
        if line.startswith("build %s: " % target):
            inputs = [w for w in line.split("|")[0].split()[3:] if w.endswith(".o")]
            args = ""
            for arg_line in lines[i + 1:]:
                if not arg_line.startswith(" "):
                    break
                if arg_line.strip().startswith("LINK_ARGS ="):
                    args = arg_line.split("=", 1)[1]
            return inputs, args
    sys.exit("no build edge for %s in build.ninja" % target)


def unit_args(entry, output):
    """The unit's compile arguments, writing OUTPUT and no dependency file."""
    args = shlex.split(entry["command"])[1:]
    out, i = [], 0
    while i < len(args):
        if args[i] in ("-MQ", "-MF", "-o"):
            i += 2
            continue
        if args[i] != "-MD":
            out.append(args[i])
        i += 1
    return out + ["-o", output]


def compile_all(jobs, build, commands):
    """Runs the commands whose object is missing, niced, JOBS at a time."""
    def one(item):
        output, cmd = item
        if os.path.exists(output):
            return None
        os.makedirs(os.path.dirname(output), exist_ok=True)
        r = subprocess.run(["nice", "-n", "10"] + cmd, cwd=build,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        return None if r.returncode == 0 else (output, r.stderr[-2000:])
    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        failures = [f for f in pool.map(one, commands) if f]
    for output, err in failures:
        print("compile failed: %s\n%s" % (output, err), file=sys.stderr)
    if failures:
        sys.exit("%d compiles failed" % len(failures))


def link(root, program, objects, archives, link_args, extra=()):
    """Links PROGRAM under ROOT from OBJECTS and thin archives of the members
    present there; block.syms is empty (meson's undefsym.py prints nothing
    for a build without modules)."""
    for archive, members in archives.items():
        path = os.path.join(root, archive)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if os.path.exists(path):
            os.remove(path)
        # Absolute member names: the --trace lines then name them whole.
        present = [os.path.join(root, m) for m in members
                   if os.path.exists(os.path.join(root, m))]
        subprocess.run(["ar", "csrDT", path] + present, check=True)
    open(os.path.join(root, "block.syms"), "w").close()
    cmd = ["clang", "-m64", "-o", program] + objects + shlex.split(link_args) + list(extra)
    return subprocess.run(cmd, cwd=root, check=True, capture_output=True, text=True).stdout


def chunks(section):
    """(unit, compressed, stored length, JSON length) of each chunk."""
    found, off = [], 0
    while off < len(section):
        if section[off] == 0:
            off += 1
            continue
        magic, _, flags, path_len, stored, json_len = CHUNK_HEADER.unpack_from(section, off)
        if magic != b"\x7fCPF":
            sys.exit("not a facts chunk at offset %d" % off)
        start = off + CHUNK_HEADER.size
        found.append((section[start:start + path_len].decode(), flags & 1, stored, json_len))
        off = start + path_len + stored
    return found


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--build", required=True, help="configured QEMU build directory")
    ap.add_argument("--program", default="qemu-img")
    ap.add_argument("--clang", required=True)
    ap.add_argument("--plugin", required=True)
    ap.add_argument("--report", required=True, help="coroplugin-report")
    ap.add_argument("--out", required=True, help="directory for objects, facts, program")
    ap.add_argument("-j", type=int, default=2)
    a = ap.parse_args()
    build, out = os.path.abspath(a.build), os.path.abspath(a.out)
    plugin, report = os.path.abspath(a.plugin), os.path.abspath(a.report)
    clang = os.path.abspath(a.clang)
    # The link runs the named clang's driver, which finds its own lld/ld.
    os.environ["PATH"] = os.path.dirname(clang) + os.pathsep + os.environ["PATH"]

    lines = open(os.path.join(build, "build.ninja")).read().split("\n")
    objects, link_args = ninja_edge(lines, a.program)
    archives = {w: ninja_edge(lines, w)[0] for w in shlex.split(link_args)
                if w.endswith(".a") and not os.path.isabs(w)}
    entries = {e["output"]: e for e in json.load(open(os.path.join(build, "compile_commands.json")))}

    probe, obj, facts = (os.path.join(out, d) for d in ("probe", "obj", "facts"))
    members = [m for ms in archives.values() for m in ms]
    compile_all(a.j, build, [
        (os.path.join(probe, u),
         [clang] + [x for x in unit_args(entries[u], os.path.join(probe, u))
                    if x not in ("-O2", "-g")] + ["-O1", "-g0", "-w"])
        for u in objects + members])
    trace = link(probe, a.program, objects, archives, link_args, ["-Wl,--trace"])
    traced = set(trace.split("\n"))
    pulled = [m for m in members if os.path.join(probe, m) in traced]

    units = objects + pulled
    compile_all(a.j, build, [
        (os.path.join(obj, u),
         [clang] + unit_args(entries[u], os.path.join(obj, u)) +
         ["-fplugin=" + plugin, "-fplugin-arg-coroplugin-facts=" + facts])
        for u in units])
    link(obj, a.program, objects, archives, link_args)

    program = os.path.join(obj, a.program)
    stripped, section_file = program + ".nofacts", os.path.join(out, "section.bin")
    objcopy = os.path.join(os.path.dirname(clang), "llvm-objcopy")
    subprocess.run([objcopy, "--remove-section", ".coroplugin.facts", program, stripped], check=True)
    subprocess.run([objcopy, "--dump-section", ".coroplugin.facts=" + section_file,
                    program, os.devnull], check=True)
    section = open(section_file, "rb").read()
    found = chunks(section)
    size, without = os.path.getsize(program), os.path.getsize(stripped)
    objects_size = sum(os.path.getsize(os.path.join(obj, u)) for u in units)
    stored, inflated = sum(c[2] for c in found), sum(c[3] for c in found)
    print("%s: %d objects and %d of %d archive members, %d units in the section" % (
        a.program, len(objects), len(pulled), len(members), len(found)))
    print("program %d bytes, %d without the section: +%d (%.1f%%)" % (
        size, without, size - without, 100.0 * (size - without) / without))
    print("section %d bytes, %.0f a unit; objects %d bytes, the section %.1f%% of them" % (
        len(section), len(section) / len(found), objects_size, 100.0 * len(section) / objects_size))
    print("facts JSON %d bytes stored as %d (%.1fx smaller), %d of %d chunks compressed" % (
        inflated, stored, inflated / stored, sum(c[1] for c in found), len(found)))

    # The facts directory holds every unit compiled into OUT, the program only
    # those linked: compare the program with the directory of its own units.
    linked = {c[0] for c in found}
    own = os.path.join(out, "facts-linked")
    os.makedirs(own, exist_ok=True)
    for name in os.listdir(facts):
        with open(os.path.join(facts, name)) as f:
            if json.load(f).get("unit") in linked:
                shutil.copyfile(os.path.join(facts, name), os.path.join(own, name))
    for fmt in ([], ["--format=json"], ["--dump-facts"]):
        outputs = [subprocess.run([report] + fmt + [src], stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT, text=True).stdout
                   for src in (program, own)]
        print("report %s: program and facts directory %s" % (
            " ".join(fmt) or "(text)", "equal" if outputs[0] == outputs[1] else "DIFFER"))

if __name__ == "__main__":
    main()
