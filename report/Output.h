//===- Output.h - printing findings: compiler-style text, JSON ------------===//
#ifndef COROPLUGIN_REPORT_OUTPUT_H
#define COROPLUGIN_REPORT_OUTPUT_H

#include "Analyses.h"
#include "FixPlan.h"

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

/// The current directory with a trailing '/'; empty when unknown.
std::string currentDirectoryPrefix();
/// File without Prefix when it is under it, else File.
llvm::StringRef relativeTo(llvm::StringRef Prefix, llvm::StringRef File);
/// S with RFC 3986's unreserved characters and '/' as they are, everything
/// else percent-encoded: a path in a URI (SARIF), a value in an address's
/// hash (--html's filters, where '+' would read as a space).
std::string percentEncode(llvm::StringRef S);

/// One JSON object: {"format": "coroplugin-report", "version": 1, ...}, each
/// finding with its data; with WithContext, "coroutine_context" lists every
/// function item 2 found (JsonOutput.cpp).
void printJSON(const Graph &G, const std::vector<Finding> &Findings,
               const Results &R, bool WithContext, llvm::raw_ostream &OS);

/// SARIF 2.1.0: one rule per kind, its help at DocsURI + its page; each
/// finding with its notes, the chain as a code flow, the baseline key as a
/// fingerprint and its fix from P (SarifOutput.cpp, docs/sarif.md).
void printSARIF(const Graph &G, const std::vector<Finding> &Findings,
                const FixPlan &P, llvm::StringRef DocsURI,
                llvm::raw_ostream &OS);

/// GitLab's Code Quality report: the findings that have a location, each
/// with a fingerprint made from its baseline key (CodeQualityOutput.cpp).
void printCodeQuality(const Graph &G, const std::vector<Finding> &Findings,
                      llvm::raw_ostream &OS);

} // namespace report

#endif
