//===- Analyses.h - the report's items ------------------------------------===//
//
// Each item is one file: MustBeCoroutine.cpp (1, upward), CoroutineContext.cpp
// (2, downward, with MissingCoroutineVersions.cpp), MixedFunctions.cpp (3, with CoroutineReach.cpp),
// CallbackInventory.cpp (4), DotGraph.cpp (5) and WrapperTwins.cpp (6).
// Later items read the earlier ones' Results.
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_REPORT_ANALYSES_H
#define COROPLUGIN_REPORT_ANALYSES_H

#include "Findings.h"
#include "Graph.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/JSON.h"

#include <vector>

namespace report {

/// How a function was found to run in coroutine context: a call from
/// coroutine context, or a store of its address into a pointer that is
/// coroutine_fn or (Through) that a call in coroutine context goes through.
struct Entry {
  bool IsStore = false;
  uint32_t Index = None;   // a call or a store
  uint32_t Through = None; // for a store: that call, if any
};

struct Results {
  /// Whether to build the findings' JSON data (only --format=json prints it).
  bool JSON = false;
  /// Print refactoring suggestions that are off by default (--suggestions).
  bool Suggestions = false;
  /// Item 1: per function, the call that makes it have to be coroutine_fn (to
  /// a coroutine_fn, or to a function that must become one); None if not.
  std::vector<uint32_t> MustVia;
  /// Item 2: unmarked functions that run only in coroutines, and how.
  std::vector<uint8_t> InCoroutine;
  std::vector<Entry> ContextVia;
  /// Item 2, for --format=json: every function InCoroutine, with its chain.
  llvm::json::Array ContextFunctions;
  /// Ordinary and coroutine_mixed_fn functions that coroutine code reaches
  /// (they may run in coroutine context, and maybe elsewhere too), and how.
  std::vector<uint8_t> MayCoroutine;
  std::vector<Entry> MayVia;

  bool must(uint32_t Fn) const { return MustVia[Fn] != None; }
  /// The call stands in coroutine context: by markers, or in a function
  /// item 2 found (and not on the ordinary side of a test).
  bool inCoroutineContext(const Graph &G, const Call &C) const {
    return G.inMarkedCoroutineCode(C) ||
           (C.S != Side::Ordinary && InCoroutine[C.Caller]);
  }
};

void mustBeCoroutine(const Graph &G, Results &R, std::vector<Finding> &Out);
void coroutineContext(const Graph &G, Results &R, std::vector<Finding> &Out);
/// Item 2 beyond the functions that run only in coroutines: ordinary
/// functions coroutine code calls that call a wrapper or a mixed function.
void missingCoroutineVersions(const Graph &G, const Results &R,
                              std::vector<Finding> &Out);
/// Fills Results::MayCoroutine (no findings of its own).
void coroutineReach(const Graph &G, Results &R);
void mixedFunctions(const Graph &G, const Results &R, std::vector<Finding> &Out);
/// The call stands, outside the coroutine side of a test, in an ordinary
/// function that coroutine code reaches but that does not run only in
/// coroutines: a caller item 3 asks to become coroutine_mixed_fn.
bool inReachedOrdinaryCode(const Graph &G, const Results &R, const Call &C);
/// Item 3's rule: such a call to something that runs in both contexts.
bool mustBecomeMixed(const Graph &G, const Results &R, const Call &C);
void callbackInventory(const Graph &G, const Results &R,
                       std::vector<Finding> &Out);
/// Item 6.
void wrapperTwins(const Graph &G, const Results &R, std::vector<Finding> &Out);
/// How complete the facts look: units read, functions called but defined in
/// none of them. A remark without a location.
Finding completeness(const Graph &G, const Results &R);
/// Item 5. Returns false (and says why) when Path cannot be written.
bool writeDot(const Graph &G, const Results &R, llvm::StringRef Path);

/// {"file":..,"line":..,"col":..} members for a location.
void addLoc(llvm::json::Object &O, const Facts &F, Loc L);
/// {"id","name","markers",file,line,col} of a function.
llvm::json::Object functionJSON(const Graph &G, uint32_t Fn);
/// One call of a chain: {"caller","callee" or "via","side",file,line,col}.
llvm::json::Object callJSON(const Graph &G, uint32_t CallIndex);
llvm::json::Array markersJSON(MarkerSet M);
/// Notes (and, with JSON, chain entries) for how Via reaches Fn from
/// coroutine code, the entry first.
void chainNotes(const Graph &G, const std::vector<Entry> &Via, uint32_t Fn,
                bool JSON, std::vector<Note> &Notes, llvm::json::Array &Chain);

} // namespace report

#endif
