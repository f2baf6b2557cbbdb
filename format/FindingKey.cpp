//===- FindingKey.cpp -----------------------------------------------------===//
#include "format/FindingKey.h"

#include "format/FunctionId.h"

namespace coro {

std::string reportKeyKind(llvm::StringRef Kind) {
  return "coroutine-report," + Kind.str();
}

std::string compileKeyKind(llvm::StringRef Check) {
  return "-Wcoroutine," + Check.str();
}

std::string findingKey(llvm::StringRef Kind, llvm::ArrayRef<llvm::StringRef> Names) {
  std::string Key = Kind.str();
  for (llvm::StringRef Name : Names) {
    Key += '|';
    Key += withoutDirectories(Name);
  }
  return Key;
}

bool KeyCounts::take(llvm::StringRef Key) {
  auto It = Counts.find(Key);
  if (It == Counts.end() || It->second == 0)
    return false;
  --It->second;
  return true;
}

} // namespace coro
