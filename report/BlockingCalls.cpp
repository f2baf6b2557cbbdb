//===- BlockingCalls.cpp - item 2: blocking calls in coroutine context ----===//
//
// Calls that a function running only in coroutines (CoroutineContext.cpp)
// makes to a generated wrapper, or to a no_coroutine_fn function whose
// `_co_` twin exists: blocking calls one level below the coroutine_fn that
// the per-unit plugin sees.
//
//===----------------------------------------------------------------------===//
#include "Analyses.h"
#include "Wording.h"

namespace report {

void blockingCalls(const Graph &G, const Results &R, std::vector<Finding> &Out) {
  for (uint32_t Fn : R.ContextOrder)
    for (uint32_t CI : G.CallsFrom.of(Fn)) {
      const Call &C = G.call(CI);
      if (C.Callee == None || C.S == Side::Ordinary || !G.isBlocking(C.Callee))
        continue;
      uint32_t Twin = G.twinOf(C.Callee);
      Finding D = findingOf(ReportKind::BlockingCall);
      D.At = C.At;
      D.Message = G.quote(Fn) + " runs only in coroutines but calls " +
                  coro::describeBlocking(G.fn(C.Callee).Marks, G.quote(C.Callee)) +
                  (Twin != None ? "; call its coroutine version " + G.quote(Twin) +
                                      " instead"
                                : ", whose coroutine version is not declared");
      Chain Via = chainOf(G, R.ContextVia, Fn);
      chainNotes(G, Via, D.Notes);
      if (Twin != None && G.fn(Twin).Where.valid())
        D.Notes.push_back({G.fn(Twin).Where, G.whereNote(Twin)});
      D.Data = BlockingCallData{Fn, CI, Twin, std::move(Via)};
      Out.push_back(std::move(D));
    }
}

} // namespace report
