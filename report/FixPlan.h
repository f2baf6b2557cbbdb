//===- FixPlan.h - the edits that fix the report's findings ---------------===//
//
// --export-fixes writes these (docs/export-fixes.md, "Whole program"). Only
// edits that cannot change behaviour: a marker inserted where the plugin's
// own fix-it would put it, and a call renamed to a `_co_` twin of the same
// type. A finding whose fix is a choice, or whose edits would leave a new
// finding behind, is no fix but a decision, with the reason.
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_REPORT_FIXPLAN_H
#define COROPLUGIN_REPORT_FIXPLAN_H

#include "Analyses.h"

#include <string>
#include <vector>

namespace report {

/// Replace At.Length bytes at At.Offset of file At.File with Text.
struct Edit {
  Span At;
  std::string Text;
};

/// The edits of one finding, exported as one diagnostic.
struct Fix {
  const char *Kind = "";
  std::string Message;
  std::vector<Edit> Edits;
  uint32_t Function = None; // of the finding it fixes (--format=sarif)
};

/// A finding the exported fixes leave out, and why.
struct Decision {
  std::string Kind; // a report item's kind, or a plugin check's name
  uint32_t Function = None;
  std::string Why;
};

struct FixPlan {
  std::vector<Fix> Fixes;
  std::vector<Decision> Decisions;
  /// Per function: a decision is pending on its markers (it is in a group
  /// that is not fixed), so no marker edit of it may be applied.
  std::vector<uint8_t> Undecided;
};

/// Plans the fixes of items 1 (seeds that call a coroutine_fn function
/// directly), 2 (functions that run only in coroutines and block) and 3
/// (callers that must become coroutine_mixed_fn), after those items ran.
FixPlan planFixes(const Graph &G, const Results &R);

/// Writes P's fixes, followed by the plugin's per-unit fixes found in
/// UnitFixes (a directory of -fplugin-arg-coroplugin-export-fixes, or empty)
/// that do not insert a marker into an Undecided function: to Path as
/// clang-tidy export-fixes YAML, for clang-apply-replacements, and to
/// PatchPath as a unified diff (either path may be empty). Returns false (and
/// says why) when a file cannot be read or written.
/// A per-unit diagnostic that inserts a marker where a unit that reads the
/// file lacks the marker's macro is left out too, and added to P's
/// decisions.
bool exportFixes(const Graph &G, FixPlan &P, llvm::StringRef Path,
                 llvm::StringRef PatchPath, llvm::StringRef UnitFixes);

/// Why marker M cannot be inserted at At, a declaration of Fn: Unit reads
/// it without M's macro.
std::string unspelledWhy(const Graph &G, uint32_t Fn, Span At, Marker M,
                         uint32_t Unit);

/// The decisions as remarks (kind "needs-decision"), for the text output.
void decisionFindings(const Graph &G, const FixPlan &P, std::vector<Finding> &Out);

} // namespace report

#endif
