//===- Chains.cpp - how coroutine code reaches a function, as notes -------===//
//
// Items 2 and 3 record, per function, the entry that first reached it (a
// breadth-first walk, so each chain is a shortest one); this walks the
// entries back up to coroutine code and prints them top down.
//
//===----------------------------------------------------------------------===//
#include "Analyses.h"

namespace json = llvm::json;

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

void chainNotes(const Graph &G, const std::vector<Entry> &Via, uint32_t Fn,
                bool JSON, std::vector<Note> &Notes, json::Array &Chain) {
  std::vector<Entry> Path;
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
  for (auto It = Path.rbegin(); It != Path.rend(); ++It) {
    if (It->IsStore && It->Through != None) {
      const Call &C = G.call(It->Through);
      Notes.push_back({C.At, callNote(G, C)});
      if (JSON)
        Chain.push_back(callJSON(G, It->Through));
    }
    if (!It->IsStore) {
      const Call &C = G.call(It->Index);
      Notes.push_back({C.At, callNote(G, C)});
      if (JSON)
        Chain.push_back(callJSON(G, It->Index));
      continue;
    }
    const Store &S = G.store(It->Index);
    MarkerSet Into = G.target(S.Into).Marks;
    Notes.push_back({S.At, "the address of " + G.quote(S.Fn) + " is stored in " +
                               (Into.empty() ? "" : Into.quoted() + " ") +
                               G.describeTarget(S.Into) + " here"});
    if (!JSON)
      continue;
    json::Object O{{"stored", G.fn(S.Fn).Id},
                   {"into", json::Object{{"kind", G.target(S.Into).Kind},
                                         {"name", G.target(S.Into).Name}}}};
    addLoc(O, G.F, S.At);
    Chain.push_back(std::move(O));
  }
}

} // namespace report
