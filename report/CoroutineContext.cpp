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

std::string wrapperKind(Markers M) {
  if (M.has(Marker::GeneratedCoWrapper))
    return "generated wrapper";
  if (M.isForwardWrapper()) {
    std::string Name;
    M.forEach([&](Marker X) {
      llvm::StringRef N = Markers::name(X);
      if (Name.empty() && N.find("co_wrapper") == 0)
        Name = N.str();
    });
    return "generated wrapper (" + (Name.empty() ? "co_wrapper_mixed" : Name) + ")";
  }
  return "no_coroutine_fn function";
}

} // namespace

void coroutineContext(const Graph &G, Results &R, std::vector<Finding> &Out) {
  const Facts &F = G.F;
  uint32_t N = F.Functions.size();
  std::vector<uint8_t> Cand(N, 0);
  for (uint32_t Fn = 0; Fn < N; ++Fn) {
    const Function &Func = G.fn(Fn);
    if (!Func.Marks.isOrdinary() || Func.Marks.isNoCoroutine())
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

  // The chain from an entry down to Fn, entry first.
  auto ChainTo = [&](uint32_t Fn, std::vector<Note> &Notes, json::Array &Chain) {
    std::vector<Entry> Path;
    for (uint32_t At = Fn;;) {
      Entry E = R.ContextVia[At];
      Path.push_back(E);
      if (E.IsStore)
        break;
      const Call &C = G.call(E.Index);
      if (G.inMarkedCoroutineCode(C))
        break;
      At = C.Caller;
    }
    for (auto It = Path.rbegin(); It != Path.rend(); ++It) {
      if (It->IsStore) {
        const Store &S = G.store(It->Index);
        Notes.push_back({S.At, "the address of " + G.quote(S.Fn) +
                                   " is stored in coroutine_fn " +
                                   G.describeTarget(S.Into) + " here"});
        if (!R.JSON)
          continue;
        json::Object O{{"stored", G.fn(S.Fn).Id},
                       {"into", json::Object{{"kind", G.target(S.Into).Kind},
                                             {"name", G.target(S.Into).Name}}}};
        addLoc(O, F, S.At);
        Chain.push_back(std::move(O));
        continue;
      }
      const Call &C = G.call(It->Index);
      const Function &Caller = G.fn(C.Caller);
      std::string Who = G.quote(C.Caller);
      if (C.S != Side::Coroutine && Caller.Marks.isCoroutine())
        Who = (Caller.Marks.has(Marker::CoroutineFn) ? std::string("coroutine_fn")
                                                     : Caller.Marks.first().str()) +
              " " + Who;
      Notes.push_back({C.At, Who + " calls " + G.quote(C.Callee) + " here" +
                                 (C.S == Side::Coroutine
                                      ? ", where qemu_in_coroutine() is true"
                                      : "")});
      if (R.JSON)
        Chain.push_back(callJSON(G, It->Index));
    }
  };

  for (uint32_t Fn : Queue) {
    if (R.JSON) {
      std::vector<Note> Unused;
      json::Array Chain;
      ChainTo(Fn, Unused, Chain);
      json::Object O = functionJSON(G, Fn);
      O["chain"] = std::move(Chain);
      R.ContextFunctions.push_back(std::move(O));
    }
    for (uint32_t CI : G.CallsFrom.of(Fn)) {
      const Call &C = G.call(CI);
      if (C.Callee == None || C.S == Side::Ordinary)
        continue;
      Markers M = G.fn(C.Callee).Marks;
      uint32_t Twin = G.twinOf(C.Callee);
      bool Wrapper = M.isForwardWrapper();
      if (!Wrapper && !(M.isNoCoroutine() && !M.isMixed() && Twin != None))
        continue;
      Finding D;
      D.Item = 2;
      D.Kind = "blocking-call-in-coroutine-context";
      D.At = C.At;
      D.Message = G.quote(Fn) + " runs only in coroutines but calls " +
                  wrapperKind(M) + " " + G.quote(C.Callee) +
                  (Twin != None ? "; call its coroutine version " + G.quote(Twin) +
                                      " instead"
                                : ", whose coroutine version is not declared");
      json::Array Chain;
      ChainTo(Fn, D.Notes, Chain);
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
