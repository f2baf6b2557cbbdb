//===- Output.h - printing findings: compiler-style text, JSON ------------===//
#ifndef COROPLUGIN_REPORT_OUTPUT_H
#define COROPLUGIN_REPORT_OUTPUT_H

#include "Analyses.h"

#include "llvm/Support/raw_ostream.h"

#include <vector>

namespace report {

/// By item, then (for the inventory) field name, then location; drops
/// repeats of one finding (a header's static inline function in many units).
void sortFindings(const Facts &F, std::vector<Finding> &Findings);

/// `file:line:col: warning: message [coroutine-report,<kind>]` and its `note:`
/// lines.
/// Paths under the current directory are printed relative to it unless
/// Absolute is set.
void printText(const Facts &F, const std::vector<Finding> &Findings,
               llvm::raw_ostream &OS, bool Absolute);

/// One JSON object: {"format": "coroplugin-report", "version": 1, ...}, each
/// finding with its data; with WithContext, "coroutine_context" lists every
/// function item 2 found (JsonOutput.cpp).
void printJSON(const Graph &G, const std::vector<Finding> &Findings,
               const Results &R, bool WithContext, llvm::raw_ostream &OS);

} // namespace report

#endif
