"""What coroplugin must report for a generated Unit, from the rules alone.

Written from README.md and docs/checks/*.md, not from the plugin's code:

  caller context   coroutine_fn -> Coroutine; coroutine_mixed_fn,
                   generated_co_wrapper, co_wrapper_mixed -> Mixed; else
                   Ordinary.  The true side of a qemu_in_coroutine() test is
                   Coroutine, the false side Ordinary (and after
                   `if (!qemu_in_coroutine()) { ...; return ...; }` the rest
                   of the body is the true side).
  callee classes   isCoroutine: coroutine_fn.  isMixed: coroutine_mixed_fn,
                   generated_co_wrapper, co_wrapper_mixed.  isNoCoroutine:
                   no_coroutine_fn, co_wrapper.  isWrapper (functions called
                   directly only): generated_co_wrapper, co_wrapper,
                   co_wrapper_mixed, or no_coroutine_fn whose _co_ twin is
                   declared coroutine_fn.  mayRunInCoroutine:
                   !isNoCoroutine || isMixed.
  markers          a function: the union over all its declarations; a
                   pointer: its own declaration plus every typedef its type
                   is spelled through.
  mixed-dispatch   a function that is not coroutine_fn, mixed or a wrapper
                   and tests qemu_in_coroutine(), when a call on the
                   coroutine side may suspend: its callee is coroutine_fn,
                   coroutine_mixed_fn or a wrapper.

expected(unit) returns a Counter of (line, check).
"""
import fnmatch
from collections import Counter

from gen import (CO, MIX, NOCO, GCW, CW, CWM, WRAPPER_MARKERS, Dispatch,
                 twin_name)

CHECKS = ("coroutine-caller", "wrapper-call", "no-coroutine-call",
          "mixed-dispatch", "mixed-caller", "declaration-mismatch",
          "override-mismatch")
DEFAULT_OFF = ("mixed-caller",)

# Statement forms whose calls are evaluated (reported); the others hold them
# in sizeof / __typeof__ / an unselected _Generic association / the unchosen
# arm of __builtin_choose_expr / __allow_coroutine_fn_call(...).
EVALUATED = {
    "plain": True, "void": True, "deref": True, "macro": True, "macro2": True,
    "alias": True, "stmtexpr": True, "cond_if": True, "ternary": True,
    "loop": True, "nested": True, "generic_sel": True, "choose_chosen": True,
    "comma": True,
    "sizeof": False, "typeof": False, "generic_unsel": False,
    "choose_unchosen": False, "allow": False, "macro_sizeof": False,
}

COROUTINE, MIXED, ORDINARY = "Coroutine", "Mixed", "Ordinary"


def enabled_checks(flags):
    on = [c for c in CHECKS if c not in DEFAULT_OFF]
    for flag in flags:
        prefix = "-fplugin-arg-coroplugin-checks="
        if not flag.startswith(prefix):
            continue
        for item in flag[len(prefix):].split(","):
            neg = item.startswith("-")
            pat = item[1:] if neg else item
            for c in CHECKS:
                if fnmatch.fnmatchcase(c, pat):
                    if neg and c in on:
                        on.remove(c)
                    elif not neg and c not in on:
                        on.append(c)
    return set(on)


class Model:
    def __init__(self, unit):
        self.u = unit
        self.by_name = {f.name: f for f in unit.functions}

    # -- markers

    def function_markers(self, f):
        ms = set()
        for d in f.decls:
            ms |= set(d.written)
        return ms

    def pointer_markers(self, holder):
        ms = set(holder.spec.own)
        t = holder.spec.typedef
        while t is not None:
            ms |= set(t.own)
            t = t.base
        return ms

    def is_wrapper_function(self, f):
        ms = self.function_markers(f)
        if any(m in ms for m in WRAPPER_MARKERS):
            return True
        if NOCO in ms:
            twin = self.by_name.get(twin_name(f.name))
            return twin is not None and CO in self.function_markers(twin)
        return False

    def callee_class(self, callee):
        """(markers, direct, isWrapper)"""
        if callee.kind == "fn":
            f = callee.target
            return self.function_markers(f), True, self.is_wrapper_function(f)
        return self.pointer_markers(callee.target), False, False

    def function_context(self, f):
        ms = self.function_markers(f)
        if CO in ms:
            return COROUTINE
        if MIX in ms or GCW in ms or CWM in ms:
            return MIXED
        return ORDINARY

    # -- rules

    def call_diagnostics(self, callee, ctx, in_ord_branch):
        ms, direct, wrapper = self.callee_class(callee)
        is_co = CO in ms
        is_mixed = MIX in ms or GCW in ms or CWM in ms
        is_noco = NOCO in ms or CW in ms
        may_run = not is_noco or is_mixed
        out = []
        if is_co and ctx == ORDINARY:
            out.append("coroutine-caller")
        wrapper_call = ctx == COROUTINE and direct and wrapper
        if wrapper_call:
            out.append("wrapper-call")
        if ctx != ORDINARY and not may_run and not wrapper_call:
            out.append("no-coroutine-call")
        if (ctx == ORDINARY and not in_ord_branch and is_mixed and not wrapper
                and not is_co):
            out.append("mixed-caller")
        return out

    def may_suspend(self, s):
        """A call of s, evaluated, to code that may suspend in coroutine
        context: a coroutine_fn, mixed or wrapper callee."""
        return EVALUATED[s.form] and any(
            self.callee_class(c)[0] & {CO, MIX, GCW, CW, CWM} for c in s.calls)

    def statement(self, s, ctx, in_ord_branch, out):
        if not EVALUATED[s.form]:
            return
        for c in s.calls:
            for check in self.call_diagnostics(c, ctx, in_ord_branch):
                out[(s.line, check)] += 1

    def function(self, f, out):
        fctx = self.function_context(f)
        ctx = fctx
        dispatches = suspends = False
        for s in f.body:
            if isinstance(s, Dispatch):
                dispatches = True
                for t in s.co:
                    self.statement(t, COROUTINE, False, out)
                    suspends |= self.may_suspend(t)
                for t in s.ord:
                    self.statement(t, ORDINARY, True, out)
                if s.form == "not_if_return":
                    ctx = COROUTINE
                continue
            self.statement(s, ctx, False, out)
            if ctx == COROUTINE and dispatches:
                suspends |= self.may_suspend(s)
        if dispatches and suspends:
            ms = self.function_markers(f)
            if not (CO in ms or MIX in ms or GCW in ms or CWM in ms
                    or self.is_wrapper_function(f)):
                out[(f.definition.line, "mixed-dispatch")] += 1

    def expected(self):
        out = Counter()
        for f in self.u.functions:
            if f.has_def:
                self.function(f, out)
        on = enabled_checks(self.u.flags)
        return Counter({k: v for k, v in out.items() if k[1] in on})


def expected(unit):
    return Model(unit).expected()
