#!/usr/bin/env python3
"""Does every fix-it of the plugin reach the whole-program export?

  python3 bench/fixit-audit.py OUT FIXES EXPORT DECISIONS

OUT: the output of `test/qemu/compile-units.py -v` with the plugin,
--extra-flag=-fdiagnostics-parseable-fixits, facts and export-fixes=FIXES on;
EXPORT: `coroplugin-report --merge-fixes=FIXES --export-fixes=EXPORT` of that
build; DECISIONS: the report's needs-decision remarks, one a line. Prints the
fix-its shown on the terminal that the units' YAML lacks (and the reverse),
then the per-unit diagnostics whose replacements are not all in the export,
by check and by what the decisions say of their function. Run it before
the patch is applied: offsets are turned into lines against the files. Needs PyYAML
(Debian: python3-yaml).
"""
import bisect, collections, glob, os, re, sys
import yaml
out, fixes, export, decisions = sys.argv[1:5]
lines_cache = {}
def starts(path):
    if path not in lines_cache:
        t = open(path, 'rb').read()
        st = [0]
        for i, c in enumerate(t):
            if c == 10: st.append(i + 1)
        lines_cache[path] = st
    return lines_cache[path]
def lc(path, off):
    st = starts(path)
    l = bisect.bisect_right(st, off) - 1
    return l + 1, off - st[l] + 1
FIX = re.compile(r'^fix-it:"([^"]*)":\{(\d+):(\d+)-(\d+):(\d+)\}:"(.*)"$')
DIAG = re.compile(r'^(\S[^:]*):(\d+):(\d+): (warning|error): (.*)$')
T = set(); tdiags = 0
cwd = None; cur = None
for raw in open(out, errors='replace'):
    if raw.startswith('    $ cd '):
        cwd = raw[len('    $ cd '):].split(' && ')[0]
        continue
    if not raw.startswith('    | '): continue
    l = raw[6:].rstrip('\n')
    m = DIAG.match(l)
    if m:
        cur = m.group(5) if 'Wcoroutine' in m.group(5) else None
        if cur: tdiags += 1
        continue
    m = FIX.match(l)
    if m and cur:
        p = os.path.normpath(os.path.join(cwd, m.group(1)))
        text = m.group(6).encode().decode('unicode_escape')
        T.add((p, int(m.group(2)), int(m.group(3)), text))
def yaml_reps(path):
    d = yaml.safe_load(open(path)) or {}
    for diag in d.get('Diagnostics') or []:
        msg = diag['DiagnosticMessage']
        reps = [(r['FilePath'], r['Offset'], r['Length'], r['ReplacementText']) for r in msg.get('Replacements') or []]
        yield diag.get('DiagnosticName'), msg.get('Message'), reps
Y = set(); ydiags = []
for f in glob.glob(os.path.join(fixes, '*.yaml')):
    for name, msg, reps in yaml_reps(f):
        k = set()
        for p, o, n, t in reps:
            l, c = lc(p, o); k.add((p, l, c, t))
        Y |= k
        if reps: ydiags.append((name, msg, k))
E = set()
for name, msg, reps in yaml_reps(export):
    for p, o, n, t in reps:
        l, c = lc(p, o); E.add((p, l, c, t))
print("terminal coroutine warnings: %d; distinct terminal fix-its: %d; distinct per-unit YAML replacements: %d; export replacements: %d" % (tdiags, len(T), len(Y), len(E)))
print("terminal fix-its missing from the unit YAML: %d" % len(T - Y))
for x in sorted(T - Y)[:10]: print("   ", x)
print("unit YAML replacements not on the terminal: %d" % len(Y - T))
dec = open(decisions, errors='replace').read()
roots = set(re.findall(r"finding of '([^']*)'", dec))
dropped = [(n, m, k) for n, m, k in ydiags if not k <= E]
print("per-unit diagnostics with fix-its: %d, distinct: %d; not (wholly) in the export: %d (distinct %d)" % (
    len(ydiags), len({(n, m) for n, m, k in ydiags}), len(dropped), len({(n, m) for n, m, k in dropped})))
why = collections.Counter()
samples = collections.defaultdict(list)
for n, m, k in {(n, m, frozenset(k)) for n, m, k in dropped}:
    fn = re.findall(r"'([^']*)'", m)
    fname = fn[0] if fn else '?'
    if re.search(r"finding of '%s': '%s' is declared in" % (re.escape(fname), re.escape(fname)), dec) and ("leave out the %s finding of '%s'" % (n, fname)) in dec:
        r = "own decision: a unit reading the file lacks the macro"
    elif fname in roots:
        r = "function is the root of a decision"
    else:
        r = "not named in a decision"
    why[(n, r)] += 1
    samples[(n, r)].append(m)
for (n, r), c in why.most_common():
    print("  %4d %s: %s" % (c, n, r))
    for s in samples[(n, r)][:3]: print("        e.g.", s)
