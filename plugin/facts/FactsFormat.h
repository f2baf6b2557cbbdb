//===- FactsFormat.h - vocabulary shared by the facts writer and reader ---===//
//
// Clang-free: the plugin writes these words (FactsWriter.cpp) and
// coroplugin-report reads them back (report/LoadFacts.cpp).
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_FACTS_FACTSFORMAT_H
#define COROPLUGIN_FACTS_FACTSFORMAT_H

#include "llvm/ADT/StringRef.h"

#include <cstdint>

namespace coro {

/// The side of a qemu_in_coroutine() test that a statement is on.
enum class Side : uint8_t { Unknown, Coroutine, Ordinary };

/// "coroutine", "ordinary" or "unknown": a call's "side" in a facts file.
inline const char *sideName(Side S) {
  switch (S) {
  case Side::Coroutine:
    return "coroutine";
  case Side::Ordinary:
    return "ordinary";
  case Side::Unknown:
    break;
  }
  return "unknown";
}

/// The inverse of sideName(); anything else is Unknown.
inline Side sideFromName(llvm::StringRef Name) {
  return Name == "coroutine"  ? Side::Coroutine
         : Name == "ordinary" ? Side::Ordinary
                              : Side::Unknown;
}

} // namespace coro

#endif
