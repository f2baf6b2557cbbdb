//===- Zlib.h - zlib through LLVM's Support, on every LLVM version --------===//
//
// Clang-free, for the facts' object section (format/FactsSection.cpp writes
// it, report/FactsInputs.cpp reads it). With Compat.h, the only place that
// knows LLVM versions differ.
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_COMPAT_ZLIB_H
#define COROPLUGIN_COMPAT_ZLIB_H

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/Compression.h"
#include "llvm/Support/Error.h"

#include <string>

namespace coro {

/// LLVM 15 moved zlib into llvm::compression and to uint8_t buffers. Level 1:
/// on block/io.c's facts it stores 12x smaller where level 9 stores 17x, at a
/// fifth of the time (level 9 alone cost 0.67% of a `-c -O2 -g` compile).
namespace compat {
inline bool zlibAvailable() {
#if LLVM_VERSION_MAJOR >= 15
  return llvm::compression::zlib::isAvailable();
#else
  return llvm::zlib::isAvailable();
#endif
}

inline void zlibCompress(llvm::StringRef In, std::string &Out) {
#if LLVM_VERSION_MAJOR >= 15
  llvm::SmallVector<uint8_t, 0> Buf;
  llvm::compression::zlib::compress(
      llvm::ArrayRef<uint8_t>(reinterpret_cast<const uint8_t *>(In.data()),
                              In.size()),
      Buf, llvm::compression::zlib::BestSpeedCompression);
  Out.assign(Buf.begin(), Buf.end());
#else
  llvm::SmallVector<char, 0> Buf;
  if (llvm::Error E =
          llvm::zlib::compress(In, Buf, llvm::zlib::BestSpeedCompression)) {
    llvm::consumeError(std::move(E));
    Out.clear();
    return;
  }
  Out.assign(Buf.begin(), Buf.end());
#endif
}

inline llvm::Error zlibDecompress(llvm::StringRef In, size_t Size,
                                  std::string &Out) {
#if LLVM_VERSION_MAJOR >= 15
  llvm::SmallVector<uint8_t, 0> Buf;
  if (llvm::Error E = llvm::compression::zlib::decompress(
          llvm::ArrayRef<uint8_t>(reinterpret_cast<const uint8_t *>(In.data()),
                                  In.size()),
          Buf, Size))
    return E;
#else
  llvm::SmallVector<char, 0> Buf;
  if (llvm::Error E = llvm::zlib::uncompress(In, Buf, Size))
    return E;
#endif
  Out.assign(Buf.begin(), Buf.end());
  return llvm::Error::success();
}
} // namespace compat

} // namespace coro

#endif
