#!/usr/bin/env python3
"""Checks that everything naming the checks agrees with format/Checks.def.

Usage: check-registry.py SOURCE_ROOT HELP_OUTPUT

Every check needs plugin/checks/<Class>.cpp, named in plugin/CMakeLists.txt,
test/checks/<name>.c or .cpp and docs/checks/<name>.md titled "# <name>" ("# <name> (off by default)" when
off); no such file may exist for a check that is not registered. The README's
check table and the output of -fplugin-arg-coroplugin-help must list exactly
the registered checks, each with its default. Prints one line per
disagreement and exits 1 if there is any.
"""
import os
import re
import sys

CHECK = re.compile(r'CHECK\(\s*(\w+)\s*,\s*"([^"]+)"\s*,\s*(true|false)\s*,')
README_ROW = re.compile(r'^\| \[([^\]]+)\]\(([^)]+)\) \| (on|off) \|')
HELP_ROW = re.compile(r'^  (\S+) +(.*?)( \[off\])?$')


def registry(root):
    with open(os.path.join(root, "format", "Checks.def")) as f:
        text = re.sub(r"//[^\n]*", "", f.read())
    return [(cls, name, on == "true") for cls, name, on in CHECK.findall(text)]


def readme_table(root):
    rows, in_checks = [], False
    with open(os.path.join(root, "README.md")) as f:
        for line in f:
            if line.startswith("## "):
                in_checks = line.strip() == "## Checks"
            elif in_checks:
                m = README_ROW.match(line)
                if m:
                    rows.append((m.group(1), m.group(2), m.group(3) == "on"))
    return rows


def help_table(path):
    rows, in_checks = [], False
    with open(path) as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("Checks ("):
                in_checks = True
            elif in_checks and line:
                m = HELP_ROW.match(line)
                if m:
                    rows.append((m.group(1), m.group(3) is None))
    return rows


def compare(what, listed, checks, errors):
    """listed: (name, enabled) pairs as `what` shows them."""
    seen = set()
    for name, on in listed:
        if name in seen:
            errors.append("%s lists '%s' twice" % (what, name))
        seen.add(name)
        if name not in checks:
            errors.append("%s lists '%s', which is not in Checks.def" % (what, name))
        elif checks[name] != on:
            errors.append("%s says '%s' is %s by default, Checks.def says %s"
                          % (what, name, "on" if on else "off",
                             "on" if checks[name] else "off"))
    for name in checks:
        if name not in seen:
            errors.append("%s does not list '%s'" % (what, name))


def main():
    root, help_output = sys.argv[1], sys.argv[2]
    regs = registry(root)
    errors = []
    if not regs:
        errors.append("no CHECK(...) entries found in format/Checks.def")
    checks = {name: on for _, name, on in regs}

    def path(*parts):
        return os.path.join(root, *parts)

    with open(path("plugin", "CMakeLists.txt")) as f:
        built = set(re.findall(r"\bchecks/(\w+)\.cpp\b",
                               re.sub(r"#[^\n]*", "", f.read())))
    for cls, name, on in regs:
        if not os.path.isfile(path("plugin", "checks", cls + ".cpp")):
            errors.append("'%s': no plugin/checks/%s.cpp" % (name, cls))
        elif cls not in built:
            errors.append("'%s': plugin/checks/%s.cpp is not in "
                          "plugin/CMakeLists.txt" % (name, cls))
        if not any(os.path.isfile(path("test", "checks", name + ext))
                   for ext in (".c", ".cpp")):
            errors.append("'%s': no test/checks/%s.c or .cpp" % (name, name))
        doc = path("docs", "checks", name + ".md")
        if not os.path.isfile(doc):
            errors.append("'%s': no docs/checks/%s.md" % (name, name))
            continue
        with open(doc) as f:
            title = f.readline().rstrip("\n")
        want = "# " + name + ("" if on else " (off by default)")
        if title != want:
            errors.append("docs/checks/%s.md: title is '%s', expected '%s'"
                          % (name, title, want))

    classes = {cls for cls, _, _ in regs}
    orphans = [("plugin/checks", f) for f in os.listdir(path("plugin", "checks"))
               if f.endswith(".cpp") and f[:-4] not in classes]
    orphans += [("test/checks", f) for f in os.listdir(path("test", "checks"))
                if os.path.splitext(f)[1] in (".c", ".cpp")
                and os.path.splitext(f)[0] not in checks]
    orphans += [("docs/checks", f) for f in os.listdir(path("docs", "checks"))
                if f.endswith(".md") and f[:-3] not in checks]
    for where, f in sorted(orphans):
        errors.append("%s/%s belongs to no check in Checks.def" % (where, f))

    readme = readme_table(root)
    for name, link, _ in readme:
        if link != "docs/checks/%s.md" % name:
            errors.append("README.md: row '%s' links to '%s'" % (name, link))
    compare("README.md's check table", [(n, on) for n, _, on in readme],
            checks, errors)
    compare("-fplugin-arg-coroplugin-help", help_table(help_output), checks,
            errors)

    for e in errors:
        print("check-registry: error: " + e)
    if not errors:
        print("check-registry: %d checks agree" % len(regs))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
