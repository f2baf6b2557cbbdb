//===- Gate.h - what a CI run prints, fails on, and counts ----------------===//
//
// The findings --items selects, less the suppressed ones and the warnings a
// baseline holds (facts/Baseline.h); the summary line that counts them; the
// baseline this run writes (docs/baseline.md).
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_REPORT_GATE_H
#define COROPLUGIN_REPORT_GATE_H

#include "Graph.h"
#include "Selection.h"
#include "format/Baseline.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

#include <vector>

namespace report {

struct Counts {
  unsigned Warnings = 0, Remarks = 0, Suppressed = 0, InBaseline = 0;
};

/// The findings to print, in order: those Items shows that are not
/// suppressed and, for warnings, not covered by Base (which it uses up, in
/// order). N counts them, and the suppressed and baseline findings Items
/// shows.
std::vector<Finding> select(const Graph &G, std::vector<Finding> &All,
                            const Selection &Items, coro::KeyCounts &Base,
                            Counts &N);

/// `N warnings, M remarks (K suppressed, B in baseline)`.
void printSummary(const Counts &N, llvm::raw_ostream &OS);

/// Every warning of All that is not suppressed, of every item, as a
/// --format=json document at Path. False (and says why) when it cannot be
/// written.
bool writeBaseline(const Graph &G, const std::vector<Finding> &All,
                   llvm::StringRef Path);

} // namespace report

#endif
