//===- FixPlan.cpp --------------------------------------------------------===//
//
// A marker is only safe with everything it implies: marking f coroutine_fn
// makes every unmarked caller of f a new finding, and f's calls to generated
// wrappers too. So each finding's fix is a group, closed upward, and is
// exported whole or not at all:
// - item 2: f and the unmarked callers that bring it into coroutine context
//   (each runs only in coroutines), plus the renames of their blocking calls;
// - item 1: the seed and every function the report says must follow it,
//   when the seed calls a coroutine_fn function, not a callback (a callback
//   leaves a choice: mark the callers, or make the callback non-coroutine);
// - item 3: the caller, plus the callee when it only tests
//   qemu_in_coroutine() and is not marked yet; only when no ordinary caller
//   that coroutine code reaches would become the next mixed caller, in the
//   program as the patch leaves it (mixedCallers()).
// Item 3 runs last and counts every marker planned before it, so that the
// patch's second round finds nothing to fix.
// A group whose member escapes into a pointer that is not coroutine_fn, is
// called on the ordinary side of a test, is no_coroutine_fn, has no
// declaration the plugin could edit, needs a marker whose macro a unit that
// reads one of its declarations lacks there (QEMU 7.2 has no
// coroutine_mixed_fn, and 1,343 of its 2,038 units never include
// qemu/coroutine.h, some of them block headers), or calls a blocking function that has
// no same-type twin is a decision.
//
//===----------------------------------------------------------------------===//
#include "FixPlan.h"

#include <algorithm>
#include <unordered_map>

namespace report {

namespace {

class Planner {
public:
  Planner(const Graph &G, const Results &R)
      : G(G), R(R), Planned(G.F.Functions.size(), 0),
        InGroup(G.F.Functions.size(), 0) {
    P.Undecided.assign(G.F.Functions.size(), 0);
    for (uint32_t Fn = 0; Fn < G.F.Functions.size(); ++Fn)
      if (G.fn(Fn).Static)
        StaticCopies[G.fn(Fn).Id].push_back(Fn);
  }

  FixPlan plan() {
    for (uint32_t Fn = 0; Fn < G.F.Functions.size(); ++Fn)
      if (R.must(Fn) && G.calleeMarks(G.call(R.MustVia[Fn])).isCoroutine())
        mustBeCoroutine(Fn);
    for (uint32_t Fn = 0; Fn < G.F.Functions.size(); ++Fn)
      if (R.InCoroutine[Fn] && blocks(Fn))
        runsInCoroutines(Fn);
    mixedCallers();
    undecideAboveFailedSeeds();
    for (uint32_t Fn = 0; Fn < G.F.Functions.size(); ++Fn)
      P.Undecided[Fn] &= !Planned[Fn];
    return std::move(P);
  }

private:
  bool blocks(uint32_t Fn) const {
    for (uint32_t CI : G.CallsFrom.of(Fn)) {
      const Call &C = G.call(CI);
      if (C.Callee != None && C.S != Side::Ordinary && G.isBlocking(C.Callee))
        return true;
    }
    return false;
  }

  /// Item 1's groups overlap: every seed's group is the ordinary code above
  /// it, and on a large program that is most of it. So a seed's walk stops
  /// at its first member that cannot be marked (one decision is all the
  /// group needs), and the members it did not walk become Undecided in one
  /// walk from all such seeds at the end (undecideAboveFailedSeeds()).
  void mustBeCoroutine(uint32_t Seed) {
    std::string Why;
    for (uint32_t CI : G.CallsFrom.of(Seed)) {
      const Call &C = G.call(CI);
      if (G.inOrdinaryCode(C) && C.Callee == None &&
          G.calleeMarks(C).isCoroutine() && Why.empty())
        Why = "it calls 'coroutine_fn' " + G.describeCallee(C) +
              ": mark its callers 'coroutine_fn', or call a callback that "
              "is not 'coroutine_fn'";
    }
    Fix X{"must-be-coroutine",
          G.quote(Seed) + " must be 'coroutine_fn': it calls " +
              G.describeMarkedCallee(G.call(R.MustVia[Seed])),
          {},
          Seed};
    std::vector<uint32_t> Group = startGroup(Seed);
    for (size_t Q = 0; Q < Group.size() && Why.empty(); ++Q) {
      Why = markCoroutine(Group[Q], X.Edits);
      joinOrdinaryCallers(Group, Group[Q]);
    }
    if (!Why.empty())
      FailedSeeds.push_back(Seed);
    settle(std::move(X), Group, std::move(Why));
  }

  void undecideAboveFailedSeeds() {
    std::vector<uint32_t> Above = startGroup(None);
    for (uint32_t Seed : FailedSeeds)
      join(Above, Seed);
    for (size_t Q = 0; Q < Above.size(); ++Q) {
      P.Undecided[Above[Q]] = 1;
      joinOrdinaryCallers(Above, Above[Q]);
    }
  }

  void runsInCoroutines(uint32_t Fn) {
    std::string Why;
    std::vector<uint32_t> Group = startGroup(Fn);
    for (size_t Q = 0; Q < Group.size(); ++Q)
      for (uint32_t CI : G.CallsTo.of(Group[Q])) {
        const Call &C = G.call(CI);
        if (G.inMarkedCoroutineCode(C) || InGroup[C.Caller] == Walk)
          continue;
        if (R.InCoroutine[C.Caller] && C.S != Side::Ordinary)
          join(Group, C.Caller);
        else if (Why.empty())
          Why = G.quote(C.Caller) + " calls " + G.quote(Group[Q]) +
                " outside coroutine context";
      }
    Fix X{"blocking-call-in-coroutine-context",
          G.quote(Fn) + " runs only in coroutines: mark it 'coroutine_fn' "
                        "and call the coroutine versions",
          {},
          Fn};
    for (size_t Q = 0; Q < Group.size() && Why.empty(); ++Q)
      Why = markCoroutine(Group[Q], X.Edits);
    settle(std::move(X), Group, std::move(Why));
  }

  /// A new group, of Root alone (or empty: None). Groups are walks up the
  /// call graph that every root repeats, so membership is a stamp per
  /// function rather than a search of the group: a search made planning
  /// quadratic in the group's size (10 minutes on a generated program of
  /// 100 units).
  std::vector<uint32_t> startGroup(uint32_t Root) {
    ++Walk;
    std::vector<uint32_t> Group;
    if (Root != None)
      join(Group, Root);
    return Group;
  }

  void join(std::vector<uint32_t> &Group, uint32_t Fn) {
    if (InGroup[Fn] == Walk)
      return;
    InGroup[Fn] = Walk;
    Group.push_back(Fn);
  }

  /// Item 1's step up: the callers of Fn from ordinary code, which marking
  /// Fn coroutine_fn makes follow it.
  void joinOrdinaryCallers(std::vector<uint32_t> &Group, uint32_t Fn) {
    for (uint32_t CI : G.CallsTo.of(Fn)) {
      const Call &C = G.call(CI);
      if (G.inOrdinaryCode(C))
        join(Group, C.Caller);
    }
  }

  /// Plans X, which marks Group, or records why it cannot be (Why).
  void settle(Fix X, const std::vector<uint32_t> &Group, std::string Why) {
    if (!Why.empty()) {
      P.Decisions.push_back({X.Kind, X.Function, std::move(Why)});
      for (uint32_t Fn : Group)
        P.Undecided[Fn] = 1;
      return;
    }
    for (uint32_t Fn : Group)
      Planned[Fn] = 1;
    P.Fixes.push_back(std::move(X));
  }

  /// Marks Fn coroutine_fn and renames its blocking calls, which the marker
  /// makes necessary; why not, when it cannot.
  std::string markCoroutine(uint32_t Fn, std::vector<Edit> &Out) {
    std::string Why = mark(Fn, Marker::CoroutineFn, Out);
    return Why.empty() ? renameBlockingCalls(Fn, Out) : Why;
  }

  /// Inserts M at each declaration of Fn; why not, when it cannot.
  std::string mark(uint32_t Fn, Marker M, std::vector<Edit> &Out) {
    const Function &Func = G.fn(Fn);
    if (Func.Marks.isNoCoroutine())
      return G.quote(Fn) + " is 'no_coroutine_fn'";
    if (!G.F.Spellable.has(M))
      return "a unit read does not define the '" + coro::markerName(M).str() +
             "' macro";
    if (Func.Sites.empty())
      return G.quote(Fn) + " has no declaration to edit (a macro, a system "
                           "header or generated code declares it)";
    for (const MarkerSite &S : Func.Sites)
      if (uint32_t U = G.F.unspelledBy(S.At, M); U != None)
        return unspelledWhy(G, Fn, S.At, M, U);
    if (M == Marker::CoroutineFn)
      for (uint32_t SI : G.StoresOf.of(Fn))
        if (!G.target(G.store(SI).Into).Marks.isCoroutine())
          return "the address of " + G.quote(Fn) + " escapes into " +
                 G.describeTarget(G.store(SI).Into) +
                 ", which is not 'coroutine_fn'";
    for (const MarkerSite &S : Func.Sites)
      Out.push_back({S.At, coro::markerInsertion(coro::markerName(M), S.Space)});
    return {};
  }

  /// Renames Fn's calls to blocking functions to their twins, which the
  /// marker makes necessary; why not, when one cannot be renamed.
  std::string renameBlockingCalls(uint32_t Fn, std::vector<Edit> &Out) {
    for (uint32_t CI : G.CallsFrom.of(Fn)) {
      const Call &C = G.call(CI);
      if (C.Callee == None || C.S == Side::Ordinary)
        continue;
      MarkerSet M = G.fn(C.Callee).Marks;
      if (!G.isBlocking(C.Callee)) {
        if (M.mayRunInCoroutine())
          continue;
        return G.quote(Fn) + " calls 'no_coroutine_fn' function " +
               G.quote(C.Callee) + ", which has no coroutine version";
      }
      uint32_t Twin = G.twinOf(C.Callee);
      if (Twin == None)
        return G.quote(Fn) + " calls " + G.quote(C.Callee) +
               ", whose coroutine version is not declared";
      if (!G.F.TwinSameType[C.Callee])
        return G.quote(Fn) + " calls " + G.quote(C.Callee) + ", whose " +
               "coroutine version " + G.quote(Twin) + " has another type";
      if (!C.Name.valid())
        return G.quote(Fn) + " calls " + G.quote(C.Callee) +
               " through a macro, which a rename cannot edit";
      Out.push_back({C.Name, G.fn(Twin).Name});
    }
    return {};
  }

  /// Item 3: the caller becomes mixed when that ends there. A caller that
  /// coroutine code reaches through other ordinary functions makes each of
  /// them a mixed caller in turn, up to the coroutine: whether to mark that
  /// chain (as QEMU 8 did for qemu_get_byte's) or to keep the callee out of
  /// coroutine context (as it did for bdrv_open_driver's, now
  /// no_coroutine_fn) is a design decision.
  /// It ends there, too, when those callers are mixed callers this plan
  /// marks: QEMU 10.0's qemu_loadvm_state_header, called by
  /// qemu_loadvm_state, which calls qemu_get_byte itself. And a marker
  /// has consequences below: coroutine code follows a marked function's
  /// calls through unmarked pointers (CoroutineReach.cpp), so once
  /// get_scsi_requests is coroutine_mixed_fn, the SCSIBusInfo::load_request
  /// it calls (mptsas_load_request) runs in coroutine context and calls
  /// qemu_get_buffer: a mixed caller the unpatched program does not show.
  /// So each pass asks as the patch will leave the program (the markers of
  /// items 1 and 2 and those planned so far), and marks the callers whose
  /// reached callers are all marked or marked in the same pass; the passes
  /// end when one marks nothing, and what is left is decided. The patch's
  /// second round then finds no mixed caller that is not a decision.
  void mixedCallers() {
    std::vector<MarkerSet> Inserted(G.F.Functions.size());
    for (uint32_t Fn = 0; Fn < G.F.Functions.size(); ++Fn)
      if (Planned[Fn])
        Inserted[Fn].add(Marker::CoroutineFn);
    Results Now = R;
    for (;;) {
      coroutineReach(G, Now, &Inserted);
      std::vector<MixedCaller> Pass = mixedCallersOf(Now, Inserted);
      // Kept: the callers that can be marked and whose reached callers all
      // are, or will be; the rest waits for the next pass.
      std::vector<uint8_t> Kept(G.F.Functions.size(), 0);
      for (const MixedCaller &M : Pass)
        if (M.Why.empty())
          for (uint32_t Copy : copies(M.Fn))
            Kept[Copy] = 1;
      for (bool Dropped = true; Dropped;) {
        Dropped = false;
        for (const MixedCaller &M : Pass)
          if (Kept[M.Fn] && !reachedCallers(Now, Inserted, Kept, M.Fn).empty()) {
            for (uint32_t Copy : copies(M.Fn))
              Kept[Copy] = 0;
            Dropped = true;
          }
      }
      bool Grew = false;
      for (MixedCaller &M : Pass)
        if (Kept[M.Fn]) {
          for (uint32_t Fn : M.Marked)
            for (uint32_t Copy : copies(Fn))
              Inserted[Copy].add(Marker::CoroutineMixedFn);
          P.Fixes.push_back(std::move(M.X));
          Grew = true;
        }
      if (Grew)
        continue;
      for (MixedCaller &M : Pass) {
        std::string Why = reachedCallers(Now, Inserted, Kept, M.Fn);
        P.Decisions.push_back(
            {"mixed-caller", M.Fn, Why.empty() ? std::move(M.Why) : std::move(Why)});
        for (uint32_t Copy : copies(M.Fn))
          P.Undecided[Copy] = 1;
      }
      return;
    }
  }

  /// A caller item 3 asks to mark, with its fix, or why it cannot be marked.
  struct MixedCaller {
    uint32_t Fn;
    Fix X;
    std::string Why;
    std::vector<uint32_t> Marked; // what X marks
  };

  /// The mixed callers of the program as the patch leaves it (Inserted), at
  /// their first such call: a function about to be marked is none, and a
  /// callee about to be marked mixed runs in both contexts.
  std::vector<MixedCaller> mixedCallersOf(const Results &Now,
                                          const std::vector<MarkerSet> &Inserted) {
    std::vector<MixedCaller> Out;
    std::vector<uint8_t> Told(G.F.Functions.size(), 0);
    for (uint32_t CI = 0; CI < G.F.Calls.size(); ++CI) {
      const Call &C = G.call(CI);
      if (Told[C.Caller] || !Inserted[C.Caller].empty() ||
          !mustBecomeMixed(G, Now, C, &Inserted))
        continue;
      for (uint32_t Copy : copies(C.Caller))
        Told[Copy] = 1;
      uint32_t Fn = C.Caller;
      MixedCaller M{Fn,
                    {"mixed-caller",
                     G.quote(Fn) + " can run in coroutine context and calls " +
                         G.describeCallee(C) + ", which runs in both: mark it "
                                               "'coroutine_mixed_fn'",
                     {},
                     Fn},
                    {},
                    {Fn}};
      M.Why = mark(Fn, Marker::CoroutineMixedFn, M.X.Edits);
      if (M.Why.empty() && C.Callee != None && !G.fn(C.Callee).Marks.isMixed() &&
          Inserted[C.Callee].empty()) {
        M.Why = mark(C.Callee, Marker::CoroutineMixedFn, M.X.Edits);
        M.Marked.push_back(C.Callee);
      }
      Out.push_back(std::move(M));
    }
    return Out;
  }

  /// Why marking Fn mixed does not end there: its ordinary callers that
  /// coroutine code reaches, which would be the next round's mixed callers
  /// (none that is marked already, or Kept: marked with it).
  std::string reachedCallers(const Results &Now,
                             const std::vector<MarkerSet> &Inserted,
                             const std::vector<uint8_t> &Kept, uint32_t Fn) const {
    std::vector<uint32_t> Callers;
    for (uint32_t Copy : copies(Fn))
      for (uint32_t CI : G.CallsTo.of(Copy)) {
        const Call &C = G.call(CI);
        if (C.Caller != Copy && Inserted[C.Caller].empty() && !Kept[C.Caller] &&
            inReachedOrdinaryCode(G, Now, C) && !contains(Callers, C.Caller))
          Callers.push_back(C.Caller);
      }
    if (Callers.empty())
      return {};
    std::string Why = "coroutine code reaches it through " +
                      std::to_string(Callers.size()) +
                      (Callers.size() == 1 ? " ordinary caller (" : " ordinary callers (") +
                      G.quote(Callers[0]) + (Callers.size() > 1 ? ", ..." : "") +
                      "), which would have to become 'coroutine_mixed_fn' too; "
                      "mark that chain, or keep the callee out of coroutine context";
    return Why;
  }

  /// A static function of a header is one Function per unit, but one text:
  /// a marker inserted there marks every unit's copy, so all are judged.
  std::vector<uint32_t> copies(uint32_t Fn) const {
    auto It = StaticCopies.find(G.fn(Fn).Id);
    return It == StaticCopies.end() ? std::vector<uint32_t>{Fn} : It->second;
  }

  static bool contains(const std::vector<uint32_t> &V, uint32_t X) {
    return std::find(V.begin(), V.end(), X) != V.end();
  }

  const Graph &G;
  const Results &R;
  std::vector<uint8_t> Planned; // in a group that is fixed
  std::vector<uint32_t> InGroup;  // the Walk whose group holds the function
  uint32_t Walk = 0;
  std::vector<uint32_t> FailedSeeds; // of item 1's decisions
  std::unordered_map<std::string, std::vector<uint32_t>> StaticCopies; // by id
  FixPlan P;
};

} // namespace

std::string unspelledWhy(const Graph &G, uint32_t Fn, Span At, Marker M,
                         uint32_t Unit) {
  return G.quote(Fn) + " is declared in '" + G.F.Files[At.File] +
         "', which unit '" + G.F.Units[Unit] + "' reads without the '" +
         coro::markerName(M).str() + "' macro";
}

FixPlan planFixes(const Graph &G, const Results &R) { return Planner(G, R).plan(); }

void decisionFindings(const Graph &G, const FixPlan &P, std::vector<Finding> &Out) {
  for (const Decision &D : P.Decisions) {
    Finding F = findingOf(ReportKind::NeedsDecision);
    F.Sev = Severity::Remark;
    F.At = G.fn(D.Function).Where;
    F.Message = "the exported fixes leave out the " + std::string(D.Kind) +
                " finding of " + G.quote(D.Function) + ": " + D.Why;
    F.Data = DecisionData{D.Kind, D.Function};
    Out.push_back(std::move(F));
  }
}

} // namespace report
