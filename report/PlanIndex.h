//===- PlanIndex.h - a finding's fix and decision -------------------------===//
//
// SARIF and --html show each finding with its fix or decision. A search of
// the plan per finding made --html quadratic (a minute at 400 generated
// units), so both look them up here, by kind and function id: the copies of
// a header's static function share one text, and so one fix.
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_REPORT_PLANINDEX_H
#define COROPLUGIN_REPORT_PLANINDEX_H

#include "FixPlan.h"

#include "llvm/ADT/StringMap.h"

namespace report {

/// The function a finding is about, whose fix or decision it has; or None.
uint32_t planFunction(const Finding &D);

class PlanIndex {
public:
  PlanIndex(const Graph &G, const FixPlan &P);
  /// The first of P's fixes (decisions) of D's kind and function, or null.
  const Fix *fixOf(const Finding &D) const;
  const Decision *decisionOf(const Finding &D) const;

private:
  std::string key(llvm::StringRef Kind, uint32_t Fn) const;
  /// The index in P of D's entry in In, or None.
  uint32_t find(const llvm::StringMap<uint32_t> &In, const Finding &D) const;

  const Graph &G;
  const FixPlan &P;
  llvm::StringMap<uint32_t> Fixes, Decisions; // key -> index in P
};

} // namespace report

#endif
