//===- CoroutineContext.cpp - item 2: functions that run only in coroutines ===//
//
// An unmarked function whose every call stands in coroutine context (in a
// coroutine_fn, on the coroutine side of a qemu_in_coroutine() test, or in
// another function this finds) and whose address goes only into coroutine_fn
// pointers runs only in coroutines. The largest such set is computed by
// removing, to a fixpoint, every candidate with a call from elsewhere; then a
// breadth-first walk from the real entries (calls from marked coroutine code,
// stores into coroutine_fn pointers) keeps the functions reached, which drops
// recursive cycles nothing enters, and gives each its shortest chain.
// BlockingCalls.cpp reports what they call.
//
//===----------------------------------------------------------------------===//
#include "Analyses.h"

namespace report {

namespace {

/// Defined ordinary functions that are used, and whose address goes only
/// into coroutine_fn pointers.
std::vector<uint8_t> candidates(const Graph &G) {
  uint32_t N = G.F.Functions.size();
  std::vector<uint8_t> Cand(N, 0);
  for (uint32_t Fn = 0; Fn < N; ++Fn) {
    const Function &Func = G.fn(Fn);
    // Every caller is known only where the body is: elsewhere a unit that
    // was not read may call it from anywhere.
    if (!Func.Marks.isOrdinary() || Func.Marks.isNoCoroutine() || !Func.Defined)
      continue;
    auto Calls = G.CallsTo.of(Fn);
    auto Stores = G.StoresOf.of(Fn);
    if (Calls.empty() && Stores.empty())
      continue;
    bool Escapes = false;
    for (uint32_t SI : Stores)
      Escapes = Escapes || !G.target(G.store(SI).Into).Marks.isCoroutine();
    Cand[Fn] = !Escapes;
  }
  return Cand;
}

/// Greatest fixpoint: drops the candidates called from anywhere else.
void dropCalledElsewhere(const Graph &G, std::vector<uint8_t> &Cand) {
  auto FromElsewhere = [&](const Call &C) {
    if (G.inMarkedCoroutineCode(C))
      return false;
    return C.S == Side::Ordinary || !Cand[C.Caller];
  };
  std::vector<uint32_t> Dropped;
  for (uint32_t Fn = 0; Fn < Cand.size(); ++Fn) {
    if (!Cand[Fn])
      continue;
    for (uint32_t CI : G.CallsTo.of(Fn))
      if (FromElsewhere(G.call(CI))) {
        Cand[Fn] = 0;
        Dropped.push_back(Fn);
        break;
      }
  }
  for (size_t I = 0; I < Dropped.size(); ++I)
    for (uint32_t CI : G.CallsFrom.of(Dropped[I])) {
      const Call &C = G.call(CI);
      if (C.Callee != None && Cand[C.Callee] && FromElsewhere(C)) {
        Cand[C.Callee] = 0;
        Dropped.push_back(C.Callee);
      }
    }
}

/// How coroutine code enters a candidate directly: a call from marked
/// coroutine code, else a store of its address; Index is None when neither.
Entry realEntry(const Graph &G, uint32_t Fn) {
  Entry E;
  for (uint32_t CI : G.CallsTo.of(Fn))
    if (G.inMarkedCoroutineCode(G.call(CI))) {
      E.Index = CI;
      return E;
    }
  for (uint32_t SI : G.StoresOf.of(Fn)) {
    E.IsStore = true;
    E.Index = SI;
    break;
  }
  return E;
}

} // namespace

void coroutineContext(const Graph &G, Results &R) {
  std::vector<uint8_t> Cand = candidates(G);
  dropCalledElsewhere(G, Cand);

  // Reach the candidates from real entries.
  uint32_t N = G.F.Functions.size();
  R.InCoroutine.assign(N, 0);
  R.ContextVia.assign(N, Entry());
  std::vector<uint32_t> &Queue = R.ContextOrder;
  Queue.clear();
  for (uint32_t Fn = 0; Fn < N; ++Fn) {
    if (!Cand[Fn])
      continue;
    Entry E = realEntry(G, Fn);
    if (E.Index == None)
      continue;
    R.InCoroutine[Fn] = 1;
    R.ContextVia[Fn] = E;
    Queue.push_back(Fn);
  }
  for (size_t Q = 0; Q < Queue.size(); ++Q)
    for (uint32_t CI : G.CallsFrom.of(Queue[Q])) {
      const Call &C = G.call(CI);
      if (C.Callee == None || !Cand[C.Callee] || R.InCoroutine[C.Callee] ||
          C.S == Side::Ordinary)
        continue;
      R.InCoroutine[C.Callee] = 1;
      R.ContextVia[C.Callee] = Entry{false, CI};
      Queue.push_back(C.Callee);
    }
}

} // namespace report
