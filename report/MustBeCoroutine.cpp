//===- MustBeCoroutine.cpp - item 1: coroutine_fn, upward -----------------===//
//
// Seeds: ordinary functions that call a coroutine_fn (function or pointer)
// outside the coroutine side of a qemu_in_coroutine() test. Every ordinary
// function calling one of them the same way must become coroutine_fn too, to
// a fixpoint (Results::MustVia, for the call graph). One wrong seed implies
// dozens of such callers, so each seed is reported once, as the root cause,
// with the size of what it implies and the top of that chain as notes, and,
// for a call through a pointer, the other fix: a pointer that is not
// coroutine_fn.
//
//===----------------------------------------------------------------------===//
#include "Analyses.h"

#include <algorithm>

namespace report {

namespace {

constexpr unsigned MaxTops = 3, MaxEscapes = 3, MaxCallsThrough = 3;

/// The functions that must become coroutine_fn because they call Seed,
/// directly or not, from ordinary code: breadth first, each with the call
/// that reaches it and its distance.
class Closure {
public:
  explicit Closure(const Graph &G)
      : G(G), Stamp(G.F.Functions.size(), None), Up(G.F.Functions.size(), None),
        Dist(G.F.Functions.size(), 0) {}

  void compute(uint32_t Seed, uint32_t Round) {
    R = Round;
    Members.assign(1, Seed);
    Stamp[Seed] = R;
    Dist[Seed] = 0;
    for (size_t Q = 0; Q < Members.size(); ++Q)
      for (uint32_t CI : G.CallsTo.of(Members[Q])) {
        const Call &C = G.call(CI);
        if (!G.inOrdinaryCode(C) || Stamp[C.Caller] == R)
          continue;
        Stamp[C.Caller] = R;
        Up[C.Caller] = CI;
        Dist[C.Caller] = Dist[Members[Q]] + 1;
        Members.push_back(C.Caller);
      }
  }
  bool has(uint32_t Fn) const { return Stamp[Fn] == R; }
  /// Members no other member calls from ordinary code, furthest first.
  std::vector<uint32_t> tops() const {
    std::vector<uint32_t> T;
    for (size_t I = 1; I < Members.size(); ++I) {
      uint32_t Fn = Members[I];
      bool Called = false;
      for (uint32_t CI : G.CallsTo.of(Fn)) {
        const Call &C = G.call(CI);
        Called = Called || (C.Caller != Fn && has(C.Caller) && G.inOrdinaryCode(C));
      }
      if (!Called)
        T.push_back(Fn);
    }
    std::stable_sort(T.begin(), T.end(),
                     [&](uint32_t A, uint32_t B) { return Dist[A] > Dist[B]; });
    return T;
  }
  /// "'top' -> 'mid' -> 'seed'"
  std::string path(uint32_t Fn) const {
    std::string P = G.quote(Fn);
    for (; Up[Fn] != None && Dist[Fn] > 0; Fn = G.call(Up[Fn]).Callee)
      P += " -> " + G.quote(G.call(Up[Fn]).Callee);
    return P;
  }

  const Graph &G;
  std::vector<uint32_t> Members; // the seed first
  std::vector<uint32_t> Stamp, Up, Dist;
  uint32_t R = None;
};

} // namespace

void mustBeCoroutine(const Graph &G, Results &R, std::vector<Finding> &Out) {
  const Facts &F = G.F;
  size_t N = F.Functions.size();
  R.MustVia.assign(N, None);
  std::vector<uint32_t> Seeds;
  for (uint32_t Fn = 0; Fn < N; ++Fn) {
    if (!G.fn(Fn).Marks.isOrdinary())
      continue;
    for (uint32_t CI : G.CallsFrom.of(Fn)) {
      const Call &C = G.call(CI);
      if (G.inOrdinaryCode(C) && G.calleeMarks(C).isCoroutine()) {
        R.MustVia[Fn] = CI;
        Seeds.push_back(Fn);
        break;
      }
    }
  }
  std::vector<uint32_t> Queue = Seeds;
  for (size_t Q = 0; Q < Queue.size(); ++Q)
    for (uint32_t CI : G.CallsTo.of(Queue[Q])) {
      const Call &C = G.call(CI);
      if (G.inOrdinaryCode(C) && !R.must(C.Caller)) {
        R.MustVia[C.Caller] = CI;
        Queue.push_back(C.Caller);
      }
    }

  Closure Up(G);
  for (uint32_t Round = 0; Round < Seeds.size(); ++Round) {
    uint32_t Seed = Seeds[Round];
    const Function &Func = G.fn(Seed);
    const Call &First = G.call(R.MustVia[Seed]);
    Up.compute(Seed, Round);
    size_t Implied = Up.Members.size() - 1;

    Finding D;
    D.Item = 1;
    D.Kind = "must-be-coroutine";
    D.At = Func.Where;
    D.Message = G.quote(Seed) + " must be 'coroutine_fn'" +
                (Func.Marks.isNoCoroutine() ? ", but it is 'no_coroutine_fn'" : "") +
                ": it calls " + G.describeMarkedCallee(First);
    D.Notes.push_back(
        {First.At, G.quote(Seed) + " calls " + G.describeMarkedCallee(First) + " here"});
    if (First.Callee != None && G.fn(First.Callee).Where.valid())
      D.Notes.push_back({G.fn(First.Callee).Where, G.whereNote(First.Callee)});

    std::vector<uint32_t> Tops = Up.tops();
    if (Implied) {
      D.Notes.push_back(
          {Func.Where,
           "then " + std::to_string(Implied) +
               (Implied == 1 ? " function that calls " : " functions that call ") +
               G.quote(Seed) + " outside coroutine context, directly or not, must be "
                               "'coroutine_fn' too; " +
               std::to_string(Tops.size()) +
               (Tops.size() == 1 ? " of them has" : " of them have") +
               " no such caller"});
      for (size_t I = 0; I < Tops.size() && I < MaxTops; ++I)
        D.Notes.push_back({G.fn(Tops[I]).Where,
                           "top of the chain: " + Up.path(Tops[I])});
    }

    // Addresses in pointers that are not coroutine_fn: callers through them
    // are not in the graph, and the pointers have to change too.
    MustBeCoroutineData Data{Seed, R.MustVia[Seed], {}, Tops, {}};
    std::vector<uint32_t> SeenTargets;
    size_t MoreEscapes = 0;
    for (uint32_t Fn : Up.Members)
      for (uint32_t SI : G.StoresOf.of(Fn)) {
        const Store &S = G.store(SI);
        if (G.target(S.Into).Marks.isCoroutine() ||
            std::count(SeenTargets.begin(), SeenTargets.end(), S.Into))
          continue;
        SeenTargets.push_back(S.Into);
        Data.Escapes.push_back(SI);
        if (SeenTargets.size() > MaxEscapes) {
          ++MoreEscapes;
          continue;
        }
        D.Notes.push_back({S.At, "the address of " + G.quote(Fn) + " escapes into " +
                                     G.describeTarget(S.Into) +
                                     " here, which is not 'coroutine_fn'; its callers "
                                     "through it are unknown"});
        unsigned Shown = 0;
        for (uint32_t CI : G.CallsVia.of(S.Into)) {
          const Call &C = G.call(CI);
          if (Shown == MaxCallsThrough || !G.inOrdinaryCode(C))
            continue;
          D.Notes.push_back({C.At, G.quote(C.Caller) + " calls through " +
                                       G.describeTarget(S.Into) + " here"});
          ++Shown;
        }
      }
    if (MoreEscapes)
      D.Notes.push_back({Loc(), "and " + std::to_string(MoreEscapes) +
                                    " more pointers that addresses of these "
                                    "functions escape into"});

    // Through a pointer, the other fix is a pointer ordinary code may call.
    if (First.Via != None) {
      size_t Stored = 0, CoStored = 0, CoCalls = 0, Calls = 0;
      std::vector<uint32_t> Fns;
      for (uint32_t SI : G.StoresInto.of(First.Via)) {
        uint32_t Fn = G.store(SI).Fn;
        if (std::count(Fns.begin(), Fns.end(), Fn))
          continue;
        Fns.push_back(Fn);
        ++Stored;
        CoStored += G.fn(Fn).Marks.isCoroutine();
      }
      for (uint32_t CI : G.CallsVia.of(First.Via)) {
        ++Calls;
        CoCalls += G.inMarkedCoroutineCode(G.call(CI));
      }
      D.Notes.push_back(
          {Loc(), "alternatively, make " + G.describeTarget(First.Via) +
                      " not 'coroutine_fn', or call a callback that is not "
                      "'coroutine_fn' here (" + std::to_string(CoStored) + " of the " +
                      std::to_string(Stored) +
                      " functions stored in it are 'coroutine_fn'; calls through "
                      "it: " + std::to_string(CoCalls) + " in coroutine code, " +
                      std::to_string(Calls - CoCalls) + " elsewhere)"});
    }

    for (size_t I = 1; I < Up.Members.size(); ++I)
      Data.Implied.push_back({Up.Members[I], Up.Dist[Up.Members[I]]});
    D.Data = std::move(Data);
    Out.push_back(std::move(D));
  }
}

} // namespace report
