//===- MustBeCoroutine.cpp - item 1: coroutine_fn, upward -----------------===//
//
// Seeds: ordinary functions that call a coroutine_fn (function or pointer)
// outside the coroutine side of a qemu_in_coroutine() test. Every ordinary
// function calling one of them the same way must become coroutine_fn too, to
// a fixpoint (Results::MustVia, for the call graph). One wrong seed implies
// dozens of such callers, so each seed is reported once, as the root cause,
// with the size of what it implies and the top of that chain as notes, and,
// for a call through a pointer, the other fix: a pointer that is not
// coroutine_fn. What a seed implies is its closure, walked per seed where
// that is cheap, and else its share of one walk from all seeds (Groups).
//
//===----------------------------------------------------------------------===//
#include "Analyses.h"

#include <algorithm>
#include <tuple>

namespace report {

namespace {

constexpr unsigned MaxTops = 3, MaxEscapes = 3, MaxCallsThrough = 3;
/// The largest closure walked from one seed when callers of other seeds'
/// groups call it: a bound on the work per seed (docs/report.md, item 1).
constexpr size_t MaxWalk = 1000;

/// Every function that must become coroutine_fn, attributed to its nearest
/// seed: one breadth-first walk up from all seeds at once (Results::MustVia),
/// so each function is in one seed's group, with its distance, and a group
/// lists its members in the order a walk from its seed alone would reach
/// them. A walk per seed would say the same for seeds whose callers are their
/// own, and costs the closure once per seed: quadratic when many seeds sit
/// under one large recursive cluster (docs/report.md, item 1).
class Groups {
public:
  Groups(const Graph &G, Results &R, const std::vector<uint32_t> &Seeds)
      : Owner(G.F.Functions.size(), None), Dist(G.F.Functions.size(), 0) {
    std::vector<uint32_t> Order = Seeds;
    for (uint32_t S = 0; S < Seeds.size(); ++S)
      Owner[Seeds[S]] = S;
    for (size_t Q = 0; Q < Order.size(); ++Q)
      for (uint32_t CI : G.CallsTo.of(Order[Q])) {
        const Call &C = G.call(CI);
        if (!G.inOrdinaryCode(C) || R.must(C.Caller))
          continue;
        R.MustVia[C.Caller] = CI;
        Owner[C.Caller] = Owner[Order[Q]];
        Dist[C.Caller] = Dist[Order[Q]] + 1;
        Order.push_back(C.Caller);
      }
    Members.build(Seeds.size(), Order.size(),
                  [&](size_t I) { return Owner[Order[I]]; });
    // Adjacency lists indexes into Order, in order: make them functions.
    Ordered = std::move(Order);
    // A seed shares its callers when a function of another group calls one
    // of its group from ordinary code: that group's callers reach it too.
    std::vector<std::tuple<uint32_t, uint32_t, uint32_t>> Links;
    for (const Call &C : G.F.Calls)
      if (C.Callee != None && R.must(C.Callee) && G.inOrdinaryCode(C) &&
          Owner[C.Caller] != Owner[C.Callee])
        Links.push_back({Owner[C.Callee], Owner[C.Caller], C.Caller});
    std::sort(Links.begin(), Links.end());
    Links.erase(std::unique(Links.begin(), Links.end(),
                            [](const auto &A, const auto &B) {
                              return std::get<0>(A) == std::get<0>(B) &&
                                     std::get<1>(A) == std::get<1>(B);
                            }),
                Links.end());
    SharedWith.build(Seeds.size(), Links.size(),
                     [&](size_t I) { return std::get<0>(Links[I]); });
    Callers.reserve(Links.size());
    for (const auto &L : Links)
      Callers.push_back(std::get<2>(L));
  }

  /// Seed S's group, the seed first.
  std::vector<uint32_t> members(uint32_t S) const {
    std::vector<uint32_t> M;
    for (uint32_t I : Members.of(S))
      M.push_back(Ordered[I]);
    return M;
  }
  /// Functions of other groups that call seed S's group from ordinary code,
  /// one a group.
  std::vector<uint32_t> sharedWith(uint32_t S) const {
    std::vector<uint32_t> M;
    for (uint32_t I : SharedWith.of(S))
      M.push_back(Callers[I]);
    return M;
  }

  std::vector<uint32_t> Owner, Dist;

private:
  Adjacency Members, SharedWith;
  std::vector<uint32_t> Ordered, Callers;
};

/// What one seed implies, as the finding shows it: the members (the seed
/// first, in breadth-first order), each with its distance and the call that
/// reached it. Either an exact walk from the seed alone, stopped beyond a
/// size, or the seed's group.
class Closure {
public:
  explicit Closure(const Graph &G)
      : G(G), Stamp(G.F.Functions.size(), None), Up(G.F.Functions.size(), None),
        Dist(G.F.Functions.size(), 0) {}

  /// Walks up from Seed; false when more than Cap functions call it.
  bool walk(uint32_t Seed, uint32_t Round, size_t Cap) {
    start(Seed, Round);
    for (size_t Q = 0; Q < Members.size(); ++Q)
      for (uint32_t CI : G.CallsTo.of(Members[Q])) {
        const Call &C = G.call(CI);
        if (!G.inOrdinaryCode(C) || Stamp[C.Caller] == R)
          continue;
        if (Members.size() > Cap)
          return false;
        add(C.Caller, CI, Dist[Members[Q]] + 1);
      }
    return true;
  }
  /// The seed's group (Groups), its members' calls and distances.
  void adopt(const Groups &Gr, uint32_t Round, const Results &Res) {
    std::vector<uint32_t> Group = Gr.members(Round);
    start(Group.front(), Round);
    for (size_t I = 1; I < Group.size(); ++I)
      add(Group[I], Res.MustVia[Group[I]], Gr.Dist[Group[I]]);
  }
  /// Members (not the seed) no function calls from ordinary code but
  /// themselves, furthest first: every ordinary caller of a member is one.
  std::vector<uint32_t> tops() const {
    std::vector<uint32_t> T;
    for (size_t I = 1; I < Members.size(); ++I) {
      uint32_t Fn = Members[I];
      bool Called = false;
      for (uint32_t CI : G.CallsTo.of(Fn)) {
        const Call &C = G.call(CI);
        Called = Called || (C.Caller != Fn && G.inOrdinaryCode(C));
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
    for (; Dist[Fn] > 0; Fn = G.call(Up[Fn]).Callee)
      P += " -> " + G.quote(G.call(Up[Fn]).Callee);
    return P;
  }

  const Graph &G;
  std::vector<uint32_t> Members; // the seed first
  std::vector<uint32_t> Stamp, Up, Dist;
  uint32_t R = None;

private:
  void start(uint32_t Seed, uint32_t Round) {
    R = Round;
    Members.assign(1, Seed);
    Stamp[Seed] = R;
    Dist[Seed] = 0;
  }
  void add(uint32_t Fn, uint32_t Via, uint32_t Distance) {
    Stamp[Fn] = R;
    Up[Fn] = Via;
    Dist[Fn] = Distance;
    Members.push_back(Fn);
  }
};

/// Per function that must become coroutine_fn, a floor on the size of its
/// closure: the largest strongly connected set of ordinary callers above it
/// (Tarjan's algorithm, which finishes a set after every set above it). A
/// seed whose floor passes MaxWalk is not walked.
std::vector<uint32_t> closureFloor(const Graph &G, const Results &R) {
  size_t N = G.F.Functions.size();
  std::vector<uint32_t> Index(N, None), Low(N, 0), Floor(N, 0);
  std::vector<uint8_t> OnStack(N, 0);
  std::vector<uint32_t> Stack;
  std::vector<std::pair<uint32_t, uint32_t>> Work; // function, next call to it
  uint32_t Next = 0;
  auto Visit = [&](uint32_t Fn) {
    Index[Fn] = Low[Fn] = Next++;
    Stack.push_back(Fn);
    OnStack[Fn] = 1;
    Work.push_back({Fn, 0});
  };
  for (uint32_t Root = 0; Root < N; ++Root) {
    if (!R.must(Root) || Index[Root] != None)
      continue;
    Visit(Root);
    while (!Work.empty()) {
      uint32_t Fn = Work.back().first;
      auto Calls = G.CallsTo.of(Fn);
      if (Work.back().second < Calls.size()) {
        const Call &C = G.call(Calls.begin()[Work.back().second++]);
        if (!G.inOrdinaryCode(C))
          continue;
        if (Index[C.Caller] == None)
          Visit(C.Caller);
        else if (OnStack[C.Caller])
          Low[Fn] = std::min(Low[Fn], Index[C.Caller]);
        continue;
      }
      Work.pop_back();
      if (!Work.empty())
        Low[Work.back().first] = std::min(Low[Work.back().first], Low[Fn]);
      if (Low[Fn] != Index[Fn])
        continue;
      size_t Top = Stack.size();
      while (Stack[Top - 1] != Fn)
        --Top;
      --Top;
      uint32_t Size = Stack.size() - Top, Above = 0;
      for (size_t I = Top; I < Stack.size(); ++I)
        for (uint32_t CI : G.CallsTo.of(Stack[I])) {
          const Call &C = G.call(CI);
          if (G.inOrdinaryCode(C) && !OnStack[C.Caller])
            Above = std::max(Above, Floor[C.Caller]);
        }
      for (size_t I = Top; I < Stack.size(); ++I) {
        Floor[Stack[I]] = std::max(Size, Above);
        OnStack[Stack[I]] = 0;
      }
      Stack.resize(Top);
    }
  }
  return Floor;
}

/// The other fix of a seed that calls through pointer T: one ordinary code
/// may call. The same for every seed calling through T.
std::string alternative(const Graph &G, uint32_t T) {
  std::vector<uint32_t> Fns;
  for (uint32_t SI : G.StoresInto.of(T))
    Fns.push_back(G.store(SI).Fn);
  std::sort(Fns.begin(), Fns.end());
  Fns.erase(std::unique(Fns.begin(), Fns.end()), Fns.end());
  size_t CoStored = 0, CoCalls = 0, Calls = 0;
  for (uint32_t Fn : Fns)
    CoStored += G.fn(Fn).Marks.isCoroutine();
  for (uint32_t CI : G.CallsVia.of(T)) {
    ++Calls;
    CoCalls += G.inMarkedCoroutineCode(G.call(CI));
  }
  return "alternatively, make " + G.describeTarget(T) +
         " not 'coroutine_fn', or call a callback that is not "
         "'coroutine_fn' here (" + std::to_string(CoStored) + " of the " +
         std::to_string(Fns.size()) +
         " functions stored in it are 'coroutine_fn'; calls through "
         "it: " + std::to_string(CoCalls) + " in coroutine code, " +
         std::to_string(Calls - CoCalls) + " elsewhere)";
}

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
  Groups Up(G, R, Seeds);
  Closure View(G);
  std::vector<uint32_t> Floor = closureFloor(G, R);
  std::vector<uint32_t> SeenIn(F.Targets.size(), None);
  std::vector<std::string> Alternative(F.Targets.size());
  for (uint32_t Round = 0; Round < Seeds.size(); ++Round) {
    uint32_t Seed = Seeds[Round];
    const Function &Func = G.fn(Seed);
    const Call &First = G.call(R.MustVia[Seed]);
    // Without callers of other groups the group is the exact closure; with
    // them, walk the closure unless it is large.
    std::vector<uint32_t> Shared = Up.sharedWith(Round);
    bool Exact = Shared.empty() ||
                 (Floor[Seed] < MaxWalk + 2 && View.walk(Seed, Round, MaxWalk));
    if (!Exact || Shared.empty())
      View.adopt(Up, Round, R);
    const std::vector<uint32_t> &Members = View.Members;
    size_t Implied = Members.size() - 1;

    Finding D = findingOf(ReportKind::MustBeCoroutine);
    D.At = Func.Where;
    D.Message = G.quote(Seed) + " must be 'coroutine_fn'" +
                (Func.Marks.isNoCoroutine() ? ", but it is 'no_coroutine_fn'" : "") +
                ": it calls " + G.describeMarkedCallee(First);
    D.Notes.push_back(
        {First.At, G.quote(Seed) + " calls " + G.describeMarkedCallee(First) + " here"});
    if (First.Callee != None && G.fn(First.Callee).Where.valid())
      D.Notes.push_back({G.fn(First.Callee).Where, G.whereNote(First.Callee)});

    std::vector<uint32_t> Tops = View.tops();
    std::string Them = std::to_string(Tops.size()) +
                       (Tops.size() == 1 ? " of them has" : " of them have") +
                       " no such caller";
    if (!Exact) {
      // The functions other seeds imply call it too: counted with those.
      uint32_t Other = Shared.front();
      D.Notes.push_back(
          {Func.Where,
           "then more than " + std::to_string(MaxWalk) + " functions that call " +
               G.quote(Seed) +
               " outside coroutine context, directly or not, must be "
               "'coroutine_fn' too, among them those " +
               std::to_string(Shared.size()) + " other root cause" +
               (Shared.size() == 1 ? " implies" : "s imply") + " (first " +
               G.quote(Other) + ", implied by " + G.quote(Seeds[Up.Owner[Other]]) +
               "); " + std::to_string(Implied) + " of them are nearer to " +
               G.quote(Seed) + " than to any other root cause, and " + Them});
    } else if (Implied) {
      D.Notes.push_back(
          {Func.Where,
           "then " + std::to_string(Implied) +
               (Implied == 1 ? " function that calls " : " functions that call ") +
               G.quote(Seed) + " outside coroutine context, directly or not, must be "
                               "'coroutine_fn' too; " + Them});
    }
    for (size_t I = 0; I < Tops.size() && I < MaxTops; ++I)
      D.Notes.push_back({G.fn(Tops[I]).Where, "top of the chain: " + View.path(Tops[I])});

    // Addresses in pointers that are not coroutine_fn: callers through them
    // are not in the graph, and the pointers have to change too.
    MustBeCoroutineData Data{Seed, R.MustVia[Seed], {}, Tops, {}};
    size_t SeenTargets = 0, MoreEscapes = 0;
    for (uint32_t Fn : Members)
      for (uint32_t SI : G.StoresOf.of(Fn)) {
        const Store &S = G.store(SI);
        if (G.target(S.Into).Marks.isCoroutine() || SeenIn[S.Into] == Round)
          continue;
        SeenIn[S.Into] = Round;
        ++SeenTargets;
        Data.Escapes.push_back(SI);
        if (SeenTargets > MaxEscapes) {
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
          if (Shown == MaxCallsThrough)
            break;
          if (!G.inOrdinaryCode(C))
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
      std::string &Alt = Alternative[First.Via];
      if (Alt.empty())
        Alt = alternative(G, First.Via);
      D.Notes.push_back({Loc(), Alt});
    }

    for (size_t I = 1; I < Members.size(); ++I)
      Data.Implied.push_back({Members[I], View.Dist[Members[I]]});
    D.Data = std::move(Data);
    Out.push_back(std::move(D));
  }
}

} // namespace report
