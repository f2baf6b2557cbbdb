//===- FindingKey.h - what identifies a finding across edits --------------===//
//
// A baseline (coroplugin-report --baseline, -fplugin-arg-coroplugin-baseline)
// must recognise a finding after unrelated edits moved it: its key is its
// kind and the names it is about (function, callee or field), never a line.
// The plugin keys its compile findings and the report keys its own with the
// same function, so one baseline file serves both (docs/baseline.md).
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_FORMAT_FINDINGKEY_H
#define COROPLUGIN_FORMAT_FINDINGKEY_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"

#include <string>

namespace coro {

/// "coroutine-report,<kind>" for the report's findings, "-Wcoroutine,<check>"
/// for the compile's: the tag the text output ends a finding in, without
/// -Werror.
std::string reportKeyKind(llvm::StringRef Kind);
std::string compileKeyKind(llvm::StringRef Check);

/// Kind, then each name, separated by '|'. A name is a function id, a
/// qualified name or a spelled type; the directories of a static id
/// ("/abs/block/io.c:helper") are dropped, so that the key does not depend on
/// where the tree is checked out.
std::string findingKey(llvm::StringRef Kind, llvm::ArrayRef<llvm::StringRef> Names);

/// The keys of a baseline, each with how often it occurs: a function that
/// makes the same call twice has two findings with one key, and a third one
/// is new.
class KeyCounts {
public:
  void add(llvm::StringRef Key) { ++Counts[Key]; }
  /// Whether one more finding with Key is covered, using up one occurrence.
  bool take(llvm::StringRef Key);
  bool empty() const { return Counts.empty(); }

private:
  llvm::StringMap<unsigned> Counts;
};

} // namespace coro

#endif
