//===- MissingCoroutineVersions.cpp - item 2: functions that need a twin ---===//
//
// Coroutine code calls an ordinary function that both kinds of code call, and
// that function calls a generated wrapper or a function that tests
// qemu_in_coroutine(): from a coroutine it takes the wrapper's detour (QEMU
// 7.2's generated_co_wrapper and QEMU 10's co_wrapper_mixed test the context
// again), or fails outright (QEMU 10's co_wrapper is no_coroutine_fn and
// asserts). Upstream's fix is a `_co_` version of the function, called from
// coroutine code (bdrv_is_allocated -> bdrv_co_is_allocated,
// bdrv_create_file -> bdrv_co_create_file, added as co_wrapper pairs). That
// takes new code, so the patch leaves the call alone and the report names the
// function: a warning where the wrapper must not run in coroutines, a remark
// where it only takes the detour. Functions that run only in coroutines are
// item 2's blocking calls instead.
//
//===----------------------------------------------------------------------===//
#include "Analyses.h"

namespace report {

namespace {

constexpr unsigned MaxCallers = 3;

} // namespace

void missingCoroutineVersions(const Graph &G, const Results &R,
                              std::vector<Finding> &Out) {
  const Facts &F = G.F;
  for (uint32_t Fn = 0; Fn < F.Functions.size(); ++Fn) {
    const Function &Func = G.fn(Fn);
    if (!Func.Defined || !Func.Marks.isOrdinary() || Func.Marks.isNoCoroutine() ||
        G.isMixed(Fn) || R.InCoroutine[Fn])
      continue;
    uint32_t Slow = None;
    bool Fails = false;
    for (uint32_t CI : G.CallsFrom.of(Fn)) {
      const Call &C = G.call(CI);
      // The ordinary side of a test runs outside coroutines.
      if (C.Callee == None || C.S == Side::Ordinary ||
          !(G.isWrapper(C.Callee) || G.isMixed(C.Callee)))
        continue;
      bool CalleeFails = !G.fn(C.Callee).Marks.mayRunInCoroutine();
      if (Slow == None || (CalleeFails && !Fails)) {
        Slow = CI;
        Fails = CalleeFails;
      }
    }
    if (Slow == None)
      continue;
    std::vector<uint32_t> FromCoroutine;
    for (uint32_t CI : G.CallsTo.of(Fn))
      if (R.inCoroutineContext(G, G.call(CI)))
        FromCoroutine.push_back(CI);
    if (FromCoroutine.empty())
      continue;

    const Call &S = G.call(Slow);
    std::string TwinName = coro::coroutineTwinName(Func.Name);
    uint32_t Twin = Func.Static || TwinName.empty() ? None : F.findExternal(TwinName);
    Finding D = findingOf(ReportKind::NeedsCoroutineVersion);
    D.Sev = Fails ? Severity::Warning : Severity::Remark;
    D.At = Func.Where;
    D.Message = G.quote(Fn) + " is called from coroutine code and calls " +
                G.describeFn(S.Callee) +
                (Fails ? ", which must not run in coroutines"
                       : ", which tests for coroutine context again") +
                (Twin != None
                     ? "; call its coroutine version " + G.quote(Twin) +
                           " from coroutine code instead"
                     : TwinName.empty()
                           ? "; it needs a coroutine version"
                           : "; it needs a coroutine version '" + TwinName + "'");
    D.Notes.push_back({S.At, G.quote(Fn) + " calls " + G.quote(S.Callee) + " here"});
    for (size_t I = 0; I < FromCoroutine.size() && I < MaxCallers; ++I) {
      const Call &C = G.call(FromCoroutine[I]);
      D.Notes.push_back({C.At, G.describeFn(C.Caller) + " calls " + G.quote(Fn) +
                                   " here, in coroutine context"});
    }
    if (FromCoroutine.size() > MaxCallers)
      D.Notes.push_back({Loc(), "and " + std::to_string(FromCoroutine.size() - MaxCallers) +
                                    " more calls in coroutine context"});
    D.Data = NeedsCoroutineVersionData{Fn, Slow, Twin};
    Out.push_back(std::move(D));
  }
}

} // namespace report
