//===- Chains.cpp - how coroutine code reaches a function, as notes -------===//
//
// Items 2 and 3 record, per function, the entry that first reached it (a
// breadth-first walk, so each chain is a shortest one); this walks the
// entries back up to coroutine code and words them top down.
//
//===----------------------------------------------------------------------===//
#include "Analyses.h"

#include <algorithm>

namespace report {

namespace {

/// "'coroutine_fn' function 'co' calls 'f' here", "'f' calls 'g' here, where
/// qemu_in_coroutine() is true".
std::string callNote(const Graph &G, const Call &C) {
  std::string Who = G.quote(C.Caller);
  if (C.S != Side::Coroutine && !G.fn(C.Caller).Marks.empty())
    Who = G.describeFn(C.Caller);
  return Who + " calls " +
         (C.Callee != None ? G.quote(C.Callee) : "through " + G.describeCallee(C)) +
         " here" + (C.S == Side::Coroutine ? ", where qemu_in_coroutine() is true" : "");
}

} // namespace

Chain chainOf(const Graph &G, const std::vector<Entry> &Via, uint32_t Fn) {
  Chain Path;
  for (uint32_t At = Fn;;) {
    Entry E = Via[At];
    Path.push_back(E);
    uint32_t CI = E.IsStore ? E.Through : E.Index;
    if (CI == None)
      break;
    const Call &C = G.call(CI);
    // Coroutine code, or the coroutine side of a test: where the chain starts.
    if (C.S == Side::Coroutine || G.fn(C.Caller).Marks.isCoroutine())
      break;
    At = C.Caller;
  }
  std::reverse(Path.begin(), Path.end());
  return Path;
}

void chainNotes(const Graph &G, const Chain &Path, std::vector<Note> &Notes) {
  for (const Entry &E : Path) {
    if (E.IsStore && E.Through != None)
      Notes.push_back({G.call(E.Through).At, callNote(G, G.call(E.Through))});
    if (!E.IsStore) {
      Notes.push_back({G.call(E.Index).At, callNote(G, G.call(E.Index))});
      continue;
    }
    const Store &S = G.store(E.Index);
    MarkerSet Into = G.target(S.Into).Marks;
    Notes.push_back({S.At, "the address of " + G.quote(S.Fn) + " is stored in " +
                               (Into.empty() ? "" : Into.quoted() + " ") +
                               G.describeTarget(S.Into) + " here"});
  }
}

} // namespace report
