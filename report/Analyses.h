//===- Analyses.h - the report's items ------------------------------------===//
//
// Each item is one file: MustBeCoroutine.cpp (1, upward), CoroutineContext.cpp
// (2, downward: the functions; BlockingCalls.cpp and
// MissingCoroutineVersions.cpp: the findings), MixedFunctions.cpp (3, with
// CoroutineReach.cpp), CallbackInventory.cpp (4), DotGraph.cpp (5) and
// WrapperTwins.cpp (6). Later items read the earlier ones' Results. They
// compute findings; Output.cpp and JsonOutput.cpp print them. RunAnalyses.cpp
// runs those the wanted items need.
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_REPORT_ANALYSES_H
#define COROPLUGIN_REPORT_ANALYSES_H

#include "Findings.h"
#include "Graph.h"
#include "Items.h"

#include "llvm/ADT/StringRef.h"

#include <vector>

namespace report {

struct Results {
  /// Print refactoring suggestions that are off by default (--suggestions).
  bool Suggestions = false;
  /// Item 1: per function, the call that makes it have to be coroutine_fn (to
  /// a coroutine_fn, or to a function that must become one); None if not.
  std::vector<uint32_t> MustVia;
  /// Item 2: unmarked functions that run only in coroutines, and how.
  std::vector<uint8_t> InCoroutine;
  std::vector<Entry> ContextVia;
  /// Every function InCoroutine, in the order they were reached.
  std::vector<uint32_t> ContextOrder;
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
/// Fills Results::InCoroutine, ContextVia and ContextOrder (no findings).
void coroutineContext(const Graph &G, Results &R);
/// Item 2's findings in the functions coroutineContext() found.
void blockingCalls(const Graph &G, const Results &R, std::vector<Finding> &Out);
/// Item 2 beyond the functions that run only in coroutines: ordinary
/// functions coroutine code calls that call a wrapper or a mixed function.
void missingCoroutineVersions(const Graph &G, const Results &R,
                              std::vector<Finding> &Out);
/// Fills Results::MayCoroutine (no findings of its own). With Inserted (per
/// function, markers a fix plan adds), as if they were written already.
void coroutineReach(const Graph &G, Results &R,
                    const std::vector<MarkerSet> *Inserted = nullptr);
void mixedFunctions(const Graph &G, const Results &R, std::vector<Finding> &Out);
/// The call stands, outside the coroutine side of a test, in an ordinary
/// function that coroutine code reaches but that does not run only in
/// coroutines: a caller item 3 asks to become coroutine_mixed_fn.
bool inReachedOrdinaryCode(const Graph &G, const Results &R, const Call &C);
/// Item 3's rule: such a call to something that runs in both contexts, or,
/// with Inserted (the fix plan's markers about to be written), to something
/// about to be marked mixed.
bool mustBecomeMixed(const Graph &G, const Results &R, const Call &C,
                     const std::vector<MarkerSet> *Inserted = nullptr);
void callbackInventory(const Graph &G, const Results &R,
                       std::vector<Finding> &Out);
/// Item 6.
void wrapperTwins(const Graph &G, std::vector<Finding> &Out);
/// The compile's findings (Facts::CompileFindings) as findings, and the
/// report's findings at a place where the compile did not show one marked
/// suppressed (CompileFindings.cpp). Call after every analysis.
void compileFindings(const Graph &G, std::vector<Finding> &All);
/// How complete the facts look: units read, functions called but defined in
/// none of them. A remark without a location.
Finding completeness(const Graph &G);
/// Runs the analyses that the items Want (5: --dot) need, every one when
/// Fixes (RunAnalyses.cpp), their findings into Out, each named to P.
void runAnalyses(const Graph &G, Results &R, const bool (&Want)[ItemSlots], bool Fixes,
                 std::vector<Finding> &Out, class Progress &P);
/// Item 5: the whole program, or with a Focus (a function's name or id, or
/// the key of a finding of Findings: its chain) its neighbourhood to Depth.
/// Returns false (and says why) when Path cannot be written or nothing has
/// that name.
bool writeDot(const Graph &G, const Results &R, const std::vector<Finding> &Findings,
              llvm::StringRef Path, llvm::StringRef Focus = "", unsigned Depth = 2);

/// How Via reaches Fn from coroutine code (Results::ContextVia, MayVia).
Chain chainOf(const Graph &G, const std::vector<Entry> &Via, uint32_t Fn);
/// One note for each call and store of the chain.
void chainNotes(const Graph &G, const Chain &C, std::vector<Note> &Notes);

} // namespace report

#endif
