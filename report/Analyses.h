//===- Analyses.h - the report's items ------------------------------------===//
//
// Each item is one file: MustBeCoroutine.cpp (1, upward), CoroutineContext.cpp
// (2, downward), MixedFunctions.cpp (3), CallbackInventory.cpp (4) and
// DotGraph.cpp (5). Later items read the earlier ones' Results.
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
/// coroutine context, or a store of its address into a coroutine_fn pointer.
struct Entry {
  bool IsStore = false;
  uint32_t Index = None; // a call or a store
};

struct Results {
  /// Whether to build the findings' JSON data (only --format=json prints it).
  bool JSON = false;
  /// Item 1: per function, the call that makes it have to be coroutine_fn (to
  /// a coroutine_fn, or to a function that must become one); None if not.
  std::vector<uint32_t> MustVia;
  /// Item 2: unmarked functions that run only in coroutines, and how.
  std::vector<uint8_t> InCoroutine;
  std::vector<Entry> ContextVia;
  /// Item 2, for --format=json: every function InCoroutine, with its chain.
  llvm::json::Array ContextFunctions;

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
void mixedFunctions(const Graph &G, const Results &R, std::vector<Finding> &Out);
void callbackInventory(const Graph &G, const Results &R,
                       std::vector<Finding> &Out);
/// Item 5. Returns false (and says why) when Path cannot be written.
bool writeDot(const Graph &G, const Results &R, llvm::StringRef Path);

/// {"file":..,"line":..,"col":..} members for a location.
void addLoc(llvm::json::Object &O, const Facts &F, Loc L);
/// {"id","name","markers",file,line,col} of a function.
llvm::json::Object functionJSON(const Graph &G, uint32_t Fn);
/// One call of a chain: {"caller","callee" or "via","side",file,line,col}.
llvm::json::Object callJSON(const Graph &G, uint32_t CallIndex);
llvm::json::Array markersJSON(Markers M);

} // namespace report

#endif
