//===- Baseline.h - reading a baseline file -------------------------------===//
//
// A baseline is an earlier `coroplugin-report --format=json` output (or the
// --write-baseline one): the "key" of each of its findings, counted. The
// report prints only findings not in it; the plugin does not let -Werror
// make an error of a finding in it (docs/baseline.md).
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_FORMAT_BASELINE_H
#define COROPLUGIN_FORMAT_BASELINE_H

#include "format/FindingKey.h"

#include "llvm/ADT/StringRef.h"

#include <string>

namespace coro {

/// Adds the keys of Path's warnings to Out. False, with Error saying why,
/// when the file cannot be read or is not a report.
bool readBaseline(llvm::StringRef Path, KeyCounts &Out, std::string &Error);

} // namespace coro

#endif
