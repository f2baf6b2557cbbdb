"""Random, valid C translation units that use QEMU's coroutine markers.

generate(seed) builds a Unit: an abstract program (functions with marker
sets and declarations, typedefs, pointers, struct fields, call macros, and
function bodies made of call statements).  render(unit) turns it into C text
and records, on every statement and definition, the line it was written on.
What the plugin must report is computed from the Unit by model.py, which
knows nothing about the text.

Everything here is deterministic in the seed (random.Random, lists and
dicts only), so a seed number is a complete reproducer.
"""
import random

CO, MIX, NOCO = "coroutine_fn", "coroutine_mixed_fn", "no_coroutine_fn"
GCW, CW, CWM = "generated_co_wrapper", "co_wrapper", "co_wrapper_mixed"
CONTEXT_MARKERS = (CO, MIX, NOCO)
WRAPPER_MARKERS = (GCW, CW, CWM)
ALL_MARKERS = CONTEXT_MARKERS + WRAPPER_MARKERS

STYLES = ("attr", "annotate", "macro", "mix")

# Statement forms.  Which of them evaluate their calls is the model's
# business (model.EVALUATED); the generator only knows how to write them.
CALL_FORMS = ("plain", "void", "deref", "macro", "macro2", "alias", "stmtexpr",
              "cond_if", "ternary", "loop", "nested", "generic_sel",
              "choose_chosen", "comma", "sizeof", "typeof", "generic_unsel",
              "choose_unchosen", "allow", "macro_sizeof")
FORM_WEIGHTS = {"plain": 10, "void": 3, "deref": 3, "macro": 4, "macro2": 2,
                "alias": 2, "stmtexpr": 2, "cond_if": 2, "ternary": 2,
                "loop": 1, "nested": 2, "generic_sel": 1, "choose_chosen": 1,
                "comma": 1, "sizeof": 2, "typeof": 2, "generic_unsel": 2,
                "choose_unchosen": 2, "allow": 2, "macro_sizeof": 1}

# Dispatch forms: (text of the test, region of the then-branch, has else,
# early return).  "co" is the side where qemu_in_coroutine() is true.
DISPATCH_FORMS = ("if_else", "not_if_else", "if", "not_if", "not_if_return")

# Constructs the model does not describe, and so does not generate unless asked
# (--include-known): the plugin's behaviour there is pinned by a lit test.
KNOWN_ISSUES = {
    "marker-after-definition":
        "a marker on a redeclaration that follows the definition is ignored, as "
        "clang ignores attributes there (test/regressions/marker-after-definition.c)",
}
AVOID = set(KNOWN_ISSUES)

PREFIXES = ("bdrv", "blk", "nbd", "qio", "aio", "vhost")
STEMS = ("read", "write", "flush", "drain", "probe", "open", "sync", "poll",
         "truncate", "status")


def twin_name(name):
    """bdrv_pread -> bdrv_co_pread: `co_` after the first `_`; a name that has
    no `_`, or already reads x_co_y, has no twin."""
    i = name.find("_")
    if i <= 0 or name[i + 1:].startswith("co_"):
        return None
    return name[:i + 1] + "co_" + name[i + 1:]


def valid_set(ms):
    """coroutine_fn never goes with no_coroutine_fn or coroutine_mixed_fn, nor
    (in these programs) with a wrapper marker."""
    if CO in ms and any(m in ms for m in (MIX, NOCO) + WRAPPER_MARKERS):
        return False
    return sum(m in ms for m in WRAPPER_MARKERS) <= 1


def sorted_markers(ms):
    return [m for m in ALL_MARKERS if m in ms]


class Typedef:
    """kind: 'fn' (typedef int M T(int)), 'ptr' (typedef int M (*P)(int)),
    'ptr_of_fn' (typedef T M *P), 'alias' (typedef X M Y)."""

    def __init__(self, name, kind, base, own):
        self.name, self.kind, self.base, self.own = name, kind, base, own
        self.line = None

    @property
    def is_fn(self):
        if self.kind == "fn":
            return True
        if self.kind == "alias":
            return self.base.is_fn
        return False


class PtrSpec:
    """A function pointer's type as written: own markers plus an optional
    typedef the type is spelled through."""

    def __init__(self, own, typedef):
        self.own, self.typedef = own, typedef


class Holder:
    """A named function pointer: kind gvar, garr, field, param, local."""

    def __init__(self, kind, name, spec, owner=None):
        self.kind, self.name, self.spec, self.owner = kind, name, spec, owner
        self.line = None


class Struct:
    def __init__(self, name, fields, ptr_var, val_var):
        self.name, self.fields = name, fields
        self.ptr_var, self.val_var = ptr_var, val_var


class Decl:
    """One declaration of a function.  kind: proto or def; where: early (before
    every definition), late (after the function's definition, or at the end);
    place: where the markers are written (before the name, leading, trailing)."""

    def __init__(self, kind, where, written, place):
        self.kind, self.where, self.written, self.place = kind, where, written, place
        self.line = None
        self.index = None  # position among the top-level items
        self.no_raw = False  # write markers only through their macros


class Callee:
    """What a call names.  kind: fn (a function, called directly), holder (a
    function pointer).  via: how a holder is reached, for struct fields the
    struct variable expression."""

    def __init__(self, kind, target, via=None):
        self.kind, self.target, self.via = kind, target, via

    def expr(self):
        if self.kind == "fn":
            return self.target.name
        h = self.target
        if h.kind == "field":
            return self.via + h.name
        if h.kind == "garr":
            return h.name + "[1]"
        return h.name

    def args(self, inner="1"):
        if self.kind == "fn" and self.target.param is not None:
            return inner + ", 0"
        return inner

    def text(self, inner="1"):
        return "%s(%s)" % (self.expr(), self.args(inner))


class Stmt:
    def __init__(self, form, calls, macro=None, choose_first=True):
        self.form, self.calls, self.macro = form, calls, macro
        self.choose_first = choose_first
        self.line = None


class Dispatch:
    """if (qemu_in_coroutine()) ... : co and ord are statement lists; after an
    early return (not_if_return) the rest of the body is the co side."""

    def __init__(self, form, co, ord_, braces):
        self.form, self.co, self.ord, self.braces = form, co, ord_, braces
        self.line = None


class Macro:
    def __init__(self, name, kind, calls):
        self.name, self.kind, self.calls = name, kind, calls
        self.line = None


class Function:
    def __init__(self, name):
        self.name = name
        self.markers = []  # the marker set the function is meant to have
        self.decls = []
        self.static = False
        self.param = None
        self.locals = []
        self.body = []  # Stmt and Dispatch; statements after a not_if_return
        self.has_def = False

    @property
    def definition(self):
        for d in self.decls:
            if d.kind == "def":
                return d
        return None


class Unit:
    def __init__(self, seed):
        self.seed = seed
        self.style = None
        self.spell = {}  # marker -> attr | annotate | macro
        self.aliases = {}  # marker -> alias macro name
        self.flags = []  # extra compiler flags (checks=...)
        self.mismatch_ok = False
        self.typedefs = []
        self.structs = []
        self.globals = []
        self.functions = []
        self.macros = []
        self.items = []  # top-level order: (kind, obj)
        self.text = None
        self.header_lines = 2


# ---------------------------------------------------------------- generation


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.u = Unit(seed)
        self.nmacro = 0
        self.avoid = set(AVOID)

    def chance(self, p):
        return self.r.random() < p

    def weighted(self, table):
        items = list(table.items())
        total = sum(w for _, w in items)
        x = self.r.random() * total
        for k, w in items:
            x -= w
            if x < 0:
                return k
        return items[-1][0]

    # -- markers

    def context_set(self, weights=None):
        w = weights or {(): 45, (CO,): 30, (MIX,): 10, (NOCO,): 12, (MIX, NOCO): 3}
        return list(self.weighted(w))

    def function_set(self, has_twin):
        if has_twin:
            w = {(): 15, (CO,): 10, (MIX,): 5, (NOCO,): 25, (MIX, NOCO): 5,
                 (GCW,): 13, (CW,): 13, (CWM,): 10, (CW, NOCO): 2, (CWM, MIX): 2}
        else:
            w = {(): 35, (CO,): 25, (MIX,): 10, (NOCO,): 10, (MIX, NOCO): 3,
                 (GCW,): 6, (CW,): 6, (CWM,): 5}
        return list(self.weighted(w))

    def spelled(self, ms, allow_raw=True):
        """The text that writes markers ms."""
        out = []
        for m in sorted_markers(ms):
            kind = self.u.spell[m]
            # (A raw __attribute__((coroutine_fn)) would expand the
            # coroutine_fn macro inside it; annotate's string does not.)
            if allow_raw and kind == "annotate" and self.chance(0.12):
                out.append('__attribute__((annotate("%s")))' % m)
            elif m in self.u.aliases and self.chance(0.3):
                out.append(self.u.aliases[m])
            else:
                out.append(m)
        return " ".join(out)

    # -- the unit

    def run(self):
        u, r = self.u, self.r
        u.style = r.choice(STYLES)
        wrapper_kind = r.choice(("attr", "macro"))
        for m in ALL_MARKERS:
            if u.style == "attr":
                u.spell[m] = "attr"
            elif u.style == "macro":
                u.spell[m] = "macro"
            elif u.style == "annotate":
                u.spell[m] = "annotate" if m in CONTEXT_MARKERS else wrapper_kind
            else:
                kinds = ("attr", "annotate", "macro") if m in CONTEXT_MARKERS else ("attr", "macro")
                u.spell[m] = r.choice(kinds)
        for m in ALL_MARKERS:
            if self.chance(0.25):
                u.aliases[m] = "MY_" + m.upper()
        u.mismatch_ok = self.chance(0.3)
        self.pick_flags()
        self.make_typedefs()
        self.make_functions()
        self.make_holders()
        self.make_decls()
        self.make_bodies()
        return u

    def pick_flags(self):
        u = self.u
        checks = ["coroutine-caller", "wrapper-call", "no-coroutine-call",
                  "mixed-dispatch", "mixed-caller", "declaration-mismatch"]
        if u.mismatch_ok:
            opts = {"-declaration-mismatch": 4, "*,-declaration-mismatch,-omitted-marker": 4,
                    "mixed-caller,-declaration-mismatch": 1, "subset": 2}
        else:
            opts = {None: 5, "*": 4, "mixed-caller": 1, "subset": 2}
        v = self.weighted(opts)
        if v == "subset":
            pool = [c for c in checks if not (u.mismatch_ok and c == "declaration-mismatch")]
            pick = [c for c in pool if self.chance(0.5)] or [self.r.choice(pool)]
            v = "-*," + ",".join(pick)
        if v is not None:
            u.flags.append("-fplugin-arg-coroplugin-checks=" + v)

    def markers_ok_for_pointer(self, own, typedef):
        ms = set(own)
        t = typedef
        while t is not None:
            ms |= set(t.own)
            t = t.base
        return valid_set(ms)

    def make_typedefs(self):
        u = self.u
        for i in range(self.r.randint(0, 5)):
            kinds = ["fn", "ptr"]
            if u.typedefs:
                kinds += ["ptr_of_fn", "alias"]
            kind = self.r.choice(kinds)
            base = None
            if kind == "ptr_of_fn":
                fns = [t for t in u.typedefs if t.is_fn]
                if not fns:
                    kind = "ptr"
                else:
                    base = self.r.choice(fns)
            elif kind == "alias":
                base = self.r.choice(u.typedefs)
            for _ in range(10):
                own = self.context_set({(): 40, (CO,): 30, (MIX,): 10, (NOCO,): 15, (MIX, NOCO): 5})
                if self.markers_ok_for_pointer(own, base):
                    break
            else:
                own = []
            u.typedefs.append(Typedef("%s_%d" % ("Fn" if kind == "fn" else "FnP", i), kind, base, own))

    def ptr_spec(self, local=False):
        """own markers + typedef for a pointer; a local in a body writes no
        marker spelled as an empty macro (the plugin maps those only in
        declaration heads outside bodies)."""
        u = self.u
        td = self.r.choice(u.typedefs) if u.typedefs and self.chance(0.5) else None
        for _ in range(10):
            own = self.context_set({(): 50, (CO,): 25, (MIX,): 8, (NOCO,): 12, (MIX, NOCO): 5})
            if local and any(u.spell[m] == "macro" for m in own):
                continue
            if self.markers_ok_for_pointer(own, td):
                return PtrSpec(own, td)
        return PtrSpec([], td)

    def make_functions(self):
        u, r = self.u, self.r
        n = r.randint(5, 25)
        names = []
        for i in range(n):
            name = None
            if names and self.chance(0.3):
                cands = [twin_name(x) for x in names if twin_name(x) not in names]
                if cands:
                    name = r.choice(cands)
            if name is None:
                name = "%s_%s%d" % (r.choice(PREFIXES), r.choice(STEMS), i)
            names.append(name)
        for name in names:
            f = Function(name)
            has_twin = twin_name(name) in names
            f.markers = self.function_set(has_twin)
            if name.split("_", 1)[1].startswith("co_") and self.chance(0.6):
                f.markers = [CO]
            f.has_def = self.chance(0.7)
            f.static = f.has_def and self.chance(0.2)
            u.functions.append(f)

    def make_holders(self):
        u, r = self.u, self.r
        for i in range(r.randint(0, 4)):
            kind = r.choice(("gvar", "gvar", "garr"))
            u.globals.append(Holder(kind, "%s_hook%d" % (r.choice(PREFIXES), i), self.ptr_spec()))
        for i in range(r.randint(0, 2)):
            fields = [Holder("field", "op%d" % j, self.ptr_spec()) for j in range(r.randint(1, 4))]
            s = Struct("Ops%d" % i, fields, "ops%d" % i, "opsv%d" % i)
            for h in fields:
                h.owner = s
            u.structs.append(s)
        for f in u.functions:
            if self.chance(0.2):
                f.param = Holder("param", "cb", self.ptr_spec(), f)
            if f.has_def:
                for j in range(r.choice((0, 0, 0, 1, 2))):
                    f.locals.append(Holder("local", "lp%d" % j, self.ptr_spec(local=True), f))

    def make_decls(self):
        """Declarations of each function and the top-level order."""
        u, r = self.u, self.r
        defs = [f for f in u.functions if f.has_def]
        r.shuffle(defs)
        early = []
        for f in u.functions:
            pattern = []
            if not f.has_def:
                pattern = ["early"] + (["late"] if self.chance(0.3) else [])
                if self.chance(0.2):
                    pattern.insert(0, "early")
            else:
                if self.chance(0.75):
                    pattern.append("early")
                pattern.append("def")
                if self.chance(0.3):
                    pattern.append("late")
            ctx = [m for m in f.markers if m in CONTEXT_MARKERS]
            wrap = [m for m in f.markers if m in WRAPPER_MARKERS]
            n = len(pattern)
            # Context markers: on every declaration, or (with
            # declaration-mismatch off) on one.
            ctx_on = list(range(n)) if not u.mismatch_ok or self.chance(0.4) else [r.randrange(n)]
            wrap_on = list(range(n)) if self.chance(0.5) else [r.randrange(n)]
            for i, where in enumerate(pattern):
                written = [m for m in ctx if i in ctx_on] + [m for m in wrap if i in wrap_on]
                kind = "def" if where == "def" else "proto"
                places = {"before": 6, "leading": 2}
                if kind == "proto":
                    places["trailing"] = 2
                after_def = (kind == "proto" and where == "late" and f.has_def and written
                             and "marker-after-definition" in self.avoid)
                if after_def:
                    places.pop("trailing")
                place = self.weighted(places)
                d = Decl(kind, "def" if where == "def" else where, written, place)
                d.no_raw = after_def
                f.decls.append(d)
                if where == "early":
                    early.append(("proto", (f, d)))
        r.shuffle(early)
        items = [("typedef", t) for t in u.typedefs]
        mid = early + [("struct", s) for s in u.structs] + [("global", g) for g in u.globals]
        r.shuffle(mid)
        # Structs and globals may use typedefs only; prototypes too.
        items += mid
        items.append(("macros", None))
        body_items = [("def", (f, f.definition)) for f in defs]
        # Late prototypes: after the definition (or anywhere after the
        # early ones for undefined functions).
        for f in u.functions:
            for d in f.decls:
                if d.where != "late":
                    continue
                if f.has_def:
                    pos = next(i for i, it in enumerate(body_items) if it[0] == "def" and it[1][0] is f)
                    at = r.randint(pos + 1, len(body_items))
                else:
                    at = r.randint(0, len(body_items))
                body_items.insert(at, ("proto", (f, d)))
        items += body_items
        for i, it in enumerate(items):
            if it[0] in ("proto", "def"):
                it[1][1].index = i
        u.items = items

    def available(self, f):
        """Functions that are declared where f's body is written."""
        here = f.definition.index
        out = []
        for g in self.u.functions:
            if g is f or any(d.index is not None and d.index < here for d in g.decls):
                out.append(g)
        return out

    def callees(self, f):
        out = [Callee("fn", g) for g in self.available(f)]
        fns = len(out)
        for h in self.u.globals:
            out.append(Callee("holder", h))
        for s in self.u.structs:
            for h in s.fields:
                via = self.r.choice((s.ptr_var + "->", s.val_var + "."))
                out.append(Callee("holder", h, via))
        if f.param is not None:
            out.append(Callee("holder", f.param))
        for h in f.locals:
            out.append(Callee("holder", h))
        return out, fns

    def pick_callee(self, f, file_scope=False):
        cs, fns = self.callees(f)
        if file_scope:
            cs = [c for c in cs if c.kind == "fn" or c.target.kind in ("gvar", "garr", "field")]
        fn_part = [c for c in cs if c.kind == "fn"]
        other = [c for c in cs if c.kind != "fn"]
        if fn_part and (not other or self.chance(0.6)):
            return self.r.choice(fn_part)
        return self.r.choice(other)

    def new_macro(self, kind, calls):
        self.nmacro += 1
        prefix = {"macro": "CALL", "macro2": "CALL2", "alias": "ALIAS",
                  "macro_sizeof": "SIZE"}[kind]
        m = Macro("%s_%d" % (prefix, self.nmacro), kind, calls)
        self.u.macros.append(m)
        return m

    def stmt(self, f):
        form = self.weighted(FORM_WEIGHTS)
        if form in ("macro", "macro2", "alias", "macro_sizeof"):
            c = self.pick_callee(f, file_scope=True)
            if form == "alias" and c.kind != "fn":
                form = "macro"
            calls = [c]
            if form == "macro2":
                calls.append(self.pick_callee(f, file_scope=True))
            return Stmt(form, calls, self.new_macro(form, calls))
        c = self.pick_callee(f)
        if form == "deref" and c.kind == "fn":
            form = "plain"
        calls = [c]
        if form == "nested":
            calls.append(self.pick_callee(f))
        return Stmt(form, calls, choose_first=self.chance(0.5))

    def make_bodies(self):
        u, r = self.u, self.r
        for f in u.functions:
            if not f.has_def:
                continue
            body = [self.stmt(f) for _ in range(r.randint(0, 8))]
            if self.chance(0.3):
                form = r.choice(DISPATCH_FORMS)
                co = [self.stmt(f) for _ in range(r.randint(0, 3))]
                ord_ = [self.stmt(f) for _ in range(r.randint(0, 3))]
                if form in ("if", ):
                    ord_ = []
                if form == "not_if":
                    co = []
                if form == "not_if_return":
                    co = []  # the co side is what follows
                shown = {"if_else": [co, ord_], "not_if_else": [co, ord_], "if": [co],
                         "not_if": [ord_], "not_if_return": [ord_]}[form]
                braces = (self.chance(0.7) or form == "not_if_return"
                          or any(len(b) != 1 or b[0].form in ("cond_if", "loop")
                                 for b in shown))
                d = Dispatch(form, co, ord_, braces)
                pos = r.randint(0, len(body))
                body.insert(pos, d)
            f.body = body


def generate(seed, avoid=None):
    """avoid: names of KNOWN_ISSUES to steer clear of (default AVOID)."""
    g = Gen(seed)
    g.avoid = set(AVOID if avoid is None else avoid)
    return g.run()


# ---------------------------------------------------------------- rendering


class Writer:
    def __init__(self):
        self.lines = []

    def add(self, text):
        self.lines.append(text)
        return len(self.lines)  # 1-based line number


def spell_decl_markers(g, ms):
    return g.spelled(ms) if ms else ""


def ptr_decl(g, h, name_suffix=""):
    """Declarator text for holder h, e.g. `int coroutine_fn (*cb)(int)`."""
    spec = h.spec
    own = spell_decl_markers(g, spec.own)
    own_sp = (" " + own) if own else ""
    name = h.name + name_suffix
    if spec.typedef is None:
        return "int%s (*%s)(int)" % (own_sp, name)
    if spec.typedef.is_fn:
        return "%s%s *%s" % (spec.typedef.name, own_sp, name)
    return "%s%s %s" % (spec.typedef.name, own_sp, name)


def render_typedef(g, t):
    own = spell_decl_markers(g, t.own)
    own_sp = (" " + own) if own else ""
    if t.kind == "fn":
        return "typedef int%s %s(int);" % (own_sp, t.name)
    if t.kind == "ptr":
        return "typedef int%s (*%s)(int);" % (own_sp, t.name)
    if t.kind == "ptr_of_fn":
        return "typedef %s%s *%s;" % (t.base.name, own_sp, t.name)
    return "typedef %s%s %s;" % (t.base.name, own_sp, t.name)


def params_text(g, f):
    if f.param is None:
        return "int a"
    return "int a, " + ptr_decl(g, f.param)


def head_text(g, f, d):
    ms = g.spelled(d.written, allow_raw=not d.no_raw) if d.written else ""
    st = "static " if f.static else ""
    params = params_text(g, f)
    if not ms:
        return "%sint %s(%s)" % (st, f.name, params)
    if d.place == "leading":
        return "%s %sint %s(%s)" % (ms, st, f.name, params)
    if d.place == "trailing":
        return "%sint %s(%s) %s" % (st, f.name, params, ms)
    return "%sint %s %s(%s)" % (st, ms, f.name, params)


def macro_text(m):
    c = m.calls
    if m.kind == "macro":
        return "#define %s(x) %s" % (m.name, c[0].text("x"))
    if m.kind == "macro2":
        return "#define %s(x) (%s + %s)" % (m.name, c[0].text("x"), c[1].text("x"))
    if m.kind == "alias":
        return "#define %s %s" % (m.name, c[0].expr())
    return "#define %s(x) (int)sizeof(%s)" % (m.name, c[0].text("x"))


def stmt_text(s):
    c = s.calls[0]
    call = c.text()
    f = s.form
    if f == "plain":
        return "r += %s;" % call
    if f == "void":
        return "(void)%s;" % call
    if f == "deref":
        return "r += (*%s)(%s);" % (c.expr(), c.args())
    if f in ("macro", "macro2", "macro_sizeof"):
        return "r += %s(1);" % s.macro.name
    if f == "alias":
        return "r += %s(%s);" % (s.macro.name, c.args())
    if f == "stmtexpr":
        return "r += ({ int t_ = %s; t_; });" % call
    if f == "cond_if":
        return "if (a > 3) r += %s;" % call
    if f == "ternary":
        return "r += a ? %s : 0;" % call
    if f == "loop":
        return "while (r < 0) r += %s;" % call
    if f == "nested":
        return "r += %s;" % c.text(s.calls[1].text())
    if f == "generic_sel":
        return "r += _Generic(r, int: %s, default: 0);" % call
    if f == "generic_unsel":
        return "r += _Generic(r, int: 0, default: %s);" % call
    if f == "choose_chosen":
        if s.choose_first:
            return "r += __builtin_choose_expr(1, %s, 0);" % call
        return "r += __builtin_choose_expr(0, 0, %s);" % call
    if f == "choose_unchosen":
        if s.choose_first:
            return "r += __builtin_choose_expr(0, %s, 0);" % call
        return "r += __builtin_choose_expr(1, 0, %s);" % call
    if f == "comma":
        return "r += (a++, %s);" % call
    if f == "sizeof":
        return "r += (int)sizeof(%s);" % call
    if f == "typeof":
        return "{ __typeof__(%s) t_ = 0; r += t_; }" % call
    if f == "allow":
        return "r += __allow_coroutine_fn_call(%s);" % call
    raise ValueError(f)


def render_stmts(w, stmts, indent):
    for s in stmts:
        s.line = w.add(indent + stmt_text(s))


def render_dispatch(w, d, indent):
    neg = d.form.startswith("not_")
    test = "!qemu_in_coroutine()" if neg else "qemu_in_coroutine()"
    first, second = (d.ord, d.co) if neg else (d.co, d.ord)
    has_else = d.form in ("if_else", "not_if_else")
    inner = indent + "  "
    if d.braces:
        d.line = w.add("%sif (%s) {" % (indent, test))
        render_stmts(w, first, inner)
        if d.form == "not_if_return":
            w.add(inner + "return r;")
        if has_else:
            w.add(indent + "} else {")
            render_stmts(w, second, inner)
        w.add(indent + "}")
    else:
        d.line = w.add("%sif (%s)" % (indent, test))
        render_stmts(w, first, inner)
        if has_else:
            w.add(indent + "else")
            render_stmts(w, second, inner)


def render(u):
    g = Gen.__new__(Gen)  # only for spelled(): a renderer-private random stream
    g.r = random.Random(u.seed * 7919 + 1)
    g.u = u
    w = Writer()
    w.add("// coroplugin differential fuzz: seed %d, style %s" % (u.seed, u.style))
    # Markers on prototypes after the definition: clang's own "attribute
    # declaration must precede definition" (-Wignored-attributes) comes there.
    late = any(f.has_def and d.where == "late" and d.written
               for f in u.functions for d in f.decls)
    w.add("// RUN: %%coro %s -Xclang -verify -Xclang -verify-ignore-unexpected=note %%s"
          % " ".join(u.flags + (["-Wno-ignored-attributes"] if late else [])))
    for m in ALL_MARKERS:
        kind = u.spell[m]
        if kind == "attr":
            w.add("#define %s __attribute__((%s))" % (m, m))
        elif kind == "annotate":
            w.add('#define %s __attribute__((annotate("%s")))' % (m, m))
        else:
            w.add("#define %s" % m)
    for m, a in u.aliases.items():
        w.add("#define %s %s" % (a, m))
    w.add("#define __allow_coroutine_fn_call(c) (c)")
    w.add("_Bool qemu_in_coroutine(void);")
    w.add("")
    for kind, obj in u.items:
        if kind == "typedef":
            obj.line = w.add(render_typedef(g, obj))
        elif kind == "struct":
            w.add("struct %s {" % obj.name)
            for h in obj.fields:
                h.line = w.add("  %s;" % ptr_decl(g, h))
            w.add("};")
            w.add("extern struct %s *%s;" % (obj.name, obj.ptr_var))
            w.add("extern struct %s %s;" % (obj.name, obj.val_var))
        elif kind == "global":
            suffix = "[2]" if obj.kind == "garr" else ""
            obj.line = w.add("extern %s;" % ptr_decl(g, obj, suffix))
        elif kind == "macros":
            for m in u.macros:
                m.line = w.add(macro_text(m))
        elif kind == "proto":
            f, d = obj
            d.line = w.add(head_text(g, f, d) + ";")
        elif kind == "def":
            f, d = obj
            d.line = w.add(head_text(g, f, d) + " {")
            w.add("  int r = a;")
            for h in f.locals:
                h.line = w.add("  %s = 0;" % ptr_decl(g, h))
            for s in f.body:
                if isinstance(s, Dispatch):
                    render_dispatch(w, s, "  ")
                else:
                    s.line = w.add("  " + stmt_text(s))
            w.add("  return r;")
            w.add("}")
    u.text = "\n".join(w.lines) + "\n"
    return u.text


if __name__ == "__main__":
    import sys
    unit = generate(int(sys.argv[1]) if len(sys.argv) > 1 else 0)
    sys.stdout.write(render(unit))
