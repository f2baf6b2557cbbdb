//===- CoroutineContext.cpp - item 2: coroutine context, downward ---------===//
//
// An unmarked function whose every call stands in coroutine context (in a
// coroutine_fn, on the coroutine side of a qemu_in_coroutine() test, or in
// another function this finds) and whose address goes only into coroutine_fn
// pointers runs only in coroutines. The largest such set is computed by
// removing, to a fixpoint, every candidate with a call from elsewhere; then a
// breadth-first walk from the real entries (calls from marked coroutine code,
// stores into coroutine_fn pointers) keeps the functions reached, which drops
// recursive cycles nothing enters, and gives each its shortest chain.
//
// Reported: calls such a function makes to a generated wrapper, or to a
// no_coroutine_fn function whose `_co_` twin exists: blocking calls one level
// below the coroutine_fn that the per-unit plugin sees.
//
//===----------------------------------------------------------------------===//
#include "Analyses.h"

namespace json = llvm::json;

namespace report {

namespace {

/// "generated wrapper 'bdrv_pread'", "'co_wrapper' generated wrapper
/// 'blk_truncate'", "'no_coroutine_fn' function 'bdrv_getlength'".
std::string describeBlocking(const Graph &G, uint32_t Fn) {
  MarkerSet M = G.fn(Fn).Marks;
  if (M.has(Marker::GeneratedCoWrapper))
    return "generated wrapper " + G.quote(Fn);
  if (std::optional<Marker> W = M.wrapperMarker())
    return "'" + coro::markerName(*W).str() + "' generated wrapper " + G.quote(Fn);
  return "'no_coroutine_fn' function " + G.quote(Fn);
}

} // namespace

void coroutineContext(const Graph &G, Results &R, std::vector<Finding> &Out) {
  const Facts &F = G.F;
  uint32_t N = F.Functions.size();
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

  // Greatest fixpoint: drop candidates called from anywhere else.
  auto FromElsewhere = [&](const Call &C) {
    if (G.inMarkedCoroutineCode(C))
      return false;
    return C.S == Side::Ordinary || !Cand[C.Caller];
  };
  std::vector<uint32_t> Dropped;
  for (uint32_t Fn = 0; Fn < N; ++Fn) {
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

  // Reach the candidates from real entries.
  R.InCoroutine.assign(N, 0);
  R.ContextVia.assign(N, Entry());
  std::vector<uint32_t> Queue;
  for (uint32_t Fn = 0; Fn < N; ++Fn) {
    if (!Cand[Fn])
      continue;
    Entry E;
    for (uint32_t CI : G.CallsTo.of(Fn))
      if (G.inMarkedCoroutineCode(G.call(CI))) {
        E.Index = CI;
        break;
      }
    if (E.Index == None)
      for (uint32_t SI : G.StoresOf.of(Fn)) {
        E.IsStore = true;
        E.Index = SI;
        break;
      }
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

  for (uint32_t Fn : Queue) {
    if (R.JSON) {
      std::vector<Note> Unused;
      json::Array Chain;
      chainNotes(G, R.ContextVia, Fn, true, Unused, Chain);
      json::Object O = functionJSON(G, Fn);
      O["chain"] = std::move(Chain);
      R.ContextFunctions.push_back(std::move(O));
    }
    for (uint32_t CI : G.CallsFrom.of(Fn)) {
      const Call &C = G.call(CI);
      if (C.Callee == None || C.S == Side::Ordinary)
        continue;
      if (!G.isBlocking(C.Callee))
        continue;
      uint32_t Twin = G.twinOf(C.Callee);
      Finding D;
      D.Item = 2;
      D.Kind = "blocking-call-in-coroutine-context";
      D.At = C.At;
      D.Message = G.quote(Fn) + " runs only in coroutines but calls " +
                  describeBlocking(G, C.Callee) +
                  (Twin != None ? "; call its coroutine version " + G.quote(Twin) +
                                      " instead"
                                : ", whose coroutine version is not declared");
      json::Array Chain;
      chainNotes(G, R.ContextVia, Fn, R.JSON, D.Notes, Chain);
      if (Twin != None && G.fn(Twin).Where.valid())
        D.Notes.push_back({G.fn(Twin).Where, G.whereNote(Twin)});
      if (R.JSON) {
        json::Object &Data = D.data();
        Data["function"] = functionJSON(G, Fn);
        Data["call"] = callJSON(G, CI);
        Data["callee"] = functionJSON(G, C.Callee);
        Data["twin"] = Twin != None ? json::Value(functionJSON(G, Twin))
                                    : json::Value(nullptr);
        Data["chain"] = std::move(Chain);
      }
      Out.push_back(std::move(D));
    }
  }
}

} // namespace report
