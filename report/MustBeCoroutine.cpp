//===- MustBeCoroutine.cpp - item 1: coroutine_fn, upward -----------------===//
//
// Seeds: ordinary functions that call a coroutine_fn (function or pointer)
// outside the coroutine side of a qemu_in_coroutine() test. Then every
// ordinary function calling one of them the same way must become coroutine_fn
// too, to a fixpoint. A breadth-first walk from all seeds at once gives each
// function its shortest proof.
//
//===----------------------------------------------------------------------===//
#include "Analyses.h"

namespace json = llvm::json;

namespace report {

namespace {

std::string describeCoroutineCallee(const Graph &G, const Call &C) {
  Markers M = G.calleeMarks(C);
  std::string Name = M.has(Marker::CoroutineFn) ? "coroutine_fn" : "";
  if (Name.empty())
    M.forEach([&](Marker X) {
      if (Name.empty() && Markers::name(X).find("no_co_wrapper") == 0)
        Name = Markers::name(X).str();
    });
  return Name + " " + G.describeCallee(C);
}

} // namespace

void mustBeCoroutine(const Graph &G, Results &R, std::vector<Finding> &Out) {
  const Facts &F = G.F;
  size_t N = F.Functions.size();
  R.MustVia.assign(N, None);
  std::vector<uint32_t> Queue;
  for (uint32_t Fn = 0; Fn < N; ++Fn) {
    if (!G.fn(Fn).Marks.isOrdinary())
      continue;
    for (uint32_t CI : G.CallsFrom.of(Fn)) {
      const Call &C = G.call(CI);
      if (G.inOrdinaryCode(C) && G.calleeMarks(C).isCoroutine()) {
        R.MustVia[Fn] = CI;
        Queue.push_back(Fn);
        break;
      }
    }
  }
  for (size_t Q = 0; Q < Queue.size(); ++Q)
    for (uint32_t CI : G.CallsTo.of(Queue[Q])) {
      const Call &C = G.call(CI);
      if (G.inOrdinaryCode(C) && !R.must(C.Caller)) {
        R.MustVia[C.Caller] = CI;
        Queue.push_back(C.Caller);
      }
    }

  for (uint32_t Fn : Queue) {
    const Function &Func = G.fn(Fn);
    Finding D;
    D.Item = 1;
    D.Kind = "must-be-coroutine";
    D.At = Func.Where;
    const Call &First = G.call(R.MustVia[Fn]);
    std::string Why;
    if (First.Callee != None && R.must(First.Callee))
      Why = "it calls " + G.quote(First.Callee) + ", which must be coroutine_fn";
    else
      Why = "it calls " + describeCoroutineCallee(G, First);
    D.Message = G.quote(Fn) + " must be coroutine_fn" +
                (Func.Marks.isNoCoroutine() ? ", but it is no_coroutine_fn" : "") +
                ": " + Why;

    json::Array Chain;
    uint32_t At = Fn;
    for (;;) {
      uint32_t CI = R.MustVia[At];
      const Call &C = G.call(CI);
      if (R.JSON)
        Chain.push_back(callJSON(G, CI));
      if (C.Callee != None && R.must(C.Callee)) {
        D.Notes.push_back({C.At, G.quote(At) + " calls " + G.quote(C.Callee) + " here"});
        At = C.Callee;
        continue;
      }
      D.Notes.push_back({C.At, G.quote(At) + " calls " +
                                   describeCoroutineCallee(G, C) + " here"});
      if (C.Callee != None && G.fn(C.Callee).Where.valid())
        D.Notes.push_back({G.fn(C.Callee).Where, G.whereNote(C.Callee)});
      break;
    }

    // Its address in a pointer that is not coroutine_fn: callers through it
    // are not in the graph, and the pointer has to change too.
    json::Array Escapes;
    for (uint32_t SI : G.StoresOf.of(Fn)) {
      const Store &S = G.store(SI);
      if (G.target(S.Into).Marks.isCoroutine())
        continue;
      D.Notes.push_back({S.At, "the address of " + G.quote(Fn) + " escapes into " +
                                   G.describeTarget(S.Into) +
                                   " here, which is not coroutine_fn; its callers "
                                   "through it are unknown"});
      // The calls through that pointer: where those unknown callers may be.
      unsigned Shown = 0;
      auto Through = G.CallsVia.of(S.Into);
      for (uint32_t CI : Through) {
        if (Shown == 5)
          break;
        const Call &C = G.call(CI);
        if (!G.inOrdinaryCode(C))
          continue;
        D.Notes.push_back({C.At, G.quote(C.Caller) + " calls through " +
                                     G.describeTarget(S.Into) + " here"});
        ++Shown;
      }
      if (!R.JSON)
        continue;
      json::Object E{{"kind", G.target(S.Into).Kind},
                     {"name", G.target(S.Into).Name},
                     {"markers", markersJSON(G.target(S.Into).Marks)}};
      addLoc(E, F, S.At);
      Escapes.push_back(std::move(E));
    }

    if (R.JSON) {
      D.data()["function"] = functionJSON(G, Fn);
      D.data()["chain"] = std::move(Chain);
      D.data()["escapes"] = std::move(Escapes);
    }
    Out.push_back(std::move(D));
  }
}

} // namespace report
