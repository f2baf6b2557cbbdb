//===- MixedFunctions.cpp - item 3: coroutine_mixed_fn functions ----------===//
//
// (a) calls from ordinary code to a coroutine_mixed_fn function or pointer,
//     or to a function that tests qemu_in_coroutine() (Graph::isMixed); one
//     finding a caller.
//     The caller must become coroutine_mixed_fn when it can itself run in
//     coroutine context (coroutine code reaches it: CoroutineReach.cpp): a
//     warning with the chain. A caller only ordinary code reaches is correct
//     as it is; converting the mixed function would start there, a
//     suggestion printed with --suggestions only.
// (b) every coroutine_mixed_fn function, or unmarked function that tests
//     qemu_in_coroutine(), whose calls all stand in coroutine context (by
//     markers or by item 2) and whose address goes only into coroutine_fn
//     pointers: it can become coroutine_fn (a suggestion). That needs every
//     caller: only functions defined in the units read. Calls it makes to
//     itself do not count; a function with no use at all is not reported.
//
//===----------------------------------------------------------------------===//
#include "Analyses.h"

namespace report {

bool inReachedOrdinaryCode(const Graph &G, const Results &R, const Call &C) {
  // A caller that tests qemu_in_coroutine() itself is mixed already (the
  // plugin's mixed-dispatch asks for its marker), recursion included; no
  // no_coroutine_fn function is reached (CoroutineReach.cpp). A call on the
  // ordinary side of a test runs outside coroutines, wherever its caller
  // runs: `if (qemu_in_coroutine()) return;` before it is no mixed function
  // (nothing on its coroutine side suspends) but keeps the call out.
  return G.inOrdinaryCode(C) && C.S != Side::Ordinary && !R.InCoroutine[C.Caller] &&
         R.MayCoroutine[C.Caller] && !G.isMixed(C.Caller);
}

bool mustBecomeMixed(const Graph &G, const Results &R, const Call &C,
                     const std::vector<MarkerSet> *Inserted) {
  return inReachedOrdinaryCode(G, R, C) &&
         (G.callsMixed(C) ||
          (Inserted && C.Callee != None && (*Inserted)[C.Callee].isMixed()));
}

void mixedFunctions(const Graph &G, const Results &R, std::vector<Finding> &Out) {
  const Facts &F = G.F;
  // One finding a caller, at its first such call: the fix is one marker.
  std::vector<uint8_t> Told(F.Functions.size(), 0);
  for (uint32_t CI = 0; CI < F.Calls.size(); ++CI) {
    const Call &C = G.call(CI);
    if (!G.inOrdinaryCode(C) || C.S == Side::Ordinary || R.InCoroutine[C.Caller] ||
        G.isMixed(C.Caller) || !G.callsMixed(C) || Told[C.Caller])
      continue;
    Told[C.Caller] = 1;
    bool Reached = mustBecomeMixed(G, R, C);
    if (!Reached && !R.Suggestions)
      continue;
    Finding D = findingOf(ReportKind::MixedCaller);
    D.At = C.At;
    std::string Caller = "non-coroutine function " + G.quote(C.Caller);
    std::string Callee = (C.Callee != None && !G.fn(C.Callee).Marks.isMixed()
                              ? "function " + G.quote(C.Callee) +
                                    ", which tests qemu_in_coroutine()"
                              : "'coroutine_mixed_fn' " + G.describeCallee(C));
    MixedCallerData Data{C.Caller, CI, {}};
    if (Reached) {
      D.Message = Caller + " can run in coroutine context and calls " + Callee +
                  "; mark " + G.quote(C.Caller) + " 'coroutine_mixed_fn' too";
      Data.Via = chainOf(G, R.MayVia, C.Caller);
      chainNotes(G, Data.Via, D.Notes);
    } else {
      D.Sev = Severity::Remark;
      D.Message = Caller + " calls " + Callee +
                  " and no coroutine code reaches it; to convert the callee "
                  "to 'coroutine_fn', this call has to move into a coroutine";
    }
    if (C.Callee != None && G.fn(C.Callee).Where.valid())
      D.Notes.push_back({G.fn(C.Callee).Where, G.whereNote(C.Callee)});
    if (G.fn(C.Caller).Where.valid())
      D.Notes.push_back({G.fn(C.Caller).Where, G.quote(C.Caller) + " is defined here"});
    D.Data = std::move(Data);
    Out.push_back(std::move(D));
  }

  for (uint32_t Fn = 0; Fn < F.Functions.size(); ++Fn) {
    const Function &Func = G.fn(Fn);
    if (!G.isMixed(Fn) || !Func.Defined)
      continue;
    bool Mixed = Func.Marks.isMixed();
    size_t Uses = 0;
    bool Ordinary = false;
    std::vector<Note> Callers;
    CanBeCoroutineData Data{Fn, {}};
    for (uint32_t CI : G.CallsTo.of(Fn)) {
      const Call &C = G.call(CI);
      if (C.Caller == Fn)
        continue;
      ++Uses;
      if (!R.inCoroutineContext(G, C)) {
        Ordinary = true;
        break;
      }
      if (Callers.size() < 10)
        Callers.push_back({C.At, G.quote(C.Caller) + " calls " + G.quote(Fn) +
                                     " here, in coroutine context"});
      Data.Calls.push_back(CI);
    }
    for (uint32_t SI : G.StoresOf.of(Fn)) {
      if (Ordinary)
        break;
      const Store &S = G.store(SI);
      ++Uses;
      if (!G.target(S.Into).Marks.isCoroutine()) {
        Ordinary = true;
        break;
      }
      if (Callers.size() < 10)
        Callers.push_back({S.At, "the address of " + G.quote(Fn) +
                                     " is stored in " +
                                     G.target(S.Into).Marks.quoted() + " " +
                                     G.describeTarget(S.Into) + " here"});
    }
    if (Ordinary || Uses == 0)
      continue;
    Finding D = findingOf(ReportKind::CanBeCoroutine);
    D.Sev = Severity::Remark;
    D.At = Func.Where;
    D.Message = (Mixed ? "'coroutine_mixed_fn' function " + G.quote(Fn)
                       : G.quote(Fn) + " tests qemu_in_coroutine() but") +
                " has no caller outside coroutine context; it can become "
                "'coroutine_fn'";
    if (Func.Dispatch.valid())
      D.Notes.push_back({Func.Dispatch, "qemu_in_coroutine() is tested here"});
    D.Notes.insert(D.Notes.end(), Callers.begin(), Callers.end());
    if (Uses > Callers.size())
      D.Notes.push_back({Loc(), "and " + std::to_string(Uses - Callers.size()) +
                                    " more uses in coroutine context"});
    D.Data = std::move(Data);
    Out.push_back(std::move(D));
  }
}

} // namespace report
