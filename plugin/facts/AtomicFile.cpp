//===- AtomicFile.cpp -----------------------------------------------------===//
#include "AtomicFile.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"

#include <cstdio>
#include <fcntl.h>

namespace coro {
namespace {

/// One write for the whole file: the facts of a large unit are a few hundred
/// KiB, and 4 KiB writes cost a tenth of a millisecond more.
constexpr size_t BufferSize = 1 << 20;

/// Puts Temp in Final's place. Where the file system can, the two are
/// exchanged and the old file removed: ext4 flushes a file renamed over
/// another to disk first (auto_da_alloc), which took 0.3 ms per unit, more
/// than writing the facts.
std::error_code replace(const llvm::Twine &Temp, const llvm::Twine &Final) {
#if defined(__linux__) && defined(RENAME_EXCHANGE)
  llvm::SmallString<256> From, To;
  if (renameat2(AT_FDCWD, Temp.toNullTerminatedStringRef(From).data(), AT_FDCWD,
                Final.toNullTerminatedStringRef(To).data(),
                RENAME_EXCHANGE) == 0) {
    llvm::sys::fs::remove(Temp); // the old file; a leftover is harmless
    return {};
  }
  // No file to exchange with yet, or a file system that cannot.
#endif
  return llvm::sys::fs::rename(Temp, Final);
}

} // namespace

std::error_code
writeFileAtomically(llvm::StringRef Dir, llvm::StringRef Name,
                    llvm::function_ref<void(llvm::raw_ostream &)> Write) {
  if (std::error_code EC = llvm::sys::fs::create_directories(Dir))
    return EC;
  llvm::SmallString<256> Temp;
  int FD = -1;
  std::error_code EC =
      llvm::sys::fs::createUniqueFile(Dir + "/.facts-%%%%%%%%.tmp", FD, Temp);
  if (EC)
    return EC;
  {
    llvm::raw_fd_ostream OS(FD, /*shouldClose=*/true);
    OS.SetBufferSize(BufferSize);
    Write(OS);
    OS.close();
    if (OS.has_error())
      EC = OS.error();
  }
  if (!EC)
    EC = replace(Temp, Dir + "/" + Name);
  if (EC)
    llvm::sys::fs::remove(Temp);
  return EC;
}

} // namespace coro
