#!/usr/bin/env python3
"""Checks that the build files mirror the folders and that includes go one way.

Usage: source-layout.py SOURCE_ROOT

- Every .c and .cpp file under attrs/, format/, plugin/ and report/ is named
  in its folder's CMakeLists.txt (a subfolder's by its path from there), so
  that a source file left out of the build is an error, not dead code.
- Includes go one way: compat/ and attrs/ <- format/ <- plugin/, report/.
  format/ includes no Clang and nothing of plugin/ or report/; report/
  includes nothing of plugin/ and no Clang; plugin/ nothing of report/;
  plugin/'s own headers (plugin/*.h) nothing of plugin/facts/, the writer that
  sits above the checks.
Prints one line per disagreement and exits 1 if there is any.
"""
import os
import re
import sys

LAYERS = ("compat", "attrs", "format", "plugin", "report")
# What each layer may include, besides itself and LLVM.
ALLOWED = {
    "compat": {"compat", "clang"},
    "attrs": {"attrs", "compat", "clang"},
    "format": {"format", "attrs", "compat"},
    "plugin": {"plugin", "format", "attrs", "compat", "clang"},
    "report": {"report", "format", "attrs", "compat"},
}
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
SOURCE = (".c", ".cpp")


def sources(root, layer):
    for dirpath, _, files in os.walk(os.path.join(root, layer)):
        for f in sorted(files):
            yield os.path.relpath(os.path.join(dirpath, f), root)


def cmake_names(root, layer):
    path = os.path.join(root, layer, "CMakeLists.txt")
    if not os.path.isfile(path):
        return set()
    with open(path) as f:
        text = re.sub(r"#[^\n]*", "", f.read())
    return {n.lstrip("/") for n in re.findall(r"[\w/.+-]+\.(?:c|cpp)\b", text)}


def target_layer(root, path, included):
    """The layer an include names: by its first component, else the file's
    own folder or its layer's top folder (report/html/ includes report/'s
    headers by name), else the one layer that has such a file."""
    first = included.split("/")[0]
    if first in LAYERS:
        return first
    if first in ("clang", "llvm"):
        return first
    layer = path.split("/")[0]
    if (os.path.isfile(os.path.join(root, os.path.dirname(path), included))
            or os.path.isfile(os.path.join(root, layer, included))):
        return layer
    found = [l for l in LAYERS if os.path.isfile(os.path.join(root, l, included))]
    return found[0] if len(found) == 1 else None


def main():
    root = sys.argv[1]
    errors = []
    for layer in ("attrs", "format", "plugin", "report"):
        listed = cmake_names(root, layer)
        for path in sources(root, layer):
            if path.endswith(SOURCE):
                rel = os.path.relpath(path, layer)
                if rel not in listed and os.path.basename(rel) not in listed:
                    errors.append("%s is in no target of %s/CMakeLists.txt"
                                  % (path, layer))
    for layer in LAYERS:
        for path in sources(root, layer):
            if not path.endswith(SOURCE + (".h", ".def")):
                continue
            with open(os.path.join(root, path)) as f:
                text = f.read()
            for included in INCLUDE.findall(text):
                to = target_layer(root, path, included)
                if to == "llvm":
                    continue
                if to is None:
                    errors.append('%s includes "%s", which no layer has'
                                  % (path, included))
                elif to not in ALLOWED[layer]:
                    errors.append('%s includes "%s": %s/ must not include %s/'
                                  % (path, included, layer, to))
                elif (layer == "plugin" and path.count("/") == 1
                      and path.endswith(".h") and included.startswith("facts/")):
                    errors.append('%s includes "%s": plugin/facts/ sits above '
                                  'the checks' % (path, included))
    for e in errors:
        print("source-layout: error: " + e)
    if not errors:
        print("source-layout: every source is built, every include goes down")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
