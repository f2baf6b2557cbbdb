#!/usr/bin/env python3
"""Error-recovery fuzzing: the plugin must survive whatever clang survives.

Takes C/C++ inputs (files, or directories searched for *.c and *.cpp: the lit
suite's inputs) plus programs from gen.py, and makes broken variants of them:
tokens deleted, duplicated, swapped or replaced, lines deleted, duplicated or
swapped, the file truncated, braces and parentheses unbalanced, declarations,
#defines and #includes dropped, stray tokens inserted.  Each mutant is compiled
without and with the plugin (-fsyntax-only, the flags of a RUN line of its
input, sometimes all checks, parseable fix-its or -Xclang -fixit).  A mutant
that plain clang compiles without crashing (errors are fine) must not make the
plugin crash (a signal, "PLEASE submit a bug report", "Stack dump", a failed
assertion, a sanitizer report) or hang (--timeout, default 20 s).

  python3 test/fuzz/mutate.py --clang /usr/lib/llvm-14/bin/clang \\
      --plugin build/lib/libcoroplugin.so --inputs test/checks test/attrs \\
      --count 300 --seed 1 -j2

Every failure is saved (--keep DIR, default ./mutate-failures) with the
command that reproduces it.  Exit status 1 on any failure.
"""
import argparse
import os
import random
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # no __pycache__ in the source tree
import gen  # noqa: E402

CRASH = re.compile(r"PLEASE submit a bug report|Stack dump|Assertion `.*' failed|"
                   r"frontend command failed due to signal|ERROR: AddressSanitizer|"
                   r"runtime error:|UndefinedBehaviorSanitizer|LeakSanitizer|"
                   r"Segmentation fault|Aborted")

TOKEN = re.compile(r"""\s+|//[^\n]*|/\*.*?\*/|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|"""
                   r"""[A-Za-z_]\w*|\d[\w.]*|::|->|\+\+|--|<<|>>|&&|\|\||[<>=!]=|\[\[|\]\]|##|.""",
                   re.S)
STRAY = ("{", "}", "(", ")", "[", "]", ";", ",", "*", "&", "#", "\\", "^", "<", ">",
         "::", "[[", "]]", "\"", "'", "...", "if", "else", "return", "goto", "static",
         "typedef", "struct", "template", "auto", "sizeof", "_Generic", "__typeof__",
         "coroutine_fn", "no_coroutine_fn", "coroutine_mixed_fn", "generated_co_wrapper",
         "co_wrapper", "co_wrapper_mixed", "__attribute__((coroutine_fn))",
         '__attribute__((annotate("coroutine_fn")))', "__attribute__((no_coroutine_fn))",
         "__attribute__((coroutine_fn(1)))", "[[qemu::coroutine_fn]]",
         "qemu_in_coroutine()", "!qemu_in_coroutine()", "__allow_coroutine_fn_call(",
         "__builtin_choose_expr(", "#define coroutine_fn", "#undef coroutine_fn",
         "__attribute__((cleanup(", "^{", "[](){", "x(", "0)", "bdrv_co_pread")

# Flags taken from RUN lines: (pattern, takes an argument).
FLAG_OK = re.compile(r"^(-fblocks|-std=\S+|-D\S+|-I\S+|-w|-Werror\S*|-Wno-\S+|"
                     r"-fdiagnostics-parseable-fixits|-fno-diagnostics-show-option|"
                     r"-fplugin-arg-coroplugin-checks=\S+|"
                     r"-fplugin-arg-coroplugin-macro-markers=(on|off))$")
BAD_CHECKS = ("no-such-check",)


def collect_inputs(paths):
    out = []
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs.sort()
                for f in sorted(files):
                    if f.endswith((".c", ".cpp")):
                        out.append(os.path.join(root, f))
        elif os.path.isfile(p):
            out.append(p)
        else:
            raise SystemExit("mutate.py: no such input: %s" % p)
    return out


def run_line_flags(text, directory):
    """One flag list per RUN line that compiles the file."""
    sets = []
    for line in text.splitlines():
        if "RUN:" not in line:
            continue
        cmd = line.split("RUN:", 1)[1]
        if "%coro" not in cmd and "%clang" not in cmd:
            continue
        cmd = re.split(r"\||2>&1|>|;", cmd)[0].replace("%S", directory)
        try:
            words = shlex.split(cmd)
        except ValueError:
            continue
        flags = []
        i = 0
        while i < len(words):
            w = words[i]
            if w == "-isystem" and i + 1 < len(words):
                flags += [w, words[i + 1]]
                i += 2
                continue
            if FLAG_OK.match(w) and not any(b in w for b in BAD_CHECKS):
                flags.append(w)
            i += 1
        if flags not in sets:
            sets.append(flags)
    return sets or [[]]


class Source:
    def __init__(self, name, text, directory, ext, flag_sets):
        self.name, self.text, self.dir, self.ext = name, text, directory, ext
        self.flag_sets = flag_sets


# ------------------------------------------------------------------ mutations


def tokens(text):
    return TOKEN.findall(text)


def significant(toks):
    return [i for i, t in enumerate(toks) if not t.isspace()]


def op_token_delete(r, text):
    t = tokens(text)
    s = significant(t)
    if s:
        del t[r.choice(s)]
    return "".join(t)


def op_token_duplicate(r, text):
    t = tokens(text)
    s = significant(t)
    if s:
        i = r.choice(s)
        t.insert(i, t[i] + " ")
    return "".join(t)


def op_token_swap(r, text):
    t = tokens(text)
    s = significant(t)
    if len(s) > 1:
        k = r.randrange(len(s) - 1)
        a, b = s[k], s[k + 1]
        t[a], t[b] = t[b], t[a]
    return "".join(t)


def op_token_replace(r, text):
    t = tokens(text)
    s = significant(t)
    if len(s) > 1:
        t[r.choice(s)] = t[r.choice(s)]
    return "".join(t)


def op_token_insert(r, text):
    t = tokens(text)
    i = r.randrange(len(t) + 1)
    t.insert(i, " " + r.choice(STRAY) + " ")
    return "".join(t)


def op_line_delete(r, text):
    ls = text.split("\n")
    if ls:
        del ls[r.randrange(len(ls))]
    return "\n".join(ls)


def op_line_duplicate(r, text):
    ls = text.split("\n")
    i = r.randrange(len(ls))
    ls.insert(i, ls[i])
    return "\n".join(ls)


def op_line_swap(r, text):
    ls = text.split("\n")
    if len(ls) > 1:
        a, b = r.randrange(len(ls)), r.randrange(len(ls))
        ls[a], ls[b] = ls[b], ls[a]
    return "\n".join(ls)


def op_truncate(r, text):
    return text[:r.randrange(len(text) + 1)]


def op_unbalance(r, text):
    t = tokens(text)
    brackets = [i for i, x in enumerate(t) if x in ("{", "}", "(", ")", "[", "]")]
    if brackets and r.random() < 0.6:
        del t[r.choice(brackets)]
    else:
        t.insert(r.randrange(len(t) + 1), r.choice(("{", "}", "(", ")", "[", "]")))
    return "".join(t)


def op_drop_declaration(r, text):
    """Delete a top-level declaration: from a line starting in column 0 to the
    line that ends it (`;` or `}` at brace depth 0)."""
    ls = text.split("\n")
    starts = [i for i, l in enumerate(ls)
              if l[:1] and not l[:1].isspace() and not l.startswith(("#", "//", "/*", "}"))]
    if not starts:
        return text
    i = r.choice(starts)
    depth, j = 0, i
    while j < len(ls):
        code = ls[j].split("//")[0]
        depth += code.count("{") - code.count("}")
        if depth <= 0 and (code.rstrip().endswith((";", "}")) or depth < 0):
            break
        j += 1
    del ls[i:j + 1]
    return "\n".join(ls)


def op_drop_directive(r, text):
    ls = text.split("\n")
    ds = [i for i, l in enumerate(ls) if l.lstrip().startswith("#")]
    if ds:
        del ls[r.choice(ds)]
    return "\n".join(ls)


OPS = {
    "token-delete": op_token_delete, "token-duplicate": op_token_duplicate,
    "token-swap": op_token_swap, "token-replace": op_token_replace,
    "token-insert": op_token_insert, "line-delete": op_line_delete,
    "line-duplicate": op_line_duplicate, "line-swap": op_line_swap,
    "truncate": op_truncate, "unbalance": op_unbalance,
    "drop-declaration": op_drop_declaration, "drop-directive": op_drop_directive,
}


# ------------------------------------------------------------------ running


def run(cmd, env, timeout):
    start = time.time()
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           env=env, timeout=timeout, universal_newlines=True,
                           errors="replace")
        return p.returncode, p.stdout, time.time() - start
    except subprocess.TimeoutExpired as e:
        out = e.output or ""
        if isinstance(out, bytes):
            out = out.decode("utf-8", "replace")
        return None, out, time.time() - start


def crashed(rc, out):
    return (rc is not None and (rc < 0 or rc > 1)) or bool(CRASH.search(out))


class Mutant:
    pass


def make_mutant(sources, r, n):
    m = Mutant()
    m.n = n
    m.src = r.choice(sources)
    text = m.src.text
    m.ops = []
    for _ in range(r.choice((1, 1, 1, 2, 2, 3))):
        name = r.choice(list(OPS))
        m.ops.append(name)
        text = OPS[name](r, text)
    m.text = text
    flags = list(r.choice(m.src.flag_sets))
    x = r.random()
    if x < 0.35:
        flags.append("-fplugin-arg-coroplugin-checks=*")
    elif x < 0.45:
        flags.append("-fplugin-arg-coroplugin-checks=-*,declaration-mismatch,mixed-dispatch")
    if r.random() < 0.3:
        flags.append("-fdiagnostics-parseable-fixits")
    m.fixit = r.random() < 0.08
    # Facts are written for what compiles: C++ the generator never makes.
    m.facts = r.random() < 0.3
    m.flags = flags
    return m


def compile_cmds(args, m, path):
    comp = args.clang + "++" if m.src.ext == ".cpp" else args.clang
    base = [comp, "-fsyntax-only", "-fno-color-diagnostics", "-fno-caret-diagnostics",
            "-fno-crash-diagnostics",
            "-ferror-limit=0", "-I", m.src.dir]
    plain_flags = [f for f in m.flags if not f.startswith("-fplugin-arg-")]
    plain = base + plain_flags + [path]
    plugin = base + ["-fplugin=" + args.plugin] + m.flags
    if m.facts:
        plugin.append("-fplugin-arg-coroplugin-facts=" +
                      os.path.join(os.path.dirname(path), "facts"))
    if m.fixit:
        plugin += ["-Xclang", "-fixit"]
    return plain, plugin + [path]


def test_mutant(args, m, tmp, env):
    path = os.path.join(tmp, "mutant_%d%s" % (m.n, m.src.ext))
    with open(path, "w") as f:
        f.write(m.text)
    plain, plugin = compile_cmds(args, m, path)
    m.plain_rc, out, m.plain_time = run(plain, env, args.timeout)
    m.result, m.detail = None, ""
    if m.plain_rc is None or crashed(m.plain_rc, out):
        m.result = "plain-crash-or-hang"
        return m
    if m.fixit:
        # -fixit rewrites the file and every header it includes that a fix-it
        # touches: compile a copy of the input's tree, never the tree itself.
        src = os.path.abspath(m.src.dir)
        root = os.path.join(tmp, "fixit_%d" % m.n)
        copy_dir = os.path.join(root, os.path.basename(src))
        skip = shutil.ignore_patterns("Output", "__pycache__", "fixit_*", "*.py")
        shutil.copytree(src, copy_dir, ignore=skip)
        shared = os.path.join(os.path.dirname(src), "Inputs")  # "../Inputs/..."
        if os.path.isdir(shared) and shared != src:
            shutil.copytree(shared, os.path.join(root, "Inputs"), ignore=skip)
        path2 = os.path.join(copy_dir, "mutant_%d_fixit%s" % (m.n, m.src.ext))
        shutil.copyfile(path, path2)
        plugin = [copy_dir if a == m.src.dir else a for a in plugin[:-1]] + [path2]
    m.rc, out, m.time = run(plugin, env, args.timeout)
    m.cmd = plugin
    if m.rc is None:
        m.result, m.detail = "hang", "no answer in %d s" % args.timeout
    elif crashed(m.rc, out):
        m.result = "crash"
        hit = CRASH.search(out)
        m.detail = "exit %s: %s" % (m.rc, hit.group(0) if hit else "")
        m.output = out
    else:
        m.result = "ok-errors" if m.rc else "ok-clean"
    return m


def save_failure(args, m):
    os.makedirs(args.keep, exist_ok=True)
    base = os.path.join(args.keep, "mutant_%d_seed%d" % (m.n, args.seed))
    path = base + m.src.ext
    with open(path, "w") as f:
        f.write(m.text)
    cmd = [c for c in m.cmd[:-1]] + [path]
    with open(base + ".txt", "w") as f:
        f.write("input: %s\nmutations: %s\nresult: %s %s\n" % (
            m.src.name, ", ".join(m.ops), m.result, m.detail))
        env = ""
        if args.preload:
            env = "LD_PRELOAD=%s ASAN_OPTIONS=detect_leaks=0 " % shlex.quote(args.preload)
        f.write("reproduce: %s%s\n" % (env, " ".join(shlex.quote(c) for c in cmd)))
        f.write("--- output\n%s" % getattr(m, "output", ""))
    return path, base + ".txt"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("--clang", required=True)
    ap.add_argument("--plugin", required=True)
    ap.add_argument("--inputs", nargs="*", default=[], help="files or directories")
    ap.add_argument("--generated", type=int, default=20,
                    help="also mutate this many gen.py programs (seeds SEED*1000...)")
    ap.add_argument("--count", type=int, default=300)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--timeout", type=int, default=20)
    ap.add_argument("-j", "--jobs", type=int, default=1)
    ap.add_argument("--preload", help="LD_PRELOAD for both compiles (sanitizer builds)")
    ap.add_argument("--keep", default="mutate-failures", metavar="DIR",
                    help="where failing mutants are written")
    args = ap.parse_args(argv)
    args.plugin = os.path.abspath(args.plugin)
    env = dict(os.environ)  # lit's LD_PRELOAD / ASAN_OPTIONS pass through
    if args.preload:
        env["LD_PRELOAD"] = args.preload
        env.setdefault("ASAN_OPTIONS", "detect_leaks=0")

    sources = []
    for p in collect_inputs(args.inputs):
        with open(p, errors="replace") as f:
            text = f.read()
        d = os.path.dirname(os.path.abspath(p))
        sources.append(Source(p, text, d, os.path.splitext(p)[1], run_line_flags(text, d)))
    for k in range(args.generated):
        u = gen.generate(args.seed * 1000 + k)
        gen.render(u)
        sources.append(Source("gen.py seed %d" % u.seed, u.text, HERE, ".c", [list(u.flags)]))
    if not sources:
        ap.error("no inputs")

    r = random.Random(args.seed)
    mutants = [make_mutant(sources, r, n) for n in range(args.count)]
    start = time.time()
    counts = Counter()
    failures = []
    with tempfile.TemporaryDirectory(prefix="coroplugin-mutate-") as tmp:
        with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            for m in pool.map(lambda m: test_mutant(args, m, tmp, env), mutants):
                counts[m.result] += 1
                if m.result in ("crash", "hang"):
                    path, txt = save_failure(args, m)
                    failures.append(m)
                    print("FAIL %s: mutant %d of %s (%s): %s\n  saved: %s (command in %s)" % (
                        m.result, m.n, m.src.name, ", ".join(m.ops), m.detail, path, txt))
                    sys.stdout.flush()
    elapsed = time.time() - start
    print("mutate: %d mutants of %d inputs (seed %d): %d compile cleanly, %d with errors, "
          "%d skipped (plain clang crashed or hung); plugin crashes %d, hangs %d; %.1f s"
          % (len(mutants), len(sources), args.seed, counts["ok-clean"], counts["ok-errors"],
             counts["plain-crash-or-hang"], counts["crash"], counts["hang"], elapsed))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
