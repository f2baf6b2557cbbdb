//===- CheckRegistry.h - the checks of Checks.def and how to pick them ----===//
#ifndef COROPLUGIN_CHECKREGISTRY_H
#define COROPLUGIN_CHECKREGISTRY_H

#include "Check.h"

#include "llvm/ADT/ArrayRef.h"

#include <memory>
#include <string>
#include <vector>

namespace coro {

struct CheckInfo {
  const char *Name;
  bool EnabledByDefault;
  const char *Summary;
  std::unique_ptr<Check> (*Make)(Reporter &R, MarkerCache &Markers,
                                 llvm::StringRef Name);
};

llvm::ArrayRef<CheckInfo> allChecks();

/// Applies a clang-tidy style list ("-*,coroutine-caller", "*",
/// "mixed-caller") on top of the default set: globs are read in order, the
/// last one that matches a check decides, `-` disables. Returns one flag per
/// entry of allChecks(), or an error for a name that matches no check.
/// FromDefaults false: over the empty set instead (werror=).
bool selectChecks(llvm::ArrayRef<std::string> Lists, std::vector<bool> &Enabled,
                  std::string &Error, bool FromDefaults = true);

#define CHECK(Class, Name, Default, Summary)                                   \
  std::unique_ptr<Check> make##Class(Reporter &R, MarkerCache &Markers,        \
                                     llvm::StringRef CheckName);
#include "format/Checks.def"

} // namespace coro

#endif
