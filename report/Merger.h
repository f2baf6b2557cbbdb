//===- Merger.h - merging units' facts into the program's -----------------===//
//
// Cross-unit identity, as Facts.h describes it: an external function is one
// Function across units, a static one is one per unit, a target is one per
// kind and name. Units are merged one at a time, in the order the caller
// chooses (FactsInputs.h: by unit key), which decides whose location wins
// when several units define a function.
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_REPORT_MERGER_H
#define COROPLUGIN_REPORT_MERGER_H

#include "Facts.h"
#include "UnitDecoder.h"

#include "llvm/ADT/StringMap.h"

namespace report {

class Merger {
public:
  explicit Merger(Facts &F) : F(F) {}

  /// Adds R's facts; R.Error must be empty.
  void merge(const RawUnit &R);

  /// Call once after the last merge().
  void finish() {
    F.TwinOf.resize(F.Functions.size(), None);
    F.TwinSameType.resize(F.Functions.size(), 0);
  }

private:
  /// Where R lacks its marker macros, into Facts::Gaps (or, for a unit that
  /// does not say which files it read, Facts::Spellable).
  void gaps(const RawUnit &R, uint32_t Unit);
  uint32_t newFunction(const RawFunction &RF);
  /// A function id as this unit means it: its own static function of that id,
  /// else the external one (created when Create).
  uint32_t resolve(const std::string &Id, bool Create);
  uint32_t file(const std::string &Path);
  Loc loc(const RawLoc &R);
  Span span(const RawSpan &R);
  /// A header's prototype is seen by every unit that includes it: once.
  void addSites(Function &Fn, const RawFunction &RF);
  uint32_t target(const RawTarget &T);

  Facts &F;
  std::vector<uint32_t> FileMap;
  llvm::StringMap<uint32_t> Local, FileIndex, TargetIndex;
  std::string Key;
};

} // namespace report

#endif
