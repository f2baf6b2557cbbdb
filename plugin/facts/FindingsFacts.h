//===- FindingsFacts.h - the unit's findings in its facts -----------------===//
//
// The facts' "findings" (docs/facts-format.md): every finding of the unit,
// shown or not, so that the report lists the compile's findings beside its
// own, keys them for one baseline, and counts the ones the compile did not
// show as suppressed.
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_FACTS_FINDINGSFACTS_H
#define COROPLUGIN_FACTS_FINDINGSFACTS_H

#include "Reporter.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/raw_ostream.h"

#include <deque>
#include <string>

namespace coro {

/// A location as the facts writer spells it: its file already a JSON string.
struct FactsPlace {
  unsigned Line, Col;
  const std::string *QuotedFile;
};

/// `[{"check":..,"col":..,"file":..,...}, ...]`, keys sorted.
void writeFindings(llvm::raw_ostream &OS, const std::deque<RecordedFinding> &Findings,
                   llvm::function_ref<FactsPlace(clang::SourceLocation)> Locate);

} // namespace coro

#endif
