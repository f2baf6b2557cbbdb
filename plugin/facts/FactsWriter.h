//===- FactsWriter.h - per-unit facts for the whole-program report --------===//
//
// With -fplugin-arg-coroplugin-facts=DIR each compile writes what the
// whole-program report (coroplugin-report) needs about its unit: functions and
// their markers, call edges, where function addresses are stored, and wrapper
// pairs. The format is docs/facts-format.md.
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_FACTS_FACTSWRITER_H
#define COROPLUGIN_FACTS_FACTSWRITER_H

#include "Check.h"

#include <memory>
#include <string>

namespace clang {
class CompilerInstance;
}

namespace coro {

struct MarkerScope;

/// Collects facts while the walker runs (it sees every call and every stored
/// function, marked or not) and writes the unit's file into Dir (unless
/// empty) and into the object file (when InObject) at the end.
std::unique_ptr<Check> makeFactsWriter(Reporter &R, MarkerCache &Markers,
                                       clang::CompilerInstance &CI,
                                       const MarkerScope &Scope,
                                       std::string Dir, bool InObject);

} // namespace coro

#endif
